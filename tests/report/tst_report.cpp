// The CBA report of the sample study, rendered to PDF and read back with poppler-utils
// (pdftotext, pdfinfo, pdfimages): every chapter is there, the key figures are those of the
// engine, A4 and Letter pages, charts as vectors. The table exports: the cash-flow CSV
// reproduces the NPV, RFC 4180 quoting, the XLSX workbook. The report and export-tables
// commands of gridcba-cli.

#include "comparenear.h"
#include "csvparse.h"
#include "io/csvexport.h"
#include "io/resultstables.h"
#include "io/studysource.h"
#include "numberformat.h"
#include "report.h"
#include "sensitivity/runjson.h"
#include "xlsxexport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace gridcba;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(60000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

QString pdfText(const QString &pdf)
{
    const Run r = run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    return r.exitCode == 0 ? r.out : QString();
}

// Chapter headings of a project's report, as the reader sees them.
const QStringList kProjectHeadings = {
    QStringLiteral("Contents"),
    QStringLiteral("Summary of results"),
    QStringLiteral("Project identification and description"),
    QStringLiteral("Scenarios and economic parameters"),
    QStringLiteral("Benefit indicators"),
    QStringLiteral("Non-monetised indicators (B7, B8, S1–S3)"),
    QStringLiteral("Costs"),
    QStringLiteral("Economic evaluation"),
    QStringLiteral("Beneficiaries and cost bearers"),
    QStringLiteral("Sensitivity and Monte Carlo analyses"),
    QStringLiteral("Parameter values used"),
    QStringLiteral("Traceability"),
};

} // namespace

class TestReport : public QObject
{
    Q_OBJECT

  private:
    model::Study m_study;
    report::StudyResults m_results;
    report::ReportSource m_source;
    QTemporaryDir m_dir;
    const QLocale m_locale{QLocale::English, QLocale::UnitedKingdom};

    QString renderPdf(const QString &projectId, report::Paper paper, const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QString error;
        const auto doc = report::buildReport(m_study, m_results, projectId, m_source, m_locale);
        if (!report::writeReportPdf(doc, paper, path, &error))
            qWarning() << error;
        return path;
    }

    std::vector<economics::ProjectEvaluation> evaluations() const
    {
        std::vector<economics::ProjectEvaluation> out;
        for (const model::Project &p : m_study.projects)
            out.push_back(*m_results.at(p.id).evaluation);
        return out;
    }

