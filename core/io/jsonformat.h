#pragma once

// The JSON exchange format of a study (docs/json-format.md). Field names are the model's
// member names; a study exported and re-imported is identical, and export → import →
// export is byte-identical.

#include "model/study.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace gridcba::io {

// 2: the market model's inputs and results (power systems, profiles, market units) and a
// project's referenceGridFromYear; files of version 1 are read as they are.
inline constexpr int kJsonFormatVersion = 2;
inline constexpr char kJsonFormatName[] = "gridcba-study";

// One problem with an input file: which file, which line (0 when not known), which field.
struct InputError
{
    QString file;
    int line = 0;
    QString path;
    QString message;

    // "file:line: path: message"
    QString toString() const;
};

struct StudyReadResult
{
    std::optional<model::Study> study;
    std::vector<InputError> errors;  // empty when `study` is set
    // With refuseInvalid = false: what model::validate found, with their lines; the study
    // is set anyway (see storage::Validation).
    std::vector<InputError> issues;
};

// Parses, type-checks and validates (model::validate) a study; every problem found is
// reported with its line, not only the first.
StudyReadResult studyFromJson(const QByteArray &text, const QString &fileName,
                              bool refuseInvalid = true);
StudyReadResult readStudyJsonFile(const QString &path);

QByteArray studyToJson(const model::Study &study);
// Writes atomically (QSaveFile): on failure the previous file is untouched.
bool writeStudyJsonFile(const model::Study &study, const QString &path, QString *error);

}  // namespace gridcba::io
