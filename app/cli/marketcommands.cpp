#include "marketcommands.h"

#include "cliutil.h"
#include "market/unitsfile.h"
#include "market/simulation.h"
#include "storage/studyfile.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <mutex>

namespace gridcba::cli {

const char *kMarketUsage = R"(  simulate STUDY [--project ID] [--scenario S] [--year Y] [--climate-year C]
        [--no-adequacy] [--threads N] [--list-units] [--unit K] [--unit-out FILE]
        [--mps-week W[,W...] --mps-dir DIR] [--json]
      The market model: dispatch without and with each project (TOOT/PINT) and the
      adequacy Monte Carlo, per scenario, study year and climate year; B1-B6 are
      written into STUDY (a .gridcba file) as computed indicator inputs. Ctrl-C
      cancels and leaves STUDY as it was. For a batch scheduler: --list-units prints
      the matching work units, --unit K runs the K-th (from 0) only, and --unit-out
      FILE writes its result to FILE instead of STUDY (collect them with merge).
      --mps-week writes those weeks' LPs (1..53) as MPS files into DIR, to check
      them with another solver (the JSON results hold every week's optimum).
  merge STUDY UNIT.json...
      Stores the unit results of `simulate --unit-out` in STUDY and updates its
      computed indicator inputs.
)";

namespace {

std::atomic<bool> g_interrupted{false};

extern "C" void onSimulateInterrupt(int)
{
    g_interrupted = true;
}


bool usageError(const QString &message)
{
    err() << message << "\nSee gridcba-cli --help.\n";
    return false;
}

std::optional<int> intOption(const QCommandLineParser &p, const QString &name, bool *ok)
{
    if (!p.isSet(name))
        return std::nullopt;
    bool good = false;
    const int v = p.value(name).toInt(&good);
    if (!good) {
        usageError(QStringLiteral("--%1 must be a whole number, got '%2'").arg(name, p.value(name)));
        *ok = false;
    }
    return v;
}

bool isStudyFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) && storage::looksLikeStudyFile(f.read(16));
}

QString money(double eur)
{
    return QString::number(eur / 1e6, 'f', 3);
}

QByteArray unitsText(const std::vector<market::UnitResult> &units)
{
    QString text;
    QTextStream t(&text);
    t << "Market model results (M€/yr, t/yr, MWh/yr; signs: B1, B3 positive = benefit; B2, B5, B6 "
         "negative = reduction)\n";
    for (const market::UnitResult &u : units) {
        t << "\n" << market::UnitKey{u.projectId, u.scenarioId, u.year, u.climateYear}.label() << " ("
          << model::assessmentMethodKey(u.method).toUpper() << ")\n";
        t << "  generation cost without / with: " << money(u.without.sum(&market::ZoneTotals::generationCostEur))
          << " / " << money(u.with.sum(&market::ZoneTotals::generationCostEur)) << " M€\n";
        t << "  B1 " << money(u.b1Eur()) << " M€   B2 " << QString::number(u.b2Co2T(), 'f', 0)
          << " t CO2   B3 " << QString::number(u.b3CurtailmentMwh(), 'f', 0) << " MWh   B5 "
          << QString::number(u.b5LossMwh(), 'f', 0) << " MWh (" << money(u.b5LossValueEur())
          << " M€, inside B1)\n";
        if (u.adequacy)
            t << "  B6 ΔEENS " << QString::number(*u.b6EensMwh(), 'f', 1) << " MWh, ΔLOLE "
              << QString::number(*u.b6LoleHours(), 'f', 2) << " h (" << u.adequacy->with.sampleYears
              << " sample years; EENS without " << QString::number(u.adequacy->without.eensMwh, 'f', 1)
              << " MWh)\n";
        // Both runs are solved together (the project's weeks start from the reference's
        // basis), so they share one time.
        t << "  solve: " << u.without.iterations << " + " << u.with.iterations
          << " simplex iterations (without + with), " << QString::number(u.without.seconds, 'f', 2)
          << " s for both\n";
    }
    t.flush();
    return text.toUtf8();
}

