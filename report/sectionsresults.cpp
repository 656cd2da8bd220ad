// The summary of a project's results (key figures and chart) and the economic evaluation
// chapter (present values by stream, NPV, B/C, IRR, variants, ranges, yearly net cash flow).

#include "charts.h"
#include "io/indicatorlines.h"
#include "palette.h"
#include "sectionhelpers.h"
#include "sections.h"

namespace gridcba::report {

namespace {

using economics::ScenarioEvaluation;
using economics::Stream;

QString period(const model::Study &s, const NumberFormat &f)
{
    return Report::tr("Present values in %1, discounted at %2 (real) to %3, over %4 operating years.")
        .arg(meurUnit(s), f.percent(s.economics.discountRate),
             NumberFormat::year(s.economics.discountingYear))
        .arg(s.economics.operatingYears);
}

BenefitCostChartData chartData(const ProjectContext &c)
{
    BenefitCostChartData d;
    d.locale = c.format.locale().name();
    d.valueAxisLabel = Report::tr("Present value (%1)").arg(meurUnit(c.study));
    for (const ScenarioEvaluation &s : c.evaluation->scenarios)
        d.groups << scenarioName(c.study, s.scenarioId);
    for (Stream st : economics::kStreams) {
        if (!economics::isHeadline(st))
            continue;
        BenefitCostChartData::Series series{io::streamShortLabel(st), streamColor(st), {}};
        bool any = false;
        for (const ScenarioEvaluation &s : c.evaluation->scenarios) {
            series.values.push_back(s.pvBenefits[std::size_t(st)] / 1e6);
            any = any || series.values.back() != 0.0;
        }
        if (any)
            d.benefits.push_back(std::move(series));
    }
    BenefitCostChartData::Series residual{Report::tr("Residual value"), residualValueColor(), {}};
    bool anyResidual = false;
    for (const ScenarioEvaluation &s : c.evaluation->scenarios) {
        residual.values.push_back(s.pvResidualValueEur / 1e6);
        anyResidual = anyResidual || s.pvResidualValueEur != 0.0;
    }
    if (anyResidual)
        d.benefits.push_back(std::move(residual));
    d.costs = {Report::tr("Costs (CAPEX + OPEX + decommissioning)"), costColor(), {}};
    for (const ScenarioEvaluation &s : c.evaluation->scenarios)
        d.costs.values.push_back((s.pvCapexEur + s.pvOpexEur + s.pvDecommissioningEur) / 1e6);
    return d;
}

// Rows × scenarios: the label, then one text per scenario.
TableBlock scenarioTable(const ProjectContext &c, const QString &firstHeader)
{
    TableBlock t;
    t.columns = {{firstHeader, Align::Left, true}};
    for (const ScenarioEvaluation &s : c.evaluation->scenarios)
        t.columns.push_back({Report::tr("%1 (%2)").arg(scenarioName(c.study, s.scenarioId), s.scenarioId),
                             Align::Right});
    return t;
}

template <class F> QStringList rowOf(const ProjectContext &c, const QString &label, F value)
{
    QStringList row = {label};
    for (const ScenarioEvaluation &s : c.evaluation->scenarios)
        row << value(s);
    return row;
}

bool evaluated(const ProjectContext &c, ReportDocument &doc)
{
    if (!c.evaluation) {
        addParagraph(doc, Report::tr("The project could not be evaluated: %1").arg(c.evaluationError),
                     Paragraph::Style::Emphasis);
        return false;
    }
    if (c.evaluation->scenarios.empty()) {
        addParagraph(doc, Report::tr("The project has no indicator inputs in any scenario, so it "
                                     "is not assessed."),
                     Paragraph::Style::Emphasis);
        return false;
    }
    return true;
}

} // namespace

void addKeyResults(const ProjectContext &c, ReportDocument &doc)
{
    const NumberFormat &f = c.format;
    addHeading(doc, c.level, Report::tr("Summary of results"));
    if (!evaluated(c, doc))
        return;
    const economics::ProjectEvaluation &e = *c.evaluation;
    addParagraph(doc, Report::tr("Project %1 is assessed in %n scenario(s) over the assessment "
                                 "period %2–%3. %4",
                                 nullptr, int(e.scenarios.size()))
                          .arg(c.project.id, NumberFormat::year(e.firstYear),
                               NumberFormat::year(e.lastYear), period(c.study, f)));
    TableBlock t;
    t.columns = {{Report::tr("Scenario"), Align::Left, true},
                 {Report::tr("NPV (%1)").arg(meurUnit(c.study)), Align::Right},
                 {Report::tr("B/C ratio"), Align::Right},
                 {Report::tr("Economic IRR"), Align::Right}};
    for (const ScenarioEvaluation &s : e.scenarios)
        t.rows.push_back({Report::tr("%1 (%2)").arg(scenarioName(c.study, s.scenarioId), s.scenarioId),
                          f.meur(s.npvEur), f.ratio(s.bcRatio), f.irr(s)});
    if (e.npvRangeEur) {
        t.emphasisRows.insert(int(t.rows.size()));
        t.rows.push_back({Report::tr("Range over scenarios"),
                          Report::tr("%1 to %2").arg(f.meur(e.npvRangeEur->min), f.meur(e.npvRangeEur->max)),
                          e.bcRange ? Report::tr("%1 to %2").arg(f.ratio(e.bcRange->min), f.ratio(e.bcRange->max))
                                    : f.ratio(std::nullopt),
                          QString()});
    }
    addTable(doc, Report::tr("Key results of project %1 per scenario").arg(c.project.id), std::move(t));
    if (!e.scenariosNotAssessed.isEmpty())
        addParagraph(doc, Report::tr("Not assessed (no indicator inputs): %1.")
                              .arg(e.scenariosNotAssessed.join(QStringLiteral(", "))),
                     Paragraph::Style::Note);
    const BenefitCostChartData data = chartData(c);
    addChart(doc, Report::tr("Present value of monetised benefits (left bar) and costs (right bar) per scenario"),
             88.0, [data](QPainter &p, const QRectF &r, double pt) { paintBenefitCostChart(p, r, pt, data); });
}

void addEvaluation(const ProjectContext &c, ReportDocument &doc)
{
    const NumberFormat &f = c.format;
    const model::Study &s = c.study;
    addHeading(doc, c.level, Report::tr("Economic evaluation"));
    if (!evaluated(c, doc))
        return;
    const economics::ProjectEvaluation &e = *c.evaluation;
    const bool netOfOpex = s.economics.bcRatio == model::BcRatioDefinition::NetOfOpex;
    addParagraph(doc, Report::tr("%1 NPV = PV(monetised headline benefits) + PV(residual value) − "
                                 "PV(CAPEX) − PV(OPEX) − PV(decommissioning). %2 The economic IRR "
                                 "is the discount rate at which the NPV is zero; \"none\" means the "
                                 "NPV does not change sign.")
                          .arg(period(s, f),
                               netOfOpex ? Report::tr("B/C = [PV(benefits) + PV(residual) − PV(OPEX)] / "
                                                      "[PV(CAPEX) + PV(decommissioning)].")
                                         : Report::tr("B/C = [PV(benefits) + PV(residual)] / [PV(CAPEX) "
                                                      "+ PV(OPEX) + PV(decommissioning)].")));
    TableBlock t = scenarioTable(c, Report::tr("Present value (%1)").arg(meurUnit(s)));
    for (Stream st : economics::kStreams) {
        if (!economics::isHeadline(st))
            continue;
        t.rows.push_back(rowOf(c, io::streamLabel(st),
                               [&](const ScenarioEvaluation &x) { return f.meur(x.pvBenefits[std::size_t(st)]); }));
    }
    t.emphasisRows.insert(int(t.rows.size()));
    t.rows.push_back(rowOf(c, Report::tr("Headline benefits (in NPV)"),
                           [&](const ScenarioEvaluation &x) { return f.meur(x.pvHeadlineBenefitsEur); }));
    t.rows.push_back(rowOf(c, Report::tr("Residual value"), [&](auto &x) { return f.meur(x.pvResidualValueEur); }));
    t.rows.push_back(rowOf(c, Report::tr("CAPEX"), [&](auto &x) { return f.meur(x.pvCapexEur); }));
    t.rows.push_back(rowOf(c, Report::tr("OPEX"), [&](auto &x) { return f.meur(x.pvOpexEur); }));
    t.rows.push_back(rowOf(c, Report::tr("Decommissioning"), [&](auto &x) { return f.meur(x.pvDecommissioningEur); }));
    t.emphasisRows.insert(int(t.rows.size()));
    t.rows.push_back(rowOf(c, Report::tr("Net present value (NPV)"), [&](auto &x) { return f.meur(x.npvEur); }));
    t.emphasisRows.insert(int(t.rows.size()));
    t.rows.push_back(rowOf(c, Report::tr("Benefit/cost ratio (B/C)"), [&](auto &x) { return f.ratio(x.bcRatio); }));
    t.rows.push_back(rowOf(c, Report::tr("Economic IRR"), [&](auto &x) { return f.irr(x); }));
    t.mutedRows.insert(int(t.rows.size()));
    t.rows.push_back(rowOf(c, io::streamLabel(Stream::B4),
                           [&](auto &x) { return f.meur(x.pvBenefits[std::size_t(Stream::B4)]); }));
    addTable(doc, Report::tr("Economic evaluation of project %1 per scenario").arg(c.project.id), std::move(t));

    TableBlock v = scenarioTable(c, Report::tr("NPV variant (%1)").arg(meurUnit(s)));
    v.rows.push_back(rowOf(c, Report::tr("NPV, central values"), [&](auto &x) { return f.meur(x.npvEur); }));
    v.rows.push_back(rowOf(c, Report::tr("NPV, societal cost of carbon low"), [&](auto &x) { return f.meur(x.npvSccLowEur); }));
    v.rows.push_back(rowOf(c, Report::tr("NPV, societal cost of carbon high"), [&](auto &x) { return f.meur(x.npvSccHighEur); }));
    v.rows.push_back(rowOf(c, Report::tr("NPV, CAPEX low"), [&](auto &x) { return f.meur(x.npvCapexLowEur); }));
    v.rows.push_back(rowOf(c, Report::tr("NPV, CAPEX high"), [&](auto &x) { return f.meur(x.npvCapexHighEur); }));
    v.emphasisRows = {0};
    addTable(doc, Report::tr("NPV at the ends of the uncertainty ranges (one input changed at a time)"),
             std::move(v));
    if (e.npvRangeEur)
        addParagraph(doc, Report::tr("Range over the assessed scenarios: NPV %1 to %2 %3; B/C %4.")
                              .arg(f.meur(e.npvRangeEur->min), f.meur(e.npvRangeEur->max), meurUnit(s),
                                   e.bcRange ? Report::tr("%1 to %2").arg(f.ratio(e.bcRange->min), f.ratio(e.bcRange->max))
                                             : f.ratio(std::nullopt)),
                     Paragraph::Style::Emphasis);
    for (const ScenarioEvaluation &x : e.scenarios)
        for (const QString &note : x.notes)
            addParagraph(doc, Report::tr("Note (%1): %2").arg(x.scenarioId, note), Paragraph::Style::Note);

    YearlyChartData yearly;
    yearly.locale = f.locale().name();
    yearly.valueAxisLabel = Report::tr("Net cash flow (%1 per year)").arg(meurUnit(s));
    const QColor colours[] = {QColor(0x00, 0x72, 0xB2), QColor(0xD5, 0x5E, 0x00), QColor(0x00, 0x9E, 0x73),
                              QColor(0xCC, 0x79, 0xA7), QColor(0x56, 0xB4, 0xE9), QColor(0xE6, 0x9F, 0x00)};
    for (std::size_t i = 0; i < e.scenarios.size(); ++i) {
        YearlyChartData::Line line{scenarioName(s, e.scenarios[i].scenarioId), colours[i % 6], {}};
        for (const economics::CashFlowYear &y : e.scenarios[i].cashFlows)
            line.points.emplace_back(y.year, y.netEur() / 1e6);
        yearly.lines.push_back(std::move(line));
    }
    addChart(doc, Report::tr("Yearly net cash flow (undiscounted headline benefits + residual value − costs)"),
             70.0, [yearly](QPainter &p, const QRectF &r, double pt) { paintYearlyChart(p, r, pt, yearly); });
}

} // namespace gridcba::report
