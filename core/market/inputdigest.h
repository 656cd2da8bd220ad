#pragma once

// The fingerprint of what a work unit's result depends on: the resolved power system of its
// scenario, study year and climate year (hourly demand, renewables, inflows and NTC factors,
// every cluster's cost, availability, outage data and emission factors, storage, DSR, VOLL),
// the NTCs of its two runs and the assessment method. The run's settings (tolerances,
// adequacy years and seed) are not in it: a unit result records them (UnitResult::settings).
// A unit result carries the fingerprint of its inputs (UnitResult::inputDigest); `merge`
// compares it with the study's current inputs, so a result computed from other data (an
// edited system, another fuel price, a changed project) is not stored as if it were current.
//
// Borders at 0 MW in both runs are left out: a project added elsewhere in the study adds such
// borders (marketinput.h) without changing any result.

#include "marketinput.h"

#include <QString>

namespace gridcba::market {

// The revision of the market model's formulation (the weekly LP, its tie-breaks, the
// carrying of storage between weeks, the adequacy run), fed into every fingerprint. It is
// raised whenever a change can move a result, so a unit computed by an earlier engine counts
// as computed from other inputs and is not merged as current.
//  1: first release
//  2: charging carries the ε tie-break cost (weekmodel.h), so a week no longer stores free
//     surplus it does not use; levels carried between weeks no longer depend on the solver's
//     path
//  3: large reservoirs have one level row per block instead of one per hour, checked against
//     the hourly bounds after the solve (weekmodel.h); the optimum is the same, but where the
//     dispatch has equal-cost alternatives the solver may now pick another one
inline constexpr int kMarketModelRevision = 3;

// SHA-256, hex.
QString unitInputDigest(const MarketInput &input, const ProjectVariant &variant,
                        const QString &scenarioId, int year, int climateYear);

}  // namespace gridcba::market
