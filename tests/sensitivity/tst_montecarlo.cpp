// Monte Carlo: statistics of cases with a closed-form answer, reproducibility, correlation,
// and refusal of bad definitions.

#include "comparenear.h"
#include "sensitivity/montecarlo.h"
#include "studies.h"

#include <boost/math/distributions/normal.hpp>

#include <QTest>

#include <cmath>

using namespace gridcba;
using namespace gridcba::sensitivity;

namespace {

// The worked example of methodology.md §3, in €: NPV is linear in the B1 factor w and the
// CAPEX factor c: NPV = w·PVB − c·PVC − PVO.
constexpr double kPvB = 1894.3889745845822e6;
constexpr double kPvC = 889.4066646826091e6;
constexpr double kPvO = 200.307291126513e6;

MonteCarloDefinition normalWelfare(int samples)
{
    MonteCarloDefinition d;
    d.projectId = QStringLiteral("X1");
    d.samples = samples;
    d.seed = 42;
    d.inputs = {{InputId::Welfare, {DistributionKind::Normal, 1.0, 0.1, 0.0}}};
    return d;
}

}  // namespace

class TestMonteCarlo : public QObject
{
    Q_OBJECT

private slots:
    void linearInANormalInput()
    {
        // w ~ N(1, 0.1) ⇒ NPV ~ N(μ, σ) with μ = PVB − PVC − PVO = 804.675 M€ and
        // σ = 0.1 PVB = 189.439 M€. With n = 200,000 samples:
        //  - the mean's standard error is σ/√n = 0.42 M€: tolerance 2 M€ (≈ 5 SE);
        //  - the standard deviation's relative SE is 1/√(2n) = 0.16 %: tolerance 1 %;
        //  - P10/P90 = μ ∓ 1.28155 σ; a quantile's SE is √(p(1−p)/n)/φ(z) = 0.0038 σ:
        //    tolerance 0.02 σ;
        //  - P(NPV > 0) = Φ(μ/σ) = Φ(4.2477) = 0.999989: tolerance 1e-4.
        const model::Study s = test::workedExampleStudy();
        QString error;
        const auto r = runMonteCarlo(s, normalWelfare(200000), &error);
        QVERIFY2(r, qPrintable(error));
        const McScenarioResult &m = r->scenarios.at(0);
        const double mu = kPvB - kPvC - kPvO;
        const double sigma = 0.1 * kPvB;
        COMPARE_NEAR(m.npvMeanEur, mu, 2e6, 0.0);
        COMPARE_NEAR(m.npvStdDevEur, sigma, 0.0, 0.01);
        COMPARE_NEAR(m.npvP10Eur, mu - 1.2815515655 * sigma, 0.02 * sigma, 0.0);
        COMPARE_NEAR(m.npvP50Eur, mu, 0.02 * sigma, 0.0);
        COMPARE_NEAR(m.npvP90Eur, mu + 1.2815515655 * sigma, 0.02 * sigma, 0.0);
        const double p = boost::math::cdf(boost::math::normal_distribution<double>(), mu / sigma);
        COMPARE_NEAR(m.probabilityNpvPositive, p, 1e-4, 0.0);
        // B/C = w PVB / (PVC + PVO): its median is the base B/C 1.7384.
        COMPARE_NEAR(*m.bcP50, 1.7384277447, 0.005, 0.0);
        // The S-curve is the sorted NPV; the histogram holds every sample.
        QCOMPARE(int(m.npvQuantilesEur.size()), 101);
        QVERIFY(std::is_sorted(m.npvQuantilesEur.begin(), m.npvQuantilesEur.end()));
        int total = 0;
        for (int c : m.npvHistogram.counts)
            total += c;
        QCOMPARE(total, 200000);
        QCOMPARE(m.drivers.size(), std::size_t(1));
        COMPARE_NEAR(m.drivers[0].rankCorrelation, 1.0, 1e-9, 0.0);  // NPV increases with w
    }

