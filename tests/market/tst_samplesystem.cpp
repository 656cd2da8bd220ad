// The bundled sample European system (market/samplesystem.h, resources/sample/system): it
// builds, validates, reaches the build's study file, reports errors by file and line, and a
// winter and a summer week of it dispatch without energy not served.

#include "comparenear.h"
#include "io/jsonformat.h"
#include "io/studysource.h"
#include "market/dispatchrun.h"
#include "market/marketinput.h"
#include "market/samplesystem.h"
#include "market/weekmodel.h"
#include "model/validation.h"

#include <QTest>

#include <cmath>
#include <set>

using namespace gridcba;

namespace {

model::Study sampleStudy()
{
    io::StudyReadResult r = io::readStudyJsonFile(QStringLiteral(GRIDCBA_SAMPLE_JSON));
    if (!r.study)
        qFatal("cannot read the sample study");
    return *r.study;
}

market::SampleSystemFiles sampleFiles()
{
    QString error;
    const auto files = market::readSampleSystemFiles(QStringLiteral(GRIDCBA_SAMPLE_SYSTEM), &error);
    if (!files)
        qFatal("%s", qPrintable(error));
    return *files;
}

// The sample files with one line of one file replaced (1-based line).
market::SampleSystemFiles withLine(const QString &file, int line, const QByteArray &text)
{
    market::SampleSystemFiles files = sampleFiles();
    QList<QByteArray> lines = files[file].split('\n');
    lines[line - 1] = text;
    files[file] = lines.join('\n');
    return files;
}

} // namespace

class TestSampleSystem : public QObject
{
    Q_OBJECT

  private:
    model::Study m_study;

  private slots:
    void initTestCase()
    {
        m_study = sampleStudy();
        const auto error = market::addSampleSystem(m_study, sampleFiles());
        QVERIFY2(!error, qPrintable(error ? error->toString() : QString()));
    }

    void buildsAndValidates()
    {
        const auto issues = model::validate(m_study);
        QVERIFY2(issues.empty(), qPrintable(model::formatIssues(issues)));
        // Every scenario and study year of the sample has a system of 30-40 zones, with the
        // zones the sample study's projects join.
        QCOMPARE(int(m_study.powerSystems.size()), 6);
        for (const model::PowerSystem &ps : m_study.powerSystems) {
            QVERIFY(ps.zones.size() >= 30 && ps.zones.size() <= 40);
            for (const char *id : {"FR00", "ES00", "PL00", "DE00"})
                QVERIFY(ps.zone(QLatin1String(id)));
            QVERIFY(!ps.thermal.empty() && !ps.renewables.empty() && !ps.storage.empty());
            QVERIFY(!ps.borders.empty() && !ps.dsr.empty());
        }
        // Profiles of the three climate years of the sample's scenarios, nothing else.
        std::set<int> years;
        for (const model::Profile &p : m_study.profiles)
            years.insert(p.climateYear);
        QCOMPARE(years, (std::set<int>{1995, 2008, 2009}));
    }

    void theBuildsStudyFileHasTheSystem()
    {
        // The build's sample-study.gridcba (gridcba-sample build) holds the same systems and
        // profiles as the function makes here: the synthesis is deterministic.
        const io::OpenedStudy opened = io::openStudy(QStringLiteral(GRIDCBA_SAMPLE_STUDY));
        QVERIFY2(opened.study, qPrintable(opened.errors.join(u'\n')));
        QVERIFY(opened.study->powerSystems == m_study.powerSystems);
        QVERIFY(opened.study->profiles == m_study.profiles);
    }

