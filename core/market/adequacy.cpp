#include "adequacy.h"

#include "dispatchrun.h"
#include "weekmodel.h"

// Boost.Graph 1.74 trips -Wmaybe-uninitialized inside its own edge iterators (GCC 12).
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/boykov_kolmogorov_max_flow.hpp>

#include <QCoreApplication>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <memory>
#include <random>
#include <thread>

namespace gridcba::market {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Adequacy)
};

constexpr double kEnsThresholdMw = 1e-6;

// FNV-1a: a hash that is the same in every process (qHash is seeded per process).
std::uint32_t stableHash(const QString &text)
{
    std::uint32_t h = 2166136261u;
    for (QChar c : text) {
        h ^= c.unicode();
        h *= 16777619u;
    }
    return h;
}

// Uniform in (0, 1) from 53 random bits, never 0 or 1.
double unit(std::mt19937_64 &rng)
{
    return (double(rng() >> 11) + 0.5) * (1.0 / 9007199254740992.0);
}


// Max-flow network of one hour: source → zone → sink, zone ↔ zone.
class FlowNetwork
{
public:
    explicit FlowNetwork(const MarketInput &in) : m_in(in)
    {
        const int nz = in.zoneCount();
        m_source = nz;
        m_sink = nz + 1;
        m_graph = Graph(std::size_t(nz + 2));
        for (int z = 0; z < nz; ++z) {
            m_supply.push_back(addEdge(m_source, z));
            m_demand.push_back(addEdge(z, m_sink));
        }
        for (const BorderInput &b : in.borders) {
            m_forward.push_back(addEdge(b.from, b.to));
            m_backward.push_back(addEdge(b.to, b.from));
        }
        m_loss.assign(std::size_t(nz), 0.0);
    }

    // Energy not served per zone in one hour; `supply` and `demand` per zone. Returns
    // whether the flows found, with the border losses added, are still feasible: every zone's
    // unused supply covers the losses on its imports.
    // `lossless`: lossless(ntc), which the caller knows for the whole run.
    bool solve(const std::vector<double> &supply, const std::vector<double> &demand,
               const std::vector<Ntc> &ntc, bool lossless, int hour, std::vector<double> &unserved)
    {
        auto capacity = boost::get(boost::edge_capacity, m_graph);
        for (int z = 0; z < m_in.zoneCount(); ++z) {
            capacity[m_supply[std::size_t(z)]] = supply[std::size_t(z)];
            capacity[m_demand[std::size_t(z)]] = demand[std::size_t(z)];
        }
        for (std::size_t b = 0; b < m_in.borders.size(); ++b) {
            const BorderInput &bi = m_in.borders[b];
            capacity[m_forward[b]] = forwardCapacityMw(bi, ntc[b], std::size_t(hour));
            capacity[m_backward[b]] = backwardCapacityMw(bi, ntc[b], std::size_t(hour));
        }
        boost::boykov_kolmogorov_max_flow(m_graph, Vertex(m_source), Vertex(m_sink));
        auto residual = boost::get(boost::edge_residual_capacity, m_graph);
        for (int z = 0; z < m_in.zoneCount(); ++z) {
            const auto e = m_demand[std::size_t(z)];
            unserved[std::size_t(z)] = std::max(0.0, residual[e]);  // demand − flow delivered
        }
        if (lossless)
            return true;
        std::vector<double> &loss = m_loss;
        std::fill(loss.begin(), loss.end(), 0.0);
        for (std::size_t b = 0; b < m_in.borders.size(); ++b) {
            const BorderInput &bi = m_in.borders[b];
            const auto f = m_forward[b];
            const auto r = m_backward[b];
            loss[std::size_t(bi.to)] += bi.lossFactor * std::max(0.0, capacity[f] - residual[f]);
            loss[std::size_t(bi.from)] += bi.lossFactor * std::max(0.0, capacity[r] - residual[r]);
        }
        for (int z = 0; z < m_in.zoneCount(); ++z)
            if (residual[m_supply[std::size_t(z)]] < loss[std::size_t(z)] - kEnsThresholdMw)
                return false;
        return true;
    }

