#pragma once

// Opens a study from either a .gridcba file or the JSON exchange format, by content.

#include "model/study.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace gridcba::io {

struct OpenedStudy
{
    std::optional<model::Study> study;
    QStringList errors;  // "file:line: path: message", each one a line
    bool fromJson = false;
    QString sha256; // hex SHA-256 of the file's bytes as read, so a report can be traced to them
};

OpenedStudy openStudy(const QString &path);

// Hex SHA-256 of `bytes`: the study checksum printed in reports.
QString sha256Hex(const QByteArray &bytes);

}  // namespace gridcba::io
