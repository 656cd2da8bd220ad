// The weekly LP's block row for large reservoirs (weekmodel.h): one row per block in place of
// 168 hourly level rows, with the hourly levels rebuilt after the solve and the block solved
// again with hourly rows where a rebuilt level leaves its bounds.
//
// The hand cases use one zone, a week of 168 h (hours 0-83 "first half", 84-167 "second
// half"), a gas unit of 100 MW at 50 €/MWh and a peak unit of 100 MW at 200 €/MWh, and a
// reservoir of 100 MW turbine and 20,000 MWh (at least 168 h of full output, so it gets the
// block row). Demand and inflow are set hour by hour. Objectives include the tie-break ε of
// 0.001 €/MWh on discharge and spill. Tolerances: quantities to 1e-6 MWh, objectives to
// 1e-6 € (Clp's tolerances are 1e-9); the sample weeks to 1e-9 relative.

#include "comparenear.h"
#include "io/studysource.h"
#include "market/dispatchrun.h"
#include "market/marketinput.h"
#include "market/weekmodel.h"
#include "marketstudies.h"

#include <QTest>

using namespace gridcba;
using namespace gridcba::test;

namespace {

constexpr int kWeek = 168;
constexpr double kTolerance = 1e-9;

// The system of the hand cases, with the demand and inflow of the first week given per half.
market::MarketInput handCase(double demandFirst, double demandSecond, double inflowFirst,
                             double inflowSecond)
{
    model::Study s = marketStudy();
    addZone(s, QStringLiteral("AA"), 100);
    addCluster(s, QStringLiteral("gas"), QStringLiteral("AA"), 100, 50);
    addCluster(s, QStringLiteral("peak"), QStringLiteral("AA"), 100, 200);
    addReservoir(s, QStringLiteral("lake"), QStringLiteral("AA"), 100, 20000,
                 50 * model::kHoursPerYear, QStringLiteral("flat"), 0.0);
    market::MarketInputResult resolved = market::resolveMarketInput(s, QStringLiteral("S"), 2030, 2009);
    if (!resolved.input)
        qFatal("resolve: %s", qPrintable(resolved.error.message));
    market::MarketInput in = *resolved.input;
    for (int h = 0; h < kWeek; ++h) {
        in.demandMw[0][std::size_t(h)] = h < kWeek / 2 ? demandFirst : demandSecond;
        in.storage[0].inflowMw[std::size_t(h)] = h < kWeek / 2 ? inflowFirst : inflowSecond;
    }
    return in;
}

market::SolveInfo solveWeek(market::WeekModel &m, const market::MarketInput &in, double start,
                            double target)
{
    market::BlockData data;
    data.firstHour = 0;
    data.ntc = &in.ntcReference;
    data.storageStartMwh = {start};
    data.storageTargetMwh = {target};
    m.setBlock(data);
    return m.solve();
}

// The week's total of one hourly result of a unit or cluster (thermal, discharge, spill).
double weekTotal(const market::WeekModel &m, double (market::WeekModel::*hourly)(int, int) const,
                 int index)
{
    double total = 0.0;
    for (int h = 0; h < m.hours(); ++h)
        total += (m.*hourly)(h, index);
    return total;
}

// The rebuilt levels follow the level equation hour by hour and stay within [0, energy].
void checkLevels(const market::WeekModel &m, const market::MarketInput &in, double start)
{
    double previous = start;
    for (int h = 0; h < m.hours(); ++h) {
        const double expected = previous + in.storage[0].inflowMw[std::size_t(h)] - m.discharge(h, 0)
                                - m.spill(h, 0);
        COMPARE_NEAR(m.level(h, 0), expected, 1e-6, 0);
        QVERIFY(m.level(h, 0) >= -1e-6);
        QVERIFY(m.level(h, 0) <= in.storage[0].energyMwh + 1e-6);
        QVERIFY(m.spill(h, 0) >= -1e-6);
        previous = m.level(h, 0);
    }
}

}  // namespace

class TestWeekModel : public QObject
{
    Q_OBJECT

private slots:
    // The reservoir gets one row for the block instead of 168 level rows, and an end-level
    // and a spill column for the block instead of a level and a spill column every hour.
    void blockRowReplacesHourlyRows()
    {
        const market::MarketInput in = handCase(100, 100, 50, 50);
        market::WeekModel block(in, kWeek, kTolerance, kTolerance);
        market::WeekModel hourly(in, kWeek, kTolerance, kTolerance, market::StorageLevels::Hourly);
        QCOMPARE(hourly.rowCount() - block.rowCount(), kWeek - 1);
        QCOMPARE(hourly.columnCount() - block.columnCount(), 2 * kWeek - 2);
    }