    // Whether no border that can carry a flow with these NTCs has losses.
    bool lossless(const std::vector<Ntc> &ntc) const
    {
        for (std::size_t b = 0; b < m_in.borders.size(); ++b)
            if (m_in.borders[b].lossFactor > 0.0 && (ntc[b].forwardMw > 0.0 || ntc[b].backwardMw > 0.0))
                return false;
        return true;
    }

private:
    using Traits = boost::adjacency_list_traits<boost::vecS, boost::vecS, boost::directedS>;
    using Graph = boost::adjacency_list<
        boost::vecS, boost::vecS, boost::directedS,
        boost::property<boost::vertex_name_t, int,
                        boost::property<boost::vertex_index_t, long,
                                        boost::property<boost::vertex_color_t, boost::default_color_type,
                                                        boost::property<boost::vertex_distance_t, long,
                                                                        boost::property<boost::vertex_predecessor_t,
                                                                                        Traits::edge_descriptor>>>>>,
        boost::property<boost::edge_capacity_t, double,
                        boost::property<boost::edge_residual_capacity_t, double,
                                        boost::property<boost::edge_reverse_t, Traits::edge_descriptor>>>>;
    using Edge = Traits::edge_descriptor;
    using Vertex = Traits::vertex_descriptor;

    Edge addEdge(int from, int to)
    {
        auto reverse = boost::get(boost::edge_reverse, m_graph);
        auto capacity = boost::get(boost::edge_capacity, m_graph);
        const Edge e = boost::add_edge(Vertex(from), Vertex(to), m_graph).first;
        const Edge r = boost::add_edge(Vertex(to), Vertex(from), m_graph).first;
        reverse[e] = r;
        reverse[r] = e;
        capacity[e] = 0.0;
        capacity[r] = 0.0;
        return e;
    }

    const MarketInput &m_in;
    Graph m_graph;
    int m_source = 0;
    int m_sink = 0;
    std::vector<Edge> m_supply, m_demand, m_forward, m_backward;
    std::vector<double> m_loss;
};

struct SampleTotals
{
    std::vector<double> eensMwh;       // per zone
    std::vector<int> hoursWithEns;     // per zone
    int systemHours = 0;
    int maxFlowHours = 0;
    int dispatchScheduleWeeks = 0;
    int steadyScheduleWeeks = 0;
    int lpWeeks = 0;
};

using Matrix = std::vector<std::vector<double>>;  // [hour of the block][zone]

// The storage of every block: where it starts and must end, and its two schedules
// (adequacy.h) as net output per hour and zone. They depend neither on the sample nor on
// the NTCs, so they are made once per run and shared by the worker threads.
class StorageSchedules
{
public:
    StorageSchedules(const MarketInput &in, const DispatchTrace *trace)
        : m_in(in), m_guide(storageGuideCurve(in))
    {
        const auto units = in.storage.size();
        m_start.resize(kBlockCount);
        m_target.resize(kBlockCount);
        m_steady.resize(kBlockCount);
        m_dispatch.resize(kBlockCount);
        const bool traced = trace && !in.storage.empty() && trace->netMw.size() == units;
        for (int b = 0; b < kBlockCount; ++b) {
            const auto block = std::size_t(b);
            std::vector<double> rate(units, 0.0);
            for (std::size_t s = 0; s < units; ++s) {
                const double start = guideStartMwh(in.storage[s], m_guide[s], b);
                m_start[block].push_back(start);
                m_target[block].push_back(blockTargetMwh(in.storage[s], m_guide[s], b, start));
                rate[s] = steadyRate(s, b);
            }
            m_steady[block] = netOutput(b, rate, nullptr, {});
            if (traced) {
                std::vector<bool> replayed(units);
                for (std::size_t s = 0; s < units; ++s)
                    replayed[s] = replays(s, b, trace->netMw[s]);
                if (std::find(replayed.begin(), replayed.end(), true) != replayed.end())
                    m_dispatch[block] = netOutput(b, rate, trace, replayed);
            }
        }
    }

