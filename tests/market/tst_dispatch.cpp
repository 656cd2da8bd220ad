// The weekly dispatch LP on systems small enough to solve by hand. Every expected value is
// worked out in the comment above its check; a year has 8,760 hours (52 weeks of 168 h and
// one block of 24 h), so hourly figures are multiplied by 8,760 unless the case repeats a
// daily pattern (then by 365 days).
//
// Tolerances: dispatch quantities are exact up to Clp's primal tolerance (1e-9) times the
// number of hours, so 1e-6 relative; prices are duals, exact where the case is not
// degenerate (the marginal unit is strictly inside its bounds), checked to 1e-6 €/MWh.

#include "comparenear.h"
#include "market/dispatchrun.h"
#include "market/marketinput.h"
#include "marketstudies.h"

#include <QTest>

using namespace gridcba;
using namespace gridcba::test;

namespace {

constexpr double kYear = model::kHoursPerYear;
constexpr double kRel = 1e-6;

market::MarketInput resolve(const model::Study &s)
{
    market::MarketInputResult r = market::resolveMarketInput(s, QStringLiteral("S"), 2030, 2009);
    if (!r.input)
        qFatal("resolve: %s: %s", qPrintable(r.error.path), qPrintable(r.error.message));
    return *r.input;
}

market::RunTotals run(const market::MarketInput &in, const std::vector<market::Ntc> &ntc,
                      bool prices = true)
{
    market::DispatchOptions options;
    options.recordPrices = prices;
    market::SingleRun r = market::runYear(in, ntc, options);
    if (!r.totals)
        qFatal("runYear: %s", qPrintable(r.error));
    return *r.totals;
}

market::RunTotals run(const model::Study &s)
{
    const market::MarketInput in = resolve(s);
    return run(in, in.ntcReference);
}

// The per-zone surplus split adds up to minus the generation cost (dispatchrun.h).
void checkSurplusIdentity(const market::RunTotals &t)
{
    const double cost = t.sum(&market::ZoneTotals::generationCostEur);
    double surplus = 0.0;
    for (const auto &z : t.zones)
        surplus += z.surplusEur();
    COMPARE_NEAR(surplus, -cost, 1e-6, 1e-9);
}

}  // namespace

class TestDispatch : public QObject
{
    Q_OBJECT

private slots:
    // One zone, demand 150 MW; a 100 MW unit at 50 €/MWh and a 100 MW unit at 80 €/MWh.
    // Merit order: 100 MW at 50, 50 MW at 80; price 80 (the second unit is marginal).
    // Cost 100 × 50 + 50 × 80 = 9,000 €/h.
    void meritOrder()
    {
        model::Study s = marketStudy();
        addZone(s, QStringLiteral("AA"), 150);
        addCluster(s, QStringLiteral("cheap"), QStringLiteral("AA"), 100, 50);
        addCluster(s, QStringLiteral("dear"), QStringLiteral("AA"), 100, 80);
        const market::RunTotals t = run(s);
        COMPARE_NEAR(t.zones[0].generationCostEur, 9000 * kYear, 0, kRel);
        COMPARE_NEAR(t.zones[0].thermalMwh, 150 * kYear, 0, kRel);
        COMPARE_NEAR(t.zones[0].unservedMwh, 0, 1e-6, 0);
        for (int h : {0, 100, 5000, 8759})
            COMPARE_NEAR(t.hourlyPrice[0][std::size_t(h)], 80, 1e-4, 0);
        checkSurplusIdentity(t);
    }

