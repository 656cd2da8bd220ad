#include "evaluation.h"

#include <boost/math/tools/roots.hpp>

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <limits>

namespace gridcba::economics {

using model::EconomicParameters;
using model::IndicatorInput;
using model::Investment;
using model::Project;
using model::Scenario;
using model::StudyYear;

QString streamId(Stream s)
{
    static const std::array<const char *, kStreamCount> ids = {"B1", "B2",    "B5", "B6",
                                                               "B9", "Other", "B4"};
    return QString::fromLatin1(ids[static_cast<std::size_t>(s)]);
}

double CashFlowYear::headlineBenefitsEur() const
{
    double sum = 0.0;
    for (Stream s : kStreams)
        if (isHeadline(s))
            sum += benefits[static_cast<std::size_t>(s)];
    return sum;
}

double CashFlowYear::netEur() const
{
    return headlineBenefitsEur() + residualValueEur - capexEur - opexEur - decommissioningEur;
}

std::optional<double> priceFactor(const EconomicParameters &e, int priceYear)
{
    if (priceYear == e.priceBaseYear)
        return 1.0;
    auto from = e.deflator.find(priceYear);
    auto to = e.deflator.find(e.priceBaseYear);
    if (from == e.deflator.end() || to == e.deflator.end() || from->second <= 0.0)
        return std::nullopt;
    return to->second / from->second;
}

double interpolate(const std::vector<std::pair<int, double>> &points, int year)
{
    Q_ASSERT(!points.empty());
    if (year <= points.front().first)
        return points.front().second;
    if (year >= points.back().first)
        return points.back().second;
    auto upper = std::upper_bound(points.begin(), points.end(), year,
                                  [](int y, const std::pair<int, double> &p) { return y < p.first; });
    auto lower = upper - 1;
    const double w = double(year - lower->first) / double(upper->first - lower->first);
    return lower->second + w * (upper->second - lower->second);
}

double npvAtRate(const std::vector<CashFlowYear> &flows, int discountingYear, double rate)
{
    double npv = 0.0;
    for (const CashFlowYear &f : flows)
        npv += f.netEur() / std::pow(1.0 + rate, f.year - discountingYear);
    return npv;
}

IrrResult internalRateOfReturn(const std::vector<CashFlowYear> &flows, int discountingYear)
{
    // Scan for sign changes on a grid (fine where IRRs of grid projects lie), then refine the
    // first bracket with TOMS 748. Several sign changes mean several roots: reported as such.
    std::vector<double> grid;
    for (double r = -0.9; r < 1.0; r += 0.005)
        grid.push_back(r);
    for (double r = 1.0; r <= 10.0 + 1e-9; r += 0.1)
        grid.push_back(r);
    auto f = [&](double r) { return npvAtRate(flows, discountingYear, r); };

    // Rates where the NPV overflows (far from the discounting year, at rates near −100 %)
    // are left out: a bracket needs two finite values of opposite sign.
    std::vector<std::pair<double, double>> brackets;
    while (!grid.empty() && !std::isfinite(f(grid.front())))
        grid.erase(grid.begin());
    if (grid.empty())
        return {};
    double prevRate = grid.front();
    double prevValue = f(prevRate);
    for (std::size_t i = 1; i < grid.size(); ++i) {
        const double value = f(grid[i]);
        if (!std::isfinite(value))
            continue;
        if (prevValue == 0.0 && i == 1)
            brackets.emplace_back(prevRate, prevRate);
        if (value == 0.0)
            brackets.emplace_back(grid[i], grid[i]);
        else if ((prevValue < 0.0 && value > 0.0) || (prevValue > 0.0 && value < 0.0))
            brackets.emplace_back(prevRate, grid[i]);
        prevRate = grid[i];
        prevValue = value;
    }
    IrrResult result;
    for (const auto &[lo, hi] : brackets) {
        if (lo == hi) {
            result.roots.push_back(lo);
            continue;
        }
        std::uintmax_t maxIter = 200;
        auto root = boost::math::tools::toms748_solve(
            f, lo, hi, boost::math::tools::eps_tolerance<double>(50), maxIter);
        result.roots.push_back(0.5 * (root.first + root.second));
    }
    if (result.roots.size() == 1) {
        result.outcome = IrrOutcome::Found;
        result.rate = result.roots.front();
    } else if (result.roots.size() > 1) {
        result.outcome = IrrOutcome::Multiple;
    }
    return result;
}

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Evaluation)
};