    // Where the block starts (the guide curve) and the lowest level it may end at, as the
    // dispatch's (guideStartMwh, blockTargetMwh).
    const std::vector<double> &start(int block) const { return m_start[std::size_t(block)]; }
    const std::vector<double> &target(int block) const { return m_target[std::size_t(block)]; }
    // Schedule 1, or null where no unit keeps the dispatch's schedule; schedule 2.
    const Matrix *dispatch(int block) const
    {
        const Matrix &m = m_dispatch[std::size_t(block)];
        return m.empty() ? nullptr : &m;
    }
    const Matrix &steady(int block) const { return m_steady[std::size_t(block)]; }

private:
    // A storage unit's steady schedule: none without inflow; a reservoir releases the water
    // above the block's end target at a constant rate (at most its turbine), if its level
    // then stays within [0, energy] (spilling at the top) and ends at the target; else it
    // idles and spills, which always ends at the target (the target is at most start +
    // inflow). The rate, 0 when idle.
    double steadyRate(std::size_t s, int block) const
    {
        const StorageInput &si = m_in.storage[s];
        if (si.inflowMw.empty())
            return 0.0;
        const int hours = blockHours(block);
        const int first = block * kBlockHours;
        const double start = m_start[std::size_t(block)][s];
        const double target = m_target[std::size_t(block)][s];
        const double spare = std::max(0.0, start + blockInflowMwh(si, block) - target);
        const double rate = std::min(si.dischargeMw, spare / hours);
        if (rate <= 0.0)
            return 0.0;
        const double tolerance = 1e-9 * std::max(1.0, si.energyMwh);
        double level = start;
        for (int h = 0; h < hours; ++h) {
            level = std::min(si.energyMwh, level + si.inflowMw[std::size_t(first + h)] - rate);
            if (level < -tolerance)
                return 0.0;
        }
        return level >= target - tolerance ? rate : 0.0;
    }

    // Whether the dispatch's schedule `net` of the unit, replayed from the level the adequacy
    // run starts the block at (the dispatch may have carried another level into it), keeps
    // the level within [0, energy] (a reservoir may spill at the top) and ends at the target.
    bool replays(std::size_t s, int block, const std::vector<double> &net) const
    {
        const StorageInput &si = m_in.storage[s];
        if (net.size() != std::size_t(kHours))
            return false;
        // The LP's own feasibility tolerance: a schedule that needs more slack than that (the
        // dispatch started the week up to 1e-7 × energy elsewhere) falls back.
        const double tolerance = 1e-9 * std::max(1.0, si.energyMwh);
        double level = m_start[std::size_t(block)][s];
        for (int h = 0; h < blockHours(block); ++h) {
            const std::size_t hy = std::size_t(block * kBlockHours + h);
            const double n = net[hy];
            level += (si.inflowMw.empty() ? 0.0 : si.inflowMw[hy]) + (n < 0.0 ? -n * si.efficiency : -n);
            if (level > si.energyMwh && !si.inflowMw.empty())
                level = si.energyMwh;  // spilled
            if (level < -tolerance || level > si.energyMwh + tolerance)
                return false;
        }
        return level >= m_target[std::size_t(block)][s] - tolerance;
    }

    // Net output per hour and zone: the dispatch's schedule for the units `replayed`, the
    // steady `rate` for the others.
    Matrix netOutput(int block, const std::vector<double> &rate, const DispatchTrace *trace,
                     const std::vector<bool> &replayed) const
    {
        const int hours = blockHours(block);
        Matrix net(std::size_t(hours), std::vector<double>(std::size_t(m_in.zoneCount()), 0.0));
        for (std::size_t s = 0; s < m_in.storage.size(); ++s) {
            const auto zone = std::size_t(m_in.storage[s].zone);
            for (int h = 0; h < hours; ++h)
                net[std::size_t(h)][zone] += trace && replayed[s]
                                                 ? trace->netMw[s][std::size_t(block * kBlockHours + h)]
                                                 : rate[s];
        }
        return net;
    }

