// The market model's inputs and results in the study file (schema 4) and the JSON exchange
// format (version 2): round trips that keep every field, and validation that names the
// field of each problem.

#include "io/jsonformat.h"
#include "market/unitresult.h"
#include "marketstudies.h"
#include "model/validation.h"
#include "storage/studyfile.h"

#include <QTemporaryDir>
#include <QTest>

using namespace gridcba;
using namespace gridcba::test;

namespace {

// Every kind of element with every field set to a value other than its default.
model::Study fullStudy()
{
    model::Study s = marketStudy();
    s.market.hurdleCostEurPerMwh = 0.02;
    s.market.adequacyYearsPerClimateYear = 7;
    s.market.adequacySeed = 18446744073709551557ull;  // needs all 64 bits
    s.market.primalTolerance = 1e-8;
    std::vector<double> ramp(model::kHoursPerYear);
    for (int h = 0; h < model::kHoursPerYear; ++h)
        ramp[std::size_t(h)] = 0.5 + 0.25 * std::sin(h * 0.01) + 1e-13 * h;  // full precision
    s.profiles.push_back({QStringLiteral("ramp"), 2009, ramp});
    addZone(s, QStringLiteral("AA"), 100, QStringLiteral("ramp"));
    addZone(s, QStringLiteral("BB"), 50);
    model::PowerSystem &ps = systemOf(s);
    ps.zones[1].euMember = false;
    ps.zones[1].vollEurPerMwh = 3000;
    model::ThermalCluster &c = addCluster(s, QStringLiteral("ccgt"), QStringLiteral("AA"), 400, 60);
    c.units = 3;
    c.availability = 0.9;
    c.forcedOutageRate = 0.05;
    c.meanTimeToRepairHours = 40;
    c.efficiency = 0.58;
    c.co2TPerMwhFuel = 0.202;
    c.pollutantKgPerMwhFuel = {{model::Pollutant::NOx, 0.1}, {model::Pollutant::PM25, 0.002}};
    c.variableOmEurPerMwh = 2.5;
    c.mustRunShare = 0.1;
    addBorder(s, QStringLiteral("AA"), QStringLiteral("BB"), 500, 400, 0.02);
    ps.borders[0].forwardProfile = QStringLiteral("ramp");
    ps.renewables.push_back({QStringLiteral("BB"), QStringLiteral("wind_onshore"), 300, QStringLiteral("ramp")});
    ps.storage.push_back({QStringLiteral("lake"), QStringLiteral("BB"), QStringLiteral("reservoir"), 10, 200,
                          5e5, 0.75, 0.6, 8e5, QStringLiteral("ramp")});
    ps.dsr.push_back({QStringLiteral("dsr1"), QStringLiteral("AA"), 50, 900});
    addLineProject(s, QStringLiteral("P"), QStringLiteral("AA"), QStringLiteral("BB"), 100, 100)
        .referenceGridFromYear = 2030;
    s.marketUnits.push_back({QStringLiteral("P"), QStringLiteral("S"), 2030, 2009,
                             QStringLiteral("2026-12-03T12:00:00Z"), QStringLiteral("GridCBA 0.1.0"),
                             QByteArray(R"({"format":1,"x":[1,2.5]})")});
    return s;
}

}  // namespace

class TestPowerSystemIo : public QObject
{
    Q_OBJECT

private slots:
    void fullStudyIsValid()
    {
        const auto issues = model::validate(fullStudy());
        QVERIFY2(issues.empty(), qPrintable(model::formatIssues(issues)));
    }

    void jsonRoundTrip()
    {
        const model::Study s = fullStudy();
        const QByteArray json = io::studyToJson(s);
        const io::StudyReadResult r = io::studyFromJson(json, QStringLiteral("full.json"));
        QVERIFY2(r.study, r.errors.empty() ? "" : qPrintable(r.errors.front().toString()));
        QVERIFY(r.study->powerSystems == s.powerSystems);
        QVERIFY(r.study->profiles == s.profiles);
        QVERIFY(r.study->market == s.market);
        QCOMPARE(r.study->projects[0].referenceGridFromYear, s.projects[0].referenceGridFromYear);
        QCOMPARE(r.study->marketUnits.size(), std::size_t(1));
        QVERIFY(*r.study == s);
        QCOMPARE(io::studyToJson(*r.study), json);  // export → import → export is identical
    }

