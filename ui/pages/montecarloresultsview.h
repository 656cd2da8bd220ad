#pragma once

// The results of a Monte Carlo analysis: per scenario P10/P50/P90, mean and standard
// deviation of the NPV, P(NPV > 0) and P10/P50/P90 of the B/C ratio; the NPV histogram and
// the drivers of the scenario chosen, and the S-curve of every scenario. Shows a result it
// is given; it runs nothing.

#include "sensitivity/montecarlo.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTableWidget;

namespace gridcba::model {
struct Study;
}

namespace gridcba::ui {

class DriversChart;
class NpvHistogramChart;
class SCurveChart;

class MonteCarloResultsView : public QWidget
{
    Q_OBJECT

  public:
    enum SummaryColumn {
        Scenario,
        NpvP10,
        NpvP50,
        NpvP90,
        NpvMean,
        NpvStdDev,
        PNpvPositive,
        BcP10,
        BcP50,
        BcP90,
        kSummaryColumnCount
    };

    explicit MonteCarloResultsView(QWidget *parent = nullptr);

    void setResult(const model::Study &study, const sensitivity::MonteCarloResult &result,
                   const QString &caption);
    void clear(const QString &message);

    QTableWidget *summaryTable() const { return m_summary; }
    QComboBox *scenarioBox() const { return m_scenario; }
    NpvHistogramChart *histogram() const { return m_histogram; }
    DriversChart *drivers() const { return m_drivers; }

  private:
    void showSummary();
    void showScenario();

    QLabel *m_caption;
    QTableWidget *m_summary;
    QComboBox *m_scenario;
    NpvHistogramChart *m_histogram;
    SCurveChart *m_sCurve;
    DriversChart *m_drivers;
    sensitivity::MonteCarloResult m_result;
    QStringList m_scenarioNames;
    int m_priceBaseYear = 0;
};

} // namespace gridcba::ui
