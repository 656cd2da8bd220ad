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
};

OpenedStudy openStudy(const QString &path);

}  // namespace gridcba::io
