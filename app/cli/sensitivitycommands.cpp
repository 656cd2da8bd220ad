#include "sensitivitycommands.h"

#include "cliutil.h"
#include "sensitivity/runjson.h"
#include "storage/studyfile.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonDocument>

#include <atomic>
#include <csignal>

namespace gridcba::cli {

using namespace sensitivity;

const char *kSensitivityUsage = R"(  sweep STUDY --project ID [--input KEY[=LOW:HIGH]]... [--points N] [--years K]
        [--json] [--save NAME] [-o FILE]
      One-at-a-time sweep of the economic inputs (all, over their default ranges,
      unless --input is given): tornado, switching values (NPV = 0, B/C = 1) and
      NPV against the commissioning year (±K years, default 3).
  montecarlo STUDY --project ID --input KEY=DIST:A,B[,C]... [--correlate KEY,KEY=RHO]...
        [--samples N] [--seed S] [--bins B] [--json] [--save NAME] [-o FILE]
      Monte Carlo over the chosen inputs; DIST is uniform:MIN,MAX, triangular and
      pert:MIN,MODE,MAX, normal:MEAN,SD or lognormal:MEAN,SD. Ctrl-C cancels.
      --save NAME stores the run in STUDY (a .gridcba file) under NAME.
  Input keys: discountRate, capex, opex, operatingYears, commissioningShift, scc,
  co2Price, voll, welfare, losses, reserveCost, firstYearFraction (docs/sensitivity.md).
)";

namespace {

std::atomic<bool> g_interrupted{false};

extern "C" void onInterrupt(int)
{
    g_interrupted = true;
}

void addCommonOptions(QCommandLineParser &p)
{
    p.addPositionalArgument(QStringLiteral("study"), QString());
    p.addOption({QStringLiteral("project"), QString(), QStringLiteral("id")});
    p.addOption({QStringLiteral("input"), QString(), QStringLiteral("spec")});
    p.addOption({QStringLiteral("json"), QString()});
    p.addOption({QStringLiteral("save"), QString(), QStringLiteral("name")});
    p.addOption({{QStringLiteral("o"), QStringLiteral("output")}, QString(), QStringLiteral("file")});
}

bool usageError(const QString &message)
{
    err() << message << "\nSee gridcba-cli --help.\n";
    return false;
}

bool parse(QCommandLineParser &p, const QStringList &args)
{
    if (!p.parse(args))
        return usageError(p.errorText());
    if (p.positionalArguments().size() != 1)  // args[0], the command, stands for the program
        return usageError(QStringLiteral("%1 needs exactly one STUDY").arg(args.value(0)));
    if (!p.isSet(QStringLiteral("project")))
        return usageError(QStringLiteral("%1 needs --project ID").arg(args.value(0)));
    return true;
}

std::optional<double> number(const QString &text)
{
    bool ok = false;
    const double v = text.toDouble(&ok);
    return ok ? std::optional<double>(v) : std::nullopt;
}

// Appends the run to the study file and saves it atomically.
bool saveRun(const QString &path, model::Study study, model::AnalysisRun run)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly) || !storage::looksLikeStudyFile(f.read(16))) {
        err() << path << ": --save needs a .gridcba study file (import JSON with import-json first)\n";
        return false;
    }
    study.analysisRuns.push_back(std::move(run));
    QString error;
    if (!storage::saveStudy(study, path, &error)) {
        err() << error << '\n';
        return false;
    }
    err() << "saved run " << study.analysisRuns.back().id << " (\"" << study.analysisRuns.back().name
          << "\") in " << path << '\n';
    return true;
}

// Prints the results (JSON with the definition, or the text) and, with --save, stores the run.
template <typename Definition, typename Result>
int finish(const QCommandLineParser &p, const QString &path, const model::Study &study,
           const Definition &d, const Result &r, const QByteArray &text)
{
    const QByteArray bytes = p.isSet(QStringLiteral("json"))
                                 ? QJsonDocument(QJsonObject{{QStringLiteral("definition"), toJson(d)},
                                                             {QStringLiteral("results"), toJson(r)}})
                                       .toJson(QJsonDocument::Indented)
                                 : text;
    if (!writeOutput(p.value(QStringLiteral("output")), bytes))
        return kExitBadInput;
    if (p.isSet(QStringLiteral("save")) &&
        !saveRun(path, study, makeRun(study, d, r, p.value(QStringLiteral("save")))))
        return kExitBadInput;
    return 0;
}

QString switchingText(const SwitchingValue &s, bool integer)
{
    if (s.status == SwitchingValue::Status::NoneInRange)
        return QStringLiteral("none in [%1, %2]").arg(s.searchLow).arg(s.searchHigh);
    return integer ? QString::number(s.value, 'f', 0) : QString::number(s.value, 'g', 5);
}

