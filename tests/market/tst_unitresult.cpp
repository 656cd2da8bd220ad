// Work units end to end in the engine: simulate → unit results → combined over climate
// years by weight → computed indicator inputs, and the unit result's JSON round trip.

#include "comparenear.h"
#include "market/simulation.h"
#include "marketstudies.h"

#include <QTest>

using namespace gridcba;
using namespace gridcba::test;

namespace {

constexpr double kYear = model::kHoursPerYear;

// The congested-border case of tst_dispatch (B1 = 2,400 €/h with the project) in climate year
// 2009 (weight 0.3). In climate year 1995 (weight 0.7) zone AA's demand is 150 MW instead of
// 50 (its demand profile has mean 3 there): AA exports only 50 MW, below the 60 MW NTC, so
// the border is not congested and the project brings nothing (B1 = 0).
// Combined: B1 = 0.3 × 2,400 × 8,760 = 6,307,200 €/yr.
model::Study twoClimateYears()
{
    model::Study s = marketStudy();
    s.scenarios[0].climateYears = {{1995, 0.7}, {2009, 0.3}};
    s.profiles.push_back({QStringLiteral("aa"), 2009, std::vector<double>(model::kHoursPerYear, 1.0)});
    s.profiles.push_back({QStringLiteral("aa"), 1995, std::vector<double>(model::kHoursPerYear, 3.0)});
    addZone(s, QStringLiteral("AA"), 50, QStringLiteral("aa"));
    addZone(s, QStringLiteral("BB"), 150);
    addCluster(s, QStringLiteral("a"), QStringLiteral("AA"), 200, 30);
    addCluster(s, QStringLiteral("b"), QStringLiteral("BB"), 200, 90);
    addBorder(s, QStringLiteral("AA"), QStringLiteral("BB"), 60, 60);
    addLineProject(s, QStringLiteral("P"), QStringLiteral("AA"), QStringLiteral("BB"), 40, 40);
    s.market.adequacyYearsPerClimateYear = 2;
    return s;
}

}  // namespace

class TestUnitResult : public QObject
{
    Q_OBJECT

private slots:
    void workUnitsAndFilters()
    {
        const model::Study s = twoClimateYears();
        QString error;
        QCOMPARE(market::workUnits(s, {}, &error).size(), std::size_t(2));
        market::UnitFilter f;
        f.climateYear = 2009;
        const auto one = market::workUnits(s, f, &error);
        QCOMPARE(one.size(), std::size_t(1));
        QCOMPARE(one[0].label(), QStringLiteral("P / S 2030 / climate year 2009"));
        f.projectId = QStringLiteral("nope");
        QVERIFY(market::workUnits(s, f, &error).empty());
        QVERIFY(error.contains(QStringLiteral("nope")));
    }

    void combinedByWeight()
    {
        model::Study s = twoClimateYears();
        s.projects[0].indicatorInputs.push_back({});
        s.projects[0].indicatorInputs[0].scenarioId = QStringLiteral("S");
        s.projects[0].indicatorInputs[0].year = 2030;
        s.projects[0].indicatorInputs[0].b1Eur = 1.0;        // replaced
        s.projects[0].indicatorInputs[0].b9ReserveMw = 42.0; // kept
        market::SimulationOptions o;
        o.softwareVersion = QStringLiteral("GridCBA test");
        const market::SimulationOutcome out = market::simulate(s, market::workUnits(s, {}), o);
        QVERIFY2(out.error.isEmpty(), qPrintable(out.error));
        QCOMPARE(out.units.size(), std::size_t(2));
        COMPARE_NEAR(out.units[0].b1Eur(), 0.0, 1e-3, 0);        // 1995
        COMPARE_NEAR(out.units[1].b1Eur(), 2400 * kYear, 0, 1e-6);  // 2009
        QVERIFY(out.units[1].adequacy.has_value());

        QList<int> missing;
        market::storeUnit(s, out.units[1]);
        QVERIFY(!market::combineClimateYears(s, QStringLiteral("P"), QStringLiteral("S"), 2030, &missing));
        QCOMPARE(missing, QList<int>{1995});
        market::storeUnit(s, out.units[0]);
        market::storeUnit(s, out.units[0]);  // stored again: replaced, not added
        QCOMPARE(s.marketUnits.size(), std::size_t(2));

        const QStringList written = market::applyComputedInputs(s);
        QCOMPARE(written, QStringList{QStringLiteral("P / S 2030")});
        const model::IndicatorInput &in = s.projects[0].indicatorInputs[0];
        QCOMPARE(in.origin, model::InputOrigin::Computed);
        COMPARE_NEAR(*in.b1Eur, 0.3 * 2400 * kYear, 0, 1e-6);
        QCOMPARE(*in.b9ReserveMw, 42.0);
        QVERIFY(!in.b5Eur.has_value());  // inside B1 (no double counting)
        QVERIFY(in.b6EensMwh.has_value());
        QVERIFY(in.source.contains(QStringLiteral("PINT")));
        QVERIFY(in.source.contains(QStringLiteral("1995 (0.7)")));
        QVERIFY(in.source.contains(QStringLiteral("Clp")));
    }

    void jsonRoundTrip()
    {
        const model::Study s = twoClimateYears();
        market::SimulationOptions o;
        o.adequacy = false;
        const market::SimulationOutcome out = market::simulate(s, market::workUnits(s, {}), o);
        QVERIFY(out.error.isEmpty());
        const market::UnitResult &u = out.units[1];
        QString error;
        const auto back = market::unitResultFromJson(market::unitResultToJson(u), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->b1Eur(), u.b1Eur());
        QCOMPARE(back->b2Co2T(), u.b2Co2T());
        QCOMPARE(back->without.blockObjectiveEur, u.without.blockObjectiveEur);
        QCOMPARE(back->zones.size(), u.zones.size());
        QVERIFY(!back->adequacy);
        QCOMPARE(back->settings.adequacySeed, u.settings.adequacySeed);
        QJsonObject broken = market::unitResultToJson(u);
        broken.insert(QStringLiteral("format"), 99);
        QVERIFY(!market::unitResultFromJson(broken, &error));
        QVERIFY(error.contains(QStringLiteral("99")));
    }

    // A problem in the inputs stops the run with the field named.
    void errorNamesTheField()
    {
        model::Study s = twoClimateYears();
        s.scenarios[0].studyYears[0].fuelPriceEurPerMwh.erase(QStringLiteral("fuel_b"));
        const market::SimulationOutcome out = market::simulate(s, market::workUnits(s, {}), {});
        QVERIFY(out.units.empty());
        QVERIFY2(out.error.contains(QStringLiteral("powerSystems/0/thermal/1/fuel")), qPrintable(out.error));
    }

    void cancel()
    {
        const model::Study s = twoClimateYears();
        market::SimulationOptions o;
        int calls = 0;
        o.progress = [&](const QString &, double) { return ++calls < 3; };
        const market::SimulationOutcome out = market::simulate(s, market::workUnits(s, {}), o);
        QVERIFY(out.cancelled);
        QVERIFY(out.units.empty());
    }
};

QTEST_GUILESS_MAIN(TestUnitResult)
#include "tst_unitresult.moc"
