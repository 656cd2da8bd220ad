// Adequacy Monte Carlo (market/adequacy.h): deterministic shortfalls solved by hand, the
// forced-outage model against its stationary statistics, the max-flow against the dispatch
// LP (second method) on sampled hours, and storage moving energy into scarce hours.

#include "comparenear.h"
#include "market/adequacy.h"
#include "market/dispatchrun.h"
#include "market/marketinput.h"
#include "market/weekmodel.h"
#include "marketstudies.h"

#include <QTest>

#include <cmath>

using namespace gridcba;
using namespace gridcba::test;

namespace {

constexpr double kYear = model::kHoursPerYear;

market::MarketInput resolve(const model::Study &s)
{
    market::MarketInputResult r = market::resolveMarketInput(s, QStringLiteral("S"), 2030, 2009);
    if (!r.input)
        qFatal("resolve: %s: %s", qPrintable(r.error.path), qPrintable(r.error.message));
    return *r.input;
}

market::AdequacyOptions options(int years)
{
    market::AdequacyOptions o;
    o.sampleYears = years;
    o.seed = 7;
    o.scenarioId = QStringLiteral("S");
    o.year = 2030;
    o.climateYear = 2009;
    return o;
}

market::AdequacyResult adequacy(const market::MarketInput &in, const std::vector<market::Ntc> &ntc,
                                int years, int threads = 0)
{
    market::AdequacyOptions o = options(years);
    o.threads = threads;
    const market::AdequacyRun run = market::runAdequacy(in, ntc, o);
    if (!run.result)
        qFatal("adequacy: %s", qPrintable(run.error));
    return *run.result;
}

}  // namespace

class TestAdequacy : public QObject
{
    Q_OBJECT

private slots:
    // No forced outages: demand 90 MW in 20 hours of every day and 110 MW in 4; 100 MW of
    // generation. 10 MW short in 4 hours a day: EENS 4 × 10 × 365 = 14,600 MWh, LOLE
    // 4 × 365 = 1,460 h, in every sample year.
    void deterministicShortfall()
    {
        model::Study s = marketStudy();
        std::vector<double> day(24, 90.0 / 93.333333333333333);
        for (int h = 17; h < 21; ++h)
            day[std::size_t(h)] = 110.0 / 93.333333333333333;
        s.profiles.push_back(dailyProfile(QStringLiteral("evening"), day));
        addZone(s, QStringLiteral("AA"), 93.333333333333333, QStringLiteral("evening"));
        addCluster(s, QStringLiteral("g"), QStringLiteral("AA"), 100, 50);
        const market::MarketInput in = resolve(s);
        const market::AdequacyResult r = adequacy(in, in.ntcReference, 3);
        COMPARE_NEAR(r.eensMwh, 14600, 0, 1e-9);
        COMPARE_NEAR(r.loleHours, 1460, 0, 1e-12);
        COMPARE_NEAR(r.zones[0].loleHours, 1460, 0, 1e-12);
        QCOMPARE(r.lpWeeks, 0);
    }

    // A share FOR of a cluster's units is out on average. 200 units, FOR 0.1, MTTR 50 h:
    // over 10 sample years the mean available share is 0.9. The estimate's standard error
    // is below 0.002 (200 units × ~8760 / (2 × 55) independent outage cycles per year), so
    // 0.01 is five standard errors.
    void outageModelMean()
    {
        model::Study s = marketStudy();
        addZone(s, QStringLiteral("AA"), 0);
        model::ThermalCluster &c = addCluster(s, QStringLiteral("g"), QStringLiteral("AA"), 2000, 50);
        c.units = 200;
        c.forcedOutageRate = 0.1;
        c.meanTimeToRepairHours = 50;
        const market::MarketInput in = resolve(s);
        double sum = 0.0;
        for (int k = 0; k < 10; ++k) {
            const auto a = market::sampleAvailability(in, options(10), k);
            for (double v : a[0])
                sum += v;
        }
        COMPARE_NEAR(sum / (10 * kYear * 2000), 0.9, 0.01, 0);
        // The same sample twice: reproducible.
        QCOMPARE(market::sampleAvailability(in, options(10), 3), market::sampleAvailability(in, options(10), 3));
        QVERIFY(market::sampleAvailability(in, options(10), 3) != market::sampleAvailability(in, options(10), 4));
    }

