#pragma once

// The dispatch LP of one block of hours (a week of 168 h, or the year's last 24 h) on COIN-OR
// Clp (methodology.md §5). The structure is built once per MarketInput and block length;
// each week only bounds and right-hand sides change, and the cost vector never does, so the
// optimal basis of one solve stays dual feasible for the next (the following week, or the
// same week with other NTCs) and Clp's dual simplex starts from it ("warm start").
//
// Variables per hour (all in MW, i.e. MWh in the hour):
//   g   thermal generation per cluster   [must-run share × available, available]  cost c
//   r   renewable output per zone        [0, available]                          cost 0
//   f+  f−  flow per border and direction [0, NTC × hourly factor]              hurdle
//   ch, dis  charge and discharge per storage unit                    ε each (no idle cycling)
//       (no charge column for a unit that cannot charge: a reservoir)
//   e   storage level at the end of the hour [0, energy]; at the block's last hour at least
//       the end-of-week target
//   sp  spill of natural inflow (only for units with inflow)          ε
//   d   demand-side response per block   [0, capacity]              cost: its price
//   u   energy not served per zone       [0, demand]                cost: VOLL
//   x   dumped energy per zone (must-run or inflow nobody can use)  ε
// Rows per hour:
//   balance(z): Σg + r + Σdis − Σch + Σd + u − x + Σ(1 − λ)·imports − Σexports = demand
//   level(s):   e(h) − e(h−1) − η·ch + dis + sp = inflow      (e(−1) = the block's start level)
// The zonal price is the dual of balance(z): what one more MWh of demand would cost. The ε
// costs (kTieBreakEurPerMwh) only decide between otherwise equal-cost solutions, so that
// surplus renewables are curtailed rather than cycled through storage or dumped, which keeps
// curtailment (B3) well defined; they are not part of the generation cost the results report.
// The ε on charging also makes the level a week ends at unique: free surplus energy is not
// stored unless the week uses it, so a week ends at its target unless using the storage
// inside the week leaves more. Without it, whether a week stored free surplus for the next
// one was the simplex path's choice, and the year's B1 on the sample moved by 0.2 M€ with
// Clp's factorization frequency alone.
//
// Large reservoirs: a unit that cannot charge and holds at least a block's worth of its full
// output (StorageLevels::WeeklyWhereExact) rarely meets its level bounds inside a week, but
// its 168 level rows form a chain that every basis factorization has to run through, which
// made the sample's full year about 1.45 times slower. Such a unit gets one row for the
// block instead:
//   Σ dis + sp + e(end) = start level + Σ inflow          (sp: the block's spill)
// which is the sum of its hourly level rows. That LP is a relaxation of the hourly one. After
// the solve the hourly levels are rebuilt from the discharges, spilling only when the
// reservoir is full and the rest in the last hour (the allocation that keeps every level as
// high as the upper bound allows, with the least spill up to every hour). If the block's
// spill covers what that allocation has to spill and no rebuilt level falls below 0, the
// solution is feasible, hence optimal, for the hourly LP, and its duals are optimal for it
// too (each hourly level row takes the block row's dual). If not, the block is solved again
// with hourly level rows for every unit (SolveInfo::hourlyFallback), so the result is always
// the hourly LP's optimum.

#include "marketinput.h"

#include <QString>

#include <memory>
#include <vector>

class ClpSimplex;

namespace gridcba::market {

inline constexpr double kTieBreakEurPerMwh = 0.001;
// Clp refactorizes the basis every this many iterations (its default: 200). The weekly LPs
// have some 22,000 rows and a sparse, well-conditioned basis; refactorizing less often makes
// a warm-started week about 1.3 times faster on the sample (bench_market) and changes no
// result beyond the tolerances.
inline constexpr int kFactorizationFrequency = 2000;

// What changes from one solve to the next.
struct BlockData
{
    int firstHour = 0;                         // hour of the year of the block's first hour
    const std::vector<Ntc> *ntc = nullptr;     // per border
    std::vector<double> storageStartMwh;       // per storage unit
    std::vector<double> storageTargetMwh;      // minimum level at the end of the block
    // Per cluster, per hour of the year: available MW replacing ClusterInput::availableMw
    // (sampled forced outages of the adequacy run); null: the deterministic availability.
    const std::vector<std::vector<double>> *clusterAvailableMw = nullptr;
};

// How the level of a storage unit that cannot charge is modelled (see above).
enum class StorageLevels {
    WeeklyWhereExact,  // one row per block for large reservoirs, hourly rows where needed
    Hourly,            // hourly level rows for every unit
};

struct SolveInfo
{
    bool optimal = false;
    bool hourlyFallback = false;  // solved again with hourly level rows (see above)
    int iterations = 0;
    int status = 0;          // Clp's status: 0 optimal, 1 infeasible, 2 unbounded, ...
    double objective = 0.0;  // €, including VOLL × ENS, hurdle and ε costs
};

class WeekModel
{
public:
    WeekModel(const MarketInput &input, int hours, double primalTolerance, double dualTolerance,
              StorageLevels levels = StorageLevels::WeeklyWhereExact);
    ~WeekModel();
    WeekModel(const WeekModel &) = delete;
    WeekModel &operator=(const WeekModel &) = delete;

