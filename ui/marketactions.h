#pragma once

// Run > Run Market Model…: asks what to run (MarketRunDialog), runs market::simulate on a
// worker (MarketJob) behind a progress dialog that shows the current step and whose Cancel
// stops the run after the current week, and stores the unit results with the computed
// indicator inputs in the study as ONE undoable step. Nothing is stored when the run is
// cancelled or fails; a failure is shown with the unit and the field the engine names, and
// logged.

#include "market/simulation.h"

#include <QObject>
#include <QPointer>
#include <QProgressDialog>
#include <QString>

#include <memory>
#include <vector>

class QAction;
class QTimer;
class QWidget;

namespace gridcba::ui {

class DocumentActions;
class LogPanel;
class MarketJob;
class StudyDocument;

class MarketActions : public QObject
{
    Q_OBJECT

  public:
    MarketActions(DocumentActions &documents, LogPanel *log, QWidget *window);
    ~MarketActions() override;

    QAction *runAction() const { return m_runAction; }
    // The project shown: the dialog ticks it alone.
    void setProject(const QString &projectId);

    // Asks with the dialog, then starts; false when the user cancelled or nothing runs.
    bool run();
    // Starts a run of `units` without asking; returns at once, runFinished() follows.
    bool start(std::vector<market::UnitKey> units, bool adequacy);
    bool isRunning() const { return m_job != nullptr; }
    MarketJob *job() const { return m_job.get(); }
    QProgressDialog *progressDialog() const { return m_progress; }

  signals:
    // After a run ended: `stored` when its results went into the study.
    void runFinished(bool stored);

  private:
    void setDocument(StudyDocument *document);
    void updateProgress();
    void finish();
    void warn(const QString &text);

    DocumentActions &m_documents;
    LogPanel *m_log;
    QWidget *m_window;
    QAction *m_runAction;
    QPointer<StudyDocument> m_document;
    QString m_projectId;
    std::unique_ptr<MarketJob> m_job;
    QPointer<StudyDocument> m_jobDocument;
    QPointer<QProgressDialog> m_progress;
    QTimer *m_timer;
};

} // namespace gridcba::ui
