// The JSON exchange format: byte-identical round trip, and errors that name file, line and
// field.

#include "io/jsonformat.h"
#include "io/jsonpositions.h"
#include "storage/studyfile.h"
#include "studies.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace gridcba;

namespace {

QByteArray sampleText()
{
    QFile f(QStringLiteral(GRIDCBA_SAMPLE_JSON));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A small valid study with known line positions, for error tests. Line numbers matter:
// edit with care.
const char *kSmall = R"({
  "format": "gridcba-study",
  "formatVersion": 1,
  "name": "small",
  "economics": {
    "discountRate": 0.04
  },
  "scenarios": [
    {
      "id": "NT",
      "name": "National Trends",
      "climateYears": [ { "year": 2009, "weight": 1 } ],
      "studyYears": [
        { "year": 2030, "marketCo2PriceEurPerT": 113.4, "sccLowEurPerT": 126,
          "sccCentralEurPerT": 238, "sccHighEurPerT": 315, "vollEurPerMwh": 10000 }
      ]
    }
  ],
  "projects": [
    {
      "id": "P1",
      "name": "Line",
      "commissioningYear": 2030,
      "investments": [
        { "id": "I1", "capex": [ { "year": 2028, "centralEur": 100e6 } ] }
      ],
      "indicatorInputs": [ { "scenarioId": "NT", "year": 2030, "b1Eur": 20e6 } ]
    }
  ]
}
)";

}  // namespace

class TestJsonFormat : public QObject
{
    Q_OBJECT

private slots:
    void smallStudyReads()
    {
        const auto r = io::studyFromJson(kSmall, QStringLiteral("small.json"));
        QVERIFY2(r.study, r.errors.empty() ? "" : qPrintable(r.errors.front().toString()));
        QCOMPARE(r.study->projects[0].investments[0].capex[0].lowEur, 100e6);  // range defaults
        QCOMPARE(r.study->economics.operatingYears, 25);                       // to central; N = 25
    }

    void sampleIsCanonical()
    {
        // The bundled sample is stored exactly as GridCBA exports it.
        const QByteArray text = sampleText();
        const auto r = io::studyFromJson(text, QStringLiteral("sample"));
        QVERIFY(r.study);
        QCOMPARE(io::studyToJson(*r.study), text);
    }

    void exportImportExportIsByteIdentical_data()
    {
        QTest::addColumn<bool>("throughStudyFile");
        QTest::newRow("JSON only") << false;
        QTest::newRow("through a .gridcba file") << true;
    }

    void exportImportExportIsByteIdentical()
    {
        QFETCH(bool, throughStudyFile);
        for (const model::Study &original : {test::workedExampleStudy(),
                                             *io::studyFromJson(sampleText(), {}).study}) {
            const QByteArray first = io::studyToJson(original);
            auto again = io::studyFromJson(first, QStringLiteral("first"));
            QVERIFY(again.study);
            QVERIFY(*again.study == original);
            model::Study reread = *again.study;
            if (throughStudyFile) {
                QTemporaryDir dir;
                const QString path = dir.filePath(QStringLiteral("x.gridcba"));
                QVERIFY(storage::saveStudy(reread, path, nullptr));
                reread = *storage::loadStudy(path).study;
            }
            QCOMPARE(io::studyToJson(reread), first);
        }
    }

