#pragma once

// CSV import of one editable table (a TableAdapter): reading the file, matching its header
// to the table's columns, checking every line, and a preview dialog. An import replaces the
// table's rows as one undoable step, and only when every line is valid: a file with any
// error changes nothing.
//
// Header cells name columns by their key in base units ("centralEur": euros) or by the
// header the table shows ("Central (M€)": display units); matching ignores case and spaces.
// Columns of the table missing from the file keep their defaults (the value a new row gets);
// a required column missing is an error. Unknown header cells are an error (a typo must not
// silently drop a column). Read-only columns (totals the table computes) may appear in the
// file, as an export writes them, and are ignored.

#include "io/csvreader.h"
#include "tableadapter.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

class QWidget;

namespace gridcba::ui {

class StudyDocument;

// The most data rows a table import takes. GridCBA's tables have tens or hundreds of rows
// (study years, CAPEX years, indicator inputs); a longer file is the wrong file: readCsv()
// stops reading one row after and importCsvTable() refuses it, before building any row.
inline constexpr int kMaxCsvRows = 10000;

// A CSV file split into cells (core/io/csvreader.h), read up to kMaxCsvRows + 1 data rows.
using io::CsvTable;
std::optional<CsvTable> readCsv(const QByteArray &bytes, QString *error);

// ',' → "comma (,)", ';' → "semicolon (;)", tab → "tab": for the preview.
QString delimiterName(QChar delimiter);

// One cell of the import preview: the value the table will hold, as the table shows it
// (display units), or the file's text where it was refused.
struct CsvPreviewCell
{
    QString text;
    bool refused = false;
};

struct CsvImportResult
{
    std::optional<model::Study> study; // the study with the table replaced; null on error
    QStringList errors;                // "line 7: Year: “20x0” is not a whole number"
    int rowCount = 0;                  // data rows read
    std::vector<int> errorLines;       // per error: its line; 0 for checkTable()'s messages
    std::vector<int> fileColumn;       // per table column: its column in the file, or -1
    std::vector<bool> fromKey;         // per table column: matched by key (base units)
    std::vector<std::vector<CsvPreviewCell>> preview; // per data row, per table column
};
// Builds the study with `adapter`'s table replaced by the rows of `table`. Every cell goes
// through TableAdapter::setValue, then checkTable() runs on the result.
CsvImportResult importCsvTable(const model::Study &study, const TableAdapter &adapter,
                               const CsvTable &table);

// Reads `path`, shows the preview (the parsed rows and every error with its line), and on
// OK commits the import to `document` as one undoable step. Returns true when imported.
bool runCsvImport(QWidget *parent, StudyDocument *document, const TableAdapterPtr &adapter,
                  const QString &path);

} // namespace gridcba::ui
