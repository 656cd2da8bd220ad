#include "dispatchrun.h"

#include "weekmodel.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <memory>
#include <mutex>
#include <thread>

namespace gridcba::market {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Dispatch)
};

constexpr double kUnservedThresholdMw = 1e-6;

void accumulate(const WeekModel &m, const MarketInput &in, int firstHour, RunTotals &t,
                std::vector<std::vector<float>> *prices)
{
    const int nz = in.zoneCount();
    for (int h = 0; h < m.hours(); ++h) {
        // Net injection per zone before trade, to value at the zone's price.
        for (int z = 0; z < nz; ++z) {
            ZoneTotals &zt = t.zones[std::size_t(z)];
            const double p = m.price(h, z);
            const double demand = m.demand(h, z);
            const double unserved = m.unserved(h, z);
            const double renewable = m.renewable(h, z);
            const double dumped = m.dumped(h, z);
            zt.demandMwh += demand;
            zt.unservedMwh += unserved;
            if (unserved > kUnservedThresholdMw)
                ++zt.hoursWithUnserved;
            zt.dumpedMwh += dumped;
            zt.renewableMwh += renewable;
            zt.curtailmentMwh += std::max(0.0, m.renewableAvailable(h, z) - renewable);
            zt.consumerSurplusEur -= p * (demand - unserved);
            zt.producerSurplusEur += p * (renewable - dumped);
            zt.priceTimesDemandEur += p * demand;
            if (prices)
                (*prices)[std::size_t(z)][std::size_t(firstHour + h)] = float(p);
        }
        for (std::size_t c = 0; c < in.clusters.size(); ++c) {
            const ClusterInput &ci = in.clusters[c];
            const double g = m.thermal(h, int(c));
            ZoneTotals &zt = t.zones[std::size_t(ci.zone)];
            const double cost = g * ci.costEurPerMwh;
            zt.thermalMwh += g;
            zt.generationCostEur += cost;
            zt.fuelCostEur += g * ci.fuelEurPerMwh;
            zt.co2T += g * ci.co2TPerMwh;
            for (int k = 0; k < model::kPollutantCount; ++k)
                zt.pollutantT[std::size_t(k)] += g * ci.pollutantTPerMwh[std::size_t(k)];
            zt.producerSurplusEur += g * m.price(h, ci.zone) - cost;
        }
        for (std::size_t d = 0; d < in.dsr.size(); ++d) {
            const DsrInput &di = in.dsr[d];
            const double v = m.dsr(h, int(d));
            ZoneTotals &zt = t.zones[std::size_t(di.zone)];
            const double cost = v * di.priceEurPerMwh;
            zt.dsrMwh += v;
            zt.generationCostEur += cost;
            zt.producerSurplusEur += v * m.price(h, di.zone) - cost;
        }
        for (std::size_t s = 0; s < in.storage.size(); ++s) {
            const StorageInput &si = in.storage[s];
            const double ch = m.charge(h, int(s));
            const double dis = m.discharge(h, int(s));
            ZoneTotals &zt = t.zones[std::size_t(si.zone)];
            zt.storageChargeMwh += ch;
            zt.storageDischargeMwh += dis;
            zt.spillMwh += m.spill(h, int(s));
            zt.producerSurplusEur += (dis - ch) * m.price(h, si.zone);
        }
        for (std::size_t b = 0; b < in.borders.size(); ++b) {
            const BorderInput &bi = in.borders[b];
            const double delivered = 1.0 - bi.lossFactor;
            const double pFrom = m.price(h, bi.from);
            const double pTo = m.price(h, bi.to);
            auto flow = [&](double f, int from, int to, double priceFrom, double priceTo) {
                if (f == 0.0)
                    return;
                ZoneTotals &a = t.zones[std::size_t(from)];
                ZoneTotals &z = t.zones[std::size_t(to)];
                a.exportsMwh += f;
                z.importsMwh += f * delivered;
                a.lossMwh += f * bi.lossFactor;
                a.lossValueEur += f * bi.lossFactor * priceFrom;
                const double rent = priceTo * delivered * f - priceFrom * f;
                a.congestionRentEur += rent / 2.0;
                z.congestionRentEur += rent / 2.0;
            };
            flow(m.flowForward(h, int(b)), bi.from, bi.to, pFrom, pTo);
            flow(m.flowBackward(h, int(b)), bi.to, bi.from, pTo, pFrom);
        }
    }
}

}  // namespace

