// gridcba-cli sweep and montecarlo end to end: JSON output consistent with evaluate,
// reproducible seeds, runs saved into the study, bad arguments, Ctrl-C.

#include "clirun.h"
#include "comparenear.h"
#include "storage/studyfile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

namespace {

using Run = gridcba::test::CliRun;

Run cli(const QStringList &args)
{
    return gridcba::test::runCli(args);
}

const QString kStudy = QStringLiteral(GRIDCBA_SAMPLE_STUDY);

QStringList monteCarloArgs(const QString &study)
{
    return {QStringLiteral("montecarlo"), study, QStringLiteral("--project"), QStringLiteral("P2"),
            QStringLiteral("--input"), QStringLiteral("capex=pert:0.9,1,1.17"),
            QStringLiteral("--input"), QStringLiteral("welfare=normal:1,0.1"),
            QStringLiteral("--correlate"), QStringLiteral("capex,welfare=0.2"),
            QStringLiteral("--samples"), QStringLiteral("20000"), QStringLiteral("--seed"),
            QStringLiteral("99"), QStringLiteral("--json")};
}

}  // namespace

class TestCliSensitivity : public QObject
{
    Q_OBJECT

private slots:
    void sweepBaseEqualsEvaluate()
    {
        const Run e = cli({QStringLiteral("evaluate"), kStudy, QStringLiteral("--json")});
        const Run s = cli({QStringLiteral("sweep"), kStudy, QStringLiteral("--project"),
                           QStringLiteral("P2"), QStringLiteral("--json")});
        QCOMPARE(s.exitCode, 0);
        const QJsonArray evaluated = QJsonDocument::fromJson(e.out)[QStringLiteral("projects")][1]
                                         [QStringLiteral("scenarios")].toArray();
        const QJsonArray swept = QJsonDocument::fromJson(s.out)[QStringLiteral("results")]
                                     [QStringLiteral("scenarios")].toArray();
        QCOMPARE(swept.size(), evaluated.size());
        for (qsizetype i = 0; i < swept.size(); ++i) {
            // The fast evaluator against the engine: 1e-9 relative.
            COMPARE_NEAR(swept[i][QStringLiteral("baseNpvEur")].toDouble(),
                         evaluated[i][QStringLiteral("npvEur")].toDouble(), 1e-3, 1e-9);
            QCOMPARE(swept[i][QStringLiteral("inputs")].toArray().size(), 12);
        }
    }

    void sweepOfChosenInputs()
    {
        const Run s = cli({QStringLiteral("sweep"), kStudy, QStringLiteral("--project"),
                           QStringLiteral("P1"), QStringLiteral("--input"),
                           QStringLiteral("discountRate=0.02:0.06"), QStringLiteral("--input"),
                           QStringLiteral("capex")});
        QCOMPARE(s.exitCode, 0);
        QVERIFY(s.out.contains("discountRate"));
        QVERIFY(s.out.contains("NPV by commissioning year"));
        QVERIFY(!s.out.contains("welfare"));
    }

    void monteCarloIsReproducible()
    {
        const Run a = cli(monteCarloArgs(kStudy));
        const Run b = cli(monteCarloArgs(kStudy));
        QCOMPARE(a.exitCode, 0);
        QCOMPARE(a.out, b.out);
        const QJsonObject r = QJsonDocument::fromJson(a.out)[QStringLiteral("results")].toObject();
        QCOMPARE(r[QStringLiteral("samples")].toInt(), 20000);
        QCOMPARE(r[QStringLiteral("scenarios")].toArray().size(), 3);
        QVERIFY(a.err.contains("Monte Carlo: 100 %"));
    }

