// Sensitivity and Monte Carlo analyses: the runs stored in the study for the project, as
// tables of their stored results (never re-run for the report): per sweep, the tornado in
// order with the switching values and the NPV against the commissioning year; per Monte
// Carlo run, its definition and the NPV and B/C quantiles per scenario.

#include "sectionhelpers.h"
#include "sections.h"

#include "sensitivity/runjson.h"

#include <QCoreApplication>

namespace gridcba::report {

namespace {

using namespace sensitivity;

QString inputLabel(InputId id)
{
    return QCoreApplication::translate("Input", inputInfo(id).label);
}

QString inputValue(const NumberFormat &f, InputId id, double v)
{
    return inputInfo(id).integer ? f.number(v, 0) : f.quantity(v, 4);
}

QString switching(const NumberFormat &f, InputId id, const SwitchingValue &s)
{
    if (s.status == SwitchingValue::Status::NoneInRange)
        return Report::tr("none in [%1, %2]")
            .arg(inputValue(f, id, s.searchLow), inputValue(f, id, s.searchHigh));
    return inputValue(f, id, s.value);
}

void addSweep(const ProjectContext &c, ReportDocument &doc, const model::AnalysisRun &run)
{
    QString error;
    const auto r = sweepResultFromJson(parseObject(run.resultsJson), &error);
    if (!r) {
        addParagraph(doc, Report::tr("The stored results of run \"%1\" cannot be read: %2").arg(run.name, error));
        return;
    }
    const NumberFormat &f = c.format;
    addParagraph(doc, Report::tr("Sweep \"%1\", run %2 with %3. Each input is moved over its range "
                                 "with every other input at the study's value; the switching value "
                                 "is where NPV = 0 (B/C = 1). Input units: fraction, factor on the "
                                 "study's value, or years.")
                          .arg(run.name, run.createdUtc, run.softwareVersion));
    for (const ScenarioSweepResult &s : r->scenarios) {
        TableBlock t;
        t.columns = {{Report::tr("Input"), Align::Left, true},
                     {Report::tr("Low"), Align::Right},
                     {Report::tr("High"), Align::Right},
                     {Report::tr("NPV at low\n(%1)").arg(meurUnit(c.study)), Align::Right},
                     {Report::tr("NPV at high\n(%1)").arg(meurUnit(c.study)), Align::Right},
                     {Report::tr("NPV = 0 at"), Align::Right},
                     {Report::tr("B/C = 1 at"), Align::Right}};
        for (const InputSweepResult *in : tornadoOrder(s))
            t.rows.push_back({inputLabel(in->id), inputValue(f, in->id, in->atLow.value),
                              inputValue(f, in->id, in->atHigh.value), f.meur(in->atLow.npvEur),
                              f.meur(in->atHigh.npvEur), switching(f, in->id, in->npvZero),
                              switching(f, in->id, in->bcOne)});
        addTable(doc, Report::tr("Tornado and switching values, scenario %1 (base NPV %2 %3)")
                          .arg(scenarioName(c.study, s.scenarioId), f.meur(s.baseNpvEur), meurUnit(c.study)),
                 std::move(t));
        if (!s.npvByCommissioningYear.empty()) {
            TableBlock y;
            y.columns = {{Report::tr("Commissioning year"), Align::Left},
                         {Report::tr("NPV (%1)").arg(meurUnit(c.study)), Align::Right}};
            for (const auto &[year, npv] : s.npvByCommissioningYear)
                y.rows.push_back({NumberFormat::year(year), f.meur(npv)});
            addTable(doc, Report::tr("NPV against the commissioning year, scenario %1")
                              .arg(scenarioName(c.study, s.scenarioId)),
                     std::move(y));
        }
    }
}

void addMonteCarlo(const ProjectContext &c, ReportDocument &doc, const model::AnalysisRun &run)
{
    QString error;
    const auto def = monteCarloDefinitionFromJson(parseObject(run.definitionJson), &error);
    const auto r = def ? monteCarloResultFromJson(parseObject(run.resultsJson), &error) : std::nullopt;
    if (!def || !r) {
        addParagraph(doc, Report::tr("The stored run \"%1\" cannot be read: %2").arg(run.name, error));
        return;
    }
    const NumberFormat &f = c.format;
    addParagraph(doc, Report::tr("Monte Carlo \"%1\", run %2 with %3: %4 samples, seed %5. The "
                                 "indicator inputs are held fixed; the same draw is evaluated in "
                                 "every scenario.")
                          .arg(run.name, run.createdUtc, run.softwareVersion)
                          .arg(r->samples)
                          .arg(def->seed));
    TableBlock inputs;
    inputs.columns = {{Report::tr("Input"), Align::Left, true},
                      {Report::tr("Distribution"), Align::Left},
                      {Report::tr("Parameters"), Align::Left, true}};
    for (const McInput &in : def->inputs) {
        const Distribution &d = in.distribution;
        const bool three = d.kind == DistributionKind::Triangular || d.kind == DistributionKind::Pert;
        QString params = three ? Report::tr("min %1, mode %2, max %3")
                                     .arg(f.quantity(d.a, 4), f.quantity(d.b, 4), f.quantity(d.c, 4))
                         : d.kind == DistributionKind::Uniform
                             ? Report::tr("min %1, max %2").arg(f.quantity(d.a, 4), f.quantity(d.b, 4))
                             : Report::tr("mean %1, standard deviation %2")
                                   .arg(f.quantity(d.a, 4), f.quantity(d.b, 4));
        inputs.rows.push_back({inputLabel(in.id), distributionKey(d.kind), params});
    }
    for (const RankCorrelation &rc : def->correlations)
        inputs.rows.push_back({Report::tr("Rank correlation"), inputLabel(rc.a) + QStringLiteral(" – ") + inputLabel(rc.b),
                               f.number(rc.rho, 2)});
    addTable(doc, Report::tr("Inputs of Monte Carlo run \"%1\"").arg(run.name), std::move(inputs));
    TableBlock t;
    const QString unit = meurUnit(c.study);
    t.columns = {{Report::tr("Scenario"), Align::Left},
                 {Report::tr("NPV P10\n(%1)").arg(unit), Align::Right},
                 {Report::tr("NPV P50\n(%1)").arg(unit), Align::Right},
                 {Report::tr("NPV P90\n(%1)").arg(unit), Align::Right},
                 {Report::tr("P(NPV > 0)"), Align::Right},
                 {Report::tr("B/C P10"), Align::Right},
                 {Report::tr("B/C P50"), Align::Right},
                 {Report::tr("B/C P90"), Align::Right}};
    for (const McScenarioResult &s : r->scenarios)
        t.rows.push_back({scenarioName(c.study, s.scenarioId), f.meur(s.npvP10Eur), f.meur(s.npvP50Eur),
                          f.meur(s.npvP90Eur), f.percent(s.probabilityNpvPositive, 1), f.ratio(s.bcP10),
                          f.ratio(s.bcP50), f.ratio(s.bcP90)});
    addTable(doc, Report::tr("NPV and B/C distribution of Monte Carlo run \"%1\"").arg(run.name), std::move(t));
}

} // namespace

void addAnalyses(const ProjectContext &c, ReportDocument &doc)
{
    addHeading(doc, c.level, Report::tr("Sensitivity and Monte Carlo analyses"));
    bool anySweep = false, anyMonteCarlo = false;
    for (const model::AnalysisRun &run : c.study.analysisRuns) {
        if (run.projectId != c.project.id)
            continue;
        if (run.kind == QLatin1String(kSweepKind)) {
            anySweep = true;
            addSweep(c, doc, run);
        } else if (run.kind == QLatin1String(kMonteCarloKind)) {
            anyMonteCarlo = true;
            addMonteCarlo(c, doc, run);
        }
    }
    if (!anySweep)
        addParagraph(doc, Report::tr("No sensitivity analysis (one-at-a-time sweep, tornado or "
                                     "switching value) is stored in this study for project %1.")
                              .arg(c.project.id));
    if (!anyMonteCarlo)
        addParagraph(doc, Report::tr("No Monte Carlo analysis is stored in this study for project "
                                     "%1, so no distribution of the NPV (P10, P50, P90, probability "
                                     "of a positive NPV) is given.")
                              .arg(c.project.id));
    addParagraph(doc, Report::tr("The NPV at the low and high societal cost of carbon and at the "
                                 "low and high ends of the CAPEX range, each with every other input "
                                 "at its central value, is given in the chapter Economic evaluation."),
                 Paragraph::Style::Note);
}

} // namespace gridcba::report
