#pragma once

// B1 of one market-model work unit split by zone or by country (methodology.md §5): for each,
// the change (with − without the project) of consumer surplus, producer surplus and
// congestion rent as grouped bars, and their sum, the zone's B1, as a marker. The sums over
// all zones equal the unit's B1 by the generation-cost approach (market/dispatchrun.h).

#include "market/unitresult.h"
#include "plotwidget.h"

#include <vector>

class QCPBars;
class QCPGraph;

namespace gridcba::ui {

// The surplus split of one zone or country, € per year of the scenario's price year.
struct SurplusSplit
{
    QString label;              // zone id or country code
    double consumerEur = 0.0;   // Δ consumer surplus
    double producerEur = 0.0;   // Δ producer surplus
    double congestionEur = 0.0; // Δ congestion rent (the zone's half of each border's)

    double totalEur() const { return consumerEur + producerEur + congestionEur; }
};

// Per zone in the unit's order, or per country in the order the countries first appear.
std::vector<SurplusSplit> surplusSplit(const market::UnitResult &unit, bool byCountry);

class B1ZoneChart : public PlotWidget
{
    Q_OBJECT

  public:
    explicit B1ZoneChart(QWidget *parent = nullptr);

    // Null: nothing to show. `caption` names the unit ("NT 2030, climate year 2009").
    void setUnit(const market::UnitResult *unit, const QString &caption, bool byCountry);
    const std::vector<SurplusSplit> &split() const { return m_split; }
    const std::vector<QCPBars *> &bars() const { return m_bars; }

  protected:
    QString dataToolTip(QCPAbstractPlottable *plottable, int dataIndex) const override;

  private:
    std::vector<SurplusSplit> m_split;
    std::vector<QCPBars *> m_bars;
    QCPGraph *m_totals = nullptr;
};

} // namespace gridcba::ui
