#pragma once

// Adequacy (B6): Monte Carlo over forced outages of thermal units, for one climate year,
// giving the expected energy not served (EENS) and the loss-of-load expectation (LOLE) per
// zone, without and with the project, on the same outage samples (common random numbers,
// so the difference is not drowned in sampling noise).
//
// How energy not served is found, week by week. The storage (batteries, pumped storage and
// reservoirs) is first given a schedule that is feasible whatever the outages, then each
// hour of the week is checked with that schedule:
//  - if every zone covers its own demand with what is available in it (thermal units not
//    on outage, renewables, demand-side response, the storage's net output; storage charging
//    counts as demand), nothing is lost in that hour;
//  - otherwise the hour is a maximum-flow problem: source → zone (what is available in the
//    zone), zone → zone (the NTC), zone → sink (the demand) (Boost.Graph's
//    Boykov-Kolmogorov max-flow). The max-flow does not know the losses on borders, so an
//    hour it serves fully counts as served only if every zone's unused supply covers the
//    losses on what the flow imports into it (then the flows with losses are feasible too).
// If every hour is served, nothing is lost in the week: the schedule and the flows are a
// feasible dispatch without energy not served (exact). The schedules, in this order:
//  1. the dispatch's own storage schedule of the same week with the same NTCs
//     (AdequacyOptions::dispatch), per unit where it stays feasible when replayed from the
//     level the adequacy week starts at (the dispatch may have carried another level into
//     the week), other units as in 2;
//  2. storage without inflow idle, and reservoirs releasing the water above the week's
//     end target at a constant rate (checked hour by hour to stay within the reservoir, else
//     idle and spilling).
// If neither serves every hour, the whole week is solved as the dispatch LP with the sampled
// outages, which moves stored energy into the scarce hours (exact; the storage starts the
// week at its guide-curve level and ends it at least at min(guide curve, start + inflow,
// energy), as in the dispatch). Only in a system without storage and without
// border losses are the max-flow's hours of energy not served taken as they are: there
// nothing links one hour to the next and the max-flow is exact.
//
// Forced outages: each unit of a cluster alternates between available and out, with
// exponential durations of mean MTTR when out and MTTR × (1 − FOR) / FOR when available, so
// it is out a share FOR of the time; a unit's state at the start of an hour holds for the
// hour. Planned unavailability (1 − availability) derates the cluster deterministically.
// Sample k of a climate year draws from std::mt19937_64 seeded from (seed, scenario, study
// year, climate year, k): the results do not depend on the number of threads.

#include "dispatchrun.h"
#include "marketinput.h"

#include <QString>

#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

namespace gridcba::market {

struct AdequacyZone
{
    double eensMwh = 0.0;     // expected energy not served per year
    double loleHours = 0.0;   // expected hours per year with energy not served in the zone
};

struct AdequacyResult
{
    std::vector<AdequacyZone> zones;
    double eensMwh = 0.0;          // whole system
    double loleHours = 0.0;        // hours with energy not served somewhere
    int sampleYears = 0;
    int maxFlowHours = 0;          // hours that needed the max-flow, over all samples and schedules
    int dispatchScheduleWeeks = 0; // weeks served with the dispatch's storage schedule (1)
    int steadyScheduleWeeks = 0;   // weeks served with the steady schedule (2)
    int lpWeeks = 0;               // weeks solved as an LP
};

// Both runs of a unit: the same samples with the NTCs without and with the project.
struct AdequacyPair
{
    AdequacyResult without;
    AdequacyResult with;
};

struct AdequacyOptions
{
    int sampleYears = 10;
    std::uint64_t seed = 0;
    QString scenarioId;            // with year and climate year, select the random streams
    int year = 0;
    int climateYear = 0;
    int threads = 0;               // 0: the machine's cores
    double primalTolerance = 1e-9;
    double dualTolerance = 1e-9;
    std::function<bool(double)> progress;  // fraction done; false cancels
    // Optional: what the dispatch with the same NTCs left (DispatchOptions::traces). Its
    // storage schedule is tried first (above), and a week solved as an LP starts from its
    // optimal basis: the LPs differ only in bounds (the sampled availability), so the dual
    // simplex needs a few hundred iterations instead of thousands. EENS does not depend on
    // it; LOLE may, where an LP week has several optima placing the same energy in other
    // hours.
    const DispatchTrace *dispatch = nullptr;
};

struct AdequacyRun
{
    std::optional<AdequacyResult> result;  // null when cancelled or failed
    bool cancelled = false;
    QString error;
};

// The samples depend only on the options' seed, scenario, year and climate year, so two
// calls with other NTCs see the same outages.
AdequacyRun runAdequacy(const MarketInput &input, const std::vector<Ntc> &ntc,
                        const AdequacyOptions &options);

// The hourly available MW of every cluster in sample `k` (exposed for tests of the outage
// model). [cluster][hour]
std::vector<std::vector<double>> sampleAvailability(const MarketInput &input,
                                                    const AdequacyOptions &options, int k);

}  // namespace gridcba::market
