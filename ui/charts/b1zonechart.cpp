#include "b1zonechart.h"

#include "units.h"

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace gridcba::ui {

namespace {

constexpr double kGroupWidth = 0.8;
constexpr double kMarkerSize = 9.0;

} // namespace

std::vector<SurplusSplit> surplusSplit(const market::UnitResult &unit, bool byCountry)
{
    std::vector<SurplusSplit> out;
    for (size_t z = 0;
         z < unit.zones.size() && z < unit.with.zones.size() && z < unit.without.zones.size();
         ++z) {
        const QString label = byCountry ? unit.zones[z].country : unit.zones[z].id;
        auto it = std::find_if(out.begin(), out.end(),
                               [&](const SurplusSplit &s) { return s.label == label; });
        if (it == out.end()) {
            out.push_back({label});
            it = out.end() - 1;
        }
        const market::ZoneTotals &w = unit.with.zones[z];
        const market::ZoneTotals &wo = unit.without.zones[z];
        it->consumerEur += w.consumerSurplusEur - wo.consumerSurplusEur;
        it->producerEur += w.producerSurplusEur - wo.producerSurplusEur;
        it->congestionEur += w.congestionRentEur - wo.congestionRentEur;
    }
    return out;
}

B1ZoneChart::B1ZoneChart(QWidget *parent)
    : PlotWidget(tr("B1 by zone: surplus split"), true, parent)
{
    setObjectName(QStringLiteral("b1ZoneChart"));
    plot()->xAxis->setTicker(QSharedPointer<QCPAxisTickerText>::create());
    plot()->xAxis->grid()->setVisible(false);
    plot()->xAxis->setTickLength(0, 0);
    plot()->xAxis->setSubTicks(false);
    showMessage(tr("Select a result row to see its B1 by zone."));
}

void B1ZoneChart::setUnit(const market::UnitResult *unit, const QString &caption, bool byCountry)
{
    clearContents();
    m_bars.clear();
    m_totals = nullptr;
    m_split = unit ? surplusSplit(*unit, byCountry) : std::vector<SurplusSplit>{};
    setTitle(byCountry ? tr("B1 by country — %1").arg(caption)
                       : tr("B1 by zone — %1").arg(caption));
    if (m_split.empty()) {
        showMessage(tr("Select a result row to see its B1 by zone."));
        return;
    }
    const double scale = units::moneyScale();
    struct Series
    {
        QString name;
        QColor color;
        double SurplusSplit::*member;
    };
    const Series series[] = {{tr("Consumer surplus"), seriesColor(1), &SurplusSplit::consumerEur},
                             {tr("Producer surplus"), seriesColor(2), &SurplusSplit::producerEur},
                             {tr("Congestion rent"), seriesColor(4), &SurplusSplit::congestionEur}};
    auto *group = new QCPBarsGroup(plot());
    group->setSpacing(0);
    double low = 0.0, high = 0.0;
    auto ticker = qSharedPointerCast<QCPAxisTickerText>(plot()->xAxis->ticker());
    ticker->clear();
    for (const Series &s : series) {
        QVector<double> keys, values;
        for (size_t i = 0; i < m_split.size(); ++i) {
            keys << double(i + 1);
            values << m_split[i].*s.member / scale;
            low = std::min(low, values.back());
            high = std::max(high, values.back());
        }
        auto *bars = new QCPBars(plot()->xAxis, plot()->yAxis);
        bars->setName(s.name);
        bars->setWidth(kGroupWidth / 3.0);
        bars->setBrush(s.color);
        bars->setPen(QPen(s.color.darker(130)));
        bars->setBarsGroup(group);
        bars->setData(keys, values, true);
        m_bars.push_back(bars);
    }
    QVector<double> keys, totals;
    for (size_t i = 0; i < m_split.size(); ++i) {
        ticker->addTick(double(i + 1), m_split[i].label);
        keys << double(i + 1);
        totals << m_split[i].totalEur() / scale;
        low = std::min(low, totals.back());
        high = std::max(high, totals.back());
    }
    m_totals = plot()->addGraph();
    m_totals->setName(tr("B1 (sum)"));
    m_totals->setLineStyle(QCPGraph::lsNone);
    m_totals->setScatterStyle(
        QCPScatterStyle(QCPScatterStyle::ssDiamond, Qt::black, Qt::black, kMarkerSize));
    m_totals->setData(keys, totals, true);
    plot()->xAxis->setRange(0.4, double(m_split.size()) + 0.6);
    plot()->xAxis->setLabel(byCountry ? tr("Country") : tr("Zone"));
    plot()->yAxis->setLabel(tr("Δ with − without (%1/yr)").arg(units::moneySymbol()));
    const double span = std::max(high - low, 1e-9);
    plot()->yAxis->setRange(low < 0.0 ? low - 0.08 * span : 0.0,
                            high > 0.0 ? high + 0.08 * span : 0.0);
    if (high <= 0.0 && low >= 0.0)
        plot()->yAxis->setRange(-1.0, 1.0);
    finish();
}

QString B1ZoneChart::dataToolTip(QCPAbstractPlottable *plottable, int dataIndex) const
{
    const size_t i = size_t(std::lround(plottable->interface1D()->dataMainKey(dataIndex))) - 1;
    if (i >= m_split.size())
        return {};
    const SurplusSplit &s = m_split[i];
    //: %1 zone, %2 series, %3 its value, %4 the zone's B1
    return tr("%1\n%2: %3\nB1 of %1: %4")
        .arg(s.label, plottable->name(),
             money(plottable->interface1D()->dataMainValue(dataIndex) * units::moneyScale()),
             money(s.totalEur()));
}

} // namespace gridcba::ui
