#pragma once

// The yearly cash flow of one project in one scenario over the assessment period, in the
// money unit of the settings (money of the price base year, undiscounted): the headline
// benefits (B1, B2, B5, B6, B9, other; not B4) and the residual value as bars above zero, CAPEX,
// OPEX and decommissioning as bars below it; and on the right axis the cumulative discounted NPV, Σ
// net × discount factor up to each year, whose last point is the scenario's NPV. Both axes have
// their zero at the same height.

#include "economics/evaluation.h"
#include "plotwidget.h"

#include <map>
#include <vector>

class QCPBars;
class QCPGraph;

namespace gridcba::ui {

class CashFlowChart : public PlotWidget
{
    Q_OBJECT

  public:
    explicit CashFlowChart(QWidget *parent = nullptr);

    void setScenario(const economics::ScenarioEvaluation &scenario, const QString &scenarioName,
                     int priceBaseYear);

    // For tests. Keys are years, values in the money unit; benefits positive, costs negative.
    // Series with no value in any year are left out.
    const std::vector<QCPBars *> &flowBars() const { return m_bars; }
    // On the right axis.
    QCPGraph *cumulativeGraph() const { return m_cumulative; }

  protected:
    QString dataToolTip(QCPAbstractPlottable *plottable, int dataIndex) const override;

  private:
    void addFlows(const economics::ScenarioEvaluation &scenario);
    void addCumulative(const economics::ScenarioEvaluation &scenario);
    void setUpAxes(const economics::ScenarioEvaluation &scenario, int priceBaseYear);

    std::vector<QCPBars *> m_bars;
    QCPGraph *m_cumulative = nullptr;
    std::map<int, double> m_netEur; // net cash flow by year, for the tooltips
};

} // namespace gridcba::ui
