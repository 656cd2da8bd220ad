#pragma once

// One-at-a-time sensitivity of a project's NPV and B/C (methodology.md §4): each input is
// moved over its range while the others stay at the study's values (the tornado and the
// sweep curves), the value at which NPV = 0 and B/C = 1 is searched (switching values), and
// the NPV is traced against the commissioning year.

#include "sensitivity/fastevaluator.h"
#include "sensitivity/inputs.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace gridcba::sensitivity {

struct SweepInput
{
    InputId id = InputId::DiscountRate;
    double low = 0.0;   // the range swept, in the input's unit
    double high = 0.0;
};

struct SweepDefinition
{
    QString projectId;
    std::vector<SweepInput> inputs;  // empty: all inputs over their default ranges
    int points = 9;                  // points of each sweep curve, ends included (>= 2)
    int commissioningYears = 3;      // commissioning-year assessment: ±k years
};

// The definition with every input over its default range.
SweepDefinition defaultSweep(const model::Study &study, const model::Project &project);

struct SweepPoint
{
    double value = 0.0;
    double npvEur = 0.0;
    std::optional<double> bcRatio;
};

// Where NPV crosses 0 (or B/C crosses 1) as the input moves over its search range.
struct SwitchingValue
{
    enum class Status { Found, NoneInRange };
    Status status = Status::NoneInRange;
    double value = 0.0;          // Found: the crossing (for whole-number inputs: the first
                                 // whole value on the other side of the crossing)
    double searchLow = 0.0;      // the range searched
    double searchHigh = 0.0;
};

struct InputSweepResult
{
    InputId id = InputId::DiscountRate;
    double base = 0.0;
    SweepPoint atLow;
    SweepPoint atHigh;
    std::vector<SweepPoint> curve;
    SwitchingValue npvZero;
    SwitchingValue bcOne;
};

struct ScenarioSweepResult
{
    QString scenarioId;
    double baseNpvEur = 0.0;
    std::optional<double> baseBcRatio;
    std::vector<InputSweepResult> inputs;              // in the definition's order
    std::vector<std::pair<int, double>> npvByCommissioningYear;  // year, NPV €
};

struct SweepResult
{
    QString projectId;
    std::vector<ScenarioSweepResult> scenarios;  // scenarios with indicator inputs
    int evaluations = 0;                         // fast evaluations done
};

// The range switching values are searched in: wider than the sweep range (factors 0–10,
// discount rate −5 %..50 %, N 1..100, delay −20..+30 years, first-year share 0–1).
InputRange switchingSearchRange(InputId id, const model::EconomicParameters &economics);

// Fails with the engine's error when a scenario cannot be evaluated, or with a message for a
// bad definition (unknown project, points < 2, low > high).
std::optional<SweepResult> runSweep(const model::Study &study, const SweepDefinition &definition,
                                    QString *error);

// The inputs sorted by the NPV swing |NPV(high) − NPV(low)|, largest first (tornado order).
std::vector<const InputSweepResult *> tornadoOrder(const ScenarioSweepResult &scenario);

}  // namespace gridcba::sensitivity