// Stores the units in the study, updates the computed inputs and saves atomically.
bool storeAndSave(model::Study study, const std::vector<market::UnitResult> &units, const QString &path)
{
    for (const market::UnitResult &u : units)
        market::storeUnit(study, u);
    const QStringList written = market::applyComputedInputs(study);
    QString error;
    if (!storage::saveStudy(study, path, &error)) {
        err() << error << '\n';
        return false;
    }
    err() << "stored " << units.size() << " unit result(s) in " << path;
    if (!written.isEmpty())
        err() << "; computed indicator inputs of " << written.join(QStringLiteral(", "));
    err() << '\n';
    return true;
}

}  // namespace

int simulateCommand(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("study"), QString());
    for (const char *name : {"project", "scenario", "year", "climate-year", "threads", "unit",
                             "unit-out", "mps-week", "mps-dir"})
        p.addOption({QLatin1String(name), QString(), QStringLiteral("value")});
    for (const char *name : {"no-adequacy", "list-units", "json"})
        p.addOption({QLatin1String(name), QString()});
    if (!p.parse(args))
        return usageError(p.errorText()), kExitUsage;
    if (p.positionalArguments().size() != 1)
        return usageError(QStringLiteral("simulate needs exactly one STUDY")), kExitUsage;
    const QString path = p.positionalArguments().front();
    bool ok = true;
    market::UnitFilter filter;
    filter.projectId = p.value(QStringLiteral("project"));
    filter.scenarioId = p.value(QStringLiteral("scenario"));
    filter.year = intOption(p, QStringLiteral("year"), &ok);
    filter.climateYear = intOption(p, QStringLiteral("climate-year"), &ok);
    const auto threads = intOption(p, QStringLiteral("threads"), &ok);
    const auto unit = intOption(p, QStringLiteral("unit"), &ok);
    if (!ok)
        return kExitUsage;
    std::vector<int> mpsWeeks;
    if (p.isSet(QStringLiteral("mps-week"))) {
        for (const QString &w : p.value(QStringLiteral("mps-week")).split(u',')) {
            bool good = false;
            const int week = w.toInt(&good);
            if (!good || week < 1 || week > market::kBlockCount || !p.isSet(QStringLiteral("mps-dir")))
                return usageError(QStringLiteral("--mps-week takes weeks 1..%1 separated by commas and needs --mps-dir")
                                      .arg(market::kBlockCount)),
                       kExitUsage;
            mpsWeeks.push_back(week);
        }
    }

    // Writing the results back: the lock is held from before the study is read until it is
    // written, so no other program changes it meanwhile (not needed with --unit-out).
    std::unique_ptr<storage::StudyLock> lock;
    if (!p.isSet(QStringLiteral("unit-out")) && !p.isSet(QStringLiteral("list-units"))
        && !lockStudyForWriting(path, lock, true))
        return kExitBadInput;
    const auto study = openStudyOrReport(path);
    if (!study)
        return kExitBadInput;
    QString error;
    std::vector<market::UnitKey> units = market::workUnits(*study, filter, &error);
    if (units.empty()) {
        err() << path << ": " << error << '\n';
        return kExitBadInput;
    }
    if (p.isSet(QStringLiteral("list-units"))) {
        for (std::size_t i = 0; i < units.size(); ++i)
            out() << i << '\t' << units[i].projectId << '\t' << units[i].scenarioId << '\t'
                  << units[i].year << '\t' << units[i].climateYear << '\n';
        return 0;
    }
    if (unit) {
        if (*unit < 0 || *unit >= int(units.size())) {
            err() << "--unit " << *unit << ": there are " << units.size()
                  << " matching units (0.." << units.size() - 1 << "; see --list-units)\n";
            return kExitUsage;
        }
        units = {units[std::size_t(*unit)]};
    }
    const QString unitOut = p.value(QStringLiteral("unit-out"));
    if (unitOut.isEmpty() && !isStudyFile(path)) {
        err() << path << ": simulate writes its results into a .gridcba study file; import JSON "
                         "with import-json first, or write them elsewhere with --unit-out FILE\n";
        return kExitBadInput;
    }
    if (!mpsWeeks.empty() && !QDir().mkpath(p.value(QStringLiteral("mps-dir")))) {
        err() << p.value(QStringLiteral("mps-dir")) << ": cannot create the directory\n";
        return kExitBadInput;
    }

    market::SimulationOptions options;
    options.adequacy = !p.isSet(QStringLiteral("no-adequacy"));
    options.threads = threads.value_or(0);
    options.softwareVersion = QStringLiteral("GridCBA " GRIDCBA_VERSION);
    options.mpsWeeks = mpsWeeks;
    options.mpsDirectory = p.value(QStringLiteral("mps-dir"));
    std::mutex printing;
    int lastPercent = -1;
    QString lastStage;
    options.progress = [&](const QString &stage, double done) {
        std::lock_guard lock(printing);
        const int percent = int(done * 100.0);
        if (percent != lastPercent || stage != lastStage) {
            const QByteArray line = QStringLiteral("[%1 %] %2").arg(percent, 3).arg(stage).toUtf8();
            std::fprintf(stderr, "\r%-100.100s", line.constData());
            lastPercent = percent;
            lastStage = stage;
        }
        return !g_interrupted.load();
    };
    std::signal(SIGINT, onSimulateInterrupt);
    QElapsedTimer clock;
    clock.start();
    const market::SimulationOutcome outcome = market::simulate(*study, units, options);
    if (!outcome.cancelled && outcome.error.isEmpty())
        std::fprintf(stderr, "\r%-100.100s", "[100 %] done");  // the sum of fractions may stop short of 1
    std::fprintf(stderr, "\n");
    std::signal(SIGINT, SIG_DFL);
    if (outcome.cancelled) {
        err() << "cancelled; " << path << " is unchanged\n";
        return kExitCancelled;
    }
    if (!outcome.error.isEmpty()) {
        err() << path << ": " << outcome.error << '\n';
        return kExitBadInput;
    }
    err() << units.size() << " unit(s) in " << QString::number(clock.elapsed() / 1000.0, 'f', 1) << " s\n";
    const bool json = p.isSet(QStringLiteral("json"));
    const QByteArray unitsFile = json || !unitOut.isEmpty() ? market::unitsFileJson(outcome.units) : QByteArray();
    const QByteArray report = json ? unitsFile : unitsText(outcome.units);
    if (!unitOut.isEmpty())
        return writeOutput(unitOut, unitsFile) && writeOutput(QString(), report) ? 0 : kExitBadInput;
    if (!writeOutput(QString(), report) || !storeAndSave(*study, outcome.units, path))
        return kExitBadInput;
    return 0;
}

