#include "reportcommands.h"

#include "io/csvexport.h"
#include "io/resultstables.h"
#include "io/studysource.h"
#include "language.h"
#include "report.h"
#include "xlsxexport.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTextStream>

#include <cstring>

namespace gridcba::cli {

namespace {

constexpr int kExitBadInput = 1;
constexpr int kExitUsage = 2;

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

struct Loaded
{
    model::Study study;
    report::StudyResults results;
    report::ReportSource source;
};

// Opens the study and evaluates the projects the command needs; prints why it cannot.
std::optional<Loaded> load(const QString &path, const QString &projectId)
{
    io::OpenedStudy opened = io::openStudy(path);
    for (const QString &e : opened.errors)
        err() << e << '\n';
    if (!opened.study)
        return std::nullopt;
    Loaded out{std::move(*opened.study), {}, {}};
    if (!projectId.isEmpty() && !out.study.project(projectId)) {
        QStringList ids;
        for (const model::Project &p : out.study.projects)
            ids << p.id;
        err() << path << ": no project '" << projectId << "'; the study has: " << ids.join(QStringLiteral(", "))
              << '\n';
        return std::nullopt;
    }
    out.results = report::evaluateStudy(out.study);
    for (const auto &[id, r] : out.results)
        if (!r.evaluation && (projectId.isEmpty() || id == projectId)) {
            err() << path << ": " << r.error << '\n';
            return std::nullopt;
        }
    out.source = {QFileInfo(path).fileName(), opened.sha256, QStringLiteral(GRIDCBA_VERSION),
                  QDateTime::currentDateTime()};
    return out;
}

bool parse(QCommandLineParser &parser, const QStringList &args, const QString &command)
{
    parser.addPositionalArgument(QStringLiteral("study"), QString());
    parser.addOption({QStringLiteral("project"), QString(), QStringLiteral("id")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")}, QString(), QStringLiteral("path")});
    if (!parser.parse(args) || parser.positionalArguments().size() != 1 ||
        parser.value(QStringLiteral("output")).isEmpty()) {
        err() << (parser.errorText().isEmpty()
                      ? QStringLiteral("%1 needs exactly one STUDY and -o").arg(command)
                      : parser.errorText())
              << "\nSee gridcba-cli --help.\n";
        return false;
    }
    return true;
}

} // namespace

std::unique_ptr<QCoreApplication> makeApplication(int &argc, char **argv)
{
    if (argc > 1 && std::strcmp(argv[1], "report") == 0) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        return std::make_unique<QGuiApplication>(argc, argv);
    }
    return std::make_unique<QCoreApplication>(argc, argv);
}

int reportCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("paper"), QString(), QStringLiteral("a4|letter"), QStringLiteral("a4")});
    parser.addOption({QStringLiteral("locale"), QString(), QStringLiteral("name")});
    parser.addOption({QStringLiteral("language"), QString(), QStringLiteral("en|de|fr|system"),
                      QStringLiteral("en")});
    if (!parse(parser, args, QStringLiteral("report")))
        return kExitUsage;
    // The report's texts: English unless asked, so a batch run does not depend on the
    // machine's locale. Numbers follow --locale, else the language's own conventions.
    const QString languageSetting = parser.value(QStringLiteral("language")).toLower();
    if (languageSetting != QLatin1String("system")
        && !i18n::availableLanguages().contains(languageSetting)) {
        err() << "--language must be one of " << i18n::availableLanguages().join(u'|')
              << " or system, got '" << languageSetting << "'\n";
        return kExitUsage;
    }
    const QString language = i18n::resolveLanguage(languageSetting);
    if (!i18n::installTranslators(language)) {
        err() << "the " << language << " translation is missing from this build\n";
        return kExitBadInput;
    }
    const QString paper = parser.value(QStringLiteral("paper")).toLower();
    if (paper != QLatin1String("a4") && paper != QLatin1String("letter")) {
        err() << "--paper must be a4 or letter, got '" << paper << "'\n";
        return kExitUsage;
    }
    const QString projectId = parser.value(QStringLiteral("project"));
    const auto loaded = load(parser.positionalArguments().front(), projectId);
    if (!loaded)
        return kExitBadInput;
    const QLocale locale = parser.isSet(QStringLiteral("locale"))
                               ? QLocale(parser.value(QStringLiteral("locale")))
                           : parser.isSet(QStringLiteral("language")) ? QLocale(language)
                                                                        : QLocale();
    const report::ReportDocument document =
        report::buildReport(loaded->study, loaded->results, projectId, loaded->source, locale);
    QString error;
    if (!report::writeReportPdf(document,
                                paper == QLatin1String("letter") ? report::Paper::Letter : report::Paper::A4,
                                parser.value(QStringLiteral("output")), &error)) {
        err() << error << '\n';
        return kExitBadInput;
    }
    return 0;
}

int exportTablesCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("format"), QString(), QStringLiteral("csv|xlsx")});
    if (!parse(parser, args, QStringLiteral("export-tables")))
        return kExitUsage;
    const QString format = parser.value(QStringLiteral("format")).toLower();
    if (format != QLatin1String("csv") && format != QLatin1String("xlsx")) {
        err() << "--format must be csv or xlsx, got '" << format << "'\n";
        return kExitUsage;
    }
    const QString projectId = parser.value(QStringLiteral("project"));
    const auto loaded = load(parser.positionalArguments().front(), projectId);
    if (!loaded)
        return kExitBadInput;
    std::vector<economics::ProjectEvaluation> evaluations;
    for (const model::Project &p : loaded->study.projects)
        if (const auto &r = loaded->results.at(p.id); r.evaluation)
            evaluations.push_back(*r.evaluation);
    const std::vector<io::Table> tables = io::allTables(loaded->study, evaluations, projectId);
    const QString output = parser.value(QStringLiteral("output"));
    QString error;
    const bool ok = format == QLatin1String("csv")
                        ? io::writeCsvFiles(tables, output, nullptr, &error)
                        : report::writeXlsx(tables, output, &error);
    if (!ok) {
        err() << error << '\n';
        return kExitBadInput;
    }
    return 0;
}

} // namespace gridcba::cli
