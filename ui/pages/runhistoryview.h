#pragma once

// The run history of one project: the stored sweeps and Monte Carlo analyses, newest last.
// Selecting one re-opens its stored results (read from the study, never re-run); selecting
// two shows their key figures side by side. Re-run and Delete are asked of the owner
// through signals; the outcome of a re-run is shown under the list.

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTableWidget;

namespace gridcba::ui {

class AnalysisRunsModel;
class MonteCarloResultsView;
class StudyDocument;
class SweepResultsView;

class RunHistoryView : public QWidget
{
    Q_OBJECT

  public:
    explicit RunHistoryView(QWidget *parent = nullptr);

    void setProject(StudyDocument *document, const QString &projectId);
    QList<int> selectedRunIds() const;
    void selectRuns(const QList<int> &runIds);
    void showRerunOutcome(const QString &text);
    void setActionsEnabled(bool enabled);

    QTableView *runsTable() const { return m_table; }
    AnalysisRunsModel *runsModel() const { return m_model; }
    QPushButton *deleteButton() const { return m_delete; }
    QPushButton *rerunButton() const { return m_rerun; }
    QLabel *rerunOutcome() const { return m_outcome; }
    SweepResultsView *sweepView() const { return m_sweepView; }
    MonteCarloResultsView *monteCarloView() const { return m_mcView; }
    QTableWidget *comparisonTable() const { return m_comparison; }

  signals:
    void rerunRequested(int runId);
    void deleteRequested(const QList<int> &runIds);

  private:
    void showSelection();
    void showRun(int runId);
    void showComparison(int runA, int runB);
    void showMessage(const QString &text);

    StudyDocument *m_document = nullptr;
    QString m_projectId;
    AnalysisRunsModel *m_model;
    QTableView *m_table;
    QPushButton *m_rerun;
    QPushButton *m_delete;
    QLabel *m_outcome;
    QStackedWidget *m_details;
    QLabel *m_message;
    SweepResultsView *m_sweepView;
    MonteCarloResultsView *m_mcView;
    QWidget *m_comparisonPage;
    QTableWidget *m_comparison;
    bool m_actionsEnabled = true;
};

} // namespace gridcba::ui
