#pragma once

// The results tables a reviewer re-checks in a spreadsheet, built from the engine's results
// (economics::evaluateProject) without re-deriving any figure. One row per observation
// ("long" tables), raw values at full precision; units are in the column headers. The yearly
// cash-flow table carries the discount factors, so Σ net × factor gives the NPV.

#include "economics/evaluation.h"
#include "io/table.h"
#include "model/study.h"

#include <vector>

namespace gridcba::io {

// NPV, B/C and IRR of every project in every assessed scenario.
Table summaryTable(const model::Study &study,
                   const std::vector<economics::ProjectEvaluation> &evaluations);
// Every economic parameter and scenario parameter the evaluation used.
Table parametersTable(const model::Study &study);

// Present values by stream, costs, NPV, B/C, IRR and NPV variants, one row per scenario.
Table resultsTable(const model::Study &study, const model::Project &project,
                   const economics::ProjectEvaluation &evaluation);
// One row per scenario and year of the assessment period.
Table cashFlowTable(const model::Study &study, const model::Project &project,
                    const economics::ProjectEvaluation &evaluation);
// One row per scenario, study year and indicator (io::indicatorLines).
Table indicatorTable(const model::Study &study, const model::Project &project,
                     const economics::ProjectEvaluation &evaluation);
// Present value of the costs each country bears, by the project's cost shares.
Table costBearersTable(const model::Study &study, const model::Project &project,
                       const economics::ProjectEvaluation &evaluation);

// The summary and parameters tables, then the four tables of each evaluated project (of
// `onlyProjectId` alone when it is not empty), in study order.
std::vector<Table> allTables(const model::Study &study,
                             const std::vector<economics::ProjectEvaluation> &evaluations,
                             const QString &onlyProjectId = {});

} // namespace gridcba::io