    // results.json (scripts/sample-results.sh) gives the sample's projects with border changes
    // computed B1-B6 in every scenario and study year: 36 work units (3 scenarios × 2 years ×
    // 3 climate years × P1, P2), each stored after its input fingerprint matched. Both
    // projects add interconnection between zones with different prices, so B1 > 0 and CO2
    // changes. Adding NTC never makes energy not served grow: B6 <= 0 (GA 2040 has some EENS,
    // which P1 reduces, e.g. by 8,234 MWh/yr in climate year 1995).
    void projectsCarryComputedResults()
    {
        QCOMPARE(int(m_study.marketUnits.size()), 36);
        int rows = 0;
        for (const model::Project &p : m_study.projects) {
            for (const model::IndicatorInput &in : p.indicatorInputs) {
                if (in.origin != model::InputOrigin::Computed)
                    continue;
                ++rows;
                const QString where = p.id + u' ' + in.scenarioId + u' ' + QString::number(in.year);
                QVERIFY2(in.b1Eur && *in.b1Eur > 1e6, qPrintable(where));
                QVERIFY2(in.b2Co2T && *in.b2Co2T != 0.0, qPrintable(where));
                QVERIFY2(in.b6EensMwh && *in.b6EensMwh <= 1e-6, qPrintable(where));
            }
        }
        QCOMPARE(rows, 2 * 6);  // P1 and P2 in 3 scenarios × 2 study years

        // Results computed from other inputs are not stored, and the note says which unit:
        // here the sample system with one thermal cluster's capacity (AT00 CCGT, NT 2030)
        // changed. The systems are still added.
        model::Study study = sampleStudy();
        market::SampleSystemFiles files = sampleFiles();
        QVERIFY(files[QStringLiteral("thermal.csv")].contains("AT00,ccgt,0.565,2519,"));
        files[QStringLiteral("thermal.csv")].replace("AT00,ccgt,0.565,2519,", "AT00,ccgt,0.565,2520,");
        QString note;
        QVERIFY(!market::addSampleSystem(study, files, &note));
        QVERIFY2(note.contains(QStringLiteral("/ NT 2030 / climate year")) && note.contains(QStringLiteral("was computed from other inputs")),
                 qPrintable(note));
        QVERIFY(study.marketUnits.empty());
        QCOMPARE(int(study.powerSystems.size()), 6);
        // The build's own call had nothing to say.
        model::Study clean = sampleStudy();
        QString none;
        QVERIFY(!market::addSampleSystem(clean, sampleFiles(), &none));
        QVERIFY2(none.isEmpty(), qPrintable(none));
    }