std::vector<std::vector<double>> storageGuideCurve(const MarketInput &input)
{
    std::vector<std::vector<double>> guide;
    for (const StorageInput &s : input.storage) {
        std::vector<double> g(kBlockCount, std::min(s.initialMwh, s.energyMwh));
        if (!s.inflowMw.empty()) {
            double total = 0.0;
            for (double v : s.inflowMw)
                total += v;
            double cumulative = 0.0;
            int hour = 0;
            for (int b = 0; b < kBlockCount; ++b) {
                for (int h = 0; h < blockHours(b); ++h, ++hour)
                    cumulative += s.inflowMw[std::size_t(hour)];
                const double level = s.initialMwh + cumulative - total * hour / double(kHours);
                g[std::size_t(b)] = std::clamp(level, 0.0, s.energyMwh);
            }
        }
        guide.push_back(std::move(g));
    }
    return guide;
}

double blockInflowMwh(const StorageInput &unit, int block)
{
    double inflow = 0.0;
    if (!unit.inflowMw.empty())
        for (int h = 0; h < blockHours(block); ++h)
            inflow += unit.inflowMw[std::size_t(block * kBlockHours + h)];
    return inflow;
}

double guideStartMwh(const StorageInput &unit, const std::vector<double> &guide, int block)
{
    return std::min(block == 0 ? unit.initialMwh : guide[std::size_t(block - 1)], unit.energyMwh);
}

double blockTargetMwh(const StorageInput &unit, const std::vector<double> &guide, int block,
                      double startMwh)
{
    return std::min({guide[std::size_t(block)], startMwh + blockInflowMwh(unit, block), unit.energyMwh});
}

namespace {

struct BlockOutcome
{
    RunTotals totals;                // this block's sums
    std::vector<double> startMwh;    // storage levels the block started from
    std::vector<double> endMwh;      // and ended at
    bool solved = false;
};


// The models of one segment, one pair (week, last day) per run, kept after the segment is
// done for the corrections.
struct SegmentModels
{
    std::vector<std::unique_ptr<WeekModel>> week, lastDay;
};

class YearSolver
{
public:
    YearSolver(const MarketInput &in, const std::vector<const std::vector<Ntc> *> &ntcs,
               const DispatchOptions &options)
        : m_in(in), m_ntcs(ntcs), m_options(options), m_guide(storageGuideCurve(in)),
          m_out(ntcs.size(), std::vector<BlockOutcome>(kBlockCount)),
          m_segments(std::clamp(options.segments, 1, kBlockCount)), m_models(std::size_t(m_segments))
    {
        for (SegmentModels &m : m_models) {
            m.week.resize(ntcs.size());
            m.lastDay.resize(ntcs.size());
        }
        if (options.recordPrices)
            m_prices.assign(ntcs.size(), std::vector<std::vector<float>>(
                                             std::size_t(in.zoneCount()), std::vector<float>(kHours, 0.0f)));
        m_total = double(kBlockCount * ntcs.size());
    }

    DispatchResult run()
    {
        std::atomic<int> next{0};
        auto worker = [&] {
            for (int s = next++; s < m_segments && !stopped(); s = next++)
                solveSegment(s);
        };
        const int threads = std::clamp(m_options.threads, 1, m_segments);
        std::vector<std::thread> pool;
        for (int i = 1; i < threads; ++i)
            pool.emplace_back(worker);
        worker();
        for (std::thread &t : pool)
            t.join();
        if (!stopped())
            correctSegmentStarts();
        DispatchResult result;
        result.error = m_error;
        result.cancelled = m_cancelled && m_error.isEmpty();
        if (stopped())
            return result;
        for (std::size_t r = 0; r < m_ntcs.size(); ++r)
            result.runs.push_back(sum(r));
        return result;
    }

private:
    bool stopped() const { return m_cancelled || m_failed; }
    int segmentFirst(int s) const { return s * kBlockCount / m_segments; }

    void solveSegment(int segment)
    {
        const int first = segmentFirst(segment);
        const int last = segmentFirst(segment + 1);
        for (int b = first; b < last && !stopped(); ++b) {
            for (std::size_t r = 0; r < m_ntcs.size() && !stopped(); ++r) {
                std::vector<double> start(m_in.storage.size());
                for (std::size_t s = 0; s < start.size(); ++s)
                    start[s] = b == first ? guideStartMwh(m_in.storage[s], m_guide[s], b)
                                      : m_out[r][std::size_t(b - 1)].endMwh[s];
                solveBlock(segment, r, b, start);
            }
        }
    }

