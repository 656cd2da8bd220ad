// gridcba-cli simulate and merge on a small study written by the test: the results land in
// the study as computed inputs, one unit at a time gives the same as all at once, errors
// name what is wrong and leave the study untouched, Ctrl-C cancels.

#include "clirun.h"
#include "comparenear.h"
#include "io/jsonformat.h"
#include "marketstudies.h"
#include "storage/studyfile.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace gridcba;
using namespace gridcba::test;

namespace {

constexpr double kYear = model::kHoursPerYear;

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The congested border of tst_dispatch in two climate years with the same profiles
// (weights 0.5 / 0.5): B1 = 2,400 €/h in each, so 21,024,000 €/yr combined.
model::Study smallStudy(int adequacyYears)
{
    model::Study s = marketStudy();
    s.scenarios[0].climateYears = {{2008, 0.5}, {2009, 0.5}};
    addZone(s, QStringLiteral("AA"), 50);
    addZone(s, QStringLiteral("BB"), 150);
    addCluster(s, QStringLiteral("a"), QStringLiteral("AA"), 200, 30).forcedOutageRate = 0.05;
    addCluster(s, QStringLiteral("b"), QStringLiteral("BB"), 200, 90).forcedOutageRate = 0.05;
    addBorder(s, QStringLiteral("AA"), QStringLiteral("BB"), 60, 60);
    addLineProject(s, QStringLiteral("P"), QStringLiteral("AA"), QStringLiteral("BB"), 40, 40);
    s.market.adequacyYearsPerClimateYear = adequacyYears;
    return s;
}

QString writeStudy(const QTemporaryDir &dir, const QString &name, const model::Study &s)
{
    const QString path = dir.filePath(name);
    QString error;
    if (!storage::saveStudy(s, path, &error))
        qFatal("%s", qPrintable(error));
    return path;
}

const model::IndicatorInput *computedInput(const QString &path)
{
    static std::optional<model::Study> study;
    study = storage::loadStudy(path).study;
    if (!study || study->projects.empty())
        return nullptr;
    for (const auto &in : study->projects[0].indicatorInputs)
        if (in.origin == model::InputOrigin::Computed)
            return &in;
    return nullptr;
}

}  // namespace

