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
#include <condition_variable>
#include <functional>
#include <mutex>
#include <optional>
#include <vector>

namespace gridcba::market {

inline constexpr int kBlockHours = 168;
// 52 weeks and one day.
inline constexpr int kBlockCount = (kHours + kBlockHours - 1) / kBlockHours;

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

// The optimal bases of every block of a run, handed from one run to another that starts
// from them, possibly in another thread: a later run waits for block b until the earlier
// has published it.
class BasisChannel
{
public:
    BasisChannel() : m_bases(kBlockCount) {}
    void publish(int block, std::vector<unsigned char> basis);
    // Blocks until `block` is published or the channel is closed; null when closed first.
    const std::vector<unsigned char> *wait(int block);
    // The publishing run stopped (cancelled or failed): wakes every waiter.
    void close();

private:
    std::mutex m_mutex;
    std::condition_variable m_ready;
    std::vector<std::optional<std::vector<unsigned char>>> m_bases;
    bool m_closed = false;
};

struct DispatchOptions
{
    double primalTolerance = 1e-9;
    double dualTolerance = 1e-9;
    bool recordPrices = false;
    // Writes the LP of this block (0-based) as `mpsPath` before solving it; -1: none.
    int mpsBlock = -1;
    QString mpsPath;
    // Fraction of the run done; returning false cancels after the current block.
    std::function<bool(double)> progress;
};

struct DispatchResult
{
    std::optional<RunTotals> totals;  // null when cancelled or failed
    bool cancelled = false;
    QString error;                    // the block and Clp's status when a block failed
};

// Dispatches one year with the given NTCs. Each block starts from the optimal basis of the
// block before (the same LP structure, other bounds), or, with `warmFrom`, from that of the
// same block of another run (the reference: same bounds but the NTCs). `publishTo` receives
// this run's bases as they come.
DispatchResult runYear(const MarketInput &input, const std::vector<Ntc> &ntc,
                       const DispatchOptions &options, BasisChannel *publishTo = nullptr,
                       BasisChannel *warmFrom = nullptr);

// The minimum storage level at the end of each block (the "guide curve"): the initial level
// for storage without inflow; for reservoirs the level a uniform release of the year's
// inflow would leave, within [0, energy]. [unit][block]
std::vector<std::vector<double>> storageGuideCurve(const MarketInput &input);

}  // namespace gridcba::market
