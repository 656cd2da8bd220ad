#pragma once

// The power system of one scenario, study year and climate year, resolved into what the
// dispatch needs: dense hourly arrays and the variable cost of every cluster at the study
// year's fuel and CO2 prices. Built once and shared by the reference run and the run of
// every project, which differ only in their NTCs.

#include "model/study.h"

#include <QString>

#include <algorithm>
#include <array>
#include <optional>
#include <vector>

namespace gridcba::market {

inline constexpr int kHours = model::kHoursPerYear;

struct ClusterInput
{
    QString id;
    int zone = 0;
    QString fuel;
    double availableMw = 0.0;     // capacity × availability × (1 − FOR): the dispatch's limit
    double plannedAvailableMw = 0.0;  // capacity × availability: before forced outages
    int units = 1;
    double forcedOutageRate = 0.0;
    double meanTimeToRepairHours = 24.0;
    double mustRunShare = 0.0;
    double costEurPerMwh = 0.0;   // fuel / η + CO2 factor / η × CO2 price + VOM
    double fuelEurPerMwh = 0.0;   // the fuel part alone
    double co2TPerMwh = 0.0;      // per MWh electric
    std::array<double, model::kPollutantCount> pollutantTPerMwh{};  // per MWh electric
};

// A border in the orientation of the power system's Border (or of the project's change
// where the system has no border between the two zones: capacity 0 without the project).
struct BorderInput
{
    QString fromId, toId;
    int from = 0;
    int to = 0;
    double lossFactor = 0.0;
    const std::vector<double> *forwardFactor = nullptr;   // hourly NTC factor, or none
    const std::vector<double> *backwardFactor = nullptr;
};

struct Ntc
{
    double forwardMw = 0.0;
    double backwardMw = 0.0;
};

// What a border can carry in `hour` of the year with `ntc`: the NTC times its hourly factor,
// at least 0 (a TOOT subtraction may leave −1e-10). The dispatch LP's bounds and the
// adequacy max-flow's capacities alike.
inline double forwardCapacityMw(const BorderInput &b, const Ntc &ntc, std::size_t hour)
{
    return std::max(0.0, ntc.forwardMw * (b.forwardFactor ? (*b.forwardFactor)[hour] : 1.0));
}
inline double backwardCapacityMw(const BorderInput &b, const Ntc &ntc, std::size_t hour)
{
    return std::max(0.0, ntc.backwardMw * (b.backwardFactor ? (*b.backwardFactor)[hour] : 1.0));
}

struct StorageInput
{
    QString id;
    int zone = 0;
    double chargeMw = 0.0;
    double dischargeMw = 0.0;
    double energyMwh = 0.0;
    double efficiency = 1.0;      // round trip, applied on charging
    double initialMwh = 0.0;
    std::vector<double> inflowMw; // empty: no inflow
};

struct DsrInput
{
    int zone = 0;
    double capacityMw = 0.0;
    double priceEurPerMwh = 0.0;
};

struct MarketInput
{
    std::vector<QString> zoneIds;
    std::vector<QString> countries;
    std::vector<bool> euMember;
    std::vector<double> vollEurPerMwh;           // per zone
    std::vector<std::vector<double>> demandMw;   // [zone][hour]
    std::vector<std::vector<double>> renewableMw;  // [zone][hour] available, all technologies
    std::vector<ClusterInput> clusters;
    std::vector<BorderInput> borders;
    std::vector<Ntc> ntcReference;               // per border: the reference grid
    std::vector<StorageInput> storage;
    std::vector<DsrInput> dsr;
    double hurdleCostEurPerMwh = 0.01;

    int zoneCount() const { return int(zoneIds.size()); }
    int zoneIndex(const QString &id) const;
};

struct InputError
{
    QString path;      // field path in the JSON exchange format: "powerSystems/2/thermal/5/fuel"
    QString message;
};

// Resolves the system of (scenarioId, year) for `climateYear`. The borders are those of the
// system followed by every border a project of the study adds where the system has none
// (at 0 MW in the reference grid). Fails with the first problem found: a missing profile,
// a fuel without a price, a zone without VOLL, ...
struct MarketInputResult
{
    std::optional<MarketInput> input;
    InputError error;
};
MarketInputResult resolveMarketInput(const model::Study &study, const QString &scenarioId,
                                     int year, int climateYear);

// The NTCs of the run that differs from the reference for `project` in `year`: PINT adds
// the project's ΔNTC (the run "with"; the reference is "without"); TOOT takes it out (the
// run "without"; the reference is "with"). The error names the project's border when a zone
// is unknown or a TOOT project's ΔNTC exceeds the reference NTC.
struct ProjectVariant
{
    model::AssessmentMethod method = model::AssessmentMethod::Pint;
    std::vector<Ntc> ntc;
    InputError error;  // empty message: fine
};
ProjectVariant projectVariant(const model::Study &study, const MarketInput &input,
                              const model::Project &project, int year);

}  // namespace gridcba::market