double capexOf(const model::CapexYear &y, CapexCase c)
{
    switch (c) {
    case CapexCase::Low: return y.lowEur;
    case CapexCase::High: return y.highEur;
    case CapexCase::Central: break;
    }
    return y.centralEur;
}

double sccOf(const StudyYear &y, SccLevel level)
{
    switch (level) {
    case SccLevel::Low: return y.sccLowEurPerT;
    case SccLevel::High: return y.sccHighEurPerT;
    case SccLevel::Central: break;
    }
    return y.sccCentralEurPerT;
}

// Total CAPEX of an investment in its own price year, for one end of the range.
double totalCapex(const Investment &inv, CapexCase c)
{
    if (inv.capex.empty())
        return capexOf(inv.capexLumpSum, c);
    double sum = 0.0;
    for (const model::CapexYear &y : inv.capex)
        sum += capexOf(y, c);
    return sum;
}

// CAPEX of an investment by year (its own price year).
std::vector<std::pair<int, double>> capexByYear(const Investment &inv, int commissioningYear,
                                                CapexCase c)
{
    std::vector<std::pair<int, double>> out;
    if (!inv.capex.empty()) {
        for (const model::CapexYear &y : inv.capex)
            out.emplace_back(y.year, capexOf(y, c));
    } else if (inv.constructionYears > 0) {
        const double perYear = capexOf(inv.capexLumpSum, c) / inv.constructionYears;
        for (int k = inv.constructionYears; k >= 1; --k)
            out.emplace_back(commissioningYear - k, perYear);
    }
    return out;
}

using StreamPoints = std::array<std::vector<std::pair<int, std::optional<double>>>, kStreamCount>;

std::size_t idx(Stream s) { return static_cast<std::size_t>(s); }

// Monetised value of each stream in one study year, in base-year €. nullopt = not assessed.
void monetise(const IndicatorInput &in, const StudyYear &y, double scenarioFactor,
              double benefitFactor, SccLevel scc, StreamPoints &points)
{
    auto put = [&](Stream s, std::optional<double> v) { points[idx(s)].emplace_back(y.year, v); };
    auto scaled = [](const std::optional<double> &v, double f) -> std::optional<double> {
        return v ? std::optional<double>(*v * f) : std::nullopt;
    };
    put(Stream::B1, scaled(in.b1Eur, benefitFactor));
    // Only the carbon value beyond the market CO2 price already inside B1 (no double count).
    put(Stream::B2, in.b2Co2T ? std::optional<double>(-*in.b2Co2T *
                                                      (sccOf(y, scc) - y.marketCo2PriceEurPerT) *
                                                      scenarioFactor)
                              : std::nullopt);
    put(Stream::B5, scaled(in.b5Eur, benefitFactor));
    put(Stream::B6, in.b6EensMwh ? std::optional<double>(-*in.b6EensMwh * y.vollEurPerMwh *
                                                         scenarioFactor)
                                 : std::nullopt);
    put(Stream::B9, in.b9ReserveMw && y.reserveCostEurPerMwYear > 0.0
                        ? std::optional<double>(*in.b9ReserveMw * y.reserveCostEurPerMwYear *
                                                scenarioFactor)
                        : std::nullopt);
    double other = 0.0;
    for (const model::OtherBenefit &b : in.other)
        if (b.inNpv)
            other += b.eurPerYear;
    put(Stream::Other, other * benefitFactor);
    double b4 = 0.0;
    for (const auto &[pollutant, tonnes] : in.b4PollutantT) {
        auto cost = y.damageCostEurPerT.find(pollutant);
        if (cost != y.damageCostEurPerT.end())
            b4 += -tonnes * cost->second * scenarioFactor;
    }
    put(Stream::B4, b4);
}

