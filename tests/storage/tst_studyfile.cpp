// The study file: round trip, atomic save, migration from every older schema (one fixture each),
// refusal of corrupt, truncated and newer files, and the content checksum that catches a
// changed byte SQLite itself would not notice.

#include "comparenear.h"
#include "fileutil.h"
#include "io/jsonformat.h"
#include "economics/evaluation.h"
#include "storage/schema.h"
#include "storage/studyfile.h"
#include "studies.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <cstring>

using namespace gridcba;
using test::readAll;

namespace {

// A REAL as SQLite stores it in a record: 8 bytes, big-endian.
QByteArray realBytes(double v)
{
    quint64 bits;
    std::memcpy(&bits, &v, sizeof bits);
    const quint64 be = qToBigEndian(bits);
    return QByteArray(reinterpret_cast<const char *>(&be), sizeof be);
}

// "path: actual, expected" for every leaf where two JSON trees differ.
void jsonDifferences(const QJsonValue &actual, const QJsonValue &expected, const QString &path,
                     QStringList &out)
{
    if (actual.type() != expected.type()) {
        out << QStringLiteral("%1: %2, expected %3")
                   .arg(path,
                        QString::fromUtf8(
                            QJsonDocument(QJsonArray{actual}).toJson(QJsonDocument::Compact)),
                        QString::fromUtf8(
                            QJsonDocument(QJsonArray{expected}).toJson(QJsonDocument::Compact)));
        return;
    }
    if (actual.isObject()) {
        const QJsonObject a = actual.toObject();
        const QJsonObject e = expected.toObject();
        QStringList keys = a.keys() + e.keys();
        keys.removeDuplicates();
        for (const QString &key : keys)
            jsonDifferences(a.value(key), e.value(key), path + u'/' + key, out);
    } else if (actual.isArray()) {
        const QJsonArray a = actual.toArray();
        const QJsonArray e = expected.toArray();
        if (a.size() != e.size())
            out << QStringLiteral("%1: %2 elements, expected %3")
                       .arg(path)
                       .arg(a.size())
                       .arg(e.size());
        for (qsizetype i = 0; i < std::min(a.size(), e.size()); ++i)
            jsonDifferences(a[i], e[i], path + u'/' + QString::number(i), out);
    } else if (actual != expected) {
        out << QStringLiteral("%1: %2, expected %3")
                   .arg(path, actual.toVariant().toString(), expected.toVariant().toString());
    }
}

QStringList jsonDifferences(const QByteArray &actual, const QByteArray &expected)
{
    QStringList out;
    jsonDifferences(QJsonDocument::fromJson(actual).object(),
                    QJsonDocument::fromJson(expected).object(), QString(), out);
    return out;
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

    // One row per fixture: tests/data/study-schemaN.sql is a study file as schema N wrote it
    // (an SQL dump, made with `sqlite3 FILE .dump`), study-schemaN.json what it must read as
    // once migrated to the current schema. A new schema version adds its two files and a row.
    void migratesEveryOlderSchema_data()
    {
        QTest::addColumn<int>("version");
        QTest::newRow("schema 1 (CAPEX without range)") << 1;
        QTest::newRow("schema 2 (CAPEX range, no run history)") << 2;
        QTest::newRow("schema 3 (run history)") << 3;
        QTest::newRow("schema 4 (market model, content checksum)") << 4;
    }

    void migratesEveryOlderSchema()
    {
        QFETCH(int, version);
        const QString base = QStringLiteral(GRIDCBA_TEST_DATA "/study-schema%1").arg(version);
        const QByteArray sql = readAll(base + QStringLiteral(".sql"));
        QVERIFY(!sql.isEmpty());
        storage::Database db;
        QString error;
        QVERIFY(db.openMemory(&error));
        QVERIFY2(db.exec(sql.constData(), &error), qPrintable(error));
        QCOMPARE(storage::schemaVersion(db).value_or(-1), version);
        const auto bytes = db.serialize(&error);
        QVERIFY(bytes);

        const storage::LoadResult loaded =
            storage::loadStudyFromBytes(*bytes, QStringLiteral("old"));
        QVERIFY2(loaded.study, qPrintable(loaded.error));
        QCOMPARE(loaded.fileSchemaVersion, version);
        const io::StudyReadResult expected = io::readStudyJsonFile(base + QStringLiteral(".json"));
        QVERIFY(expected.study);
        // Field by field, so that a failure names the field.
        const QStringList differences =
            jsonDifferences(io::studyToJson(*loaded.study), io::studyToJson(*expected.study));
        QVERIFY2(differences.isEmpty(), qPrintable(differences.join(u'\n')));
        QVERIFY(*loaded.study == *expected.study); // and every double bit for bit

        // Every fixture is the worked example, with or without extras that do not change its
        // NPV of 804.6750 M€ (methodology.md §3).
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

    // A schema version without a fixture would go untested by the migration test.
    void everySchemaVersionHasAFixture()
    {
        for (int v = 1; v <= storage::kSchemaVersion; ++v) {
            const QString base = QStringLiteral(GRIDCBA_TEST_DATA "/study-schema%1").arg(v);
            QVERIFY2(QFileInfo::exists(base + QStringLiteral(".sql")) &&
                         QFileInfo::exists(base + QStringLiteral(".json")),
                     qPrintable(base + QStringLiteral(".sql/.json missing: add a fixture and a "
                                                      "row to migratesEveryOlderSchema_data")));
        }
    }

    void refusesNewerSchemaFile()
    {
        QString error;
        auto bytes = storage::serializeStudy(test::workedExampleStudy(), &error);
        storage::Database db;
        QVERIFY(db.openCopyOf(*bytes, &error));
        const QByteArray newer = QByteArray::number(storage::kSchemaVersion + 1);
        // The checksum no longer matches: a newer file is refused as such all the same (a
        // newer GridCBA may compute its checksum differently).
        QVERIFY(
            db.exec("UPDATE meta SET value='" + newer + "' WHERE key='schema_version'", &error));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("newer.gridcba"));
        QVERIFY(storage::writeStudyFile(*db.serialize(&error), path, &error));
        const QByteArray onDisk = readAll(path);
        const storage::LoadResult loaded = storage::loadStudy(path);
        QVERIFY(!loaded.study);
        QVERIFY2(loaded.error.startsWith(path +
                                         QStringLiteral(": the study was saved by a newer "
                                                        "GridCBA (file schema ") +
                                         QString::fromLatin1(newer)),
                 qPrintable(loaded.error));
        QVERIFY2(loaded.error.contains(QStringLiteral("update GridCBA")), qPrintable(loaded.error));
        QCOMPARE(readAll(path), onDisk);
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

    void truncatedFileIsRefusedAndLeftAlone_data()
    {
        QTest::addColumn<int>("keep"); // bytes kept; negative: counted from the end
        for (int keep : {0, 1, 15, 16, 60, 99, 100, 1024, 4095, 4096, 4097, 8192, 20000})
            QTest::addRow("first %d bytes", keep) << keep;
        for (int cut : {1, 100, 4096, 4097, 10000})
            QTest::addRow("last %d bytes cut", cut) << -cut;
    }

    void truncatedFileIsRefusedAndLeftAlone()
    {
        QFETCH(int, keep);
        QString error;
        const QByteArray whole = *storage::serializeStudy(sampleStudy(), &error);
        QVERIFY(whole.size() > 20000 + 4096);
        const QByteArray cut = whole.left(keep >= 0 ? keep : whole.size() + keep);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cut.gridcba"));
        QVERIFY(storage::writeStudyFile(cut, path, &error));
        const storage::LoadResult loaded = storage::loadStudy(path);
        QVERIFY2(!loaded.study, "a truncated study was read");
        QVERIFY2(loaded.error.startsWith(path + QStringLiteral(": ")), qPrintable(loaded.error));
        QCOMPARE(readAll(path), cut);
    }

    // Any single changed byte, anywhere: the file is refused, or reads as exactly the study
    // saved (a byte SQLite does not use), never as a silently different study.
    void changedByteIsRefusedOrHarmless()
    {
        const model::Study study = sampleStudy();
        QString error;
        const QByteArray whole = *storage::serializeStudy(study, &error);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("changed.gridcba"));
        QRandomGenerator random(1789);
        int refused = 0;
        int harmless = 0;
        constexpr int kChanges = 400;
        for (int i = 0; i < kChanges; ++i) {
            QByteArray bytes = whole;
            const qsizetype at = random.bounded(bytes.size());
            bytes[at] = char(bytes[at] ^ char(1 + random.bounded(255)));
            QVERIFY(storage::writeStudyFile(bytes, path, &error));
            const storage::LoadResult loaded = storage::loadStudy(path);
            if (loaded.study) {
                QVERIFY2(*loaded.study == study,
                         qPrintable(QStringLiteral("byte %1 changed the study silently").arg(at)));
                ++harmless;
            } else {
                QVERIFY2(loaded.error.startsWith(path + QStringLiteral(": ")),
                         qPrintable(loaded.error));
                ++refused;
            }
            QCOMPARE(readAll(path), bytes);
        }
        qInfo("%d single-byte changes: %d refused, %d in bytes SQLite does not use", kChanges,
              refused, harmless);
        QVERIFY(refused > 0);
    }

    // Damage SQLite's integrity check cannot see, caught by the content checksum.
    void changedValueIsCaughtByTheChecksum_data()
    {
        QTest::addColumn<QByteArray>("find");   // a value stored in the file
        QTest::addColumn<QByteArray>("change"); // what it becomes
        QTest::newRow("a letter of the study name")
            << QByteArray("Worked example") << QByteArray("Worked exbmple");
        // SQLite stores a REAL with a fraction as 8 bytes, big-endian IEEE 754 (a whole
        // number such as a CAPEX of 300 M€ it stores as an integer).
        QTest::newRow("a CO2 price") << realBytes(113.4) << realBytes(113.5);
    }

    void changedValueIsCaughtByTheChecksum()
    {
        QFETCH(QByteArray, find);
        QFETCH(QByteArray, change);
        QString error;
        QByteArray bytes = *storage::serializeStudy(test::workedExampleStudy(), &error);
        const qsizetype at = bytes.indexOf(find);
        QVERIFY(at > 0);
        bytes.replace(at, find.size(), change);
        // SQLite alone reads the changed value without complaint...
        storage::Database db;
        QVERIFY(db.openCopyOf(bytes, &error));
        QVERIFY(db.exec("PRAGMA integrity_check", &error));
        storage::Statement check(db, "PRAGMA integrity_check");
        QVERIFY(check.next());
        QCOMPARE(check.text(0), QStringLiteral("ok"));
        // ... the loader does not.
        const storage::LoadResult loaded =
            storage::loadStudyFromBytes(bytes, QStringLiteral("c.gridcba"));
        QVERIFY(!loaded.study);
        QVERIFY2(loaded.error.startsWith(QStringLiteral("c.gridcba: the file is damaged")),
                 qPrintable(loaded.error));
        QVERIFY2(loaded.error.contains(QStringLiteral("checksum")), qPrintable(loaded.error));
    }

    // Files saved before the checksum existed have none, and open as before.
    void fileWithoutChecksumOpens()
    {
        QString error;
        const model::Study study = test::workedExampleStudy();
        storage::Database db;
        QVERIFY(db.openCopyOf(*storage::serializeStudy(study, &error), &error));
        QVERIFY(db.exec("DELETE FROM meta WHERE key='content_sha256'", &error));
        const storage::LoadResult loaded =
            storage::loadStudyFromBytes(*db.serialize(&error), QStringLiteral("old.gridcba"));
        QVERIFY2(loaded.study, qPrintable(loaded.error));
        QVERIFY(*loaded.study == study);
    }
};

QTEST_GUILESS_MAIN(TestStudyFile)
#include "tst_studyfile.moc"