    void studyFileRoundTrip()
    {
        const model::Study s = fullStudy();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("full.gridcba"));
        QString error;
        QVERIFY2(storage::saveStudy(s, path, &error), qPrintable(error));
        const storage::LoadResult r = storage::loadStudy(path);
        QVERIFY2(r.study, qPrintable(r.error));
        QVERIFY(r.study->powerSystems == s.powerSystems);
        QVERIFY(r.study->profiles == s.profiles);
        QVERIFY(r.study->market == s.market);
        QVERIFY(*r.study == s);
    }

    void validationNamesTheField_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("words");
        QTest::newRow("unknown zone of a cluster") << "powerSystems/0/thermal/0/zone" << "not a zone";
        QTest::newRow("fuel without a price") << "powerSystems/0/thermal/0/fuel" << "no fuel price";
        QTest::newRow("forced outage rate of 1") << "powerSystems/0/thermal/0/forcedOutageRate" << "[0, 1)";
        QTest::newRow("negative NTC") << "powerSystems/0/borders/0/backwardMw" << ">= 0";
        QTest::newRow("missing profile") << "powerSystems/0/renewables/0/profile" << "no profile 'nope'";
        QTest::newRow("short profile") << "profiles/0/values" << "8760";
        QTest::newRow("system of an unknown study year") << "powerSystems/1/year" << "not a study year";
        QTest::newRow("loss factor too large") << "powerSystems/0/borders/0/lossFactor" << "[0, 0.5]";
    }

    void validationNamesTheField()
    {
        QFETCH(QString, path);
        QFETCH(QString, words);
        model::Study s = fullStudy();
        model::PowerSystem &ps = systemOf(s);
        const QString row = QString::fromLatin1(QTest::currentDataTag());
        if (row == QLatin1String("unknown zone of a cluster"))
            ps.thermal[0].zone = QStringLiteral("ZZ");
        else if (row == QLatin1String("fuel without a price"))
            ps.thermal[0].fuel = QStringLiteral("unobtainium");
        else if (row == QLatin1String("forced outage rate of 1"))
            ps.thermal[0].forcedOutageRate = 1.0;
        else if (row == QLatin1String("negative NTC"))
            ps.borders[0].backwardMw = -5;
        else if (row == QLatin1String("missing profile"))
            ps.renewables[0].profile = QStringLiteral("nope");
        else if (row == QLatin1String("short profile"))
            s.profiles[0].values.pop_back();
        else if (row == QLatin1String("system of an unknown study year")) {
            s.powerSystems.push_back(ps);
            s.powerSystems.back().year = 2031;
        } else if (row == QLatin1String("loss factor too large"))
            ps.borders[0].lossFactor = 0.7;
        const auto issues = model::validate(s);
        bool found = false;
        for (const auto &i : issues)
            if (i.path == path && i.message.contains(words))
                found = true;
        QVERIFY2(found, qPrintable(model::formatIssues(issues)));
    }

    // A JSON error inside a power system is reported with its line in the file.
    void jsonErrorHasLine()
    {
        QByteArray json = io::studyToJson(fullStudy());
        json.replace("\"capacityMw\": 400", "\"capacityMw\": \"lots\"");
        const io::StudyReadResult r = io::studyFromJson(json, QStringLiteral("broken.json"));
        QVERIFY(!r.study);
        QCOMPARE(r.errors.size(), std::size_t(1));
        QCOMPARE(r.errors[0].path, QStringLiteral("powerSystems/0/thermal/0/capacityMw"));
        const int line = json.left(json.indexOf("\"lots\"")).count('\n') + 1;
        QCOMPARE(r.errors[0].line, line);
    }
};

QTEST_GUILESS_MAIN(TestPowerSystemIo)
#include "tst_powersystemio.moc"
