#pragma once

// Shared pieces of gridcba-cli's commands.

#include "model/study.h"
#include "storage/studylock.h"

#include <QByteArray>
#include <QString>
#include <QTextStream>

#include <memory>
#include <optional>

namespace gridcba::cli {

inline constexpr int kExitBadInput = 1;
inline constexpr int kExitUsage = 2;
inline constexpr int kExitCancelled = 130;

QTextStream &out();
QTextStream &err();

// Opens a .gridcba or JSON study; prints every error (file:line: field: message) to stderr.
std::optional<model::Study> openStudyOrReport(const QString &path);

// For a command about to write into the study file `path`: takes its lock, to be held until
// the study is written. Prints who holds it and returns false when another process (the
// desktop app, another command) has it open. With `onlyIfStudyFile`, a path that is not a
// study file yet needs no lock (the command reports what is wrong with it itself).
bool lockStudyForWriting(const QString &path, std::unique_ptr<storage::StudyLock> &lock,
                         bool onlyIfStudyFile = false);

// Writes to `path` atomically, or to stdout for "-" or an empty path.
bool writeOutput(const QString &path, const QByteArray &bytes);

QString meur(double eur);  // "123.45"

}  // namespace gridcba::cli
