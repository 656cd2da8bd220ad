#pragma once

// Tables to CSV as RFC 4180 defines it: comma separated, CRLF line ends, a field quoted when
// it holds a comma, a double quote or a line break, and a quote inside doubled. UTF-8 without
// a byte-order mark. Numbers are never formatted for a locale: '.' decimal separator, no
// thousands separator, the shortest text that reads back as the same double.

#include "io/table.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

namespace gridcba::io {

QString csvField(const QString &text);
QString csvNumber(double value);
// The header line (column headers with units) and one line per row.
QByteArray tableToCsv(const Table &table);
// A file name for the table: its name with characters unsafe in file names replaced, ".csv".
QString csvFileName(const Table &table);

// Writes one file per table into `directory` (created when missing). Either every file is
// written or, when one cannot be, none is replaced; `error` then names the file and why.
bool writeCsvFiles(const std::vector<Table> &tables, const QString &directory,
                   QStringList *written, QString *error);

} // namespace gridcba::io