class TestCliMarket : public QObject
{
    Q_OBJECT

private slots:
    void simulateWritesComputedInputs()
    {
        QTemporaryDir dir;
        const QString path = writeStudy(dir, QStringLiteral("s.gridcba"), smallStudy(3));
        const CliRun run = runCli({QStringLiteral("simulate"), path});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.out.contains("P / S 2030 / climate year 2009 (PINT)"));
        QVERIFY(run.err.contains("[100 %]"));
        QVERIFY(run.err.contains("computed indicator inputs of P / S 2030"));
        const model::IndicatorInput *in = computedInput(path);
        QVERIFY(in);
        COMPARE_NEAR(*in->b1Eur, 2400 * kYear, 0, 1e-6);
        QVERIFY(in->b6EensMwh.has_value());
        // The economic evaluation takes it from there.
        const CliRun evaluate = runCli({QStringLiteral("evaluate"), path});
        QVERIFY2(evaluate.exitCode == 0, evaluate.err.constData());
        QVERIFY(evaluate.out.contains("PV B1"));
    }

    // --list-units, then each unit alone into a file, then merge: the same inputs as one run.
    void unitsAndMerge()
    {
        QTemporaryDir dir;
        const model::Study study = smallStudy(2);
        const QString whole = writeStudy(dir, QStringLiteral("whole.gridcba"), study);
        const QString parts = writeStudy(dir, QStringLiteral("parts.gridcba"), study);
        QCOMPARE(runCli({QStringLiteral("simulate"), whole}).exitCode, 0);

        const CliRun list = runCli({QStringLiteral("simulate"), parts, QStringLiteral("--list-units")});
        QCOMPARE(list.exitCode, 0);
        const QList<QByteArray> lines = list.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines[0], QByteArray("0\tP\tS\t2030\t2008"));
        const QByteArray before = readAll(parts);
        QStringList files;
        for (int k = 0; k < 2; ++k) {
            files << dir.filePath(QStringLiteral("unit%1.json").arg(k));
            const CliRun one = runCli({QStringLiteral("simulate"), parts, QStringLiteral("--unit"),
                                       QString::number(k), QStringLiteral("--unit-out"), files.back()});
            QVERIFY2(one.exitCode == 0, one.err.constData());
        }
        QCOMPARE(readAll(parts), before);  // --unit-out leaves the study alone
        const CliRun merge = runCli(QStringList{QStringLiteral("merge"), parts} + files);
        QVERIFY2(merge.exitCode == 0, merge.err.constData());
        const model::IndicatorInput a = *computedInput(whole);
        const model::IndicatorInput b = *computedInput(parts);
        QCOMPARE(*a.b1Eur, *b.b1Eur);
        QCOMPARE(*a.b2Co2T, *b.b2Co2T);
        QCOMPARE(*a.b6EensMwh, *b.b6EensMwh);  // same seeds, same samples
    }

    // A unit result carries the fingerprint of its inputs: merging it into a study whose data
    // changed since (here the fuel price of cluster b) is refused, naming the unit, and the
    // study is unchanged. A change that leaves the unit's inputs alone is not in the way:
    // another project on a border the system does not have (AA-CC) adds that border at 0 MW
    // to every run of the system (marketinput.h) without changing any result.
    void mergeRefusesStaleResults()
    {
        QTemporaryDir dir;
        model::Study study = smallStudy(0);
        addZone(study, QStringLiteral("CC"), 10);
        addCluster(study, QStringLiteral("c"), QStringLiteral("CC"), 20, 50);
        addBorder(study, QStringLiteral("BB"), QStringLiteral("CC"), 10, 10);
        const QString source = writeStudy(dir, QStringLiteral("source.gridcba"), study);
        const QString units = dir.filePath(QStringLiteral("units.json"));
        const CliRun run = runCli({QStringLiteral("simulate"), source, QStringLiteral("--unit-out"), units});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(readAll(units).contains("\"inputDigest\""));

        model::Study dearer = study;
        studyYearOf(dearer).fuelPriceEurPerMwh[QStringLiteral("fuel_b")] = 95;
        const QString stale = writeStudy(dir, QStringLiteral("stale.gridcba"), dearer);
        const QByteArray before = readAll(stale);
        const CliRun refused = runCli({QStringLiteral("merge"), stale, units});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("units/0: P / S 2030 / climate year 2008 was computed from other inputs"),
                 refused.err.constData());
        QCOMPARE(readAll(stale), before);

        model::Study second = study;
        addLineProject(second, QStringLiteral("Q"), QStringLiteral("AA"), QStringLiteral("CC"), 10, 10);
        const QString same = writeStudy(dir, QStringLiteral("same.gridcba"), second);
        const CliRun merged = runCli({QStringLiteral("merge"), same, units});
        QVERIFY2(merged.exitCode == 0, merged.err.constData());
        QVERIFY(computedInput(same));
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown project") << QStringList{QStringLiteral("--project"), QStringLiteral("Q")} << 1
                                         << "there is no project 'Q'";
        QTest::newRow("unit out of range") << QStringList{QStringLiteral("--unit"), QStringLiteral("7")} << 2
                                           << "there are 2 matching units";
        QTest::newRow("bad MPS week") << QStringList{QStringLiteral("--mps-week"), QStringLiteral("60"),
                                                     QStringLiteral("--mps-dir"), QStringLiteral("x")}
                                      << 2 << "--mps-week takes weeks 1..53";
    }

    void errors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString path = writeStudy(dir, QStringLiteral("s.gridcba"), smallStudy(0));
        const QByteArray before = readAll(path);
        const CliRun run = runCli(QStringList{QStringLiteral("simulate"), path} + args);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(message.toUtf8()), run.err.constData());
        QCOMPARE(readAll(path), before);
    }

    void jsonStudyNeedsUnitOut()
    {
        QTemporaryDir dir;
        const QString json = dir.filePath(QStringLiteral("s.json"));
        QString error;
        QVERIFY(io::writeStudyJsonFile(smallStudy(0), json, &error));
        const CliRun run = runCli({QStringLiteral("simulate"), json, QStringLiteral("--no-adequacy")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains("--unit-out"));
        const CliRun out = runCli({QStringLiteral("simulate"), json, QStringLiteral("--no-adequacy"),
                                   QStringLiteral("--unit-out"), dir.filePath(QStringLiteral("u.json"))});
        QVERIFY2(out.exitCode == 0, out.err.constData());
        const CliRun bad = runCli({QStringLiteral("merge"), writeStudy(dir, QStringLiteral("m.gridcba"), smallStudy(0)), json});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY(bad.err.contains("not a unit result file"));
    }

    // Ctrl-C during a long adequacy run: exit code 130, the study unchanged.
    void interruptCancels()
    {
        QTemporaryDir dir;
        const QString path = writeStudy(dir, QStringLiteral("s.gridcba"), smallStudy(20000));
        const QByteArray before = readAll(path);
        QProcess p;
        p.start(QStringLiteral(GRIDCBA_CLI), {QStringLiteral("simulate"), path, QStringLiteral("--threads"), QStringLiteral("1")});
        QVERIFY(p.waitForStarted());
        QByteArray progress;
        QTRY_VERIFY_WITH_TIMEOUT((progress += p.readAllStandardError()).contains("adequacy"), 120000);
        ::kill(pid_t(p.processId()), SIGINT);
        QVERIFY(p.waitForFinished(120000));
        QCOMPARE(p.exitCode(), 130);
        QCOMPARE(readAll(path), before);
    }
};

QTEST_GUILESS_MAIN(TestCliMarket)
#include "tst_cli_market.moc"
