#pragma once

// A new study built from the ENTSO-E defaults of methodology.md §3 and the TYNDP 2024
// implementation guideline's scenario parameters. Pure functions, no widgets: the New Study
// wizard collects the options, newStudyFromDefaults() makes the study.
//
// What the produced study holds:
//  - economics: the price base year (default 2023), the discount rate (default 4 % real),
//    the discounting year (the study's reference year, default 2025), N (default 25
//    operating years), no residual value, the default B/C ratio
//    [PV(benefits) + PV(residual)] / [PV(CAPEX) + PV(OPEX)], a full first year, and a
//    deflator holding only the price base year at 1.0;
//  - one scenario per chosen template (NT, DE, GA), its price year 2023 (the TYNDP 2024
//    table's), one climate year of weight 1, and per study year the TYNDP 2024 societal
//    cost of carbon (low / central / high) and market CO2 price, interpolated linearly
//    between the table's years, and the VOLL the user gave (no silent default);
//  - optionally one project with its id, name, kind and commissioning year, its benefit
//    price year the price base year.
//
// What the user must still fill in before the study can be evaluated:
//  - the project's investments (CAPEX, OPEX, lifetime) and its indicator inputs (B1-B9)
//    per scenario and study year: validation reports "projects/0/investments: a project
//    needs at least one investment" until one is added;
//  - when the price base year is not 2023: the 2023 price index in the deflator, since the
//    scenarios' prices (the TYNDP table and the VOLL) are 2023 € (validation names it);
//  - where wanted: fuel prices, damage costs of the B4 pollutants, the B9 reserve cost,
//    more climate years with their weights, borders and cost shares of the project.

#include "model/study.h"

#include <QString>

#include <optional>
#include <vector>

namespace gridcba::ui {

// The price year of the TYNDP 2024 default table and so of the template scenarios.
inline constexpr int kTyndpTablePriceYear = 2023;

// A TYNDP scenario storyline the wizard offers.
struct ScenarioTemplate
{
    QString id;          // "NT", "DE", "GA": the scenario's id in the study
    QString name;        // "National Trends", translated
    QString description; // one sentence, translated
};

// National Trends, Distributed Energy, Global Ambition, in this order.
std::vector<ScenarioTemplate> scenarioTemplates();
std::optional<ScenarioTemplate> scenarioTemplate(const QString &id);

// The TYNDP 2024 default parameters of one study year (€/t, 2023 prices). The table gives
// the societal cost of carbon for 2030 and 2040 and the market CO2 price for 2030, 2040 and
// 2050; other years are interpolated linearly between the table's years and take the
// nearest table year's value outside them (so a 2050 study year carries the 2040 societal
// cost of carbon: check it).
struct YearDefaults
{
    double sccLowEurPerT = 0.0;
    double sccCentralEurPerT = 0.0;
    double sccHighEurPerT = 0.0;
    double marketCo2PriceEurPerT = 0.0;
};
YearDefaults tyndp2024Defaults(int year);
// True when `year` lies outside 2030..2040, where the societal cost of carbon is carried
// from the nearest table year rather than given or interpolated.
bool sccExtrapolated(int year);

struct ScenarioChoice
{
    QString templateId;          // one of scenarioTemplates()
    std::vector<int> studyYears; // any order; sorted and duplicates dropped

    bool operator==(const ScenarioChoice &) const = default;
};

struct FirstProject
{
    QString id;
    QString name;
    model::ProjectKind kind = model::ProjectKind::Interconnector;
    int commissioningYear = 2030;

    bool operator==(const FirstProject &) const = default;
};

struct NewStudyOptions
{
    QString name;
    QString description;
    int priceBaseYear = 2023;
    double discountRate = 0.04; // real, fraction
    int discountingYear = 2025; // the study's reference year
    int operatingYears = 25;    // N
    std::vector<ScenarioChoice> scenarios;
    // Value of lost load, € (2023 prices) per MWh, for every scenario and study year.
    // Required: there is no default (methodology §3); must be > 0.
    double vollEurPerMwh = 0.0;
    int climateYear = 2009; // the one climate year, weight 1
    std::optional<FirstProject> firstProject;

    bool operator==(const NewStudyOptions &) const = default;
};

// The study described above. Unknown template ids are skipped.
model::Study newStudyFromDefaults(const NewStudyOptions &options);

// "2030, 2040" or "2030 2040" -> {2030, 2040}, sorted, duplicates dropped; nullopt when a
// part is not a whole year in 1900..2200 or the list is empty.
std::optional<std::vector<int>> parseYearList(const QString &text);

} // namespace gridcba::ui