    // A: 30 €/MWh, 200 MW, demand 50. B: 90 €/MWh, 200 MW, demand 150. NTC A→B 60 MW.
    // Without: A exports 60 (congested), A generates 110, B 90. Prices 30 and 90.
    //   cost 110 × 30 + 90 × 90 = 11,400 €/h.
    // With a project adding 40 MW A→B: flow 100, A 150, B 50; prices unchanged;
    //   cost 150 × 30 + 50 × 90 = 9,000 €/h; B1 = 2,400 €/h = 21,024,000 €/yr.
    // The surplus split: consumer surplus unchanged (same prices), producer surplus 0 in both
    // (every unit earns its own cost: the marginal units set the prices), so the whole B1 is
    // congestion rent: (90 − 30) × (100 − 60) = 2,400 €/h, half to each zone.
    void congestedBorderPint()
    {
        model::Study s = marketStudy();
        addZone(s, QStringLiteral("AA"), 50);
        addZone(s, QStringLiteral("BB"), 150);
        addCluster(s, QStringLiteral("a"), QStringLiteral("AA"), 200, 30);
        addCluster(s, QStringLiteral("b"), QStringLiteral("BB"), 200, 90);
        addBorder(s, QStringLiteral("AA"), QStringLiteral("BB"), 60, 60);
        addLineProject(s, QStringLiteral("P"), QStringLiteral("AA"), QStringLiteral("BB"), 40, 40);
        const market::MarketInput in = resolve(s);
        const market::ProjectVariant v = market::projectVariant(s, in, s.projects[0], 2030);
        QVERIFY(v.error.message.isEmpty());
        QCOMPARE(v.method, model::AssessmentMethod::Pint);
        const market::RunTotals without = run(in, in.ntcReference);
        const market::RunTotals with = run(in, v.ntc);
        COMPARE_NEAR(without.sum(&market::ZoneTotals::generationCostEur), 11400 * kYear, 0, kRel);
        COMPARE_NEAR(with.sum(&market::ZoneTotals::generationCostEur), 9000 * kYear, 0, kRel);
        COMPARE_NEAR(without.zones[0].exportsMwh, 60 * kYear, 0, kRel);
        COMPARE_NEAR(with.zones[0].exportsMwh, 100 * kYear, 0, kRel);
        for (const auto *t : {&without, &with}) {
            COMPARE_NEAR(t->hourlyPrice[0][1234], 30, 1e-4, 0);
            COMPARE_NEAR(t->hourlyPrice[1][1234], 90, 1e-4, 0);
            checkSurplusIdentity(*t);
        }
        const double b1 = without.sum(&market::ZoneTotals::generationCostEur)
                          - with.sum(&market::ZoneTotals::generationCostEur);
        COMPARE_NEAR(b1, 21024000, 0, kRel);
        COMPARE_NEAR(with.zones[0].congestionRentEur - without.zones[0].congestionRentEur,
                     1200 * kYear, 0, kRel);
        COMPARE_NEAR(with.zones[1].congestionRentEur - without.zones[1].congestionRentEur,
                     1200 * kYear, 0, kRel);
        COMPARE_NEAR(with.zones[1].consumerSurplusEur - without.zones[1].consumerSurplusEur, 0,
                     1e-3 * kYear, 0);
    }

    // The same system with the project in the reference grid (NTC 100 MW) and assessed by
    // TOOT: "without" takes the 40 MW out. The numbers are those of the PINT case.
    void congestedBorderToot()
    {
        model::Study s = marketStudy();
        addZone(s, QStringLiteral("AA"), 50);
        addZone(s, QStringLiteral("BB"), 150);
        addCluster(s, QStringLiteral("a"), QStringLiteral("AA"), 200, 30);
        addCluster(s, QStringLiteral("b"), QStringLiteral("BB"), 200, 90);
        addBorder(s, QStringLiteral("BB"), QStringLiteral("AA"), 100, 100);  // other orientation
        addLineProject(s, QStringLiteral("P"), QStringLiteral("AA"), QStringLiteral("BB"), 40, 40)
            .referenceGridFromYear = 2030;
        const market::MarketInput in = resolve(s);
        const market::ProjectVariant v = market::projectVariant(s, in, s.projects[0], 2030);
        QVERIFY(v.error.message.isEmpty());
        QCOMPARE(v.method, model::AssessmentMethod::Toot);
        QCOMPARE(v.ntc[0].forwardMw, 60.0);
        const market::RunTotals without = run(in, v.ntc);
        const market::RunTotals with = run(in, in.ntcReference);
        const double b1 = without.sum(&market::ZoneTotals::generationCostEur)
                          - with.sum(&market::ZoneTotals::generationCostEur);
        COMPARE_NEAR(b1, 21024000, 0, kRel);

        // A TOOT project must be in the reference grid: 140 MW cannot be taken out of 100.
        s.projects[0].borders[0].forwardMw = 140;
        const market::ProjectVariant bad = market::projectVariant(s, in, s.projects[0], 2030);
        QCOMPARE(bad.error.path, QStringLiteral("projects/0/borders/0"));
        QVERIFY(bad.error.message.contains(QStringLiteral("TOOT")));
    }