int mergeCommand(const QStringList &args)
{
    if (args.size() < 3)
        return usageError(QStringLiteral("merge needs STUDY and at least one UNIT.json")), kExitUsage;
    const QString path = args[1];
    if (!isStudyFile(path)) {
        err() << path << ": merge writes into a .gridcba study file\n";
        return kExitBadInput;
    }
    std::unique_ptr<storage::StudyLock> lock;
    if (!lockStudyForWriting(path, lock))
        return kExitBadInput;
    const auto study = openStudyOrReport(path);
    if (!study)
        return kExitBadInput;
    std::vector<market::UnitResult> units;
    for (qsizetype i = 2; i < args.size(); ++i) {
        QFile f(args[i]);
        if (!f.open(QIODevice::ReadOnly)) {
            err() << args[i] << ": cannot open: " << f.errorString() << '\n';
            return kExitBadInput;
        }
        market::UnitsFileRead read = market::readUnitsFile(*study, f.readAll());
        for (const QString &note : read.notes)
            err() << args[i] << ": " << note << '\n';
        if (!read.error.isEmpty()) {
            err() << args[i] << ": " << read.error << '\n';
            return kExitBadInput;
        }
        std::move(read.units.begin(), read.units.end(), std::back_inserter(units));
    }
    return storeAndSave(*study, units, path) ? 0 : kExitBadInput;
}

}  // namespace gridcba::cli