  private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const io::OpenedStudy opened = io::openStudy(QStringLiteral(GRIDCBA_SAMPLE_STUDY));
        QVERIFY2(opened.study, qPrintable(opened.errors.join(u'\n')));
        m_study = *opened.study;
        m_results = report::evaluateStudy(m_study);
        for (const auto &[id, r] : m_results)
            QVERIFY2(r.evaluation, qPrintable(r.error));
        m_source = {QStringLiteral("sample-study.gridcba"), opened.sha256, QStringLiteral(GRIDCBA_VERSION),
                    QDateTime(QDate(2025, 1, 31), QTime(12, 0)), false};
        QCOMPARE(m_source.sha256.size(), 64);
        QVERIFY2(!run(QStringLiteral("pdftotext"), {QStringLiteral("-v")}).err.isEmpty(),
                 "pdftotext (poppler-utils) is needed");
    }

    void projectReportShowsEverySectionAndEngineFigures_data()
    {
        QTest::addColumn<QString>("projectId");
        QTest::newRow("P1 interconnector, three scenarios") << QStringLiteral("P1");
        QTest::newRow("P2 internal line, other benefits") << QStringLiteral("P2");
        QTest::newRow("P3 storage, one scenario not assessed") << QStringLiteral("P3");
    }

    void projectReportShowsEverySectionAndEngineFigures()
    {
        QFETCH(QString, projectId);
        const QString text = pdfText(renderPdf(projectId, report::Paper::A4, projectId + QStringLiteral(".pdf")));
        QVERIFY2(!text.isEmpty(), "pdftotext read nothing");
        // The table of contents and the body both name every chapter.
        for (const QString &heading : kProjectHeadings) {
            const int expected = heading == QLatin1String("Contents") ? 1 : 2;
            QVERIFY2(text.count(heading) >= expected, qPrintable(QStringLiteral("heading '%1'").arg(heading)));
        }
        QVERIFY(text.contains(QStringLiteral("Yearly cash flows of project %1").arg(projectId)));
        QVERIFY(text.contains(QStringLiteral("No sensitivity analysis")));
        QVERIFY(text.contains(QStringLiteral("No Monte Carlo analysis")));
        QVERIFY(text.contains(m_source.sha256));
        QVERIFY(text.contains(QStringLiteral("GridCBA %1").arg(QStringLiteral(GRIDCBA_VERSION))));

        // NPV and B/C per scenario, printed as the report prints them, on the scenario's row of
        // the key-results table; and the printed text is the engine's value rounded.
        const report::NumberFormat f(m_locale);
        const economics::ProjectEvaluation &e = *m_results.at(projectId).evaluation;
        QVERIFY(!e.scenarios.empty());
        for (const economics::ScenarioEvaluation &s : e.scenarios) {
            const QString npv = f.meur(s.npvEur);
            const QString bc = f.ratio(s.bcRatio);
            const QString label = QStringLiteral("%1 (%2)").arg(m_study.scenario(s.scenarioId)->name, s.scenarioId);
            const QRegularExpression row(QRegularExpression::escape(label) + QStringLiteral("\\s+") +
                                         QRegularExpression::escape(npv) + QStringLiteral("\\s+") +
                                         QRegularExpression::escape(bc) + QStringLiteral("\\s"));
            QVERIFY2(text.contains(row), qPrintable(QStringLiteral("row '%1  %2  %3'").arg(label, npv, bc)));
            COMPARE_NEAR(m_locale.toDouble(npv) * 1e6, s.npvEur, 0.005e6, 0.0);
            COMPARE_NEAR(m_locale.toDouble(bc), *s.bcRatio, 0.005, 0.0);
        }
        for (const QString &notAssessed : e.scenariosNotAssessed)
            QVERIFY(text.contains(QStringLiteral("Not assessed (no indicator inputs): %1").arg(notAssessed)));
    }

    void studyReportShowsEveryProject()
    {
        const QString text = pdfText(renderPdf(QString(), report::Paper::A4, QStringLiteral("study.pdf")));
        const report::NumberFormat f(m_locale);
        for (const model::Project &p : m_study.projects) {
            QVERIFY(text.contains(QStringLiteral("Project %1: %2").arg(p.id, p.name)));
            for (const economics::ScenarioEvaluation &s : m_results.at(p.id).evaluation->scenarios)
                QVERIFY(text.contains(f.meur(s.npvEur)));
        }
    }

    void storedSensitivityRunsAppearWithTheirNumbers()
    {
        // A sweep and a Monte Carlo run of P2 stored in the study: the report shows their
        // stored figures, formatted as the report formats numbers.
        const model::Study original = m_study;
        const model::Project &p2 = *m_study.project(QStringLiteral("P2"));
        QString error;
        const sensitivity::SweepDefinition sd = sensitivity::defaultSweep(m_study, p2);
        const auto sweep = sensitivity::runSweep(m_study, sd, &error);
        QVERIFY2(sweep, qPrintable(error));
        sensitivity::MonteCarloDefinition md;
        md.projectId = p2.id;
        md.samples = 5000;
        md.seed = 11;
        md.inputs = {{sensitivity::InputId::Capex, {sensitivity::DistributionKind::Pert, 0.9, 1.0, 1.2}}};
        const auto mc = sensitivity::runMonteCarlo(m_study, md, &error);
        QVERIFY2(mc, qPrintable(error));
        m_study.analysisRuns.push_back(sensitivity::makeRun(m_study, sd, *sweep, QStringLiteral("Tornado P2")));
        m_study.analysisRuns.push_back(sensitivity::makeRun(m_study, md, *mc, QStringLiteral("CAPEX risk")));
        const QString text = pdfText(renderPdf(QStringLiteral("P2"), report::Paper::A4, QStringLiteral("runs.pdf")));
        m_study = original;
        const report::NumberFormat f(m_locale);
        QVERIFY(text.contains(QStringLiteral("Sweep \"Tornado P2\"")));
        QVERIFY(text.contains(QStringLiteral("Tornado and switching values, scenario National Trends")));
        QVERIFY(text.contains(QStringLiteral("NPV against the commissioning year")));
        QVERIFY(text.contains(QStringLiteral("Monte Carlo \"CAPEX risk\"")));
        QVERIFY(text.contains(QStringLiteral("5000 samples, seed 11")));
        for (const sensitivity::McScenarioResult &s : mc->scenarios) {
            const QRegularExpression row(QStringLiteral("%1\\s+%2\\s+%3\\s+%4")
                                             .arg(QRegularExpression::escape(f.meur(s.npvP10Eur)),
                                                  QRegularExpression::escape(f.meur(s.npvP50Eur)),
                                                  QRegularExpression::escape(f.meur(s.npvP90Eur)),
                                                  QRegularExpression::escape(f.percent(s.probabilityNpvPositive, 1))));
            QVERIFY2(text.contains(row), qPrintable(row.pattern()));
        }
        QVERIFY(!text.contains(QStringLiteral("No Monte Carlo analysis is stored")));
    }

    void paperSizeAndPageNumbers_data()
    {
        QTest::addColumn<int>("paper");
        QTest::addColumn<QString>("pageSize");
        QTest::newRow("A4") << int(report::Paper::A4) << QStringLiteral("595 x 842 pts (A4)");
        QTest::newRow("Letter") << int(report::Paper::Letter) << QStringLiteral("612 x 792 pts (letter)");
    }

    void paperSizeAndPageNumbers()
    {
        QFETCH(int, paper);
        QFETCH(QString, pageSize);
        const QString pdf = renderPdf(QStringLiteral("P1"), report::Paper(paper), QStringLiteral("paper-%1.pdf").arg(paper));
        const QString info = run(QStringLiteral("pdfinfo"), {pdf}).out;
        QVERIFY2(info.contains(QStringLiteral("Page size:       ") + pageSize), qPrintable(info));
        const QRegularExpressionMatch pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
        QVERIFY(pages.hasMatch());
        const int count = pages.captured(1).toInt();
        QVERIFY(count >= 8);
        const QString text = pdfText(pdf);
        QVERIFY(text.contains(QStringLiteral("Page 2 of %1").arg(count)));
        QVERIFY(text.contains(QStringLiteral("Page %1 of %1").arg(count)));
    }

    void chartsAreVectors()
    {
        const QString pdf = renderPdf(QStringLiteral("P1"), report::Paper::A4, QStringLiteral("vectors.pdf"));
        const Run images = run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf});
        QCOMPARE(images.exitCode, 0);
        // Only the two header lines: no raster image anywhere in the report.
        QCOMPARE(images.out.trimmed().split(u'\n').size(), 2);
        QVERIFY(pdfText(pdf).contains(QStringLiteral("Present value (M€ of 2023)")));
    }

    void cashFlowCsvReproducesNpv()
    {
        const QString dir = m_dir.filePath(QStringLiteral("csv"));
        QString error;
        QStringList written;
        QVERIFY2(io::writeCsvFiles(io::allTables(m_study, evaluations()), dir, &written, &error), qPrintable(error));
        const double r = m_study.economics.discountRate;
        const int t0 = m_study.economics.discountingYear;
        for (const model::Project &p : m_study.projects) {
            QFile file(QDir(dir).filePath(p.id + QStringLiteral("-cash-flows.csv")));
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
            const auto rows = test::parseCsv(QString::fromUtf8(file.readAll()));
            QVERIFY(rows.size() > 1);
            const QStringList &header = rows.front();
            const qsizetype year = header.indexOf(QStringLiteral("Year"));
            const qsizetype net = header.indexOf(QStringLiteral("Net cash flow (€, 2023 prices)"));
            const qsizetype factor = header.indexOf(QStringLiteral("Discount factor"));
            QVERIFY(year >= 0 && net >= 0 && factor >= 0);
            for (const economics::ScenarioEvaluation &s : m_results.at(p.id).evaluation->scenarios) {
                double npv = 0.0;
                for (std::size_t i = 1; i < rows.size(); ++i) {
                    if (rows[i][0] != s.scenarioId)
                        continue;
                    const int t = rows[i][year].toInt();
                    const double df = rows[i][factor].toDouble();
                    COMPARE_NEAR(df, 1.0 / std::pow(1.0 + r, t - t0), 0.0, 1e-15);
                    npv += rows[i][net].toDouble() * df;
                }
                COMPARE_NEAR(npv, s.npvEur, 0.0, 1e-9);
            }
        }
    }

    void csvQuotesFieldsAndNeverLocalisesNumbers()
    {
        model::Study study = m_study;
        study.projects.front().name = QStringLiteral("Line \"A\", north");
        const QLocale previous;
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        const QByteArray csv = io::tableToCsv(io::summaryTable(study, evaluations()));
        QLocale::setDefault(previous);
        QVERIFY(csv.contains("P1,\"Line \"\"A\"\", north\",NT,National Trends,"));
        QVERIFY(csv.endsWith("\r\n"));
        QVERIFY(!csv.contains("\r\n\n") && csv.count('\n') == csv.count("\r\n"));
        const auto rows = test::parseCsv(QString::fromUtf8(csv));
        QCOMPARE(rows[1][1], QStringLiteral("Line \"A\", north"));
        const double npv = m_results.at(QStringLiteral("P1")).evaluation->scenarios.front().npvEur;
        QCOMPARE(rows[1][4].toDouble(), npv); // '.' decimal, the shortest exact text
        QCOMPARE(rows[0][4], QStringLiteral("NPV (€, 2023 prices)"));
    }

    void xlsxHoldsNumbersAndNpvFormula()
    {
        const QString path = m_dir.filePath(QStringLiteral("tables.xlsx"));
        const std::vector<io::Table> tables = io::allTables(m_study, evaluations());
        QString error;
        QVERIFY2(report::writeXlsx(tables, path, &error), qPrintable(error));
        const Run list = run(QStringLiteral("unzip"), {QStringLiteral("-l"), path});
        QCOMPARE(list.exitCode, 0);
        QVERIFY(list.out.contains(QStringLiteral("xl/worksheets/sheet1.xml")));
        int cashFlows = -1;
        for (std::size_t i = 0; i < tables.size(); ++i)
            if (tables[i].name == QLatin1String("P1 cash flows"))
                cashFlows = int(i) + 2; // sheet 1 is the contents
        QVERIFY(cashFlows > 0);
        const QString sheet = run(QStringLiteral("unzip"), {QStringLiteral("-p"), path,
                                  QStringLiteral("xl/worksheets/sheet%1.xml").arg(cashFlows)}).out;
        // The NPV of NT: a SUMPRODUCT formula whose stored value is the engine's NPV.
        const QRegularExpressionMatch m = QRegularExpression(
            QStringLiteral("<f>SUMPRODUCT\\(\\(A2:A\\d+=[A-Z]+2\\)[^<]*</f><v>([^<]+)</v>")).match(sheet);
        QVERIFY2(m.hasMatch(), qPrintable(sheet.left(400)));
        const double npv = m_results.at(QStringLiteral("P1")).evaluation->scenarios.front().npvEur;
        COMPARE_NEAR(m.captured(1).toDouble(), npv, 0.0, 1e-9);
        // Discounted net cash flows are formulas over the net flow and the discount factor.
        QVERIFY(sheet.contains(QRegularExpression(QStringLiteral("<f>[A-Z]+2\\*[A-Z]+2</f>"))));
    }

    void cliReportAndExportTables()
    {
        const QString cli = QStringLiteral(GRIDCBA_CLI);
        const QString sample = QStringLiteral(GRIDCBA_SAMPLE_STUDY);
        const QString pdf = m_dir.filePath(QStringLiteral("cli.pdf"));
        Run r = run(cli, {QStringLiteral("report"), sample, QStringLiteral("--project"), QStringLiteral("P2"),
                          QStringLiteral("--paper"), QStringLiteral("letter"), QStringLiteral("-o"), pdf});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(pdfText(pdf).contains(QStringLiteral("North–south 400 kV corridor reinforcement")));

        const QString missing = m_dir.filePath(QStringLiteral("missing.pdf"));
        r = run(cli, {QStringLiteral("report"), sample, QStringLiteral("--project"), QStringLiteral("P9"),
                      QStringLiteral("-o"), missing});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("no project 'P9'")));
        QVERIFY(!QFile::exists(missing));
        r = run(cli, {QStringLiteral("report"), sample, QStringLiteral("--paper"), QStringLiteral("a5"),
                      QStringLiteral("-o"), missing});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!QFile::exists(missing));

        const QString dir = m_dir.filePath(QStringLiteral("cli-csv"));
        r = run(cli, {QStringLiteral("export-tables"), sample, QStringLiteral("--project"), QStringLiteral("P1"),
                      QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("-o"), dir});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(QFile::exists(QDir(dir).filePath(QStringLiteral("P1-cash-flows.csv"))));
        QVERIFY(!QFile::exists(QDir(dir).filePath(QStringLiteral("P2-cash-flows.csv"))));
        const QString xlsx = m_dir.filePath(QStringLiteral("cli.xlsx"));
        r = run(cli, {QStringLiteral("export-tables"), sample, QStringLiteral("--format"), QStringLiteral("xlsx"),
                      QStringLiteral("-o"), xlsx});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile file(xlsx);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.read(2), QByteArray("PK"));
    }
};

QTEST_MAIN(TestReport)
#include "tst_report.moc"
