#pragma once

// Machine-readable results of an evaluation (gridcba-cli evaluate --json). Money in € of the
// price base year, ratios and rates as fractions; documented in docs/cli.md.

#include "economics/evaluation.h"

#include <QJsonObject>

#include <vector>

namespace gridcba::io {

QJsonObject evaluationToJson(const model::Study &study,
                             const std::vector<economics::ProjectEvaluation> &results,
                             bool withCashFlows);

}  // namespace gridcba::io
