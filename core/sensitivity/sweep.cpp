#include "sweep.h"

#include <boost/math/tools/roots.hpp>

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <functional>

namespace gridcba::sensitivity {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Sensitivity)
};

constexpr int kSwitchingScanPoints = 200;

// The crossing of f through zero nearest to `base` on [lo, hi], or none. f may be undefined
// (nullopt) at some points, which are skipped.
SwitchingValue findCrossing(const std::function<std::optional<double>(double)> &f, double base,
                            InputRange range, bool integer)
{
    SwitchingValue out;
    out.searchLow = range.low;
    out.searchHigh = range.high;
    std::vector<double> xs;
    if (integer) {
        for (double x = std::ceil(range.low); x <= range.high; x += 1.0)
            xs.push_back(x);
    } else {
        for (int i = 0; i <= kSwitchingScanPoints; ++i)
            xs.push_back(range.low + (range.high - range.low) * i / kSwitchingScanPoints);
    }
    std::optional<double> bestDistance;
    std::optional<double> prevX, prevY;
    for (double x : xs) {
        const std::optional<double> y = f(x);
        if (!y)
            continue;
        if (prevY && ((*prevY < 0.0) != (*y < 0.0) || *y == 0.0)) {
            double crossing = x;
            if (integer) {
                // The first whole value on the far side of the crossing, seen from the base.
                if (*y != 0.0 && x <= base)
                    crossing = *prevX;
            } else if (*y != 0.0) {
                std::uintmax_t iterations = 100;
                auto g = [&](double v) { return f(v).value_or(*y); };
                const auto bracket = boost::math::tools::toms748_solve(
                    g, *prevX, x, *prevY, *y, boost::math::tools::eps_tolerance<double>(40),
                    iterations);
                crossing = 0.5 * (bracket.first + bracket.second);
            }
            const double distance = std::abs(crossing - base);
            if (!bestDistance || distance < *bestDistance) {
                bestDistance = distance;
                out.status = SwitchingValue::Status::Found;
                out.value = crossing;
            }
        }
        prevX = x;
        prevY = y;
    }
    return out;
}

}  // namespace

InputRange switchingSearchRange(InputId id, const model::EconomicParameters &)
{
    switch (id) {
    case InputId::DiscountRate: return {-0.05, 0.5};
    case InputId::OperatingYears: return {1.0, 100.0};
    case InputId::CommissioningShift: return {-20.0, 30.0};
    case InputId::FirstYearFraction: return {0.0, 1.0};
    default: break;
    }
    return {0.0, 10.0};
}

SweepDefinition defaultSweep(const model::Study &study, const model::Project &project)
{
    SweepDefinition d;
    d.projectId = project.id;
    for (const InputInfo &info : inputInfos()) {
        const InputRange r = defaultSweepRange(info.id, study, project);
        d.inputs.push_back({info.id, r.low, r.high});
    }
    return d;
}

std::optional<SweepResult> runSweep(const model::Study &study, const SweepDefinition &definition,
                                    QString *error)
{
    auto fail = [&](const QString &message) -> std::optional<SweepResult> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const model::Project *project = study.project(definition.projectId);
    if (!project)
        return fail(Tr::tr("no project with id '%1'").arg(definition.projectId));
    if (definition.points < 2)
        return fail(Tr::tr("a sweep needs at least 2 points, got %1").arg(definition.points));
    for (const SweepInput &in : definition.inputs)
        if (!(in.low <= in.high) || !std::isfinite(in.low) || !std::isfinite(in.high))
            //: %1 is the key of a sensitivity input, %2 and %3 the low and high ends
            return fail(Tr::tr("%1: the range must satisfy low <= high, got %2 .. %3")
                            .arg(QLatin1String(inputInfo(in.id).key))
                            .arg(in.low)
                            .arg(in.high));

    SweepResult result;
    result.projectId = project->id;
    const Perturbation base = Perturbation::base(study.economics);
    for (const model::Scenario &scenario : study.scenarios) {
        const bool assessed = std::any_of(
            project->indicatorInputs.begin(), project->indicatorInputs.end(),
            [&](const model::IndicatorInput &i) { return i.scenarioId == scenario.id; });
        if (!assessed)
            continue;
        economics::EvaluationError evalError;
        const auto fast = FastEvaluator::create(study.economics, scenario, *project, &evalError);
        if (!fast)
            return fail(Tr::tr("scenario '%1': %2").arg(scenario.id, evalError.message));
        auto at = [&](InputId id, double v) {
            Perturbation p = base;
            p.set(id, v);
            ++result.evaluations;
            const FastResult r = fast->evaluate(p);
            return SweepPoint{v, r.npvEur, r.bcRatio};
        };

        ScenarioSweepResult s;
        s.scenarioId = scenario.id;
        const FastResult b = fast->evaluate(base);
        s.baseNpvEur = b.npvEur;
        s.baseBcRatio = b.bcRatio;
        for (const SweepInput &in : definition.inputs) {
            const InputInfo &info = inputInfo(in.id);
            auto value = [&](double v) { return info.integer ? std::round(v) : v; };
            InputSweepResult r;
            r.id = in.id;
            r.base = baseValue(in.id, study.economics);
            r.atLow = at(in.id, value(in.low));
            r.atHigh = at(in.id, value(in.high));
            for (int i = 0; i < definition.points; ++i)
                r.curve.push_back(
                    at(in.id, value(in.low + (in.high - in.low) * i / (definition.points - 1))));
            const InputRange search = switchingSearchRange(in.id, study.economics);
            r.npvZero = findCrossing([&](double v) -> std::optional<double> { return at(in.id, v).npvEur; },
                                     r.base, search, info.integer);
            r.bcOne = findCrossing(
                [&](double v) -> std::optional<double> {
                    const auto bc = at(in.id, v).bcRatio;
                    return bc ? std::optional<double>(*bc - 1.0) : std::nullopt;
                },
                r.base, search, info.integer);
            s.inputs.push_back(std::move(r));
        }
        for (int k = -definition.commissioningYears; k <= definition.commissioningYears; ++k)
            s.npvByCommissioningYear.emplace_back(project->commissioningYear + k,
                                                  at(InputId::CommissioningShift, k).npvEur);
        result.scenarios.push_back(std::move(s));
    }
    return result;
}

std::vector<const InputSweepResult *> tornadoOrder(const ScenarioSweepResult &scenario)
{
    std::vector<const InputSweepResult *> order;
    for (const InputSweepResult &r : scenario.inputs)
        order.push_back(&r);
    std::stable_sort(order.begin(), order.end(), [](auto *a, auto *b) {
        return std::abs(a->atHigh.npvEur - a->atLow.npvEur) >
               std::abs(b->atHigh.npvEur - b->atLow.npvEur);
    });
    return order;
}

}  // namespace gridcba::sensitivity
