#pragma once

// Splitting a CSV file into cells, shared by the table imports of the desktop app
// (ui/editing/csvimport.h) and the profile import (profilecsv.h), which the CLI can use too.
// The delimiter (',', ';' or tab) is detected from the header line; quotes follow RFC 4180
// (quoted delimiters, doubled quotes, line breaks inside quotes); a UTF-8 BOM and CRLF line
// ends are accepted; blank lines, and lines whose cells are all empty, are skipped.

#include <QByteArray>
#include <QChar>
#include <QString>
#include <QStringList>

#include <cstddef>
#include <optional>
#include <vector>

namespace gridcba::io {

struct CsvTable
{
    QChar delimiter;
    QStringList header;
    std::vector<QStringList> rows;
    std::vector<int> lineNumbers; // 1-based line in the file where each row starts
    int headerLine = 1;           // after blank lines at the top, the header is further down
    bool moreRows = false;        // the file has rows after the `maxRows` read
};

inline constexpr std::size_t kAllRows = std::size_t(-1);

// Null with `error` set ("line 12: a quoted field is not closed") when the file cannot be
// split into cells. Rows keep the cells the file has (fewer or more than the header).
// Reading stops after `maxRows` data rows (setting moreRows when the file has more), so that
// an import that takes at most N rows reads N + 1 and refuses a file of a million.
std::optional<CsvTable> readCsv(const QByteArray &bytes, QString *error,
                                std::size_t maxRows = kAllRows);

} // namespace gridcba::io
