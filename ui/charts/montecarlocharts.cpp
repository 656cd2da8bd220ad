#include "montecarlocharts.h"

#include "format.h"
#include "sensitivitytext.h"

#include <qcustomplot.h>

#include <algorithm>

namespace gridcba::ui {

namespace {

constexpr int kDriverLabelLineLength = 24;

void zeroLine(QCPAxis *axis)
{
    axis->grid()->setZeroLinePen(QPen(QColor(0x80, 0x80, 0x80), 1.0));
}

} // namespace

NpvHistogramChart::NpvHistogramChart(QWidget *parent)
    : PlotWidget(tr("Distribution of NPV"), false, parent)
{
    setObjectName(QStringLiteral("npvHistogramChart"));
    plot()->yAxis->setLabel(tr("Samples per bin"));
    showMessage(tr("Run a Monte Carlo analysis to see the NPV distribution."));
}

void NpvHistogramChart::addQuantileLine(double npvMeur, const QString &label, double heightRatio)
{
    auto *line = new QCPItemStraightLine(plot());
    line->point1->setCoords(npvMeur, 0);
    line->point2->setCoords(npvMeur, 1);
    line->setPen(QPen(QColor(0x20, 0x20, 0x20), 1.2, Qt::DashLine));
    auto *text = new QCPItemText(plot());
    text->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
    text->position->setCoords(npvMeur, heightRatio);
    text->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
    text->setPadding(QMargins(3, 1, 3, 1));
    text->setBrush(QColor(255, 255, 255, 210));
    text->setFont(smallFont());
    text->setText(label);
}

void NpvHistogramChart::setScenario(const sensitivity::McScenarioResult &scenario,
                                    const QString &scenarioName, int priceBaseYear)
{
    clearContents();
    const sensitivity::Histogram &h = scenario.npvHistogram;
    m_bars = new QCPBars(plot()->xAxis, plot()->yAxis);
    m_bars->setWidth(h.width / 1e6);
    m_bars->setBrush(seriesColor(0));
    m_bars->setPen(QPen(seriesColor(0).darker(140), 0.5));
    for (std::size_t i = 0; i < h.counts.size(); ++i)
        m_bars->addData((h.low + (double(i) + 0.5) * h.width) / 1e6, h.counts[i]);
    addQuantileLine(scenario.npvP10Eur / 1e6, tr("P10 %1").arg(format::meur(scenario.npvP10Eur)),
                    0.02);
    addQuantileLine(scenario.npvP50Eur / 1e6, tr("P50 %1").arg(format::meur(scenario.npvP50Eur)),
                    0.12);
    addQuantileLine(scenario.npvP90Eur / 1e6, tr("P90 %1").arg(format::meur(scenario.npvP90Eur)),
                    0.22);
    setTitle(tr("Distribution of NPV — %1").arg(scenarioName));
    plot()->xAxis->setLabel(tr("Net present value (M€ of %1)").arg(priceBaseYear));
    const double lo = h.low / 1e6;
    const double hi = (h.low + h.width * double(h.counts.size())) / 1e6;
    const double pad = 0.04 * std::max(hi - lo, 1.0);
    plot()->xAxis->setRange(lo - pad, hi + pad);
    const int top = h.counts.empty() ? 1 : *std::max_element(h.counts.begin(), h.counts.end());
    plot()->yAxis->setRange(0, top * 1.08 + 1);
    zeroLine(plot()->xAxis);
    finish();
}

SCurveChart::SCurveChart(QWidget *parent) : PlotWidget(tr("S-curve of NPV"), true, parent)
{
    setObjectName(QStringLiteral("sCurveChart"));
    plot()->yAxis->setLabel(tr("Probability that NPV ≤ x (%)"));
    plot()->yAxis->setRange(0, 100);
    showMessage(tr("Run a Monte Carlo analysis to see the S-curve."));
}

void SCurveChart::setResult(const sensitivity::MonteCarloResult &result,
                            const QStringList &scenarioNames, int priceBaseYear)
{
    clearContents();
    for (std::size_t s = 0; s < result.scenarios.size(); ++s) {
        const std::vector<double> &q = result.scenarios[s].npvQuantilesEur;
        // QCPCurve keeps the order of the points, so steps where quantiles tie stay vertical.
        auto *curve = new QCPCurve(plot()->xAxis, plot()->yAxis);
        curve->setName(scenarioNames.value(qsizetype(s)));
        curve->setPen(QPen(seriesColor(int(s)), 2.0));
        for (std::size_t i = 0; i < q.size(); ++i)
            curve->addData(double(i), q[i] / 1e6, 100.0 * double(i) / double(q.size() - 1));
    }
    plot()->xAxis->setLabel(tr("x = net present value (M€ of %1)").arg(priceBaseYear));
    plot()->xAxis->rescale();
    const QCPRange r = plot()->xAxis->range();
    const double pad = 0.04 * std::max(r.size(), 1.0);
    plot()->xAxis->setRange(r.lower - pad, r.upper + pad);
    plot()->yAxis->setRange(0, 100);
    zeroLine(plot()->xAxis);
    finish();
}

DriversChart::DriversChart(QWidget *parent)
    : PlotWidget(tr("Drivers of the NPV variance"), false, parent)
{
    setObjectName(QStringLiteral("driversChart"));
    plot()->yAxis->setTicker(QSharedPointer<QCPAxisTickerText>::create());
    plot()->yAxis->grid()->setVisible(false);
    plot()->yAxis->setTickLength(0, 0);
    plot()->yAxis->setSubTicks(false);
    plot()->xAxis->setLabel(tr("Share of NPV variance (%)"));
    showMessage(tr("Run a Monte Carlo analysis to see what drives the NPV."));
}

void DriversChart::setScenario(const sensitivity::McScenarioResult &scenario,
                               const QString &scenarioName)
{
    clearContents();
    m_bars = new QCPBars(plot()->yAxis, plot()->xAxis);
    m_bars->setWidth(0.6);
    m_bars->setBrush(seriesColor(2));
    m_bars->setPen(QPen(seriesColor(2).darker(130)));
    auto ticker = qSharedPointerCast<QCPAxisTickerText>(plot()->yAxis->ticker());
    ticker->clear();
    const std::size_t n = scenario.drivers.size();
    // Largest share first in the result; it goes on top.
    for (std::size_t i = 0; i < n; ++i) {
        const sensitivity::Driver &d = scenario.drivers[i];
        const double key = double(n - i);
        m_bars->addData(key, 100.0 * d.varianceShare);
        // The share and the rank correlation go under the input's name: text inside or
        // beside the bars did not fit the narrow chart.
        //: variance share and Spearman rank correlation with NPV
        const QString figures = tr("%1 of variance, ρ %2")
                                    .arg(format::percent(d.varianceShare, 0),
                                         format::number(d.rankCorrelation, 2));
        ticker->addTick(key, format::twoLines(SensitivityText::label(d.id), kDriverLabelLineLength) +
                                 u'\n' + figures);
    }
    setTitle(tr("Drivers of the NPV variance — %1").arg(scenarioName));
    plot()->yAxis->setRange(0.4, double(n) + 0.6);
    plot()->xAxis->setRange(0, 100);
    finish();
}

} // namespace gridcba::ui
