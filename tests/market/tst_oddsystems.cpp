// The market engine on odd but valid systems (issue 7, bad input): a zone without demand, a
// border with NTC 0 both ways, a cluster of capacity 0 and a storage unit without energy.
// The study validates, the input resolves, one week's LP is feasible and optimal, and what
// can only be zero is zero.
//
// The system: AA (demand 100 MW, a 200 MW cluster at 50 €/MWh), BB (no demand, a storage
// unit of 10 MW and 0 MWh, joined to AA by a border of 0 MW both ways) and CC (demand 50 MW,
// a cluster of 0 MW, joined to AA by 100 MW both ways). By hand: AA generates 150 MW, 50 of
// which flow to CC; BB neither produces nor consumes; nothing is unserved; the price is
// 50 €/MWh in AA and 50 + hurdle in CC.

#include "comparenear.h"
#include "market/dispatchrun.h"
#include "market/marketinput.h"
#include "market/weekmodel.h"
#include "marketstudies.h"
#include "model/validation.h"

#include <QTest>

using namespace gridcba;
using namespace gridcba::test;

namespace {

constexpr double kTol = 1e-6;

model::Study oddStudy()
{
    model::Study s = marketStudy();
    addZone(s, QStringLiteral("AA"), 100);
    addZone(s, QStringLiteral("BB"), 0, QString());  // no demand, no demand profile
    addZone(s, QStringLiteral("CC"), 50);
    addCluster(s, QStringLiteral("base"), QStringLiteral("AA"), 200, 50);
    addCluster(s, QStringLiteral("empty"), QStringLiteral("CC"), 0, 10);
    addBorder(s, QStringLiteral("AA"), QStringLiteral("BB"), 0, 0);
    addBorder(s, QStringLiteral("AA"), QStringLiteral("CC"), 100, 100);
    model::StorageUnit unit;
    unit.id = QStringLiteral("no-energy");
    unit.zone = QStringLiteral("BB");
    unit.technology = QStringLiteral("battery");
    unit.chargeMw = 10;
    unit.dischargeMw = 10;
    unit.energyMwh = 0;
    unit.roundTripEfficiency = 0.9;
    systemOf(s).storage.push_back(unit);
    return s;
}

}  // namespace

class TestOddSystems : public QObject
{
    Q_OBJECT

private slots:
    void oneWeek()
    {
        const model::Study s = oddStudy();
        QCOMPARE(model::formatIssues(model::validate(s)), QString());
        const market::MarketInputResult r =
            market::resolveMarketInput(s, QStringLiteral("S"), 2030, 2009);
        QVERIFY2(r.input, qPrintable(r.error.path + QStringLiteral(": ") + r.error.message));
        const market::MarketInput &in = *r.input;
        QCOMPARE(in.zoneCount(), 3);

        market::WeekModel week(in, market::kBlockHours, 1e-9, 1e-9);
        market::BlockData block;
        block.firstHour = 0;
        block.ntc = &in.ntcReference;
        block.storageStartMwh = {0.0};
        block.storageTargetMwh = {0.0};
        week.setBlock(block);
        const market::SolveInfo info = week.solve();
        QVERIFY2(info.optimal, qPrintable(QStringLiteral("Clp status %1").arg(info.status)));
        QVERIFY(std::isfinite(info.objective));

        const double hurdle = s.market.hurdleCostEurPerMwh;
        for (int h = 0; h < week.hours(); ++h) {
            // AA and CC: served by the 200 MW cluster, 50 MW over the border to CC.
            COMPARE_NEAR(week.thermal(h, 0), 150, kTol, 0);
            COMPARE_NEAR(week.thermal(h, 1), 0, kTol, 0);  // the 0 MW cluster
            COMPARE_NEAR(week.flowForward(h, 1), 50, kTol, 0);
            COMPARE_NEAR(week.flowBackward(h, 1), 0, kTol, 0);
            // The 0 MW border carries nothing either way.
            COMPARE_NEAR(week.flowForward(h, 0), 0, kTol, 0);
            COMPARE_NEAR(week.flowBackward(h, 0), 0, kTol, 0);
            // BB: no demand, and a storage unit without energy neither charges nor
            // discharges (charging would need somewhere to put the energy).
            COMPARE_NEAR(week.demand(h, 1), 0, kTol, 0);
            COMPARE_NEAR(week.charge(h, 0), 0, kTol, 0);
            COMPARE_NEAR(week.discharge(h, 0), 0, kTol, 0);
            COMPARE_NEAR(week.level(h, 0), 0, kTol, 0);
            for (int z = 0; z < 3; ++z) {
                COMPARE_NEAR(week.unserved(h, z), 0, kTol, 0);
                COMPARE_NEAR(week.dumped(h, z), 0, kTol, 0);
                QVERIFY(std::isfinite(week.price(h, z)));
            }
            COMPARE_NEAR(week.price(h, 0), 50, 1e-6, 0);
            COMPARE_NEAR(week.price(h, 2), 50 + hurdle, 1e-6, 0);
        }
        // The objective: 150 MW at 50 €/MWh and 50 MW of hurdle cost, every hour.
        COMPARE_NEAR(info.objective, market::kBlockHours * (150 * 50 + 50 * hurdle), 1e-6, 1e-9);
    }

    // The same system dispatched through the year's runner for its first weeks' totals: the
    // zone without demand ends with zeros everywhere.
    void zoneWithoutDemandTotals()
    {
        const model::Study s = oddStudy();
        const market::MarketInputResult r =
            market::resolveMarketInput(s, QStringLiteral("S"), 2030, 2009);
        QVERIFY(r.input);
        market::DispatchOptions options;
        options.recordPrices = false;
        const market::SingleRun run = market::runYear(*r.input, r.input->ntcReference, options);
        QVERIFY2(run.totals, qPrintable(run.error));
        const market::ZoneTotals &bb = run.totals->zones[1];
        for (double v : {bb.demandMwh, bb.unservedMwh, bb.thermalMwh, bb.storageChargeMwh,
                         bb.storageDischargeMwh, bb.exportsMwh, bb.importsMwh, bb.dumpedMwh,
                         bb.generationCostEur})
            COMPARE_NEAR(v, 0, 1e-3, 0);
        COMPARE_NEAR(run.totals->zones[2].importsMwh, 50.0 * model::kHoursPerYear, 0, 1e-6);
        COMPARE_NEAR(run.totals->sum(&market::ZoneTotals::unservedMwh), 0, 1e-3, 0);
    }
};

QTEST_GUILESS_MAIN(TestOddSystems)
#include "tst_oddsystems.moc"
