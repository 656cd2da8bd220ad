// One-at-a-time sweeps, switching values and the commissioning-year curve.

#include "comparenear.h"
#include "economics/evaluation.h"
#include "io/jsonformat.h"
#include "sensitivity/sweep.h"
#include "studies.h"

#include <QTest>

using namespace gridcba;
using namespace gridcba::sensitivity;

namespace {

// Worked example of methodology.md §3: PV(B1) 1894.3890, PV(CAPEX) 889.4067,
// PV(OPEX) 200.3073, NPV 804.6750 M€, IRR 9.83 %.
SweepResult workedExampleSweep()
{
    const model::Study s = test::workedExampleStudy();
    QString error;
    auto r = runSweep(s, defaultSweep(s, s.projects[0]), &error);
    if (!r)
        qFatal("%s", qPrintable(error));
    return *r;
}

const InputSweepResult &resultFor(const ScenarioSweepResult &s, InputId id)
{
    for (const InputSweepResult &r : s.inputs)
        if (r.id == id)
            return r;
    qFatal("input missing");
}

// NPV by the reference route (applyPerturbation + evaluateScenario) with one input moved.
double referenceNpv(const model::Study &s, const model::Scenario &scenario,
                    const model::Project &project, InputId id, double value)
{
    Perturbation p = Perturbation::base(s.economics);
    p.set(id, value);
    const PerturbedCase c = applyPerturbation(s.economics, scenario, project, p);
    return economics::evaluateScenario(c.economics, c.scenario, c.project, {}, nullptr)->npvEur;
}

}  // namespace

class TestSweep : public QObject
{
    Q_OBJECT

private slots:
    void switchingValuesOfTheWorkedExample_data()
    {
        QTest::addColumn<int>("input");
        QTest::addColumn<double>("expected");
        QTest::addColumn<double>("tolerance");
        // NPV = 0 at the IRR: 9.83 % published; 0.0983 ± 5e-5.
        QTest::newRow("discount rate = IRR") << int(InputId::DiscountRate) << 0.0983 << 5e-5;
        // NPV linear in the B1 factor f: f* = (PVC + PVO) / PVB = 1089.7140 / 1894.3890.
        QTest::newRow("welfare factor = 1 / (B/C)") << int(InputId::Welfare) << 0.575232420811615 << 1e-9;
        // NPV linear in the CAPEX factor c: c* = (PVB − PVO) / PVC = 1694.0817 / 889.4067.
        QTest::newRow("CAPEX factor") << int(InputId::Capex) << 1.9047323915237513 << 1e-9;
        // N whole years: NPV(11) = −45.80 M€, NPV(12) = +31.62 M€ (Python, tests/reference
        // formula of methodology.md §3); below the base N = 25, the first whole value on the
        // negative side is 11.
        QTest::newRow("operating years") << int(InputId::OperatingYears) << 11.0 << 0.0;
    }

    void switchingValuesOfTheWorkedExample()
    {
        QFETCH(int, input);
        QFETCH(double, expected);
        QFETCH(double, tolerance);
        const SweepResult r = workedExampleSweep();
        const InputSweepResult &in = resultFor(r.scenarios[0], InputId(input));
        QCOMPARE(in.npvZero.status, SwitchingValue::Status::Found);
        COMPARE_NEAR(in.npvZero.value, expected, tolerance, 0.0);
        // With the default B/C definition NPV = 0 and B/C = 1 coincide.
        QCOMPARE(in.bcOne.status, SwitchingValue::Status::Found);
        COMPARE_NEAR(in.bcOne.value, expected, tolerance, 0.0);
    }

