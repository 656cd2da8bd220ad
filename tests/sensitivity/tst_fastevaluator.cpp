// The fast evaluator against the reference route (applyPerturbation + evaluateScenario) on
// the sample study and the worked example, for the base case, each input alone, and random
// perturbations of all inputs at once.

#include "comparenear.h"
#include "economics/evaluation.h"
#include "io/jsonformat.h"
#include "sensitivity/fastevaluator.h"
#include "studies.h"

#include <QTest>

#include <random>

using namespace gridcba;
using namespace gridcba::sensitivity;

namespace {

model::Study sample()
{
    return *io::readStudyJsonFile(QStringLiteral(GRIDCBA_SAMPLE_JSON)).study;
}

// NPV and B/C by the reference route.
std::optional<FastResult> reference(const model::Study &s, const model::Scenario &scenario,
                                    const model::Project &project, const Perturbation &p)
{
    const PerturbedCase c = applyPerturbation(s.economics, scenario, project, p);
    economics::EvaluationOptions o;
    o.computeIrr = false;
    o.computeVariants = false;
    const auto r = economics::evaluateScenario(c.economics, c.scenario, c.project, o, nullptr);
    if (!r)
        return std::nullopt;
    return FastResult{r->npvEur, r->bcRatio};
}

Perturbation randomPerturbation(const model::Study &s, const model::Project &project,
                                std::mt19937_64 &rng)
{
    Perturbation p = Perturbation::base(s.economics);
    for (const InputInfo &info : inputInfos()) {
        const InputRange r = defaultSweepRange(info.id, s, project);
        // Twice the default range around the base, to leave the comfortable middle.
        const double base = baseValue(info.id, s.economics);
        std::uniform_real_distribution<double> u(base - 2 * (base - r.low), base + 2 * (r.high - base));
        double v = u(rng);
        if (info.integer)
            v = std::round(v);
        if (info.id == InputId::OperatingYears)
            v = std::max(1.0, v);
        if (info.id == InputId::FirstYearFraction)
            v = std::clamp(v, 0.05, 1.0);
        if (info.id == InputId::Voll)
            v = std::max(0.05, v);  // VOLL 0 is refused by the engine, by design
        p.set(info.id, v);
    }
    return p;
}

// Agreement within 1e-9 relative of the present values involved (1e-3 € absolute floor):
// both routes sum the same ~30 discounted flows in a different order and with discount
// factors by recurrence instead of pow.
void compare(const FastResult &fast, const FastResult &ref)
{
    COMPARE_NEAR(fast.npvEur, ref.npvEur, 1e-3, 1e-9);
    QCOMPARE(fast.bcRatio.has_value(), ref.bcRatio.has_value());
    if (ref.bcRatio)
        COMPARE_NEAR(*fast.bcRatio, *ref.bcRatio, 1e-12, 1e-9);
}

}  // namespace

class TestFastEvaluator : public QObject
{
    Q_OBJECT

private slots:
    void baseCaseEqualsEngine()
    {
        const model::Study s = sample();
        for (const model::Project &project : s.projects)
            for (const model::Scenario &scenario : s.scenarios) {
                auto fast = FastEvaluator::create(s.economics, scenario, project, nullptr);
                const auto ref = reference(s, scenario, project, Perturbation::base(s.economics));
                QCOMPARE(fast.has_value(), ref.has_value());  // P3 has no GA inputs
                if (ref)
                    compare(fast->evaluate(Perturbation::base(s.economics)), *ref);
            }
    }

    void eachInputAlone_data()
    {
        QTest::addColumn<int>("input");
        for (const InputInfo &info : inputInfos())
            QTest::newRow(info.key) << int(info.id);
    }

    void eachInputAlone()
    {
        QFETCH(int, input);
        const InputId id = InputId(input);
        model::Study s = sample();
        s.economics.residualValue = model::ResidualValueMethod::Linear;
        for (const model::Project &project : s.projects) {
            const InputRange r = defaultSweepRange(id, s, project);
            for (double v : {r.low, r.high}) {
                Perturbation p = Perturbation::base(s.economics);
                p.set(id, v);
                const model::Scenario &scenario = s.scenarios[0];
                auto fast = FastEvaluator::create(s.economics, scenario, project, nullptr);
                QVERIFY(fast);
                const auto ref = reference(s, scenario, project, p);
                QVERIFY(ref);
                compare(fast->evaluate(p), *ref);
            }
        }
    }

    void randomPerturbations_data()
    {
        QTest::addColumn<bool>("netOfOpex");
        QTest::addColumn<bool>("linearResidual");
        QTest::newRow("default B/C, no residual value") << false << false;
        QTest::newRow("B/C net of OPEX, linear residual value") << true << true;
    }

    void randomPerturbations()
    {
        QFETCH(bool, netOfOpex);
        QFETCH(bool, linearResidual);
        model::Study s = sample();
        s.projects.push_back(test::workedExampleStudy().projects[0]);
        s.projects.back().indicatorInputs[0].scenarioId = QStringLiteral("NT");
        s.projects.back().indicatorInputs[1].scenarioId = QStringLiteral("NT");
        s.projects.back().investments[0].decommissioningEur = 40e6;
        s.economics.bcRatio = netOfOpex ? model::BcRatioDefinition::NetOfOpex
                                        : model::BcRatioDefinition::BenefitsOverCosts;
        s.economics.residualValue = linearResidual ? model::ResidualValueMethod::Linear
                                                   : model::ResidualValueMethod::None;
        std::mt19937_64 rng(20261125);
        int compared = 0;
        for (const model::Project &project : s.projects)
            for (const model::Scenario &scenario : s.scenarios) {
                auto fast = FastEvaluator::create(s.economics, scenario, project, nullptr);
                if (!fast)
                    continue;
                for (int i = 0; i < 200; ++i) {
                    const Perturbation p = randomPerturbation(s, project, rng);
                    const auto ref = reference(s, scenario, project, p);
                    QVERIFY(ref);
                    compare(fast->evaluate(p), *ref);
                    ++compared;
                }
            }
        QCOMPARE(compared, 9 * 200);  // 3 + 3 + 2 + 1 assessed project-scenario pairs
    }

    void invalidBaseCaseIsRefused()
    {
        model::Study s = test::workedExampleStudy();
        s.projects[0].indicatorInputs[1].b1Eur.reset();
        economics::EvaluationError error;
        QVERIFY(!FastEvaluator::create(s.economics, s.scenarios[0], s.projects[0], &error));
        QVERIFY(error.message.contains(QStringLiteral("B1")));
    }
};

QTEST_GUILESS_MAIN(TestFastEvaluator)
#include "tst_fastevaluator.moc"
