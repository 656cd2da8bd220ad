#pragma once

// Adequacy (B6): Monte Carlo over forced outages of thermal units, for one climate year,
// giving the expected energy not served (EENS) and the loss-of-load expectation (LOLE) per
// zone, without and with the project, on the same outage samples (common random numbers,
// so the difference is not drowned in sampling noise).
//
// How energy not served is found, hour by hour:
//  1. If every zone covers its own demand with what is available in it (thermal units not
//     on outage, renewables, demand-side response, and the hydro a steady release of the
//     week's water can give), nothing is lost in that hour.
//  2. Otherwise the hour is a maximum-flow problem: source → zone (what is available in the
//     zone), zone → zone (the NTC), zone → sink (the demand); what does not reach the sink
//     is not served (Boost.Graph's Boykov-Kolmogorov max-flow). This is exact for a system
//     without storage, as nothing links one hour to the next.
//  3. With storage or reservoirs, step 2 counts storage as giving nothing and reservoirs as
//     releasing their week's water evenly: a dispatch that is feasible, so the energy not
//     served it finds is an upper bound. Where it finds none, none is lost (exact). Where it
//     finds some, the whole week is solved as the dispatch LP with the sampled outages,
//     which moves stored energy into the scarce hours (exact, the storage starting and ending
//     the week at its guide-curve level).
// Not modelled in the max-flow of step 2: the losses on borders (a 2 % loss factor makes
// imports in scarce hours look 2 % larger than they are); the LP of step 3 has them.
//
// Forced outages: each unit of a cluster alternates between available and out, with
// exponential durations of mean MTTR when out and MTTR × (1 − FOR) / FOR when available, so
// it is out a share FOR of the time; a unit's state at the start of an hour holds for the
// hour. Planned unavailability (1 − availability) derates the cluster deterministically.
// Sample k of a climate year draws from std::mt19937_64 seeded from (seed, scenario, study
// year, climate year, k): the results do not depend on the number of threads.

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
    int maxFlowHours = 0;          // hours that needed the max-flow (step 2), over all samples
    int lpWeeks = 0;               // weeks solved as an LP (step 3)
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
    // Optional: per block, the optimal basis of the dispatch with the same NTCs
    // (DispatchOptions::bases). A week solved as an LP starts from it: the LPs differ only in
    // bounds (the sampled availability, the storage start level), so the dual simplex needs
    // a few hundred iterations instead of thousands. The results do not depend on it.
    const std::vector<std::vector<unsigned char>> *weekBases = nullptr;
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
