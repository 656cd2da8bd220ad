#pragma once

// One year of dispatch, week by week (methodology.md §5): 52 blocks of 168 hours and the
// last 24 hours of the year, storage levels carried from each block into the next, and the
// yearly sums per zone that B1-B5 are made of.
//
// Sign conventions and definitions of the sums (all € in the scenario's price year):
//  - generation cost: Σ thermal MWh × (fuel + CO2 at the market price + VOM) + Σ DSR MWh ×
//    its price. ENS × VOLL is not in it (that is B6), nor are the hurdle and tie-break costs.
//  - consumer surplus: −Σ price × served demand (demand − ENS): what consumers pay, negative.
//  - producer surplus: Σ price × net injection (generation + discharge − charge + DSR −
//    dump) − generation cost.
//  - congestion rent of a flow f from a to b: price_b × (1 − λ) × f − price_a × f, shared
//    half/half by the two zones.
//  These three add up to −generation cost exactly (each zone's balance holds), so
//  B1 = Δ(generation cost) = Δ(consumer + producer surplus + congestion rent).
//  - losses: λ × f, booked in the exporting zone and valued at its price.

#include "marketinput.h"

#include <QString>

#include <array>
#include <functional>
#include <optional>
#include <vector>

namespace gridcba::market {

inline constexpr int kBlockHours = 168;
// 52 weeks and one day.
inline constexpr int kBlockCount = (kHours + kBlockHours - 1) / kBlockHours;
// Runs of consecutive weeks solved in parallel (runYears).
inline constexpr int kSegments = 4;

struct ZoneTotals
{
    double demandMwh = 0.0;
    double unservedMwh = 0.0;
    double dumpedMwh = 0.0;
    double thermalMwh = 0.0;
    double renewableMwh = 0.0;        // used
    double curtailmentMwh = 0.0;      // available but not used
    double dsrMwh = 0.0;
    double storageChargeMwh = 0.0;
    double storageDischargeMwh = 0.0;
    double spillMwh = 0.0;
    double exportsMwh = 0.0;          // leaving the zone
    double importsMwh = 0.0;          // arriving (after losses)
    double lossMwh = 0.0;             // on flows leaving the zone
    double lossValueEur = 0.0;        // those losses × the zone's hourly price
    double generationCostEur = 0.0;
    double fuelCostEur = 0.0;
    double co2T = 0.0;
    std::array<double, model::kPollutantCount> pollutantT{};
    double consumerSurplusEur = 0.0;
    double producerSurplusEur = 0.0;
    double congestionRentEur = 0.0;
    double priceTimesDemandEur = 0.0;  // for the demand-weighted average price
    int hoursWithUnserved = 0;

    double surplusEur() const { return consumerSurplusEur + producerSurplusEur + congestionRentEur; }
};

struct RunTotals
{
    std::vector<ZoneTotals> zones;
    std::vector<double> blockObjectiveEur;  // Clp's optimum of every block
    qint64 iterations = 0;
    int resolvedBlocks = 0;                 // weeks solved again with the carried level
    int hourlyFallbacks = 0;                // blocks solved again with hourly level rows
    double seconds = 0.0;                   // wall clock of this run's solves
    std::vector<std::vector<float>> hourlyPrice;  // [zone][hour], when asked for

    double sum(double ZoneTotals::*field) const
    {
        double s = 0.0;
        for (const ZoneTotals &z : zones)
            s += z.*field;
        return s;
    }
};

// What one dispatch run leaves for the adequacy run with the same NTCs (adequacy.h).
struct DispatchTrace
{
    // Every block's optimal basis (WeekModel::basis()): the adequacy LP of the same block
    // differs only in bounds and starts from it.
    std::vector<std::vector<unsigned char>> bases;   // [block]
    // The storage schedule: how each unit ran, whatever the thermal availability; the
    // adequacy run replays it from its own start level and keeps it where it stays feasible.
    std::vector<std::vector<double>> netMw;          // [unit][hour of the year]: discharge − charge
};

struct DispatchOptions
{
    double primalTolerance = 1e-9;
    double dualTolerance = 1e-9;
    bool recordPrices = false;
    int threads = 1;
    int segments = kSegments;    // see runYears; tests compare 1 (strictly sequential) with more
    // Where to write the LP of run `run` (0: the first NTC set) and block (0-based) as MPS
    // before solving it; an empty path (or no function): not written.
    std::function<QString(int run, int block)> mpsPath;
    // When set, receives per run what the adequacy run with the same NTCs uses
    // (AdequacyOptions::dispatch): every block's optimal basis and the storage schedule.
    std::vector<DispatchTrace> *traces = nullptr;
    // Fraction done; returning false cancels after the current block. Called from the
    // worker threads, one call at a time.
    std::function<bool(double)> progress;
};

struct DispatchResult
{
    std::vector<RunTotals> runs;  // one per NTC set; empty when cancelled or failed
    bool cancelled = false;
    QString error;                // the run, the block and Clp's status when a block failed
};

// Dispatches one year for each NTC set; the first is the reference whose optimal basis of
// each block starts the same block of the others (same LP, other NTC bounds), which then
// take a few hundred dual simplex iterations instead of thousands.
//
// The year is cut into kSegments runs of consecutive weeks solved in parallel. Inside a
// segment each week starts from the previous week's basis and storage level. A segment's
// first week assumes the storage starts at the guide curve (dispatchrun.h): since stored
// energy above the end-of-week target has no value in the week's LP, a week almost always
// ends exactly there. Where it does not, that week and the following ones are solved again
// with the level actually carried, until the levels agree again, so the result is that of
// solving the weeks one after the other. Segments start from Clp's slack basis, so the
// numbers do not depend on the number of threads.
DispatchResult runYears(const MarketInput &input, const std::vector<const std::vector<Ntc> *> &ntcs,
                        const DispatchOptions &options);

// One NTC set: runYears with a single run.
struct SingleRun
{
    std::optional<RunTotals> totals;
    bool cancelled = false;
    QString error;
};
SingleRun runYear(const MarketInput &input, const std::vector<Ntc> &ntc, const DispatchOptions &options);


// The minimum storage level at the end of each block (the "guide curve"): the initial level
// for storage without inflow; for reservoirs the level a uniform release of the year's
// inflow would leave, within [0, energy]. [unit][block]
std::vector<std::vector<double>> storageGuideCurve(const MarketInput &input);

// Hours of block `block`: 168, and 24 for the last.
inline int blockHours(int block) { return std::min(kBlockHours, kHours - block * kBlockHours); }

// A unit's natural inflow over block `block`, MWh.
double blockInflowMwh(const StorageInput &unit, int block);

// The level a block starts at when it starts at the guide curve (`guide`: the unit's row of
// storageGuideCurve): the initial level for the first block.
double guideStartMwh(const StorageInput &unit, const std::vector<double> &guide, int block);

// The lowest level block `block` may end at when it starts at `startMwh`: the guide curve,
// capped at what doing nothing (and spilling) leaves, so that it is always reachable.
double blockTargetMwh(const StorageInput &unit, const std::vector<double> &guide, int block,
                      double startMwh);

}  // namespace gridcba::market
