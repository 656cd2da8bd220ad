// gridcba-cli end to end: figures on the sample study against a second route, exit codes,
// error messages, and nothing written on failure.

#include "clirun.h"
#include "comparenear.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <map>

namespace {

using Run = gridcba::test::CliRun;

Run cli(const QStringList &args)
{
    return gridcba::test::runCli(args);
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

}  // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void versionAndHelp()
    {
        Run v = cli({QStringLiteral("--version")});
        QCOMPARE(v.exitCode, 0);
        QVERIFY(v.out.startsWith("gridcba-cli " GRIDCBA_VERSION));
        Run h = cli({QStringLiteral("--help")});
        QCOMPARE(h.exitCode, 0);
        QVERIFY(h.out.contains("evaluate STUDY"));
        Run bad = cli({QStringLiteral("frobnicate")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains("unknown command 'frobnicate'"));
    }

    void sampleFiguresMatchSecondRoute_data()
    {
        // Expected values from tests/reference/sample_npv.py, an independent Python
        // implementation of methodology.md §3 that reads the sample JSON directly.
        // Tolerance 1e-6 M€ absolute: the script prints six decimals.
        QTest::addColumn<QString>("project");
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<double>("npvMeur");
        QTest::addColumn<double>("bc");
        QTest::newRow("P1 NT: deflated CAPEX, OPEX share") << "P1" << "NT" << 13.163245 << 1.006206;
        QTest::newRow("P1 DE") << "P1" << "DE" << 353.222295 << 1.166543;
        QTest::newRow("P1 GA") << "P1" << "GA" << 112.544648 << 1.053065;
        QTest::newRow("P2 NT: lump-sum CAPEX, B9, other") << "P2" << "NT" << 267.363501 << 1.533001;
        QTest::newRow("P2 DE") << "P2" << "DE" << 202.815480 << 1.404322;
        QTest::newRow("P2 GA") << "P2" << "GA" << 336.015815 << 1.669863;
        QTest::newRow("P3 NT: negative NPV") << "P3" << "NT" << -562.569153 << 0.390801;
        QTest::newRow("P3 DE") << "P3" << "DE" << -471.309775 << 0.489625;
    }

    void sampleFiguresMatchSecondRoute()
    {
        QFETCH(QString, project);
        QFETCH(QString, scenario);
        QFETCH(double, npvMeur);
        QFETCH(double, bc);
        Run r = cli({QStringLiteral("evaluate"), QStringLiteral(GRIDCBA_SAMPLE_JSON),
                     QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject root = QJsonDocument::fromJson(r.out).object();
        bool found = false;
        for (const QJsonValue &p : root[QStringLiteral("projects")].toArray()) {
            if (p[QStringLiteral("projectId")].toString() != project)
                continue;
            for (const QJsonValue &s : p[QStringLiteral("scenarios")].toArray()) {
                if (s[QStringLiteral("scenarioId")].toString() != scenario)
                    continue;
                found = true;
                COMPARE_NEAR(s[QStringLiteral("npvEur")].toDouble() / 1e6, npvMeur, 1e-6, 0);
                COMPARE_NEAR(s[QStringLiteral("bcRatio")].toDouble(), bc, 1e-6, 0);
            }
        }
        QVERIFY(found);
    }

    // The built sample study: its projects P1 and P2 carry the B1-B6 computed by the market
    // model (resources/sample/system/results.json), which replace the typed ones. The same
    // second route values the study as exported: every project and scenario must agree
    // within 1e-6 M€ (the script prints six decimals).
    void computedSampleFiguresMatchSecondRoute()
    {
        QTemporaryDir dir;
        const QString json = dir.filePath(QStringLiteral("sample.json"));
        const Run exported = cli({QStringLiteral("export-json"), QStringLiteral(GRIDCBA_SAMPLE_STUDY), json});
        QVERIFY2(exported.exitCode == 0, exported.err.constData());
        QProcess python;
        python.start(QStringLiteral("/usr/bin/python3"),
                     {QStringLiteral(GRIDCBA_SOURCE_DIR "/tests/reference/sample_npv.py"), json});
        QVERIFY(python.waitForFinished(300000));
        QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
        const QList<QByteArray> lines = python.readAllStandardOutput().trimmed().split('\n');

        const Run r = cli({QStringLiteral("evaluate"), QStringLiteral(GRIDCBA_SAMPLE_STUDY), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        std::map<QString, std::pair<double, double>> ours;
        for (const QJsonValue &p : QJsonDocument::fromJson(r.out)[QStringLiteral("projects")].toArray())
            for (const QJsonValue &s : p[QStringLiteral("scenarios")].toArray())
                ours[p[QStringLiteral("projectId")].toString() + u' ' + s[QStringLiteral("scenarioId")].toString()] =
                    {s[QStringLiteral("npvEur")].toDouble() / 1e6, s[QStringLiteral("bcRatio")].toDouble()};
        int compared = 0;
        for (const QByteArray &line : lines) {
            const QList<QByteArray> f = line.split(' ');  // "P1 NT npv_meur=... bc=..."
            if (f.size() != 4 || !f[2].startsWith("npv_meur="))
                continue;  // "P3 GA not assessed"
            const QString key = QString::fromUtf8(f[0] + ' ' + f[1]);
            QVERIFY2(ours.count(key), qPrintable(key));
            const double npv = f[2].split('=').last().toDouble();  // "npv_meur=13.163245"
            const double bc = f[3].split('=').last().toDouble();   // "bc=1.006206"
            COMPARE_NEAR(ours[key].first, npv, 1e-6, 0);
            COMPARE_NEAR(ours[key].second, bc, 1e-6, 0);
            ++compared;
        }
        QCOMPARE(compared, 8);  // P1, P2 in NT, DE, GA; P3 in NT, DE
        // The computed B1 differs from the typed one: the figures are the market model's.
        const Run typed = cli({QStringLiteral("evaluate"), QStringLiteral(GRIDCBA_SAMPLE_JSON), QStringLiteral("--json")});
        const double typedNpv = QJsonDocument::fromJson(typed.out)[QStringLiteral("projects")][0]
                                    [QStringLiteral("scenarios")][0][QStringLiteral("npvEur")].toDouble() / 1e6;
        QVERIFY(std::abs(ours[QStringLiteral("P1 NT")].first - typedNpv) > 1.0);
    }

    void notAssessedScenarioIsListed()
    {
        Run r = cli({QStringLiteral("evaluate"), QStringLiteral(GRIDCBA_SAMPLE_JSON),
                     QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray projects = QJsonDocument::fromJson(r.out)[QStringLiteral("projects")].toArray();
        const QJsonObject p3 = projects[2].toObject();
        QCOMPARE(p3[QStringLiteral("scenariosNotAssessed")].toArray(), QJsonArray{QStringLiteral("GA")});
        COMPARE_NEAR(p3[QStringLiteral("npvRangeEur")][QStringLiteral("min")].toDouble() / 1e6,
                     -562.569153, 1e-6, 0);
    }

    void textOutputShowsHeadlineFigures()
    {
        Run r = cli({QStringLiteral("evaluate"), QStringLiteral(GRIDCBA_SAMPLE_JSON)});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("NPV range over scenarios: 202.82 to 336.02 M€"));
        QVERIFY(r.out.contains("not assessed (no inputs): GA"));
    }

    void cashFlowsSumToNpv()
    {
        Run r = cli({QStringLiteral("evaluate"), QStringLiteral(GRIDCBA_SAMPLE_STUDY),
                     QStringLiteral("--json"), QStringLiteral("--cash-flows")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject s = QJsonDocument::fromJson(r.out)[QStringLiteral("projects")][1]
                                  [QStringLiteral("scenarios")][0].toObject();
        double npv = 0.0;
        for (const QJsonValue &row : s[QStringLiteral("cashFlows")].toArray())
            npv += row[QStringLiteral("netEur")].toDouble() / std::pow(1.04, row[QStringLiteral("year")].toInt() - 2025);
        COMPARE_NEAR(npv, s[QStringLiteral("npvEur")].toDouble(), 0, 1e-9);
    }

    void badInputNamesFileLineFieldAndWritesNothing()
    {
        QTemporaryDir dir;
        QByteArray text = readAll(QStringLiteral(GRIDCBA_SAMPLE_JSON));
        text.replace("\"discountRate\": 0.04", "\"discountRate\": \"4 %\"");
        const QString bad = dir.filePath(QStringLiteral("bad.json"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
        f.close();
        const QString out = dir.filePath(QStringLiteral("out.gridcba"));
        Run r = cli({QStringLiteral("import-json"), bad, out});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains((bad + QStringLiteral(":11: economics/discountRate: must be a number")).toUtf8()),
                 r.err.constData());
        QVERIFY(!QFile::exists(out));
        const QString results = dir.filePath(QStringLiteral("results.txt"));
        Run e = cli({QStringLiteral("evaluate"), bad, QStringLiteral("-o"), results});
        QCOMPARE(e.exitCode, 1);
        QVERIFY(!QFile::exists(results));
        Run missing = cli({QStringLiteral("evaluate"), dir.filePath(QStringLiteral("nope.gridcba"))});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains("nope.gridcba: cannot open"));
    }

    void importExportRoundTrip()
    {
        QTemporaryDir dir;
        const QString study = dir.filePath(QStringLiteral("s.gridcba"));
        const QString json = dir.filePath(QStringLiteral("s.json"));
        QCOMPARE(cli({QStringLiteral("import-json"), QStringLiteral(GRIDCBA_SAMPLE_JSON), study}).exitCode, 0);
        QCOMPARE(cli({QStringLiteral("export-json"), study, json}).exitCode, 0);
        QCOMPARE(readAll(json), readAll(QStringLiteral(GRIDCBA_SAMPLE_JSON)));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
