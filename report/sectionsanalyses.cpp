// Sensitivity and Monte Carlo analyses. Their tornado charts, switching values and NPV
// distributions are not rendered yet: the chapter says plainly whether runs are stored for
// the project (and which), and points to the NPV variants the evaluation always computes.
// When a run kind gets its report section, its builder replaces the statement here.

#include "sectionhelpers.h"
#include "sections.h"

namespace gridcba::report {

namespace {

QStringList runNames(const ProjectContext &c, const QString &kind)
{
    QStringList names;
    for (const model::AnalysisRun &run : c.study.analysisRuns)
        if (run.projectId == c.project.id && run.kind == kind)
            names << Report::tr("\"%1\" (%2)").arg(run.name, run.createdUtc);
    return names;
}

} // namespace

void addAnalyses(const ProjectContext &c, ReportDocument &doc)
{
    addHeading(doc, c.level, Report::tr("Sensitivity and Monte Carlo analyses"));
    const QStringList sweeps = runNames(c, QStringLiteral("sweep"));
    const QStringList monteCarlo = runNames(c, QStringLiteral("montecarlo"));
    if (sweeps.isEmpty())
        addParagraph(doc, Report::tr("No sensitivity analysis (one-at-a-time sweep, tornado chart "
                                     "or switching value) is stored in this study for project %1.")
                              .arg(c.project.id));
    else
        addParagraph(doc, Report::tr("Sensitivity sweeps stored in this study for project %1: %2. "
                                     "This version of the report does not reproduce their tornado "
                                     "charts and switching values; they are shown in the "
                                     "application's Sensitivity tab.")
                              .arg(c.project.id, sweeps.join(QStringLiteral(", "))));
    if (monteCarlo.isEmpty())
        addParagraph(doc, Report::tr("No Monte Carlo analysis is stored in this study for project "
                                     "%1, so no distribution of the NPV (P10, P50, P90, probability "
                                     "of a positive NPV) is given.")
                              .arg(c.project.id));
    else
        addParagraph(doc, Report::tr("Monte Carlo analyses stored in this study for project %1: %2. "
                                     "This version of the report does not reproduce their NPV "
                                     "distributions; they are shown in the application's "
                                     "Sensitivity tab.")
                              .arg(c.project.id, monteCarlo.join(QStringLiteral(", "))));
    addParagraph(doc, Report::tr("The NPV at the low and high societal cost of carbon and at the "
                                 "low and high ends of the CAPEX range, each with every other input "
                                 "at its central value, is given in the chapter Economic evaluation."),
                 Paragraph::Style::Note);
}

} // namespace gridcba::report
