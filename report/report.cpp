#include "report.h"

#include "sectionhelpers.h"

#include <QPdfWriter>
#include <QSaveFile>

namespace gridcba::report {

namespace {

constexpr int kPdfResolution = 600;

TitlePage titlePage(const model::Study &study, const model::Project *project,
                    const ReportSource &source, const NumberFormat &f)
{
    TitlePage t;
    t.kicker = Report::tr("Cost-benefit analysis report");
    if (project) {
        t.title = project->name;
        t.subtitle = Report::tr("Project %1 · %2 · commissioning %3")
                         .arg(project->id, projectKindName(project->kind),
                              NumberFormat::year(project->commissioningYear));
    } else {
        t.title = study.name;
        t.subtitle = Report::tr("Whole study · %n project(s)", nullptr, int(study.projects.size()));
    }
    QStringList scenarios;
    for (const model::Scenario &s : study.scenarios)
        scenarios << Report::tr("%1 (%2)").arg(s.name, s.id);
    t.facts = {{Report::tr("Study"), study.name},
               {Report::tr("Scenarios"), scenarios.join(QStringLiteral(", "))},
               {Report::tr("Money"), Report::tr("real € of %1, discounted at %2 to %3")
                                         .arg(NumberFormat::year(study.economics.priceBaseYear),
                                              f.percent(study.economics.discountRate),
                                              NumberFormat::year(study.economics.discountingYear))},
               {Report::tr("Study file"), source.fileName},
               {Report::tr("SHA-256"), source.sha256},
               {Report::tr("Generated"), f.locale().toString(source.generated, QLocale::LongFormat)},
               {Report::tr("Software"), Report::tr("GridCBA %1").arg(source.softwareVersion)}};
    t.notice = Report::tr("Prepared with GridCBA following the ENTSO-E guideline for cost-benefit "
                          "analysis of grid development projects (4th edition). The figures can be "
                          "traced to the study file by its SHA-256 checksum (Traceability annex).");
    return t;
}

void addStudySummary(const model::Study &study, const StudyResults &results,
                     const NumberFormat &f, ReportDocument &doc)
{
    addHeading(doc, 1, Report::tr("Summary of results"));
    addParagraph(doc, Report::tr("Headline results of every project in every assessed scenario, "
                                 "in %1, discounted at %2 to %3.")
                          .arg(meurUnit(study), f.percent(study.economics.discountRate),
                               NumberFormat::year(study.economics.discountingYear)));
    TableBlock t;
    t.columns = {{Report::tr("Project")}, {Report::tr("Name"), Align::Left, true},
                 {Report::tr("Scenario")}, {Report::tr("NPV (%1)").arg(meurUnit(study)), Align::Right},
                 {Report::tr("B/C ratio"), Align::Right}, {Report::tr("Economic IRR"), Align::Right}};
    for (const model::Project &p : study.projects) {
        const auto it = results.find(p.id);
        if (it == results.end() || !it->second.evaluation) {
            t.rows.push_back({p.id, p.name, Report::tr("not evaluated"), QString(), QString(), QString()});
            continue;
        }
        for (const economics::ScenarioEvaluation &s : it->second.evaluation->scenarios)
            t.rows.push_back({p.id, p.name, s.scenarioId, f.meur(s.npvEur), f.ratio(s.bcRatio), f.irr(s)});
        if (it->second.evaluation->scenarios.empty())
            t.rows.push_back({p.id, p.name, Report::tr("not assessed"), QString(), QString(), QString()});
    }
    addTable(doc, Report::tr("NPV, B/C ratio and economic IRR per project and scenario"), std::move(t));
}

} // namespace

StudyResults evaluateStudy(const model::Study &study)
{
    StudyResults out;
    for (const model::Project &p : study.projects) {
        ProjectResults r;
        economics::EvaluationError error;
        r.evaluation = economics::evaluateProject(study, p, &error);
        if (!r.evaluation)
            r.error = error.path.isEmpty() ? error.message : error.path + QStringLiteral(": ") + error.message;
        out.emplace(p.id, std::move(r));
    }
    return out;
}

ReportDocument buildReport(const model::Study &study, const StudyResults &results,
                           const QString &projectId, const ReportSource &source,
                           const QLocale &locale)
{
    const NumberFormat f(locale);
    const model::Project *only = projectId.isEmpty() ? nullptr : study.project(projectId);
    ReportDocument doc;
    doc.titlePage = titlePage(study, only, source, f);
    doc.headerLeft = study.name;
    doc.headerRight = only ? Report::tr("%1 – %2").arg(only->id, only->name) : Report::tr("Study report");
    doc.footerLeft = Report::tr("GridCBA %1 · %2").arg(source.softwareVersion, source.fileName);
    doc.pageOfTemplate = Report::tr("Page %1 of %2");
    doc.contentsTitle = Report::tr("Contents");
    auto context = [&](const model::Project &p, int level) {
        const auto it = results.find(p.id);
        const ProjectResults *r = it == results.end() ? nullptr : &it->second;
        return ProjectContext{study, p, r && r->evaluation ? &*r->evaluation : nullptr,
                              r ? r->error : Report::tr("not evaluated"), f, level};
    };
    if (only) {
        const ProjectContext c = context(*only, 1);
        for (ProjectSectionBuilder build : projectSections())
            build(c, doc);
        addCashFlowAnnex(c, doc);
    } else {
        addStudySummary(study, results, f, doc);
        addStudyAssumptions(study, f, 1, doc);
        for (const model::Project &p : study.projects) {
            addHeading(doc, 1, Report::tr("Project %1: %2").arg(p.id, p.name));
            const ProjectContext c = context(p, 2);
            for (ProjectSectionBuilder build : projectSections())
                build(c, doc);
        }
        addHeading(doc, 1, Report::tr("Yearly cash flows"));
        for (const model::Project &p : study.projects)
            addCashFlowAnnex(context(p, 2), doc);
    }
    addParameterAnnex(study, f, 1, doc);
    addTraceability(study, source, f, 1, doc);
    return doc;
}

bool writeReportPdf(const ReportDocument &document, Paper paper, const QString &path,
                    QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = path + QStringLiteral(": cannot write: ") + file.errorString();
        return false;
    }
    {
        QPdfWriter writer(&file);
        writer.setResolution(kPdfResolution);
        writer.setPageLayout(reportPageLayout(paper));
        writer.setTitle(document.titlePage.title);
        writer.setCreator(Report::tr("GridCBA"));
        if (renderReport(document, writer) == 0) {
            if (error)
                *error = path + QStringLiteral(": the report could not be rendered");
            return false;
        }
    }
    if (!file.commit()) {
        if (error)
            *error = path + QStringLiteral(": cannot write: ") + file.errorString();
        return false;
    }
    return true;
}

} // namespace gridcba::report
