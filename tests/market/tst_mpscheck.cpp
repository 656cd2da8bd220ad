// The dispatch LPs of the sample European system checked by a second solver: gridcba-cli
// simulate writes a few weeks' LPs as MPS files (the reference run and the project's run),
// tests/reference/highs_mps.py solves them cold with HiGHS (SciPy), and every week's total
// system cost must equal, within 1e-6 relative, the optimum Clp found in the run (stored in
// the unit result's blockObjectiveEur). The same run checks on the real-size system that
// B1 by the generation-cost approach equals the sum of the per-zone surplus split.

#include "clirun.h"
#include "comparenear.h"
#include "io/studysource.h"
#include "market/unitresult.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace gridcba;
using namespace gridcba::test;

class TestMpsCheck : public QObject
{
    Q_OBJECT

private slots:
    void weeksMatchHighs()
    {
        QTemporaryDir dir;
        const QString units = dir.filePath(QStringLiteral("units.json"));
        const QString mps = dir.filePath(QStringLiteral("mps"));
        const QList<int> weeks = {1, 20, 40, 53};  // 53: the year's last 24 hours
        const CliRun run = runCli({QStringLiteral("simulate"), QStringLiteral(GRIDCBA_SAMPLE_STUDY),
                                   QStringLiteral("--project"), QStringLiteral("P1"),
                                   QStringLiteral("--scenario"), QStringLiteral("NT"),
                                   QStringLiteral("--year"), QStringLiteral("2030"),
                                   QStringLiteral("--climate-year"), QStringLiteral("2009"),
                                   QStringLiteral("--no-adequacy"), QStringLiteral("--unit-out"), units,
                                   QStringLiteral("--mps-week"), QStringLiteral("1,20,40,53"),
                                   QStringLiteral("--mps-dir"), mps},
                                  1800000);
        QVERIFY2(run.exitCode == 0, run.err.constData());

        QFile f(units);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonArray a = QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("units")).toArray();
        QCOMPARE(a.size(), 1);
        QString error;
        const auto unit = market::unitResultFromJson(a[0].toObject(), &error);
        QVERIFY2(unit, qPrintable(error));
        QCOMPARE(unit->method, model::AssessmentMethod::Pint);  // reference = "without"

        const QStringList files = QDir(mps).entryList({QStringLiteral("*.mps")}, QDir::Files, QDir::Name);
        QCOMPARE(files.size(), 2 * weeks.size());
        QProcess highs;
        QStringList args{QStringLiteral(GRIDCBA_SOURCE_DIR "/tests/reference/highs_mps.py")};
        for (const QString &file : files)
            args << QDir(mps).filePath(file);
        highs.start(QStringLiteral("/usr/bin/python3"), args);
        QVERIFY(highs.waitForFinished(1800000));
        QVERIFY2(highs.exitCode() == 0, highs.readAllStandardError().constData());
        const QList<QByteArray> lines = highs.readAllStandardOutput().trimmed().split('\n');
        QCOMPARE(lines.size(), files.size());
        static const QRegularExpression name(QStringLiteral("-(reference|P1)-week(\\d+)\\.mps$"));
        for (const QByteArray &line : lines) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            const auto m = name.match(o.value(QStringLiteral("file")).toString());
            QVERIFY(m.hasMatch());
            QCOMPARE(o.value(QStringLiteral("status")).toInt(), 0);
            const int week = m.captured(2).toInt();
            const market::RunSummary &r = m.captured(1) == QLatin1String("reference") ? unit->without : unit->with;
            const double clp = r.blockObjectiveEur[std::size_t(week - 1)];
            qInfo("%s: Clp %.6f, HiGHS %.6f", qPrintable(m.captured(0)), clp,
                  o.value(QStringLiteral("objective")).toDouble());
            COMPARE_NEAR(clp, o.value(QStringLiteral("objective")).toDouble(), 0, 1e-6);
        }

        // B1 = Δ generation cost = Σ over zones of Δ(consumer + producer surplus + rent).
        double split = 0.0;
        for (double v : unit->b1ByZone())
            split += v;
        qInfo("B1 %.2f €/yr, surplus split %.2f €/yr", unit->b1Eur(), split);
        QVERIFY(unit->b1Eur() > 0.0);
        COMPARE_NEAR(split, unit->b1Eur(), 0, 1e-6);

        // The sample study's stored result of this unit (resources/sample/system/results.json,
        // computed once by scripts/sample-results.sh) is what the engine computes today, from
        // the same inputs: the shipped B1-B5 are not stale. 1e-9 relative: the same LPs, but
        // each of the script's runs solved both projects of the group (other thread timing
        // does not change a week's optimum).
        const io::OpenedStudy sample = io::openStudy(QStringLiteral(GRIDCBA_SAMPLE_STUDY));
        QVERIFY(sample.study);
        std::optional<market::UnitResult> stored;
        for (const model::MarketUnitRecord &record : sample.study->marketUnits)
            if (record.projectId == QLatin1String("P1") && record.scenarioId == QLatin1String("NT")
                && record.year == 2030 && record.climateYear == 2009)
                stored = market::fromRecord(record, &error);
        QVERIFY2(stored, qPrintable(error));
        QCOMPARE(stored->inputDigest, unit->inputDigest);
        COMPARE_NEAR(stored->b1Eur(), unit->b1Eur(), 0, 1e-9);
        COMPARE_NEAR(stored->b2Co2T(), unit->b2Co2T(), 0, 1e-9);
        COMPARE_NEAR(stored->b3CurtailmentMwh(), unit->b3CurtailmentMwh(), 1e-3, 1e-9);
        for (std::size_t w = 0; w < unit->without.blockObjectiveEur.size(); ++w)
            COMPARE_NEAR(stored->without.blockObjectiveEur[w], unit->without.blockObjectiveEur[w], 0, 1e-9);
    }
};

QTEST_GUILESS_MAIN(TestMpsCheck)
#include "tst_mpscheck.moc"
