#pragma once

// One open study: the model, where it came from, its undo history and the economic
// evaluation of each of its projects.
//
// Every change to the study, whatever editor makes it, goes through commit(): the editor
// builds the changed copy of the study and the document pushes one QUndoCommand holding the
// study before and after. Undo and redo swap whole studies, so an undone edit restores the
// model exactly (value types with operator==); copies are cheap because strings and the
// stored runs' JSON are implicitly shared. "Modified" means "the undo stack is not at the
// state last saved".
//
// After each change of the inputs the document re-evaluates every project on a worker
// thread (EvaluationJob); until it finishes, results() are those of the previous inputs and
// resultsUpToDate() is false.

#include "evaluationjob.h"
#include "market/samplesystem.h"
#include "model/study.h"

#include <QFlags>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <map>
#include <memory>

class QUndoStack;

namespace gridcba::storage {
class StudyLock;
}

namespace gridcba::ui {

class StudyDocument : public QObject
{
    Q_OBJECT

  public:
    // What an edit changed, worked out by comparing the study before and after.
    enum class Change {
        Info = 0x1,       // name, description
        Economics = 0x2,  // economic parameters
        Scenarios = 0x4,  // anything in a scenario
        Projects = 0x8,   // anything in a project
        Runs = 0x10,      // stored sensitivity analyses
        Structure = 0x20, // scenarios or projects added, removed, reordered or renamed (id/name)
        Market = 0x40,    // market settings, profiles, power systems or market results
    };
    Q_DECLARE_FLAGS(Changes, Change)
    Q_FLAG(Changes)

    // `isStudyFile`: `filePath` is a .gridcba file that Save may write back to. The study
    // is evaluated synchronously here, so a new document has its results.
    StudyDocument(model::Study study, QString filePath, bool isStudyFile,
                  QObject *parent = nullptr);
    ~StudyDocument() override;

    // Reads a .gridcba or JSON study. On failure returns null and sets `error` to every
    // problem found, one per line, each naming file, line and field. A study that reads but
    // fails validation (work in progress saved from the editors) opens, with what must still
    // be fixed in openIssues().
    static std::unique_ptr<StudyDocument> open(const QString &path, QString *error);
    // What validation found when the study was opened ("file:line: path: message").
    const QStringList &openIssues() const { return m_openIssues; }
    // Reads a JSON study held in memory (the bundled sample); `fileName` names it in errors.
    static std::unique_ptr<StudyDocument> fromJson(const QByteArray &json, const QString &fileName,
                                                   QString *error);
    // The bundled sample: the JSON study with the sample European system of `system`
    // (market/samplesystem.h: its power systems and synthetic profiles). The checksum covers
    // the JSON and every table. `fileName` names the JSON in errors.
    static std::unique_ptr<StudyDocument> fromSample(const QByteArray &json,
                                                     const market::SampleSystemFiles &system,
                                                     const QString &fileName, QString *error);

    const model::Study &study() const { return m_study; }
    // The file the study was read from or last saved to (may be a Qt resource path, or
    // empty for a new study never saved).
    const QString &filePath() const { return m_filePath; }
    QString fileName() const; // "Untitled" for a new study
    bool isStudyFile() const { return m_isStudyFile; }

    // --- Editing -----------------------------------------------------------------------
    QUndoStack *undoStack() const { return m_undoStack; }
    // Replaces the study by `after` as one undoable step named `text` ("Edit discount
    // rate"). Returns false, pushing nothing, when `after` equals the current study.
    bool commit(const QString &text, model::Study after);

    // --- Results -------------------------------------------------------------------------
    // The evaluation of a project of this study; null for an unknown id.
    const ProjectResult *result(const QString &projectId) const;
    // False while an evaluation of the current inputs is running or was cancelled.
    bool resultsUpToDate() const { return m_resultsUpToDate; }
    // Starts evaluating the current inputs (cancelling an evaluation running), and returns
    // the job so a caller may show its progress or cancel it. Edits start it by themselves.
    EvaluationJob *startEvaluation();
    EvaluationJob *evaluationJob() const { return m_job; }
    // Brings the results up to date on the calling thread if they are not (cancelling a
    // running evaluation); for output that must never show figures of older inputs, such as
    // a report.
    void ensureEvaluated();