    // Demand 150 MW in the first half, 100 MW in the second; inflow 100 MW in the first half
    // only; the reservoir starts empty, target 0. 8,400 MWh of water arrive while they are
    // worth most: 50 MW replace the peak unit in every first-half hour (4,200 MWh at
    // 200 €/MWh), the other 4,200 MWh replace gas (50 €/MWh), in either half.
    // Gas runs 100 × 84 + 100 × 84 − 4,200 = 12,600 MWh: 630,000 €; ε × 8,400 = 8.4 €.
    // Optimum 630,008.4 €. Turbining never outruns the inflow (at most 100 MW while 100 MW
    // flow in), so the block row's solution is feasible hour by hour: no second solve.
    void reservoirWithinBoundsKeepsBlockRow()
    {
        const market::MarketInput in = handCase(150, 100, 100, 0);
        market::WeekModel m(in, kWeek, kTolerance, kTolerance);
        const market::SolveInfo info = solveWeek(m, in, 0.0, 0.0);
        QVERIFY(info.optimal);
        QVERIFY(!info.hourlyFallback);
        COMPARE_NEAR(info.objective, 630008.4, 1e-6, 0);
        COMPARE_NEAR(weekTotal(m, &market::WeekModel::thermal, 1), 0.0, 1e-6, 0);
        COMPARE_NEAR(weekTotal(m, &market::WeekModel::discharge, 0), 8400.0, 1e-6, 0);
        COMPARE_NEAR(m.level(kWeek - 1, 0), 0.0, 1e-6, 0);
        checkLevels(m, in, 0.0);
        // Prices from the block row's duals: the water left after the peak hours replaces
        // gas, so it is worth the gas price less its ε; in the first half the reservoir is
        // the marginal plant (gas at its 100 MW), in the second gas is: 50 €/MWh throughout.
        COMPARE_NEAR(m.price(0, 0), 50.0, 1e-6, 0);
        COMPARE_NEAR(m.price(kWeek - 1, 0), 50.0, 1e-6, 0);

        market::WeekModel hourly(in, kWeek, kTolerance, kTolerance, market::StorageLevels::Hourly);
        COMPARE_NEAR(solveWeek(hourly, in, 0.0, 0.0).objective, info.objective, 1e-6, 0);
    }

    // The same demand, but the 8,400 MWh arrive in the second half. The block row alone
    // would turbine them in the first half, against the peak unit (630,008.4 €), before the
    // water is there: the rebuilt level goes below 0, and the week is solved again with
    // hourly rows. There, water can only replace gas in the second half (100 MW as it flows
    // in): first half gas 100 + peak 50 MW, 84 × (5,000 + 10,000) = 1,260,000 €; second half
    // the reservoir alone; ε × 8,400 = 8.4 €. Optimum 1,260,008.4 €.
    void reservoirRunningDryFallsBackToHourlyRows()
    {
        const market::MarketInput in = handCase(150, 100, 0, 100);
        market::WeekModel m(in, kWeek, kTolerance, kTolerance);
        const market::SolveInfo info = solveWeek(m, in, 0.0, 0.0);
        QVERIFY(info.optimal);
        QVERIFY(info.hourlyFallback);
        COMPARE_NEAR(info.objective, 1260008.4, 1e-6, 0);
        for (int h = 0; h < kWeek; ++h) {
            COMPARE_NEAR(m.discharge(h, 0), h < kWeek / 2 ? 0.0 : 100.0, 1e-6, 0);
            COMPARE_NEAR(m.thermal(h, 1), h < kWeek / 2 ? 50.0 : 0.0, 1e-6, 0);
        }
        checkLevels(m, in, 0.0);
        // The price follows the dispatch actually returned: the peak unit sets it in the
        // first half.
        COMPARE_NEAR(m.price(0, 0), 200.0, 1e-6, 0);

        // The next solve on the same model uses the block row again. Starting with
        // 8,400 MWh, 16,800 MWh can be turbined, 100 MW in every hour (all of it is worth
        // at least the gas price): the level falls to 0 at the end of hour 83 and stays
        // there. First half gas 50 MW: 84 × 2,500 = 210,000 €; ε × 16,800 = 16.8 €.
        const market::SolveInfo next = solveWeek(m, in, 8400.0, 0.0);
        QVERIFY(!next.hourlyFallback);
        COMPARE_NEAR(next.objective, 210016.8, 1e-6, 0);
        COMPARE_NEAR(m.level(83, 0), 0.0, 1e-6, 0);
        COMPARE_NEAR(m.discharge(0, 0), 100.0, 1e-6, 0);
        checkLevels(m, in, 8400.0);
    }