    // After the parallel pass: a segment whose first week assumed another start level than
    // the previous week left is solved again from there until the levels agree.
    void correctSegmentStarts()
    {
        for (std::size_t r = 0; r < m_ntcs.size(); ++r) {
            for (int segment = 1; segment < m_segments && !stopped(); ++segment) {
                for (int b = segmentFirst(segment); b < kBlockCount && !stopped(); ++b) {
                    const std::vector<double> &carried = m_out[r][std::size_t(b - 1)].endMwh;
                    if (sameLevels(carried, m_out[r][std::size_t(b)].startMwh))
                        break;
                    int owner = segment;
                    while (owner + 1 < m_segments && b >= segmentFirst(owner + 1))
                        ++owner;
                    solveBlock(owner, r, b, carried);
                    ++m_resolved[r];
                }
            }
        }
    }

    bool sameLevels(const std::vector<double> &a, const std::vector<double> &b) const
    {
        for (std::size_t s = 0; s < a.size(); ++s)
            if (std::abs(a[s] - b[s]) > 1e-7 * std::max(1.0, m_in.storage[s].energyMwh))
                return false;
        return true;
    }

    void solveBlock(int segment, std::size_t run, int b, const std::vector<double> &start)
    {
        const int hours = blockHours(b);
        auto &slot = hours == kBlockHours ? m_models[std::size_t(segment)].week[run]
                                          : m_models[std::size_t(segment)].lastDay[run];
        if (!slot)
            slot = std::make_unique<WeekModel>(m_in, hours, m_options.primalTolerance, m_options.dualTolerance);
        WeekModel &model = *slot;
        BlockData data;
        data.firstHour = b * kBlockHours;
        data.ntc = m_ntcs[run];
        data.storageStartMwh = start;
        for (std::size_t s = 0; s < m_in.storage.size(); ++s)
            data.storageTargetMwh.push_back(blockTargetMwh(m_in.storage[s], m_guide[s], b, start[s]));
        model.setBlock(data);
        if (run > 0) {
            // The reference's optimal basis of this block: the same LP but for some NTC bounds.
            auto &reference = hours == kBlockHours ? m_models[std::size_t(segment)].week[0]
                                                   : m_models[std::size_t(segment)].lastDay[0];
            model.copyBasisFrom(reference->basis());
        }
        if (const QString mps = m_options.mpsPath ? m_options.mpsPath(int(run), b) : QString();
            !mps.isEmpty() && !model.writeMps(mps)) {
            //: %1 is a file name
            fail(Tr::tr("%1: cannot write the MPS file").arg(mps));
            return;
        }
        const SolveInfo info = model.solve();
        if (!info.optimal) {
            //: %1 is a week number, %2 the solver's status code
            fail(Tr::tr("the dispatch of week %1 has no optimal solution (Clp status %2); check that "
                        "every zone can be supplied or shed")
                     .arg(b + 1)
                     .arg(info.status));
            return;
        }
        BlockOutcome &out = m_out[run][std::size_t(b)];
        // A block solved again (correctSegmentStarts) keeps the iterations of every solve.
        const qint64 earlier = out.solved ? out.totals.iterations : 0;
        const int earlierFallbacks = out.solved ? out.totals.hourlyFallbacks : 0;
        out.totals = RunTotals();
        out.totals.zones.resize(std::size_t(m_in.zoneCount()));
        out.totals.iterations = earlier + info.iterations;
        out.totals.hourlyFallbacks = earlierFallbacks + (info.hourlyFallback ? 1 : 0);
        out.totals.blockObjectiveEur = {info.objective};
        // Each block writes its own hours of the price series: no two threads write the same.
        accumulate(model, m_in, data.firstHour, out.totals, m_prices.empty() ? nullptr : &m_prices[run]);
        out.startMwh = start;
        out.endMwh.resize(m_in.storage.size());
        for (std::size_t s = 0; s < m_in.storage.size(); ++s)
            out.endMwh[s] = model.level(hours - 1, int(s));
        out.solved = true;
        // Each block writes its own slots: no two threads write the same.
        if (m_options.traces) {
            DispatchTrace &trace = (*m_options.traces)[run];
            trace.bases[std::size_t(b)] = model.basis();
            for (std::size_t s = 0; s < m_in.storage.size(); ++s)
                for (int h = 0; h < hours; ++h)
                    trace.netMw[s][std::size_t(data.firstHour + h)] =
                        model.discharge(h, int(s)) - model.charge(h, int(s));
        }
        report();
    }

