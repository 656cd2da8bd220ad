#include "resultstables.h"

#include "io/indicatorlines.h"
#include "economics/evaluation.h"

#include <QCoreApplication>

namespace gridcba::io {

namespace {

struct Tables
{
    Q_DECLARE_TR_FUNCTIONS(gridcba::io::tables)
};

using economics::ProjectEvaluation;
using economics::ScenarioEvaluation;
using economics::Stream;

Cell num(double v)
{
    return Cell(v);
}

Cell text(const QString &s)
{
    return Cell(s);
}

Cell opt(const std::optional<double> &v)
{
    return v ? Cell(*v) : Cell();
}

QString money(const model::Study &s)
{
    return Tables::tr("€, %1 prices").arg(s.economics.priceBaseYear);
}

Column textColumn(const QString &title)
{
    return {title, {}, ColumnKind::Text};
}

Column yearColumn(const QString &title)
{
    return {title, {}, ColumnKind::Integer};
}

QString scenarioName(const model::Study &study, const QString &id)
{
    const model::Scenario *s = study.scenario(id);
    return s ? s->name : id;
}

QString irrOutcomeKey(economics::IrrOutcome o)
{
    switch (o) {
    case economics::IrrOutcome::Found: return QStringLiteral("found");
    case economics::IrrOutcome::Multiple: return QStringLiteral("multiple");
    case economics::IrrOutcome::NoSignChange: return QStringLiteral("none");
    }
    return {};
}

QString tableName(const model::Project &p, const QString &what)
{
    return p.id + u' ' + what;
}

} // namespace

Table summaryTable(const model::Study &study, const std::vector<ProjectEvaluation> &evaluations)
{
    Table t;
    t.name = Tables::tr("summary");
    t.title = Tables::tr("NPV, B/C ratio and economic IRR of each project in each assessed scenario");
    t.columns = {textColumn(Tables::tr("Project")), textColumn(Tables::tr("Project name")),
                 textColumn(Tables::tr("Scenario")), textColumn(Tables::tr("Scenario name")),
                 {Tables::tr("NPV"), money(study), ColumnKind::Money},
                 {Tables::tr("B/C ratio"), {}, ColumnKind::Ratio},
                 {Tables::tr("Economic IRR"), Tables::tr("fraction/yr"), ColumnKind::Fraction},
                 textColumn(Tables::tr("IRR outcome"))};
    for (const ProjectEvaluation &e : evaluations) {
        const model::Project *p = study.project(e.projectId);
        for (const ScenarioEvaluation &s : e.scenarios)
            t.rows.push_back({text(e.projectId), text(p ? p->name : QString()), text(s.scenarioId),
                              text(scenarioName(study, s.scenarioId)), num(s.npvEur),
                              opt(s.bcRatio), opt(s.irr), text(irrOutcomeKey(s.irrOutcome))});
    }
    return t;
}

Table resultsTable(const model::Study &study, const model::Project &project,
                   const ProjectEvaluation &evaluation)
{
    Table t;
    t.name = tableName(project, Tables::tr("results"));
    t.title = Tables::tr("Present values, NPV, B/C ratio and IRR of project %1, per scenario")
                  .arg(project.id);
    const QString eur = money(study);
    t.columns = {textColumn(Tables::tr("Scenario")), textColumn(Tables::tr("Scenario name"))};
    for (Stream s : economics::kStreams)
        t.columns.push_back({Tables::tr("PV %1").arg(streamLabel(s)), eur, ColumnKind::Money});
    for (const QString &title : {Tables::tr("PV headline benefits"), Tables::tr("PV residual value"),
                                 Tables::tr("PV CAPEX"), Tables::tr("PV OPEX"),
                                 Tables::tr("PV decommissioning"), Tables::tr("NPV")})
        t.columns.push_back({title, eur, ColumnKind::Money});
    t.columns.push_back({Tables::tr("B/C ratio"), {}, ColumnKind::Ratio});
    t.columns.push_back({Tables::tr("Economic IRR"), Tables::tr("fraction/yr"), ColumnKind::Fraction});
    t.columns.push_back(textColumn(Tables::tr("IRR outcome")));
    t.columns.push_back({Tables::tr("NPV, SCC low"), eur, ColumnKind::Money});
    t.columns.push_back({Tables::tr("NPV, SCC high"), eur, ColumnKind::Money});
    t.columns.push_back({Tables::tr("NPV, CAPEX low"), eur, ColumnKind::Money});
    t.columns.push_back({Tables::tr("NPV, CAPEX high"), eur, ColumnKind::Money});
    for (const ScenarioEvaluation &s : evaluation.scenarios) {
        std::vector<Cell> row = {text(s.scenarioId), text(scenarioName(study, s.scenarioId))};
        for (Stream st : economics::kStreams)
            row.push_back(num(s.pvBenefits[std::size_t(st)]));
        for (double v : {s.pvHeadlineBenefitsEur, s.pvResidualValueEur, s.pvCapexEur, s.pvOpexEur,
                         s.pvDecommissioningEur, s.npvEur})
            row.push_back(num(v));
        row.push_back(opt(s.bcRatio));
        row.push_back(opt(s.irr));
        row.push_back(text(irrOutcomeKey(s.irrOutcome)));
        for (double v : {s.npvSccLowEur, s.npvSccHighEur, s.npvCapexLowEur, s.npvCapexHighEur})
            row.push_back(num(v));
        t.rows.push_back(std::move(row));
    }
    return t;
}

Table cashFlowTable(const model::Study &study, const model::Project &project,
                    const ProjectEvaluation &evaluation)
{
    Table t;
    t.name = tableName(project, Tables::tr("cash flows"));
    t.title = Tables::tr("Yearly cash flows of project %1 per scenario; NPV = Σ net cash flow × "
                         "discount factor, discount factor = 1 / (1 + %2)^(year − %3)")
                  .arg(project.id)
                  .arg(study.economics.discountRate, 0, 'g', 17)
                  .arg(study.economics.discountingYear);
    const QString eur = money(study);
    t.columns = {textColumn(Tables::tr("Scenario")), yearColumn(Tables::tr("Year"))};
    for (Stream s : economics::kStreams)
        t.columns.push_back({streamLabel(s), eur, ColumnKind::Money});
    t.columns.push_back({Tables::tr("Headline benefits"), eur, ColumnKind::Money});
    t.columns.push_back({Tables::tr("Residual value"), eur, ColumnKind::Money});
    t.columns.push_back({Tables::tr("CAPEX"), eur, ColumnKind::Money});
    t.columns.push_back({Tables::tr("OPEX"), eur, ColumnKind::Money});
    t.columns.push_back({Tables::tr("Decommissioning"), eur, ColumnKind::Money});
    t.columns.push_back({Tables::tr("Net cash flow"), eur, ColumnKind::Money});
    t.columns.push_back({Tables::tr("Discount factor"), {}, ColumnKind::Factor});
    t.columns.push_back({Tables::tr("Discounted net cash flow"), eur, ColumnKind::Money});
    const int last = int(t.columns.size()) - 1;
    t.discounting = {0, last - 2, last - 1, last};
    for (const ScenarioEvaluation &s : evaluation.scenarios)
        for (const economics::CashFlowYear &y : s.cashFlows) {
            std::vector<Cell> row = {text(s.scenarioId), num(y.year)};
            for (Stream st : economics::kStreams)
                row.push_back(num(y.benefits[std::size_t(st)]));
            for (double v : {y.headlineBenefitsEur(), y.residualValueEur, y.capexEur, y.opexEur,
                             y.decommissioningEur, y.netEur(), y.discountFactor,
                             y.netEur() * y.discountFactor})
                row.push_back(num(v));
            t.rows.push_back(std::move(row));
        }
    return t;
}

Table indicatorTable(const model::Study &study, const model::Project &project,
                     const ProjectEvaluation &evaluation)
{
    Table t;
    t.name = tableName(project, Tables::tr("indicators"));
    t.title = Tables::tr("Indicator inputs of project %1 per scenario and study year, with the "
                         "monetised values the evaluation used")
                  .arg(project.id);
    t.columns = {textColumn(Tables::tr("Scenario")),
                 yearColumn(Tables::tr("Study year")),
                 textColumn(Tables::tr("Indicator")),
                 textColumn(Tables::tr("Description")),
                 {Tables::tr("Quantity"), {}, ColumnKind::Quantity},
                 textColumn(Tables::tr("Quantity unit")),
                 {Tables::tr("Monetised"), Tables::tr("€/yr, %1 prices").arg(study.economics.priceBaseYear),
                  ColumnKind::Money},
                 textColumn(Tables::tr("Reliability class")),
                 textColumn(Tables::tr("In headline NPV")),
                 textColumn(Tables::tr("Origin")),
                 textColumn(Tables::tr("Source"))};
    for (const ScenarioEvaluation &s : evaluation.scenarios) {
        const model::Scenario *scenario = study.scenario(s.scenarioId);
        const auto values = scenario ? economics::monetisedStudyYears(study.economics, *scenario, project, nullptr)
                                : std::nullopt;
        if (!values)
            continue; // cannot happen for a scenario the engine evaluated
        for (const model::IndicatorInput &in : project.indicatorInputs) {
            if (in.scenarioId != s.scenarioId || !values->count(in.year))
                continue;
            for (const IndicatorLine &l :
                 indicatorLines(study, project, *scenario, in, values->at(in.year)))
                t.rows.push_back({text(s.scenarioId), num(in.year), text(l.id), text(l.label),
                                  opt(l.quantity), text(l.quantityUnit), opt(l.monetisedEur),
                                  text(reliabilityName(l.reliability)),
                                  text(l.inNpv ? Tables::tr("yes") : Tables::tr("no")),
                                  text(in.origin == model::InputOrigin::Entered
                                           ? Tables::tr("entered")
                                           : Tables::tr("computed")),
                                  text(in.source)});
        }
    }
    return t;
}

Table costBearersTable(const model::Study &study, const model::Project &project,
                       const ProjectEvaluation &evaluation)
{
    Table t;
    t.name = tableName(project, Tables::tr("cost bearers"));
    t.title = Tables::tr("Present value of the costs of project %1 borne by each country "
                         "(share × PV; costs do not depend on the scenario)")
                  .arg(project.id);
    const QString eur = money(study);
    t.columns = {textColumn(Tables::tr("Country")),
                 {Tables::tr("Cost share"), Tables::tr("fraction"), ColumnKind::Fraction},
                 {Tables::tr("PV CAPEX borne"), eur, ColumnKind::Money},
                 {Tables::tr("PV OPEX borne"), eur, ColumnKind::Money},
                 {Tables::tr("PV decommissioning borne"), eur, ColumnKind::Money},
                 {Tables::tr("PV costs borne"), eur, ColumnKind::Money}};
    const ScenarioEvaluation *s =
        evaluation.scenarios.empty() ? nullptr : &evaluation.scenarios.front();
    for (const auto &[country, share] : project.costShares) {
        if (!s) {
            t.rows.push_back({text(country), num(share), Cell(), Cell(), Cell(), Cell()});
            continue;
        }
        const double capex = s->pvCapexEur * share;
        const double opex = s->pvOpexEur * share;
        const double decommissioning = s->pvDecommissioningEur * share;
        t.rows.push_back({text(country), num(share), num(capex), num(opex), num(decommissioning),
                          num(capex + opex + decommissioning)});
    }
    return t;
}

std::vector<Table> allTables(const model::Study &study,
                             const std::vector<ProjectEvaluation> &evaluations,
                             const QString &onlyProjectId)
{
    std::vector<ProjectEvaluation> chosen;
    for (const ProjectEvaluation &e : evaluations)
        if (onlyProjectId.isEmpty() || e.projectId == onlyProjectId)
            chosen.push_back(e);
    std::vector<Table> out = {summaryTable(study, chosen), parametersTable(study)};
    for (const ProjectEvaluation &e : chosen) {
        const model::Project *p = study.project(e.projectId);
        if (!p)
            continue;
        out.push_back(resultsTable(study, *p, e));
        out.push_back(cashFlowTable(study, *p, e));
        out.push_back(indicatorTable(study, *p, e));
        out.push_back(costBearersTable(study, *p, e));
    }
    return out;
}

} // namespace gridcba::io