    void rankCorrelationEntersTheVariance()
    {
        // w, c ~ N(1, 0.1) with Spearman ρs = 0.5 ⇒ the normals' Pearson ρ = 2 sin(π ρs / 6)
        // = 0.517638. NPV = w PVB − c PVC − PVO has variance
        // 0.01 (PVB² + PVC² − 2 ρ PVB PVC). Tolerance 1.5 % on σ (SE ≈ 0.2 % at n = 100,000).
        const model::Study s = test::workedExampleStudy();
        MonteCarloDefinition d = normalWelfare(100000);
        d.inputs.push_back({InputId::Capex, {DistributionKind::Normal, 1.0, 0.1, 0.0}});
        d.correlations = {{InputId::Welfare, InputId::Capex, 0.5}};
        QString error;
        const auto r = runMonteCarlo(s, d, &error);
        QVERIFY2(r, qPrintable(error));
        const double rho = 2.0 * std::sin(M_PI * 0.5 / 6.0);
        const double sigma = 0.1 * std::sqrt(kPvB * kPvB + kPvC * kPvC - 2.0 * rho * kPvB * kPvC);
        COMPARE_NEAR(r->scenarios[0].npvStdDevEur, sigma, 0.0, 0.015);
        // Without the correlation the spread is wider (the two effects no longer offset).
        d.correlations.clear();
        const auto independent = runMonteCarlo(s, d, &error);
        const double sigma0 = 0.1 * std::sqrt(kPvB * kPvB + kPvC * kPvC);
        COMPARE_NEAR(independent->scenarios[0].npvStdDevEur, sigma0, 0.0, 0.015);
        // B1 varies the NPV about twice as much as CAPEX: it is the first driver.
        QCOMPARE(independent->scenarios[0].drivers[0].id, InputId::Welfare);
        QVERIFY(independent->scenarios[0].drivers[1].rankCorrelation < 0.0);
    }

    void sameSeedSameNumbersWhateverTheThreads()
    {
        const model::Study s = test::workedExampleStudy();
        MonteCarloDefinition d = normalWelfare(10000);
        d.inputs.push_back({InputId::DiscountRate, {DistributionKind::Pert, 0.03, 0.04, 0.06}});
        d.inputs.push_back({InputId::OperatingYears, {DistributionKind::Triangular, 20, 25, 30}});
        QString error;
        const auto one = runMonteCarlo(s, d, &error, 1);
        const auto two = runMonteCarlo(s, d, &error, 2);
        QVERIFY(one && two);
        QCOMPARE(one->scenarios[0].npvQuantilesEur, two->scenarios[0].npvQuantilesEur);
        QCOMPARE(one->scenarios[0].npvMeanEur, two->scenarios[0].npvMeanEur);
        d.seed = 43;
        const auto other = runMonteCarlo(s, d, &error, 2);
        QVERIFY(other->scenarios[0].npvMeanEur != one->scenarios[0].npvMeanEur);
    }

