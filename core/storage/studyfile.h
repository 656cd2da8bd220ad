#pragma once

// The study document on disk: one SQLite file (*.gridcba).
//
// Loading reads the file into memory, migrates the copy to the current schema and leaves
// the file itself untouched; a file from a newer GridCBA, a corrupt or truncated file is
// refused with a message (a checksum of the content, contentdigest.h, catches damage that
// SQLite's own integrity check cannot see). Saving builds the database in memory and writes
// its bytes through QSaveFile (a temporary file beside the study, fsynced, then renamed over
// it, then the folder fsynced), so a crash or a kill at any moment leaves either the previous
// file or the new one, whole. Who may write a study is studylock.h's business.

#include "model/study.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace gridcba::storage {

struct LoadResult
{
    std::optional<model::Study> study;
    QString error;              // "file: what is wrong"; empty on success
    int fileSchemaVersion = 0;  // as found in the file, before migration
    // With Validation::Report: what model::validate found ("path: message" each), which
    // must be fixed before the study can be evaluated.
    QStringList issues;
};

// What to do with a study that reads but fails model::validate (cost shares off 100 %, a
// project without investments, ...). The command line refuses it; the desktop app opens it
// and reports the issues, because such a study is work in progress the user saved and must
// be able to reopen and finish.
enum class Validation { Refuse, Report };

LoadResult loadStudy(const QString &path, Validation validation = Validation::Refuse);
LoadResult loadStudyFromBytes(const QByteArray &bytes, const QString &name,
                              Validation validation = Validation::Refuse);

// The bytes of a .gridcba file holding `study` at the current schema version.
std::optional<QByteArray> serializeStudy(const model::Study &study, QString *error);
bool saveStudy(const model::Study &study, const QString &path, QString *error);
// Writes bytes from serializeStudy to `path` as saveStudy does (atomically).
bool writeStudyFile(const QByteArray &bytes, const QString &path, QString *error);

// True when `bytes` start like an SQLite database (any study file does).
bool looksLikeStudyFile(const QByteArray &bytes);

}  // namespace gridcba::storage
