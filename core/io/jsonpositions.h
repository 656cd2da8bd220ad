#pragma once

// Where each value of a JSON text stands, so that errors found after parsing (a wrong type,
// a value out of range) can name the line. QJsonDocument keeps no positions.

#include <QByteArray>
#include <QHash>
#include <QString>

namespace gridcba::io {

class JsonPositions
{
public:
    // `text` must be valid JSON (checked with QJsonDocument first).
    explicit JsonPositions(const QByteArray &text);

    // 1-based line of the value at `path` ("projects/0/name"; "" is the root). A path that
    // does not exist (a missing field) gives the line of its nearest existing parent.
    int lineOf(const QString &path) const;

    // 1-based line and column of a byte offset, for QJsonParseError.
    static std::pair<int, int> lineColumn(const QByteArray &text, qsizetype offset);

private:
    QHash<QString, int> m_lines;
};

}  // namespace gridcba::io
