#pragma once

// The power system the zonal market model dispatches (methodology.md §5), as plain values.
//
// A study holds one PowerSystem per scenario and study year (its zones, borders and plant)
// and one library of hourly profiles shared by all of them, so that a 8,760-hour series is
// stored once however many scenarios use it. A profile is named and belongs to a climate
// year (0: the same in every climate year, e.g. an hourly NTC pattern).
//
// Units are in the field names: MW, MWh, €/MWh (in the scenario's price year, like the fuel
// prices and the CO2 price of the study year the system belongs to), t/MWh and kg/MWh of
// *fuel* (thermal input), fractions 0..1. Hour 0 is 1 January 00:00-01:00 of the climate
// year; every profile has exactly kHoursPerYear values (a leap year's 29 February is
// dropped by importers, so every later hour keeps its date).

#include "pollutant.h"

#include <QByteArray>

#include <QString>

#include <map>
#include <optional>
#include <vector>

namespace gridcba::model {

inline constexpr int kHoursPerYear = 8760;

// Hourly values of one climate year. What they mean depends on who refers to them:
// relative demand (mean about 1), capacity factor (0..1), inflow (mean about 1) or NTC
// factor (0..1).
struct Profile
{
    QString id;            // "load_DE", "pv_ES", ...
    int climateYear = 0;   // 0: valid for every climate year
    std::vector<double> values;  // kHoursPerYear values

    bool operator==(const Profile &) const = default;
};

struct Zone
{
    QString id;            // bidding-zone code, "DE00", "ITN1"
    QString name;
    QString country;       // ISO 3166 alpha-2 ("DE"); TYNDP's "UK" and "EL" are accepted
    bool euMember = true;  // for the EU-only perimeter of the results
    // Hourly demand = annualDemandMwh / 8760 × profile value of the hour, so a profile whose
    // mean is 1.05 in a cold climate year gives 5 % more energy than the stated annual
    // demand: the annual figure is that of a profile with mean 1.
    double annualDemandMwh = 0.0;
    QString demandProfile; // id of the relative-demand profile
    std::optional<double> vollEurPerMwh;  // absent: the study year's VOLL

    bool operator==(const Zone &) const = default;
};

// Net transfer capacity between two zones, per direction. Flows are limited to the NTC
// (times the hourly factor of its profile where one is given); a loss factor λ delivers
// (1 − λ) of what leaves the exporting zone.
struct Border
{
    QString fromZone;
    QString toZone;
    double forwardMw = 0.0;          // from -> to
    double backwardMw = 0.0;         // to -> from
    QString forwardProfile;          // optional hourly factor 0..1 of forwardMw
    QString backwardProfile;
    double lossFactor = 0.0;         // fraction of the flow lost, 0..0.2

    bool operator==(const Border &) const = default;
};

// A group of identical thermal units in one zone.
struct ThermalCluster
{
    QString id;                      // unique in the system
    QString zone;
    QString fuel;                    // key of the study year's fuel prices ("gas", "coal")
    double capacityMw = 0.0;         // installed net capacity of the whole cluster
    int units = 1;                   // number of units (forced outages hit whole units)
    double availability = 1.0;       // share not on planned maintenance, annual average
    double forcedOutageRate = 0.0;   // FOR, probability a unit is out at a given hour
    double meanTimeToRepairHours = 24.0;  // mean duration of a forced outage
    double efficiency = 0.4;         // net electrical efficiency (MWh_el per MWh fuel)
    double co2TPerMwhFuel = 0.0;     // emission factor of the fuel
    std::map<Pollutant, double> pollutantKgPerMwhFuel;
    double variableOmEurPerMwh = 0.0;  // per MWh electric
    double mustRunShare = 0.0;       // share of the available capacity that must run

    bool operator==(const ThermalCluster &) const = default;
};

// Variable renewable generation of one technology in one zone (curtailable at no cost).
struct RenewableUnit
{
    QString zone;
    QString technology;              // "pv", "wind_onshore", "wind_offshore", "ror", ...
    double capacityMw = 0.0;
    QString profile;                 // capacity-factor profile 0..1

    bool operator==(const RenewableUnit &) const = default;
};

// Storage and hydro with a reservoir: batteries, pumped hydro (chargeMw > 0), reservoir
// hydro with natural inflow (inflow > 0, usually chargeMw = 0).
struct StorageUnit
{
    QString id;
    QString zone;
    QString technology;              // "battery", "phs", "reservoir", ...
    double chargeMw = 0.0;           // pumping / charging power (0: cannot charge)
    double dischargeMw = 0.0;        // turbine / discharging power
    double energyMwh = 0.0;          // usable energy
    double roundTripEfficiency = 1.0;  // charged MWh → discharged MWh (losses on charging)
    double initialLevel = 0.5;       // fraction of energyMwh at the start of the year
    // Natural inflow: hourly inflow = annualInflowMwh / 8760 × profile value of the hour.
    double annualInflowMwh = 0.0;
    QString inflowProfile;

    bool operator==(const StorageUnit &) const = default;
};

// Demand that reduces at a price (demand-side response).
struct DsrBlock
{
    QString id;
    QString zone;
    double capacityMw = 0.0;
    double priceEurPerMwh = 0.0;

    bool operator==(const DsrBlock &) const = default;
};

struct PowerSystem
{
    QString scenarioId;
    int year = 0;                    // a study year of the scenario
    std::vector<Zone> zones;
    std::vector<Border> borders;
    std::vector<ThermalCluster> thermal;
    std::vector<RenewableUnit> renewables;
    std::vector<StorageUnit> storage;
    std::vector<DsrBlock> dsr;

    bool operator==(const PowerSystem &) const = default;

    const Zone *zone(const QString &id) const;
};

// Settings of the market model shared by every run of the study. Recorded with every
// result so the numbers can be traced.
struct MarketSettings
{
    double hurdleCostEurPerMwh = 0.01;   // on every cross-border flow (methodology.md §5)
    int adequacyYearsPerClimateYear = 10;  // Monte Carlo years of forced outages
    quint64 adequacySeed = 20240101;
    double primalTolerance = 1e-9;       // Clp's, identical in every run
    double dualTolerance = 1e-9;

    bool operator==(const MarketSettings &) const = default;
};

enum class AssessmentMethod { Pint, Toot };
QString assessmentMethodKey(AssessmentMethod m);  // "pint", "toot"
std::optional<AssessmentMethod> assessmentMethodFromKey(const QString &key);

// The market model's result of one work unit: one project, scenario, study year and
// climate year, without and with the project (stored as JSON, see market/unitresult.h).
struct MarketUnitRecord
{
    QString projectId;
    QString scenarioId;
    int year = 0;
    int climateYear = 0;
    QString createdUtc;
    QString softwareVersion;
    QByteArray resultsJson;          // compact JSON object

    bool operator==(const MarketUnitRecord &) const = default;
};

}  // namespace gridcba::model
