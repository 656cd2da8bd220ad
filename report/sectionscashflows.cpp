// The yearly cash flows of a project, per scenario: what a reviewer needs to recompute the
// NPV (Σ net cash flow × discount factor) by hand or in a spreadsheet.

#include "sectionhelpers.h"
#include "sections.h"

namespace gridcba::report {

void addCashFlowAnnex(const ProjectContext &c, ReportDocument &doc)
{
    const NumberFormat &f = c.format;
    const model::Study &s = c.study;
    addHeading(doc, c.level, Report::tr("Yearly cash flows of project %1").arg(c.project.id));
    if (!c.evaluation || c.evaluation->scenarios.empty()) {
        addParagraph(doc, Report::tr("No cash flows: the project is not evaluated."));
        return;
    }
    addParagraph(doc, Report::tr("All values in %1 per year. Discount factor = 1 / (1 + %2)^(year − %3). "
                                 "NPV = Σ net cash flow × discount factor. Headline benefits are B1, "
                                 "B2, B5, B6, B9 and other benefits; B4 is not included. The same "
                                 "table is exported with full precision (File > Export Tables).")
                          .arg(meurUnit(s), f.number(s.economics.discountRate, 4),
                               NumberFormat::year(s.economics.discountingYear)));
    for (const economics::ScenarioEvaluation &e : c.evaluation->scenarios) {
        TableBlock t;
        t.columns = {{Report::tr("Year"), Align::Right},
                     {Report::tr("Headline benefits (M€)"), Align::Right},
                     {Report::tr("Residual value (M€)"), Align::Right},
                     {Report::tr("CAPEX (M€)"), Align::Right},
                     {Report::tr("OPEX (M€)"), Align::Right},
                     {Report::tr("Decommis- sioning (M€)"), Align::Right},
                     {Report::tr("Net cash flow (M€)"), Align::Right},
                     {Report::tr("Discount factor"), Align::Right},
                     {Report::tr("Discounted net (M€)"), Align::Right}};
        for (const economics::CashFlowYear &y : e.cashFlows) {
            t.rows.push_back({NumberFormat::year(y.year), f.meur(y.headlineBenefitsEur()),
                              f.meur(y.residualValueEur), f.meur(y.capexEur), f.meur(y.opexEur),
                              f.meur(y.decommissioningEur), f.meur(y.netEur()),
                              f.number(y.discountFactor, 6), f.meur(y.netEur() * y.discountFactor)});
        }
        t.emphasisRows.insert(int(t.rows.size()));
        t.rows.push_back({Report::tr("NPV"), QString(), QString(), QString(), QString(), QString(),
                          QString(), QString(), f.meur(e.npvEur)});
        addTable(doc, Report::tr("Yearly cash flows of project %1 in scenario %2 (%3)")
                          .arg(c.project.id, scenarioName(s, e.scenarioId), e.scenarioId),
                 std::move(t));
    }
}

} // namespace gridcba::report