    const MarketInput &m_in;
    const std::vector<std::vector<double>> m_guide;   // [unit][block]
    std::vector<std::vector<double>> m_start, m_target;  // [block][unit]
    std::vector<Matrix> m_dispatch, m_steady;         // [block][hour][zone]
};

// Everything one worker thread needs for one NTC set.
class Assessor
{
public:
    Assessor(const MarketInput &in, const AdequacyOptions &options, const StorageSchedules &schedules)
        : m_in(in), m_options(options), m_schedules(schedules), m_network(in)
    {
        for (const StorageInput &s : in.storage)
            if (s.dischargeMw > 0.0)
                m_hasStorage = true;
        const auto zones = std::size_t(in.zoneCount());
        for (Matrix *m : {&m_supply, &m_demand, &m_unserved})
            m->assign(std::size_t(kBlockHours), std::vector<double>(zones, 0.0));
    }

    // ENS of one sample (the thermal availability `available`) with the NTCs `ntc`.
    std::optional<SampleTotals> assess(const Matrix &available, const std::vector<Ntc> &ntc,
                                       QString *error)
    {
        const int nz = m_in.zoneCount();
        SampleTotals t;
        t.eensMwh.assign(std::size_t(nz), 0.0);
        t.hoursWithEns.assign(std::size_t(nz), 0);
        // Without storage and border losses the max-flow is exact, short hours included.
        const bool lossless = m_network.lossless(ntc);
        const bool flowExact = !m_hasStorage && lossless;
        for (int b = 0; b < kBlockCount; ++b) {
            const int hours = blockHours(b);
            fillSupplyAndDemand(b, available);
            bool served = false;
            if (const Matrix *net = m_schedules.dispatch(b)) {
                served = flowWeek(b, *net, ntc, lossless, false, t);
                t.dispatchScheduleWeeks += served;
            }
            if (!served) {
                served = flowWeek(b, m_schedules.steady(b), ntc, lossless, flowExact, t);
                t.steadyScheduleWeeks += served;
            }
            if (served) {
                for (int h = 0; h < hours; ++h)
                    std::fill(m_unserved[std::size_t(h)].begin(), m_unserved[std::size_t(h)].end(), 0.0);
            } else if (!flowExact) {
                if (!solveWeek(b, available, ntc, error))
                    return std::nullopt;
                ++t.lpWeeks;
            }
            for (int h = 0; h < hours; ++h) {
                bool any = false;
                for (int z = 0; z < nz; ++z) {
                    const double u = m_unserved[std::size_t(h)][std::size_t(z)];
                    if (u > kEnsThresholdMw) {
                        t.eensMwh[std::size_t(z)] += u;
                        ++t.hoursWithEns[std::size_t(z)];
                        any = true;
                    }
                }
                if (any)
                    ++t.systemHours;
            }
        }
        return t;
    }

private:
    // Per hour and zone, what is available without storage, and the demand.
    void fillSupplyAndDemand(int block, const Matrix &available)
    {
        const int first = block * kBlockHours;
        for (int h = 0; h < blockHours(block); ++h) {
            const std::size_t hy = std::size_t(first + h);
            std::vector<double> &supply = m_supply[std::size_t(h)];
            std::vector<double> &demand = m_demand[std::size_t(h)];
            for (int z = 0; z < m_in.zoneCount(); ++z) {
                supply[std::size_t(z)] = m_in.renewableMw[std::size_t(z)][hy];
                demand[std::size_t(z)] = m_in.demandMw[std::size_t(z)][hy];
            }
            for (std::size_t c = 0; c < m_in.clusters.size(); ++c)
                supply[std::size_t(m_in.clusters[c].zone)] += available[c][hy];
            for (const DsrInput &d : m_in.dsr)
                supply[std::size_t(d.zone)] += d.capacityMw;
        }
    }

