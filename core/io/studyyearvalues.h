#pragma once

// The engine's monetised value of each benefit stream in each study year of a scenario, for
// the indicator tables of the report and the exports.
//
// The engine does not publish its study-year monetisation (economics::monetise is internal),
// so this asks it: it evaluates a probe copy of the project whose operation starts in the
// first study year and runs to the last, with a full first year and no investments. The
// probe's cash flow in a study year is then exactly the value the engine interpolates from
// (interpolation passes through its nodes), e.g. B2 = −ΔCO2 × (SCC − market CO2 price) ×
// price factor. Nothing is re-derived here.

#include "economics/evaluation.h"
#include "model/study.h"

#include <map>
#include <optional>

namespace gridcba::io {

// Study year -> monetised value per stream (€/yr of the price base year, central SCC).
// A stream that is not assessed reads 0, as in the engine's cash flows.
using StudyYearValues = std::map<int, economics::StreamValues>;

std::optional<StudyYearValues> studyYearValues(const model::Study &study,
                                               const model::Project &project,
                                               const model::Scenario &scenario,
                                               economics::EvaluationError *error = nullptr);

} // namespace gridcba::io
