#pragma once

// The file of unit results that `gridcba-cli simulate --unit-out` writes and `merge` reads
// (format "gridcba-market-units": {"format": ..., "units": [unit result, ...]}), and the
// checks a unit must pass before it is stored in a study: its project and power system
// exist, it was computed from the study's current inputs (inputdigest.h) and with the
// study's market settings.

#include "unitresult.h"

#include <QByteArray>
#include <QStringList>

#include <vector>

namespace gridcba::market {

inline constexpr char kUnitsFileFormat[] = "gridcba-market-units";

QByteArray unitsFileJson(const std::vector<UnitResult> &units, bool indented = true);

struct UnitsFileRead
{
    std::vector<UnitResult> units;  // all of the file's, or none when `error` is set
    QString error;                  // "units/3: P1 / NT 2030 / climate year 2009: ..."
    QStringList notes;              // units stored without an input fingerprint to check
};

// Parses a units file without checking it against a study.
UnitsFileRead parseUnitsFile(const QByteArray &bytes);

// Parses a units file and checks every unit against `study` (not changed).
UnitsFileRead readUnitsFile(const model::Study &study, const QByteArray &bytes);

}  // namespace gridcba::market
