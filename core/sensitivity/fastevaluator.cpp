#include "fastevaluator.h"

#include <algorithm>
#include <cmath>

namespace gridcba::sensitivity {

using model::IndicatorInput;
using model::Investment;
using model::StudyYear;

namespace {

// Years of margin around the commissioning year and the study years covered by the series:
// wider than any shift or assessment period a sensitivity asks for.
constexpr int kMarginBefore = 60;
constexpr int kMarginAfter = 160;

const IndicatorInput *inputFor(const model::Project &project, const QString &scenario, int year)
{
    for (const IndicatorInput &in : project.indicatorInputs)
        if (in.scenarioId == scenario && in.year == year)
            return &in;
    return nullptr;
}

}  // namespace

std::optional<FastEvaluator> FastEvaluator::create(const model::EconomicParameters &e,
                                                   const model::Scenario &scenario,
                                                   const model::Project &project,
                                                   economics::EvaluationError *error)
{
    // The engine checks the inputs (completeness, VOLL, deflator); the decomposition below
    // relies on them having passed.
    economics::EvaluationOptions options;
    options.computeIrr = false;
    options.computeVariants = false;
    if (!economics::evaluateScenario(e, scenario, project, options, error))
        return std::nullopt;
    const double fs = *economics::priceFactor(e, scenario.priceYear);
    const double fb = *economics::priceFactor(e, project.benefitPriceYear);

    FastEvaluator f;
    f.m_commissioningYear = project.commissioningYear;
    f.m_discountingYear = e.discountingYear;
    f.m_linearResidual = e.residualValue == model::ResidualValueMethod::Linear;
    f.m_bcRatio = e.bcRatio;

    // Study-year points of each component, then the series by calendar year.
    std::array<std::vector<std::pair<int, double>>, kComponents> points;
    for (const StudyYear &y : scenario.studyYears) {
        const IndicatorInput *in = inputFor(project, scenario.id, y.year);
        if (in->b1Eur)
            points[B1].emplace_back(y.year, *in->b1Eur * fb);
        if (in->b2Co2T) {
            points[Scc].emplace_back(y.year, -*in->b2Co2T * y.sccCentralEurPerT * fs);
            points[Co2].emplace_back(y.year, -*in->b2Co2T * y.marketCo2PriceEurPerT * fs);
        }
        if (in->b5Eur)
            points[B5].emplace_back(y.year, *in->b5Eur * fb);
        if (in->b6EensMwh)
            points[B6].emplace_back(y.year, -*in->b6EensMwh * y.vollEurPerMwh * fs);
        if (in->b9ReserveMw && y.reserveCostEurPerMwYear > 0.0)
            points[B9].emplace_back(y.year, *in->b9ReserveMw * y.reserveCostEurPerMwYear * fs);
        double other = 0.0;
        for (const model::OtherBenefit &b : in->other)
            if (b.inNpv)
                other += b.eurPerYear;
        points[Other].emplace_back(y.year, other * fb);
    }
    f.m_firstYear = std::min(project.commissioningYear, scenario.studyYears.front().year) -
                    kMarginBefore;
    const int lastYear =
        std::max(project.commissioningYear, scenario.studyYears.back().year) + kMarginAfter;
    for (int c = 0; c < kComponents; ++c) {
        f.m_series[c].assign(std::size_t(lastYear - f.m_firstYear + 1), 0.0);
        if (points[c].empty())
            continue;
        for (int t = f.m_firstYear; t <= lastYear; ++t)
            f.m_series[c][std::size_t(t - f.m_firstYear)] = economics::interpolate(points[c], t);
    }

    // Costs, in base-year € at the central CAPEX.
    f.m_minCapexOffset = 0;
    for (const Investment &inv : project.investments) {
        const double factor = *economics::priceFactor(e, inv.priceYear);
        double total = 0.0;
        if (!inv.capex.empty()) {
            for (const model::CapexYear &y : inv.capex) {
                f.m_capex.push_back({y.year - project.commissioningYear, y.centralEur * factor});
                total += y.centralEur;
            }
        } else if (inv.constructionYears > 0) {
            total = inv.capexLumpSum.centralEur;
            for (int k = inv.constructionYears; k >= 1; --k)
                f.m_capex.push_back({-k, total / inv.constructionYears * factor});
        }
        f.m_opexFixed += inv.opexEurPerYear * factor;
        f.m_opexShareOfCapex += inv.opexShareOfCapex * total * factor;
        f.m_decommissioning += inv.decommissioningEur * factor;
        f.m_residual.push_back({total * factor, inv.technicalLifetimeYears});
    }
    for (const CapexFlow &c : f.m_capex)
        f.m_minCapexOffset = std::min(f.m_minCapexOffset, c.offset);
    return f;
}

double FastEvaluator::benefit(int year, const Perturbation &p) const
{
    const auto last = std::ptrdiff_t(m_series[B1].size()) - 1;
    const auto i = std::size_t(std::clamp<std::ptrdiff_t>(year - m_firstYear, 0, last));
    return p.value(InputId::Welfare) * m_series[B1][i] +
           p.value(InputId::SocietalCostOfCarbon) * m_series[Scc][i] -
           p.value(InputId::MarketCo2Price) * m_series[Co2][i] +
           p.value(InputId::Losses) * m_series[B5][i] + p.value(InputId::Voll) * m_series[B6][i] +
           p.value(InputId::ReserveCost) * m_series[B9][i] + m_series[Other][i];
}

FastResult FastEvaluator::evaluate(const Perturbation &p) const
{
    const double rate = p.value(InputId::DiscountRate);
    const int years = int(std::lround(p.value(InputId::OperatingYears)));
    const double firstFraction = p.value(InputId::FirstYearFraction);
    const double capexFactor = p.value(InputId::Capex);
    const double opexPerYear =
        p.value(InputId::Opex) * (m_opexFixed + capexFactor * m_opexShareOfCapex);
    const int c = m_commissioningYear + int(std::lround(p.value(InputId::CommissioningShift)));
    const int last = c + years - 1;
    const int first = c + m_minCapexOffset;

    // Discount factors by recurrence from the first year (one pow per evaluation).
    const double step = 1.0 / (1.0 + rate);
    double d = std::pow(1.0 + rate, -(first - m_discountingYear));
    double pvBenefits = 0.0, pvOpex = 0.0, pvCapex = 0.0;
    for (int t = first; t <= last; ++t, d *= step) {
        if (t < c)
            continue;
        const double share = t == c ? firstFraction : 1.0;
        pvBenefits += d * benefit(t, p) * share;
        pvOpex += d * opexPerYear * share;
    }
    for (const CapexFlow &flow : m_capex)
        pvCapex += flow.eur * capexFactor * std::pow(1.0 + rate, -(c + flow.offset - m_discountingYear));
    const double dLast = std::pow(1.0 + rate, -(last - m_discountingYear));
    const double pvDecommissioning = m_decommissioning * dLast;
    double residual = 0.0;
    if (m_linearResidual)
        for (const Residual &r : m_residual)
            if (r.lifetime > years)
                residual += r.capexEur * capexFactor * double(r.lifetime - years) / r.lifetime;
    const double pvResidual = residual * dLast;

    FastResult out;
    out.npvEur = pvBenefits + pvResidual - pvCapex - pvOpex - pvDecommissioning;
    double numerator = pvBenefits + pvResidual;
    double denominator = pvCapex + pvOpex + pvDecommissioning;
    if (m_bcRatio == model::BcRatioDefinition::NetOfOpex) {
        numerator -= pvOpex;
        denominator -= pvOpex;
    }
    if (denominator > 0.0)
        out.bcRatio = numerator / denominator;
    return out;
}

}  // namespace gridcba::sensitivity
