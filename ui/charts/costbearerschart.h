#pragma once

// Who bears the costs of one project: per country, the present value of the project's CAPEX,
// OPEX and decommissioning in one scenario times the country's cost share
// (model::Project::costShares), as stacked bars in the money unit of the settings. A note
// at the bottom of the chart (and of its exports) says that the per-country beneficiaries
// are not shown: splitting the benefits by country needs the market model, which GridCBA
// does not have yet.

#include "economics/evaluation.h"
#include "model/study.h"
#include "plotwidget.h"

#include <vector>

class QCPBars;
class QCPTextElement;

namespace gridcba::ui {

// The present value of the costs one country bears (€ of the price base year).
struct CostBearer
{
    QString country;
    double share = 0.0; // fraction
    double capexEur = 0.0;
    double opexEur = 0.0;
    double decommissioningEur = 0.0;

    double totalEur() const { return capexEur + opexEur + decommissioningEur; }
};

// The project's PV costs in `scenario` split by its cost shares, in the order of the country
// codes; empty when the project has no cost shares.
std::vector<CostBearer> costBearers(const model::Project &project,
                                    const economics::ScenarioEvaluation &scenario);

class CostBearersChart : public PlotWidget
{
    Q_OBJECT

  public:
    explicit CostBearersChart(QWidget *parent = nullptr);

    void setProject(const model::Project &project, const economics::ScenarioEvaluation &scenario,
                    const QString &scenarioName, int priceBaseYear);

    // For tests: what the bars show, and the bars (key i + 1 is bearers()[i]; values in the
    // money unit; series with no value are left out).
    const std::vector<CostBearer> &bearers() const { return m_bearers; }
    const std::vector<QCPBars *> &costBars() const { return m_bars; }
    QCPTextElement *note() const { return m_note; }

  protected:
    QString dataToolTip(QCPAbstractPlottable *plottable, int dataIndex) const override;
    void resizeEvent(QResizeEvent *event) override;

  private:
    void addBars();
    void setUpAxes(int priceBaseYear);
    void wrapNote();

    std::vector<CostBearer> m_bearers;
    std::vector<QCPBars *> m_bars;
    QCPTextElement *m_note;
};

} // namespace gridcba::ui
