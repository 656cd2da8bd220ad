#pragma once

// The economic results of one project: the results table (PV by indicator, costs, NPV,
// B/C, IRR per scenario) next to the benefit/cost chart, the NPV and B/C ranges over
// scenarios and the notes of the evaluation; or why the project could not be evaluated.

#include <QWidget>

class QLabel;
class QStackedWidget;
class QScrollArea;
class QTableView;
class QTableWidget;

namespace gridcba::economics {
struct ProjectEvaluation;
}

namespace gridcba::model {
struct Study;
struct Project;
} // namespace gridcba::model

namespace gridcba::ui {

class BenefitCostChart;
class ResultsModel;
struct ProjectResult;

class ResultsPanel : public QWidget
{
    Q_OBJECT

  public:
    explicit ResultsPanel(QWidget *parent = nullptr);

    void setResult(const model::Study &study, const model::Project &project,
                   const ProjectResult &result);

  private:
    QWidget *createResultsView();
    void showMessage(const QString &text);
    void showRanges(const model::Study &study, const ProjectResult &result);
    void showVariants(const economics::ProjectEvaluation &evaluation, const QStringList &names);

    QStackedWidget *m_stack;
    QLabel *m_caption;
    ResultsModel *m_model;
    QTableView *m_table;
    QScrollArea *m_tableScroll = nullptr;
    QWidget *m_tableColumn = nullptr;
    BenefitCostChart *m_chart;
    QLabel *m_variantsTitle;
    QTableWidget *m_variants;
    QLabel *m_ranges;
    QLabel *m_notes;
    QLabel *m_message;
};

} // namespace gridcba::ui
