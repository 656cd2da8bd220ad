#pragma once

// The results of a one-at-a-time sweep: for the scenario chosen, the tornado (NPV or B/C)
// next to the table of switching values, and below them the NPV against the commissioning
// year for every scenario. Shows a result it is given; it runs nothing.

#include "sensitivity/sweep.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QRadioButton;
class QTableWidget;

namespace gridcba::model {
struct Study;
}

namespace gridcba::ui {

class CommissioningYearChart;
class TornadoChart;

class SweepResultsView : public QWidget
{
    Q_OBJECT

  public:
    explicit SweepResultsView(QWidget *parent = nullptr);

    // `caption` says which run this is. The study names the scenarios and gives the price
    // base year and the project's commissioning year.
    void setResult(const model::Study &study, const sensitivity::SweepResult &result,
                   const QString &caption);
    void clear(const QString &message);

    QComboBox *scenarioBox() const { return m_scenario; }
    QRadioButton *bcButton() const { return m_showBc; }
    TornadoChart *tornado() const { return m_tornado; }
    QTableWidget *switchingTable() const { return m_switching; }

  private:
    void showScenario();
    void showSwitchingValues(const sensitivity::ScenarioSweepResult &scenario);

    QLabel *m_caption;
    QComboBox *m_scenario;
    QRadioButton *m_showNpv;
    QRadioButton *m_showBc;
    TornadoChart *m_tornado;
    QTableWidget *m_switching;
    CommissioningYearChart *m_commissioning;
    sensitivity::SweepResult m_result;
    int m_priceBaseYear = 0;
};

} // namespace gridcba::ui
