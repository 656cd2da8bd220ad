#include "csvimport.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace gridcba::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("gridcba::ui::CsvImport", text);
}

QString atLine(int line, const QString &message)
{
    return tr("line %1: %2").arg(line).arg(message);
}

QString normalizedName(const QString &name)
{
    QString result;
    for (QChar c : name)
        if (!c.isSpace())
            result += c.toCaseFolded();
    return result;
}

// The table column a header cell names: by key first, then by the shown header.
int matchColumn(const std::vector<TableColumn> &columns, const QString &cell)
{
    const QString name = normalizedName(cell);
    for (size_t c = 0; c < columns.size(); ++c)
        if (normalizedName(columns[c].key) == name)
            return int(c);
    for (size_t c = 0; c < columns.size(); ++c)
        if (normalizedName(columns[c].header) == name)
            return int(c);
    return -1;
}

QString expectedColumns(const std::vector<TableColumn> &columns)
{
    QStringList headers, keys;
    for (const TableColumn &column : columns) {
        if (column.readOnly)
            continue;
        headers << column.header;
        keys << column.key;
    }
    return tr("%1 (or their keys: %2)")
        .arg(headers.join(QStringLiteral(", ")), keys.join(QStringLiteral(", ")));
}

} // namespace

std::optional<CsvTable> readCsv(const QByteArray &bytes, QString *error)
{
    return io::readCsv(bytes, error, std::size_t(kMaxCsvRows) + 1);
}

QString delimiterName(QChar delimiter)
{
    if (delimiter == u';')
        return tr("semicolon (;)");
    if (delimiter == u'\t')
        return tr("tab");
    return tr("comma (,)");
}

CsvImportResult importCsvTable(const model::Study &study, const TableAdapter &adapter,
                               const CsvTable &table)
{
    CsvImportResult result;
    result.rowCount = int(table.rows.size());
    const std::vector<TableColumn> columns = adapter.columns();
    result.fileColumn.assign(columns.size(), -1);
    result.fromKey.assign(columns.size(), false);
    std::vector<int> lines;
    auto fail = [&](int line, const QString &message) {
        result.errors << atLine(line, message);
        lines.push_back(line);
    };

    // --- Header
    const int headerLine = table.headerLine;
    for (qsizetype f = 0; f < table.header.size(); ++f) {
        const QString &cell = table.header[f];
        if (cell.isEmpty()) {
            fail(headerLine, tr("column %1 has no name").arg(f + 1));
            continue;
        }
        const int c = matchColumn(columns, cell);
        if (c < 0) {
            fail(
                headerLine,
                tr("unknown column “%1”; expected one of: %2").arg(cell, expectedColumns(columns)));
        } else if (const int previous = result.fileColumn[size_t(c)]; previous >= 0) {
            fail(headerLine, tr("columns “%1” and “%2” both give %3; keep one of them")
                                 .arg(table.header[previous], cell, columns[size_t(c)].header));
        } else {
            result.fileColumn[size_t(c)] = int(f);
            result.fromKey[size_t(c)] =
                normalizedName(cell) == normalizedName(columns[size_t(c)].key);
        }
    }
    for (size_t c = 0; c < columns.size(); ++c)
        if (!columns[c].optional && !columns[c].readOnly && result.fileColumn[c] < 0)
            fail(
                headerLine,
                tr("the column “%1” (key “%2”) is missing").arg(columns[c].header, columns[c].key));
    const int rows = result.rowCount;
    if (rows == 0)
        fail(headerLine, tr("the file has a header but no data rows"));
    if (rows > kMaxCsvRows || table.moreRows) {
        // Refused before any row is built: time and memory stay bounded however long the file.
        fail(table.lineNumbers[size_t(kMaxCsvRows)],
             tr("the file has more than %1 data rows, the most a table takes (is it the right "
                "file?)")
                 .arg(QLocale().toString(kMaxCsvRows)));
        result.errorLines = std::move(lines);
        return result;
    }

    // --- Rows: the table emptied, then each row inserted and its cells set, as a paste does.
    model::Study built = study;
    const int before = adapter.rowCount(built);
    bool rowsOk = rows > 0;
    if (before < 0) {
        fail(headerLine, tr("the table no longer exists in the study"));
        rowsOk = false;
    }
    bool fixedRows = false;
    if (rowsOk) {
        for (int r = before - 1; r >= 0; --r)
            adapter.removeRow(built, r);
        if (adapter.rowCount(built) != 0) {
            // One row per something the table does not own (a study year): the file gives the
            // values of those rows in order.
            built = study;
            fixedRows = true;
            if (rows != before) {
                fail(headerLine, tr("this table has a fixed number of rows (%1) but the file has "
                                    "%2 data rows")
                                     .arg(before)
                                     .arg(rows));
                rowsOk = false;
            }
        }
    }
    result.preview.assign(size_t(rows), std::vector<CsvPreviewCell>(columns.size()));
    for (int r = 0; rowsOk && r < rows; ++r) {
        const QStringList &cells = table.rows[size_t(r)];
        const int line = table.lineNumbers[size_t(r)];
        if (!fixedRows) {
            adapter.insertRow(built, r);
            if (adapter.rowCount(built) != r + 1) {
                fail(line, tr("rows cannot be added to this table"));
                rowsOk = false;
                break;
            }
        }
        for (qsizetype f = table.header.size(); f < cells.size(); ++f)
            if (!cells[f].trimmed().isEmpty()) {
                fail(line, tr("%1 cells, but the header names %2 columns")
                               .arg(cells.size())
                               .arg(table.header.size()));
                break;
            }
        for (size_t c = 0; c < columns.size(); ++c) {
            const TableColumn &column = columns[c];
            const int f = result.fileColumn[c];
            if (f < 0 || column.readOnly)
                continue;
            const QString text = f < cells.size() ? cells[f] : QString();
            QString message;
            // A value under the key is in base units: checked as such, then converted.
            TableColumn asRead = column;
            if (result.fromKey[c])
                asRead.displayScale = 1.0;
            QVariant value = parseCell(asRead, text, &message);
            if (message.isEmpty() && result.fromKey[c] && column.type == ColumnType::Real &&
                value.isValid() && column.displayScale != 0.0)
                value = value.toDouble() / column.displayScale;
            if (message.isEmpty())
                message = adapter.setValue(built, r, int(c), value);
            if (!message.isEmpty()) {
                fail(line, message);
                result.preview[size_t(r)][c] = {text.trimmed(), true};
            }
        }
    }
    // What the table will show (after all rows, as setting a value may reorder rows).
    if (rowsOk && adapter.rowCount(built) == rows)
        for (int r = 0; r < rows; ++r)
            for (size_t c = 0; c < columns.size(); ++c) {
                CsvPreviewCell &cell = result.preview[size_t(r)][c];
                if (!cell.refused)
                    cell.text = formatCell(columns[c], adapter.value(built, r, int(c)));
            }

    if (rowsOk) {
        adapter.keepHiddenFields(built, study);
        for (const QString &message : adapter.checkTable(built)) {
            result.errors << message;
            lines.push_back(0);
        }
    }
    result.errorLines = std::move(lines);
    if (result.errors.isEmpty())
        result.study = std::move(built);
    return result;
}

} // namespace gridcba::ui
