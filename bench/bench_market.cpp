// Benchmark of the market model (issue 3's figures) on a study with a power system, by
// default the bundled sample European system:
//  1. a full year without and with one project (the reference run and the project's run,
//     pipelined on two threads, each week warm-started): wall and CPU time, weeks per
//     second, simplex iterations, peak memory;
//  2. the same weekly LPs (both runs, every week) written as MPS and solved cold by two
//     second solvers available from Debian: HiGHS through SciPy (tests/reference/highs_mps.py)
//     and the clp command line (dual simplex, presolve on), each compared with our optimum;
//     the ratio of their summed solve times to ours;
//  3. the adequacy Monte Carlo: 100 sample years of the reference grid.
// It prints figures; it is not a test.
//
// Usage: bench_market [STUDY.gridcba] [--project ID] [--scenario S] [--year Y]
//                     [--climate-year C] [--weeks N] [--adequacy-years K] [--skip-second]
//                     [--adequacy-only]   (section 3 only)
//                     [--adequacy-cold]   (adequacy without the dispatch's storage schedules
//                                          and bases: schedule 2 and cold LP weeks only)

#include "io/studysource.h"
#include "market/adequacy.h"
#include "market/simulation.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

using namespace gridcba;

namespace {

double cpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + 1e-6 * double(u.ru_utime.tv_usec + u.ru_stime.tv_usec);
}

double peakMiB()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_maxrss) / 1024.0;
}

QString arg(const QStringList &args, const QString &name, const QString &fallback)
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args[i + 1] : fallback;
}