QString yearList(const std::vector<std::pair<int, std::optional<double>>> &points, bool present)
{
    QStringList years;
    for (const auto &[year, v] : points)
        if (v.has_value() == present)
            years << QString::number(year);
    return years.join(QStringLiteral(", "));
}

// Why an indicator given in some study years of a scenario but missing in others cannot be
// evaluated (missing is "not assessed", not zero); empty when it is given in all or in none.
QString incompleteIndicator(const QString &indicator, const QString &scenarioId,
                            const std::vector<std::pair<int, std::optional<double>>> &p)
{
    const bool any = std::any_of(p.begin(), p.end(), [](auto &v) { return v.second.has_value(); });
    const bool all = std::all_of(p.begin(), p.end(), [](auto &v) { return v.second.has_value(); });
    if (!any || all)
        return {};
    //: %1 is an indicator such as B1, %2 a scenario id, %3 and %4 lists of years
    return Tr::tr("%1 in scenario '%2' is given for %3 but not for %4; enter 0 where the "
                          "benefit is zero")
        .arg(indicator, scenarioId, yearList(p, true), yearList(p, false));
}

// The monetised value of each stream in each study year (nullopt: not assessed), after the
// checks that make interpolating between them honest: a row for every study year, a VOLL
// where B6 is given, each indicator given in every study year or in none.
struct StudyYearPoints
{
    StreamPoints points;
    QStringList notes;
};

std::optional<StudyYearPoints> studyYearPoints(const EconomicParameters &e,
                                               const Scenario &scenario, const Project &project,
                                               SccLevel scc, EvaluationError *error)
{
    using Scope = EvaluationError::Scope;
    auto fail = [&](QString path, QString message,
                    Scope scope = Scope::Project) -> std::optional<StudyYearPoints> {
        if (error)
            *error = {scope, std::move(path), std::move(message)};
        return std::nullopt;
    };

    const auto scenarioFactor = priceFactor(e, scenario.priceYear);
    if (!scenarioFactor)
        return fail(QStringLiteral("priceYear"),
                    //: %1 is a price year
                    Tr::tr("no deflator index to convert %1 prices").arg(scenario.priceYear),
                    Scope::Scenario);
    const auto benefitFactor = priceFactor(e, project.benefitPriceYear);
    if (!benefitFactor)
        return fail(QStringLiteral("benefitPriceYear"),
                    Tr::tr("no deflator index to convert %1 prices")
                        .arg(project.benefitPriceYear));

    StudyYearPoints out;
    StreamPoints &points = out.points;
    // B4 quantities per pollutant, to check that each is given in every study year or none.
    std::array<std::vector<std::pair<int, std::optional<double>>>, model::kPollutantCount> b4Given;
    for (const StudyYear &y : scenario.studyYears) {
        auto in = std::find_if(project.indicatorInputs.begin(), project.indicatorInputs.end(),
                               [&](const IndicatorInput &i) {
                                   return i.scenarioId == scenario.id && i.year == y.year;
                               });
        if (in == project.indicatorInputs.end())
            return fail(QStringLiteral("indicatorInputs"),
                        Tr::tr("no indicator inputs for scenario '%1', study year %2; every "
                                       "study year of an assessed scenario needs a row")
                            .arg(scenario.id)
                            .arg(y.year));
        if (in->b6EensMwh && *in->b6EensMwh != 0.0 && y.vollEurPerMwh <= 0.0)
            return fail(QStringLiteral("studyYears/%1/vollEurPerMwh")
                            .arg(&y - scenario.studyYears.data()),
                        Tr::tr("B6 needs a VOLL in %1; there is no default value").arg(y.year),
                        Scope::Scenario);
        if (sccOf(y, scc) < y.marketCo2PriceEurPerT && in->b2Co2T)
            out.notes << Tr::tr("%1: societal cost of carbon below the market CO2 price; "
                                        "B2 corrects B1 downwards")
                             .arg(y.year);
        monetise(*in, y, *scenarioFactor, *benefitFactor, scc, points);
        for (model::Pollutant pol : model::kPollutants) {
            auto t = in->b4PollutantT.find(pol);
            const bool given = t != in->b4PollutantT.end();
            b4Given[std::size_t(pol)].emplace_back(y.year, given ? std::optional<double>(t->second)
                                                                 : std::nullopt);
        }
    }
    // B9 is monetised only where the scenario prices reserves; a price in some study years
    // but not others would interpolate towards a missing value.
    {
        QStringList priced, unpriced;
        for (const StudyYear &y : scenario.studyYears)
            for (const IndicatorInput &in : project.indicatorInputs)
                if (in.scenarioId == scenario.id && in.year == y.year && in.b9ReserveMw)
                    (y.reserveCostEurPerMwYear > 0.0 ? priced : unpriced) << QString::number(y.year);
        if (!priced.isEmpty() && !unpriced.isEmpty())
            return fail(QStringLiteral("studyYears"),
                        Tr::tr("B9 is given in every study year but the reserve cost "
                                       "(reserveCostEurPerMwYear) is set for %1 and 0 for %2; set "
                                       "it in every study year or in none")
                            .arg(priced.join(QStringLiteral(", ")), unpriced.join(QStringLiteral(", "))),
                        Scope::Scenario);
    }
    for (Stream s : {Stream::B1, Stream::B2, Stream::B5, Stream::B6, Stream::B9}) {
        const QString message = incompleteIndicator(streamId(s), scenario.id, points[idx(s)]);
        if (!message.isEmpty())
            return fail(QStringLiteral("indicatorInputs"), message);
    }
    for (model::Pollutant pol : model::kPollutants) {
        const QString message = incompleteIndicator(model::pollutantIndicatorId(pol), scenario.id,
                                                    b4Given[std::size_t(pol)]);
        if (!message.isEmpty())
            return fail(QStringLiteral("indicatorInputs"), message);
    }
    return out;
}

}  // namespace

