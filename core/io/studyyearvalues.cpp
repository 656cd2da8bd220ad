#include "studyyearvalues.h"

namespace gridcba::io {

std::optional<StudyYearValues> studyYearValues(const model::Study &study,
                                               const model::Project &project,
                                               const model::Scenario &scenario,
                                               economics::EvaluationError *error)
{
    StudyYearValues out;
    if (scenario.studyYears.empty())
        return out;
    const int first = scenario.studyYears.front().year;
    const int last = scenario.studyYears.back().year;

    model::EconomicParameters economics = study.economics;
    economics.operatingYears = last - first + 1;
    economics.firstYearFraction = 1.0;
    economics.residualValue = model::ResidualValueMethod::None;
    model::Project probe = project;
    probe.investments.clear(); // costs play no part in the benefit streams
    probe.commissioningYear = first;

    economics::EvaluationOptions options;
    options.computeIrr = false;
    options.computeVariants = false;
    const auto evaluation =
        economics::evaluateScenario(economics, scenario, probe, options, error);
    if (!evaluation)
        return std::nullopt;
    for (const model::StudyYear &y : scenario.studyYears)
        for (const economics::CashFlowYear &row : evaluation->cashFlows)
            if (row.year == y.year)
                out[y.year] = row.benefits;
    return out;
}

} // namespace gridcba::io
