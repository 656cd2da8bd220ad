// Extreme values at every door into a study (issue 7, bad input): NaN, ±infinity, 1e308,
// negative capacities, NTCs and demand, years out of range, empty tables and a profile of a
// million values must give a clear error naming the field, never a crash and never a silent
// wrong number. Each door has its own data-driven test:
//
//   json       io::studyFromJson on the two-zone market study with one value replaced by
//              raw JSON text (JSON has no NaN or Infinity, and Qt refuses 1e309)
//   studyFile  storage::loadStudyFromBytes on a saved study edited with SQL afterwards
//   saving     storage::serializeStudy of a study holding NaN
//   csv        ui::importCsvTable into the sample study's tables
//   validation model::validate on studies built in code (where NaN and infinity can exist)
//   evaluation what economics::evaluateProject gives at and beyond the plausibility limits
//
// plus the size test of a CSV file with a million rows (csvMillionRows).

#include "comparenear.h"
#include "fuzzentry.h"
#include "marketstudies.h"
#include "studies.h"

#include "economics/evaluation.h"
#include "editing/csvimport.h"
#include "io/jsonformat.h"
#include "model/validation.h"
#include "storage/contentdigest.h"
#include "storage/schema.h"
#include "storage/studyfile.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>
#include <fstream>
#include <limits>

using namespace gridcba;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();

// Replaces the value at `path` ("powerSystems/0/zones/1") of `v`.
QJsonValue replaced(const QJsonValue &v, QStringList path, const QJsonValue &with)
{
    if (path.isEmpty())
        return with;
    const QString head = path.takeFirst();
    if (v.isArray()) {
        QJsonArray a = v.toArray();
        const int i = head.toInt();
        a[i] = replaced(a[i], path, with);
        return a;
    }
    QJsonObject o = v.toObject();
    o[head] = replaced(o.value(head), path, with);
    return o;
}

// The two-zone study as JSON with the value at `path` written as the raw text `raw`.
QByteArray marketJsonWith(const QString &path, const QByteArray &raw)
{
    const QJsonDocument doc = QJsonDocument::fromJson(io::studyToJson(test::twoZoneMarketStudy()));
    const QJsonValue root = replaced(doc.object(), path.split(u'/'), QStringLiteral("@@RAW@@"));
    QByteArray text = QJsonDocument(root.toObject()).toJson(QJsonDocument::Indented);
    text.replace("\"@@RAW@@\"", raw);
    return text;
}

QByteArray repeated(const char *item, int count)
{
    QByteArray a = "[";
    for (int i = 0; i < count; ++i) {
        if (i > 0)
            a += ',';
        a += item;
    }
    return a + ']';
}

// Every error of a refused input, one per line.
template <typename Errors> QString joined(const Errors &errors)
{
    QStringList lines;
    for (const auto &e : errors)
        lines << e.toString();
    return lines.join(u'\n');
}

// Checks that `all` has a line containing both `field` and `message`.
bool hasError(const QString &all, const QString &field, const QString &message)
{
    for (const QString &line : all.split(u'\n'))
        if (line.contains(field) && line.contains(message))
            return true;
    return false;
}

#define VERIFY_ERROR(all, field, message)                                                          \
    QVERIFY2(hasError(all, field, message),                                                        \
             qPrintable(QStringLiteral("no error with “%1” and “%2” in:\n%3")                      \
                            .arg(field, message, all)))

// A saved two-zone study with `sql` run on it afterwards (as a damaged or hand-edited file).
QByteArray editedStudyFile(const char *sql)
{
    QString error;
    const std::optional<QByteArray> bytes = storage::serializeStudy(test::twoZoneMarketStudy(), &error);
    storage::Database db;
    if (!bytes || !db.openCopyOf(*bytes, &error) || !db.exec(sql, &error))
        qFatal("cannot edit the study file: %s", qPrintable(error));
    // The edit is stored with a matching content digest, as a program writing such values
    // would store it; otherwise the file is refused as damaged before its values are read
    // (tst_damagedfiles tests that).
    if (!storage::storeContentDigest(db, &error))
        qFatal("cannot store the digest: %s", qPrintable(error));
    const std::optional<QByteArray> edited = db.serialize(&error);
    if (!edited)
        qFatal("%s", qPrintable(error));
    return *edited;
}

}  // namespace