QByteArray sweepText(const SweepResult &r)
{
    QString text;
    QTextStream t(&text);
    t << "Sweep of project " << r.projectId << " (" << r.evaluations << " evaluations; M€)\n";
    for (const ScenarioSweepResult &s : r.scenarios) {
        t << "\nScenario " << s.scenarioId << ": base NPV " << meur(s.baseNpvEur) << ", B/C "
          << (s.baseBcRatio ? QString::number(*s.baseBcRatio, 'f', 4) : QStringLiteral("n/a")) << "\n";
        t << "  " << QStringLiteral("input").leftJustified(20) << QStringLiteral("low").rightJustified(10)
          << QStringLiteral("high").rightJustified(10) << QStringLiteral("NPV low").rightJustified(11)
          << QStringLiteral("NPV high").rightJustified(11) << QStringLiteral("NPV = 0 at").rightJustified(22)
          << QStringLiteral("B/C = 1 at").rightJustified(22) << '\n';
        for (const InputSweepResult *in : tornadoOrder(s)) {
            const InputInfo &info = inputInfo(in->id);
            t << "  " << QString::fromLatin1(info.key).leftJustified(20)
              << QString::number(in->atLow.value, 'g', 4).rightJustified(10)
              << QString::number(in->atHigh.value, 'g', 4).rightJustified(10)
              << meur(in->atLow.npvEur).rightJustified(11) << meur(in->atHigh.npvEur).rightJustified(11)
              << switchingText(in->npvZero, info.integer).rightJustified(22)
              << switchingText(in->bcOne, info.integer).rightJustified(22) << '\n';
        }
        t << "  NPV by commissioning year:";
        for (const auto &[year, npv] : s.npvByCommissioningYear)
            t << ' ' << year << ": " << meur(npv) << ';';
        t << '\n';
    }
    t.flush();
    return text.toUtf8();
}

QByteArray monteCarloText(const MonteCarloResult &r)
{
    QString text;
    QTextStream t(&text);
    auto bc = [](const std::optional<double> &v) {
        return v ? QString::number(*v, 'f', 3) : QStringLiteral("n/a");
    };
    t << "Monte Carlo of project " << r.projectId << ": " << r.samples << " samples (M€)\n";
    if (r.clampedSamples > 0)
        t << "  " << r.clampedSamples << " draws were moved into their input's valid domain\n";
    for (const McScenarioResult &s : r.scenarios) {
        t << "\nScenario " << s.scenarioId << "\n"
          << "  NPV mean " << meur(s.npvMeanEur) << ", sd " << meur(s.npvStdDevEur) << ", P10 "
          << meur(s.npvP10Eur) << ", P50 " << meur(s.npvP50Eur) << ", P90 " << meur(s.npvP90Eur) << "\n"
          << "  B/C P10 " << bc(s.bcP10) << ", P50 " << bc(s.bcP50) << ", P90 " << bc(s.bcP90) << "\n"
          << "  P(NPV > 0) = " << QString::number(s.probabilityNpvPositive, 'f', 4) << "\n"
          << "  drivers (rank correlation with NPV, share of variance):";
        for (const Driver &d : s.drivers)
            t << ' ' << inputInfo(d.id).key << ' ' << QString::number(d.rankCorrelation, 'f', 3) << " ("
              << QString::number(d.varianceShare * 100.0, 'f', 1) << " %);";
        t << '\n';
    }
    t.flush();
    return text.toUtf8();
}

std::optional<SweepInput> sweepInput(const QString &spec, const model::Study &s, const model::Project &p)
{
    const QString key = spec.section(u'=', 0, 0);
    const auto id = inputFromKey(key);
    if (!id) {
        err() << "--input " << spec << ": unknown input '" << key << "'\n";
        return std::nullopt;
    }
    if (!spec.contains(u'=')) {
        const InputRange r = defaultSweepRange(*id, s, p);
        return SweepInput{*id, r.low, r.high};
    }
    const QStringList range = spec.section(u'=', 1).split(u':');
    const auto low = number(range.value(0));
    const auto high = number(range.value(1));
    if (range.size() != 2 || !low || !high) {
        err() << "--input " << spec << ": expected KEY=LOW:HIGH with two numbers\n";
        return std::nullopt;
    }
    return SweepInput{*id, *low, *high};
}

std::optional<McInput> monteCarloInput(const QString &spec)
{
    const QString key = spec.section(u'=', 0, 0);
    const auto id = inputFromKey(key);
    const auto kind = distributionFromKey(spec.section(u'=', 1).section(u':', 0, 0));
    const QStringList params = spec.section(u':', 1).split(u',');
    if (!id || !kind) {
        err() << "--input " << spec << ": expected KEY=DIST:A,B[,C] with a known input and distribution\n";
        return std::nullopt;
    }
    const int needed = (*kind == DistributionKind::Triangular || *kind == DistributionKind::Pert) ? 3 : 2;
    Distribution d{*kind, 0, 0, 0};
    double *targets[] = {&d.a, &d.b, &d.c};
    for (int i = 0; i < needed; ++i) {
        const auto v = number(params.value(i));
        if (!v || params.size() != needed) {
            err() << "--input " << spec << ": " << distributionKey(*kind) << " takes " << needed
                  << " numbers\n";
            return std::nullopt;
        }
        *targets[i] = *v;
    }
    return McInput{*id, d};
}

}  // namespace

