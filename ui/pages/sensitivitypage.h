#pragma once

// The sensitivity analyses of one project (methodology.md §4), as three tabs: the
// one-at-a-time sweep (definition, tornado, switching values, commissioning year), Monte
// Carlo (distributions, P10/P50/P90, histogram, S-curve, drivers) and the run history.
// The page shows and collects; SensitivityActions runs the analyses and stores the runs.

#include <QWidget>

class QTabWidget;
class QToolButton;

namespace gridcba::ui {

class MonteCarloDefinitionPanel;
class MonteCarloResultsView;
class RunHistoryView;
class StudyDocument;
class SweepDefinitionPanel;
class SweepResultsView;

class SensitivityPage : public QWidget
{
    Q_OBJECT

  public:
    enum Tab { SweepTab, MonteCarloTab, HistoryTab };

    explicit SensitivityPage(QWidget *parent = nullptr);

    // Resets the definitions to the project's defaults and lists its runs.
    void setProject(StudyDocument *document, const QString &projectId);
    // Folds the definitions away so the results have the room (and back).
    void showDefinitions(bool shown);
    // Disables the Run, Re-run and Delete buttons while an analysis runs.
    void setBusy(bool busy);

    QTabWidget *tabs() const { return m_tabs; }
    SweepDefinitionPanel *sweepDefinition() const { return m_sweepDefinition; }
    SweepResultsView *sweepResults() const { return m_sweepResults; }
    MonteCarloDefinitionPanel *monteCarloDefinition() const { return m_mcDefinition; }
    MonteCarloResultsView *monteCarloResults() const { return m_mcResults; }
    RunHistoryView *history() const { return m_history; }

  private:
    QWidget *createTab(QWidget *definition, QWidget *results, QToolButton *toggle);

    QTabWidget *m_tabs;
    SweepDefinitionPanel *m_sweepDefinition;
    SweepResultsView *m_sweepResults;
    MonteCarloDefinitionPanel *m_mcDefinition;
    MonteCarloResultsView *m_mcResults;
    RunHistoryView *m_history;
    QToolButton *m_sweepToggle;
    QToolButton *m_mcToggle;
};

} // namespace gridcba::ui