class TestExtremeValues : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // The base cases are valid: every error below comes from the value changed.
        const model::Study s = test::twoZoneMarketStudy();
        QCOMPARE(model::formatIssues(model::validate(s)), QString());
        QVERIFY(io::studyFromJson(marketJsonWith(QStringLiteral("name"), "\"ok\""), QStringLiteral("x.json")).study);
        QVERIFY(storage::loadStudyFromBytes(editedStudyFile("SELECT 1"), QStringLiteral("x.gridcba")).study);
    }

    // --- JSON -----------------------------------------------------------------------------

    void json_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QString>("field");    // in the error: the field's path or name
        QTest::addColumn<QString>("message");  // in the same error

        const QString capex = QStringLiteral("projects/0/investments/0/capex/0/centralEur");
        const QString cluster = QStringLiteral("powerSystems/0/thermal/0/capacityMw");
        const QString demand = QStringLiteral("powerSystems/0/zones/0/annualDemandMwh");
        const QString ntc = QStringLiteral("powerSystems/0/borders/0/forwardMw");
        const QString studyYear = QStringLiteral("scenarios/0/studyYears/0/year");
        const QString notJson = QStringLiteral("NaN and Infinity cannot be written in JSON");
        const QString tooLarge = QStringLiteral("implausibly large");
        const QString negative = QStringLiteral("must be a finite number >= 0");
        const QString range = QStringLiteral("is outside 1900..2200");

        // JSON cannot carry NaN or infinity; Qt refuses them and 1e309 as "illegal number".
        QTest::newRow("NaN in demand") << demand << QByteArray("NaN") << "annualDemandMwh" << notJson;
        QTest::newRow("nan in demand") << demand << QByteArray("nan") << "annualDemandMwh" << notJson;
        QTest::newRow("Infinity in capacity") << cluster << QByteArray("Infinity") << "capacityMw" << notJson;
        QTest::newRow("-Infinity in NTC") << ntc << QByteArray("-Infinity") << "forwardMw" << notJson;
        QTest::newRow("1e309 in CAPEX") << capex << QByteArray("1e309") << "centralEur" << notJson;
        QTest::newRow("-1e309 in B1") << "projects/0/indicatorInputs/0/b1Eur" << QByteArray("-1e309")
                                      << "b1Eur" << notJson;
        // 1e308 parses, and is refused by the plausibility limits.
        QTest::newRow("1e308 CAPEX") << capex << QByteArray("1e308") << capex << tooLarge;
        QTest::newRow("1e308 OPEX") << "projects/0/investments/0/opexEurPerYear" << QByteArray("1e308")
                                    << "opexEurPerYear" << tooLarge;
        QTest::newRow("-1e308 B1") << "projects/0/indicatorInputs/0/b1Eur" << QByteArray("-1e308")
                                   << "indicatorInputs/0/b1Eur" << tooLarge;
        QTest::newRow("1e308 fuel price") << "scenarios/0/studyYears/0/fuelPriceEurPerMwh/fuel_gas"
                                          << QByteArray("1e308") << "fuel_gas" << tooLarge;
        QTest::newRow("1e308 VOLL") << "scenarios/0/studyYears/0/vollEurPerMwh" << QByteArray("1e308")
                                    << "vollEurPerMwh" << tooLarge;
        QTest::newRow("1e308 cluster capacity") << cluster << QByteArray("1e308") << cluster << tooLarge;
        QTest::newRow("1e308 NTC") << ntc << QByteArray("1e308") << ntc << tooLarge;
        QTest::newRow("1e308 demand") << demand << QByteArray("1e308") << demand << tooLarge;
        QTest::newRow("1e308 storage energy") << "powerSystems/0/storage/0/energyMwh" << QByteArray("1e308")
                                              << "storage/0/energyMwh" << tooLarge;
        QTest::newRow("1e308 project NTC") << "projects/0/borders/0/forwardMw" << QByteArray("1e308")
                                           << "projects/0/borders/0/forwardMw" << tooLarge;
        QTest::newRow("1e308 hourly value") << "profiles/0/values/5" << QByteArray("1e308")
                                            << "profiles/0/values/5" << "hour 6";
        QTest::newRow("tiny number 4.9e-324 in NTC is a number") << ntc << QByteArray("-4.9e-324")
                                                                 << ntc << negative;
        // Negative capacities, NTC and demand.
        QTest::newRow("negative cluster capacity") << cluster << QByteArray("-100") << cluster << negative;
        QTest::newRow("negative PV capacity") << "powerSystems/0/renewables/0/capacityMw" << QByteArray("-1")
                                              << "renewables/0/capacityMw" << negative;
        QTest::newRow("negative storage energy") << "powerSystems/0/storage/1/energyMwh" << QByteArray("-5")
                                                 << "storage/1/energyMwh" << negative;
        QTest::newRow("negative DSR capacity") << "powerSystems/0/dsr/0/capacityMw" << QByteArray("-5")
                                               << "dsr/0/capacityMw" << negative;
        QTest::newRow("negative forward NTC") << ntc << QByteArray("-400") << ntc << negative;
        QTest::newRow("negative backward NTC") << "powerSystems/0/borders/0/backwardMw" << QByteArray("-1")
                                               << "borders/0/backwardMw" << negative;
        QTest::newRow("negative demand") << demand << QByteArray("-8760") << demand << negative;
        QTest::newRow("negative CAPEX") << capex << QByteArray("-1") << capex << negative;
        QTest::newRow("negative hourly value") << "profiles/1/values/12" << QByteArray("-0.5")
                                               << "profiles/1/values/12" << "hour 13";
        // Years out of range.
        QTest::newRow("study year 0") << studyYear << QByteArray("0") << studyYear << range;
        QTest::newRow("study year -5") << studyYear << QByteArray("-5") << studyYear << range;
        QTest::newRow("study year 99999") << studyYear << QByteArray("99999") << studyYear << range;
        QTest::newRow("climate year -5") << "scenarios/0/climateYears/0/year" << QByteArray("-5")
                                         << "climateYears/0/year" << range;
        QTest::newRow("commissioning year 99999") << "projects/0/commissioningYear" << QByteArray("99999")
                                                  << "commissioningYear" << range;
        QTest::newRow("CAPEX year 0") << "projects/0/investments/0/capex/0/year" << QByteArray("0")
                                      << "capex/0/year" << range;
        QTest::newRow("price base year -5") << "economics/priceBaseYear" << QByteArray("-5")
                                            << "economics/priceBaseYear" << range;
        QTest::newRow("profile climate year 99999") << "profiles/1/climateYear" << QByteArray("99999")
                                                    << "profiles/1/climateYear" << range;
        QTest::newRow("power system year 0") << "powerSystems/0/year" << QByteArray("0")
                                             << "powerSystems/0/year" << "is not a study year";
        QTest::newRow("market unit year 99999") << "marketUnits/0/year" << QByteArray("99999")
                                                << "marketUnits/0/year" << range;
        QTest::newRow("year 1e10 is not a whole number") << studyYear << QByteArray("1e10")
                                                         << studyYear << "must be a whole number";
        QTest::newRow("year 2030.5") << studyYear << QByteArray("2030.5") << studyYear
                                     << "must be a whole number";
        // Empty tables.
        QTest::newRow("no scenarios") << "scenarios" << QByteArray("[]") << "scenarios"
                                      << "a study needs at least one scenario";
        QTest::newRow("no study years") << "scenarios/0/studyYears" << QByteArray("[]")
                                        << "scenarios/0/studyYears" << "at least one study year";
        QTest::newRow("power system without zones") << "powerSystems/0/zones" << QByteArray("[]")
                                                    << "powerSystems/0/zones" << "at least one zone";
        QTest::newRow("no profiles") << "profiles" << QByteArray("[]") << "demandProfile"
                                     << "there is no profile 'flat'";
        QTest::newRow("no investments") << "projects/0/investments" << QByteArray("[]")
                                        << "projects/0/investments" << "at least one investment";
        QTest::newRow("empty hourly values") << "profiles/0/values" << QByteArray("[]")
                                             << "profiles/0/values" << "got 0";
        // Profiles of the wrong length: a million values, one too few.
        QTest::newRow("profile of 10^6 values") << "profiles/0/values" << repeated("1", 1000000)
                                                << "profiles/0/values"
                                                << "must have 8760 hourly values (one year), got 1000000";
        QTest::newRow("profile of 8759 values") << "profiles/0/values" << repeated("1", 8759)
                                                << "profiles/0/values" << "got 8759";
        // A seed that is not a whole number is not silently replaced by the default.
        QTest::newRow("adequacy seed not a number") << "market/adequacySeed" << QByteArray("\"x1\"")
                                                    << "market/adequacySeed" << "must be a whole number";
    }

    void json()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, raw);
        QFETCH(QString, field);
        QFETCH(QString, message);
        const io::StudyReadResult r = io::studyFromJson(marketJsonWith(path, raw), QStringLiteral("x.json"));
        QVERIFY2(!r.study, "accepted");
        const QString all = joined(r.errors);
        VERIFY_ERROR(all, field, message);
        // Every error is placed on a line of the file.
        for (const io::InputError &e : r.errors)
            QVERIFY2(e.line > 0, qPrintable(e.toString()));
    }

    // --- The study file -------------------------------------------------------------------

    void studyFile_data()
    {
        QTest::addColumn<QByteArray>("sql");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        const QString tooLarge = QStringLiteral("implausibly large");
        const QString negative = QStringLiteral("must be a finite number >= 0");
        const QString range = QStringLiteral("is outside 1900..2200");
        // SQLite holds infinities (9e999 in SQL) but no NaN (it stores NULL instead, which a
        // NOT NULL column refuses; see saving()).
        QTest::newRow("+inf capacity") << QByteArray("UPDATE ps_thermal SET capacity_mw = 9e999")
                                       << "powerSystems/0/thermal/0/capacityMw" << "got inf";
        QTest::newRow("-inf NTC") << QByteArray("UPDATE ps_border SET backward_mw = -9e999")
                                  << "powerSystems/0/borders/0/backwardMw" << "got -inf";
        QTest::newRow("+inf CAPEX") << QByteArray("UPDATE capex SET central_eur = 9e999, high_eur = 9e999")
                                    << "projects/0/investments/0/capex/0/centralEur" << negative;
        QTest::newRow("1e308 capacity") << QByteArray("UPDATE ps_thermal SET capacity_mw = 1e308")
                                        << "powerSystems/0/thermal/0/capacityMw" << tooLarge;
        QTest::newRow("1e308 B1") << QByteArray("UPDATE indicator_input SET b1_eur = 1e308")
                                  << "projects/0/indicatorInputs/0/b1Eur" << tooLarge;
        QTest::newRow("negative capacity") << QByteArray("UPDATE ps_renewable SET capacity_mw = -800")
                                           << "powerSystems/0/renewables/0/capacityMw" << negative;
        QTest::newRow("negative NTC") << QByteArray("UPDATE ps_border SET forward_mw = -1")
                                      << "powerSystems/0/borders/0/forwardMw" << negative;
        QTest::newRow("negative demand") << QByteArray("UPDATE ps_zone SET annual_demand_mwh = -1 WHERE id = 'BB'")
                                         << "powerSystems/0/zones/1/annualDemandMwh" << negative;
        QTest::newRow("commissioning year 99999") << QByteArray("UPDATE project SET commissioning_year = 99999")
                                                  << "projects/0/commissioningYear" << range;
        QTest::newRow("climate year -5") << QByteArray("UPDATE climate_year SET year = -5")
                                         << "scenarios/0/climateYears/0/year" << range;
        QTest::newRow("profile climate year 99999")
            << QByteArray("UPDATE profile SET climate_year = 99999 WHERE id = 'pv'")
            << "profiles/1/climateYear" << range;
        // Values of the wrong type are not read as 0 or truncated.
        QTest::newRow("text in a number column") << QByteArray("UPDATE ps_thermal SET capacity_mw = 'abc' WHERE id = 'gas'")
                                                 << "ps_thermal.capacity_mw" << "a number is expected";
        QTest::newRow("fraction in a year") << QByteArray("UPDATE project SET commissioning_year = 2030.5")
                                            << "project.commissioning_year" << "a whole number is expected";
        QTest::newRow("year beyond int (2030 + 2^32)")
            << QByteArray("UPDATE project SET commissioning_year = 4294969326")
            << "project.commissioning_year" << "a whole number is expected";
        QTest::newRow("text in an optional number") << QByteArray("UPDATE indicator_input SET b1_eur = 'twenty'")
                                                    << "indicator_input.b1_eur" << "a number is expected";
        QTest::newRow("unknown residual value method") << QByteArray("UPDATE study SET residual_value = 'linearish'")
                                                       << "study.residual_value" << "not one of none, linear";
        QTest::newRow("unknown pollutant") << QByteArray("INSERT INTO damage_cost VALUES ('S', 2030, 'co', 1)")
                                           << "damage_cost.pollutant" << "not a pollutant";
        QTest::newRow("adequacy seed not a number") << QByteArray("UPDATE market_settings SET adequacy_seed = 'x'")
                                                    << "market_settings.adequacy_seed" << "whole number";
        // Empty tables.
        QTest::newRow("no scenarios") << QByteArray("DELETE FROM scenario") << "scenarios"
                                      << "a study needs at least one scenario";
        QTest::newRow("no study years") << QByteArray("DELETE FROM study_year") << "scenarios/0/studyYears"
                                        << "at least one study year";
        QTest::newRow("power system without zones") << QByteArray("DELETE FROM ps_zone") << "powerSystems/0/zones"
                                                    << "at least one zone";
        // Profiles of the wrong size.
        QTest::newRow("profile of 10^6 values")
            << QByteArray("UPDATE profile SET hourly_values = zeroblob(8000000) WHERE id = 'flat'")
            << "profiles/0/values" << "must have 8760 hourly values (one year), got 1000000";
        QTest::newRow("profile bytes not whole numbers")
            << QByteArray("UPDATE profile SET hourly_values = zeroblob(70081) WHERE id = 'flat'")
            << "profile.hourly_values" << "8-byte numbers";
    }

    void studyFile()
    {
        QFETCH(QByteArray, sql);
        QFETCH(QString, field);
        QFETCH(QString, message);
        const storage::LoadResult r =
            storage::loadStudyFromBytes(editedStudyFile(sql.constData()), QStringLiteral("x.gridcba"));
        QVERIFY2(!r.study, "accepted");
        QVERIFY(r.error.startsWith(QStringLiteral("x.gridcba: ")));
        VERIFY_ERROR(r.error, field, message);
        // The desktop app opens invalid studies to let the user fix them (Validation::Report),
        // but never one with a value it could not read.
        const storage::LoadResult report = storage::loadStudyFromBytes(
            editedStudyFile(sql.constData()), QStringLiteral("x.gridcba"), storage::Validation::Report);
        if (report.study)
            VERIFY_ERROR(report.issues.join(u'\n'), field, message);
        else
            VERIFY_ERROR(report.error, field, message);
    }

    // A NaN (which SQLite would store as NULL: "not given" in an optional column) is refused
    // when saving, naming the table.
    void saving_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("table");
        QTest::newRow("NaN capacity") << 0 << "ps_thermal";
        QTest::newRow("NaN B1, an optional value") << 1 << "indicator_input";
        QTest::newRow("NaN zone VOLL, an optional value") << 2 << "ps_zone";
        QTest::newRow("NaN hurdle cost") << 3 << "market_settings";
    }

    void saving()
    {
        QFETCH(int, which);
        QFETCH(QString, table);
        model::Study s = test::twoZoneMarketStudy();
        switch (which) {
        case 0: s.powerSystems[0].thermal[0].capacityMw = kNaN; break;
        case 1: s.projects[0].indicatorInputs[0].b1Eur = kNaN; break;
        case 2: s.powerSystems[0].zones[0].vollEurPerMwh = kNaN; break;
        default: s.market.hurdleCostEurPerMwh = kNaN; break;
        }
        QString error;
        QVERIFY(!storage::serializeStudy(s, &error));
        QVERIFY2(error.contains(QStringLiteral("not a number (NaN)")) && error.contains(table),
                 qPrintable(error));
        // Infinity is kept as it is (validation names it when the study is opened).
        s = test::twoZoneMarketStudy();
        s.powerSystems[0].thermal[0].capacityMw = kInf;
        const std::optional<QByteArray> bytes = storage::serializeStudy(s, &error);
        QVERIFY2(bytes, qPrintable(error));
        const storage::LoadResult r = storage::loadStudyFromBytes(*bytes, QStringLiteral("x.gridcba"),
                                                                  storage::Validation::Report);
        QVERIFY(r.study);
        QCOMPARE(r.study->powerSystems[0].thermal[0].capacityMw, kInf);
        VERIFY_ERROR(r.issues.join(u'\n'), QStringLiteral("thermal/0/capacityMw"), QStringLiteral("got inf"));
    }

    // --- CSV tables -----------------------------------------------------------------------

    void csv_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("message");  // in one error, with its line
        const QByteArray capexHeader = "year,centralEur\n";
        QTest::newRow("NaN cell") << "capex-phasing" << capexHeader + "2027,nan\n" << "line 2: Central";
        QTest::newRow("inf cell") << "capex-phasing" << capexHeader + "2027,inf\n" << "is not a finite number";
        QTest::newRow("-inf cell") << "capex-phasing" << capexHeader + "2027,-inf\n"
                                   << "is not a finite number";
        QTest::newRow("-infinity cell") << "capex-phasing" << capexHeader + "2027,-infinity\n"
                                        << "“-infinity” is not a number";
        QTest::newRow("1e309 cell") << "capex-phasing" << capexHeader + "2027,1e309\n" << "is not a number";
        QTest::newRow("1e308 € by key") << "capex-phasing" << capexHeader + "2027,1e308\n"
                                        << "implausibly large";
        QTest::newRow("1e303 M€ shown (1e309 €)") << "capex-phasing" << QByteArray("Year;Central (M€)\n2027;1e303\n")
                                                  << "implausibly large";
        QTest::newRow("negative CAPEX") << "capex-phasing" << capexHeader + "2027,-5\n" << "line 2";
        QTest::newRow("CAPEX year 0") << "capex-phasing" << capexHeader + "0,5\n" << "between 1900 and 2200";
        QTest::newRow("CAPEX year -5") << "capex-phasing" << capexHeader + "-5,5\n" << "between 1900 and 2200";
        QTest::newRow("CAPEX year 99999") << "capex-phasing" << capexHeader + "99999,5\n" << "between 1900 and 2200";
        QTest::newRow("deflator year 99999") << "deflator" << QByteArray("year,index\n2023,1\n99999,1.1\n")
                                             << "line 3";
        QTest::newRow("negative NTC change is allowed, 1e308 is not")
            << "borders" << QByteArray("fromZone,toZone,forwardMw,backwardMw\nDE,FR,-100,1e308\n")
            << "implausibly large";
        QTest::newRow("study years: NaN VOLL") << "study-years" << QByteArray()
                                               << "line 2: VOLL";
        QTest::newRow("empty table: header only") << "capex-phasing" << capexHeader
                                                  << "the file has a header but no data rows";
        QTest::newRow("empty file") << "capex-phasing" << QByteArray() << "the file is empty";
    }

    void csv()
    {
        QFETCH(QString, table);
        QFETCH(QByteArray, text);
        QFETCH(QString, message);
        int index = -1;
        for (int i = 0; i < fuzz::csvTableCount(); ++i)
            if (fuzz::csvTableName(i) == table)
                index = i;
        QVERIFY(index >= 0);
        const ui::TableAdapter &adapter = *fuzz::csvAdapter(index);
        if (table == u"study-years") {
            // The sample's study years with VOLL replaced by NaN in the first row.
            const QStringList cols = {QStringLiteral("year"), QStringLiteral("vollEurPerMwh")};
            text = "year,vollEurPerMwh\n";
            const model::Scenario &sc = fuzz::sampleStudy().scenarios[0];
            for (std::size_t i = 0; i < sc.studyYears.size(); ++i)
                text += QByteArray::number(sc.studyYears[i].year) + (i == 0 ? ",NaN\n" : ",10000\n");
        }
        QString error;
        const std::optional<ui::CsvTable> csv = ui::readCsv(text, &error);
        if (!csv) {
            QVERIFY2(error.contains(message), qPrintable(error));
            return;
        }
        const ui::CsvImportResult r = ui::importCsvTable(fuzz::sampleStudy(), adapter, *csv);
        QVERIFY2(!r.study, "imported");
        const QString all = r.errors.join(u'\n');
        QVERIFY2(all.contains(message), qPrintable(all));
    }

    // A million rows: read in bounded time and memory, then refused at once with the count
    // (a table takes kMaxCsvRows), and the largest file accepted imported. The figures are
    // printed for docs/fuzzing.md; no assertion on time.
    void csvMillionRows()
    {
        auto file = [](int rows) {
            QByteArray text = "name,eurPerYear,inNpv\n";
            text.reserve(30 * qsizetype(rows));
            for (int i = 0; i < rows; ++i)
                text += "benefit " + QByteArray::number(i) + ',' + QByteArray::number(i % 1000) + ",yes\n";
            return text;
        };
        int index = -1;
        for (int i = 0; i < fuzz::csvTableCount(); ++i)
            if (fuzz::csvTableName(i) == u"other-benefits")
                index = i;
        QVERIFY(index >= 0);
        const ui::TableAdapter &adapter = *fuzz::csvAdapter(index);

        resetPeakRss();
        const QByteArray million = file(1000000);
        QElapsedTimer timer;
        timer.start();
        QString error;
        const std::optional<ui::CsvTable> csv = ui::readCsv(million, &error);
        QVERIFY2(csv, qPrintable(error));
        QCOMPARE(csv->rows.size(), std::size_t(ui::kMaxCsvRows + 1));  // it stopped there
        QVERIFY(csv->moreRows);
        const qint64 readMs = timer.restart();
        const ui::CsvImportResult r = ui::importCsvTable(fuzz::sampleStudy(), adapter, *csv);
        const qint64 importMs = timer.elapsed();
        QVERIFY(!r.study);
        QCOMPARE(r.errors.size(), 1);
        QCOMPARE(r.errors[0], QStringLiteral("line %1: the file has more than %2 data rows, the "
                                             "most a table takes (is it the right file?)")
                                  .arg(ui::kMaxCsvRows + 2)
                                  .arg(QLocale().toString(ui::kMaxCsvRows)));
        qInfo("CSV of %lld bytes, 1,000,000 rows: read %lld ms, refused %lld ms, peak RSS %lld MB",
              static_cast<long long>(million.size()), static_cast<long long>(readMs),
              static_cast<long long>(importMs), static_cast<long long>(peakRssMb()));

        const std::optional<ui::CsvTable> largest = ui::readCsv(file(ui::kMaxCsvRows), &error);
        QVERIFY2(largest, qPrintable(error));
        QVERIFY(!largest->moreRows);
        timer.restart();
        const ui::CsvImportResult ok = ui::importCsvTable(fuzz::sampleStudy(), adapter, *largest);
        QVERIFY2(ok.study, qPrintable(ok.errors.mid(0, 3).join(u'\n')));
        QCOMPARE(adapter.rowCount(*ok.study), ui::kMaxCsvRows);
        qInfo("CSV of %d rows imported in %lld ms", ui::kMaxCsvRows,
              static_cast<long long>(timer.elapsed()));
    }

    // --- Validation -----------------------------------------------------------------------

    void validation_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("message");
        const QString finite = QStringLiteral("finite");
        const QString tooLarge = QStringLiteral("implausibly large");
        struct Field
        {
            int which;
            const char *name;
            const char *path;
        };
        const Field fields[] = {
            {0, "CAPEX", "projects/0/investments/0/capex/0/centralEur"},
            {1, "B1", "projects/0/indicatorInputs/0/b1Eur"},
            {2, "cluster capacity", "powerSystems/0/thermal/0/capacityMw"},
            {3, "forward NTC", "powerSystems/0/borders/0/forwardMw"},
            {4, "demand", "powerSystems/0/zones/0/annualDemandMwh"},
            {5, "hourly value", "profiles/0/values/0"},
            {6, "discount rate", "economics/discountRate"},
            {7, "DSR price", "powerSystems/0/dsr/0/priceEurPerMwh"},
        };
        for (const Field &f : fields) {
            const QString name = QLatin1String(f.name);
            const QString path = QLatin1String(f.path);
            QTest::newRow(qPrintable(name + QStringLiteral(" NaN"))) << f.which << kNaN << path << QString();
            QTest::newRow(qPrintable(name + QStringLiteral(" +inf"))) << f.which << kInf << path << QString();
            QTest::newRow(qPrintable(name + QStringLiteral(" -inf"))) << f.which << -kInf << path << QString();
            QTest::newRow(qPrintable(name + QStringLiteral(" 1e308"))) << f.which << 1e308 << path << QString();
        }
        QTest::newRow("B1 -1e308") << 1 << -1e308 << "projects/0/indicatorInputs/0/b1Eur" << tooLarge;
        QTest::newRow("cluster capacity -1") << 2 << -1.0 << "powerSystems/0/thermal/0/capacityMw" << ">= 0";
        QTest::newRow("forward NTC -1") << 3 << -1.0 << "powerSystems/0/borders/0/forwardMw" << ">= 0";
        QTest::newRow("demand -1") << 4 << -1.0 << "powerSystems/0/zones/0/annualDemandMwh" << ">= 0";
        QTest::newRow("hourly value 45000 (MW, not relative)") << 5 << 45000.0 << "profiles/0/values/0"
                                                               << "was it given in MW?";
        QTest::newRow("cluster capacity 1e7 MW (the limit) is accepted") << 2 << 1e7 << QString() << QString();
        QTest::newRow("CAPEX 1e15 € (the limit) is accepted") << 0 << 1e15 << QString() << QString();
        Q_UNUSED(finite);
    }

    void validation()
    {
        QFETCH(int, which);
        QFETCH(double, value);
        QFETCH(QString, path);
        QFETCH(QString, message);
        model::Study s = test::twoZoneMarketStudy();
        switch (which) {
        case 0: {
            model::CapexYear &y = s.projects[0].investments[0].capex[0];
            y.centralEur = y.lowEur = y.highEur = value;
            break;
        }
        case 1: s.projects[0].indicatorInputs[0].b1Eur = value; break;
        case 2: s.powerSystems[0].thermal[0].capacityMw = value; break;
        case 3: s.powerSystems[0].borders[0].forwardMw = value; break;
        case 4: s.powerSystems[0].zones[0].annualDemandMwh = value; break;
        case 5: s.profiles[0].values[0] = value; break;
        case 6: s.economics.discountRate = value; break;
        default: s.powerSystems[0].dsr[0].priceEurPerMwh = value; break;
        }
        const std::vector<model::ValidationIssue> issues = model::validate(s);
        const QString all = model::formatIssues(issues);
        if (path.isEmpty()) {
            QCOMPARE(all, QString());
            return;
        }
        VERIFY_ERROR(all, path + QStringLiteral(": "), message);
    }

    // --- Evaluation -----------------------------------------------------------------------

    // Validation keeps 1e308 away from the evaluation; at the limits it gives finite numbers,
    // and called on an unvalidated study beyond them it gives a clear error, not infinity.
    void evaluation_data()
    {
        QTest::addColumn<double>("capexEur");
        QTest::addColumn<double>("b1Eur");
        QTest::addColumn<double>("discountRate");
        QTest::addColumn<bool>("valid");      // passes model::validate
        QTest::addColumn<bool>("evaluates");  // evaluateProject gives numbers (all finite)
        QTest::newRow("CAPEX and B1 at the limit 1e15 €") << 1e15 << 1e15 << 0.04 << true << true;
        QTest::newRow("B1 -1e15 €/yr") << 1e9 << -1e15 << 0.04 << true << true;
        QTest::newRow("discount rate -0.99 at the limit") << 1e15 << 1e15 << -0.99 << true << true;
        QTest::newRow("CAPEX 1e308 € (unvalidated)") << 1e308 << 1e8 << 0.04 << false << false;
        QTest::newRow("B1 1e308 €/yr (unvalidated)") << 1e9 << 1e308 << 0.04 << false << false;
        QTest::newRow("B1 -1e308 €/yr (unvalidated)") << 1e9 << -1e308 << 0.04 << false << false;
    }

    void evaluation()
    {
        QFETCH(double, capexEur);
        QFETCH(double, b1Eur);
        QFETCH(double, discountRate);
        QFETCH(bool, valid);
        QFETCH(bool, evaluates);
        model::Study s = test::workedExampleStudy();
        s.economics.discountRate = discountRate;
        for (model::CapexYear &y : s.projects[0].investments[0].capex)
            y.centralEur = y.lowEur = y.highEur = capexEur;
        for (model::IndicatorInput &in : s.projects[0].indicatorInputs)
            in.b1Eur = b1Eur;
        QCOMPARE(model::validate(s).empty(), valid);
        economics::EvaluationError error;
        const auto e = economics::evaluateProject(s, s.projects[0], &error);
        QCOMPARE(bool(e), evaluates);
        if (!e) {
            QVERIFY2(error.message.contains(QStringLiteral("not a finite number")), qPrintable(error.message));
            return;
        }
        for (const economics::ScenarioEvaluation &sc : e->scenarios) {
            QVERIFY2(std::isfinite(sc.npvEur), qPrintable(QString::number(sc.npvEur)));
            QVERIFY(std::isfinite(sc.pvCapexEur));
            QVERIFY(std::isfinite(sc.pvHeadlineBenefitsEur));
            QVERIFY(std::isfinite(sc.npvSccLowEur) && std::isfinite(sc.npvCapexHighEur));
            QVERIFY(!sc.bcRatio || std::isfinite(*sc.bcRatio));
            QVERIFY(!sc.irr || std::isfinite(*sc.irr));
        }
    }

private:
    // Linux: writing 5 to clear_refs resets the peak (VmHWM) to the current RSS, so the figure
    // is that of the CSV alone.
    static void resetPeakRss()
    {
        std::ofstream("/proc/self/clear_refs") << "5";
    }

    static long long peakRssMb()
    {
        std::ifstream status("/proc/self/status");
        std::string line;
        while (std::getline(status, line))
            if (line.rfind("VmHWM:", 0) == 0)
                return std::stoll(line.substr(6)) / 1024;
        return -1;
    }
};

QTEST_GUILESS_MAIN(TestExtremeValues)
#include "tst_extremevalues.moc"
