#pragma once

// One project: its identity and description, then tabs: the economic results (table and
// chart), the inputs they come from (investments, capacity changes per border, cost shares,
// qualitative indicators), and any tab added by the window (the sensitivity analyses).

#include <QWidget>

class QLabel;
class QTabWidget;
class QTableView;
class QTableWidget;

namespace gridcba::model {
struct Study;
struct Project;
} // namespace gridcba::model

namespace gridcba::ui {

class InvestmentsModel;
class ResultsPanel;
struct ProjectResult;

class ProjectPage : public QWidget
{
    Q_OBJECT

  public:
    explicit ProjectPage(QWidget *parent = nullptr);

    void setProject(const model::Study &study, const model::Project &project,
                    const ProjectResult &result);
    // Adds a tab after the built-in ones; the page takes ownership of `page`.
    void addTab(QWidget *page, const QString &title);

  private:
    QWidget *createInputsTab();
    void showBorders(const model::Project &project);
    void showCostShares(const model::Project &project);
    void showQualitative(const model::Project &project);

    QLabel *m_title;
    QLabel *m_summary;
    QLabel *m_description;
    QTabWidget *m_tabs;
    ResultsPanel *m_results;
    InvestmentsModel *m_investmentsModel;
    QTableView *m_investments;
    QLabel *m_investmentsCaption;
    QTableWidget *m_borders;
    QTableWidget *m_costShares;
    QLabel *m_qualitativeTitle;
    QTableWidget *m_qualitative;
};

} // namespace gridcba::ui