    // Three zones, a lossy border. A: 20 €/MWh, 1,000 MW, no demand. B: 60 €/MWh, 500 MW,
    // demand 100. C: 100 €/MWh, 500 MW, demand 100. A–B 150 MW with 10 % losses, B–C 50 MW.
    // A exports 150 (20 / 0.9 = 22.2 < 60), B receives 135; B exports 50 to C.
    //   B generates 100 + 50 − 135 = 15, C 100 − 50 = 50.
    //   cost 150 × 20 + 15 × 60 + 50 × 100 = 8,900 €/h; losses 15 MWh/h valued at A's price
    //   20: 300 €/h. Prices 20, 60, 100.
    //   Rent A→B: 60 × 135 − 20 × 150 = 5,100 €/h; B→C: (100 − 60) × 50 = 2,000 €/h.
    // A project adds 40 MW B→C: C imports 90, C generates 10, B 55:
    //   cost 3,000 + 55 × 60 + 10 × 100 = 7,300 €/h; B1 = 1,600 €/h = 14,016,000 €/yr;
    //   losses unchanged (ΔLoss 0).
    void threeZonesWithLosses()
    {
        model::Study s = marketStudy();
        addZone(s, QStringLiteral("AA"), 0);
        addZone(s, QStringLiteral("BB"), 100);
        addZone(s, QStringLiteral("CC"), 100);
        addCluster(s, QStringLiteral("a"), QStringLiteral("AA"), 1000, 20);
        addCluster(s, QStringLiteral("b"), QStringLiteral("BB"), 500, 60);
        addCluster(s, QStringLiteral("c"), QStringLiteral("CC"), 500, 100);
        addBorder(s, QStringLiteral("AA"), QStringLiteral("BB"), 150, 150, 0.1);
        addBorder(s, QStringLiteral("BB"), QStringLiteral("CC"), 50, 50);
        addLineProject(s, QStringLiteral("P"), QStringLiteral("BB"), QStringLiteral("CC"), 40, 40);
        const market::MarketInput in = resolve(s);
        const market::ProjectVariant v = market::projectVariant(s, in, s.projects[0], 2030);
        const market::RunTotals without = run(in, in.ntcReference);
        const market::RunTotals with = run(in, v.ntc);
        COMPARE_NEAR(without.sum(&market::ZoneTotals::generationCostEur), 8900 * kYear, 0, kRel);
        COMPARE_NEAR(without.zones[1].thermalMwh, 15 * kYear, 0, kRel);
        COMPARE_NEAR(without.zones[0].lossMwh, 15 * kYear, 0, kRel);
        COMPARE_NEAR(without.zones[0].lossValueEur, 300 * kYear, 0, kRel);
        COMPARE_NEAR(without.zones[1].importsMwh, 135 * kYear, 0, kRel);
        COMPARE_NEAR(without.hourlyPrice[0][42], 20, 1e-4, 0);
        COMPARE_NEAR(without.hourlyPrice[1][42], 60, 1e-4, 0);
        COMPARE_NEAR(without.hourlyPrice[2][42], 100, 1e-4, 0);
        // Rent: A→B 5,100 half to A and B; B→C 2,000 half to B and C.
        COMPARE_NEAR(without.zones[0].congestionRentEur, 2550 * kYear, 0, kRel);
        COMPARE_NEAR(without.zones[1].congestionRentEur, 3550 * kYear, 0, kRel);
        COMPARE_NEAR(without.zones[2].congestionRentEur, 1000 * kYear, 0, kRel);
        COMPARE_NEAR(with.sum(&market::ZoneTotals::generationCostEur), 7300 * kYear, 0, kRel);
        const double b1 = without.sum(&market::ZoneTotals::generationCostEur)
                          - with.sum(&market::ZoneTotals::generationCostEur);
        COMPARE_NEAR(b1, 14016000, 0, kRel);
        // B1 by the generation-cost approach equals the sum of the per-zone surplus split.
        double dSurplus = 0.0;
        for (std::size_t z = 0; z < 3; ++z)
            dSurplus += with.zones[z].surplusEur() - without.zones[z].surplusEur();
        COMPARE_NEAR(dSurplus, b1, 0, 1e-6);
        COMPARE_NEAR(with.sum(&market::ZoneTotals::lossMwh), without.sum(&market::ZoneTotals::lossMwh),
                     1e-6, 1e-9);
    }

