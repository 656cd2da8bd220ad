#include "csvimport.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <algorithm>
#include <array>

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

bool isLineEnd(QChar c)
{
    return c == u'\n' || c == u'\r';
}

// The length of the line end starting at `i` ("\r\n" counts as one).
qsizetype lineEndLength(const QString &text, qsizetype i)
{
    return text[i] == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n' ? 2 : 1;
}

// The line (1-based, counted as the reader counts them) of the first byte sequence that is
// not UTF-8. Line ends are ASCII and never part of a multi-byte sequence, so each line can
// be checked alone.
int firstInvalidUtf8Line(const QByteArray &bytes)
{
    int line = 1;
    qsizetype start = 0;
    while (start <= bytes.size()) {
        qsizetype end = start;
        while (end < bytes.size() && bytes[end] != '\n' && bytes[end] != '\r')
            ++end;
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString decoded = decoder(QByteArrayView(bytes).sliced(start, end - start));
        if (decoder.hasError())
            return line;
        if (end >= bytes.size())
            break;
        start = end + (bytes[end] == '\r' && end + 1 < bytes.size() && bytes[end + 1] == '\n' ? 2 : 1);
        ++line;
    }
    return line;
}

// The delimiter that occurs most often outside quotes on the first line (comma on a tie
// or when there is none: a one-column file).
QChar detectDelimiter(const QString &text)
{
    static constexpr std::array<char16_t, 3> kCandidates = {u',', u';', u'\t'};
    std::array<int, 3> counts{};
    bool quoted = false;
    for (QChar c : text) {
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && isLineEnd(c))
            break;
        else if (!quoted)
            for (size_t k = 0; k < kCandidates.size(); ++k)
                counts[k] += c == kCandidates[k] ? 1 : 0;
    }
    const auto best = std::max_element(counts.begin(), counts.end()); // first of equals
    return QChar(kCandidates[size_t(best - counts.begin())]);
}

// Splits `text` into records. Returns false with `error` for a quote never closed.
struct Record
{
    QStringList cells;
    int line = 0;
    bool blank = true; // no cell quoted and every cell only spaces
};

bool splitRecords(const QString &text, QChar delimiter, std::vector<Record> *records, QString *error)
{
    const qsizetype n = text.size();
    qsizetype i = 0;
    int line = 1;
    while (i < n) {
        Record record;
        record.line = line;
        for (bool endOfRecord = false; !endOfRecord;) {
            QString cell;
            qsizetype j = i;
            while (j < n && text[j] == u' ')
                ++j;
            if (j < n && text[j] == u'"') {
                record.blank = false;
                const int quoteLine = line;
                for (i = j + 1;; ) {
                    if (i >= n) {
                        *error = atLine(quoteLine, tr("a quoted field opened here is not closed "
                                                      "(a \" is missing)"));
                        return false;
                    }
                    if (text[i] == u'"') {
                        if (i + 1 < n && text[i + 1] == u'"') {
                            cell += u'"';
                            i += 2;
                            continue;
                        }
                        ++i;
                        break;
                    }
                    if (isLineEnd(text[i])) {
                        cell += u'\n';
                        i += lineEndLength(text, i);
                        ++line;
                        continue;
                    }
                    cell += text[i++];
                }
            }
            // Unquoted text, or what follows a closing quote, up to the delimiter.
            while (i < n && text[i] != delimiter && !isLineEnd(text[i]))
                cell += text[i++];
            if (!cell.trimmed().isEmpty())
                record.blank = false;
            record.cells.append(cell);
            if (i >= n) {
                endOfRecord = true;
            } else if (text[i] == delimiter) {
                ++i;
            } else {
                i += lineEndLength(text, i);
                ++line;
                endOfRecord = true;
            }
        }
        if (!record.blank)
            records->push_back(std::move(record));
    }
    return true;
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

QString delimiterName(QChar delimiter)
{
    if (delimiter == u';')
        return tr("semicolon (;)");
    if (delimiter == u'\t')
        return tr("tab");
    return tr("comma (,)");
}

std::optional<CsvTable> readCsv(const QByteArray &rawBytes, QString *error)
{
    QString dummy;
    if (!error)
        error = &dummy;
    error->clear();
    QByteArray bytes = rawBytes;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder(bytes);
    if (decoder.hasError()) {
        *error = atLine(firstInvalidUtf8Line(bytes),
                        tr("the text is not UTF-8; save the file as “CSV UTF-8”"));
        return std::nullopt;
    }

    // Blank lines at the top do not count for the delimiter.
    qsizetype firstText = 0;
    while (firstText < text.size() && text[firstText].isSpace())
        ++firstText;
    while (firstText > 0 && !isLineEnd(text[firstText - 1]))
        --firstText;
    CsvTable table;
    table.delimiter = detectDelimiter(text.mid(firstText));

    std::vector<Record> records;
    if (!splitRecords(text, table.delimiter, &records, error))
        return std::nullopt;
    if (records.empty()) {
        *error = tr("the file is empty");
        return std::nullopt;
    }
    table.headerLine = records.front().line;
    for (const QString &cell : records.front().cells)
        table.header << cell.trimmed();
    // "year,index," (a trailing delimiter) has no third column.
    while (!table.header.isEmpty() && table.header.last().isEmpty())
        table.header.removeLast();
    for (size_t r = 1; r < records.size(); ++r) {
        table.rows.push_back(std::move(records[r].cells));
        table.lineNumbers.push_back(records[r].line);
    }
    return table;
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
            fail(headerLine, tr("unknown column “%1”; expected one of: %2")
                                 .arg(cell, expectedColumns(columns)));
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
            fail(headerLine, tr("the column “%1” (key “%2”) is missing")
                                 .arg(columns[c].header, columns[c].key));
    const int rows = result.rowCount;
    if (rows == 0)
        fail(headerLine, tr("the file has a header but no data rows"));

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
                                    "%2 data rows").arg(before).arg(rows));
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
                               .arg(cells.size()).arg(table.header.size()));
                break;
            }
        for (size_t c = 0; c < columns.size(); ++c) {
            const TableColumn &column = columns[c];
            const int f = result.fileColumn[c];
            if (f < 0 || column.readOnly)
                continue;
            const QString text = f < cells.size() ? cells[f] : QString();
            QString message;
            QVariant value = parseCell(column, text, &message);
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
