#include "tornadochart.h"

#include "format.h"
#include "sensitivitytext.h"

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace gridcba::ui {

namespace {

constexpr double kBarWidth = 0.62;
constexpr int kLabelLineLength = 30;
constexpr int kRowHeight = 36;    // px per input: two lines of label and some air
constexpr int kFrameHeight = 170; // px for title, axis and legend

std::optional<double> metricOf(const sensitivity::SweepPoint &p, TornadoChart::Metric metric)
{
    if (metric == TornadoChart::Metric::Npv)
        return p.npvEur / 1e6;
    return p.bcRatio;
}

} // namespace

TornadoChart::TornadoChart(QWidget *parent) : PlotWidget(tr("Tornado"), true, parent)
{
    setObjectName(QStringLiteral("tornadoChart"));
    setMinimumSize(420, 360);
    plot()->yAxis->setTicker(QSharedPointer<QCPAxisTickerText>::create());
    plot()->yAxis->grid()->setVisible(false);
    plot()->yAxis->setTickLength(0, 0);
    plot()->yAxis->setSubTicks(false);
    showMessage(tr("Run a sweep to see which inputs move the result most."));
}

QCPBars *TornadoChart::addBars(const QString &name, const QColor &color)
{
    auto *bars = new QCPBars(plot()->yAxis, plot()->xAxis);
    bars->setName(name);
    bars->setWidth(kBarWidth);
    bars->setBrush(color);
    bars->setPen(QPen(color.darker(130)));
    bars->setBaseValue(m_base);
    return bars;
}

void TornadoChart::addEndLabel(double key, double value, bool right, sensitivity::InputId id,
                               double inputValue)
{
    auto *text = new QCPItemText(plot());
    text->position->setCoords(value, key);
    text->setPositionAlignment((right ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter);
    text->setPadding(QMargins(4, 0, 4, 0));
    text->setFont(smallFont());
    text->setText(SensitivityText::value(id, inputValue));
    text->setClipToAxisRect(false);
}

void TornadoChart::setScenario(const sensitivity::ScenarioSweepResult &scenario, Metric metric,
                               int priceBaseYear)
{
    clearContents();
    m_low = m_high = nullptr;
    m_rows.clear();
    const std::optional<double> base = metric == Metric::Npv
                                           ? std::optional<double>(scenario.baseNpvEur / 1e6)
                                           : scenario.baseBcRatio;
    if (!base) {
        showMessage(tr("The B/C ratio is not defined in this scenario."));
        return;
    }
    m_base = *base;
    m_low = addBars(tr("Input at the low end of its range"), seriesColor(0));
    m_high = addBars(tr("Input at the high end of its range"), seriesColor(1));

    // tornadoOrder puts the largest swing first; it goes on top (the highest key).
    std::vector<const sensitivity::InputSweepResult *> order = sensitivity::tornadoOrder(scenario);
    std::reverse(order.begin(), order.end());
    auto ticker = qSharedPointerCast<QCPAxisTickerText>(plot()->yAxis->ticker());
    ticker->clear();
    double lowest = m_base, highest = m_base;
    for (std::size_t i = 0; i < order.size(); ++i) {
        const sensitivity::InputSweepResult &in = *order[i];
        const double key = double(i + 1);
        m_rows.push_back(in.id);
        ticker->addTick(key,
                        format::twoLines(SensitivityText::labelWithUnit(in.id), kLabelLineLength));
        const std::pair<QCPBars *, const sensitivity::SweepPoint *> ends[] = {{m_low, &in.atLow},
                                                                              {m_high, &in.atHigh}};
        const std::optional<double> lowValue = metricOf(in.atLow, metric);
        const std::optional<double> highValue = metricOf(in.atHigh, metric);
        for (const auto &[bars, point] : ends) {
            const std::optional<double> v = metricOf(*point, metric);
            if (!v)
                continue;
            bars->addData(key, *v);
            // Each label outside its own end; for a bar of no length, low left and high right.
            const std::optional<double> other = point == &in.atLow ? highValue : lowValue;
            const bool right =
                other ? (*v > *other || (*v == *other && point == &in.atHigh)) : *v >= m_base;
            addEndLabel(key, *v, right, in.id, point->value);
            lowest = std::min(lowest, *v);
            highest = std::max(highest, *v);
        }
    }

    auto *baseLine = new QCPGraph(plot()->yAxis, plot()->xAxis);
    baseLine->setData({0.4, order.size() + 0.6}, {m_base, m_base});
    baseLine->setPen(QPen(QColor(0x20, 0x20, 0x20), 1.5, Qt::DashLine));
    baseLine->setName(metric == Metric::Npv
                          ? tr("Base NPV: %1 M€").arg(format::meur(scenario.baseNpvEur))
                          : tr("Base B/C: %1").arg(format::ratio(m_base)));
    plot()->yAxis->setRange(0.4, order.size() + 0.6);
    setMinimumHeight(kFrameHeight + kRowHeight * int(order.size()));
    // Room for the value labels at both ends.
    const double pad = 0.16 * std::max(highest - lowest, metric == Metric::Npv ? 1.0 : 0.01);
    plot()->xAxis->setRange(lowest - pad, highest + pad);
    setUpAxes(metric, priceBaseYear);
    finish();
}

void TornadoChart::setUpAxes(Metric metric, int priceBaseYear)
{
    plot()->xAxis->setLabel(metric == Metric::Npv
                                ? tr("Net present value (M€ of %1)").arg(priceBaseYear)
                                : tr("Benefit/cost ratio (–)"));
    plot()->yAxis->setLabel(QString());
    plot()->xAxis->grid()->setZeroLinePen(QPen(QColor(0x80, 0x80, 0x80), 1.0));
}

} // namespace gridcba::ui
