#pragma once

// Small power systems built in code for the market-model tests: one scenario "S", study year
// 2030, climate year 2009, VOLL 10,000 €/MWh, no CO2 price. Costs are set through a fuel of
// their own per cluster at efficiency 1, so a cluster's marginal cost is its fuel price.

#include "model/study.h"

#include <vector>

namespace gridcba::test {

inline model::Study marketStudy()
{
    using namespace model;
    Study s;
    s.name = QStringLiteral("Market test");
    Scenario sc;
    sc.id = QStringLiteral("S");
    sc.name = QStringLiteral("Test scenario");
    sc.climateYears = {{2009, 1.0}};
    StudyYear y;
    y.year = 2030;
    y.vollEurPerMwh = 10000.0;
    sc.studyYears = {y};
    s.scenarios = {sc};
    s.profiles.push_back({QStringLiteral("flat"), 0, std::vector<double>(kHoursPerYear, 1.0)});
    PowerSystem ps;
    ps.scenarioId = QStringLiteral("S");
    ps.year = 2030;
    s.powerSystems = {ps};
    return s;
}

inline model::PowerSystem &systemOf(model::Study &s) { return s.powerSystems.front(); }
inline model::StudyYear &studyYearOf(model::Study &s) { return s.scenarios.front().studyYears.front(); }

// A zone with a constant demand (or the profile `profile`, mean-1 relative demand).
inline void addZone(model::Study &s, const QString &id, double demandMw,
                    const QString &profile = QStringLiteral("flat"))
{
    model::Zone z;
    z.id = id;
    z.name = id;
    z.country = id.left(2);
    z.annualDemandMwh = demandMw * model::kHoursPerYear;
    z.demandProfile = profile;
    systemOf(s).zones.push_back(z);
}

inline model::ThermalCluster &addCluster(model::Study &s, const QString &id, const QString &zone,
                                         double mw, double costEurPerMwh)
{
    model::ThermalCluster c;
    c.id = id;
    c.zone = zone;
    c.fuel = QStringLiteral("fuel_") + id;
    c.capacityMw = mw;
    c.efficiency = 1.0;
    studyYearOf(s).fuelPriceEurPerMwh[c.fuel] = costEurPerMwh;
    systemOf(s).thermal.push_back(c);
    return systemOf(s).thermal.back();
}

inline void addBorder(model::Study &s, const QString &from, const QString &to, double forwardMw,
                      double backwardMw, double lossFactor = 0.0)
{
    model::Border b;
    b.fromZone = from;
    b.toZone = to;
    b.forwardMw = forwardMw;
    b.backwardMw = backwardMw;
    b.lossFactor = lossFactor;
    systemOf(s).borders.push_back(b);
}

// A store without inflow (battery, closed-loop pumped storage): charge and discharge power
// `powerMw`, `energyMwh`, round-trip efficiency and initial level (share of the energy).
inline model::StorageUnit &addStore(model::Study &s, const QString &id, const QString &zone,
                                    double powerMw, double energyMwh, double efficiency,
                                    double initialLevel)
{
    model::StorageUnit st;
    st.id = id;
    st.zone = zone;
    st.chargeMw = powerMw;
    st.dischargeMw = powerMw;
    st.energyMwh = energyMwh;
    st.roundTripEfficiency = efficiency;
    st.initialLevel = initialLevel;
    systemOf(s).storage.push_back(st);
    return systemOf(s).storage.back();
}

// A reservoir (no pumping): turbine `dischargeMw`, `energyMwh`, natural inflow of
// `annualInflowMwh` a year shaped by `inflowProfile`, initial level (share of the energy).
inline model::StorageUnit &addReservoir(model::Study &s, const QString &id, const QString &zone,
                                        double dischargeMw, double energyMwh,
                                        double annualInflowMwh, const QString &inflowProfile,
                                        double initialLevel)
{
    model::StorageUnit r;
    r.id = id;
    r.zone = zone;
    r.technology = QStringLiteral("reservoir");
    r.dischargeMw = dischargeMw;
    r.energyMwh = energyMwh;
    r.annualInflowMwh = annualInflowMwh;
    r.inflowProfile = inflowProfile;
    r.initialLevel = initialLevel;
    systemOf(s).storage.push_back(r);
    return systemOf(s).storage.back();
}

// A project that adds (PINT) `forwardMw`/`backwardMw` on from–to.
inline model::Project &addLineProject(model::Study &s, const QString &id, const QString &from,
                                      const QString &to, double forwardMw, double backwardMw)
{
    model::Project p;
    p.id = id;
    p.name = id;
    p.commissioningYear = 2030;
    p.borders = {{from, to, forwardMw, backwardMw}};
    model::Investment inv;
    inv.id = QStringLiteral("line");
    inv.capex = {{2028, 100e6, 100e6, 100e6}};
    p.investments = {inv};
    s.projects.push_back(p);
    return s.projects.back();
}

// A profile repeating `day` (24 values) every day of the year.
inline model::Profile dailyProfile(const QString &id, const std::vector<double> &day)
{
    model::Profile p{id, 0, std::vector<double>(model::kHoursPerYear)};
    for (int h = 0; h < model::kHoursPerYear; ++h)
        p.values[std::size_t(h)] = day[std::size_t(h % 24)];
    return p;
}

// Two zones with every kind of plant: AA (1,000 MW demand, 1,500 MW of gas in 3 units, 800 MW
// of PV on a daily profile of climate year 2009, a battery, a DSR block) and BB (500 MW, 600
// MW of coal with a must-run share, a reservoir with inflow), a 400/300 MW border with 2 %
// losses, a project P adding 200 MW both ways with an entered B1, and one market work unit.
// The fuzzers' seeds (fuzz/makeseeds.cpp) and the extreme-value tests start from it.
inline model::Study twoZoneMarketStudy()
{
    model::Study s = marketStudy();
    addZone(s, QStringLiteral("AA"), 1000);
    addZone(s, QStringLiteral("BB"), 500);
    s.profiles.push_back(dailyProfile(QStringLiteral("pv"), {0, 0, 0, 0, 0, 0, 0.1, 0.3, 0.5, 0.7,
                                                              0.8, 0.9, 0.9, 0.8, 0.7, 0.5, 0.3,
                                                              0.1, 0, 0, 0, 0, 0, 0}));
    s.profiles.back().climateYear = 2009;
    addCluster(s, QStringLiteral("gas"), QStringLiteral("AA"), 1500, 60).units = 3;
    addCluster(s, QStringLiteral("coal"), QStringLiteral("BB"), 600, 35).mustRunShare = 0.2;
    addBorder(s, QStringLiteral("AA"), QStringLiteral("BB"), 400, 300, 0.02);
    systemOf(s).renewables.push_back({QStringLiteral("AA"), QStringLiteral("pv"), 800,
                                      QStringLiteral("pv")});
    model::StorageUnit battery;
    battery.id = QStringLiteral("battery");
    battery.zone = QStringLiteral("AA");
    battery.technology = QStringLiteral("battery");
    battery.chargeMw = battery.dischargeMw = 100;
    battery.energyMwh = 400;
    battery.roundTripEfficiency = 0.85;
    model::StorageUnit dam = battery;
    dam.id = QStringLiteral("dam");
    dam.zone = QStringLiteral("BB");
    dam.technology = QStringLiteral("reservoir");
    dam.chargeMw = 0;
    dam.energyMwh = 50000;
    dam.annualInflowMwh = 400000;
    dam.inflowProfile = QStringLiteral("flat");
    systemOf(s).storage = {battery, dam};
    systemOf(s).dsr.push_back({QStringLiteral("dsr"), QStringLiteral("AA"), 50, 500});
    model::Project &p = addLineProject(s, QStringLiteral("P"), QStringLiteral("AA"),
                                       QStringLiteral("BB"), 200, 200);
    p.indicatorInputs.push_back({});
    p.indicatorInputs.back().scenarioId = QStringLiteral("S");
    p.indicatorInputs.back().year = 2030;
    p.indicatorInputs.back().b1Eur = 20e6;
    s.market.hurdleCostEurPerMwh = 0.5;
    s.market.adequacyYearsPerClimateYear = 2;
    s.marketUnits.push_back({QStringLiteral("P"), QStringLiteral("S"), 2030, 2009,
                             QStringLiteral("2026-01-01T00:00:00Z"), QStringLiteral("0.1.0"),
                             QByteArrayLiteral("{\"method\":\"pint\"}")});
    return s;
}

}  // namespace gridcba::test