    // Two zones, each with one 100 MW unit (FOR 0.1, MTTR 1 h) and 50 MW of demand.
    // Without a border a zone loses its 50 MW whenever its unit is out: EENS = 2 × 0.1 × 50
    // × 8,760 = 87,600 MWh. With a 100 MW border energy is lost only when both are out:
    // 0.1² × 100 × 8,760 = 8,760 MWh. Monte Carlo with 20 sample years: the relative standard
    // error is about 1 % for the first and 3 % for the second; tolerances 5 % and 12 %.
    void twoZonesShareReserves()
    {
        model::Study s = marketStudy();
        addZone(s, QStringLiteral("AA"), 50);
        addZone(s, QStringLiteral("BB"), 50);
        for (const char *z : {"AA", "BB"}) {
            model::ThermalCluster &c = addCluster(s, QLatin1String(z) + QStringLiteral("g"), QLatin1String(z), 100, 50);
            c.forcedOutageRate = 0.1;
            c.meanTimeToRepairHours = 1;
        }
        addBorder(s, QStringLiteral("AA"), QStringLiteral("BB"), 0, 0);
        addLineProject(s, QStringLiteral("P"), QStringLiteral("AA"), QStringLiteral("BB"), 100, 100);
        const market::MarketInput in = resolve(s);
        const market::ProjectVariant v = market::projectVariant(s, in, s.projects[0], 2030);
        const market::AdequacyResult without = adequacy(in, in.ntcReference, 20);
        const market::AdequacyResult with = adequacy(in, v.ntc, 20);
        COMPARE_NEAR(without.eensMwh, 87600, 0, 0.05);
        COMPARE_NEAR(with.eensMwh, 8760, 0, 0.12);
        COMPARE_NEAR(without.zones[0].loleHours, 876, 0, 0.05);
        // The same samples at any number of threads.
        const market::AdequacyResult one = adequacy(in, v.ntc, 4, 1);
        const market::AdequacyResult two = adequacy(in, v.ntc, 4, 2);
        QCOMPARE(one.eensMwh, two.eensMwh);
        QCOMPARE(one.loleHours, two.loleHours);
    }

    // Second method: on a three-zone system without storage the max-flow's energy not served
    // must equal the dispatch LP's (which minimises VOLL × ENS) in every hour of a sampled
    // week with shortages. Tolerance 1e-6 MW.
    void maxFlowMatchesLp()
    {
        model::Study s = marketStudy();
        addZone(s, QStringLiteral("AA"), 300);
        addZone(s, QStringLiteral("BB"), 200);
        addZone(s, QStringLiteral("CC"), 250);
        int i = 0;
        for (const char *z : {"AA", "BB", "CC"}) {
            model::ThermalCluster &c =
                addCluster(s, QStringLiteral("g%1").arg(i), QLatin1String(z), 300, 40 + 10 * (i + 1));
            ++i;
            c.units = 6;
            c.forcedOutageRate = 0.25;
            c.meanTimeToRepairHours = 30;
        }
        addBorder(s, QStringLiteral("AA"), QStringLiteral("BB"), 60, 40);
        addBorder(s, QStringLiteral("BB"), QStringLiteral("CC"), 50, 70);
        const market::MarketInput in = resolve(s);
        const market::AdequacyResult r = adequacy(in, in.ntcReference, 1);
        QVERIFY2(r.eensMwh > 1000, "the case must have shortages to compare");

        // Hour by hour over the first week of sample 0: the LP on the sampled capacities.
        const auto available = market::sampleAvailability(in, options(1), 0);
        market::WeekModel lp(in, market::kBlockHours, 1e-9, 1e-9);
        market::BlockData data;
        data.ntc = &in.ntcReference;
        data.clusterAvailableMw = &available;
        lp.setBlock(data);
        QVERIFY(lp.solve().optimal);
        double lpWeek = 0.0;
        for (int h = 0; h < market::kBlockHours; ++h)
            for (int z = 0; z < 3; ++z)
                lpWeek += lp.unserved(h, z);
        // The max-flow of the same hours, by a one-week, one-sample run.
        market::MarketInput oneWeek = in;
        for (auto &d : oneWeek.demandMw)
            std::fill(d.begin() + market::kBlockHours, d.end(), 0.0);
        const market::AdequacyResult flow = adequacy(oneWeek, in.ntcReference, 1);
        COMPARE_NEAR(flow.eensMwh, lpWeek, 1e-6 * market::kBlockHours, 1e-9);
        QVERIFY(lpWeek > 0.0);
    }

