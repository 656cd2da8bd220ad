// gridcba-cli: the batch face of GridCBA. Errors go to stderr naming file, line and field;
// the exit code is 0 on success, 1 on bad input, 2 on bad usage. Nothing is written when a
// command fails.

#include "cliutil.h"
#include "marketcommands.h"
#include "economics/evaluation.h"
#include "reportcommands.h"
#include "sensitivitycommands.h"
#include "io/jsonformat.h"
#include "io/resultsjson.h"
#include "io/studysource.h"
#include "storage/schema.h"
#include "storage/studyfile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTextStream>

#include <cstdio>

using namespace gridcba;
using namespace gridcba::cli;

namespace {

const char *kUsageHead = R"(Usage: gridcba-cli COMMAND [OPTIONS]

Commands:
  evaluate STUDY [--json] [--cash-flows] [-o FILE]
      Economic evaluation of every project in every scenario: PV of benefits by
      indicator, PV CAPEX, PV OPEX, residual value, NPV, B/C ratio and economic IRR,
      and the range over scenarios. STUDY is a .gridcba file or a JSON study.
      --json        machine-readable output (docs/cli.md)
      --cash-flows  with --json: include the yearly cash-flow table
      -o FILE       write the output to FILE instead of standard output
  import-json IN.json OUT.gridcba
      Check a JSON study and save it as a study file.
  export-json STUDY OUT.json
      Write a study in the JSON exchange format ("-" for standard output).
)";

const char *kUsageTail = R"(  report STUDY [--project ID] [--paper a4|letter] [--locale NAME]
        [--language en|de|fr|system] -o OUT.pdf
      The printable CBA report (PDF) of one project, or of the whole study.
  export-tables STUDY [--project ID] --format csv|xlsx -o DIR|FILE.xlsx
      Every results table, including the yearly cash flows: CSV files in DIR,
      or one XLSX workbook.

Options:
  -h, --help      this text
  -v, --version   the version

Money is in euros of the study's price base year; rates are fractions.
)";

QString usage()
{
    return QString::fromUtf8(kUsageHead) + QString::fromUtf8(kSensitivityUsage) +
           QString::fromUtf8(kMarketUsage) + QString::fromUtf8(kUsageTail);
}

QString ratio(const std::optional<double> &v)
{
    return v ? QString::number(*v, 'f', 4) : QStringLiteral("n/a");
}

QString irrText(const economics::ScenarioEvaluation &s)
{
    auto pct = [](double r) { return QString::number(r * 100.0, 'f', 2) + QStringLiteral(" %"); };
    if (s.irrOutcome == economics::IrrOutcome::Multiple) {
        QStringList roots;
        for (double r : s.irrRoots)
            roots << pct(r);
        return QStringLiteral("several: ") + roots.join(QStringLiteral(", "));
    }
    return s.irr ? pct(*s.irr) : QStringLiteral("none");
}

QByteArray textReport(const model::Study &study, const std::vector<economics::ProjectEvaluation> &results)
{
    using namespace economics;
    QString text;
    QTextStream t(&text);
    const model::EconomicParameters &e = study.economics;
    t << "Study: " << study.name << "\n"
      << "Money in M€ of " << e.priceBaseYear << ", discounted at "
      << QString::number(e.discountRate * 100.0, 'g', 6) << " % to " << e.discountingYear
      << ", " << e.operatingYears << " operating years assessed\n";
    for (const ProjectEvaluation &p : results) {
        const model::Project *project = study.project(p.projectId);
        t << "\nProject " << p.projectId << ": " << project->name << " (assessment period "
          << p.firstYear << "–" << p.lastYear << ")\n";
        if (p.scenarios.empty()) {
            t << "  no scenario has indicator inputs for this project\n";
            continue;
        }
        auto row = [&](const QString &label, auto value) {
            t << "  " << label.leftJustified(30, u' ');
            for (const ScenarioEvaluation &s : p.scenarios)
                t << value(s).rightJustified(14, u' ');
            t << '\n';
        };
        row(QStringLiteral("scenario"), [](const ScenarioEvaluation &s) { return s.scenarioId; });
        for (Stream st : kStreams) {
            const QString label = QStringLiteral("PV %1%2").arg(
                streamId(st), isHeadline(st) ? QString() : QStringLiteral(" (not in NPV)"));
            row(label, [st](const ScenarioEvaluation &s) { return meur(s.pvBenefits[std::size_t(st)]); });
        }
        row(QStringLiteral("PV benefits (headline)"), [](auto &s) { return meur(s.pvHeadlineBenefitsEur); });
        row(QStringLiteral("PV residual value"), [](auto &s) { return meur(s.pvResidualValueEur); });
        row(QStringLiteral("PV CAPEX"), [](auto &s) { return meur(s.pvCapexEur); });
        row(QStringLiteral("PV OPEX"), [](auto &s) { return meur(s.pvOpexEur); });
        row(QStringLiteral("PV decommissioning"), [](auto &s) { return meur(s.pvDecommissioningEur); });
        row(QStringLiteral("NPV"), [](auto &s) { return meur(s.npvEur); });
        row(QStringLiteral("B/C ratio"), [](auto &s) { return ratio(s.bcRatio); });
        row(QStringLiteral("economic IRR"), [](auto &s) { return irrText(s); });
        row(QStringLiteral("NPV, SCC low"), [](auto &s) { return meur(s.npvSccLowEur); });
        row(QStringLiteral("NPV, SCC high"), [](auto &s) { return meur(s.npvSccHighEur); });
        row(QStringLiteral("NPV, CAPEX low"), [](auto &s) { return meur(s.npvCapexLowEur); });
        row(QStringLiteral("NPV, CAPEX high"), [](auto &s) { return meur(s.npvCapexHighEur); });
        if (p.npvRangeEur)
            t << "  NPV range over scenarios: " << meur(p.npvRangeEur->min) << " to "
              << meur(p.npvRangeEur->max) << " M€\n";
        if (p.bcRange)
            t << "  B/C range over scenarios: " << ratio(p.bcRange->min) << " to "
              << ratio(p.bcRange->max) << "\n";
        if (!p.scenariosNotAssessed.isEmpty())
            t << "  not assessed (no inputs): " << p.scenariosNotAssessed.join(QStringLiteral(", "))
              << "\n";
        for (const ScenarioEvaluation &s : p.scenarios)
            for (const QString &note : s.notes)
                t << "  note (" << s.scenarioId << "): " << note << "\n";
    }
    t.flush();
    return text.toUtf8();
}

