// The indicator chapter (per scenario and study year, with units, sign conventions and
// reliability class) and the non-monetised indicators B7, B8 and S1–S3.

#include "io/indicatorlines.h"
#include "economics/evaluation.h"
#include "sectionhelpers.h"
#include "sections.h"

#include <map>

namespace gridcba::report {

namespace {

QString conventions(const model::Study &s)
{
    return Report::tr(
        "Signs follow the guideline. B1, B3, B5 in €, B9 and other benefits are positive when the "
        "project brings a benefit. B2 (ΔCO2), B4 (Δ pollutants), B5 (Δ losses) and B6 (ΔEENS, "
        "ΔLOLE) are \"with minus without\" the project, so a negative value is a reduction. "
        "Monetised values are those the evaluation used, in M€ of %1 per year: B2 = −ΔCO2 × "
        "(central societal cost of carbon − market CO2 price), only the carbon value beyond the "
        "CO2 price already inside B1; B6 = −ΔEENS × VOLL; B9 = reserve avoided × reserve cost; "
        "B4 at damage costs is shown apart and is not in the NPV. Quantified indicators (B3, LOLE, "
        "losses in MWh) are shown beside the monetised ones and never added to them.")
        .arg(s.economics.priceBaseYear);
}

struct Row
{
    QString label;
    QString unit;
    QString reliability;
    bool inNpv = false;
    std::map<int, io::IndicatorLine> byYear;
};

QString quantityText(const NumberFormat &f, const io::IndicatorLine &l)
{
    if (!l.quantity)
        return QStringLiteral("–");
    return l.quantityIsMoney ? f.meur(*l.quantity) : f.quantity(*l.quantity);
}

QString unitText(const io::IndicatorLine &l)
{
    if (!l.quantityIsMoney)
        return l.quantityUnit;
    return QString(l.quantityUnit).replace(QStringLiteral("€/yr"), QStringLiteral("M€/yr"));
}

void addScenario(const ProjectContext &c, const model::Scenario &scenario, ReportDocument &doc)
{
    const NumberFormat &f = c.format;
    addHeading(doc, c.level + 1, Report::tr("%1 (%2)").arg(scenario.name, scenario.id));
    const auto values = economics::monetisedStudyYears(c.study.economics, scenario, c.project, nullptr);
    if (!values) {
        addParagraph(doc, Report::tr("The indicators of this scenario cannot be evaluated."));
        return;
    }
    std::vector<Row> rows;
    std::vector<int> years;
    QStringList sources;
    for (const model::StudyYear &y : scenario.studyYears) {
        for (const model::IndicatorInput &in : c.project.indicatorInputs) {
            if (in.scenarioId != scenario.id || in.year != y.year || !values->count(y.year))
                continue;
            years.push_back(y.year);
            const QString origin = in.origin == model::InputOrigin::Entered ? Report::tr("entered")
                                                                            : Report::tr("computed");
            sources << Report::tr("%1: %2, source: %3")
                           .arg(NumberFormat::year(y.year), origin,
                                in.source.isEmpty() ? Report::tr("not stated") : in.source);
            for (const io::IndicatorLine &l :
                 io::indicatorLines(c.study, c.project, scenario, in, values->at(y.year))) {
                auto it = std::find_if(rows.begin(), rows.end(),
                                       [&](const Row &r) { return r.label == l.label; });
                if (it == rows.end())
                    it = rows.insert(rows.end(), Row{l.label, unitText(l),
                                                     io::reliabilityName(l.reliability), l.inNpv, {}});
                it->byYear.emplace(y.year, l);
            }
        }
    }
    TableBlock t;
    t.columns = {{Report::tr("Indicator"), Align::Left, true},
                 {Report::tr("Quantity unit"), Align::Left, true},
                 {Report::tr("Reliability class"), Align::Left}};
    for (int year : years)
        t.columns.push_back({Report::tr("%1 quantity").arg(year), Align::Right});
    for (int year : years)
        t.columns.push_back({Report::tr("%1 monetised (M€/yr)").arg(year), Align::Right});
    for (const Row &r : rows) {
        QStringList cells = {r.label, r.unit,
                             r.inNpv || r.reliability != io::reliabilityName(io::Reliability::Monetised)
                                 ? r.reliability
                                 : Report::tr("%1, not in NPV").arg(r.reliability)};
        for (int year : years) {
            const auto it = r.byYear.find(year);
            cells << (it == r.byYear.end() ? QStringLiteral("–") : quantityText(f, it->second));
        }
        for (int year : years) {
            const auto it = r.byYear.find(year);
            cells << (it == r.byYear.end() || !it->second.monetisedEur ? QStringLiteral("–")
                                                                        : f.meur(*it->second.monetisedEur));
        }
        if (!r.inNpv && r.reliability == io::reliabilityName(io::Reliability::Monetised))
            t.mutedRows.insert(int(t.rows.size()));
        t.rows.push_back(cells);
    }
    addTable(doc, Report::tr("Indicators of project %1 in scenario %2, per study year (monetised "
                             "in M€ of %3 per year)")
                      .arg(c.project.id, scenario.id)
                      .arg(c.study.economics.priceBaseYear),
             std::move(t));
    const QStringList missing = io::indicatorsNotAssessed(c.project, scenario);
    if (!missing.isEmpty())
        addParagraph(doc, Report::tr("Not assessed in this scenario (no input, which is not "
                                     "the same as zero): %1.")
                              .arg(missing.join(QStringLiteral(", "))),
                     Paragraph::Style::Note);
    sources.removeDuplicates();
    // Each source says whether the row was entered (from which study) or computed by the
    // market model (with its run).
    addParagraph(doc, Report::tr("Origin of the inputs. %1.")
                          .arg(sources.join(QStringLiteral("; "))),
                 Paragraph::Style::Note);
}

} // namespace

void addIndicators(const ProjectContext &c, ReportDocument &doc)
{
    addHeading(doc, c.level, Report::tr("Benefit indicators"));
    addParagraph(doc, conventions(c.study));
    addParagraph(doc, Report::tr("Reliability classes: monetised indicators enter the headline "
                                 "NPV and B/C ratio; quantified indicators are given in physical "
                                 "units only; qualitative indicators (B7, B8, S1–S3) follow in "
                                 "their own section."));
    QStringList notAssessed;
    for (const model::Scenario &s : c.study.scenarios) {
        const bool has = std::any_of(c.project.indicatorInputs.begin(), c.project.indicatorInputs.end(),
                                     [&](const model::IndicatorInput &i) { return i.scenarioId == s.id; });
        if (has)
            addScenario(c, s, doc);
        else
            notAssessed << Report::tr("%1 (%2)").arg(s.name, s.id);
    }
    if (!notAssessed.isEmpty())
        addParagraph(doc, Report::tr("The project is not assessed in: %1. It has no indicator "
                                     "inputs there and those scenarios are left out of the ranges.")
                              .arg(notAssessed.join(QStringLiteral(", "))));
}

void addQualitative(const ProjectContext &c, ReportDocument &doc)
{
    addHeading(doc, c.level, Report::tr("Non-monetised indicators (B7, B8, S1–S3)"));
    if (c.project.qualitative.empty()) {
        addParagraph(doc, Report::tr("No flexibility (B7), stability (B8) or residual impact (S1–S3) "
                                     "indicators are entered for this project."));
        return;
    }
    addParagraph(doc, Report::tr("These indicators are reported as entered by the promoter and "
                                 "are not monetised. Scores: −− strongly negative, − negative, "
                                 "0 neutral, + positive, ++ strongly positive, or a quantity with "
                                 "its unit."));
    TableBlock t;
    t.columns = {{Report::tr("Indicator")}, {Report::tr("Name")}, {Report::tr("Score")},
                 {Report::tr("Justification"), Align::Left, true}};
    for (const model::QualitativeIndicator &q : c.project.qualitative)
        t.rows.push_back({q.id, io::qualitativeIndicatorName(q.id), q.score, q.justification});
    addTable(doc, Report::tr("Qualitative indicators of project %1").arg(c.project.id), std::move(t));
}

} // namespace gridcba::report
