// The economics engine (core/economics/evaluation.h) against methodology.md §2–§3, with every
// expected value worked out independently of the engine: the published worked example of §3,
// or a formula written next to the value that a reader can recompute by hand or in Python.
//
// Notation in the comments: amounts in M€, d(t) = 1.04^−(t − 2025) is the discount factor of
// year t (r = 4 %, t0 = 2025), and A = Σ_{t=2030..2054} d(t) = (1 − 1.04^−25) / 0.04 / 1.04^4
// = 13.3538194084 is the PV of 1 M€/yr over the worked example's 25 operating years.
// The worked example's parts, reused below:
//   PVC = 300 d(2027) + 400 d(2028) + 300 d(2029)                        = 889.4066646826
//   PVO = 15 A                                                          = 200.3072911265
//   PVB = Σ_{t=2030..2039} (100 + 6 (t − 2030)) d(t) + 160 Σ_{t=2040..2054} d(t)
//                                                                       = 1894.3889745846
//   NPV0 = PVB − PVC − PVO                                              = 804.6750187755

#include "economics/evaluation.h"
#include "model/validation.h"
#include "comparenear.h"
#include "studies.h"

#include <QStringList>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <functional>
#include <map>
#include <optional>
#include <utility>
#include <vector>

using namespace gridcba;
using economics::CashFlowYear;
using economics::IrrOutcome;
using economics::ScenarioEvaluation;
using economics::Stream;

using Mutation = std::function<void(model::Study &)>;
using YearValues = std::vector<std::pair<int, double>>;  // (year, M€)
using Deflator = std::map<int, double>;                 // price index by year
Q_DECLARE_METATYPE(Mutation)
Q_DECLARE_METATYPE(YearValues)
Q_DECLARE_METATYPE(Deflator)
Q_DECLARE_METATYPE(IrrOutcome)
Q_DECLARE_METATYPE(Stream)

namespace {

constexpr double kMeur = 1e6;

// Figures published in methodology.md §3 are rounded to 4 decimals (of M€, of the ratio, of
// the rate): the engine must agree within half a unit of the last printed digit.
constexpr double kPublishedEur = 0.5e-4 * kMeur;
constexpr double kPublishedRatio = 0.5e-4;
// Values worked out here to 10 decimals of M€: the engine sums the same few dozen doubles in
// another order (rounding ~1e-15 relative), so 1e-9 relative leaves ample room for rounding
// while the smallest effect tested (part of one year's flow) moves a result by > 1e-3.
constexpr double kRel = 1e-9;
constexpr double kAbsEur = 1e-3;     // for expected amounts that are zero
constexpr double kAbsRatio = 1e-9;   // B/C ratios and rates

constexpr double kPvc = 889.4066646826;
constexpr double kPvo = 200.3072911265;
constexpr double kPvb = 1894.3889745846;
constexpr double kNpv0 = 804.6750187755;

model::IndicatorInput &input(model::Study &s, int year)
{
    auto &in = s.projects[0].indicatorInputs;
    return *std::find_if(in.begin(), in.end(), [&](const auto &i) { return i.year == year; });
}

model::Investment &investment(model::Study &s) { return s.projects[0].investments[0]; }

void setB1(model::Study &s, double meur2030, double meur2040)
{
    input(s, 2030).b1Eur = meur2030 * kMeur;
    input(s, 2040).b1Eur = meur2040 * kMeur;
}

// Replaces the scenario's study years and B1 inputs by `points` (year, M€/yr); the other
// study-year parameters stay those of the worked example's 2030.
void setB1Points(model::Study &s, const YearValues &points)
{
    model::Scenario &sc = s.scenarios[0];
    const model::StudyYear base = sc.studyYears.front();
    const model::IndicatorInput baseInput = s.projects[0].indicatorInputs.front();
    sc.studyYears.clear();
    s.projects[0].indicatorInputs.clear();
    for (const auto &[year, meur] : points) {
        model::StudyYear y = base;
        y.year = year;
        sc.studyYears.push_back(y);
        model::IndicatorInput in = baseInput;
        in.year = year;
        in.b1Eur = meur * kMeur;
        s.projects[0].indicatorInputs.push_back(in);
    }
}

// Moves commissioning to `year`, the 300/400/300 CAPEX phasing moving with it.
void commissionIn(model::Study &s, int year)
{
    const int shift = year - s.projects[0].commissioningYear;
    s.projects[0].commissioningYear = year;
    for (model::CapexYear &c : investment(s).capex)
        c.year += shift;
}

// CAPEX at −20 % / +30 % of central in every year.
void capexRange(model::Study &s)
{
    for (model::CapexYear &c : investment(s).capex) {
        c.lowEur = 0.8 * c.centralEur;
        c.highEur = 1.3 * c.centralEur;
    }
}

// Net flows −100 (2025), +230 (2026), 230 − 361.484375 = −131.484375 (2027) M€. With
// x = 1 + r, NPV·x² ∝ −100x² + 230x − 131.484375 = −100 (x − 1.0625)(x − 1.2375): roots at
// r = 6.25 % and 23.75 % (two sign changes of the flows, two IRRs).
void twoSignChanges(model::Study &s)
{
    s.economics.operatingYears = 2;
    s.projects[0].commissioningYear = 2026;
    investment(s).capex = {{2025, 100e6, 100e6, 100e6}};
    investment(s).opexEurPerYear = 0.0;
    investment(s).decommissioningEur = 361.484375e6;
    setB1(s, 230, 230);
}

// Validates the study, then evaluates its first project in its first scenario.
struct Run
{
    std::optional<ScenarioEvaluation> result;
    QString problem;
};

Run run(const model::Study &s, const economics::EvaluationOptions &options = {})
{
    Run out;
    const auto issues = model::validate(s);
    if (!issues.empty()) {
        out.problem = QStringLiteral("study does not validate:\n") + model::formatIssues(issues);
        return out;
    }
    economics::EvaluationError error;
    out.result = economics::evaluateScenario(s.economics, s.scenarios[0], s.projects[0], options,
                                             &error);
    if (!out.result)
        out.problem = error.path + QStringLiteral(": ") + error.message;
    return out;
}

Run runMutated(const Mutation &mutate, const economics::EvaluationOptions &options = {})
{
    model::Study s = test::workedExampleStudy();
    mutate(s);
    return run(s, options);
}

const CashFlowYear *rowOf(const ScenarioEvaluation &e, int year)
{
    auto it = std::find_if(e.cashFlows.begin(), e.cashFlows.end(),
                           [&](const CashFlowYear &r) { return r.year == year; });
    return it == e.cashFlows.end() ? nullptr : &*it;
}

double streamOf(const CashFlowYear &row, Stream s) { return row.benefits[std::size_t(s)]; }

const Mutation kNoChange = [](model::Study &) {};

}  // namespace

