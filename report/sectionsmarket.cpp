// The market model's chapter of a project: how B1-B6 were computed (method, solver,
// settings), the results per scenario, study year and climate year, and who benefits: B1 by
// country by the surplus split (consumer surplus, producer surplus, congestion rent).
// Printed only for projects with stored market results.

#include "charts.h"
#include "market/unitresult.h"
#include "sectionhelpers.h"
#include "sections.h"

#include <QPainter>

#include <algorithm>
#include <cmath>
#include <map>

namespace gridcba::report {

namespace {

struct Weighted
{
    double weight = 0.0;
    market::UnitResult unit;
};

// The project's units by (scenario order, study year), each with its climate-year weight.
std::map<std::pair<int, int>, std::vector<Weighted>> unitsOf(const model::Study &s, const QString &projectId)
{
    std::map<std::pair<int, int>, std::vector<Weighted>> out;
    for (const model::MarketUnitRecord &r : s.marketUnits) {
        if (r.projectId != projectId)
            continue;
        const model::Scenario *scenario = s.scenario(r.scenarioId);
        auto unit = market::fromRecord(r, nullptr);
        if (!scenario || !unit)
            continue;
        double weight = 0.0;
        for (const model::ClimateYear &cy : scenario->climateYears)
            if (cy.year == r.climateYear)
                weight = cy.weight;
        out[{int(scenario - s.scenarios.data()), r.year}].push_back({weight, std::move(*unit)});
    }
    for (auto &[key, units] : out)
        std::sort(units.begin(), units.end(),
                  [](const Weighted &a, const Weighted &b) { return a.unit.climateYear < b.unit.climateYear; });
    return out;
}

struct CountrySplit
{
    double consumer = 0.0, producer = 0.0, rent = 0.0;
    double total() const { return consumer + producer + rent; }
};

// B1 by country, weighted over climate years: Δ(with − without) of each surplus.
std::map<QString, CountrySplit> byCountry(const std::vector<Weighted> &units)
{
    std::map<QString, CountrySplit> out;
    for (const Weighted &w : units)
        for (std::size_t z = 0; z < w.unit.zones.size(); ++z) {
            CountrySplit &c = out[w.unit.zones[z].country];
            const market::ZoneTotals &a = w.unit.without.zones[z];
            const market::ZoneTotals &b = w.unit.with.zones[z];
            c.consumer += w.weight * (b.consumerSurplusEur - a.consumerSurplusEur);
            c.producer += w.weight * (b.producerSurplusEur - a.producerSurplusEur);
            c.rent += w.weight * (b.congestionRentEur - a.congestionRentEur);
        }
    return out;
}

QString methodText(const market::UnitResult &u, const NumberFormat &f)
{
    const model::MarketSettings &m = u.settings;
    QString adequacy = u.adequacy
                           ? Report::tr("B6 from %1 Monte Carlo years of forced outages per climate year "
                                        "(seed %2), energy not served found by a maximum-flow per hour "
                                        "and the week's dispatch where storage matters")
                                 .arg(m.adequacyYearsPerClimateYear)
                                 .arg(m.adequacySeed)
                           : Report::tr("no adequacy run (B6 not computed)");
    return Report::tr("B1–B6 were computed by GridCBA's zonal market model: an hourly, cost-minimising "
                      "dispatch solved week by week (168 h, storage carried between weeks) for the "
                      "reference grid and for the grid with the project (PINT) or without it (TOOT), "
                      "with a hurdle cost of %1 €/MWh on cross-border flows; %2. Solver: %3. Software: %4, "
                      "results of %5. B1 is the change of generation cost (fuel, CO2 at the market "
                      "price, variable O&M, DSR); it excludes energy not served, which is B6. Losses on "
                      "modelled borders are inside B1; B5 reports their quantity. The climate years "
                      "are combined by the scenario's weights.")
        .arg(f.number(m.hurdleCostEurPerMwh, 2), adequacy, u.solver, u.softwareVersion, u.createdUtc);
}

}  // namespace

void addMarketModel(const ProjectContext &c, ReportDocument &doc)
{
    const auto units = unitsOf(c.study, c.project.id);
    if (units.empty())
        return;
    const NumberFormat &f = c.format;
    addHeading(doc, c.level, Report::tr("Market model"));
    addParagraph(doc, methodText(units.begin()->second.front().unit, f));

    TableBlock results;
    results.columns = {{Report::tr("Scenario, year,\nclimate year (weight)")},
                       {Report::tr("Method")},
                       {Report::tr("Generation\ncost without\n(M€/yr)"), Align::Right},
                       {Report::tr("B1\n(M€/yr)"), Align::Right},
                       {Report::tr("B2 ΔCO2\n(t/yr)"), Align::Right},
                       {Report::tr("B3 avoided\ncurtailment\n(MWh/yr)"), Align::Right},
                       {Report::tr("B5 Δlosses\n(MWh/yr)"), Align::Right},
                       {Report::tr("ΔEENS\n(MWh/yr)"), Align::Right},
                       {Report::tr("ΔLOLE\n(h/yr)"), Align::Right}};
    for (const auto &[key, list] : units) {
        const model::Scenario &scenario = c.study.scenarios[std::size_t(key.first)];
        for (const Weighted &w : list) {
            const market::UnitResult &u = w.unit;
            results.rows.push_back(
                {Report::tr("%1 %2, %3 (%4)")
                     .arg(scenario.id, NumberFormat::year(u.year), NumberFormat::year(u.climateYear),
                          f.number(w.weight, 3)),
                 model::assessmentMethodKey(u.method).toUpper(),
                 f.meur(u.without.sum(&market::ZoneTotals::generationCostEur)), f.meur(u.b1Eur()),
                 f.number(u.b2Co2T(), 0), f.number(u.b3CurtailmentMwh(), 0), f.number(u.b5LossMwh(), 0),
                 u.b6EensMwh() ? f.number(*u.b6EensMwh(), 1) : QStringLiteral("–"),
                 u.b6LoleHours() ? f.number(*u.b6LoleHours(), 2) : QStringLiteral("–")});
        }
    }
    addTable(doc, Report::tr("Market model results per climate year (money in € of the scenario's price "
                             "year; signs as in the indicator chapter)"),
             std::move(results));

    // Who benefits: B1 by country for every scenario and study year.
    std::map<QString, std::vector<double>> matrix;
    std::vector<QString> columns;
    std::vector<std::map<QString, CountrySplit>> splits;
    for (const auto &[key, list] : units) {
        columns.push_back(QStringLiteral("%1 %2").arg(c.study.scenarios[std::size_t(key.first)].id,
                                                      NumberFormat::year(key.second)));
        splits.push_back(byCountry(list));
    }
    double largest = 0.0;
    for (const auto &split : splits)
        for (const auto &[country, v] : split)
            largest = std::max(largest, std::abs(v.total()));
    TableBlock table;
    table.columns.push_back({Report::tr("Country")});
    for (const QString &col : columns)
        table.columns.push_back({col + Report::tr("\n(M€/yr)"), Align::Right});
    std::map<QString, bool> shown;
    for (const auto &split : splits)
        for (const auto &[country, v] : split)
            if (std::abs(v.total()) >= 0.01 * largest)
                shown[country] = true;
    for (const auto &[country, unused] : shown) {
        QStringList row{country};
        for (const auto &split : splits)
            row << (split.count(country) ? f.meur(split.at(country).total()) : QStringLiteral("–"));
        table.rows.push_back(row);
    }
    QStringList total{Report::tr("All countries")};
    for (const auto &split : splits) {
        double sum = 0.0;
        for (const auto &[country, v] : split)
            sum += v.total();
        total << f.meur(sum);
    }
    table.emphasisRows.insert(int(table.rows.size()));
    table.rows.push_back(total);
    addTable(doc, Report::tr("B1 by country: change of consumer surplus, producer surplus and congestion "
                             "rent (half of a border's rent to each side), weighted over climate years; "
                             "countries with at least 1 % of the largest value. The total equals B1."),
             std::move(table));

    // The split of the first scenario and study year as a chart.
    BenefitCostChartData chart;
    chart.locale = f.locale().name();
    chart.valueAxisLabel = Report::tr("Δ surplus (M€/yr)");
    chart.decimals = 1;
    chart.benefits = {{Report::tr("Consumer surplus"), QColor(0x00, 0x72, 0xB2), {}},
                      {Report::tr("Producer surplus"), QColor(0xE6, 0x9F, 0x00), {}},
                      {Report::tr("Congestion rent"), QColor(0x00, 0x9E, 0x73), {}}};
    for (const auto &[country, v] : splits.front()) {
        if (!shown.count(country))
            continue;
        chart.groups << country;
        chart.benefits[0].values.push_back(v.consumer / 1e6);
        chart.benefits[1].values.push_back(v.producer / 1e6);
        chart.benefits[2].values.push_back(v.rent / 1e6);
        chart.costs.values.push_back(0.0);
    }
    if (!chart.groups.isEmpty())
        addChart(doc, Report::tr("B1 by country and surplus, %1").arg(columns.front()), 80,
                 [chart](QPainter &p, const QRectF &r, double pt) { paintBenefitCostChart(p, r, pt, chart); });
}

}  // namespace gridcba::report
