#pragma once

// The Run menu: evaluating the study on demand (F5) with a progress dialog and Cancel, and
// the log of what each evaluation found. Edits re-evaluate by themselves in the background;
// this action is for seeing it happen, and for a run after a cancel. The log panel also
// records every background evaluation that changes whether a project can be evaluated.

#include <QObject>
#include <QPointer>

#include <map>

class QAction;
class QProgressDialog;
class QWidget;

namespace gridcba::ui {

class DocumentActions;
class EvaluationJob;
class LogPanel;
class StudyDocument;

class RunActions : public QObject
{
    Q_OBJECT

  public:
    RunActions(DocumentActions &documents, LogPanel *log, QWidget *window);
    ~RunActions() override;

    QAction *evaluateAction() const { return m_evaluate; }
    // The dialog of the evaluation running on demand, or null.
    QProgressDialog *progressDialog() const;

    // Starts an evaluation on demand with its progress dialog; returns the job.
    EvaluationJob *evaluate();

  private:
    void setDocument(StudyDocument *document);
    void onFinished(EvaluationJob *job, bool onDemand);
    void logResults(bool onDemand, qint64 elapsedMs);

    DocumentActions &m_documents;
    LogPanel *m_log;
    QWidget *m_window;
    QAction *m_evaluate;
    QPointer<StudyDocument> m_document;
    QPointer<QProgressDialog> m_progress;
    std::map<QString, QString> m_lastErrors; // project id -> error of the last evaluation
};

} // namespace gridcba::ui
