// parametersTable() of resultstables.h: every parameter value the evaluation used.

#include "resultstables.h"

#include <QCoreApplication>

#include <set>

namespace gridcba::io {

namespace {

struct Tables
{
    Q_DECLARE_TR_FUNCTIONS(gridcba::io::tables)
};

QString residualKey(model::ResidualValueMethod m)
{
    return m == model::ResidualValueMethod::Linear ? QStringLiteral("linear")
                                                   : QStringLiteral("none");
}

QString bcKey(model::BcRatioDefinition d)
{
    return d == model::BcRatioDefinition::NetOfOpex ? QStringLiteral("netOfOpex")
                                                    : QStringLiteral("benefitsOverCosts");
}

// Every price year a money input of the study is stated in.
std::set<int> priceYears(const model::Study &study)
{
    std::set<int> years = {study.economics.priceBaseYear};
    for (const model::Scenario &s : study.scenarios)
        years.insert(s.priceYear);
    for (const model::Project &p : study.projects) {
        years.insert(p.benefitPriceYear);
        for (const model::Investment &i : p.investments)
            years.insert(i.priceYear);
    }
    return years;
}

} // namespace

Table parametersTable(const model::Study &study)
{
    Table t;
    t.name = Tables::tr("parameters");
    t.title = Tables::tr("Every economic and scenario parameter of the study");
    t.columns = {{Tables::tr("Scope"), {}, ColumnKind::Text},
                 {Tables::tr("Year"), {}, ColumnKind::Integer},
                 {Tables::tr("Parameter"), {}, ColumnKind::Text},
                 {Tables::tr("Value"), {}, ColumnKind::Quantity},
                 {Tables::tr("Unit"), {}, ColumnKind::Text}};
    auto add = [&](const QString &scope, std::optional<int> year, const QString &name, Cell value,
                   const QString &unit) {
        t.rows.push_back({Cell(scope), year ? Cell(double(*year)) : Cell(), Cell(name),
                          std::move(value), Cell(unit)});
    };
    const model::EconomicParameters &e = study.economics;
    const QString all = Tables::tr("study");
    add(all, {}, Tables::tr("Price base year"), Cell(double(e.priceBaseYear)), Tables::tr("year"));
    add(all, {}, Tables::tr("Discount rate (real)"), Cell(e.discountRate), Tables::tr("fraction/yr"));
    add(all, {}, Tables::tr("Discounting year t0"), Cell(double(e.discountingYear)), Tables::tr("year"));
    add(all, {}, Tables::tr("Operating years assessed N"), Cell(double(e.operatingYears)),
        Tables::tr("years"));
    add(all, {}, Tables::tr("Residual value method"), Cell(residualKey(e.residualValue)), {});
    add(all, {}, Tables::tr("B/C ratio definition"), Cell(bcKey(e.bcRatio)), {});
    add(all, {}, Tables::tr("Share of the commissioning year assessed"), Cell(e.firstYearFraction),
        Tables::tr("fraction"));
    for (const auto &[year, index] : e.deflator)
        add(all, year, Tables::tr("Deflator index"), Cell(index), {});
    for (int year : priceYears(study)) {
        const auto factor = economics::priceFactor(e, year);
        add(all, year, Tables::tr("Conversion factor to %1 prices").arg(e.priceBaseYear),
            factor ? Cell(*factor) : Cell(), {});
    }
    for (const model::Scenario &s : study.scenarios) {
        add(s.id, {}, Tables::tr("Price year"), Cell(double(s.priceYear)), Tables::tr("year"));
        for (const model::ClimateYear &c : s.climateYears)
            add(s.id, c.year, Tables::tr("Climate-year weight"), Cell(c.weight), Tables::tr("fraction"));
        const QString eurPerT = Tables::tr("€/t, %1 prices").arg(s.priceYear);
        for (const model::StudyYear &y : s.studyYears) {
            add(s.id, y.year, Tables::tr("Market CO2 price"), Cell(y.marketCo2PriceEurPerT), eurPerT);
            add(s.id, y.year, Tables::tr("Societal cost of carbon, low"), Cell(y.sccLowEurPerT), eurPerT);
            add(s.id, y.year, Tables::tr("Societal cost of carbon, central"), Cell(y.sccCentralEurPerT),
                eurPerT);
            add(s.id, y.year, Tables::tr("Societal cost of carbon, high"), Cell(y.sccHighEurPerT), eurPerT);
            add(s.id, y.year, Tables::tr("Value of lost load"), Cell(y.vollEurPerMwh),
                Tables::tr("€/MWh, %1 prices").arg(s.priceYear));
            add(s.id, y.year, Tables::tr("Reserve cost"), Cell(y.reserveCostEurPerMwYear),
                Tables::tr("€/MW/yr, %1 prices").arg(s.priceYear));
            for (const auto &[pollutant, cost] : y.damageCostEurPerT)
                add(s.id, y.year,
                    Tables::tr("Damage cost %1 (%2)")
                        .arg(model::pollutantKey(pollutant), model::pollutantIndicatorId(pollutant)),
                    Cell(cost), eurPerT);
            for (const auto &[fuel, price] : y.fuelPriceEurPerMwh)
                add(s.id, y.year, Tables::tr("Fuel price %1").arg(fuel), Cell(price),
                    Tables::tr("€/MWh of fuel, %1 prices").arg(s.priceYear));
        }
    }
    return t;
}

} // namespace gridcba::io
