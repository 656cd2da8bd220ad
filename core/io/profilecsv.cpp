#include "profilecsv.h"

#include "csvreader.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace gridcba::io {

namespace {

constexpr int kLeapYearHours = 8784;
// 29 February starts after 31 days of January and 28 of February.
constexpr int kFebruary29FirstHour = (31 + 28) * 24;
constexpr int kHoursPerDay = 24;
// Enough to show what is wrong with a file without burying the first problems.
constexpr int kMaxErrors = 20;
constexpr int kMinClimateYear = 1900; // as core/model/validation.cpp
constexpr int kMaxClimateYear = 2200;

QString tr(const char *text)
{
    return QCoreApplication::translate("gridcba::io::ProfileCsv", text);
}

std::optional<double> parseNumber(const QString &text)
{
    bool ok = false;
    const QString t = text.trimmed();
    double v = QLocale::c().toDouble(t, &ok);
    if (!ok)
        v = QLocale().toDouble(t, &ok);
    return ok ? std::optional<double>(v) : std::nullopt;
}

std::optional<int> parseWhole(const QString &text)
{
    bool ok = false;
    const int v = text.trimmed().toInt(&ok);
    return ok ? std::optional<int>(v) : std::nullopt;
}

} // namespace

ProfileCsvResult readProfileCsv(const QByteArray &bytes, const QString &fileName, int climateYear)
{
    ProfileCsvResult result;
    auto fail = [&](const QString &message) {
        if (result.errors.size() < kMaxErrors)
            result.errors << message;
    };
    auto at = [&](int line, const QString &message) {
        //: %1 file name, %2 line number, %3 what is wrong
        return tr("%1 line %2: %3").arg(fileName).arg(line).arg(message);
    };
    auto atColumn = [&](int line, const QString &column, const QString &message) {
        //: %1 file name, %2 line number, %3 column name, %4 what is wrong
        return tr("%1 line %2, column %3: %4").arg(fileName).arg(line).arg(column, message);
    };

    if (climateYear != 0 && (climateYear < kMinClimateYear || climateYear > kMaxClimateYear)) {
        result.errors << tr("The climate year must be 0 (every climate year) or between %1 and %2, "
                            "not %3")
                             .arg(kMinClimateYear)
                             .arg(kMaxClimateYear)
                             .arg(climateYear);
        return result;
    }
    QString error;
    // One row more than a leap year: a longer file is refused without reading it all.
    const std::optional<CsvTable> table = readCsv(bytes, &error, std::size_t(kLeapYearHours) + 1);
    if (!table) {
        result.errors << tr("%1 %2").arg(fileName, error);
        return result;
    }

    // --- Header: "hour", then one unique profile id per column.
    const int headerLine = table->headerLine;
    if (table->header.isEmpty() ||
        table->header.first().compare(QLatin1String("hour"), Qt::CaseInsensitive) != 0)
        fail(at(headerLine, tr("the first column must be “hour”, then one column per profile "
                               "(hour,load_DE,pv_DE,…); found “%1”")
                                .arg(table->header.value(0))));
    if (table->header.size() < 2)
        fail(at(headerLine, tr("no profile columns: add one column per profile after “hour”")));
    QSet<QString> ids;
    for (qsizetype c = 1; c < table->header.size(); ++c) {
        const QString &id = table->header[c];
        if (id.isEmpty())
            fail(at(headerLine, tr("column %1 has no profile id").arg(c + 1)));
        else if (ids.contains(id))
            fail(at(headerLine, tr("the profile id “%1” is given twice").arg(id)));
        ids.insert(id);
    }
    const int rows = int(table->rows.size());
    if (table->moreRows || rows > kLeapYearHours)
        fail(at(headerLine, tr("the file has more than %1 data rows; a profile needs %2 (one per "
                               "hour of the year, or %1 for a leap year)")
                                .arg(kLeapYearHours)
                                .arg(model::kHoursPerYear)));
    else if (rows != model::kHoursPerYear && rows != kLeapYearHours)
        fail(at(headerLine, tr("the file has %1 data rows; a profile needs %2 (one per hour of "
                               "the year, or %3 for a leap year)")
                                .arg(rows)
                                .arg(model::kHoursPerYear)
                                .arg(kLeapYearHours)));
    if (!result.errors.isEmpty())
        return result;

    // --- Rows
    const int columns = int(table->header.size());
    std::vector<std::vector<double>> values(size_t(columns - 1));
    for (auto &v : values)
        v.reserve(size_t(rows));
    std::optional<int> firstHour;
    int errorCount = 0;
    for (int r = 0; r < rows; ++r) {
        const QStringList &cells = table->rows[size_t(r)];
        const int line = table->lineNumbers[size_t(r)];
        int cellCount = int(cells.size());
        while (cellCount > columns && cells[cellCount - 1].trimmed().isEmpty())
            --cellCount;
        if (cellCount > columns) {
            fail(at(line,
                    tr("%1 cells, but the header names %2 columns").arg(cellCount).arg(columns)));
            ++errorCount;
            continue;
        }
        const std::optional<int> hour = parseWhole(cells.value(0));
        if (!hour) {
            fail(atColumn(line, table->header[0],
                          tr("“%1” is not a whole number; the hour column counts 0, 1, 2, … or 1, "
                             "2, 3, …")
                              .arg(cells.value(0))));
            ++errorCount;
        } else {
            if (!firstHour) {
                if (*hour != 0 && *hour != 1) {
                    fail(atColumn(line, table->header[0],
                                  tr("the first hour must be 0 or 1, not %1").arg(*hour)));
                    ++errorCount;
                }
                firstHour = *hour;
            } else if (*hour != *firstHour + r) {
                fail(atColumn(line, table->header[0],
                              tr("expected hour %1, found %2: rows must be one per hour, in order")
                                  .arg(*firstHour + r)
                                  .arg(*hour)));
                ++errorCount;
            }
        }
        for (int c = 1; c < columns; ++c) {
            const QString text = cells.value(c).trimmed();
            const std::optional<double> v = parseNumber(text);
            if (text.isEmpty()) {
                fail(atColumn(line, table->header[c], tr("the value is missing")));
            } else if (!v || !std::isfinite(*v)) {
                fail(atColumn(line, table->header[c], tr("“%1” is not a number").arg(text)));
            } else if (*v < 0.0) {
                fail(atColumn(line, table->header[c],
                              tr("%1 is negative; profile values are 0 or more").arg(text)));
            } else {
                values[size_t(c - 1)].push_back(*v);
                continue;
            }
            ++errorCount;
        }
    }
    if (errorCount > kMaxErrors)
        result.errors
            << tr("%1: %2 more errors not listed").arg(fileName).arg(errorCount - kMaxErrors);
    if (!result.errors.isEmpty())
        return result;

    if (rows == kLeapYearHours) {
        const int first = table->lineNumbers[size_t(kFebruary29FirstHour)];
        const int last = table->lineNumbers[size_t(kFebruary29FirstHour + kHoursPerDay - 1)];
        for (auto &v : values)
            v.erase(v.begin() + kFebruary29FirstHour,
                    v.begin() + kFebruary29FirstHour + kHoursPerDay);
        result.notes << tr("%1 has %2 hours (a leap year): the 24 hours of 29 February (lines "
                           "%3–%4) were dropped, so every profile has %5 hours")
                            .arg(fileName)
                            .arg(kLeapYearHours)
                            .arg(first)
                            .arg(last)
                            .arg(model::kHoursPerYear);
    }
    for (int c = 1; c < columns; ++c)
        result.profiles.push_back(
            {table->header[c], climateYear, std::move(values[size_t(c - 1)])});
    return result;
}

ProfileStats profileStats(const model::Profile &profile)
{
    ProfileStats s;
    if (profile.values.empty())
        return s;
    const auto [lo, hi] = std::minmax_element(profile.values.begin(), profile.values.end());
    s.min = *lo;
    s.max = *hi;
    double sum = 0.0;
    for (double v : profile.values)
        sum += v;
    s.mean = sum / double(profile.values.size());
    return s;
}

} // namespace gridcba::io
