#pragma once

// One open study: the model, where it came from, and the economic evaluation of each of
// its projects, computed when the document is created. The study's inputs are read-only for
// now; the run history of sensitivity analyses (Study::analysisRuns) can be added to,
// renamed and deleted, which makes the document modified until it is saved. The undo stack
// arrives with editing of the inputs, and "modified" will then mean "stack not clean".

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

    // Writes the study as a .gridcba file; on success it becomes the document's file and the
    // document is no longer modified.
    bool saveAs(const QString &path, QString *error);

    // Changed since it was opened or last saved.
    bool isModified() const { return m_modified; }

    // Hex SHA-256 of the file's bytes as last read or written (of the resource's bytes for
    // the bundled sample), printed in reports so their figures can be traced to the file.
    const QString &fileChecksum() const { return m_fileChecksum; }

    // The stored sensitivity analyses of one project, oldest first. The pointers are valid
    // until the runs change (analysisRunsChanged).
    std::vector<const model::AnalysisRun *> analysisRuns(const QString &projectId) const;
    const model::AnalysisRun *analysisRun(int id) const; // null for an unknown id
    // Each changes the study, marks the document modified and emits analysisRunsChanged.
    void addAnalysisRun(model::AnalysisRun run);
    bool removeAnalysisRun(int id);
    bool renameAnalysisRun(int id, const QString &name);

  signals:
    void filePathChanged(const QString &filePath);
    void modifiedChanged(bool modified);
    void analysisRunsChanged(const QString &projectId);

  private:
    void evaluate();
    void setModified(bool modified);

    model::Study m_study;
    QString m_filePath;
    bool m_isStudyFile = false;
    bool m_modified = false;
    QString m_fileChecksum;
    std::map<QString, ProjectResult> m_results;
};

} // namespace gridcba::ui