std::optional<ScenarioEvaluation> evaluateScenario(const EconomicParameters &e,
                                                   const Scenario &scenario, const Project &project,
                                                   const EvaluationOptions &options,
                                                   EvaluationError *error)
{
    using Scope = EvaluationError::Scope;
    auto fail = [&](QString path, QString message,
                    Scope scope = Scope::Project) -> std::optional<ScenarioEvaluation> {
        if (error)
            *error = {scope, std::move(path), std::move(message)};
        return std::nullopt;
    };

    auto studyYears = studyYearPoints(e, scenario, project, options.scc, error);
    if (!studyYears)
        return std::nullopt;
    const StreamPoints &points = studyYears->points;
    ScenarioEvaluation out;
    out.scenarioId = scenario.id;
    out.notes = studyYears->notes;

    // The assessment period.
    const int c = project.commissioningYear;
    const int last = c + e.operatingYears - 1;
    int first = c;
    std::vector<std::pair<double, std::vector<std::pair<int, double>>>> capex;  // factor, by year
    for (const Investment &inv : project.investments) {
        const auto f = priceFactor(e, inv.priceYear);
        if (!f)
            return fail(QStringLiteral("investments/%1/priceYear").arg(&inv - project.investments.data()),
                        Tr::tr("no deflator index to convert %1 prices").arg(inv.priceYear));
        capex.emplace_back(*f, capexByYear(inv, c, options.capex));
        for (const auto &[year, v] : capex.back().second)
            first = std::min(first, year);
    }

    out.cashFlows.resize(std::size_t(last - first + 1));
    for (int t = first; t <= last; ++t) {
        CashFlowYear &row = out.cashFlows[std::size_t(t - first)];
        row.year = t;
        row.discountFactor = 1.0 / std::pow(1.0 + e.discountRate, t - e.discountingYear);
    }
    auto row = [&](int year) -> CashFlowYear & { return out.cashFlows[std::size_t(year - first)]; };

    // Benefits: zero before commissioning, interpolated from the study years after.
    for (Stream s : kStreams) {
        std::vector<std::pair<int, double>> values;
        for (const auto &[year, v] : points[idx(s)])
            if (v)
                values.emplace_back(year, *v);
        if (values.empty())
            continue;
        for (int t = c; t <= last; ++t)
            row(t).benefits[idx(s)] =
                interpolate(values, t) * (t == c ? e.firstYearFraction : 1.0);
    }

    // Costs.
    double residual = 0.0;
    for (std::size_t i = 0; i < project.investments.size(); ++i) {
        const Investment &inv = project.investments[i];
        const double f = capex[i].first;
        for (const auto &[year, v] : capex[i].second)
            row(year).capexEur += v * f;
        const double total = totalCapex(inv, options.capex);
        const double opex = inv.opexEurPerYear + inv.opexShareOfCapex * total;
        for (int t = c; t <= last; ++t)
            row(t).opexEur += opex * f * (t == c ? e.firstYearFraction : 1.0);
        row(last).decommissioningEur += inv.decommissioningEur * f;
        if (e.residualValue == model::ResidualValueMethod::Linear) {
            const int life = inv.technicalLifetimeYears;
            if (life > e.operatingYears)
                residual += total * f * double(life - e.operatingYears) / double(life);
            else
                //: %1 is an investment id, %2 and %3 numbers of years
                out.notes << Tr::tr("investment %1: technical lifetime %2 years does not "
                                            "exceed the %3 years assessed; no residual value")
                                 .arg(inv.id)
                                 .arg(life)
                                 .arg(e.operatingYears);
        }
    }
    row(last).residualValueEur = residual;
    if (e.residualValue == model::ResidualValueMethod::Linear)
        out.notes << Tr::tr("residual value: linear, CAPEX × (T − N) / T, booked as a "
                                    "benefit in %1")
                         .arg(last);

    // Present values.
    for (const CashFlowYear &r : out.cashFlows) {
        for (Stream s : kStreams)
            out.pvBenefits[idx(s)] += r.benefits[idx(s)] * r.discountFactor;
        out.pvCapexEur += r.capexEur * r.discountFactor;
        out.pvOpexEur += r.opexEur * r.discountFactor;
        out.pvDecommissioningEur += r.decommissioningEur * r.discountFactor;
        out.pvResidualValueEur += r.residualValueEur * r.discountFactor;
    }
    for (Stream s : kStreams)
        if (isHeadline(s))
            out.pvHeadlineBenefitsEur += out.pvBenefits[idx(s)];
    out.npvEur = out.pvHeadlineBenefitsEur + out.pvResidualValueEur - out.pvCapexEur -
                 out.pvOpexEur - out.pvDecommissioningEur;
    // Validation bounds every amount, but a discount rate near −100 % applied far from the
    // discounting year can still overflow: refuse rather than report an infinity.
    for (const CashFlowYear &r : out.cashFlows)
        if (!std::isfinite(r.discountFactor) || !std::isfinite(r.netEur() * r.discountFactor))
            //: %1 is a year, %2 the discount rate
            return fail(QString(), Tr::tr("the discounted cash flow of %1 is not a finite number "
                                          "(discount rate %2); check economics/discountRate "
                                          "and the amounts for a unit mistake")
                                       .arg(r.year)
                                       .arg(e.discountRate),
                        Scope::Project);
    if (!std::isfinite(out.npvEur))
        return fail(QString(), Tr::tr("the net present value is not a finite number; check "
                                      "the amounts for a unit mistake"),
                    Scope::Project);
    double numerator = 0.0;
    double denominator = 0.0;
    if (e.bcRatio == model::BcRatioDefinition::BenefitsOverCosts) {
        numerator = out.pvHeadlineBenefitsEur + out.pvResidualValueEur;
        denominator = out.pvCapexEur + out.pvOpexEur + out.pvDecommissioningEur;
    } else {
        numerator = out.pvHeadlineBenefitsEur + out.pvResidualValueEur - out.pvOpexEur;
        denominator = out.pvCapexEur + out.pvDecommissioningEur;
    }
    if (denominator > 0.0)
        out.bcRatio = numerator / denominator;

    if (options.computeIrr) {
        const IrrResult irr = internalRateOfReturn(out.cashFlows, e.discountingYear);
        out.irrOutcome = irr.outcome;
        out.irr = irr.rate;
        out.irrRoots = irr.roots;
    }

    if (options.computeVariants) {
        auto variant = [&](CapexCase capexCase, SccLevel scc) {
            EvaluationOptions o{capexCase, scc, false, false};
            auto v = evaluateScenario(e, scenario, project, o, nullptr);
            return v ? v->npvEur : std::numeric_limits<double>::quiet_NaN();
        };
        out.npvSccLowEur = variant(options.capex, SccLevel::Low);
        out.npvSccHighEur = variant(options.capex, SccLevel::High);
        out.npvCapexLowEur = variant(CapexCase::Low, options.scc);
        out.npvCapexHighEur = variant(CapexCase::High, options.scc);
    }
    return out;
}

