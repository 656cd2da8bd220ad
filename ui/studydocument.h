#pragma once

// One open study: the model, where it came from, and the economic evaluation of each of
// its projects, computed when the document is created. Read-only for now; the undo stack
// and "modified" state arrive with editing.

#include "economics/evaluation.h"
#include "model/study.h"

#include <QObject>
#include <QString>

#include <map>
#include <memory>
#include <optional>

namespace gridcba::ui {

// The evaluation of one project, or why it could not be evaluated.
struct ProjectResult
{
    std::optional<economics::ProjectEvaluation> evaluation;
    QString error; // "field path: message" when `evaluation` is empty
};

class StudyDocument : public QObject
{
    Q_OBJECT

  public:
    // `isStudyFile`: `filePath` is a .gridcba file that Save may write back to.
    StudyDocument(model::Study study, QString filePath, bool isStudyFile,
                  QObject *parent = nullptr);
    ~StudyDocument() override;

    // Reads a .gridcba or JSON study. On failure returns null and sets `error` to every
    // problem found, one per line, each naming file, line and field.
    static std::unique_ptr<StudyDocument> open(const QString &path, QString *error);
    // Reads a JSON study held in memory (the bundled sample); `fileName` names it in errors.
    static std::unique_ptr<StudyDocument> fromJson(const QByteArray &json, const QString &fileName,
                                                   QString *error);

    const model::Study &study() const { return m_study; }
    // The file the study was read from or last saved to (may be a Qt resource path).
    const QString &filePath() const { return m_filePath; }
    QString fileName() const;
    bool isStudyFile() const { return m_isStudyFile; }

    // The evaluation of a project of this study; null for an unknown id.
    const ProjectResult *result(const QString &projectId) const;

    // Writes the study as a .gridcba file; on success it becomes the document's file.
    bool saveAs(const QString &path, QString *error);

  signals:
    void filePathChanged(const QString &filePath);

  private:
    void evaluate();

    model::Study m_study;
    QString m_filePath;
    bool m_isStudyFile = false;
    std::map<QString, ProjectResult> m_results;
};

} // namespace gridcba::ui
