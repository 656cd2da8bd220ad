// The study file: round trip, atomic save, migration from older schemas, refusal of corrupt,
// truncated and newer files.

#include "comparenear.h"
#include "io/jsonformat.h"
#include "economics/evaluation.h"
#include "storage/schema.h"
#include "storage/studyfile.h"
#include "studies.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace gridcba;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

model::Study sampleStudy()
{
    auto r = io::readStudyJsonFile(QStringLiteral(GRIDCBA_SAMPLE_JSON));
    if (!r.study)
        qFatal("sample study does not load");
    return *r.study;
}

}  // namespace

class TestStudyFile : public QObject
{
    Q_OBJECT

private slots:
    void roundTripKeepsEveryField_data()
    {
        QTest::addColumn<bool>("sample");
        QTest::newRow("bundled sample study") << true;
        QTest::newRow("worked example") << false;
    }

    void roundTripKeepsEveryField()
    {
        QFETCH(bool, sample);
        const model::Study study = sample ? sampleStudy() : test::workedExampleStudy();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.gridcba"));
        QString error;
        QVERIFY2(storage::saveStudy(study, path, &error), qPrintable(error));
        const storage::LoadResult loaded = storage::loadStudy(path);
        QVERIFY2(loaded.study, qPrintable(loaded.error));
        QCOMPARE(loaded.fileSchemaVersion, storage::kSchemaVersion);
        // operator== compares every member, doubles bit for bit.
        QVERIFY(*loaded.study == study);
    }

    void optionalValuesStayMissingNotZero()
    {
        model::Study study = test::workedExampleStudy();
        study.projects[0].indicatorInputs[0].b6EensMwh = 0.0;  // assessed: zero
        QVERIFY(!study.projects[0].indicatorInputs[0].b2Co2T);  // not assessed
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.gridcba"));
        QVERIFY(storage::saveStudy(study, path, nullptr));
        const auto loaded = storage::loadStudy(path);
        QVERIFY(loaded.study);
        const auto &in = loaded.study->projects[0].indicatorInputs[0];
        QVERIFY(in.b6EensMwh.has_value());
        QVERIFY(!in.b2Co2T.has_value());
    }

    void failedSaveLeavesPreviousFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.gridcba"));
        QVERIFY(storage::saveStudy(test::workedExampleStudy(), path, nullptr));
        const QByteArray before = readAll(path);
        // A study whose ids collide violates the file's primary keys: the save must fail
        // before anything reaches the disk.
        model::Study bad = test::workedExampleStudy();
        bad.projects.push_back(bad.projects[0]);
        QString error;
        QVERIFY(!storage::saveStudy(bad, path, &error));
        QVERIFY2(error.contains(path), qPrintable(error));
        QCOMPARE(readAll(path), before);
    }

    void saveToUnwritablePlaceFailsCleanly()
    {
        QString error;
        QVERIFY(!storage::saveStudy(test::workedExampleStudy(),
                                    QStringLiteral("/nonexistent-dir/x.gridcba"), &error));
        QVERIFY(error.contains(QStringLiteral("/nonexistent-dir/x.gridcba")));
    }

    void migratesEveryOlderSchema_data()
    {
        QTest::addColumn<int>("version");
        QTest::addColumn<double>("lowShare");   // CAPEX low / central after migration
        QTest::addColumn<double>("highShare");
        // Schema 1 had no CAPEX range: migration sets low = high = central.
        QTest::newRow("schema 1 (CAPEX without range)") << 1 << 1.0 << 1.0;
        // Schema 2 fixture carries a −10 %/+25 % range and no run history.
        QTest::newRow("schema 2 (no run history)") << 2 << 0.9 << 1.25;
    }

    void migratesEveryOlderSchema()
    {
        QFETCH(int, version);
        QFETCH(double, lowShare);
        QFETCH(double, highShare);
        // tests/data/study-schemaN.sql is the worked example as schema N wrote it.
        const QByteArray sql = readAll(QStringLiteral(GRIDCBA_TEST_DATA "/study-schema%1.sql").arg(version));
        QVERIFY(!sql.isEmpty());
        storage::Database db;
        QString error;
        QVERIFY(db.openMemory(&error));
        QVERIFY2(db.exec(sql.constData(), &error), qPrintable(error));
        QCOMPARE(storage::schemaVersion(db).value_or(-1), version);
        const auto bytes = db.serialize(&error);
        QVERIFY(bytes);

        const storage::LoadResult loaded = storage::loadStudyFromBytes(*bytes, QStringLiteral("old"));
        QVERIFY2(loaded.study, qPrintable(loaded.error));
        QCOMPARE(loaded.fileSchemaVersion, version);
        QVERIFY(loaded.study->analysisRuns.empty());
        const model::Investment &inv = loaded.study->projects[0].investments[0];
        QCOMPARE(inv.capex.size(), std::size_t(3));
        for (const model::CapexYear &y : inv.capex) {
            COMPARE_NEAR(y.lowEur, lowShare * y.centralEur, 1e-6, 0);
            COMPARE_NEAR(y.highEur, highShare * y.centralEur, 1e-6, 0);
        }
        // The migrated study is the worked example: NPV 804.6750 M€ (methodology.md §3).
        auto eval = economics::evaluateProject(*loaded.study, loaded.study->projects[0], nullptr);
        QVERIFY(eval);
        COMPARE_NEAR(eval->scenarios[0].npvEur / 1e6, 804.6750, 5e-5, 0);
        // Loading never rewrites the file; saving writes the current schema.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("m.gridcba"));
        QVERIFY(storage::saveStudy(*loaded.study, path, nullptr));
        QCOMPARE(storage::loadStudy(path).fileSchemaVersion, storage::kSchemaVersion);
        QVERIFY(*storage::loadStudy(path).study == *loaded.study);
    }

    void refusesNewerSchema()
    {
        QString error;
        auto bytes = storage::serializeStudy(test::workedExampleStudy(), &error);
        QVERIFY(bytes);
        storage::Database db;
        QVERIFY(db.openCopyOf(*bytes, &error));
        QVERIFY(db.exec("UPDATE meta SET value='99' WHERE key='schema_version'", &error));
        const auto newer = db.serialize(&error);
        const auto loaded = storage::loadStudyFromBytes(*newer, QStringLiteral("new.gridcba"));
        QVERIFY(!loaded.study);
        QVERIFY2(loaded.error.contains(QStringLiteral("newer GridCBA")), qPrintable(loaded.error));
        QVERIFY(loaded.error.startsWith(QStringLiteral("new.gridcba: ")));
    }

    void refusesDamagedFiles_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty file") << "empty" << "empty";
        QTest::newRow("text file") << "text" << "not a GridCBA study";
        QTest::newRow("truncated to half") << "truncated" << "";
        QTest::newRow("bytes overwritten in the middle") << "scribbled" << "";
        QTest::newRow("SQLite database of another program") << "foreign" << "no schema version";
    }

    void refusesDamagedFiles()
    {
        QFETCH(QString, kind);
        QFETCH(QString, expected);
        QString error;
        QByteArray bytes = *storage::serializeStudy(sampleStudy(), &error);
        if (kind == QLatin1String("empty")) {
            bytes.clear();
        } else if (kind == QLatin1String("text")) {
            bytes = "{\"not\": \"a study\"}";
        } else if (kind == QLatin1String("truncated")) {
            bytes.truncate(bytes.size() / 2);
        } else if (kind == QLatin1String("scribbled")) {
            for (qsizetype i = bytes.size() / 3; i < bytes.size() / 3 + 3000; ++i)
                bytes[i] = char(0xA5);
        } else {
            storage::Database db;
            QVERIFY(db.openMemory(&error));
            QVERIFY(db.exec("CREATE TABLE t(x); INSERT INTO t VALUES (1);", &error));
            bytes = *db.serialize(&error);
        }
        const auto loaded = storage::loadStudyFromBytes(bytes, QStringLiteral("bad.gridcba"));
        QVERIFY(!loaded.study);
        QVERIFY2(loaded.error.startsWith(QStringLiteral("bad.gridcba: ")), qPrintable(loaded.error));
        QVERIFY2(loaded.error.contains(expected), qPrintable(loaded.error));
    }
};

QTEST_GUILESS_MAIN(TestStudyFile)
#include "tst_studyfile.moc"