    // Storage covers a shortage the max-flow alone cannot see. Demand 100 MW except 120 MW
    // in hours 18-19 of each day; 105 MW of generation (no outages); a store of 20 MW /
    // 100 MWh, half full at the start. Counting storage as nothing, 15 MW are short in 2
    // hours a day; the week's LP charges in the other hours (5 MW spare) and discharges
    // 15 MW in the two peak hours: nothing is lost. Every week needs the LP.
    // The LP weeks may start from the dispatch's optimal bases of the same weeks (as
    // `simulate` does, for speed): the optimum, and so EENS and LOLE, must not change. A
    // battery zone with outages, so that weeks go to the LP and some lose energy.
    void startingFromTheDispatchBases()
    {
        model::Study s = marketStudy();
        std::vector<double> day(24, 100.0 / 101.666666666666667);
        day[18] = day[19] = 120.0 / 101.666666666666667;
        s.profiles.push_back(dailyProfile(QStringLiteral("peaks"), day));
        addZone(s, QStringLiteral("AA"), 101.666666666666667, QStringLiteral("peaks"));
        addZone(s, QStringLiteral("BB"), 50, QStringLiteral("peaks"));
        model::ThermalCluster &g = addCluster(s, QStringLiteral("g"), QStringLiteral("AA"), 120, 50);
        g.units = 4;
        g.forcedOutageRate = 0.1;
        g.meanTimeToRepairHours = 24;
        model::ThermalCluster &h = addCluster(s, QStringLiteral("h"), QStringLiteral("BB"), 70, 40);
        h.units = 2;
        h.forcedOutageRate = 0.1;
        h.meanTimeToRepairHours = 24;
        addBorder(s, QStringLiteral("AA"), QStringLiteral("BB"), 10, 10);
        addStore(s, QStringLiteral("battery"), QStringLiteral("AA"), 20, 100, 0.9, 0.5);
        const market::MarketInput in = resolve(s);

        std::vector<market::DispatchTrace> traces;
        market::DispatchOptions d;
        d.traces = &traces;
        const market::SingleRun dispatched = market::runYear(in, in.ntcReference, d);
        QVERIFY2(dispatched.error.isEmpty(), qPrintable(dispatched.error));
        QCOMPARE(traces.size(), std::size_t(1));
        QCOMPARE(traces[0].bases.size(), std::size_t(market::kBlockCount));
        QVERIFY(!traces[0].bases[0].empty());

        market::AdequacyOptions cold = options(4);
        market::AdequacyOptions warm = options(4);
        warm.dispatch = &traces[0];
        const market::AdequacyRun a = market::runAdequacy(in, in.ntcReference, cold);
        const market::AdequacyRun b = market::runAdequacy(in, in.ntcReference, warm);
        QVERIFY(a.result && b.result);
        QVERIFY2(a.result->lpWeeks > 0 && a.result->eensMwh > 0.0,
                 qPrintable(QStringLiteral("%1 LP weeks, EENS %2").arg(a.result->lpWeeks).arg(a.result->eensMwh)));
        // With the dispatch's storage schedule, weeks it serves need no LP; the others are
        // the same LPs, now started from the dispatch's bases.
        QVERIFY(b.result->lpWeeks <= a.result->lpWeeks);
        QCOMPARE(b.result->dispatchScheduleWeeks + b.result->steadyScheduleWeeks + b.result->lpWeeks,
                 4 * market::kBlockCount);
        // The same optimum within the solver's tolerance (1e-9 on a few MWh per hour).
        COMPARE_NEAR(b.result->eensMwh, a.result->eensMwh, 1e-4, 1e-7);
        // LOLE counts hours: an alternative optimum may place the same energy in other hours.
        COMPARE_NEAR(b.result->loleHours, a.result->loleHours, 0.0, 0.05);
    }

    void storageCoversPeaks()
    {
        model::Study s = marketStudy();
        std::vector<double> day(24, 100.0 / 101.666666666666667);
        day[18] = day[19] = 120.0 / 101.666666666666667;
        s.profiles.push_back(dailyProfile(QStringLiteral("peaks"), day));
        addZone(s, QStringLiteral("AA"), 101.666666666666667, QStringLiteral("peaks"));
        addCluster(s, QStringLiteral("g"), QStringLiteral("AA"), 105, 50);
        const market::MarketInput bare = resolve(s);
        COMPARE_NEAR(adequacy(bare, bare.ntcReference, 1).eensMwh, 2 * 15 * 365, 0, 1e-9);

        addStore(s, QStringLiteral("battery"), QStringLiteral("AA"), 20, 100, 0.9, 0.5);
        const market::MarketInput in = resolve(s);
        const market::AdequacyResult r = adequacy(in, in.ntcReference, 1);
        COMPARE_NEAR(r.eensMwh, 0, 1e-6, 0);
        QCOMPARE(r.lpWeeks, market::kBlockCount);

        // With the dispatch's storage schedule (which charges in the other hours and
        // discharges in the peaks) every week is served without an LP.
        std::vector<market::DispatchTrace> traces;
        market::DispatchOptions d;
        d.traces = &traces;
        QVERIFY(market::runYear(in, in.ntcReference, d).totals);
        market::AdequacyOptions o = options(1);
        o.dispatch = &traces[0];
        const market::AdequacyRun scheduled = market::runAdequacy(in, in.ntcReference, o);
        QVERIFY(scheduled.result);
        COMPARE_NEAR(scheduled.result->eensMwh, 0, 1e-6, 0);
        QCOMPARE(scheduled.result->lpWeeks, 0);
        QCOMPARE(scheduled.result->dispatchScheduleWeeks, market::kBlockCount);
    }

