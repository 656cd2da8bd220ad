#include "dispatchrun.h"

#include "weekmodel.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <memory>

namespace gridcba::market {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Dispatch)
};

constexpr double kUnservedThresholdMw = 1e-6;

int blockHours(int block) { return std::min(kBlockHours, kHours - block * kBlockHours); }

void accumulate(const WeekModel &m, const MarketInput &in, int firstHour, RunTotals &t)
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
            if (!t.hourlyPrice.empty())
                t.hourlyPrice[std::size_t(z)][std::size_t(firstHour + h)] = float(p);
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

void BasisChannel::publish(int block, std::vector<unsigned char> basis)
{
    {
        std::lock_guard lock(m_mutex);
        m_bases[std::size_t(block)] = std::move(basis);
    }
    m_ready.notify_all();
}

const std::vector<unsigned char> *BasisChannel::wait(int block)
{
    std::unique_lock lock(m_mutex);
    m_ready.wait(lock, [&] { return m_closed || m_bases[std::size_t(block)].has_value(); });
    return m_bases[std::size_t(block)] ? &*m_bases[std::size_t(block)] : nullptr;
}

void BasisChannel::close()
{
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
    }
    m_ready.notify_all();
}

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

DispatchResult runYear(const MarketInput &input, const std::vector<Ntc> &ntc,
                       const DispatchOptions &options, BasisChannel *publishTo,
                       BasisChannel *warmFrom)
{
    DispatchResult result;
    // Whatever happens, a run waiting for this one's bases must not wait forever.
    struct CloseOnExit
    {
        BasisChannel *channel;
        ~CloseOnExit()
        {
            if (channel)
                channel->close();
        }
    } closer{publishTo};

    QElapsedTimer clock;
    clock.start();
    RunTotals totals;
    totals.zones.resize(std::size_t(input.zoneCount()));
    if (options.recordPrices)
        totals.hourlyPrice.assign(std::size_t(input.zoneCount()), std::vector<float>(kHours, 0.0f));
    const auto guide = storageGuideCurve(input);
    const std::size_t ns = input.storage.size();

    std::unique_ptr<WeekModel> week, lastDay;
    BlockData data;
    data.ntc = &ntc;
    data.storageStartMwh.resize(ns);
    data.storageTargetMwh.resize(ns);
    for (std::size_t s = 0; s < ns; ++s)
        data.storageStartMwh[s] = std::min(input.storage[s].initialMwh, input.storage[s].energyMwh);

    for (int b = 0; b < kBlockCount; ++b) {
        const int hours = blockHours(b);
        auto &model = hours == kBlockHours ? week : lastDay;
        if (!model)
            model = std::make_unique<WeekModel>(input, hours, options.primalTolerance,
                                                options.dualTolerance);
        data.firstHour = b * kBlockHours;
        for (std::size_t s = 0; s < ns; ++s) {
            const StorageInput &si = input.storage[s];
            double inflow = 0.0;
            if (!si.inflowMw.empty())
                for (int h = 0; h < hours; ++h)
                    inflow += si.inflowMw[std::size_t(data.firstHour + h)];
            // Always reachable: doing nothing (and spilling) ends the block at this level.
            data.storageTargetMwh[s] = std::min({guide[s][std::size_t(b)],
                                                 data.storageStartMwh[s] + inflow, si.energyMwh});
        }
        model->setBlock(data);
        if (warmFrom) {
            const std::vector<unsigned char> *basis = warmFrom->wait(b);
            if (!basis) {
                result.error = Tr::tr("the reference run stopped before week %1").arg(b + 1);
                return result;
            }
            model->copyBasisFrom(*basis);
        }
        if (b == options.mpsBlock && !options.mpsPath.isEmpty() && !model->writeMps(options.mpsPath)) {
            //: %1 is a file name
            result.error = Tr::tr("%1: cannot write the MPS file").arg(options.mpsPath);
            return result;
        }
        const SolveInfo info = model->solve();
        if (!info.optimal) {
            //: %1 is a week number, %2 the solver's status code
            result.error = Tr::tr("the dispatch of week %1 has no optimal solution (Clp status "
                                  "%2); check that every zone can be supplied or shed")
                               .arg(b + 1)
                               .arg(info.status);
            return result;
        }
        totals.iterations += info.iterations;
        totals.blockObjectiveEur.push_back(info.objective);
        if (publishTo)
            publishTo->publish(b, model->basis());
        accumulate(*model, input, data.firstHour, totals);
        for (std::size_t s = 0; s < ns; ++s)
            data.storageStartMwh[s] = model->level(hours - 1, int(s));
        if (options.progress && !options.progress(double(b + 1) / kBlockCount) && b + 1 < kBlockCount) {
            result.cancelled = true;
            return result;
        }
    }
    totals.seconds = double(clock.nsecsElapsed()) * 1e-9;
    result.totals = std::move(totals);
    return result;
}

}  // namespace gridcba::market
