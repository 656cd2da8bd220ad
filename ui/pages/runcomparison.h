#pragma once

// The key figures of stored sensitivity runs side by side: per scenario, the base NPV and
// B/C and the largest NPV swing of a sweep; P10/P50/P90, mean and P(NPV > 0) of a Monte
// Carlo analysis. Figures one run does not have are shown as "–".

#include "tables.h"

namespace gridcba::model {
struct AnalysisRun;
struct Study;
} // namespace gridcba::model

namespace gridcba::ui {

// Rows: figure × scenario; columns: figure, scenario, unit, run A, run B, B − A. Sets
// `error` (and returns no rows) when a run's stored results cannot be read.
TableContent compareRuns(const model::Study &study, const model::AnalysisRun &a,
                         const model::AnalysisRun &b, QString *error);

} // namespace gridcba::ui