    void fail(const QString &message)
    {
        std::lock_guard lock(m_mutex);
        if (m_error.isEmpty())
            m_error = message;
        m_failed = true;
    }

    void report()
    {
        std::lock_guard lock(m_mutex);
        m_done += 1.0;
        if (m_options.progress && !m_options.progress(std::min(1.0, m_done / m_total)))
            m_cancelled = true;
    }

    RunTotals sum(std::size_t run)
    {
        RunTotals t;
        t.zones.resize(std::size_t(m_in.zoneCount()));
        for (const BlockOutcome &b : m_out[run]) {
            for (std::size_t z = 0; z < t.zones.size(); ++z) {
                ZoneTotals &a = t.zones[z];
                const ZoneTotals &x = b.totals.zones[z];
                for (double ZoneTotals::*f :
                     {&ZoneTotals::demandMwh, &ZoneTotals::unservedMwh, &ZoneTotals::dumpedMwh,
                      &ZoneTotals::thermalMwh, &ZoneTotals::renewableMwh, &ZoneTotals::curtailmentMwh,
                      &ZoneTotals::dsrMwh, &ZoneTotals::storageChargeMwh, &ZoneTotals::storageDischargeMwh,
                      &ZoneTotals::spillMwh, &ZoneTotals::exportsMwh, &ZoneTotals::importsMwh,
                      &ZoneTotals::lossMwh, &ZoneTotals::lossValueEur, &ZoneTotals::generationCostEur,
                      &ZoneTotals::fuelCostEur, &ZoneTotals::co2T, &ZoneTotals::consumerSurplusEur,
                      &ZoneTotals::producerSurplusEur, &ZoneTotals::congestionRentEur,
                      &ZoneTotals::priceTimesDemandEur})
                    a.*f += x.*f;
                for (std::size_t k = 0; k < a.pollutantT.size(); ++k)
                    a.pollutantT[k] += x.pollutantT[k];
                a.hoursWithUnserved += x.hoursWithUnserved;
            }
            t.iterations += b.totals.iterations;
            t.hourlyFallbacks += b.totals.hourlyFallbacks;
            t.blockObjectiveEur.push_back(b.totals.blockObjectiveEur.front());
        }
        t.resolvedBlocks = m_resolved[run];
        if (!m_prices.empty())
            t.hourlyPrice = std::move(m_prices[run]);
        return t;
    }

    const MarketInput &m_in;
    const std::vector<const std::vector<Ntc> *> &m_ntcs;
    const DispatchOptions &m_options;
    const std::vector<std::vector<double>> m_guide;
    std::vector<std::vector<BlockOutcome>> m_out;  // [run][block]
    int m_segments;
    std::vector<SegmentModels> m_models;
    std::vector<std::vector<std::vector<float>>> m_prices;  // [run][zone][hour]
    std::mutex m_mutex;
    QString m_error;
    std::atomic<bool> m_cancelled{false};
    std::atomic<bool> m_failed{false};
    double m_done = 0.0;
    double m_total = 1.0;
    std::vector<int> m_resolved = std::vector<int>(m_ntcs.size(), 0);
};

}  // namespace

DispatchResult runYears(const MarketInput &input, const std::vector<const std::vector<Ntc> *> &ntcs,
                        const DispatchOptions &options)
{
    if (options.traces) {
        DispatchTrace empty;
        empty.bases.resize(kBlockCount);
        empty.netMw.assign(input.storage.size(), std::vector<double>(kHours, 0.0));
        options.traces->assign(ntcs.size(), empty);
    }
    QElapsedTimer clock;
    clock.start();
    DispatchResult result = YearSolver(input, ntcs, options).run();
    for (RunTotals &t : result.runs)
        t.seconds = double(clock.nsecsElapsed()) * 1e-9;
    return result;
}

SingleRun runYear(const MarketInput &input, const std::vector<Ntc> &ntc, const DispatchOptions &options)
{
    DispatchResult r = runYears(input, {&ntc}, options);
    SingleRun out;
    out.cancelled = r.cancelled;
    out.error = r.error;
    if (!r.runs.empty())
        out.totals = std::move(r.runs.front());
    return out;
}

}  // namespace gridcba::market