    // Storage arbitrage. Demand 100 MW in hours 0-11 of every day and 200 MW in hours 12-23;
    // a 150 MW unit at 40 €/MWh and a 100 MW unit at 100 €/MWh. A store of 50 MW / 200 MWh
    // with 80 % round-trip efficiency, empty at the start (initial level 0, so the end-of-week
    // target is 0 too).
    // Without the store, per day: 12 h × 100 × 40 + 12 h × (150 × 40 + 50 × 100) = 180,000 €.
    // With it, per day: charge 250 MWh at 40 in the low hours (250 × 0.8 = 200 MWh stored),
    // discharge 200 MWh in the high hours instead of the 100 €/MWh unit:
    //   180,000 + 250 × 40 − 200 × 100 = 170,000 €. Every day alike: × 365.
    void storageArbitrage()
    {
        model::Study s = marketStudy();
        std::vector<double> day(24, 2.0 / 3.0);
        std::fill(day.begin() + 12, day.end(), 4.0 / 3.0);  // mean 1: 100 and 200 MW on 150
        s.profiles.push_back(dailyProfile(QStringLiteral("twoLevel"), day));
        addZone(s, QStringLiteral("AA"), 150, QStringLiteral("twoLevel"));
        addCluster(s, QStringLiteral("base"), QStringLiteral("AA"), 150, 40);
        addCluster(s, QStringLiteral("peak"), QStringLiteral("AA"), 100, 100);
        const market::RunTotals without = run(s);
        COMPARE_NEAR(without.zones[0].generationCostEur, 180000.0 * 365, 0, kRel);

        addStore(s, QStringLiteral("store"), QStringLiteral("AA"), 50, 200, 0.8, 0.0);
        const market::RunTotals with = run(s);
        COMPARE_NEAR(with.zones[0].generationCostEur, 170000.0 * 365, 0, kRel);
        COMPARE_NEAR(with.zones[0].storageChargeMwh, 250.0 * 365, 0, kRel);
        COMPARE_NEAR(with.zones[0].storageDischargeMwh, 200.0 * 365, 0, kRel);
        checkSurplusIdentity(with);
    }

    // The year solved in parallel segments of weeks equals the year solved week after week
    // (dispatchrun.h). A reservoir whose spring inflow exceeds its turbine ends weeks above
    // the guide curve, so segments must correct their assumed start level. Same totals to
    // 1e-9 relative whatever the number of segments and threads, and the same bits for the
    // same segments on 1 or 2 threads.
    void segmentsEqualSequential()
    {
        model::Study s = marketStudy();
        std::vector<double> inflow(model::kHoursPerYear, 0.2);
        for (int h = 2000; h < 5000; ++h)
            inflow[std::size_t(h)] = 3.0;  // spring: mean 1.09
        s.profiles.push_back({QStringLiteral("melt"), 0, inflow});
        addZone(s, QStringLiteral("AA"), 100);
        addCluster(s, QStringLiteral("gas"), QStringLiteral("AA"), 200, 80);
        addCluster(s, QStringLiteral("peak"), QStringLiteral("AA"), 50, 150);
        addReservoir(s, QStringLiteral("lake"), QStringLiteral("AA"), 80, 150000, 40 * kYear,
                     QStringLiteral("melt"), 0.3);
        const market::MarketInput in = resolve(s);
        auto runWith = [&](int segments, int threads) {
            market::DispatchOptions o;
            o.segments = segments;
            o.threads = threads;
            return *market::runYear(in, in.ntcReference, o).totals;
        };
        const market::RunTotals sequential = runWith(1, 1);
        const market::RunTotals four = runWith(4, 1);
        const market::RunTotals fourOnTwo = runWith(4, 2);
        const market::RunTotals many = runWith(13, 2);
        for (const auto *t : {&four, &many}) {
            COMPARE_NEAR(t->zones[0].generationCostEur, sequential.zones[0].generationCostEur, 0, 1e-9);
            COMPARE_NEAR(t->zones[0].storageDischargeMwh, sequential.zones[0].storageDischargeMwh, 0, 1e-9);
            COMPARE_NEAR(t->zones[0].spillMwh, sequential.zones[0].spillMwh, 1e-6, 1e-9);
        }
        QCOMPARE(fourOnTwo.zones[0].generationCostEur, four.zones[0].generationCostEur);
        QCOMPARE(fourOnTwo.blockObjectiveEur, four.blockObjectiveEur);
        // The case does carry water across weeks: more than the inflow of the melt weeks
        // is turbined after them.
        QVERIFY(sequential.zones[0].storageDischargeMwh > 0.0);
        QCOMPARE(sequential.resolvedBlocks, 0);
        QVERIFY2(four.resolvedBlocks > 0, "the case must make segments correct their start");
    }