    // The hours of the block with the storage's net output `net`; the energy not served per
    // hour in m_unserved. Stops at the first hour not served, unless `allHours`.
    bool flowWeek(int block, const Matrix &net, const std::vector<Ntc> &ntc, bool lossless,
                  bool allHours, SampleTotals &t)
    {
        const int nz = m_in.zoneCount();
        const auto zones = std::size_t(nz);
        std::vector<double> supply(zones), demand(zones);
        bool served = true;
        for (int h = 0; h < blockHours(block); ++h) {
            bool local = true;
            for (std::size_t z = 0; z < zones; ++z) {
                const double n = net[std::size_t(h)][z];
                supply[z] = m_supply[std::size_t(h)][z] + std::max(n, 0.0);
                demand[z] = m_demand[std::size_t(h)][z] + std::max(-n, 0.0);
                if (supply[z] < demand[z])
                    local = false;
            }
            std::vector<double> &out = m_unserved[std::size_t(h)];
            if (local) {
                std::fill(out.begin(), out.end(), 0.0);
                continue;
            }
            ++t.maxFlowHours;
            bool ok = m_network.solve(supply, demand, ntc, lossless, block * kBlockHours + h, out);
            for (double u : out)
                if (u > kEnsThresholdMw)
                    ok = false;
            if (!ok) {
                served = false;
                if (!allHours)
                    return false;
            }
        }
        return served;
    }

    bool solveWeek(int block, const Matrix &available, const std::vector<Ntc> &ntc, QString *error)
    {
        const int hours = blockHours(block);
        auto &model = hours == kBlockHours ? m_week : m_lastDay;
        if (!model)
            model = std::make_unique<WeekModel>(m_in, hours, m_options.primalTolerance,
                                                m_options.dualTolerance);
        BlockData data;
        data.firstHour = block * kBlockHours;
        data.ntc = &ntc;
        data.clusterAvailableMw = &available;
        data.storageStartMwh = m_schedules.start(block);
        data.storageTargetMwh = m_schedules.target(block);
        model->setBlock(data);
        if (const DispatchTrace *trace = m_options.dispatch;
            trace && std::size_t(block) < trace->bases.size()) {
            const std::vector<unsigned char> &basis = trace->bases[std::size_t(block)];
            if (int(basis.size()) == model->columnCount() + model->rowCount())
                model->copyBasisFrom(basis);
        }
        const SolveInfo info = model->solve();
        if (!info.optimal) {
            //: %1 is a week number, %2 the solver's status code
            *error = Tr::tr("the adequacy dispatch of week %1 has no optimal solution (Clp "
                            "status %2)")
                         .arg(block + 1)
                         .arg(info.status);
            return false;
        }
        for (int h = 0; h < hours; ++h)
            for (int z = 0; z < m_in.zoneCount(); ++z)
                m_unserved[std::size_t(h)][std::size_t(z)] = model->unserved(h, z);
        return true;
    }

    const MarketInput &m_in;
    const AdequacyOptions &m_options;
    const StorageSchedules &m_schedules;
    FlowNetwork m_network;
    bool m_hasStorage = false;
    Matrix m_supply, m_demand, m_unserved;  // [hour of the block][zone]
    std::unique_ptr<WeekModel> m_week, m_lastDay;
};

AdequacyResult summarise(const std::vector<SampleTotals> &samples, int zones)
{
    AdequacyResult r;
    r.zones.resize(std::size_t(zones));
    r.sampleYears = int(samples.size());
    if (samples.empty())
        return r;
    const double n = double(samples.size());
    for (const SampleTotals &s : samples) {
        for (int z = 0; z < zones; ++z) {
            r.zones[std::size_t(z)].eensMwh += s.eensMwh[std::size_t(z)] / n;
            r.zones[std::size_t(z)].loleHours += s.hoursWithEns[std::size_t(z)] / n;
            r.eensMwh += s.eensMwh[std::size_t(z)] / n;
        }
        r.loleHours += s.systemHours / n;
        r.maxFlowHours += s.maxFlowHours;
        r.dispatchScheduleWeeks += s.dispatchScheduleWeeks;
        r.steadyScheduleWeeks += s.steadyScheduleWeeks;
        r.lpWeeks += s.lpWeeks;
    }
    return r;
}

}  // namespace