    // A reservoir whose guide curve rises in the week: it may not use the week's inflow.
    // One zone with 100 MW of demand in week 2 only and no generation but a reservoir (300 MW
    // turbine, 10^6 MWh, empty on 1 January) whose whole year's inflow, 33,600 MWh, arrives
    // in week 2 at 200 MW. The guide curve (uniform release of the year's inflow) ends week
    // 1 at 0 (clamped) and week 2 at 33,600 × (1 − 336/8,760) = 32,311.233 MWh, so the week
    // may release only 33,600 × 336/8,760 = 1,288.767 MWh: 16,800 − 1,288.767 = 15,511.233
    // MWh are not served, in at least 156 of its 168 hours (the release covers at most 12
    // whole hours). Counting the hour's inflow as available, as a max-flow would, finds
    // nothing lost. The dispatch of the same year finds the same energy not served.
    void risingGuideCurveLimitsTheReservoir()
    {
        model::Study s = marketStudy();
        std::vector<double> week2(std::size_t(kYear), 0.0);
        std::fill(week2.begin() + 168, week2.begin() + 336, 1.0);
        s.profiles.push_back({QStringLiteral("week2"), 0, week2});
        std::vector<double> inflow(std::size_t(kYear), 0.0);
        std::fill(inflow.begin() + 168, inflow.begin() + 336, 200.0 * kYear / 33600.0);
        s.profiles.push_back({QStringLiteral("inflow"), 0, inflow});
        addZone(s, QStringLiteral("AA"), 100, QStringLiteral("week2"));
        addReservoir(s, QStringLiteral("dam"), QStringLiteral("AA"), 300, 1e6, 33600,
                     QStringLiteral("inflow"), 0.0);
        const market::MarketInput in = resolve(s);
        const double expected = 16800.0 - 33600.0 * 336.0 / kYear;

        const market::AdequacyResult r = adequacy(in, in.ntcReference, 2);
        COMPARE_NEAR(r.eensMwh, expected, 0, 1e-6);
        QVERIFY2(r.loleHours >= 156 && r.loleHours <= 168, qPrintable(QString::number(r.loleHours)));
        QCOMPARE(r.lpWeeks, 2);

        std::vector<market::DispatchTrace> traces;
        market::DispatchOptions d;
        d.traces = &traces;
        const market::SingleRun dispatched = market::runYear(in, in.ntcReference, d);
        QVERIFY(dispatched.totals);
        COMPARE_NEAR(dispatched.totals->sum(&market::ZoneTotals::unservedMwh), expected, 0, 1e-6);
        market::AdequacyOptions o = options(2);
        o.dispatch = &traces[0];
        const market::AdequacyRun scheduled = market::runAdequacy(in, in.ntcReference, o);
        QVERIFY(scheduled.result);
        COMPARE_NEAR(scheduled.result->eensMwh, expected, 0, 1e-6);
    }

    // Losses on a border. AA has 200 MW of generation and no demand, BB 100 MW of demand and
    // no generation, the border 100 MW each way with 2 % losses: at most 98 MW arrive, 2 MW
    // are not served in every hour: EENS 2 × 8,760 = 17,520 MWh, LOLE 8,760 h. A max-flow
    // without the losses would serve everything; with 150 MW of NTC, 102.04 MW can be sent
    // and nothing is lost.
    void bordersLoseEnergy()
    {
        model::Study s = marketStudy();
        addZone(s, QStringLiteral("AA"), 0);
        addZone(s, QStringLiteral("BB"), 100);
        addCluster(s, QStringLiteral("g"), QStringLiteral("AA"), 200, 50);
        addBorder(s, QStringLiteral("AA"), QStringLiteral("BB"), 100, 100, 0.02);
        const market::MarketInput in = resolve(s);
        const market::AdequacyResult r = adequacy(in, in.ntcReference, 1);
        COMPARE_NEAR(r.eensMwh, 2 * kYear, 0, 1e-6);
        COMPARE_NEAR(r.loleHours, kYear, 0, 0);
        COMPARE_NEAR(r.zones[1].eensMwh, 2 * kYear, 0, 1e-6);

        systemOf(s).borders.front().forwardMw = 150;
        const market::MarketInput wide = resolve(s);
        COMPARE_NEAR(adequacy(wide, wide.ntcReference, 1).eensMwh, 0, 1e-6, 0);
    }
};

QTEST_GUILESS_MAIN(TestAdequacy)
#include "tst_adequacy.moc"
