#pragma once

// Opens a study from either a .gridcba file or the JSON exchange format, by content.

#include "model/study.h"
#include "storage/studyfile.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace gridcba::io {

struct OpenedStudy
{
    std::optional<model::Study> study;
    QStringList errors;  // "file:line: path: message", each one a line
    // With Validation::Report, what model::validate found in a study that was read anyway.
    QStringList issues;
    bool fromJson = false;
    QString sha256; // hex SHA-256 of the file's bytes as read, so a report can be traced to them
};

OpenedStudy openStudy(const QString &path,
                      storage::Validation validation = storage::Validation::Refuse);

// Hex SHA-256 of `bytes`: the study checksum printed in reports.
QString sha256Hex(const QByteArray &bytes);

}  // namespace gridcba::io
