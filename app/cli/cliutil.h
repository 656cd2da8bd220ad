#pragma once

// Shared pieces of gridcba-cli's commands.

#include "model/study.h"

#include <QByteArray>
#include <QString>
#include <QTextStream>

#include <optional>

namespace gridcba::cli {

inline constexpr int kExitBadInput = 1;
inline constexpr int kExitUsage = 2;
inline constexpr int kExitCancelled = 130;

QTextStream &out();
QTextStream &err();

// Opens a .gridcba or JSON study; prints every error (file:line: field: message) to stderr.
std::optional<model::Study> openStudyOrReport(const QString &path);

// Writes to `path` atomically, or to stdout for "-" or an empty path.
bool writeOutput(const QString &path, const QByteArray &bytes);

QString meur(double eur);  // "123.45"

}  // namespace gridcba::cli
