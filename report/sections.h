#pragma once

// The chapters of a report, each built by one function from the study and the engine's
// results (economics::evaluateProject); nothing is re-derived. A project's chapters are a list
// of builders in report order, so an analysis added later (sensitivity sweeps, Monte Carlo)
// is one more entry in projectSections().

#include "economics/evaluation.h"
#include "model/study.h"
#include "numberformat.h"
#include "reportdocument.h"

#include <QDateTime>
#include <QString>

#include <vector>

namespace gridcba::report {

// Where the numbers come from, printed on the title page and in the traceability annex.
struct ReportSource
{
    QString fileName;        // the study file as opened: "sample-study.gridcba"
    QString sha256;          // hex SHA-256 of its bytes as read
    QString softwareVersion; // "0.1.0"
    QDateTime generated;
    bool unsavedChanges = false; // the study in memory differs from the file's bytes
};

struct ProjectContext
{
    const model::Study &study;
    const model::Project &project;
    const economics::ProjectEvaluation *evaluation; // null when the engine refused the project
    QString evaluationError;                        // why, when `evaluation` is null
    const NumberFormat &format;
    int level = 1; // heading level of the project's chapters: 1 alone, 2 inside a study report
};

using ProjectSectionBuilder = void (*)(const ProjectContext &context, ReportDocument &document);

// The chapters of one project, in report order.
const std::vector<ProjectSectionBuilder> &projectSections();

// Chapters that are not per project (sectionsstudy.cpp).
void addStudyAssumptions(const model::Study &study, const NumberFormat &format, int level,
                         ReportDocument &document);
void addParameterAnnex(const model::Study &study, const NumberFormat &format, int level,
                       ReportDocument &document);
void addTraceability(const model::Study &study, const ReportSource &source,
                     const NumberFormat &format, int level, ReportDocument &document);

// The chapter builders of a project (the entries of projectSections() and the cash-flow
// annex), each in the file named.
void addKeyResults(const ProjectContext &context, ReportDocument &document);   // sectionsresults
void addEvaluation(const ProjectContext &context, ReportDocument &document);   // sectionsresults
void addDescription(const ProjectContext &context, ReportDocument &document);  // sectionsproject
// The scenarios and parameters (addStudyAssumptions) in a project's own report; nothing in a
// study report, which states them once before its projects.
void addScenariosUsed(const ProjectContext &context, ReportDocument &document); // sectionsproject
void addCosts(const ProjectContext &context, ReportDocument &document);        // sectionsproject
void addCostBearers(const ProjectContext &context, ReportDocument &document);  // sectionsproject
void addIndicators(const ProjectContext &context, ReportDocument &document);   // sectionsindicators
void addQualitative(const ProjectContext &context, ReportDocument &document);  // sectionsindicators
void addMarketModel(const ProjectContext &context, ReportDocument &document);  // sectionsmarket
void addAnalyses(const ProjectContext &context, ReportDocument &document);     // sectionsanalyses
void addCashFlowAnnex(const ProjectContext &context, ReportDocument &document); // sectionscashflows

} // namespace gridcba::report
