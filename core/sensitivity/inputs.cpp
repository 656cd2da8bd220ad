#include "inputs.h"

#include <QtGlobal>

#include <algorithm>
#include <cmath>
#include <limits>

namespace gridcba::sensitivity {

const std::array<InputInfo, kInputCount> &inputInfos()
{
    static const std::array<InputInfo, kInputCount> infos = {{
        {InputId::DiscountRate, "discountRate", QT_TRANSLATE_NOOP("Input", "Discount rate"),
         "fraction", false},
        {InputId::Capex, "capex", QT_TRANSLATE_NOOP("Input", "CAPEX"), "factor", false},
        {InputId::Opex, "opex", QT_TRANSLATE_NOOP("Input", "OPEX"), "factor", false},
        {InputId::OperatingYears, "operatingYears",
         QT_TRANSLATE_NOOP("Input", "Operating years assessed (N)"), "years", true},
        {InputId::CommissioningShift, "commissioningShift",
         QT_TRANSLATE_NOOP("Input", "Commissioning delay"), "years", true},
        {InputId::SocietalCostOfCarbon, "scc", QT_TRANSLATE_NOOP("Input", "Societal cost of carbon"),
         "factor", false},
        {InputId::MarketCo2Price, "co2Price",
         QT_TRANSLATE_NOOP("Input", "Market CO2 price (B2 only, market results fixed)"), "factor",
         false},
        {InputId::Voll, "voll", QT_TRANSLATE_NOOP("Input", "Value of lost load"), "factor", false},
        {InputId::Welfare, "welfare",
         QT_TRANSLATE_NOOP("Input", "Socio-economic welfare B1 (proxy for fuel prices, demand, RES)"),
         "factor", false},
        {InputId::Losses, "losses", QT_TRANSLATE_NOOP("Input", "Grid losses B5"), "factor", false},
        {InputId::ReserveCost, "reserveCost", QT_TRANSLATE_NOOP("Input", "Reserve cost (B9)"),
         "factor", false},
        {InputId::FirstYearFraction, "firstYearFraction",
         QT_TRANSLATE_NOOP("Input", "Share of the first year counted"), "fraction", false},
    }};
    return infos;
}

const InputInfo &inputInfo(InputId id)
{
    return inputInfos()[std::size_t(id)];
}

std::optional<InputId> inputFromKey(const QString &key)
{
    for (const InputInfo &i : inputInfos())
        if (key == QLatin1String(i.key))
            return i.id;
    return std::nullopt;
}

double baseValue(InputId id, const model::EconomicParameters &e)
{
    switch (id) {
    case InputId::DiscountRate: return e.discountRate;
    case InputId::OperatingYears: return e.operatingYears;
    case InputId::CommissioningShift: return 0.0;
    case InputId::FirstYearFraction: return e.firstYearFraction;
    default: return 1.0;
    }
}

Perturbation Perturbation::base(const model::EconomicParameters &e)
{
    Perturbation p;
    for (const InputInfo &i : inputInfos())
        p.set(i.id, baseValue(i.id, e));
    return p;
}

namespace {

// Ratios low/central and high/central of the project's total CAPEX.
InputRange capexRange(const model::Project &project)
{
    double low = 0.0, central = 0.0, high = 0.0;
    for (const model::Investment &inv : project.investments) {
        if (inv.capex.empty()) {
            low += inv.capexLumpSum.lowEur;
            central += inv.capexLumpSum.centralEur;
            high += inv.capexLumpSum.highEur;
        }
        for (const model::CapexYear &y : inv.capex) {
            low += y.lowEur;
            central += y.centralEur;
            high += y.highEur;
        }
    }
    if (central <= 0.0 || (low == central && high == central))
        return {0.8, 1.2};  // no range stated: ±20 %
    return {low / central, high / central};
}

// The widest low/central and high/central SCC ratios over the study's scenarios and years.
InputRange sccRange(const model::Study &study)
{
    double low = std::numeric_limits<double>::max();
    double high = 0.0;
    for (const model::Scenario &s : study.scenarios)
        for (const model::StudyYear &y : s.studyYears)
            if (y.sccCentralEurPerT > 0.0) {
                low = std::min(low, y.sccLowEurPerT / y.sccCentralEurPerT);
                high = std::max(high, y.sccHighEurPerT / y.sccCentralEurPerT);
            }
    if (high == 0.0 || (low == 1.0 && high == 1.0))
        return {0.5, 1.5};
    return {low, high};
}

}  // namespace

InputRange defaultSweepRange(InputId id, const model::Study &study, const model::Project &project)
{
    const model::EconomicParameters &e = study.economics;
    switch (id) {
    case InputId::DiscountRate: return {e.discountRate - 0.01, e.discountRate + 0.01};
    case InputId::Capex: return capexRange(project);
    case InputId::OperatingYears:
        return {double(std::max(1, e.operatingYears - 5)), double(e.operatingYears + 5)};
    case InputId::CommissioningShift: return {-2.0, 2.0};
    case InputId::SocietalCostOfCarbon: return sccRange(study);
    case InputId::Voll: return {0.5, 1.5};
    case InputId::FirstYearFraction: return {e.firstYearFraction * 0.5, 1.0};
    case InputId::Opex:
    case InputId::MarketCo2Price:
    case InputId::Welfare:
    case InputId::Losses:
    case InputId::ReserveCost: break;
    }
    return {0.8, 1.2};
}

PerturbedCase applyPerturbation(const model::EconomicParameters &economics,
                                const model::Scenario &scenario, const model::Project &project,
                                const Perturbation &p)
{
    PerturbedCase c{economics, scenario, project};
    c.economics.discountRate = p.value(InputId::DiscountRate);
    c.economics.operatingYears = int(std::lround(p.value(InputId::OperatingYears)));
    c.economics.firstYearFraction = p.value(InputId::FirstYearFraction);

    const int shift = int(std::lround(p.value(InputId::CommissioningShift)));
    const double capex = p.value(InputId::Capex);
    const double opex = p.value(InputId::Opex);
    c.project.commissioningYear += shift;
    for (model::Investment &inv : c.project.investments) {
        for (model::CapexYear &y : inv.capex) {
            y.year += shift;
            y.centralEur *= capex;
            y.lowEur *= capex;
            y.highEur *= capex;
        }
        inv.capexLumpSum.centralEur *= capex;
        inv.capexLumpSum.lowEur *= capex;
        inv.capexLumpSum.highEur *= capex;
        inv.opexEurPerYear *= opex;
        inv.opexShareOfCapex *= opex;
    }
    for (model::StudyYear &y : c.scenario.studyYears) {
        y.sccLowEurPerT *= p.value(InputId::SocietalCostOfCarbon);
        y.sccCentralEurPerT *= p.value(InputId::SocietalCostOfCarbon);
        y.sccHighEurPerT *= p.value(InputId::SocietalCostOfCarbon);
        y.marketCo2PriceEurPerT *= p.value(InputId::MarketCo2Price);
        y.vollEurPerMwh *= p.value(InputId::Voll);
        y.reserveCostEurPerMwYear *= p.value(InputId::ReserveCost);
    }
    for (model::IndicatorInput &in : c.project.indicatorInputs) {
        if (in.b1Eur)
            *in.b1Eur *= p.value(InputId::Welfare);
        if (in.b5Eur)
            *in.b5Eur *= p.value(InputId::Losses);
    }
    return c;
}

}  // namespace gridcba::sensitivity
