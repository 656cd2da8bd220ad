#pragma once

// The printable CBA report (methodology.md §6): built from a study and the engine's results,
// rendered to PDF or to any paged device (a printer, a print preview).

#include "economics/evaluation.h"
#include "model/study.h"
#include "reportdocument.h"
#include "reportrenderer.h"
#include "sections.h"

#include <QLocale>
#include <QString>

#include <map>
#include <optional>

namespace gridcba::report {

// The engine's evaluation of one project, or why there is none.
struct ProjectResults
{
    std::optional<economics::ProjectEvaluation> evaluation;
    QString error;
};
using StudyResults = std::map<QString, ProjectResults>; // by project id

// economics::evaluateProject for every project of the study.
StudyResults evaluateStudy(const model::Study &study);

// The report of one project, or of the whole study when `projectId` is empty. Numbers and
// dates follow `locale`; texts follow the installed translators.
ReportDocument buildReport(const model::Study &study, const StudyResults &results,
                           const QString &projectId, const ReportSource &source,
                           const QLocale &locale = QLocale());

// Renders to a PDF file, written atomically (nothing is replaced when it fails).
bool writeReportPdf(const ReportDocument &document, Paper paper, const QString &path,
                    QString *error);

} // namespace gridcba::report