class TestEvaluation : public QObject
{
    Q_OBJECT

private slots:
    // methodology.md §3, worked example: published figures (4 decimals), except where noted.
    void workedExample_data()
    {
        QTest::addColumn<Mutation>("mutate");
        QTest::addColumn<double>("pvResidualMeur");
        QTest::addColumn<double>("npvMeur");
        QTest::addColumn<double>("bc");
        QTest::addColumn<double>("irr");
        QTest::addColumn<QString>("note");
        QTest::newRow("no residual value")
            << kNoChange << 0.0 << 804.6750 << 1.7384 << 0.0983 << QString();
        // Published: RV = 1000 × (40 − 25) / 40 = 375 in 2054, PV 120.2443, NPV 924.9193.
        // B/C = (1894.3890 + 120.2443) / (889.4067 + 200.3073) = 1.8488; IRR 10.15 %, by
        // bisection in Python of Σ net_t (1 + x)^−(t − 2025) with net 2054 = 160 − 15 + 375.
        QTest::newRow("linear residual value, T = 40")
            << Mutation([](model::Study &s) {
                   s.economics.residualValue = model::ResidualValueMethod::Linear;
               })
            << 120.2443 << 924.9193 << 1.8488 << 0.1015 << QStringLiteral("linear");
        // T = N: (T − N) / T = 0, so no residual value and the figures of the first row.
        QTest::newRow("linear residual value, T = N = 25")
            << Mutation([](model::Study &s) {
                   s.economics.residualValue = model::ResidualValueMethod::Linear;
                   investment(s).technicalLifetimeYears = 25;
               })
            << 0.0 << 804.6750 << 1.7384 << 0.0983 << QStringLiteral("no residual value");
    }

    void workedExample()
    {
        QFETCH(Mutation, mutate);
        QFETCH(double, pvResidualMeur);
        QFETCH(double, npvMeur);
        QFETCH(double, bc);
        QFETCH(double, irr);
        QFETCH(QString, note);
        const Run r = runMutated(mutate);
        QVERIFY2(r.result, qPrintable(r.problem));
        const ScenarioEvaluation &e = *r.result;
        COMPARE_NEAR(e.pvCapexEur, 889.4067 * kMeur, kPublishedEur, 0.0);
        COMPARE_NEAR(e.pvOpexEur, 200.3073 * kMeur, kPublishedEur, 0.0);
        COMPARE_NEAR(e.pvHeadlineBenefitsEur, 1894.3890 * kMeur, kPublishedEur, 0.0);
        COMPARE_NEAR(e.pvBenefits[std::size_t(Stream::B1)], 1894.3890 * kMeur, kPublishedEur, 0.0);
        COMPARE_NEAR(e.pvResidualValueEur, pvResidualMeur * kMeur, kPublishedEur, 0.0);
        COMPARE_NEAR(e.npvEur, npvMeur * kMeur, kPublishedEur, 0.0);
        QVERIFY(e.bcRatio);
        COMPARE_NEAR(*e.bcRatio, bc, kPublishedRatio, 0.0);
        QCOMPARE(e.irrOutcome, IrrOutcome::Found);
        QVERIFY(e.irr);
        COMPARE_NEAR(*e.irr, irr, kPublishedRatio, 0.0);
        if (!note.isEmpty())
            QVERIFY2(e.notes.join(u'\n').contains(note), qPrintable(e.notes.join(u'\n')));
        // Residual value is booked in the last year of the assessment period (2030 + 25 − 1).
        COMPARE_NEAR(e.cashFlows.back().residualValueEur,
                     pvResidualMeur > 0.0 ? 375.0 * kMeur : 0.0, kAbsEur, kRel);
    }