    // Energy a week stores but does not use has no value inside that week's LP (weeks are
    // solved one after the other, weekmodel.h), so without a rule the level a week ends at
    // would be the simplex path's choice, and with it the next week's cost. Charging carries
    // the ε tie-break: the LP curtails free surplus it cannot use rather than store it.
    // AA: demand 100 MW; a 200 MW unit at 50 €/MWh; 200 MW of wind that blows in the first
    // week only: on days 1-6 in the first 12 hours (capacity factor 1), on day 7 all day;
    // a store of 50 MW / 1,000 MWh, 80 %, empty at the start (so its target is 0).
    // Days 1-6: 100 MW surplus for 12 h; the store charges 50 MW (600 MWh, 480 stored) and
    // gives the 480 MWh back in the 12 h without wind, instead of the unit:
    //   curtailed 50 × 12 = 600, thermal 100 × 12 − 480 = 720 MWh a day.
    // Day 7: 100 MW surplus all day and no later hour in the week to use it: nothing is
    //   charged; curtailed 2,400 MWh.
    // Week 2 on: the store starts empty; the unit runs 100 MW for 8,760 − 168 = 8,592 h.
    // Totals: curtailment 6 × 600 + 2,400 = 6,000 MWh; charge 3,600; discharge 2,880;
    // thermal 6 × 720 + 859,200 = 863,520 MWh, cost × 50 = 43,176,000 €.
    // Week 1's optimum holds the thermal cost 6 × 720 × 50 = 216,000 € and the tie-breaks on
    // charging and discharging: 0.001 × (3,600 + 2,880) = 6.48 €.
    // The same with the year cut into 4 segments (week 14 starts at the guide curve, 0, which
    // is also the level carried).
    void unusedSurplusIsNotStored()
    {
        model::Study s = marketStudy();
        std::vector<double> wind(model::kHoursPerYear, 0.0);
        for (int h = 0; h < 168; ++h)
            wind[std::size_t(h)] = h >= 144 || h % 24 < 12 ? 1.0 : 0.0;
        s.profiles.push_back({QStringLiteral("firstWeek"), 0, wind});
        addZone(s, QStringLiteral("AA"), 100);
        addCluster(s, QStringLiteral("gas"), QStringLiteral("AA"), 200, 50);
        systemOf(s).renewables.push_back({QStringLiteral("AA"), QStringLiteral("wind"), 200,
                                          QStringLiteral("firstWeek")});
        addStore(s, QStringLiteral("store"), QStringLiteral("AA"), 50, 1000, 0.8, 0.0);
        const market::MarketInput in = resolve(s);
        for (int segments : {1, 4}) {
            market::DispatchOptions o;
            o.segments = segments;
            const market::RunTotals t = *market::runYear(in, in.ntcReference, o).totals;
            COMPARE_NEAR(t.zones[0].curtailmentMwh, 6000, 0, kRel);
            COMPARE_NEAR(t.zones[0].storageChargeMwh, 3600, 0, kRel);
            COMPARE_NEAR(t.zones[0].storageDischargeMwh, 2880, 0, kRel);
            COMPARE_NEAR(t.zones[0].thermalMwh, 863520, 0, kRel);
            COMPARE_NEAR(t.zones[0].generationCostEur, 43176000, 0, kRel);
            COMPARE_NEAR(t.blockObjectiveEur.front(), 216006.48, 1e-6, 0);
            QCOMPARE(t.resolvedBlocks, 0);
        }
    }

