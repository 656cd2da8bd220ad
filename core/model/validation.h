#pragma once

// Checks a study for values the engine cannot evaluate honestly. Each problem names the
// field by its path in the JSON exchange format ("projects/0/investments/1/capex/2/lowEur"),
// so importers can turn it into a file and line, and the GUI into a highlighted cell.

#include "study.h"

#include <QString>
#include <vector>

namespace gridcba::model {

struct ValidationIssue
{
    QString path;     // JSON-pointer-like path without the leading '/'
    QString message;  // what is wrong and what is expected
};

// The largest magnitude any input value may have in base units (€, €/yr, MW, MWh, t): beyond
// it a value is a unit mistake or a damaged file. validate() has tighter limits per quantity;
// editors and importers refuse values beyond this one at once.
inline constexpr double kMaxInputMagnitude = 1e15;

std::vector<ValidationIssue> validate(const Study &study);

// "path: message" lines, one per issue.
QString formatIssues(const std::vector<ValidationIssue> &issues);

}  // namespace gridcba::model
