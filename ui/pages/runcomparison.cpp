#include "runcomparison.h"

#include "format.h"
#include "model/study.h"
#include "sensitivity/runjson.h"
#include "sensitivitytext.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>

namespace gridcba::ui {

namespace {

class RunComparison
{
    Q_DECLARE_TR_FUNCTIONS(RunComparison)
};

enum class Unit { Meur, Ratio, Percent };

struct Figure
{
    QString name;
    Unit unit;
};

// (figure, scenario) -> value, in the order figures are first met.
struct Figures
{
    std::vector<Figure> order;
    std::map<std::pair<QString, QString>, double> values;

    void add(const QString &name, Unit unit, const QString &scenario, std::optional<double> v)
    {
        if (std::none_of(order.begin(), order.end(),
                         [&](const Figure &f) { return f.name == name; }))
            order.push_back({name, unit});
        if (v)
            values[{name, scenario}] = *v;
    }
};

bool collect(const model::AnalysisRun &run, Figures *figures, QString *error)
{
    const QJsonObject json = sensitivity::parseObject(run.resultsJson);
    if (run.kind == QLatin1String(sensitivity::kSweepKind)) {
        const auto r = sensitivity::sweepResultFromJson(json, error);
        if (!r)
            return false;
        for (const sensitivity::ScenarioSweepResult &s : r->scenarios) {
            figures->add(RunComparison::tr("Base NPV"), Unit::Meur, s.scenarioId,
                         s.baseNpvEur / 1e6);
            figures->add(RunComparison::tr("Base B/C"), Unit::Ratio, s.scenarioId, s.baseBcRatio);
            const auto order = sensitivity::tornadoOrder(s);
            if (!order.empty())
                figures->add(RunComparison::tr("Largest NPV swing"), Unit::Meur, s.scenarioId,
                             std::abs(order.front()->atHigh.npvEur - order.front()->atLow.npvEur) /
                                 1e6);
        }
        return true;
    }
    const auto r = sensitivity::monteCarloResultFromJson(json, error);
    if (!r)
        return false;
    for (const sensitivity::McScenarioResult &s : r->scenarios) {
        figures->add(RunComparison::tr("NPV P10"), Unit::Meur, s.scenarioId, s.npvP10Eur / 1e6);
        figures->add(RunComparison::tr("NPV P50"), Unit::Meur, s.scenarioId, s.npvP50Eur / 1e6);
        figures->add(RunComparison::tr("NPV P90"), Unit::Meur, s.scenarioId, s.npvP90Eur / 1e6);
        figures->add(RunComparison::tr("NPV mean"), Unit::Meur, s.scenarioId, s.npvMeanEur / 1e6);
        figures->add(RunComparison::tr("P(NPV > 0)"), Unit::Percent, s.scenarioId,
                     100.0 * s.probabilityNpvPositive);
        figures->add(RunComparison::tr("B/C P50"), Unit::Ratio, s.scenarioId, s.bcP50);
    }
    return true;
}

QString unitName(Unit unit)
{
    switch (unit) {
    case Unit::Meur:
        return RunComparison::tr("M€");
    case Unit::Ratio:
        return RunComparison::tr("–");
    case Unit::Percent:
        return RunComparison::tr("%");
    }
    return {};
}

QString shown(Unit unit, const double *v)
{
    if (!v)
        return format::none();
    return format::number(*v, unit == Unit::Percent ? 1 : 2);
}

const double *find(const Figures &f, const std::pair<QString, QString> &key)
{
    const auto it = f.values.find(key);
    return it == f.values.end() ? nullptr : &it->second;
}

} // namespace

TableContent compareRuns(const model::Study &study, const model::AnalysisRun &a,
                         const model::AnalysisRun &b, QString *error)
{
    Figures fa, fb;
    if (!collect(a, &fa, error) || !collect(b, &fb, error))
        return {};
    Figures all = fa;
    for (const Figure &f : fb.order)
        all.add(f.name, f.unit, QString(), std::nullopt);

    TableContent content;
    content.headers = {RunComparison::tr("Figure"),
                       RunComparison::tr("Scenario"),
                       RunComparison::tr("Unit"),
                       a.name,
                       b.name,
                       RunComparison::tr("Difference\n(second − first)")};
    content.numericColumns = {3, 4, 5};
    for (const Figure &f : all.order) {
        for (const model::Scenario &scenario : study.scenarios) {
            const std::pair key{f.name, scenario.id};
            const double *va = find(fa, key);
            const double *vb = find(fb, key);
            if (!va && !vb)
                continue;
            const double diff = va && vb ? *vb - *va : 0.0;
            content.rows.append({f.name, scenario.name, unitName(f.unit), shown(f.unit, va),
                                 shown(f.unit, vb), shown(f.unit, va && vb ? &diff : nullptr)});
        }
    }
    return content;
}

} // namespace gridcba::ui
