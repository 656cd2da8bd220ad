// Benchmark of the sensitivity engine on the bundled sample study (issue 5's figures):
//  - economic-layer Monte Carlo, 100,000 samples of NPV and B/C for one project over its
//    three scenarios, on 1 thread and on all cores;
//  - a tornado over the 12 economic inputs (NPV at both ends of each range);
//  - the full sweep (tornado, 9-point curves, switching values, commissioning years).
// Prints wall-clock figures (best of several repetitions); it is not a test.
//
// Usage: bench_sensitivity [SAMPLE_STUDY.json]

#include "io/jsonformat.h"
#include "sensitivity/montecarlo.h"
#include "sensitivity/sweep.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <thread>

using namespace gridcba;
using namespace gridcba::sensitivity;

namespace {

template <typename F> double bestMs(int repetitions, F f)
{
    double best = 1e300;
    for (int i = 0; i < repetitions; ++i) {
        QElapsedTimer t;
        t.start();
        f();
        best = std::min(best, double(t.nsecsElapsed()) / 1e6);
    }
    return best;
}

MonteCarloDefinition definition(const model::Study &s, const QString &project)
{
    // Every distribution kind, and one rank correlation, so the figure is not flattered.
    MonteCarloDefinition d;
    d.projectId = project;
    d.samples = 100000;
    d.seed = 2026;
    d.inputs = {{InputId::Capex, {DistributionKind::Pert, 0.9, 1.0, 1.3}},
                {InputId::Welfare, {DistributionKind::Normal, 1.0, 0.15, 0.0}},
                {InputId::DiscountRate, {DistributionKind::Triangular, 0.03, 0.04, 0.05}},
                {InputId::SocietalCostOfCarbon, {DistributionKind::Lognormal, 1.0, 0.3, 0.0}},
                {InputId::Opex, {DistributionKind::Uniform, 0.8, 1.2, 0.0}},
                {InputId::CommissioningShift, {DistributionKind::Triangular, -1.0, 0.0, 3.0}}};
    d.correlations = {{InputId::Capex, InputId::CommissioningShift, 0.4}};
    Q_UNUSED(s);
    return d;
}

}  // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString path = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(GRIDCBA_SAMPLE_JSON);
    const auto read = io::readStudyJsonFile(path);
    if (!read.study) {
        std::fprintf(stderr, "%s\n", qPrintable(read.errors.front().toString()));
        return 1;
    }
    const model::Study &s = *read.study;
    const QString project = QStringLiteral("P1");
    const int cores = int(std::max(1u, std::thread::hardware_concurrency()));
    std::printf("GridCBA sensitivity benchmark on %s, project %s, %d core(s)\n", qPrintable(path),
                qPrintable(project), cores);

    const MonteCarloDefinition mc = definition(s, project);
    QString error;
    std::optional<MonteCarloResult> r;
    const double mc1 = bestMs(3, [&] { r = runMonteCarlo(s, mc, &error, 1); });
    const double mcAll = bestMs(3, [&] { r = runMonteCarlo(s, mc, &error, cores); });
    if (!r) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    std::printf("Monte Carlo, %d samples x %zu scenarios, 6 inputs (PERT, normal, triangular,\n"
                "  lognormal, uniform, whole-year triangular), 1 rank correlation:\n",
                mc.samples, r->scenarios.size());
    std::printf("  1 thread:   %8.1f ms\n", mc1);
    std::printf("  %d threads:  %8.1f ms   (goal: < 1000 ms; speed-up %.2fx)\n", cores, mcAll, mc1 / mcAll);

    const model::Project &p = *s.project(project);
    SweepDefinition tornado = defaultSweep(s, p);
    tornado.points = 2;  // both ends only
    tornado.commissioningYears = 0;
    // The tornado alone: NPV at both ends of the 12 ranges, in every scenario.
    const auto fastNT = FastEvaluator::create(s.economics, s.scenarios[0], p, nullptr);
    double sink = 0.0;
    const double tornadoMs = bestMs(20, [&] {
        for (const model::Scenario &sc : s.scenarios) {
            const auto f = FastEvaluator::create(s.economics, sc, p, nullptr);
            for (const SweepInput &in : tornado.inputs)
                for (double v : {in.low, in.high}) {
                    Perturbation q = Perturbation::base(s.economics);
                    q.set(in.id, v);
                    sink += f->evaluate(q).npvEur;
                }
        }
    });
    std::printf("Tornado over %zu inputs x %zu scenarios (set-up included): %.3f ms (goal: < 100 ms)\n",
                tornado.inputs.size(), s.scenarios.size(), tornadoMs);
    std::optional<SweepResult> sweep;
    const SweepDefinition full = defaultSweep(s, p);
    const double sweepMs = bestMs(5, [&] { sweep = runSweep(s, full, &error); });
    std::printf("Full sweep (tornado, 9-point curves, switching values, +-3 commissioning years): "
                "%.1f ms, %d evaluations\n", sweepMs, sweep->evaluations);
    const Perturbation base = Perturbation::base(s.economics);
    const int n = 1000000;
    const double evalMs = bestMs(3, [&] {
        for (int i = 0; i < n; ++i)
            sink += fastNT->evaluate(base).npvEur;
    });
    std::printf("One fast evaluation: %.0f ns\n", evalMs * 1e6 / n);
    return sink == 42.0 ? 2 : 0;  // keeps the loops from being optimised away
}
