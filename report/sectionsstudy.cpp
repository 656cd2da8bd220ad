// Chapters about the study as a whole: the scenarios and economic parameters used, the
// annex listing every parameter value, and the traceability annex (software, study checksum).

#include "io/resultstables.h"
#include "sectionhelpers.h"
#include "sections.h"

namespace gridcba::report {

namespace {

QString residualText(model::ResidualValueMethod m)
{
    return m == model::ResidualValueMethod::Linear
               ? Report::tr("linear: total CAPEX × (T − N) / T, booked as a benefit in the last "
                            "year of the assessment period")
               : Report::tr("none");
}

QString bcText(model::BcRatioDefinition d)
{
    return d == model::BcRatioDefinition::NetOfOpex
               ? Report::tr("[PV(benefits) + PV(residual) − PV(OPEX)] / [PV(CAPEX) + PV(decommissioning)]")
               : Report::tr("[PV(benefits) + PV(residual)] / [PV(CAPEX) + PV(OPEX) + PV(decommissioning)]");
}

} // namespace

void addStudyAssumptions(const model::Study &study, const NumberFormat &f, int level,
                         ReportDocument &doc)
{
    const model::EconomicParameters &e = study.economics;
    addHeading(doc, level, Report::tr("Scenarios and economic parameters"));
    if (!study.description.isEmpty())
        addParagraph(doc, study.description);
    addHeading(doc, level + 1, Report::tr("Economic parameters"));
    QStringList deflator;
    for (const auto &[year, index] : e.deflator)
        deflator << Report::tr("%1: %2").arg(NumberFormat::year(year), f.quantity(index, 4));
    addTable(doc, Report::tr("Economic parameters of the study"),
             factsTable({{Report::tr("Price base year"), NumberFormat::year(e.priceBaseYear)},
                         {Report::tr("Discount rate (real)"), f.percent(e.discountRate)},
                         {Report::tr("Discounting year t0"), NumberFormat::year(e.discountingYear)},
                         {Report::tr("Operating years assessed N"), QString::number(e.operatingYears)},
                         {Report::tr("Share of the commissioning year assessed"), f.percent(e.firstYearFraction, 0)},
                         {Report::tr("Residual value"), residualText(e.residualValue)},
                         {Report::tr("B/C ratio"), bcText(e.bcRatio)},
                         {Report::tr("Deflator (price index by year)"),
                          deflator.isEmpty() ? Report::tr("none (all inputs in base-year prices)")
                                             : deflator.join(QStringLiteral("; "))}}));
    addHeading(doc, level + 1, Report::tr("Scenarios"));
    TableBlock sc;
    sc.columns = {{Report::tr("Scenario")}, {Report::tr("Name")},
                  {Report::tr("Price year"), Align::Right},
                  {Report::tr("Climate years (weight)"), Align::Left, true},
                  {Report::tr("Description"), Align::Left, true}};
    for (const model::Scenario &s : study.scenarios) {
        QStringList climate;
        for (const model::ClimateYear &c : s.climateYears)
            climate << Report::tr("%1 (%2)").arg(NumberFormat::year(c.year), f.quantity(c.weight, 3));
        sc.rows.push_back({s.id, s.name, NumberFormat::year(s.priceYear), climate.join(QStringLiteral(", ")),
                           s.description});
    }
    addTable(doc, Report::tr("Scenarios of the study"), std::move(sc));
    TableBlock y;
    y.columns = {{Report::tr("Scenario")}, {Report::tr("Study year"), Align::Right},
                 {Report::tr("Market CO2 price (€/t)"), Align::Right},
                 {Report::tr("SCC low (€/t)"), Align::Right},
                 {Report::tr("SCC central (€/t)"), Align::Right},
                 {Report::tr("SCC high (€/t)"), Align::Right},
                 {Report::tr("VOLL (€/MWh)"), Align::Right},
                 {Report::tr("Reserve cost (€/MW/yr)"), Align::Right}};
    for (const model::Scenario &s : study.scenarios)
        for (const model::StudyYear &sy : s.studyYears)
            y.rows.push_back({s.id, NumberFormat::year(sy.year), f.quantity(sy.marketCo2PriceEurPerT, 2),
                              f.quantity(sy.sccLowEurPerT, 2), f.quantity(sy.sccCentralEurPerT, 2),
                              f.quantity(sy.sccHighEurPerT, 2), f.quantity(sy.vollEurPerMwh, 2),
                              f.quantity(sy.reserveCostEurPerMwYear, 2)});
    addTable(doc, Report::tr("Parameters per scenario and study year, in € of each scenario's price "
                             "year (SCC: societal cost of carbon; the central value is the headline)"),
             std::move(y));
    addParagraph(doc, Report::tr("Damage costs of pollutants and fuel prices are listed with every "
                                 "other parameter value in the annex."),
                 Paragraph::Style::Note);
}

void addParameterAnnex(const model::Study &study, const NumberFormat &f, int level,
                       ReportDocument &doc)
{
    addHeading(doc, level, Report::tr("Parameter values used"));
    addParagraph(doc, Report::tr("Every economic and scenario parameter of the study, as "
                                 "stored. The same list is exported as the table \"parameters\"."));
    const io::Table table = io::parametersTable(study);
    const QString yearUnit = QCoreApplication::translate("gridcba::io::tables", "year");
    TableBlock t;
    t.columns = {{Report::tr("Scope")}, {Report::tr("Year"), Align::Right},
                 {Report::tr("Parameter"), Align::Left, true}, {Report::tr("Value"), Align::Right},
                 {Report::tr("Unit"), Align::Left, true}};
    for (const std::vector<io::Cell> &row : table.rows) {
        QStringList cells;
        for (std::size_t i = 0; i < row.size(); ++i) {
            if (const auto *text = std::get_if<QString>(&row[i]))
                cells << *text;
            else if (const auto *v = std::get_if<double>(&row[i]))
                cells << (i == 1 || std::get<QString>(row.back()) == yearUnit ? NumberFormat::year(int(*v))
                                                                              : f.quantity(*v, 6));
            else
                cells << QString();
        }
        t.rows.push_back(cells);
    }
    addTable(doc, Report::tr("Parameter values"), std::move(t));
}

void addTraceability(const model::Study &study, const ReportSource &source,
                     const NumberFormat &f, int level, ReportDocument &doc)
{
    addHeading(doc, level, Report::tr("Traceability"));
    addParagraph(doc, Report::tr("Every figure in this report is computed by the GridCBA economics "
                                 "engine from the study file named below, whose SHA-256 checksum "
                                 "identifies the exact bytes read. The same figures are printed at "
                                 "full precision by: gridcba-cli evaluate FILE --json --cash-flows."));
    addTable(doc, Report::tr("Software and study file"),
             factsTable({{Report::tr("Software"), Report::tr("GridCBA %1 (Qt %2)").arg(source.softwareVersion,
                                                                                     QString::fromLatin1(qVersion()))},
                         {Report::tr("Study"), study.name},
                         {Report::tr("Study file"), source.fileName},
                         {Report::tr("SHA-256 of the study file"),
                          source.unsavedChanges
                              ? Report::tr("%1 (the study has changes not saved to this file)").arg(source.sha256)
                              : source.sha256},
                         {Report::tr("Report generated"),
                          f.locale().toString(source.generated, QLocale::LongFormat)},
                         {Report::tr("Conventions"),
                          Report::tr("ENTSO-E CBA guideline, 4th edition, as implemented in GridCBA "
                                     "(documentation: docs/economics.md)")}}));
}

} // namespace gridcba::report