    void saveStoresTheRunInTheStudy()
    {
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("s.gridcba"));
        QVERIFY(QFile::copy(kStudy, copy));
        QStringList args = monteCarloArgs(copy);
        args << QStringLiteral("--save") << QStringLiteral("P2 CAPEX and B1");
        const Run r = cli(args);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains("saved run 1"), r.err.constData());
        const Run s = cli({QStringLiteral("sweep"), copy, QStringLiteral("--project"),
                           QStringLiteral("P2"), QStringLiteral("--save"), QStringLiteral("tornado")});
        QCOMPARE(s.exitCode, 0);
        const auto loaded = gridcba::storage::loadStudy(copy);
        QVERIFY2(loaded.study, qPrintable(loaded.error));
        QCOMPARE(loaded.study->analysisRuns.size(), std::size_t(2));
        QCOMPARE(loaded.study->analysisRuns[0].name, QStringLiteral("P2 CAPEX and B1"));
        QCOMPARE(loaded.study->analysisRuns[1].kind, QStringLiteral("sweep"));
        // The stored results are the ones printed.
        const QJsonObject printed = QJsonDocument::fromJson(r.out)[QStringLiteral("results")].toObject();
        QCOMPARE(QJsonDocument::fromJson(loaded.study->analysisRuns[0].resultsJson).object(), printed);
    }

    void saveNeedsAStudyFile()
    {
        QStringList args = monteCarloArgs(QStringLiteral(GRIDCBA_SAMPLE_JSON));
        args << QStringLiteral("--save") << QStringLiteral("x");
        const Run r = cli(args);
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("--save needs a .gridcba study file"));
    }

    void badArguments_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown input")
            << QStringList{QStringLiteral("sweep"), kStudy, QStringLiteral("--project"), QStringLiteral("P1"),
                           QStringLiteral("--input"), QStringLiteral("fuel=1:2")}
            << 2 << "unknown input 'fuel'";
        QTest::newRow("triangular with two numbers")
            << QStringList{QStringLiteral("montecarlo"), kStudy, QStringLiteral("--project"), QStringLiteral("P1"),
                           QStringLiteral("--input"), QStringLiteral("capex=triangular:0.9,1.2")}
            << 2 << "triangular takes 3 numbers";
        QTest::newRow("no project")
            << QStringList{QStringLiteral("sweep"), kStudy} << 2 << "needs --project";
        QTest::newRow("unknown project")
            << QStringList{QStringLiteral("sweep"), kStudy, QStringLiteral("--project"), QStringLiteral("P9")}
            << 1 << "no project with id 'P9'";
        QTest::newRow("mode outside the range")
            << QStringList{QStringLiteral("montecarlo"), kStudy, QStringLiteral("--project"), QStringLiteral("P1"),
                           QStringLiteral("--input"), QStringLiteral("capex=pert:0.9,1.5,1.2")}
            << 1 << "capex: pert needs min <= mode <= max";
    }

    void badArguments()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const Run r = cli(args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(message.toUtf8()), r.err.constData());
    }

    void ctrlCCancelsAndWritesNothing()
    {
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("s.gridcba"));
        QVERIFY(QFile::copy(kStudy, copy));
        QFile before(copy);
        QVERIFY(before.open(QIODevice::ReadOnly));
        const QByteArray bytes = before.readAll();
        QStringList args = monteCarloArgs(copy);
        args[args.indexOf(QStringLiteral("20000"))] = QStringLiteral("5000000");
        args << QStringLiteral("--save") << QStringLiteral("never");
        QProcess p;
        p.start(QStringLiteral(GRIDCBA_CLI), args);
        QVERIFY(p.waitForStarted());
        QByteArray err;
        QTRY_VERIFY_WITH_TIMEOUT((err += p.readAllStandardError()).contains("Monte Carlo:"), 30000);
        ::kill(pid_t(p.processId()), SIGINT);
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 130);
        err += p.readAllStandardError();
        QVERIFY2(err.contains("cancelled"), err.constData());
        QFile after(copy);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), bytes);
    }
};

QTEST_GUILESS_MAIN(TestCliSensitivity)
#include "tst_cli_sensitivity.moc"
