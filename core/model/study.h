#pragma once

// Plain value types of a GridCBA study (methodology.md §1-§3).
//
// Units are in the field names. Money is in euros (not M€) in the price year named by the
// owning object (an investment's `priceYear`, a scenario's `priceYear`, a project's
// `benefitPriceYear`); the economics engine converts everything to the study's price base
// year with the deflator series. Years are calendar years. Rates are fractions (0.04).
//
// Sign conventions of the indicator inputs (the guideline's):
//  - B1, B5 (€/yr), B3 avoided curtailment, B9 reserve avoided: positive = benefit.
//  - B2 ΔCO2, B4 Δpollutants, B6 ΔEENS and ΔLOLE: "with minus without", so a negative
//    value is a reduction, i.e. a benefit.

#include "pollutant.h"
#include "powersystem.h"

#include <QByteArray>
#include <QString>

#include <array>
#include <map>
#include <optional>
#include <vector>

namespace gridcba::model {

enum class ResidualValueMethod { None, Linear };

// Default: [PV(benefits) + PV(residual)] / [PV(CAPEX) + PV(OPEX) + PV(decommissioning)].
// NetOfOpex: [PV(benefits) + PV(residual) - PV(OPEX)] / [PV(CAPEX) + PV(decommissioning)].
enum class BcRatioDefinition { BenefitsOverCosts, NetOfOpex };

struct EconomicParameters
{
    int priceBaseYear = 2023;
    double discountRate = 0.04;      // real, fraction per year
    int discountingYear = 2025;      // t0 of Σ x_t / (1 + r)^(t - t0)
    int operatingYears = 25;         // N: years of operation assessed
    ResidualValueMethod residualValue = ResidualValueMethod::None;
    BcRatioDefinition bcRatio = BcRatioDefinition::BenefitsOverCosts;
    double firstYearFraction = 1.0;  // share of the commissioning year's benefits and OPEX
    std::map<int, double> deflator;  // price index by year; only ratios matter

    bool operator==(const EconomicParameters &) const = default;
};

struct ClimateYear
{
    int year = 0;
    double weight = 0.0;  // the weights of a scenario sum to 1

    bool operator==(const ClimateYear &) const = default;
};

// Parameters of one study year of one scenario. Money in the scenario's price year.
struct StudyYear
{
    int year = 0;
    double marketCo2PriceEurPerT = 0.0;    // CO2 price paid inside the market model (ETS)
    double sccLowEurPerT = 0.0;            // societal cost of carbon, three levels
    double sccCentralEurPerT = 0.0;
    double sccHighEurPerT = 0.0;
    double vollEurPerMwh = 0.0;            // value of lost load
    double reserveCostEurPerMwYear = 0.0;  // 0: B9 is not monetised in this year
    std::map<Pollutant, double> damageCostEurPerT;   // absent: B4 not monetised for it
    std::map<QString, double> fuelPriceEurPerMwh;    // per fuel, €/MWh of fuel

    bool operator==(const StudyYear &) const = default;
};

struct Scenario
{
    QString id;
    QString name;
    QString description;
    int priceYear = 2023;
    std::vector<ClimateYear> climateYears;
    std::vector<StudyYear> studyYears;  // ascending by year

    bool operator==(const Scenario &) const = default;
};

enum class ProjectKind { Interconnector, InternalReinforcement, Storage, Other };

// Change of net transfer capacity a project delivers on one border, per direction (MW).
struct BorderCapacityChange
{
    QString fromZone;
    QString toZone;
    double forwardMw = 0.0;   // from -> to
    double backwardMw = 0.0;  // to -> from

    bool operator==(const BorderCapacityChange &) const = default;
};

// CAPEX spent in one year, with its uncertainty range (€ in the investment's price year).
struct CapexYear
{
    int year = 0;
    double centralEur = 0.0;
    double lowEur = 0.0;
    double highEur = 0.0;

    bool operator==(const CapexYear &) const = default;
};

struct Investment
{
    QString id;
    QString name;
    QString assetType;            // free text: "HVDC cable", "400 kV OHL", "substation", ...
    int technicalLifetimeYears = 40;
    int priceYear = 2023;
    // Either a phasing by year, or a lump sum spread evenly over the `constructionYears`
    // years before the project's commissioning year (used only when `capex` is empty).
    std::vector<CapexYear> capex;
    CapexYear capexLumpSum;       // its `year` is unused
    int constructionYears = 0;
    double opexEurPerYear = 0.0;
    double opexShareOfCapex = 0.0;  // alternative: OPEX per year as a share of total CAPEX
    double decommissioningEur = 0.0;  // booked in the last year of the assessment period

    bool operator==(const Investment &) const = default;
};

enum class InputOrigin { Entered, Computed };

// A promoter-input benefit (balancing, avoided renewal, redispatch savings, ...).
struct OtherBenefit
{
    QString name;
    double eurPerYear = 0.0;
    bool inNpv = true;