    void weeksDispatchWithoutEnergyNotServed_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<int>("year");
        QTest::addColumn<int>("week"); // 0-based block
        QTest::newRow("NT 2030 January") << "NT" << 2030 << 2;
        QTest::newRow("NT 2030 July") << "NT" << 2030 << 28;
        QTest::newRow("DE 2040 February") << "DE" << 2040 << 6;
    }
    void weeksDispatchWithoutEnergyNotServed()
    {
        QFETCH(QString, scenario);
        QFETCH(int, year);
        QFETCH(int, week);
        const market::MarketInputResult r =
            market::resolveMarketInput(m_study, scenario, year, 2009);
        QVERIFY2(r.input, qPrintable(r.error.path + QStringLiteral(": ") + r.error.message));
        const market::MarketInput &in = *r.input;
        market::WeekModel model(in, market::kBlockHours, 1e-9, 1e-9);
        market::BlockData data;
        data.firstHour = week * market::kBlockHours;
        data.ntc = &in.ntcReference;
        const auto guide = market::storageGuideCurve(in);
        for (std::size_t s = 0; s < in.storage.size(); ++s) {
            // Start at the guide curve's level of the week before and end at this week's.
            const double start =
                week > 0 ? guide[s][std::size_t(week - 1)] : in.storage[s].initialMwh;
            data.storageStartMwh.push_back(start);
            data.storageTargetMwh.push_back(guide[s][std::size_t(week)]);
        }
        model.setBlock(data);
        const market::SolveInfo info = model.solve();
        QVERIFY2(info.optimal, qPrintable(QStringLiteral("Clp status %1").arg(info.status)));
        double unserved = 0.0, demand = 0.0, priceSum = 0.0;
        for (int h = 0; h < market::kBlockHours; ++h)
            for (int z = 0; z < in.zoneCount(); ++z) {
                unserved += model.unserved(h, z);
                demand += model.demand(h, z);
                priceSum += model.price(h, z);
            }
        QVERIFY2(unserved < 1e-6 * demand,
                 qPrintable(QStringLiteral("%1 MWh not served").arg(unserved)));
        // Prices of a system of gas, coal, nuclear and renewables: tens of €/MWh on average.
        const double averagePrice = priceSum / (market::kBlockHours * in.zoneCount());
        QVERIFY2(averagePrice > 5.0 && averagePrice < 200.0,
                 qPrintable(QString::number(averagePrice)));
    }

    void errorsNameFileAndLine_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("line");
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown zone") << "thermal.csv" << 3 << QByteArray("XX00,ccgt,,1,1,1,1,1,1")
                                      << "thermal.csv line 3: 'XX00' is not a zone of zones.csv";
        QTest::newRow("not a number")
            << "renewables.csv" << 2 << QByteArray("AT00,pv,12x,1,1,1,1,1")
            << "renewables.csv line 2: NT-2030 must be a number, got '12x'";
        QTest::newRow("negative")
            << "borders.csv" << 2 << QByteArray("AT00,CH00,-5,1,1,1,1,1")
            << "borders.csv line 2: NT-2030 must be between 0 and 1e+09, got -5";
        QTest::newRow("unknown study year")
            << "demand.csv" << 1
            << QByteArray("zone,NT-2030,NT-2045,DE-2030,DE-2040,GA-2030,GA-2040")
            << "demand.csv line 1: the study has no scenario 'NT' with study "
               "year 2045; rename or remove the column NT-2045";
        QTest::newRow("unknown technology")
            << "thermal.csv" << 2 << QByteArray("AT00,fusion,,1,1,1,1,1,1")
            << "thermal.csv line 2: 'fusion' is not a technology of technologies.csv";
        QTest::newRow("offshore without a site")
            << "renewables.csv" << 2 << QByteArray("AT00,wind_offshore,1,1,1,1,1,1")
            << "renewables.csv line 2: zone AT00 has offshore wind but no "
               "offshoreLatitude and offshoreLongitude in zones.csv";
        QTest::newRow("missing column")
            << "storage.csv" << 1
            << QByteArray("zone,technology,storageHours,chargeRatio,roundTripEfficiency,"
                          "initialLevel,NT-2030,NT-2040,DE-2030,DE-2040,GA-2030,GA-2040")
            << "storage.csv line 1: the column 'inflowHours' is missing";
    }
    void errorsNameFileAndLine()
    {
        QFETCH(QString, file);
        QFETCH(int, line);
        QFETCH(QByteArray, text);
        QFETCH(QString, expected);
        model::Study study = sampleStudy();
        const model::Study before = study;
        const auto error = market::addSampleSystem(study, withLine(file, line, text));
        QVERIFY(error);
        QCOMPARE(error->toString(), expected);
        QVERIFY(study == before); // nothing added on error
    }

    void aMissingFileIsNamed()
    {
        market::SampleSystemFiles files = sampleFiles();
        files.erase(QStringLiteral("dsr.csv"));
        model::Study study = sampleStudy();
        const auto error = market::addSampleSystem(study, files);
        QVERIFY(error);
        QCOMPARE(error->file, QStringLiteral("dsr.csv"));
        QString readError;
        QVERIFY(!market::readSampleSystemFiles(QStringLiteral("/nonexistent"), &readError));
        QVERIFY(readError.contains(QStringLiteral("zones.csv")));
    }
};

QTEST_GUILESS_MAIN(TestSampleSystem)
#include "tst_samplesystem.moc"
