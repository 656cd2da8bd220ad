#pragma once

// The results dashboard of a study. A project combo on top: "All projects" shows the NPV of
// every project in every scenario; a project shows a 2 × 2 grid of charts: its benefits by
// indicator against its costs per scenario, its NPV and B/C ratio per scenario with the
// range over scenarios, the yearly cash flow with the cumulative discounted NPV, and the
// cost bearers per country, the last two for the scenario chosen in a second combo. A
// project the engine cannot evaluate shows the engine's error instead.
//
// The page follows its document: it redraws when the study changes and when the background
// evaluation finishes. Every chart exports to PNG, SVG and PDF from its context menu.

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QStackedWidget;

namespace gridcba::economics {
struct ProjectEvaluation;
}

namespace gridcba::ui {

class BenefitCostChart;
class CashFlowChart;
class CostBearersChart;
class NpvByProjectChart;
class NpvRangeChart;
class StudyDocument;

class DashboardPage : public QWidget
{
    Q_OBJECT

  public:
    explicit DashboardPage(QWidget *parent = nullptr);

    // The page does not own the document; null shows an empty page.
    void setDocument(StudyDocument *document);
    StudyDocument *document() const { return m_document; }

    // The project shown; empty for the "All projects" overview.
    QString currentProjectId() const;
    // Shows `projectId` (empty: the overview); false for an unknown project.
    bool setCurrentProject(const QString &projectId);
    // The scenario of the cash-flow and cost-bearer charts; empty in the overview.
    QString currentScenarioId() const;
    bool setCurrentScenario(const QString &scenarioId);

    // Redraws from the document's current study and results, e.g. after the money unit
    // was changed in the settings.
    void refresh();

    BenefitCostChart *benefitCostChart() const { return m_benefitCost; }
    NpvRangeChart *npvRangeChart() const { return m_npvRange; }
    CashFlowChart *cashFlowChart() const { return m_cashFlow; }
    CostBearersChart *costBearersChart() const { return m_costBearers; }
    NpvByProjectChart *overviewChart() const { return m_overview; }
    // The text shown instead of the charts (engine error, nothing to show), when shown.
    QString message() const;

  private:
    QWidget *createProjectGrid();
    QWidget *createOverview();
    void fillProjects();
    void fillScenarios(const economics::ProjectEvaluation &evaluation);
    void updateStatus();
    void redraw();
    void showOverview();
    void showProject(const QString &projectId);
    void showScenarioCharts();
    void showMessage(const QString &text);
    QString scenarioName(const QString &scenarioId) const;

    QPointer<StudyDocument> m_document;
    QComboBox *m_project;
    QLabel *m_scenarioLabel;
    QComboBox *m_scenario;
    QLabel *m_status;
    QStackedWidget *m_stack;
    QWidget *m_overviewPage = nullptr;
    NpvByProjectChart *m_overview = nullptr;
    QLabel *m_overviewNotes = nullptr;
    QWidget *m_projectPage = nullptr;
    BenefitCostChart *m_benefitCost = nullptr;
    NpvRangeChart *m_npvRange = nullptr;
    CashFlowChart *m_cashFlow = nullptr;
    CostBearersChart *m_costBearers = nullptr;
    QLabel *m_projectNotes = nullptr;
    QLabel *m_message;
};

} // namespace gridcba::ui