    // A store with natural inflow (reservoir hydro): 50 MW of inflow every hour, 100 MW of
    // turbine, no pumping; demand 100 MW; a 200 MW unit at 80 €/MWh. The guide curve of a
    // uniform release keeps the level at its start, so all inflow is turbined: thermal
    // 50 MW, cost 50 × 80 = 4,000 €/h; nothing spilled.
    void reservoirInflow()
    {
        model::Study s = marketStudy();
        addZone(s, QStringLiteral("AA"), 100);
        addCluster(s, QStringLiteral("gas"), QStringLiteral("AA"), 200, 80);
        addReservoir(s, QStringLiteral("lake"), QStringLiteral("AA"), 100, 100000, 50 * kYear,
                     QStringLiteral("flat"), 0.5);
        const market::RunTotals t = run(s);
        COMPARE_NEAR(t.zones[0].generationCostEur, 4000 * kYear, 0, kRel);
        COMPARE_NEAR(t.zones[0].storageDischargeMwh, 50 * kYear, 0, kRel);
        COMPARE_NEAR(t.zones[0].spillMwh, 0, 1e-3, 0);
    }

    // Demand 120 MW, 100 MW of generation at 50 €/MWh: 20 MW not served every hour, priced
    // at VOLL (10,000 €/MWh). ENS is not a generation cost: cost 100 × 50 = 5,000 €/h.
    void energyNotServed()
    {
        model::Study s = marketStudy();
        addZone(s, QStringLiteral("AA"), 120);
        addCluster(s, QStringLiteral("g"), QStringLiteral("AA"), 100, 50);
        const market::RunTotals t = run(s);
        COMPARE_NEAR(t.zones[0].unservedMwh, 20 * kYear, 0, kRel);
        QCOMPARE(t.zones[0].hoursWithUnserved, model::kHoursPerYear);
        COMPARE_NEAR(t.zones[0].generationCostEur, 5000 * kYear, 0, kRel);
        COMPARE_NEAR(t.hourlyPrice[0][7], 10000, 1e-3, 0);
        checkSurplusIdentity(t);
    }

    // 100 MW of renewables (capacity factor 1) against 60 MW of demand: 40 MW curtailed.
    // A 30 MW must-run unit (share 1) in the same zone pushes 30 MW more renewables out:
    // curtailment 70 MW, nothing dumped (curtailing is free, dumping costs the tie-break).
    void curtailmentAndMustRun()
    {
        model::Study s = marketStudy();
        addZone(s, QStringLiteral("AA"), 60);
        systemOf(s).renewables.push_back({QStringLiteral("AA"), QStringLiteral("pv"), 100,
                                          QStringLiteral("flat")});
        market::RunTotals t = run(s);
        COMPARE_NEAR(t.zones[0].curtailmentMwh, 40 * kYear, 0, kRel);
        COMPARE_NEAR(t.zones[0].renewableMwh, 60 * kYear, 0, kRel);
        addCluster(s, QStringLiteral("chp"), QStringLiteral("AA"), 30, 70).mustRunShare = 1.0;
        t = run(s);
        COMPARE_NEAR(t.zones[0].curtailmentMwh, 70 * kYear, 0, kRel);
        COMPARE_NEAR(t.zones[0].thermalMwh, 30 * kYear, 0, kRel);
        COMPARE_NEAR(t.zones[0].dumpedMwh, 0, 1e-3, 0);
    }
};

QTEST_GUILESS_MAIN(TestDispatch)
#include "tst_dispatch.moc"