    void distributions_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<double>("a");
        QTest::addColumn<double>("b");
        QTest::addColumn<double>("c");
        QTest::addColumn<double>("median");
        // Medians by hand: uniform (a+b)/2; triangular(0, 0, 1): 1 − √0.5 = 0.292893;
        // PERT(0, 0.5, 1) = Beta(3, 3): 0.5; normal: the mean; lognormal with mean m and
        // sd s: exp(ln m − σ²/2), σ² = ln(1 + s²/m²) → m = 1, s = 0.5: exp(−0.111572) = 0.894427.
        QTest::newRow("uniform") << int(DistributionKind::Uniform) << 2.0 << 4.0 << 0.0 << 3.0;
        QTest::newRow("triangular") << int(DistributionKind::Triangular) << 0.0 << 0.0 << 1.0 << 0.2928932188;
        QTest::newRow("pert") << int(DistributionKind::Pert) << 0.0 << 0.5 << 1.0 << 0.5;
        QTest::newRow("normal") << int(DistributionKind::Normal) << 7.0 << 2.0 << 0.0 << 7.0;
        QTest::newRow("lognormal") << int(DistributionKind::Lognormal) << 1.0 << 0.5 << 0.0 << 0.894427191;
    }

    void distributions()
    {
        QFETCH(int, kind);
        QFETCH(double, a);
        QFETCH(double, b);
        QFETCH(double, c);
        QFETCH(double, median);
        const Distribution d{DistributionKind(kind), a, b, c};
        QVERIFY(checkDistribution(d).isEmpty());
        COMPARE_NEAR(quantile(d, 0.5), median, 1e-9, 0.0);
        // The density integrates to 1 over the plot range (trapezoids, 20,000 steps).
        const auto [lo, hi] = plotRange(d);
        double integral = 0.0;
        const int steps = 20000;
        for (int i = 0; i < steps; ++i) {
            const double x0 = lo + (hi - lo) * i / steps, x1 = lo + (hi - lo) * (i + 1) / steps;
            integral += 0.5 * (density(d, x0) + density(d, x1)) * (x1 - x0);
        }
        COMPARE_NEAR(integral, 1.0, 2e-3, 0.0);
    }

    void pertSamplerMatchesTheExactQuantile_data()
    {
        QTest::addColumn<double>("mode");
        QTest::newRow("mode near the minimum") << 0.9001;
        QTest::newRow("skewed") << 1.0;
        QTest::newRow("symmetric") << 1.1;
        QTest::newRow("mode at the maximum") << 1.3;
    }

    void pertSamplerMatchesTheExactQuantile()
    {
        // The interpolated PERT quantile against Boost's exact one at 20,000 probabilities:
        // within 1e-8 of the range (0.4 here), the documented bound.
        QFETCH(double, mode);
        const Distribution d{DistributionKind::Pert, 0.9, mode, 1.3};
        const PertSampler sampler(d);
        double worst = 0.0;
        for (int k = 1; k < 20000; ++k) {
            const double u = k / 20000.0;
            worst = std::max(worst, std::abs(sampler(u) - quantile(d, u)));
        }
        COMPARE_NEAR(worst, 0.0, 1e-8 * 0.4, 0.0);
    }

    void badDefinitionsAreRefused()
    {
        const model::Study s = test::workedExampleStudy();
        QString error;
        MonteCarloDefinition d = normalWelfare(1000);
        d.inputs[0].distribution = {DistributionKind::Triangular, 1.2, 1.0, 0.8};
        QVERIFY(!runMonteCarlo(s, d, &error));
        QVERIFY2(error.startsWith(QStringLiteral("welfare: triangular needs")), qPrintable(error));

        d = normalWelfare(1000);
        d.inputs.push_back({InputId::Capex, {DistributionKind::Normal, 1, 0.1, 0}});
        d.inputs.push_back({InputId::Opex, {DistributionKind::Normal, 1, 0.1, 0}});
        d.correlations = {{InputId::Welfare, InputId::Capex, 0.9},
                          {InputId::Welfare, InputId::Opex, 0.9},
                          {InputId::Capex, InputId::Opex, -0.9}};
        QVERIFY(!runMonteCarlo(s, d, &error));
        QVERIFY2(error.contains(QStringLiteral("not positive definite")), qPrintable(error));

        d = normalWelfare(1);
        QVERIFY(!runMonteCarlo(s, d, &error));
        QVERIFY(error.contains(QStringLiteral("samples")));
    }

    void cancel()
    {
        const model::Study s = test::workedExampleStudy();
        QString error;
        int calls = 0;
        const auto r = runMonteCarlo(s, normalWelfare(100000), &error, 2, [&](double) {
            return ++calls < 3;
        });
        QVERIFY(!r);
        QCOMPARE(error, QStringLiteral("cancelled"));
    }
};

QTEST_GUILESS_MAIN(TestMonteCarlo)
#include "tst_montecarlo.moc"
