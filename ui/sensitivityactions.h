#pragma once

// The sensitivity analyses of the project shown: runs the one-at-a-time sweep (on the GUI
// thread: the sample study takes a few milliseconds) and Monte Carlo (on a worker, with a
// progress dialog whose Cancel stops it), stores every run in the study's run history,
// deletes runs after asking, and re-runs a stored definition to check that the numbers are
// reproduced. The main window only places the page and says which project is shown.

#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

class QProgressDialog;
class QTimer;
class QWidget;

namespace gridcba::ui {

class DocumentActions;
class MonteCarloJob;
class SensitivityPage;
class StudyDocument;

class SensitivityActions : public QObject
{
    Q_OBJECT

  public:
    // `window` parents the dialogs and shows status messages.
    SensitivityActions(DocumentActions &documents, QWidget *window);
    ~SensitivityActions() override;

    // The page to place; owned by whoever places it.
    SensitivityPage *page() const { return m_page; }
    void setProject(const QString &projectId);

    // The project's sweep and Monte Carlo as defined on the page. runSweep returns when done;
    // startMonteCarlo returns at once and monteCarloFinished() follows.
    bool runSweep();
    bool startMonteCarlo();
    bool isRunning() const { return m_job != nullptr; }
    // Asks, then deletes; returns whether anything was deleted.
    bool deleteRuns(const QList<int> &runIds);
    void rerun(int runId);

    qint64 lastSweepMs() const { return m_lastSweepMs; }
    qint64 lastMonteCarloMs() const { return m_lastMonteCarloMs; }

  signals:
    void sweepFinished(bool stored);
    void monteCarloFinished(bool stored);
    void rerunFinished(bool identical);

  private:
    void setDocument(StudyDocument *document);
    void startJob(std::unique_ptr<MonteCarloJob> job, int rerunOf);
    void finishJob();
    void storeMonteCarlo(const MonteCarloJob &job);
    void reportRerun(int runId, bool identical);
    QString defaultRunName(const QString &kind) const;
    void showStatus(const QString &text);
    void warn(const QString &title, const QString &text);

    QWidget *m_window;
    SensitivityPage *m_page;
    QPointer<StudyDocument> m_document;
    QString m_projectId;
    std::unique_ptr<MonteCarloJob> m_job;
    int m_rerunOf = -1;
    QPointer<StudyDocument> m_jobDocument; // the job's study and project, to store its run
    QString m_jobProjectId;
    QString m_pendingName;
    QProgressDialog *m_progress = nullptr;
    QTimer *m_progressTimer;
    qint64 m_lastSweepMs = -1;
    qint64 m_lastMonteCarloMs = -1;
};

} // namespace gridcba::ui