    void errorsNameFileLineAndField_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("expected");
        QTest::newRow("string where a number belongs")
            << QByteArray("\"discountRate\": 0.04") << QByteArray("\"discountRate\": \"4,0\"") << 6
            << "small.json:6: economics/discountRate: must be a number, got the string \"4,0\"";
        QTest::newRow("syntax error")
            << QByteArray("\"name\": \"Line\",") << QByteArray("\"name\": \"Line\"") << 23
            << "small.json:23: column 8: invalid JSON";
        QTest::newRow("missing required field")
            << QByteArray(", \"vollEurPerMwh\": 10000") << QByteArray("") << 14
            << "small.json:14: scenarios/0/studyYears/0/vollEurPerMwh: required field is missing";
        QTest::newRow("misspelt field")
            << QByteArray("\"discountRate\"") << QByteArray("\"dicountRate\"") << 6
            << "small.json:6: economics/dicountRate: unknown field";
        QTest::newRow("weights do not sum to 1")
            << QByteArray("\"weight\": 1") << QByteArray("\"weight\": 0.9") << 12
            << "small.json:12: scenarios/0/climateYears: weights must sum to 1";
        QTest::newRow("CAPEX low above central")
            << QByteArray("\"centralEur\": 100e6") << QByteArray("\"centralEur\": 100e6, \"lowEur\": 2e8")
            << 25 << "small.json:25: projects/0/investments/0/capex/0: CAPEX range must satisfy";
        QTest::newRow("unknown scenario in inputs")
            << QByteArray("\"scenarioId\": \"NT\"") << QByteArray("\"scenarioId\": \"XX\"") << 27
            << "small.json:27: projects/0/indicatorInputs/0/scenarioId: no scenario with id 'XX'";
        QTest::newRow("newer format version")
            << QByteArray("\"formatVersion\": 1") << QByteArray("\"formatVersion\": 7") << 3
            << "small.json:3: formatVersion: version 7 is newer";
        QTest::newRow("empty format name")
            << QByteArray("\"format\": \"gridcba-study\"") << QByteArray("\"format\": \"\"") << 2
            << "small.json:2: format: \"\" is not a GridCBA study";
        QTest::newRow("year not a whole number")
            << QByteArray("\"commissioningYear\": 2030") << QByteArray("\"commissioningYear\": 2030.5")
            << 23 << "small.json:23: projects/0/commissioningYear: must be a whole number";
    }

    void errorsNameFileLineAndField()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(int, line);
        QFETCH(QString, expected);
        QByteArray text(kSmall);
        QVERIFY2(text.contains(from), from.constData());
        text.replace(from, to);
        const auto r = io::studyFromJson(text, QStringLiteral("small.json"));
        QVERIFY(!r.study);
        QVERIFY(!r.errors.empty());
        const QString message = r.errors.front().toString();
        QCOMPARE(r.errors.front().line, line);
        QVERIFY2(message.startsWith(expected), qPrintable(message));
    }

    void newerVersionGivesOneClearError()
    {
        QByteArray text(kSmall);
        text.replace("\"formatVersion\": 1", "\"formatVersion\": 2");
        text.replace("\"name\": \"small\"", "\"name\": \"small\", \"fieldOfVersion2\": 1");
        const auto r = io::studyFromJson(text, QStringLiteral("small.json"));
        QCOMPARE(r.errors.size(), std::size_t(1));
        QVERIFY(r.errors[0].message.contains(QStringLiteral("newer")));
    }

    void reportsEveryProblemNotOnlyTheFirst()
    {
        QByteArray text(kSmall);
        text.replace("\"discountRate\": 0.04", "\"discountRate\": \"x\"");
        text.replace("\"commissioningYear\": 2030", "\"commissioningYear\": \"soon\"");
        const auto r = io::studyFromJson(text, QStringLiteral("small.json"));
        QCOMPARE(r.errors.size(), std::size_t(2));
        QCOMPARE(r.errors[0].line, 6);
        QCOMPARE(r.errors[1].line, 23);
    }

    void failedWriteKeepsPreviousFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.json"));
        QVERIFY(io::writeStudyJsonFile(test::workedExampleStudy(), path, nullptr));
        QVERIFY(io::readStudyJsonFile(path).study);
        QString error;
        QVERIFY(!io::writeStudyJsonFile(test::workedExampleStudy(),
                                        dir.filePath(QStringLiteral("missing/s.json")), &error));
        QVERIFY(error.contains(QStringLiteral("missing/s.json")));
    }

    void positionsOfNestedValues()
    {
        const io::JsonPositions pos(kSmall);
        QCOMPARE(pos.lineOf(QStringLiteral("scenarios/0/studyYears/0/sccHighEurPerT")), 15);
        QCOMPARE(pos.lineOf(QStringLiteral("projects/0/investments/0/capex/0/year")), 25);
        QCOMPARE(pos.lineOf(QStringLiteral("projects/0/nothing/here")), 20);  // nearest parent
    }
};

QTEST_GUILESS_MAIN(TestJsonFormat)
#include "tst_jsonformat.moc"
