// Project chapters: identification and description, costs, beneficiaries and cost bearers;
// and the list of a project's chapters in report order.

#include "io/resultstables.h"
#include "sectionhelpers.h"
#include "sections.h"

namespace gridcba::report {

namespace {

double totalCapex(const model::Investment &inv, double model::CapexYear::*end)
{
    if (inv.capex.empty())
        return inv.capexLumpSum.*end;
    double sum = 0.0;
    for (const model::CapexYear &y : inv.capex)
        sum += y.*end;
    return sum;
}

} // namespace

void addDescription(const ProjectContext &c, ReportDocument &doc)
{
    const model::Project &p = c.project;
    const NumberFormat &f = c.format;
    addHeading(doc, c.level, Report::tr("Project identification and description"));
    if (!p.description.isEmpty())
        addParagraph(doc, p.description);
    std::vector<std::pair<QString, QString>> facts = {
        {Report::tr("Project"), p.id},
        {Report::tr("Name"), p.name},
        {Report::tr("Kind"), projectKindName(p.kind)},
        {Report::tr("Commissioning year"), NumberFormat::year(p.commissioningYear)},
        {Report::tr("Investments"), QString::number(p.investments.size())},
        {Report::tr("Price year of € indicator inputs"), NumberFormat::year(p.benefitPriceYear)}};
    if (c.evaluation)
        facts.insert(facts.begin() + 4,
                     {Report::tr("Assessment period"),
                      Report::tr("%1–%2").arg(NumberFormat::year(c.evaluation->firstYear),
                                              NumberFormat::year(c.evaluation->lastYear))});
    addTable(doc, Report::tr("Identification of project %1").arg(p.id), factsTable(facts));

    if (p.borders.empty()) {
        addParagraph(doc, Report::tr("The project changes no cross-border transfer capacity (no "
                                     "border is entered)."));
    } else {
        TableBlock t;
        t.columns = {{Report::tr("From zone")}, {Report::tr("To zone")},
                     {Report::tr("ΔNTC from → to (MW)"), Align::Right},
                     {Report::tr("ΔNTC to → from (MW)"), Align::Right}};
        for (const model::BorderCapacityChange &b : p.borders)
            t.rows.push_back({b.fromZone, b.toZone, f.quantity(b.forwardMw), f.quantity(b.backwardMw)});
        addTable(doc, Report::tr("Transfer capacity added per border"), std::move(t));
    }

    TableBlock inv;
    inv.columns = {{Report::tr("Investment")}, {Report::tr("Name"), Align::Left, true},
                   {Report::tr("Asset type"), Align::Left, true},
                   {Report::tr("Technical lifetime (years)"), Align::Right},
                   {Report::tr("Price year"), Align::Right},
                   {Report::tr("CAPEX, central (M€)"), Align::Right}};
    for (const model::Investment &i : p.investments)
        inv.rows.push_back({i.id, i.name, i.assetType, QString::number(i.technicalLifetimeYears),
                            NumberFormat::year(i.priceYear),
                            f.meur(totalCapex(i, &model::CapexYear::centralEur))});
    addTable(doc, Report::tr("Investments of the project (CAPEX in € of each investment's price year)"),
             std::move(inv));
}

namespace {

void addCapexPhasing(const ProjectContext &c, ReportDocument &doc)
{
    const NumberFormat &f = c.format;
    TableBlock t;
    t.columns = {{Report::tr("Investment")}, {Report::tr("Year"), Align::Right},
                 {Report::tr("CAPEX low (M€)"), Align::Right},
                 {Report::tr("CAPEX central (M€)"), Align::Right},
                 {Report::tr("CAPEX high (M€)"), Align::Right},
                 {Report::tr("Price year"), Align::Right}};
    for (const model::Investment &i : c.project.investments) {
        if (i.capex.empty()) {
            const int k = i.constructionYears;
            t.rows.push_back({i.id,
                              Report::tr("%1–%2").arg(c.project.commissioningYear - k).arg(c.project.commissioningYear - 1),
                              f.meur(i.capexLumpSum.lowEur), f.meur(i.capexLumpSum.centralEur),
                              f.meur(i.capexLumpSum.highEur), NumberFormat::year(i.priceYear)});
            continue;
        }
        for (const model::CapexYear &y : i.capex)
            t.rows.push_back({i.id, NumberFormat::year(y.year), f.meur(y.lowEur), f.meur(y.centralEur),
                              f.meur(y.highEur), NumberFormat::year(i.priceYear)});
        t.emphasisRows.insert(int(t.rows.size()));
        t.rows.push_back({Report::tr("%1 total").arg(i.id), QString(),
                          f.meur(totalCapex(i, &model::CapexYear::lowEur)),
                          f.meur(totalCapex(i, &model::CapexYear::centralEur)),
                          f.meur(totalCapex(i, &model::CapexYear::highEur)), QString()});
    }
    addTable(doc, Report::tr("CAPEX phasing (C1) with its uncertainty range, in € of each "
                             "investment's price year; a lump sum is spread evenly over the years shown"),
             std::move(t));
}

} // namespace

void addCosts(const ProjectContext &c, ReportDocument &doc)
{
    const NumberFormat &f = c.format;
    const model::Study &s = c.study;
    addHeading(doc, c.level, Report::tr("Costs"));
    addParagraph(doc, Report::tr("Costs are entered per investment in € of the investment's price "
                                 "year and converted to %1 prices with the deflator (Annex). The low "
                                 "and high CAPEX give the NPV at the ends of the uncertainty range "
                                 "(chapter Economic evaluation).")
                          .arg(s.economics.priceBaseYear));
    addCapexPhasing(c, doc);
    TableBlock t;
    t.columns = {{Report::tr("Investment")},
                 {Report::tr("OPEX (M€/yr)"), Align::Right},
                 {Report::tr("OPEX as share of CAPEX (%/yr)"), Align::Right},
                 {Report::tr("Decommissioning (M€)"), Align::Right},
                 {Report::tr("Price year"), Align::Right}};
    for (const model::Investment &i : c.project.investments)
        t.rows.push_back({i.id, f.meur(i.opexEurPerYear), f.number(i.opexShareOfCapex * 100.0, 2),
                          f.meur(i.decommissioningEur), NumberFormat::year(i.priceYear)});
    addTable(doc, Report::tr("Operating costs (C2) from commissioning to the end of the assessment "
                             "period, and decommissioning cost booked in its last year"),
             std::move(t));
    if (!c.evaluation || c.evaluation->scenarios.empty())
        return;
    const economics::ScenarioEvaluation &e = c.evaluation->scenarios.front();
    TableBlock pv;
    pv.columns = {{Report::tr("Cost")}, {Report::tr("Present value (%1)").arg(meurUnit(s)), Align::Right}};
    pv.rows = {{Report::tr("CAPEX"), f.meur(e.pvCapexEur)},
               {Report::tr("OPEX"), f.meur(e.pvOpexEur)},
               {Report::tr("Decommissioning"), f.meur(e.pvDecommissioningEur)},
               {Report::tr("Total"), f.meur(e.pvCapexEur + e.pvOpexEur + e.pvDecommissioningEur)}};
    pv.emphasisRows = {3};
    addTable(doc, Report::tr("Present value of the costs, discounted at %1 to %2 (the same in every scenario)")
                      .arg(f.percent(s.economics.discountRate), NumberFormat::year(s.economics.discountingYear)),
             std::move(pv));
}

void addCostBearers(const ProjectContext &c, ReportDocument &doc)
{
    const NumberFormat &f = c.format;
    addHeading(doc, c.level, Report::tr("Beneficiaries and cost bearers"));
    if (c.project.costShares.empty()) {
        addParagraph(doc, Report::tr("No cost shares are entered for this project, so no cost "
                                     "bearers can be shown."));
    } else {
        addParagraph(doc, Report::tr("Each country bears the project's costs in proportion to its "
                                     "cost share. Costs do not depend on the scenario."));
        economics::ProjectEvaluation none;
        const io::Table table =
            io::costBearersTable(c.study, c.project, c.evaluation ? *c.evaluation : none);
        TableBlock t;
        t.columns = {{Report::tr("Country")}, {Report::tr("Cost share (%)"), Align::Right}};
        for (const QString &what : {Report::tr("PV CAPEX"), Report::tr("PV OPEX"),
                                    Report::tr("PV decommissioning"), Report::tr("PV costs borne")})
            t.columns.push_back({Report::tr("%1 (%2)").arg(what, meurUnit(c.study)), Align::Right});
        for (const std::vector<io::Cell> &row : table.rows) {
            QStringList cells = {std::get<QString>(row[0]),
                                 f.number(std::get<double>(row[1]) * 100.0, 1)};
            for (std::size_t i = 2; i < row.size(); ++i)
                cells << (std::holds_alternative<double>(row[i]) ? f.meur(std::get<double>(row[i]))
                                                                 : QStringLiteral("–"));
            t.rows.push_back(cells);
        }
        addTable(doc, Report::tr("Cost bearers by country"), std::move(t));
    }
    addParagraph(doc, Report::tr("Per-country net positions are not shown. Where B1 was computed by the "
                                 "market model, the chapter “Market model” splits it by country into consumer "
                                 "surplus, producer surplus and congestion rent for each scenario and study "
                                 "year, weighted over climate years; B2–B6 and indicator inputs entered from "
                                 "other studies cover the whole modelled perimeter and are not split. No "
                                 "split of the other benefits by country is assumed, so no net position per "
                                 "country (benefits minus allocated costs) is given."),
                 Paragraph::Style::Note);
}

void addScenariosUsed(const ProjectContext &c, ReportDocument &doc)
{
    // A study report states the scenarios and parameters once, before its projects.
    if (c.level <= 1)
        addStudyAssumptions(c.study, c.format, c.level, doc);
}

const std::vector<ProjectSectionBuilder> &projectSections()
{
    static const std::vector<ProjectSectionBuilder> sections = {
        addKeyResults, addDescription, addScenariosUsed, addIndicators, addMarketModel, addQualitative,
        addCosts,      addEvaluation,  addCostBearers,   addAnalyses};
    return sections;
}

} // namespace gridcba::report