    // Full at the start (20,000 MWh), 200 MW of inflow in the first half and none in the
    // second; no demand in the first half, 100 MW in the second. The block row keeps the
    // water in store: it turbines 100 MW in the second half (8,400 MWh, gas stays off),
    // ends full and spills the rest, 20,000 + 16,800 − 8,400 − 20,000 = 8,400 MWh
    // (ε × 16,800 = 16.8 €). Hour by hour the reservoir is full all through the first half
    // and must spill its 16,800 MWh of inflow there; the week ends at 20,000 − 8,400 =
    // 11,600 MWh. The allocation that spills only when full spills more than the block row
    // did, so the week is solved again with hourly rows: ε × (8,400 + 16,800) = 25.2 €.
    void reservoirOverflowingFallsBackToHourlyRows()
    {
        const market::MarketInput in = handCase(0, 100, 200, 0);
        market::WeekModel m(in, kWeek, kTolerance, kTolerance);
        const market::SolveInfo info = solveWeek(m, in, 20000.0, 0.0);
        QVERIFY(info.optimal);
        QVERIFY(info.hourlyFallback);
        COMPARE_NEAR(info.objective, 25.2, 1e-6, 0);
        COMPARE_NEAR(weekTotal(m, &market::WeekModel::spill, 0), 16800.0, 1e-6, 0);
        COMPARE_NEAR(weekTotal(m, &market::WeekModel::thermal, 0), 0.0, 1e-6, 0);
        COMPARE_NEAR(m.level(kWeek - 1, 0), 11600.0, 1e-6, 0);
        checkLevels(m, in, 20000.0);
    }

    // Nearly full: start 19,000 MWh, inflow 100 MW all week, demand 50 MW (the reservoir
    // covers it; gas stays off). The level rises 50 MW an hour and is full at the end of
    // hour 19 (19,000 + 20 × 50); from hour 20 on, 50 MW are spilled: 148 × 50 = 7,400 MWh.
    // The block row gives the week's spill only; the rebuilt levels spill when full.
    // Optimum: ε × (8,400 turbined + 7,400 spilled) = 15.8 €.
    void spillIsPlacedWhenTheReservoirIsFull()
    {
        const market::MarketInput in = handCase(50, 50, 100, 100);
        market::WeekModel m(in, kWeek, kTolerance, kTolerance);
        const market::SolveInfo info = solveWeek(m, in, 19000.0, 0.0);
        QVERIFY(info.optimal);
        QVERIFY(!info.hourlyFallback);
        COMPARE_NEAR(info.objective, 15.8, 1e-6, 0);
        COMPARE_NEAR(weekTotal(m, &market::WeekModel::spill, 0), 7400.0, 1e-6, 0);
        COMPARE_NEAR(m.level(9, 0), 19500.0, 1e-6, 0);
        COMPARE_NEAR(m.level(19, 0), 20000.0, 1e-6, 0);
        COMPARE_NEAR(m.spill(19, 0), 0.0, 1e-6, 0);
        COMPARE_NEAR(m.spill(20, 0), 50.0, 1e-6, 0);
        COMPARE_NEAR(m.level(kWeek - 1, 0), 20000.0, 1e-6, 0);
        checkLevels(m, in, 19000.0);
    }

    // Second method on the sample system (NT 2030, climate year 2009): a winter and a summer
    // week solved cold with the block rows and with hourly rows for every unit have the same
    // optimum, to 1e-9 relative, and the same end levels of every storage unit (to 1e-6 of
    // its energy; the ε costs make the end level unique, weekmodel.h).
    void sampleWeeksEqualHourlyModel()
    {
        const io::OpenedStudy sample = io::openStudy(QStringLiteral(GRIDCBA_SAMPLE_STUDY));
        QVERIFY(sample.study);
        const market::MarketInputResult resolved =
            market::resolveMarketInput(*sample.study, QStringLiteral("NT"), 2030, 2009);
        QVERIFY(resolved.input);
        const market::MarketInput &in = *resolved.input;
        const std::vector<std::vector<double>> guide = market::storageGuideCurve(in);
        int reservoirs = 0;
        for (const market::StorageInput &s : in.storage)
            if (s.chargeMw <= 0.0 && s.energyMwh >= kWeek * s.dischargeMw)
                ++reservoirs;
        QVERIFY(reservoirs >= 10);
        for (int b : {2, 30}) {
            market::BlockData data;
            data.firstHour = b * kWeek;
            data.ntc = &in.ntcReference;
            for (std::size_t s = 0; s < in.storage.size(); ++s) {
                data.storageStartMwh.push_back(market::guideStartMwh(in.storage[s], guide[s], b));
                data.storageTargetMwh.push_back(
                    market::blockTargetMwh(in.storage[s], guide[s], b, data.storageStartMwh.back()));
            }
            market::WeekModel block(in, kWeek, kTolerance, kTolerance);
            market::WeekModel hourly(in, kWeek, kTolerance, kTolerance, market::StorageLevels::Hourly);
            QCOMPARE(hourly.rowCount() - block.rowCount(), reservoirs * (kWeek - 1));
            block.setBlock(data);
            hourly.setBlock(data);
            const market::SolveInfo a = block.solve();
            const market::SolveInfo h = hourly.solve();
            QVERIFY(a.optimal && h.optimal);
            QVERIFY(!a.hourlyFallback);
            COMPARE_NEAR(a.objective, h.objective, 0, 1e-9);
            for (std::size_t s = 0; s < in.storage.size(); ++s)
                COMPARE_NEAR(block.level(kWeek - 1, int(s)), hourly.level(kWeek - 1, int(s)),
                             1e-6 * std::max(1.0, in.storage[s].energyMwh), 0);
        }
    }
};

QTEST_GUILESS_MAIN(TestWeekModel)
#include "tst_weekmodel.moc"