struct SecondSolver
{
    double seconds = 0.0;   // CPU seconds of the solves
    double maxRelDiff = 0.0;
    int solved = 0;
};

}  // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString path = args.size() > 1 && !args[1].startsWith(QLatin1String("--"))
                             ? args[1]
                             : QStringLiteral(GRIDCBA_SAMPLE_STUDY);
    const QString project = arg(args, QStringLiteral("--project"), QStringLiteral("P1"));
    const QString scenario = arg(args, QStringLiteral("--scenario"), QStringLiteral("NT"));
    const int year = arg(args, QStringLiteral("--year"), QStringLiteral("2030")).toInt();
    const int climateYear = arg(args, QStringLiteral("--climate-year"), QStringLiteral("2009")).toInt();
    const int weeks = std::clamp(arg(args, QStringLiteral("--weeks"), QString::number(market::kBlockCount)).toInt(),
                                 1, market::kBlockCount);
    const int adequacyYears = arg(args, QStringLiteral("--adequacy-years"), QStringLiteral("100")).toInt();

    io::OpenedStudy opened = io::openStudy(path);
    if (!opened.study) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.errors.join(u'\n')));
        return 1;
    }
    const model::Study &study = *opened.study;
    const market::UnitKey unit{project, scenario, year, climateYear};
    std::printf("GridCBA market benchmark: %s\nunit %s; %s\n", qPrintable(path), qPrintable(unit.label()),
                qPrintable(market::solverDescription(study.market)));

    // 1. Without + with, full year, as `gridcba-cli simulate` runs it.
    if (!args.contains(QStringLiteral("--adequacy-only"))) {
    market::SimulationOptions options;
    options.adequacy = false;
    options.threads = 2;
    QElapsedTimer wall;
    const double cpu0 = cpuSeconds();
    wall.start();
    const market::SimulationOutcome outcome = market::simulate(study, {unit}, options);
    const double ourWall = wall.nsecsElapsed() * 1e-9;
    const double ourCpu = cpuSeconds() - cpu0;
    if (!outcome.error.isEmpty() || outcome.units.empty()) {
        std::fprintf(stderr, "simulate: %s\n", qPrintable(outcome.error));
        return 1;
    }
    const market::UnitResult &r = outcome.units.front();
    const auto *system = study.powerSystem(scenario, year);
    std::printf("\n1. Full year without + with %s (%s), %zu zones, %zu clusters, %zu borders, %zu storage units\n",
                qPrintable(project), qPrintable(model::assessmentMethodKey(r.method).toUpper()),
                system->zones.size(), system->thermal.size(), system->borders.size(), system->storage.size());
    std::printf("   wall %.2f s, CPU %.2f s (2 threads), %.1f weeks/s (2 × %d weekly LPs)\n", ourWall, ourCpu,
                2.0 * market::kBlockCount / ourWall, market::kBlockCount);
    std::printf("   simplex iterations: reference %lld, project %lld; peak memory %.0f MiB\n",
                qint64(r.without.iterations), qint64(r.with.iterations), peakMiB());
    std::printf("   solves repeated with hourly reservoir rows: reference %d, project %d\n",
                r.without.hourlyFallbacks, r.with.hourlyFallbacks);
    std::printf("   B1 %.3f M€/yr (generation cost %.1f → %.1f M€)\n", r.b1Eur() / 1e6,
                r.without.sum(&market::ZoneTotals::generationCostEur) / 1e6,
                r.with.sum(&market::ZoneTotals::generationCostEur) / 1e6);

    // 2. The same LPs cold by second solvers.
    if (!args.contains(QStringLiteral("--skip-second"))) {
        QTemporaryDir dir;
        market::SimulationOptions mps = options;
        for (int w = 1; w <= weeks; ++w)
            mps.mpsWeeks.push_back(w * market::kBlockCount / weeks);
        mps.mpsDirectory = dir.path();
        const market::SimulationOutcome again = market::simulate(study, {unit}, mps);
        if (!again.error.isEmpty()) {
            std::fprintf(stderr, "simulate (MPS): %s\n", qPrintable(again.error));
            return 1;
        }
        const QStringList files = QDir(dir.path()).entryList({QStringLiteral("*.mps")}, QDir::Files, QDir::Name);
        static const QRegularExpression name(QStringLiteral("-(reference|%1)-week(\\d+)\\.mps$").arg(project));
        auto ours = [&](const QString &file) {
            const auto m = name.match(file);
            const market::RunSummary &run = m.captured(1) == QLatin1String("reference") ? r.without : r.with;
            return run.blockObjectiveEur[std::size_t(m.captured(2).toInt() - 1)];
        };
        // Our CPU time for these LPs: the measured run, scaled by the share of weeks checked.
        const double ourShare = ourCpu * double(files.size()) / (2.0 * market::kBlockCount);

        SecondSolver highs;
        QProcess py;
        QStringList pyArgs{QStringLiteral(GRIDCBA_SOURCE_DIR "/tests/reference/highs_mps.py")};
        for (const QString &f : files)
            pyArgs << dir.filePath(f);
        py.start(QStringLiteral("/usr/bin/python3"), pyArgs);
        py.waitForFinished(-1);
        for (const QByteArray &line : py.readAllStandardOutput().trimmed().split('\n')) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            if (o.value(QStringLiteral("status")).toInt() != 0)
                continue;
            const double theirs = o.value(QStringLiteral("objective")).toDouble();
            const double mine = ours(QDir(o.value(QStringLiteral("file")).toString()).dirName());
            highs.maxRelDiff = std::max(highs.maxRelDiff, std::abs(theirs - mine) / std::abs(mine));
            highs.seconds += o.value(QStringLiteral("seconds")).toDouble();
            ++highs.solved;
        }

        SecondSolver clp;
        static const QRegularExpression optimum(QStringLiteral("Optimal objective ([-0-9.e+]+) - (\\d+) iterations time ([0-9.]+)"));
        for (const QString &f : files) {
            QProcess p;
            p.start(QStringLiteral("clp"), {dir.filePath(f), QStringLiteral("-dualsimplex")});
            p.waitForFinished(-1);
            const auto m = optimum.match(QString::fromUtf8(p.readAllStandardOutput()));
            if (!m.hasMatch())
                continue;
            const double mine = ours(f);
            clp.maxRelDiff = std::max(clp.maxRelDiff, std::abs(m.captured(1).toDouble() - mine) / std::abs(mine));
            clp.seconds += m.captured(3).toDouble();
            ++clp.solved;
        }
        std::printf("\n2. The same %lld weekly LPs solved cold (CPU seconds of the solves; ours: the share of the "
                    "measured run, %.2f s)\n",
                    qint64(files.size()), ourShare);
        std::printf("   HiGHS (SciPy %s, dual simplex): %d solved, %.2f s, ratio %.1f×, max |Δ objective| %.1e relative\n",
                    "linprog", highs.solved, highs.seconds, highs.seconds / ourShare, highs.maxRelDiff);
        std::printf("   clp command line (dual simplex, presolve): %d solved, %.2f s, ratio %.1f×, max |Δ objective| %.1e relative\n",
                    clp.solved, clp.seconds, clp.seconds / ourShare, clp.maxRelDiff);
    }

    }  // not --adequacy-only

    // 3. Adequacy.
    if (adequacyYears > 0) {
        const market::MarketInputResult in = market::resolveMarketInput(study, scenario, year, climateYear);
        market::AdequacyOptions a;
        a.sampleYears = adequacyYears;
        a.seed = study.market.adequacySeed;
        a.scenarioId = scenario;
        a.year = year;
        a.climateYear = climateYear;
        a.threads = 2;
        // As `simulate` runs it: the LP weeks start from the reference dispatch's bases,
        // which that dispatch (timed above, not here) leaves.
        std::vector<market::DispatchTrace> traces;
        market::DispatchOptions d;
        d.threads = 2;
        d.primalTolerance = study.market.primalTolerance;
        d.dualTolerance = study.market.dualTolerance;
        d.traces = &traces;
        if (!args.contains(QStringLiteral("--adequacy-cold"))) {
            const market::SingleRun reference = market::runYear(*in.input, in.input->ntcReference, d);
            if (!reference.error.isEmpty()) {
                std::fprintf(stderr, "dispatch: %s\n", qPrintable(reference.error));
                return 1;
            }
            a.dispatch = &traces[0];
        }
        QElapsedTimer t;
        t.start();
        const double c0 = cpuSeconds();
        const market::AdequacyRun run = market::runAdequacy(*in.input, in.input->ntcReference, a);
        if (!run.result) {
            std::fprintf(stderr, "adequacy: %s\n", qPrintable(run.error));
            return 1;
        }
        const market::AdequacyResult &r = *run.result;
        std::printf("\n3. Adequacy, %d Monte Carlo years (2 threads, %s): wall %.2f s, CPU %.2f s; "
                    "EENS %.1f MWh/yr, LOLE %.2f h/yr\n"
                    "   weeks served with the dispatch's storage schedule %d, with the steady schedule %d, "
                    "solved as LP %d; max-flow hours %d\n",
                    adequacyYears, a.dispatch ? "with the dispatch's schedules and bases" : "without the dispatch",
                    t.nsecsElapsed() * 1e-9, cpuSeconds() - c0, r.eensMwh, r.loleHours,
                    r.dispatchScheduleWeeks, r.steadyScheduleWeeks, r.lpWeeks, r.maxFlowHours);
    }
    return 0;
}