int sweepCommand(const QStringList &args)
{
    QCommandLineParser p;
    addCommonOptions(p);
    p.addOption({QStringLiteral("points"), QString(), QStringLiteral("n"), QStringLiteral("9")});
    p.addOption({QStringLiteral("years"), QString(), QStringLiteral("k"), QStringLiteral("3")});
    if (!parse(p, args))
        return kExitUsage;
    const QString path = p.positionalArguments().at(0);
    // --save writes the study back: held from before it is read until it is written.
    std::unique_ptr<storage::StudyLock> lock;
    if (p.isSet(QStringLiteral("save")) && !lockStudyForWriting(path, lock, true))
        return kExitBadInput;
    const auto study = openStudyOrReport(path);
    if (!study)
        return kExitBadInput;
    const model::Project *project = study->project(p.value(QStringLiteral("project")));
    if (!project) {
        err() << path << ": no project with id '" << p.value(QStringLiteral("project")) << "'\n";
        return kExitBadInput;
    }
    SweepDefinition d = defaultSweep(*study, *project);
    if (p.isSet(QStringLiteral("input"))) {
        d.inputs.clear();
        for (const QString &spec : p.values(QStringLiteral("input"))) {
            const auto in = sweepInput(spec, *study, *project);
            if (!in)
                return kExitUsage;
            d.inputs.push_back(*in);
        }
    }
    d.points = p.value(QStringLiteral("points")).toInt();
    d.commissioningYears = p.value(QStringLiteral("years")).toInt();
    QString error;
    const auto r = runSweep(*study, d, &error);
    if (!r) {
        err() << path << ": " << error << '\n';
        return kExitBadInput;
    }
    return finish(p, path, *study, d, *r, sweepText(*r));
}

int monteCarloCommand(const QStringList &args)
{
    QCommandLineParser p;
    addCommonOptions(p);
    p.addOption({QStringLiteral("correlate"), QString(), QStringLiteral("spec")});
    p.addOption({QStringLiteral("samples"), QString(), QStringLiteral("n"), QStringLiteral("10000")});
    p.addOption({QStringLiteral("seed"), QString(), QStringLiteral("s"), QStringLiteral("1")});
    p.addOption({QStringLiteral("bins"), QString(), QStringLiteral("b"), QStringLiteral("40")});
    if (!parse(p, args))
        return kExitUsage;
    const QString path = p.positionalArguments().at(0);
    MonteCarloDefinition d;
    d.projectId = p.value(QStringLiteral("project"));
    bool samplesOk = false;
    bool seedOk = false;
    d.samples = p.value(QStringLiteral("samples")).toInt(&samplesOk);
    d.seed = p.value(QStringLiteral("seed")).toULongLong(&seedOk);
    if (!samplesOk || !seedOk) {
        usageError(QStringLiteral("--samples and --seed take whole numbers"));
        return kExitUsage;
    }
    d.histogramBins = p.value(QStringLiteral("bins")).toInt();
    for (const QString &spec : p.values(QStringLiteral("input"))) {
        const auto in = monteCarloInput(spec);
        if (!in)
            return kExitUsage;
        d.inputs.push_back(*in);
    }
    for (const QString &spec : p.values(QStringLiteral("correlate"))) {
        const QStringList keys = spec.section(u'=', 0, 0).split(u',');
        const auto a = inputFromKey(keys.value(0));
        const auto b = inputFromKey(keys.value(1));
        const auto rho = number(spec.section(u'=', 1));
        if (keys.size() != 2 || !a || !b || !rho) {
            usageError(QStringLiteral("--correlate %1: expected KEY,KEY=RHO").arg(spec));
            return kExitUsage;
        }
        d.correlations.push_back({*a, *b, *rho});
    }
    std::unique_ptr<storage::StudyLock> lock;
    if (p.isSet(QStringLiteral("save")) && !lockStudyForWriting(path, lock, true))
        return kExitBadInput;
    const auto study = openStudyOrReport(path);
    if (!study)
        return kExitBadInput;
    std::signal(SIGINT, onInterrupt);
    QString error;
    std::atomic<int> lastPercent{-1};  // the callback runs on the worker threads
    const auto r = runMonteCarlo(*study, d, &error, 0, [&](double done) {
        const int percent = int(done * 100.0);
        if (percent % 10 == 0 && lastPercent.exchange(percent) != percent) {
            std::fprintf(stderr, "\rMonte Carlo: %3d %%", percent);
        }
        return !g_interrupted.load();
    });
    std::fprintf(stderr, "\n");
    std::signal(SIGINT, SIG_DFL);
    if (!r) {
        err() << path << ": " << error << '\n';
        return g_interrupted ? kExitCancelled : kExitBadInput;
    }
    return finish(p, path, *study, d, *r, monteCarloText(*r));
}

}  // namespace gridcba::cli
