#pragma once

// Tables to one XLSX workbook with libxlsxwriter: a sheet per table, numbers written as
// numbers (never as text), units in the header row, and in cash-flow sheets the discounted
// net cash flow as a formula (net × discount factor) with the NPV per scenario as a
// SUMPRODUCT formula, so a reviewer sees how the NPV follows from the yearly flows.

#include "io/table.h"

#include <QString>

#include <vector>

namespace gridcba::report {

// Written atomically: an existing file is replaced only when the whole workbook is written.
bool writeXlsx(const std::vector<io::Table> &tables, const QString &path, QString *error);

// A valid, unique sheet name (at most 31 characters, none of []:*?/\) for each table.
std::vector<QString> sheetNames(const std::vector<io::Table> &tables);

} // namespace gridcba::report