    int hours() const { return m_hours; }
    int columnCount() const;
    int rowCount() const;

    void setBlock(const BlockData &data);
    // The basis after the last solve (Clp's status of every column and row), and taking one
    // of a model of the same structure and block length as the start of the next solve.
    // Both are the block-row LP's, also after a solve that fell back to hourly rows.
    std::vector<unsigned char> basis() const;
    void copyBasisFrom(const std::vector<unsigned char> &basis);
    // Dual simplex from the current basis (the slack basis before the first solve).
    SolveInfo solve();
    // Writes the LP as it is now (after setBlock) in free MPS, for a second solver. Its
    // optimum is the one solve() reports unless that solve fell back to hourly level rows.
    bool writeMps(const QString &path) const;

    // The solution of the last solve.
    double thermal(int hour, int cluster) const;
    double renewable(int hour, int zone) const;
    double flowForward(int hour, int border) const;
    double flowBackward(int hour, int border) const;
    double charge(int hour, int unit) const;
    double discharge(int hour, int unit) const;
    double level(int hour, int unit) const;
    double spill(int hour, int unit) const;
    double dsr(int hour, int block) const;
    double unserved(int hour, int zone) const;
    double dumped(int hour, int zone) const;
    double price(int hour, int zone) const;  // €/MWh, dual of the balance

    // Bounds as set by the last setBlock (for the results' curtailment and checks).
    double renewableAvailable(int hour, int zone) const;
    double demand(int hour, int zone) const;

private:
    int col(int hour, int offset) const { return hour * m_colsPerHour + offset; }
    void build();
    // Rebuilds the hourly levels of the units with a block row; false where one leaves its
    // bounds.
    bool rebuildLevels();
    // The model whose solution the accessors return: this one, or the hourly fallback.
    const WeekModel &active() const { return m_useHourly ? *m_hourly : *this; }

    const MarketInput &m_in;
    int m_hours;
    double m_primalTolerance, m_dualTolerance;
    StorageLevels m_levels;
    int m_colsPerHour = 0;
    int m_rowsPerHour = 0;
    // Offsets of each variable group inside one hour's columns.
    int m_thermal = 0, m_renewable = 0, m_flowFwd = 0, m_flowBwd = 0, m_discharge = 0,
        m_dsr = 0, m_unserved = 0, m_dumped = 0;
    // Per storage unit, the offset of its charge, level and spill columns inside an hour and
    // of its level row after the balances, or -1 where the unit has none (no charging power;
    // no inflow; a block row instead of hourly levels).
    std::vector<int> m_chargeOffset, m_levelOffset, m_spillOffset, m_levelRowOffset;
    // Units with a block row: per unit the row, its end-level and spill columns (absolute
    // indexes after the hourly ones; spill -1 without inflow), or -1 for hourly units.
    std::vector<int> m_blockRow, m_blockEnd, m_blockSpill;
    bool m_hasBlockRows = false;
    // For rebuilding levels: the block as set, and per unit with a block row the rebuilt
    // hourly levels and spills of the last solve.
    BlockData m_block;
    std::vector<std::vector<double>> m_rebuiltLevel, m_rebuiltSpill;
    std::unique_ptr<ClpSimplex> m_lp;
    const double *m_x = nullptr;   // primal column solution
    const double *m_y = nullptr;   // dual row solution
    double m_priceSign = 1.0;
    // The same block with hourly level rows, built when a solve first needs it.
    std::unique_ptr<WeekModel> m_hourly;
    bool m_useHourly = false;
};

}  // namespace gridcba::market
