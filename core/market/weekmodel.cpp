#include "weekmodel.h"

#include <coin/ClpSimplex.hpp>
#include <coin/CoinPackedMatrix.hpp>

#include <QFile>

#include <algorithm>
#include <cfloat>
#include <cmath>

namespace gridcba::market {

WeekModel::WeekModel(const MarketInput &input, int hours, double primalTolerance,
                     double dualTolerance, StorageLevels levels)
    : m_in(input), m_hours(hours), m_primalTolerance(primalTolerance),
      m_dualTolerance(dualTolerance), m_levels(levels), m_lp(std::make_unique<ClpSimplex>())
{
    m_lp->setLogLevel(0);
    // Clp's stand-alone solver perturbs costs slightly (50: "automatic"); without it, the
    // many equal-cost alternatives of a dispatch (identical clusters, zero-cost renewables)
    // make the dual simplex take about a third more iterations.
    m_lp->setPerturbation(50);
    m_lp->setPrimalTolerance(primalTolerance);
    m_lp->setDualTolerance(dualTolerance);
    m_lp->setFactorizationFrequency(kFactorizationFrequency);
    build();
}

WeekModel::~WeekModel() = default;

int WeekModel::columnCount() const { return m_lp->numberColumns(); }
int WeekModel::rowCount() const { return m_lp->numberRows(); }

void WeekModel::build()
{
    const int nz = m_in.zoneCount();
    const int nc = int(m_in.clusters.size());
    const int nb = int(m_in.borders.size());
    const int ns = int(m_in.storage.size());
    const int nd = int(m_in.dsr.size());
    auto blockRow = [&](const StorageInput &si) {
        return m_levels == StorageLevels::WeeklyWhereExact && si.chargeMw <= 0.0 &&
               si.energyMwh >= m_hours * si.dischargeMw;
    };
    m_thermal = 0;
    m_renewable = m_thermal + nc;
    m_flowFwd = m_renewable + nz;
    m_flowBwd = m_flowFwd + nb;
    // Columns that would be fixed at zero in every block are left out: the charge of a unit
    // without charging power (a reservoir) and the spill of a unit without inflow.
    m_chargeOffset.assign(std::size_t(ns), -1);
    m_levelOffset.assign(std::size_t(ns), -1);
    m_spillOffset.assign(std::size_t(ns), -1);
    m_levelRowOffset.assign(std::size_t(ns), -1);
    m_blockRow.assign(std::size_t(ns), -1);
    m_blockEnd.assign(std::size_t(ns), -1);
    m_blockSpill.assign(std::size_t(ns), -1);
    int next = m_flowBwd + nb;
    for (int s = 0; s < ns; ++s)
        if (m_in.storage[std::size_t(s)].chargeMw > 0.0)
            m_chargeOffset[std::size_t(s)] = next++;
    m_discharge = next;
    next += ns;
    int levelRows = 0;
    for (int s = 0; s < ns; ++s) {
        if (blockRow(m_in.storage[std::size_t(s)]))
            continue;
        m_levelOffset[std::size_t(s)] = next++;
        m_levelRowOffset[std::size_t(s)] = nz + levelRows++;
    }
    for (int s = 0; s < ns; ++s)
        if (m_levelOffset[std::size_t(s)] >= 0 && !m_in.storage[std::size_t(s)].inflowMw.empty())
            m_spillOffset[std::size_t(s)] = next++;
    m_dsr = next;
    m_unserved = m_dsr + nd;
    m_dumped = m_unserved + nz;
    m_colsPerHour = m_dumped + nz;
    m_rowsPerHour = nz + levelRows;

    int columns = m_colsPerHour * m_hours;
    int rows = m_rowsPerHour * m_hours;
    for (int s = 0; s < ns; ++s) {
        if (m_levelOffset[std::size_t(s)] >= 0)
            continue;
        m_blockRow[std::size_t(s)] = rows++;
        m_blockEnd[std::size_t(s)] = columns++;
        if (!m_in.storage[std::size_t(s)].inflowMw.empty())
            m_blockSpill[std::size_t(s)] = columns++;
        m_hasBlockRows = true;
    }
    m_rebuiltLevel.assign(std::size_t(ns), {});
    m_rebuiltSpill.assign(std::size_t(ns), {});

    std::vector<int> rowIndex, colIndex;
    std::vector<double> element;
    rowIndex.reserve(std::size_t(columns) * 3);
    colIndex.reserve(std::size_t(columns) * 3);
    element.reserve(std::size_t(columns) * 3);
    auto add = [&](int row, int column, double value) {
        rowIndex.push_back(row);
        colIndex.push_back(column);
        element.push_back(value);
    };
    std::vector<double> objective(std::size_t(columns), 0.0);
    for (int h = 0; h < m_hours; ++h) {
        const int balance = h * m_rowsPerHour;
        for (int c = 0; c < nc; ++c) {
            add(balance + m_in.clusters[std::size_t(c)].zone, col(h, m_thermal + c), 1.0);
            objective[std::size_t(col(h, m_thermal + c))] = m_in.clusters[std::size_t(c)].costEurPerMwh;
        }
        for (int z = 0; z < nz; ++z) {
            add(balance + z, col(h, m_renewable + z), 1.0);
            add(balance + z, col(h, m_unserved + z), 1.0);
            objective[std::size_t(col(h, m_unserved + z))] = m_in.vollEurPerMwh[std::size_t(z)];
            add(balance + z, col(h, m_dumped + z), -1.0);
            objective[std::size_t(col(h, m_dumped + z))] = kTieBreakEurPerMwh;
        }
        for (int b = 0; b < nb; ++b) {
            const BorderInput &bi = m_in.borders[std::size_t(b)];
            const double delivered = 1.0 - bi.lossFactor;
            add(balance + bi.from, col(h, m_flowFwd + b), -1.0);
            add(balance + bi.to, col(h, m_flowFwd + b), delivered);
            add(balance + bi.to, col(h, m_flowBwd + b), -1.0);
            add(balance + bi.from, col(h, m_flowBwd + b), delivered);
            objective[std::size_t(col(h, m_flowFwd + b))] = m_in.hurdleCostEurPerMwh;
            objective[std::size_t(col(h, m_flowBwd + b))] = m_in.hurdleCostEurPerMwh;
        }
        for (int s = 0; s < ns; ++s) {
            const StorageInput &si = m_in.storage[std::size_t(s)];
            add(balance + si.zone, col(h, m_discharge + s), 1.0);
            objective[std::size_t(col(h, m_discharge + s))] = kTieBreakEurPerMwh;
            if (const int row = m_blockRow[std::size_t(s)]; row >= 0) {
                add(row, col(h, m_discharge + s), 1.0);
                continue;
            }
            const int levelRow = balance + m_levelRowOffset[std::size_t(s)];
            if (const int charge = m_chargeOffset[std::size_t(s)]; charge >= 0) {
                add(balance + si.zone, col(h, charge), -1.0);
                add(levelRow, col(h, charge), -si.efficiency);
                objective[std::size_t(col(h, charge))] = kTieBreakEurPerMwh;
            }
            const int level = m_levelOffset[std::size_t(s)];
            add(levelRow, col(h, level), 1.0);
            if (h + 1 < m_hours)
                add(levelRow + m_rowsPerHour, col(h, level), -1.0);
            add(levelRow, col(h, m_discharge + s), 1.0);
            if (const int spill = m_spillOffset[std::size_t(s)]; spill >= 0) {
                add(levelRow, col(h, spill), 1.0);
                objective[std::size_t(col(h, spill))] = kTieBreakEurPerMwh;
            }
        }
        for (int d = 0; d < nd; ++d) {
            add(balance + m_in.dsr[std::size_t(d)].zone, col(h, m_dsr + d), 1.0);
            objective[std::size_t(col(h, m_dsr + d))] = m_in.dsr[std::size_t(d)].priceEurPerMwh;
        }
    }
    for (int s = 0; s < ns; ++s) {
        if (const int row = m_blockRow[std::size_t(s)]; row >= 0) {
            add(row, m_blockEnd[std::size_t(s)], 1.0);
            if (const int spill = m_blockSpill[std::size_t(s)]; spill >= 0) {
                add(row, spill, 1.0);
                objective[std::size_t(spill)] = kTieBreakEurPerMwh;
            }
        }
    }
    const CoinPackedMatrix matrix(true, rowIndex.data(), colIndex.data(), element.data(),
                                  CoinBigIndex(element.size()));
    const std::vector<double> zeros(std::size_t(columns), 0.0);
    const std::vector<double> rowZeros(std::size_t(rows), 0.0);
    m_lp->loadProblem(matrix, zeros.data(), zeros.data(), objective.data(), rowZeros.data(),
                      rowZeros.data());
    m_lp->setOptimizationDirection(1.0);
}

void WeekModel::setBlock(const BlockData &data)
{
    const int nz = m_in.zoneCount();
    const int nc = int(m_in.clusters.size());
    const int nb = int(m_in.borders.size());
    const int ns = int(m_in.storage.size());
    const int nd = int(m_in.dsr.size());
    m_block = data;
    m_useHourly = false;
    double *colLower = m_lp->columnLower();
    double *colUpper = m_lp->columnUpper();
    double *rowLower = m_lp->rowLower();
    double *rowUpper = m_lp->rowUpper();
    auto bounds = [&](int column, double lo, double hi) {
        colLower[column] = lo;
        colUpper[column] = hi;
    };
    auto inflowAt = [&](const StorageInput &si, std::size_t hy) {
        return si.inflowMw.empty() ? 0.0 : si.inflowMw[hy];
    };
    for (int h = 0; h < m_hours; ++h) {
        const std::size_t hy = std::size_t(data.firstHour + h);
        for (int c = 0; c < nc; ++c) {
            const ClusterInput &ci = m_in.clusters[std::size_t(c)];
            const double available = data.clusterAvailableMw
                                         ? (*data.clusterAvailableMw)[std::size_t(c)][hy]
                                         : ci.availableMw;
            bounds(col(h, m_thermal + c), ci.mustRunShare * available, available);
        }
        for (int z = 0; z < nz; ++z) {
            bounds(col(h, m_renewable + z), 0.0, m_in.renewableMw[std::size_t(z)][hy]);
            const double demand = m_in.demandMw[std::size_t(z)][hy];
            bounds(col(h, m_unserved + z), 0.0, demand);
            bounds(col(h, m_dumped + z), 0.0, COIN_DBL_MAX);
            const int row = h * m_rowsPerHour + z;
            rowLower[row] = rowUpper[row] = demand;
        }
        for (int b = 0; b < nb; ++b) {
            const BorderInput &bi = m_in.borders[std::size_t(b)];
            const Ntc &ntc = (*data.ntc)[std::size_t(b)];
            bounds(col(h, m_flowFwd + b), 0.0, forwardCapacityMw(bi, ntc, hy));
            bounds(col(h, m_flowBwd + b), 0.0, backwardCapacityMw(bi, ntc, hy));
        }
        for (int s = 0; s < ns; ++s) {
            const StorageInput &si = m_in.storage[std::size_t(s)];
            bounds(col(h, m_discharge + s), 0.0, si.dischargeMw);
            const int level = m_levelOffset[std::size_t(s)];
            if (level < 0)
                continue;
            if (const int charge = m_chargeOffset[std::size_t(s)]; charge >= 0)
                bounds(col(h, charge), 0.0, si.chargeMw);
            const double lowest = h + 1 == m_hours ? data.storageTargetMwh[std::size_t(s)] : 0.0;
            bounds(col(h, level), std::min(lowest, si.energyMwh), si.energyMwh);
            if (const int spill = m_spillOffset[std::size_t(s)]; spill >= 0)
                bounds(col(h, spill), 0.0, COIN_DBL_MAX);
            const double rhs = inflowAt(si, hy) + (h == 0 ? data.storageStartMwh[std::size_t(s)] : 0.0);
            const int row = h * m_rowsPerHour + m_levelRowOffset[std::size_t(s)];
            rowLower[row] = rowUpper[row] = rhs;
        }
        for (int d = 0; d < nd; ++d)
            bounds(col(h, m_dsr + d), 0.0, m_in.dsr[std::size_t(d)].capacityMw);
    }
    for (int s = 0; s < ns; ++s) {
        const int row = m_blockRow[std::size_t(s)];
        if (row < 0)
            continue;
        const StorageInput &si = m_in.storage[std::size_t(s)];
        double rhs = data.storageStartMwh[std::size_t(s)];
        for (int h = 0; h < m_hours; ++h)
            rhs += inflowAt(si, std::size_t(data.firstHour + h));
        rowLower[row] = rowUpper[row] = rhs;
        bounds(m_blockEnd[std::size_t(s)],
               std::min(data.storageTargetMwh[std::size_t(s)], si.energyMwh), si.energyMwh);
        if (const int spill = m_blockSpill[std::size_t(s)]; spill >= 0)
            bounds(spill, 0.0, COIN_DBL_MAX);
    }
    // The arrays were changed in place: Clp must not reuse what it derived from the old ones.
    m_lp->setWhatsChanged(0);
}

std::vector<unsigned char> WeekModel::basis() const
{
    const unsigned char *status = m_lp->statusArray();
    return {status, status + columnCount() + rowCount()};
}

void WeekModel::copyBasisFrom(const std::vector<unsigned char> &basis)
{
    Q_ASSERT(int(basis.size()) == columnCount() + rowCount());
    m_lp->copyinStatus(basis.data());
}

SolveInfo WeekModel::solve()
{
    m_useHourly = false;
    m_lp->dual();
    SolveInfo info;
    info.status = m_lp->status();
    info.optimal = m_lp->isProvenOptimal();
    info.iterations = m_lp->numberIterations();
    info.objective = m_lp->objectiveValue();
    m_x = m_lp->primalColumnSolution();
    m_y = m_lp->dualRowSolution();
    m_priceSign = m_lp->optimizationDirection();
    if (!info.optimal || !m_hasBlockRows || rebuildLevels())
        return info;
    // A reservoir would leave its bounds inside the block: solve the hourly LP. The caller's
    // start basis (copyBasisFrom) is one of the block-row LP, so this solve starts from the
    // basis the hourly model last ended with, the slack basis the first time; it is slower,
    // but no week of the sample needs it.
    if (!m_hourly)
        m_hourly = std::make_unique<WeekModel>(m_in, m_hours, m_primalTolerance, m_dualTolerance,
                                               StorageLevels::Hourly);
    m_hourly->setBlock(m_block);
    SolveInfo hourly = m_hourly->solve();
    hourly.iterations += info.iterations;
    hourly.hourlyFallback = true;
    m_useHourly = true;
    return hourly;
}

bool WeekModel::rebuildLevels()
{
    for (std::size_t s = 0; s < m_in.storage.size(); ++s) {
        if (m_blockRow[s] < 0)
            continue;
        const StorageInput &si = m_in.storage[s];
        // Clp's own feasibility tolerance, relative to the unit's energy (as the adequacy
        // run's replay of a schedule, adequacy.cpp).
        const double tolerance = m_primalTolerance * std::max(1.0, si.energyMwh);
        std::vector<double> &level = m_rebuiltLevel[s];
        std::vector<double> &spill = m_rebuiltSpill[s];
        level.assign(std::size_t(m_hours), 0.0);
        spill.assign(std::size_t(m_hours), 0.0);
        double e = m_block.storageStartMwh[s];
        double spilled = 0.0;
        for (int h = 0; h < m_hours; ++h) {
            const std::size_t hy = std::size_t(m_block.firstHour + h);
            e += (si.inflowMw.empty() ? 0.0 : si.inflowMw[hy]) - m_x[col(h, m_discharge + int(s))];
            const double sp = std::max(0.0, e - si.energyMwh);
            e -= sp;
            spilled += sp;
            spill[std::size_t(h)] = sp;
            level[std::size_t(h)] = e;
        }
        const double rest = (m_blockSpill[s] >= 0 ? m_x[m_blockSpill[s]] : 0.0) - spilled;
        if (rest < -tolerance)
            return false;
        // The rest of the block's spill in the last hour; the level then is the block's end
        // level column, up to the primal tolerance.
        spill.back() += std::max(0.0, rest);
        level.back() = m_x[m_blockEnd[s]];
        for (double v : level)
            if (v < -tolerance)
                return false;
    }
    return true;
}

bool WeekModel::writeMps(const QString &path) const
{
    // formatType 1: free MPS with full-precision numbers, so the second solver reads exactly
    // the LP this one solved.
    return m_lp->writeMps(QFile::encodeName(path).constData(), 1, 1, 1.0) == 0;
}

double WeekModel::thermal(int hour, int cluster) const
{
    const WeekModel &m = active();
    return m.m_x[m.col(hour, m.m_thermal + cluster)];
}

double WeekModel::renewable(int hour, int zone) const
{
    const WeekModel &m = active();
    return m.m_x[m.col(hour, m.m_renewable + zone)];
}

double WeekModel::flowForward(int hour, int border) const
{
    const WeekModel &m = active();
    return m.m_x[m.col(hour, m.m_flowFwd + border)];
}

double WeekModel::flowBackward(int hour, int border) const
{
    const WeekModel &m = active();
    return m.m_x[m.col(hour, m.m_flowBwd + border)];
}

double WeekModel::charge(int hour, int unit) const
{
    const WeekModel &m = active();
    const int offset = m.m_chargeOffset[std::size_t(unit)];
    return offset < 0 ? 0.0 : m.m_x[m.col(hour, offset)];
}

double WeekModel::discharge(int hour, int unit) const
{
    const WeekModel &m = active();
    return m.m_x[m.col(hour, m.m_discharge + unit)];
}

double WeekModel::level(int hour, int unit) const
{
    const WeekModel &m = active();
    const int offset = m.m_levelOffset[std::size_t(unit)];
    return offset < 0 ? m.m_rebuiltLevel[std::size_t(unit)][std::size_t(hour)]
                      : m.m_x[m.col(hour, offset)];
}

double WeekModel::spill(int hour, int unit) const
{
    const WeekModel &m = active();
    if (m.m_levelOffset[std::size_t(unit)] < 0)
        return m.m_rebuiltSpill[std::size_t(unit)][std::size_t(hour)];
    const int offset = m.m_spillOffset[std::size_t(unit)];
    return offset < 0 ? 0.0 : m.m_x[m.col(hour, offset)];
}

double WeekModel::dsr(int hour, int block) const
{
    const WeekModel &m = active();
    return m.m_x[m.col(hour, m.m_dsr + block)];
}

double WeekModel::unserved(int hour, int zone) const
{
    const WeekModel &m = active();
    return m.m_x[m.col(hour, m.m_unserved + zone)];
}

double WeekModel::dumped(int hour, int zone) const
{
    const WeekModel &m = active();
    return m.m_x[m.col(hour, m.m_dumped + zone)];
}

double WeekModel::price(int hour, int zone) const
{
    const WeekModel &m = active();
    return m.m_priceSign * m.m_y[hour * m.m_rowsPerHour + zone];
}

double WeekModel::renewableAvailable(int hour, int zone) const
{
    return m_lp->columnUpper()[col(hour, m_renewable + zone)];
}

double WeekModel::demand(int hour, int zone) const
{
    return m_lp->rowUpper()[hour * m_rowsPerHour + zone];
}

}  // namespace gridcba::market