    // --- Saving --------------------------------------------------------------------------
    // Writes the study as a .gridcba file, holding that file's lock (storage::StudyLock): a
    // file another process has open is refused, and so is the document's own file while the
    // document is read-only. On success the file becomes the document's, its lock is held
    // until the document closes or saves elsewhere, the document is no longer read-only and
    // no longer modified.
    bool saveAs(const QString &path, QString *error);
    // Changed since it was opened or last saved; a new study never saved counts as modified.
    bool isModified() const;

    // --- Who may write the file ----------------------------------------------------------
    // The document holds the lock of its study file from now on (taken by the caller before
    // reading the file); it is writable.
    void setLock(std::unique_ptr<storage::StudyLock> lock);
    // Hands the lock over (to a document reopening the same file); the document keeps its
    // read-only state.
    std::unique_ptr<storage::StudyLock> takeLock();
    // Whether the document holds the lock of the file `path` names.
    bool holdsLockOf(const QString &path) const;
    // Another process has the file open, or its lock cannot be created: the study may be
    // edited and saved elsewhere with Save As, never written back to its file. `reason` says
    // why, naming the file and who holds it.
    void setReadOnly(const QString &reason);
    bool isReadOnly() const { return m_readOnly; }
    const QString &readOnlyReason() const { return m_readOnlyReason; }

    // Hex SHA-256 of the file's bytes as last read or written (of the resource's bytes for
    // the bundled sample), printed in reports so their figures can be traced to the file.
    const QString &fileChecksum() const { return m_fileChecksum; }

    // --- Stored sensitivity analyses ----------------------------------------------------
    // The stored analyses of one project, oldest first. The pointers are valid until the
    // study changes.
    std::vector<const model::AnalysisRun *> analysisRuns(const QString &projectId) const;
    const model::AnalysisRun *analysisRun(int id) const; // null for an unknown id
    // Each is one undoable edit.
    void addAnalysisRun(model::AnalysisRun run);
    bool removeAnalysisRun(int id);
    bool renameAnalysisRun(int id, const QString &name);

  signals:
    void filePathChanged(const QString &filePath);
    void modifiedChanged(bool modified);
    void readOnlyChanged(bool readOnly);
    // The study changed (an edit, an undo or a redo); study() is the new one.
    void studyChanged(gridcba::ui::StudyDocument::Changes changes);
    // Emitted with studyChanged when stored runs of a project were added, removed or renamed.
    void analysisRunsChanged(const QString &projectId);
    // An evaluation started or finished (results() changed when it finished uncancelled).
    void evaluationStarted(gridcba::ui::EvaluationJob *job);
    void resultsChanged();

  private:
    friend class StudyEditCommand;
    void replaceStudy(const model::Study &study);
    void onEvaluationFinished(EvaluationJob *job);

    model::Study m_study;
    QString m_filePath;
    bool m_isStudyFile = false;
    std::unique_ptr<storage::StudyLock> m_lock;
    bool m_readOnly = false;
    QString m_readOnlyReason;
    QString m_fileChecksum;
    QStringList m_openIssues;
    QUndoStack *m_undoStack;
    std::map<QString, ProjectResult> m_results;
    bool m_resultsUpToDate = true;
    QPointer<EvaluationJob> m_job;
    // The profiles of m_study, shared with the undo commands (see StudyEditCommand).
    std::shared_ptr<const std::vector<model::Profile>> m_sharedProfiles;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(StudyDocument::Changes)

// What differs between two studies, as StudyDocument::studyChanged reports it.
StudyDocument::Changes studyChanges(const model::Study &before, const model::Study &after);

} // namespace gridcba::ui