std::vector<std::vector<double>> sampleAvailability(const MarketInput &input,
                                                    const AdequacyOptions &options, int k)
{
    std::seed_seq seq{std::uint32_t(options.seed), std::uint32_t(options.seed >> 32),
                      stableHash(options.scenarioId), std::uint32_t(options.year),
                      std::uint32_t(options.climateYear), std::uint32_t(k)};
    std::mt19937_64 rng(seq);
    std::vector<std::vector<double>> available;
    available.reserve(input.clusters.size());
    for (const ClusterInput &c : input.clusters) {
        std::vector<double> a(std::size_t(kHours), c.plannedAvailableMw);
        const double p = c.forcedOutageRate;
        if (p > 0.0 && c.units > 0 && c.plannedAvailableMw > 0.0) {
            const double unitMw = c.plannedAvailableMw / c.units;
            const double meanDown = std::max(c.meanTimeToRepairHours, 1e-3);
            const double meanUp = p < 1.0 ? meanDown * (1.0 - p) / p : 0.0;
            for (int u = 0; u < c.units; ++u) {
                bool down = unit(rng) < p;  // the stationary state at the start of the year
                double t = 0.0;
                while (t < kHours) {
                    const double duration =
                        p >= 1.0 ? double(kHours) : -(down ? meanDown : meanUp) * std::log(unit(rng));
                    if (down) {
                        const int from = int(std::ceil(t));
                        const int to = std::min(kHours, int(std::ceil(t + duration)));
                        for (int h = from; h < to; ++h)
                            a[std::size_t(h)] -= unitMw;
                    }
                    t += duration;
                    down = !down;
                }
            }
            for (double &v : a)
                v = std::max(v, 0.0);  // rounding of many subtractions
        }
        available.push_back(std::move(a));
    }
    return available;
}

AdequacyRun runAdequacy(const MarketInput &input, const std::vector<Ntc> &ntc,
                        const AdequacyOptions &options)
{
    AdequacyRun run;
    const int samples = std::max(0, options.sampleYears);
    const StorageSchedules schedules(input, options.dispatch);
    std::vector<std::optional<SampleTotals>> totals(static_cast<std::size_t>(samples));
    std::atomic<int> next{0}, done{0};
    std::atomic<bool> stop{false};
    std::vector<QString> errors(static_cast<std::size_t>(samples));

    auto worker = [&] {
        Assessor assessor(input, options, schedules);
        for (int k = next++; k < samples && !stop; k = next++) {
            const auto available = sampleAvailability(input, options, k);
            QString error;
            totals[std::size_t(k)] = assessor.assess(available, ntc, &error);
            if (!error.isEmpty()) {
                errors[std::size_t(k)] = error;
                stop = true;
                return;
            }
            const int finished = ++done;
            if (options.progress && !options.progress(double(finished) / samples))
                stop = true;
        }
    };
    const int threads = std::clamp(options.threads > 0 ? options.threads
                                                       : int(std::thread::hardware_concurrency()),
                                   1, std::max(1, samples));
    std::vector<std::thread> pool;
    for (int i = 1; i < threads; ++i)
        pool.emplace_back(worker);
    worker();
    for (std::thread &t : pool)
        t.join();

    for (const QString &e : errors)
        if (!e.isEmpty()) {
            run.error = e;
            return run;
        }
    if (done < samples) {
        run.cancelled = true;
        return run;
    }
    std::vector<SampleTotals> all;
    for (int k = 0; k < samples; ++k)
        all.push_back(*totals[std::size_t(k)]);
    run.result = summarise(all, input.zoneCount());
    return run;
}

}  // namespace gridcba::market