int evaluate(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("study"), QString());
    parser.addOption({QStringLiteral("json"), QString()});
    parser.addOption({QStringLiteral("cash-flows"), QString()});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")}, QString(), QStringLiteral("file")});
    if (!parser.parse(args) || parser.positionalArguments().size() != 1) {
        err() << (parser.errorText().isEmpty() ? QStringLiteral("evaluate needs exactly one STUDY")
                                               : parser.errorText())
              << "\n" << usage();
        return kExitUsage;
    }
    const auto study = openStudyOrReport(parser.positionalArguments().front());
    if (!study)
        return kExitBadInput;
    std::vector<economics::ProjectEvaluation> results;
    for (const model::Project &p : study->projects) {
        economics::EvaluationError error;
        auto r = economics::evaluateProject(*study, p, &error);
        if (!r) {
            err() << parser.positionalArguments().front() << ": " << error.path << ": "
                  << error.message << '\n';
            return kExitBadInput;
        }
        results.push_back(std::move(*r));
    }
    const QByteArray bytes =
        parser.isSet(QStringLiteral("json"))
            ? QJsonDocument(io::evaluationToJson(*study, results, parser.isSet(QStringLiteral("cash-flows"))))
                  .toJson(QJsonDocument::Indented)
            : textReport(*study, results);
    return writeOutput(parser.value(QStringLiteral("output")), bytes) ? 0 : kExitBadInput;
}

int importJson(const QStringList &args)
{
    if (args.size() != 3) {
        err() << "import-json needs IN.json and OUT.gridcba\n" << usage();
        return kExitUsage;
    }
    // Never over a study another process has open.
    std::unique_ptr<storage::StudyLock> lock;
    if (!lockStudyForWriting(args[2], lock))
        return kExitBadInput;
    io::StudyReadResult r = io::readStudyJsonFile(args[1]);
    for (const io::InputError &e : r.errors)
        err() << e.toString() << '\n';
    if (!r.study)
        return kExitBadInput;
    QString error;
    if (!storage::saveStudy(*r.study, args[2], &error)) {
        err() << error << '\n';
        return kExitBadInput;
    }
    err() << "saved " << args[2] << " (" << r.study->scenarios.size() << " scenarios, "
          << r.study->projects.size() << " projects)\n";
    return 0;
}

int exportJson(const QStringList &args)
{
    if (args.size() != 3) {
        err() << "export-json needs STUDY and OUT.json\n" << usage();
        return kExitUsage;
    }
    const auto study = openStudyOrReport(args[1]);
    if (!study)
        return kExitBadInput;
    return writeOutput(args[2], io::studyToJson(*study)) ? 0 : kExitBadInput;
}

}  // namespace

int main(int argc, char *argv[])
{
    const auto app = cli::makeApplication(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("gridcba-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GRIDCBA_VERSION));
    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    const QString command = args.value(0);
    int rc = kExitUsage;
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        out() << "gridcba-cli " << GRIDCBA_VERSION << " (study schema "
              << storage::kSchemaVersion << ", JSON format " << io::kJsonFormatVersion << ")\n";
        rc = 0;
    } else if (command == QLatin1String("--help") || command == QLatin1String("-h")) {
        out() << usage();
        rc = 0;
    } else if (command == QLatin1String("evaluate")) {
        rc = evaluate(args);
    } else if (command == QLatin1String("import-json")) {
        rc = importJson(args);
    } else if (command == QLatin1String("export-json")) {
        rc = exportJson(args);
    } else if (command == QLatin1String("sweep")) {
        rc = sweepCommand(args);
    } else if (command == QLatin1String("montecarlo")) {
        rc = monteCarloCommand(args);
    } else if (command == QLatin1String("simulate")) {
        rc = cli::simulateCommand(args);
    } else if (command == QLatin1String("merge")) {
        rc = cli::mergeCommand(args);
    } else if (command == QLatin1String("report")) {
        rc = cli::reportCommand(args);
    } else if (command == QLatin1String("export-tables")) {
        rc = cli::exportTablesCommand(args);
    } else {
        err() << (command.isEmpty() ? QStringLiteral("no command given")
                                    : QStringLiteral("unknown command '%1'").arg(command))
              << "\n" << usage();
    }
    out().flush();
    err().flush();
    return rc;
}