std::optional<ProjectEvaluation> evaluateProject(const model::Study &study, const Project &project,
                                                 EvaluationError *error)
{
    const auto index = std::size_t(&project - study.projects.data());
    const QString base = index < study.projects.size() ? QStringLiteral("projects/%1/").arg(index)
                                                       : QString();
    ProjectEvaluation out;
    out.projectId = project.id;
    out.lastYear = project.commissioningYear + study.economics.operatingYears - 1;
    for (const Scenario &scenario : study.scenarios) {
        const bool hasInputs =
            std::any_of(project.indicatorInputs.begin(), project.indicatorInputs.end(),
                        [&](const IndicatorInput &i) { return i.scenarioId == scenario.id; });
        if (!hasInputs) {
            out.scenariosNotAssessed << scenario.id;
            continue;
        }
        EvaluationError e;
        auto result = evaluateScenario(study.economics, scenario, project, {}, &e);
        if (!result) {
            if (error) {
                const QString prefix =
                    e.scope == EvaluationError::Scope::Scenario
                        ? QStringLiteral("scenarios/%1/").arg(&scenario - study.scenarios.data())
                        : base;
                *error = {EvaluationError::Scope::Study, prefix + e.path,
                          //: %1 is a project id, %2 the error message
                          Tr::tr("project '%1': %2").arg(project.id, e.message)};
            }
            return std::nullopt;
        }
        out.scenarios.push_back(std::move(*result));
    }
    // The period starts with the first CAPEX year, which does not depend on the scenario.
    out.firstYear = out.scenarios.empty() ? project.commissioningYear
                                          : out.scenarios.front().cashFlows.front().year;
    for (const ScenarioEvaluation &s : out.scenarios) {
        if (!out.npvRangeEur)
            out.npvRangeEur = Range{s.npvEur, s.npvEur};
        out.npvRangeEur->min = std::min(out.npvRangeEur->min, s.npvEur);
        out.npvRangeEur->max = std::max(out.npvRangeEur->max, s.npvEur);
        if (s.bcRatio) {
            if (!out.bcRange)
                out.bcRange = Range{*s.bcRatio, *s.bcRatio};
            out.bcRange->min = std::min(out.bcRange->min, *s.bcRatio);
            out.bcRange->max = std::max(out.bcRange->max, *s.bcRatio);
        }
    }
    return out;
}

std::optional<std::map<int, StreamValues>> monetisedStudyYears(const EconomicParameters &e,
                                                               const Scenario &scenario,
                                                               const Project &project,
                                                               EvaluationError *error)
{
    const auto studyYears = studyYearPoints(e, scenario, project, SccLevel::Central, error);
    if (!studyYears)
        return std::nullopt;
    std::map<int, StreamValues> out;
    for (Stream s : kStreams)
        for (const auto &[year, value] : studyYears->points[idx(s)])
            out[year][idx(s)] = value.value_or(0.0);
    return out;
}

}  // namespace gridcba::economics
