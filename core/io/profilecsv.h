#pragma once

// Reading hourly profiles (model::Profile) from a CSV file in the wide format spreadsheets and
// market tools export: a header `hour,<id>,<id>,...` and one row per hour of the year, each
// column one profile, all for the one climate year the caller names (0: valid for every
// climate year).
//
// - 8,760 data rows; a file with 8,784 rows (a leap year) has the 24 rows of 29 February
//   (hours 1,417 to 1,440 counted from 1) dropped, with a note, so that every later hour keeps
//   its date.
// - The hour column holds consecutive whole numbers starting at 0 or 1; it is only checked,
//   the values are taken in the file's order.
// - Values are numbers >= 0 with a point or the locale's decimal separator ("0.85", "1.5e-3").
// - Delimiter, quotes, encoding and blank lines as every CSV import (csvreader.h).
//
// Errors name the file, the line (as a text editor counts it) and the column, and say how to
// fix it; a file with any error gives no profile.

#include "model/powersystem.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

namespace gridcba::io {

struct ProfileCsvResult
{
    std::vector<model::Profile> profiles; // in the order of the header; empty on error
    QStringList errors;
    QStringList notes; // what was read differently from the file (29 February dropped)

    bool ok() const { return errors.isEmpty() && !profiles.empty(); }
};

// `fileName` names the file in the messages ("pv.csv line 14, column pv_DE: ...").
ProfileCsvResult readProfileCsv(const QByteArray &bytes, const QString &fileName, int climateYear);

// Statistics of a profile's values for lists (0 for an empty profile).
struct ProfileStats
{
    double mean = 0.0;
    double min = 0.0;
    double max = 0.0;
};
ProfileStats profileStats(const model::Profile &profile);

} // namespace gridcba::io