    void switchingValuesReevaluateToZero()
    {
        // On the sample study, every switching value found makes NPV ≈ 0 when re-evaluated
        // by the reference route. Tolerance: 1 € absolute (for whole-number inputs the sign
        // change is checked instead).
        const model::Study s = *io::readStudyJsonFile(QStringLiteral(GRIDCBA_SAMPLE_JSON)).study;
        int found = 0;
        for (const model::Project &project : s.projects) {
            QString error;
            const auto r = runSweep(s, defaultSweep(s, project), &error);
            QVERIFY2(r, qPrintable(error));
            for (const ScenarioSweepResult &sc : r->scenarios)
                for (const InputSweepResult &in : sc.inputs) {
                    if (in.npvZero.status != SwitchingValue::Status::Found)
                        continue;
                    ++found;
                    const double npv = referenceNpv(s, *s.scenario(sc.scenarioId), project, in.id,
                                                    in.npvZero.value);
                    if (inputInfo(in.id).integer)
                        QVERIFY2((npv <= 0.0) != (sc.baseNpvEur <= 0.0) || npv == 0.0,
                                 inputInfo(in.id).key);
                    else
                        COMPARE_NEAR(npv, 0.0, 1.0, 0.0);
                }
        }
        QVERIFY(found > 20);
    }

    void noneInRangeWhenTheInputDoesNotMatter()
    {
        // The worked example has no B6, so VOLL cannot move its NPV.
        const SweepResult r = workedExampleSweep();
        const InputSweepResult &voll = resultFor(r.scenarios[0], InputId::Voll);
        QCOMPARE(voll.npvZero.status, SwitchingValue::Status::NoneInRange);
        COMPARE_NEAR(voll.atLow.npvEur, voll.atHigh.npvEur, 1e-6, 0.0);
    }

    void curvesAndTornadoMatchTheReference()
    {
        const model::Study s = test::workedExampleStudy();
        const SweepResult r = workedExampleSweep();
        const ScenarioSweepResult &sc = r.scenarios[0];
        COMPARE_NEAR(sc.baseNpvEur / 1e6, 804.6750, 5e-5, 0.0);
        for (const InputSweepResult &in : sc.inputs) {
            QCOMPARE(int(in.curve.size()), 9);
            for (const SweepPoint &p : in.curve)
                COMPARE_NEAR(p.npvEur, referenceNpv(s, s.scenarios[0], s.projects[0], in.id, p.value),
                             1e-3, 1e-9);
        }
        const auto order = tornadoOrder(sc);
        for (std::size_t i = 1; i < order.size(); ++i)
            QVERIFY(std::abs(order[i - 1]->atHigh.npvEur - order[i - 1]->atLow.npvEur) >=
                    std::abs(order[i]->atHigh.npvEur - order[i]->atLow.npvEur));
    }

    void commissioningYearCurve()
    {
        const model::Study s = test::workedExampleStudy();
        const SweepResult r = workedExampleSweep();
        const auto &curve = r.scenarios[0].npvByCommissioningYear;
        QCOMPARE(int(curve.size()), 7);
        QCOMPARE(curve.front().first, 2027);
        QCOMPARE(curve[3].first, 2030);
        COMPARE_NEAR(curve[3].second, r.scenarios[0].baseNpvEur, 1e-6, 0.0);
        for (const auto &[year, npv] : curve)
            COMPARE_NEAR(npv, referenceNpv(s, s.scenarios[0], s.projects[0],
                                           InputId::CommissioningShift, year - 2030),
                         1e-3, 1e-9);
    }

    void badDefinitionsAreRefused()
    {
        const model::Study s = test::workedExampleStudy();
        SweepDefinition d = defaultSweep(s, s.projects[0]);
        QString error;
        d.points = 1;
        QVERIFY(!runSweep(s, d, &error));
        QVERIFY(error.contains(QStringLiteral("2 points")));
        d = defaultSweep(s, s.projects[0]);
        d.inputs[0].low = 0.1;
        d.inputs[0].high = 0.0;
        QVERIFY(!runSweep(s, d, &error));
        QVERIFY2(error.startsWith(QStringLiteral("discountRate: ")), qPrintable(error));
        d.projectId = QStringLiteral("nope");
        QVERIFY(!runSweep(s, d, &error));
        QVERIFY(error.contains(QStringLiteral("nope")));
    }
};

QTEST_GUILESS_MAIN(TestSweep)
#include "tst_sweep.moc"