    bool operator==(const OtherBenefit &) const = default;
};

// Indicator inputs of one project for one scenario and study year (already combined over
// climate years). A missing value means "not assessed", which is not the same as zero.
struct IndicatorInput
{
    QString scenarioId;
    int year = 0;
    InputOrigin origin = InputOrigin::Entered;
    QString source;  // where the numbers come from: "PLEXOS run 2024-03", ...
    std::optional<double> b1Eur;                // €/yr
    std::optional<double> b2Co2T;               // Δt/yr, negative = reduction
    std::optional<double> b3CurtailmentMwh;     // avoided curtailment MWh/yr, positive = benefit
    std::optional<double> b3ResConnectedMw;     // MW of RES connected thanks to the project
    std::map<Pollutant, double> b4PollutantT;   // Δt/yr, negative = reduction
    std::optional<double> b5LossMwh;            // Δlosses MWh/yr, negative = reduction
    std::optional<double> b5Eur;                // monetised B5 €/yr (−ΔLoss × hourly price)
    std::optional<double> b6EensMwh;            // ΔEENS MWh/yr, negative = reduction
    std::optional<double> b6LoleHours;          // ΔLOLE h/yr, negative = reduction
    std::optional<double> b9ReserveMw;          // MW of reserve need avoided
    std::vector<OtherBenefit> other;

    bool operator==(const IndicatorInput &) const = default;
};

// A qualitative or not-monetised indicator of a project: B7, B8.1..B8.4, S1..S3.
struct QualitativeIndicator
{
    QString id;            // "B7", "B8.1", "S1", ...
    QString score;         // "--", "-", "0", "+", "++" or a quantity with its unit
    QString justification;

    bool operator==(const QualitativeIndicator &) const = default;
};

struct Project
{
    QString id;
    QString name;
    QString description;
    ProjectKind kind = ProjectKind::Interconnector;
    int commissioningYear = 0;
    int benefitPriceYear = 2023;    // price year of the € indicator inputs
    std::vector<Investment> investments;
    std::vector<BorderCapacityChange> borders;
    std::map<QString, double> costShares;  // country code -> share of CAPEX/OPEX, sums to 1
    std::vector<IndicatorInput> indicatorInputs;
    std::vector<QualitativeIndicator> qualitative;
    // The first study year whose reference grid already holds the project: the market model
    // assesses it by TOOT in that and later study years, by PINT before. Absent: PINT always.
    std::optional<int> referenceGridFromYear;

    bool operator==(const Project &) const = default;

    AssessmentMethod assessmentMethod(int studyYear) const
    {
        return referenceGridFromYear && studyYear >= *referenceGridFromYear ? AssessmentMethod::Toot
                                                                            : AssessmentMethod::Pint;
    }
};

// A stored sensitivity analysis (sweep or Monte Carlo): its full definition (with the seed),
// the software that ran it and its results, as compact JSON (core/sensitivity/runjson.h),
// so it can be listed, reopened, compared and re-run to the same numbers.
struct AnalysisRun
{
    int id = 0;                  // unique in the study
    QString kind;                // "sweep" or "montecarlo"
    QString projectId;
    QString name;
    QString createdUtc;          // ISO 8601, e.g. "2026-11-25T13:50:00Z"
    QString softwareVersion;     // "GridCBA 0.1.0"
    QByteArray definitionJson;   // compact JSON object
    QByteArray resultsJson;      // compact JSON object

    bool operator==(const AnalysisRun &) const = default;
};

struct Study
{
    QString name;
    QString description;
    EconomicParameters economics;
    std::vector<Scenario> scenarios;
    std::vector<Project> projects;
    std::vector<AnalysisRun> analysisRuns;
    // The market model's inputs (optional: a study without them takes B1-B6 as entered) and
    // the results of its work units.
    MarketSettings market;
    std::vector<Profile> profiles;
    std::vector<PowerSystem> powerSystems;
    std::vector<MarketUnitRecord> marketUnits;

    bool operator==(const Study &) const = default;

    const Scenario *scenario(const QString &id) const;
    const Project *project(const QString &id) const;
    const PowerSystem *powerSystem(const QString &scenarioId, int year) const;
    // The profile `id` for `climateYear`, or the one valid for every climate year.
    const Profile *profile(const QString &id, int climateYear) const;
};

// The keys files use for the enums ("linear", "netOfOpex", "computed", ...).
QString residualValueKey(ResidualValueMethod m);
std::optional<ResidualValueMethod> residualValueFromKey(const QString &key);
QString bcRatioKey(BcRatioDefinition d);
std::optional<BcRatioDefinition> bcRatioFromKey(const QString &key);
QString inputOriginKey(InputOrigin o);
std::optional<InputOrigin> inputOriginFromKey(const QString &key);
QString projectKindKey(ProjectKind kind);
std::optional<ProjectKind> projectKindFromKey(const QString &key);

}  // namespace gridcba::model
