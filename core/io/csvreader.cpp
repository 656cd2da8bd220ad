#include "csvreader.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <algorithm>
#include <array>

namespace gridcba::io {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("gridcba::io::CsvReader", text);
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
        start =
            end + (bytes[end] == '\r' && end + 1 < bytes.size() && bytes[end + 1] == '\n' ? 2 : 1);
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

// Stops after `maxRecords` records that are not blank, setting `more` when text follows.
bool splitRecords(const QString &text, QChar delimiter, std::size_t maxRecords,
                  std::vector<Record> *records, bool *more, QString *error)
{
    const qsizetype n = text.size();
    qsizetype i = 0;
    int line = 1;
    *more = false;
    while (i < n) {
        if (records->size() == maxRecords) {
            *more = !QStringView(text).sliced(i).trimmed().isEmpty();
            break;
        }
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
                for (i = j + 1;;) {
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

} // namespace

std::optional<CsvTable> readCsv(const QByteArray &rawBytes, QString *error, std::size_t maxRows)
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
    // The header and at most maxRows rows: the memory a file takes stays bounded however
    // long it is.
    const std::size_t maxRecords = maxRows == kAllRows ? maxRows : maxRows + 1;
    if (!splitRecords(text, table.delimiter, maxRecords, &records, &table.moreRows, error))
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

} // namespace gridcba::io