    // Yearly rows of the worked example: CAPEX as phased, zero benefits before 2030, then
    // 100 + (160 − 100) × (t − 2030) / 10 until 2040 and 160 after it; OPEX 15 from 2030.
    void workedExampleCashFlows_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<double>("capexMeur");
        QTest::addColumn<double>("opexMeur");
        QTest::addColumn<double>("benefitMeur");
        QTest::newRow("2027 first CAPEX year") << 2027 << 300.0 << 0.0 << 0.0;
        QTest::newRow("2028") << 2028 << 400.0 << 0.0 << 0.0;
        QTest::newRow("2029 year before commissioning") << 2029 << 300.0 << 0.0 << 0.0;
        QTest::newRow("2030 commissioning year") << 2030 << 0.0 << 15.0 << 100.0;
        QTest::newRow("2031") << 2031 << 0.0 << 15.0 << 106.0;
        QTest::newRow("2035 halfway between study years") << 2035 << 0.0 << 15.0 << 130.0;
        QTest::newRow("2039") << 2039 << 0.0 << 15.0 << 154.0;
        QTest::newRow("2040 last study year") << 2040 << 0.0 << 15.0 << 160.0;
        QTest::newRow("2054 last year assessed") << 2054 << 0.0 << 15.0 << 160.0;
    }

    void workedExampleCashFlows()
    {
        QFETCH(int, year);
        QFETCH(double, capexMeur);
        QFETCH(double, opexMeur);
        QFETCH(double, benefitMeur);
        const Run r = run(test::workedExampleStudy());
        QVERIFY2(r.result, qPrintable(r.problem));
        // Assessment period: first CAPEX year 2027 to 2030 + 25 − 1 = 2054, 28 rows.
        QCOMPARE(r.result->cashFlows.size(), std::size_t(28));
        QCOMPARE(r.result->cashFlows.front().year, 2027);
        QCOMPARE(r.result->cashFlows.back().year, 2054);
        const CashFlowYear *row = rowOf(*r.result, year);
        QVERIFY(row);
        COMPARE_NEAR(row->capexEur, capexMeur * kMeur, kAbsEur, kRel);
        COMPARE_NEAR(row->opexEur, opexMeur * kMeur, kAbsEur, kRel);
        COMPARE_NEAR(streamOf(*row, Stream::B1), benefitMeur * kMeur, kAbsEur, kRel);
        COMPARE_NEAR(row->headlineBenefitsEur(), benefitMeur * kMeur, kAbsEur, kRel);
        COMPARE_NEAR(row->netEur(), (benefitMeur - capexMeur - opexMeur) * kMeur, kAbsEur, kRel);
        COMPARE_NEAR(row->discountFactor, 1.0 / std::pow(1.04, year - 2025), kAbsRatio, kRel);
    }

    // interpolate(): constant before the first and after the last point, linear between.
    void interpolate_data()
    {
        QTest::addColumn<YearValues>("points");
        QTest::addColumn<int>("year");
        QTest::addColumn<double>("expected");
        const YearValues two = {{2030, 100.0}, {2040, 160.0}};
        const YearValues three = {{2030, 100.0}, {2040, 160.0}, {2050, 130.0}};
        QTest::newRow("before the first point") << two << 2025 << 100.0;
        QTest::newRow("at the first point") << two << 2030 << 100.0;
        QTest::newRow("between points") << two << 2033 << 118.0;  // 100 + 60 × 3/10
        QTest::newRow("at the last point") << two << 2040 << 160.0;
        QTest::newRow("after the last point") << two << 2060 << 160.0;
        QTest::newRow("between later points") << three << 2045 << 145.0;  // 160 − 30 × 5/10
        QTest::newRow("single point, before") << YearValues{{2030, 42.0}} << 2020 << 42.0;
        QTest::newRow("single point, after") << YearValues{{2030, 42.0}} << 2050 << 42.0;
    }

    void interpolate()
    {
        QFETCH(YearValues, points);
        QFETCH(int, year);
        QFETCH(double, expected);
        COMPARE_NEAR(economics::interpolate(points, year), expected, kAbsRatio, kRel);
    }

    // Benefits over time through the engine, with the commissioning year moved around the
    // study years (the CAPEX phasing moves with it; N = 25 throughout).
    void benefitsOverTime_data()
    {
        QTest::addColumn<int>("commissioning");
        QTest::addColumn<YearValues>("studyYears");   // B1 per study year, M€/yr
        QTest::addColumn<YearValues>("expectedRows"); // B1 in the cash flow, M€
        QTest::addColumn<double>("pvBenefitsMeur");
        const YearValues twoYears = {{2030, 100.0}, {2040, 160.0}};
        // PV = 100 Σ_{2027..2030} d(t) + Σ_{2031..2039} (100 + 6 (t − 2030)) d(t)
        //      + 160 Σ_{2040..2051} d(t)
        QTest::newRow("commissioning before the first study year")
            << 2027 << twoYears
            << YearValues{{2026, 0}, {2027, 100}, {2029, 100}, {2030, 100}, {2031, 106},
                          {2040, 160}, {2051, 160}}
            << 2001.0733778798;
        // PV = Σ_{2033..2039} (100 + 6 (t − 2030)) d(t) + 160 Σ_{2040..2057} d(t)
        QTest::newRow("commissioning between study years")
            << 2033 << twoYears
            << YearValues{{2032, 0}, {2033, 118}, {2034, 124}, {2039, 154}, {2040, 160},
                          {2057, 160}}
            << 1785.6860276153;
        // PV = 160 Σ_{2045..2069} d(t)
        QTest::newRow("commissioning after the last study year")
            << 2045 << twoYears << YearValues{{2044, 0}, {2045, 160}, {2069, 160}}
            << 1186.3843029035;
        // PV = 100 Σ_{2033..2057} d(t)
        QTest::newRow("single study year: constant")
            << 2033 << YearValues{{2030, 100.0}} << YearValues{{2032, 0}, {2033, 100}, {2057, 100}}
            << 1187.1496828447;
        // PV = Σ_{2030..2039} (100 + 6 (t − 2030)) d(t) + Σ_{2040..2049} (160 − 3 (t − 2040)) d(t)
        //      + 130 Σ_{2050..2054} d(t)
        QTest::newRow("three study years")
            << 2030 << YearValues{{2030, 100.0}, {2040, 160.0}, {2050, 130.0}}
            << YearValues{{2029, 0}, {2035, 130}, {2045, 145}, {2050, 130}, {2054, 130}}
            << 1783.5895197082;
    }

    void benefitsOverTime()
    {
        QFETCH(int, commissioning);
        QFETCH(YearValues, studyYears);
        QFETCH(YearValues, expectedRows);
        QFETCH(double, pvBenefitsMeur);
        const Run r = runMutated([&](model::Study &s) {
            commissionIn(s, commissioning);
            setB1Points(s, studyYears);
        });
        QVERIFY2(r.result, qPrintable(r.problem));
        for (const auto &[year, meur] : expectedRows) {
            const CashFlowYear *row = rowOf(*r.result, year);
            QVERIFY2(row, qPrintable(QStringLiteral("no cash-flow row for %1").arg(year)));
            COMPARE_NEAR(streamOf(*row, Stream::B1), meur * kMeur, kAbsEur, kRel);
        }
        QCOMPARE(r.result->cashFlows.back().year, commissioning + 24);
        COMPARE_NEAR(r.result->pvHeadlineBenefitsEur, pvBenefitsMeur * kMeur, kAbsEur, kRel);
    }

    // NPV, B/C and IRR away from the worked example's comfortable case.
    void signsAndIrr_data()
    {
        QTest::addColumn<Mutation>("mutate");
        QTest::addColumn<double>("npvMeur");
        QTest::addColumn<double>("bc");
        QTest::addColumn<IrrOutcome>("irrOutcome");
        QTest::addColumn<double>("irr");  // ignored unless an IRR is found
        // NPV = −(PVC + PVO); B/C = 0 / (PVC + PVO); every net flow negative: no IRR.
        QTest::newRow("zero benefits")
            << Mutation([](model::Study &s) { setB1(s, 0, 0); })
            << -1089.7139558091 << 0.0 << IrrOutcome::NoSignChange << 0.0;
        // NPV = 10 A − PVC − PVO; B/C = 10 A / (PVC + PVO); net 10 − 15 < 0 every year.
        QTest::newRow("benefits below OPEX: no sign change")
            << Mutation([](model::Study &s) { setB1(s, 10, 10); })
            << -956.1757617248 << 0.1225442634 << IrrOutcome::NoSignChange << 0.0;
        // NPV = 70 A − PVC − PVO; B/C = 70 A / (PVC + PVO); IRR by bisection in Python of
        // −300 d'(2027) − 400 d'(2028) − 300 d'(2029) + 55 Σ_{2030..2054} d'(t),
        // d'(t) = (1 + x)^−(t − 2025): 2.4067 %, below r, as a negative NPV requires.
        QTest::newRow("negative NPV, IRR below the discount rate")
            << Mutation([](model::Study &s) { setB1(s, 70, 70); })
            << -154.9465972187 << 0.8578098441 << IrrOutcome::Found << 0.024066893859;
        // NPV = PVB − PVO; B/C = PVB / PVO; every net flow positive: no IRR.
        QTest::newRow("no CAPEX: every flow positive")
            << Mutation([](model::Study &s) { investment(s).capex.clear(); })
            << 1694.0816834581 << 9.4574139760 << IrrOutcome::NoSignChange << 0.0;
        // NPV = −100 + 230/1.04 − 131.484375/1.04² = −0.4108496672;
        // B/C = (230/1.04 + 230/1.04²) / (100 + 361.484375/1.04²) = 433.8017751479 / 434.2126248151
        // (decommissioning is a cost); two roots, 6.25 % and 23.75 %: no single IRR.
        QTest::newRow("two sign changes: multiple IRRs")
            << Mutation(twoSignChanges) << -0.4108496672 << 0.9990538053 << IrrOutcome::Multiple
            << 0.0625;
    }

    void signsAndIrr()
    {
        QFETCH(Mutation, mutate);
        QFETCH(double, npvMeur);
        QFETCH(double, bc);
        QFETCH(IrrOutcome, irrOutcome);
        QFETCH(double, irr);
        const Run r = runMutated(mutate);
        QVERIFY2(r.result, qPrintable(r.problem));
        COMPARE_NEAR(r.result->npvEur, npvMeur * kMeur, kAbsEur, kRel);
        QVERIFY(r.result->bcRatio);
        COMPARE_NEAR(*r.result->bcRatio, bc, kAbsRatio, kRel);
        QCOMPARE(r.result->irrOutcome, irrOutcome);
        QCOMPARE(r.result->irr.has_value(), irrOutcome == IrrOutcome::Found);
        if (r.result->irr)
            COMPARE_NEAR(*r.result->irr, irr, kAbsRatio, kRel);
        if (irrOutcome == IrrOutcome::Multiple) {
            // −100(x − 1.0625)(x − 1.2375) with x = 1 + r has its roots at 6.25 % and 23.75 %.
            QCOMPARE(r.result->irrRoots.size(), std::size_t(2));
            COMPARE_NEAR(r.result->irrRoots[0], 0.0625, kAbsRatio, kRel);
            COMPARE_NEAR(r.result->irrRoots[1], 0.2375, kAbsRatio, kRel);
        } else {
            QCOMPARE(r.result->irrRoots.size(), r.result->irr ? std::size_t(1) : std::size_t(0));
        }
    }

    // npvAtRate(): at the discount rate it is the NPV, at 0 the undiscounted sum, at the IRR 0.
    void npvAtRate_data()
    {
        QTest::addColumn<Mutation>("mutate");
        QTest::addColumn<double>("undiscountedMeur");
        QTest::addColumn<double>("otherRoot");  // a second hand-derived root, or 0 for none
        // Σ benefits = Σ_{k=0..9} (100 + 6k) + 15 × 160 = 1270 + 2400 = 3670;
        // 3670 − 1000 (CAPEX) − 25 × 15 (OPEX) = 2295.
        QTest::newRow("worked example") << kNoChange << 2295.0 << 0.0;
        QTest::newRow("worked example with residual value")
            << Mutation([](model::Study &s) {
                   s.economics.residualValue = model::ResidualValueMethod::Linear;
               })
            << 2295.0 + 375.0 << 0.0;
        // −100 + 230 − 131.484375; roots 6.25 % and 23.75 %.
        QTest::newRow("two sign changes") << Mutation(twoSignChanges) << -1.484375 << 0.2375;
    }

    void npvAtRate()
    {
        QFETCH(Mutation, mutate);
        QFETCH(double, undiscountedMeur);
        QFETCH(double, otherRoot);
        const Run r = runMutated(mutate);
        QVERIFY2(r.result, qPrintable(r.problem));
        const ScenarioEvaluation &e = *r.result;
        COMPARE_NEAR(economics::npvAtRate(e.cashFlows, 2025, 0.04), e.npvEur, kAbsEur, kRel);
        COMPARE_NEAR(economics::npvAtRate(e.cashFlows, 2025, 0.0), undiscountedMeur * kMeur,
                     kAbsEur, kRel);
        QVERIFY(!e.irrRoots.empty());
        // Flows of up to 1e9 € discounted at a rate solved to ~1e-15: the residual NPV is far
        // below 1 € (1e-9 of the flows), which is what "~0" means here.
        for (double root : e.irrRoots)
            COMPARE_NEAR(economics::npvAtRate(e.cashFlows, 2025, root), 0.0, 1.0, 0.0);
        if (otherRoot != 0.0)
            COMPARE_NEAR(economics::npvAtRate(e.cashFlows, 2025, otherRoot), 0.0, 1.0, 0.0);
    }

    // priceFactor() = index[base year] / index[price year]; none without the indices.
    void priceFactor_data()
    {
        QTest::addColumn<Deflator>("deflator");
        QTest::addColumn<int>("priceYear");
        QTest::addColumn<bool>("found");
        QTest::addColumn<double>("factor");
        const Deflator d = {{2020, 100.0}, {2023, 112.5}, {2025, 120.0}};
        QTest::newRow("price year is the base year") << Deflator{} << 2023 << true << 1.0;
        QTest::newRow("older price year") << d << 2020 << true << 1.125;   // 112.5 / 100
        QTest::newRow("newer price year") << d << 2025 << true << 0.9375;  // 112.5 / 120
        QTest::newRow("no index for the price year") << d << 2019 << false << 0.0;
        QTest::newRow("no index for the base year")
            << Deflator{{2020, 100.0}} << 2020 << false << 0.0;
    }

    void priceFactor()
    {
        QFETCH(Deflator, deflator);
        QFETCH(int, priceYear);
        QFETCH(bool, found);
        QFETCH(double, factor);
        model::EconomicParameters e;
        e.priceBaseYear = 2023;
        e.deflator = deflator;
        const auto f = economics::priceFactor(e, priceYear);
        QCOMPARE(f.has_value(), found);
        if (f)
            COMPARE_NEAR(*f, factor, kAbsRatio, kRel);
    }

    // Inputs in other price years converted to 2023 € with the deflator 2020: 100,
    // 2023: 112.5, 2025: 120 (factors 1.125 and 0.9375).
    void priceBase_data()
    {
        QTest::addColumn<Mutation>("mutate");
        QTest::addColumn<double>("pvCapexMeur");
        QTest::addColumn<double>("pvOpexMeur");
        QTest::addColumn<double>("pvBenefitsMeur");
        QTest::addColumn<double>("npvMeur");
        auto withDeflator = [](std::function<void(model::Study &)> f) {
            return Mutation([f](model::Study &s) {
                s.economics.deflator = {{2020, 100.0}, {2023, 112.5}, {2025, 120.0}};
                f(s);
            });
        };
        // CAPEX and OPEX (the investment's money) × 1.125: 1.125 PVC, 1.125 PVO.
        QTest::newRow("investment in 2020 prices")
            << withDeflator([](model::Study &s) { investment(s).priceYear = 2020; })
            << 1000.5824977679 << 225.3457025173 << kPvb << 668.4607742993;
        // × 0.9375: 0.9375 PVC, 0.9375 PVO; NPV = PVB − 0.9375 (PVC + PVO).
        QTest::newRow("investment in 2025 prices")
            << withDeflator([](model::Study &s) { investment(s).priceYear = 2025; })
            << 833.8187481399 << 187.7880854311 << kPvb << 872.7821410135;
        // B1 × 1.125: 1.125 PVB; NPV = 1.125 PVB − PVC − PVO.
        QTest::newRow("benefits in 2020 prices")
            << withDeflator([](model::Study &s) { s.projects[0].benefitPriceYear = 2020; })
            << kPvc << kPvo << 2131.1875964077 << 1041.4736405985;
        // B6 = 1000 MWh × VOLL 10000 €/MWh of 2020 = 10 M€ of 2020 → 11.25 M€ of 2023:
        // PV = PVB + 11.25 A; NPV = NPV0 + 11.25 A.
        QTest::newRow("scenario (VOLL) in 2020 prices")
            << withDeflator([](model::Study &s) {
                   s.scenarios[0].priceYear = 2020;
                   input(s, 2030).b6EensMwh = -1000.0;
                   input(s, 2040).b6EensMwh = -1000.0;
               })
            << kPvc << kPvo << 2044.6194429295 << 954.9054871203;
    }

    void priceBase()
    {
        QFETCH(Mutation, mutate);
        QFETCH(double, pvCapexMeur);
        QFETCH(double, pvOpexMeur);
        QFETCH(double, pvBenefitsMeur);
        QFETCH(double, npvMeur);
        const Run r = runMutated(mutate);
        QVERIFY2(r.result, qPrintable(r.problem));
        COMPARE_NEAR(r.result->pvCapexEur, pvCapexMeur * kMeur, kAbsEur, kRel);
        COMPARE_NEAR(r.result->pvOpexEur, pvOpexMeur * kMeur, kAbsEur, kRel);
        COMPARE_NEAR(r.result->pvHeadlineBenefitsEur, pvBenefitsMeur * kMeur, kAbsEur, kRel);
        COMPARE_NEAR(r.result->npvEur, npvMeur * kMeur, kAbsEur, kRel);
    }

    // Cost conventions of §3 and the partial first year.
    void costs_data()
    {
        QTest::addColumn<Mutation>("mutate");
        QTest::addColumn<int>("year");
        QTest::addColumn<double>("capexMeur");
        QTest::addColumn<double>("opexMeur");
        QTest::addColumn<double>("benefitMeur");
        QTest::addColumn<double>("decommissioningMeur");
        QTest::addColumn<int>("firstYear");
        QTest::addColumn<double>("pvCapexMeur");
        QTest::addColumn<double>("pvOpexMeur");
        QTest::addColumn<double>("pvBenefitsMeur");
        QTest::addColumn<double>("pvDecommissioningMeur");
        QTest::addColumn<double>("npvMeur");
        // 1000 spread evenly over the 4 years before 2030: 250 in 2026..2029;
        // PV = 250 Σ_{2026..2029} d(t) = 907.4738060642; NPV = PVB − that − PVO.
        const Mutation lumpSum = [](model::Study &s) {
            investment(s).capex.clear();
            investment(s).capexLumpSum = {0, 1000e6, 1000e6, 1000e6};
            investment(s).constructionYears = 4;
        };
        QTest::newRow("CAPEX lump sum, first construction year")
            << lumpSum << 2026 << 250.0 << 0.0 << 0.0 << 0.0 << 2026
            << 907.4738060642 << kPvo << kPvb << 0.0 << 786.6078773939;
        QTest::newRow("CAPEX lump sum, last construction year")
            << lumpSum << 2029 << 250.0 << 0.0 << 0.0 << 0.0 << 2026
            << 907.4738060642 << kPvo << kPvb << 0.0 << 786.6078773939;
        // 1.5 % of 1000 = 15 per year: the worked example's OPEX exactly.
        QTest::newRow("OPEX as a share of CAPEX")
            << Mutation([](model::Study &s) {
                   investment(s).opexEurPerYear = 0.0;
                   investment(s).opexShareOfCapex = 0.015;
               })
            << 2030 << 0.0 << 15.0 << 100.0 << 0.0 << 2027 << kPvc << kPvo << kPvb << 0.0 << kNpv0;
        // 50 in 2054: PV = 50 d(2054) = 16.0325707346; NPV = NPV0 − that.
        QTest::newRow("decommissioning in the last year")
            << Mutation([](model::Study &s) { investment(s).decommissioningEur = 50e6; })
            << 2054 << 0.0 << 15.0 << 160.0 << 50.0 << 2027 << kPvc << kPvo << kPvb
            << 16.0325707346 << 788.6424480408;
        // Half of 2030's benefit (100) and OPEX (15): PV(B) = PVB − 50 d(2030) = 1853.2926192466,
        // PV(OPEX) = PVO − 7.5 d(2030) = 194.1428378258; NPV = their difference − PVC.
        const Mutation half = [](model::Study &s) { s.economics.firstYearFraction = 0.5; };
        QTest::newRow("partial first year: commissioning year")
            << half << 2030 << 0.0 << 7.5 << 50.0 << 0.0 << 2027 << kPvc << 194.1428378258
            << 1853.2926192466 << 0.0 << 769.7431167382;
        QTest::newRow("partial first year: second year is full")
            << half << 2031 << 0.0 << 15.0 << 106.0 << 0.0 << 2027 << kPvc << 194.1428378258
            << 1853.2926192466 << 0.0 << 769.7431167382;
    }

    void costs()
    {
        QFETCH(Mutation, mutate);
        QFETCH(int, year);
        QFETCH(double, capexMeur);
        QFETCH(double, opexMeur);
        QFETCH(double, benefitMeur);
        QFETCH(double, decommissioningMeur);
        QFETCH(int, firstYear);
        QFETCH(double, pvCapexMeur);
        QFETCH(double, pvOpexMeur);
        QFETCH(double, pvBenefitsMeur);
        QFETCH(double, pvDecommissioningMeur);
        QFETCH(double, npvMeur);
        const Run r = runMutated(mutate);
        QVERIFY2(r.result, qPrintable(r.problem));
        const ScenarioEvaluation &e = *r.result;
        QCOMPARE(e.cashFlows.front().year, firstYear);
        const CashFlowYear *row = rowOf(e, year);
        QVERIFY(row);
        COMPARE_NEAR(row->capexEur, capexMeur * kMeur, kAbsEur, kRel);
        COMPARE_NEAR(row->opexEur, opexMeur * kMeur, kAbsEur, kRel);
        COMPARE_NEAR(streamOf(*row, Stream::B1), benefitMeur * kMeur, kAbsEur, kRel);
        COMPARE_NEAR(row->decommissioningEur, decommissioningMeur * kMeur, kAbsEur, kRel);
        COMPARE_NEAR(e.pvCapexEur, pvCapexMeur * kMeur, kAbsEur, kRel);
        COMPARE_NEAR(e.pvOpexEur, pvOpexMeur * kMeur, kAbsEur, kRel);
        COMPARE_NEAR(e.pvHeadlineBenefitsEur, pvBenefitsMeur * kMeur, kAbsEur, kRel);
        COMPARE_NEAR(e.pvDecommissioningEur, pvDecommissioningMeur * kMeur, kAbsEur, kRel);
        COMPARE_NEAR(e.npvEur, npvMeur * kMeur, kAbsEur, kRel);
    }

    // The two B/C definitions of §3; decommissioning counts with the costs (study.h).
    void bcRatio_data()
    {
        QTest::addColumn<Mutation>("mutate");
        QTest::addColumn<double>("bc");
        const auto netOfOpex = [](model::Study &s) {
            s.economics.bcRatio = model::BcRatioDefinition::NetOfOpex;
        };
        const auto decommissioning = [](model::Study &s) {
            investment(s).decommissioningEur = 50e6;
        };
        // PVB / (PVC + PVO)
        QTest::newRow("benefits over costs") << kNoChange << 1.7384277447;
        // (PVB − PVO) / PVC
        QTest::newRow("net of OPEX") << Mutation(netOfOpex) << 1.9047323915;
        // PVB / (PVC + PVO + 16.0325707346), the PV of 50 in 2054
        QTest::newRow("benefits over costs, with decommissioning")
            << Mutation(decommissioning) << 1.7132217277;
        // (PVB − PVO) / (PVC + 16.0325707346)
        QTest::newRow("net of OPEX, with decommissioning")
            << Mutation([=](model::Study &s) { netOfOpex(s); decommissioning(s); }) << 1.8710053830;
        // The residual value counts as a benefit (§3): (PVB + 120.2442805096 − PVO) / PVC, with
        // 120.2442805096 = 375 d(2054).
        QTest::newRow("net of OPEX, with residual value")
            << Mutation([=](model::Study &s) {
                   netOfOpex(s);
                   s.economics.residualValue = model::ResidualValueMethod::Linear;
               })
            << 2.0399284557;
    }

    void bcRatio()
    {
        QFETCH(Mutation, mutate);
        QFETCH(double, bc);
        const Run r = runMutated(mutate);
        QVERIFY2(r.result, qPrintable(r.problem));
        QVERIFY(r.result->bcRatio);
        COMPARE_NEAR(*r.result->bcRatio, bc, kAbsRatio, kRel);
    }

    // Monetisation of each stream (§2), on top of the worked example's B1. Study years use
    // the TYNDP 2024 defaults: market CO2 113.4 / 147 €/t, SCC low/central/high 126/238/315
    // (2030) and 339/628/662 (2040), VOLL 10000 €/MWh.
    void monetisation_data()
    {
        QTest::addColumn<Mutation>("mutate");
        QTest::addColumn<Stream>("stream");
        QTest::addColumn<YearValues>("expectedRows");  // the stream's value, M€
        QTest::addColumn<double>("pvStreamMeur");
        QTest::addColumn<double>("npvMeur");
        QTest::addColumn<double>("npvSccLowMeur");
        QTest::addColumn<double>("npvSccHighMeur");
        auto both = [](std::function<void(model::IndicatorInput &)> f) {
            return Mutation([f](model::Study &s) { f(input(s, 2030)); f(input(s, 2040)); });
        };
        // ΔCO2 −0.1 Mt (2030), −0.2 Mt (2040). Central: 0.1 × (238 − 113.4) = 12.46,
        // 0.2 × (628 − 147) = 96.2, 2035 midway 54.33. PV = Σ_t B2_t d(t) = 946.5760732538.
        // Low: 0.1 × 12.6 = 1.26 and 0.2 × 192 = 38.4; high: 0.1 × 201.6 = 20.16 and
        // 0.2 × 515 = 103; NPV = NPV0 + Σ_t B2_t d(t) with the interpolated stream at that level.
        QTest::newRow("B2 reduction valued at SCC minus market CO2 price")
            << Mutation([](model::Study &s) {
                   input(s, 2030).b2Co2T = -100000.0;
                   input(s, 2040).b2Co2T = -200000.0;
               })
            << Stream::B2
            << YearValues{{2029, 0}, {2030, 12.46}, {2035, 54.33}, {2040, 96.2}, {2054, 96.2}}
            << 946.5760732538 << 1751.2510920293 << 1167.5261851159 << 1845.6903959681;
        // ΔCO2 +0.05 Mt both years: −0.05 × 124.6 = −6.23, −0.05 × 481 = −24.05; low
        // −0.05 × 12.6 / −0.05 × 192, high −0.05 × 201.6 / −0.05 × 515.
        QTest::newRow("B2 increase is a cost")
            << both([](model::IndicatorInput &i) { i.b2Co2T = 50000.0; }) << Stream::B2
            << YearValues{{2030, -6.23}, {2035, -15.14}, {2040, -24.05}}
            << -249.2193839357 << 555.4556348398 << 712.6905610038 << 524.0745154930;
        // −(−1000 MWh) × 10000 €/MWh = 10 per year: PV = 10 A; no B2, so SCC changes nothing.
        QTest::newRow("B6 = −ΔEENS × VOLL")
            << both([](model::IndicatorInput &i) { i.b6EensMwh = -1000.0; }) << Stream::B6
            << YearValues{{2029, 0}, {2030, 10}, {2054, 10}}
            << 133.5381940843 << 938.2132128598 << 938.2132128598 << 938.2132128598;
        // 200 MW × 30000 €/MW/yr = 6 per year: PV = 6 A.
        QTest::newRow("B9 = ΔMW × reserve cost")
            << Mutation([](model::Study &s) {
                   for (model::StudyYear &y : s.scenarios[0].studyYears)
                       y.reserveCostEurPerMwYear = 30000.0;
                   input(s, 2030).b9ReserveMw = 200.0;
                   input(s, 2040).b9ReserveMw = 200.0;
               })
            << Stream::B9 << YearValues{{2030, 6}, {2054, 6}}
            << 80.1229164506 << 884.7979352261 << 884.7979352261 << 884.7979352261;
        // Reserve cost 0 means "B9 not monetised": the MW stay a quantity.
        QTest::newRow("B9 not monetised without a reserve cost")
            << both([](model::IndicatorInput &i) { i.b9ReserveMw = 200.0; }) << Stream::B9
            << YearValues{{2030, 0}, {2054, 0}} << 0.0 << kNpv0 << kNpv0 << kNpv0;
        // Monetised B5 is entered in €: 2 per year, PV = 2 A.
        QTest::newRow("B5 as entered")
            << both([](model::IndicatorInput &i) { i.b5Eur = 2e6; }) << Stream::B5
            << YearValues{{2030, 2}, {2054, 2}}
            << 26.7076388169 << 831.3826575923 << 831.3826575923 << 831.3826575923;
        // −(−500 t NOx) × 20000 €/t = 10 per year, PV = 10 A, shown apart: NPV stays NPV0.
        QTest::newRow("B4 with damage costs, not in the NPV")
            << Mutation([](model::Study &s) {
                   for (model::StudyYear &y : s.scenarios[0].studyYears)
                       y.damageCostEurPerT[model::Pollutant::NOx] = 20000.0;
                   input(s, 2030).b4PollutantT[model::Pollutant::NOx] = -500.0;
                   input(s, 2040).b4PollutantT[model::Pollutant::NOx] = -500.0;
               })
            << Stream::B4 << YearValues{{2030, 10}, {2054, 10}}
            << 133.5381940843 << kNpv0 << kNpv0 << kNpv0;
        // A pollutant without a damage cost is not monetised at all.
        QTest::newRow("B4 without damage cost")
            << both([](model::IndicatorInput &i) {
                   i.b4PollutantT[model::Pollutant::SOx] = -300.0;
               })
            << Stream::B4 << YearValues{{2030, 0}, {2054, 0}} << 0.0 << kNpv0 << kNpv0 << kNpv0;
        // 5 (inNpv) counts, 7 (not inNpv) does not: 5 per year, PV = 5 A.
        QTest::newRow("other benefits: only those flagged inNpv")
            << both([](model::IndicatorInput &i) {
                   i.other = {{QStringLiteral("balancing"), 5e6, true},
                              {QStringLiteral("avoided renewal"), 7e6, false}};
               })
            << Stream::Other << YearValues{{2030, 5}, {2054, 5}}
            << 66.7690970422 << 871.4441158176 << 871.4441158176 << 871.4441158176;
    }

    void monetisation()
    {
        QFETCH(Mutation, mutate);
        QFETCH(Stream, stream);
        QFETCH(YearValues, expectedRows);
        QFETCH(double, pvStreamMeur);
        QFETCH(double, npvMeur);
        QFETCH(double, npvSccLowMeur);
        QFETCH(double, npvSccHighMeur);
        const Run r = runMutated(mutate);
        QVERIFY2(r.result, qPrintable(r.problem));
        const ScenarioEvaluation &e = *r.result;
        for (const auto &[year, meur] : expectedRows) {
            const CashFlowYear *row = rowOf(e, year);
            QVERIFY(row);
            COMPARE_NEAR(streamOf(*row, stream), meur * kMeur, kAbsEur, kRel);
        }
        COMPARE_NEAR(e.pvBenefits[std::size_t(stream)], pvStreamMeur * kMeur, kAbsEur, kRel);
        // Headline = B1 + this stream, except B4 which never enters it.
        const double headline = kPvb + (stream == Stream::B4 ? 0.0 : pvStreamMeur);
        COMPARE_NEAR(e.pvHeadlineBenefitsEur, headline * kMeur, kAbsEur, kRel);
        COMPARE_NEAR(e.npvEur, npvMeur * kMeur, kAbsEur, kRel);
        COMPARE_NEAR(e.npvSccLowEur, npvSccLowMeur * kMeur, kAbsEur, kRel);
        COMPARE_NEAR(e.npvSccHighEur, npvSccHighMeur * kMeur, kAbsEur, kRel);
    }

    // NPV at the low and high ends of the CAPEX range (−20 % / +30 % of central).
    void capexVariants_data()
    {
        QTest::addColumn<Mutation>("mutate");
        QTest::addColumn<double>("npvLowMeur");
        QTest::addColumn<double>("npvHighMeur");
        // NPV0 + 0.2 PVC and NPV0 − 0.3 PVC (OPEX fixed in €/yr).
        QTest::newRow("phased CAPEX, OPEX in euros per year")
            << Mutation(capexRange) << 982.5563517120 << 537.8530193707;
        // OPEX at 1.5 % of CAPEX follows the CAPEX case:
        // NPV0 + 0.2 (PVC + PVO) and NPV0 − 0.3 (PVC + PVO).
        QTest::newRow("OPEX as a share of CAPEX")
            << Mutation([](model::Study &s) {
                   capexRange(s);
                   investment(s).opexEurPerYear = 0.0;
                   investment(s).opexShareOfCapex = 0.015;
               })
            << 1022.6178099373 << 477.7608320327;
        // Lump sum 1000 (800 / 1300) over 2027..2029: PVCL = 1000/3 Σ_{2027..2029} d(t)
        // = 889.4522542395; NPV = PVB − PVO − PVCL = 804.6294292186; ± as in the first row.
        QTest::newRow("CAPEX lump sum")
            << Mutation([](model::Study &s) {
                   investment(s).capex.clear();
                   investment(s).capexLumpSum = {0, 1000e6, 800e6, 1300e6};
                   investment(s).constructionYears = 3;
               })
            << 982.5198800665 << 537.7937529468;
    }

    void capexVariants()
    {
        QFETCH(Mutation, mutate);
        QFETCH(double, npvLowMeur);
        QFETCH(double, npvHighMeur);
        const Run r = runMutated(mutate);
        QVERIFY2(r.result, qPrintable(r.problem));
        COMPARE_NEAR(r.result->npvCapexLowEur, npvLowMeur * kMeur, kAbsEur, kRel);
        COMPARE_NEAR(r.result->npvCapexHighEur, npvHighMeur * kMeur, kAbsEur, kRel);
        // Asking for a CAPEX case directly gives the same NPV as the variant.
        const Run low = runMutated(mutate, {economics::CapexCase::Low});
        QVERIFY2(low.result, qPrintable(low.problem));
        COMPARE_NEAR(low.result->npvEur, npvLowMeur * kMeur, kAbsEur, kRel);
    }

    // Inputs the engine must refuse, naming the field. Not validated first: the engine must
    // fail honestly even where validation would have caught the problem.
    void errors_data()
    {
        QTest::addColumn<Mutation>("mutate");
        QTest::addColumn<QString>("pathEnd");
        QTest::addColumn<QString>("fragments");  // words the message contains
        QTest::newRow("B1 missing in one study year")
            << Mutation([](model::Study &s) { input(s, 2040).b1Eur.reset(); })
            << QStringLiteral("indicatorInputs") << QStringLiteral("B1 2040");
        QTest::newRow("B2 given in 2030 only")
            << Mutation([](model::Study &s) { input(s, 2030).b2Co2T = -1e5; })
            << QStringLiteral("indicatorInputs") << QStringLiteral("B2 2030 2040");
        QTest::newRow("B5 given in 2040 only")
            << Mutation([](model::Study &s) { input(s, 2040).b5Eur = 1e6; })
            << QStringLiteral("indicatorInputs") << QStringLiteral("B5 2030");
        QTest::newRow("B6 given in 2040 only")
            << Mutation([](model::Study &s) { input(s, 2040).b6EensMwh = -1000.0; })
            << QStringLiteral("indicatorInputs") << QStringLiteral("B6 2030");
        QTest::newRow("B9 given in 2030 only")
            << Mutation([](model::Study &s) {
                   for (model::StudyYear &y : s.scenarios[0].studyYears)
                       y.reserveCostEurPerMwYear = 30000.0;
                   input(s, 2030).b9ReserveMw = 200.0;
               })
            << QStringLiteral("indicatorInputs") << QStringLiteral("B9 2040");
        // B4 is shown apart from the NPV, but a pollutant missing in one year is still not zero.
        QTest::newRow("B4a (NOx) given in 2030 only")
            << Mutation([](model::Study &s) {
                   input(s, 2030).b4PollutantT[model::Pollutant::NOx] = -500.0;
               })
            << QStringLiteral("indicatorInputs") << QStringLiteral("B4a 2040");
        QTest::newRow("no input row for a study year")
            << Mutation([](model::Study &s) { s.projects[0].indicatorInputs.pop_back(); })
            << QStringLiteral("indicatorInputs") << QStringLiteral("2040");
        QTest::newRow("B6 without VOLL")
            << Mutation([](model::Study &s) {
                   s.scenarios[0].studyYears[0].vollEurPerMwh = 0.0;
                   input(s, 2030).b6EensMwh = -1000.0;
                   input(s, 2040).b6EensMwh = -1000.0;
               })
            << QStringLiteral("vollEurPerMwh") << QStringLiteral("VOLL");
        QTest::newRow("investment price year without deflator index")
            << Mutation([](model::Study &s) { investment(s).priceYear = 2019; })
            << QStringLiteral("priceYear") << QStringLiteral("2019");
        QTest::newRow("benefit price year without deflator index")
            << Mutation([](model::Study &s) { s.projects[0].benefitPriceYear = 2019; })
            << QStringLiteral("benefitPriceYear") << QStringLiteral("2019");
        QTest::newRow("scenario price year without deflator index")
            << Mutation([](model::Study &s) { s.scenarios[0].priceYear = 2019; })
            << QStringLiteral("priceYear") << QStringLiteral("2019");
    }

    void errors()
    {
        QFETCH(Mutation, mutate);
        QFETCH(QString, pathEnd);
        QFETCH(QString, fragments);
        model::Study s = test::workedExampleStudy();
        mutate(s);
        economics::EvaluationError error;
        const auto r = economics::evaluateScenario(s.economics, s.scenarios[0], s.projects[0], {},
                                                   &error);
        QVERIFY(!r);
        QVERIFY2(error.path.endsWith(pathEnd), qPrintable(error.path));
        for (const QString &f : fragments.split(u' '))
            QVERIFY2(error.message.contains(f), qPrintable(error.message));
    }

    void projectErrorNamesProjectAndField()
    {
        model::Study s = test::workedExampleStudy();
        input(s, 2030).b2Co2T = -1e5;
        economics::EvaluationError error;
        QVERIFY(!economics::evaluateProject(s, s.projects[0], &error));
        QCOMPARE(error.path, QStringLiteral("projects/0/indicatorInputs"));
        QVERIFY2(error.message.contains(QStringLiteral("'X1'")), qPrintable(error.message));
        QVERIFY2(error.message.contains(QStringLiteral("B2")), qPrintable(error.message));
    }

    // evaluateProject() turns the engine's relative paths into the full paths of the JSON
    // format, so the CLI and the GUI can point at the field.
    void projectErrorPathsAreFull_data()
    {
        QTest::addColumn<Mutation>("mutate");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("VOLL missing: scenario field")
            << Mutation([](model::Study &s) {
                   s.scenarios[0].studyYears[1].vollEurPerMwh = 0.0;
                   input(s, 2030).b6EensMwh = -1000.0;
                   input(s, 2040).b6EensMwh = -1000.0;
               })
            << QStringLiteral("scenarios/0/studyYears/1/vollEurPerMwh") << QStringLiteral("2040");
        QTest::newRow("investment price year: project field")
            << Mutation([](model::Study &s) { investment(s).priceYear = 2019; })
            << QStringLiteral("projects/0/investments/0/priceYear") << QStringLiteral("2019");
        QTest::newRow("reserve cost in one study year only")
            << Mutation([](model::Study &s) {
                   s.scenarios[0].studyYears[0].reserveCostEurPerMwYear = 30000.0;
                   input(s, 2030).b9ReserveMw = 200.0;
                   input(s, 2040).b9ReserveMw = 200.0;
               })
            << QStringLiteral("scenarios/0/studyYears")
            << QStringLiteral("reserve cost (reserveCostEurPerMwYear) is set for 2030 and 0 for 2040");
    }

    void projectErrorPathsAreFull()
    {
        QFETCH(Mutation, mutate);
        QFETCH(QString, path);
        QFETCH(QString, fragment);
        model::Study s = test::workedExampleStudy();
        mutate(s);
        economics::EvaluationError error;
        QVERIFY(!economics::evaluateProject(s, s.projects[0], &error));
        QCOMPARE(error.path, path);
        QVERIFY2(error.message.contains(fragment), qPrintable(error.message));
    }

    // evaluateProject(): scenarios with inputs are assessed, the others listed; the range
    // is min–max over the assessed scenarios.
    void projectRange_data()
    {
        QTest::addColumn<Mutation>("mutate");
        QTest::addColumn<QStringList>("assessed");
        QTest::addColumn<QStringList>("notAssessed");
        QTest::addColumn<int>("firstYear");
        QTest::addColumn<double>("npvMinMeur");  // NaN: no range
        QTest::addColumn<double>("npvMaxMeur");
        QTest::addColumn<double>("bcMin");
        QTest::addColumn<double>("bcMax");
        const QString nt = QStringLiteral("NT");
        const QString de = QStringLiteral("DE");
        const QString ga = QStringLiteral("GA");
        // Adds scenario `id` (NT's study years) with B1 = factor × NT's, or no inputs.
        auto addScenario = [](model::Study &s, const QString &id, std::optional<double> factor,
                              bool first) {
            model::Scenario sc = s.scenarios[0];
            sc.id = id;
            s.scenarios.insert(first ? s.scenarios.begin() : s.scenarios.end(), sc);
            if (!factor)
                return;
            for (model::IndicatorInput in : std::vector(s.projects[0].indicatorInputs)) {
                if (in.scenarioId != QStringLiteral("NT"))
                    continue;
                in.scenarioId = id;
                in.b1Eur = *in.b1Eur * *factor;
                s.projects[0].indicatorInputs.push_back(in);
            }
        };
        QTest::newRow("one scenario: the range is a point")
            << kNoChange << QStringList{nt} << QStringList{} << 2027 << kNpv0 << kNpv0
            << 1.7384277447 << 1.7384277447;
        // DE doubles B1: NPV = 2 PVB − PVC − PVO = 2699.0639933600, B/C = 2 PVB / (PVC + PVO)
        // = 3.4768554894; GA has no inputs.
        QTest::newRow("doubled benefits and a scenario without inputs")
            << Mutation([=](model::Study &s) {
                   addScenario(s, de, 2.0, false);
                   addScenario(s, ga, std::nullopt, false);
               })
            << QStringList{nt, de} << QStringList{ga} << 2027 << kNpv0 << 2699.0639933600
            << 1.7384277447 << 3.4768554894;
        QTest::newRow("higher scenario listed first")
            << Mutation([=](model::Study &s) { addScenario(s, de, 2.0, true); })
            << QStringList{de, nt} << QStringList{} << 2027 << kNpv0 << 2699.0639933600
            << 1.7384277447 << 3.4768554894;
        // DE without benefits: NPV = −(PVC + PVO), B/C = 0.
        QTest::newRow("one scenario with negative NPV")
            << Mutation([=](model::Study &s) { addScenario(s, de, 0.0, false); })
            << QStringList{nt, de} << QStringList{} << 2027 << -1089.7139558091 << kNpv0 << 0.0
            << 1.7384277447;
        QTest::newRow("no scenario with inputs: no range")
            << Mutation([](model::Study &s) { s.projects[0].indicatorInputs.clear(); })
            << QStringList{} << QStringList{nt} << 2030 << qQNaN() << qQNaN() << qQNaN() << qQNaN();
    }

    void projectRange()
    {
        QFETCH(Mutation, mutate);
        QFETCH(QStringList, assessed);
        QFETCH(QStringList, notAssessed);
        QFETCH(int, firstYear);
        QFETCH(double, npvMinMeur);
        QFETCH(double, npvMaxMeur);
        QFETCH(double, bcMin);
        QFETCH(double, bcMax);
        model::Study s = test::workedExampleStudy();
        mutate(s);
        const auto issues = model::validate(s);
        QVERIFY2(issues.empty(), qPrintable(model::formatIssues(issues)));
        economics::EvaluationError error;
        const auto p = economics::evaluateProject(s, s.projects[0], &error);
        QVERIFY2(p, qPrintable(error.path + QStringLiteral(": ") + error.message));
        QStringList ids;
        for (const ScenarioEvaluation &e : p->scenarios)
            ids << e.scenarioId;
        QCOMPARE(ids, assessed);
        QCOMPARE(p->scenariosNotAssessed, notAssessed);
        QCOMPARE(p->firstYear, firstYear);
        QCOMPARE(p->lastYear, 2054);
        QCOMPARE(p->npvRangeEur.has_value(), !qIsNaN(npvMinMeur));
        QCOMPARE(p->bcRange.has_value(), !qIsNaN(bcMin));
        if (p->npvRangeEur) {
            COMPARE_NEAR(p->npvRangeEur->min, npvMinMeur * kMeur, kAbsEur, kRel);
            COMPARE_NEAR(p->npvRangeEur->max, npvMaxMeur * kMeur, kAbsEur, kRel);
        }
        if (p->bcRange) {
            COMPARE_NEAR(p->bcRange->min, bcMin, kAbsRatio, kRel);
            COMPARE_NEAR(p->bcRange->max, bcMax, kAbsRatio, kRel);
        }
    }
};

QTEST_GUILESS_MAIN(TestEvaluation)
#include "tst_evaluation.moc"
