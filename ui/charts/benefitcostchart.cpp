#include "benefitcostchart.h"

#include "chartexport.h"
#include "format.h"
#include "indicatornames.h"
#include "plotwidget.h"
#include "units.h"

#include <QVBoxLayout>
#include <qcustomplot.h>

#include <algorithm>

namespace gridcba::ui {

namespace {

using economics::Stream;

constexpr double kBarWidth = 0.34;
constexpr double kBenefitOffset = -0.19; // bar centres relative to the scenario's tick
constexpr double kCostOffset = 0.19;

// Okabe–Ito colours: distinguishable with the common colour-vision deficiencies.
QColor streamColor(Stream s)
{
    switch (s) {
    case Stream::B1:
        return QColor(0x00, 0x72, 0xB2);
    case Stream::B2:
        return QColor(0x00, 0x9E, 0x73);
    case Stream::B5:
        return QColor(0xE6, 0x9F, 0x00);
    case Stream::B6:
        return QColor(0xCC, 0x79, 0xA7);
    case Stream::B9:
        return QColor(0x56, 0xB4, 0xE9);
    case Stream::Other:
        return QColor(0xD5, 0x5E, 0x00);
    case Stream::B4:
        break;
    }
    return QColor(0x99, 0x99, 0x99);
}

const QColor kResidualColor(0x8C, 0x6D, 0x31);
const QColor kCostColor(0x4D, 0x4D, 0x4D);

} // namespace

BenefitCostChart::BenefitCostChart(QWidget *parent) : QWidget(parent), m_plot(new QCustomPlot(this))
{
    setObjectName(QStringLiteral("benefitCostChart"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    setMinimumSize(360, 300);
    setUpPlot();
    addExportMenu(m_plot);
    installDataToolTips(m_plot, defaultDataToolTip);
}

void BenefitCostChart::setUpPlot()
{
    QFont titleFont = font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    titleFont.setBold(true);
    m_plot->plotLayout()->insertRow(0);
    m_title = new QCPTextElement(m_plot, tr("Benefits and costs per scenario"), titleFont);
    m_plot->plotLayout()->addElement(0, 0, m_title);

    // The legend goes below the axes, in columns, so it never hides a bar.
    auto *legendRow = new QCPLayoutGrid;
    m_plot->plotLayout()->addElement(2, 0, legendRow);
    legendRow->setMargins(QMargins(8, 2, 8, 10));
    legendRow->addElement(0, 0, m_plot->legend);
    m_plot->plotLayout()->setRowStretchFactor(2, 0.001);
    m_plot->legend->setFillOrder(QCPLegend::foColumnsFirst);
    m_plot->legend->setColumnSpacing(16);
    m_plot->legend->setBorderPen(Qt::NoPen);
    m_plot->legend->setFont(font());
    m_plot->legend->setIconSize(14, 10);
    m_plot->legend->setVisible(true);

    m_plot->xAxis->setTickLabelFont(font());
    m_plot->yAxis->setTickLabelFont(font());
    m_plot->xAxis->setLabelFont(font());
    m_plot->yAxis->setLabelFont(font());
    m_plot->xAxis->grid()->setVisible(false);
    m_plot->xAxis->setTickLength(0, 0);
    m_plot->xAxis->setSubTicks(false);
    m_plot->yAxis->grid()->setZeroLinePen(QPen(QColor(0x30, 0x30, 0x30), 1.2));
    m_plot->xAxis->setTicker(QSharedPointer<QCPAxisTickerText>::create());
}

void BenefitCostChart::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_plot->legend->itemCount() > 0) {
        fitLegend();
        m_plot->replot(QCustomPlot::rpQueuedReplot);
    }
}

// As many legend columns as fit the width, so no entry is cut off.
void BenefitCostChart::fitLegend()
{
    QCPLegend *legend = m_plot->legend;
    // Room below each entry's text, or QCustomPlot clips the descenders ("g", "y").
    const int below = QFontMetrics(legend->font()).descent();
    for (int i = 0; i < legend->itemCount(); ++i)
        if (QCPAbstractLegendItem *item = legend->item(i))
            item->setMargins(QMargins(0, 0, 0, below));
    const int available = m_plot->width() - 24; // the legend row's margins
    for (int columns = std::max(1, legend->itemCount()); columns >= 1; --columns) {
        legend->setWrap(columns);
        legend->setFillOrder(QCPLegend::foColumnsFirst, true);
        if (legend->minimumOuterSizeHint().width() <= available)
            break;
    }
}

void BenefitCostChart::clear()
{
    m_plot->clearPlottables();
    m_groups.clear();
    qSharedPointerCast<QCPAxisTickerText>(m_plot->xAxis->ticker())->clear();
    m_plot->replot();
}

void BenefitCostChart::setEvaluation(const economics::ProjectEvaluation &evaluation,
                                     const QStringList &scenarioNames, int priceBaseYear)
{
    Q_ASSERT(scenarioNames.size() == qsizetype(evaluation.scenarios.size()));
    clear();
    m_groups = scenarioNames;
    addBenefitStack(evaluation);
    addCostBars(evaluation);
    setUpAxes(priceBaseYear);
    fitLegend();
    m_plot->replot();
}

QCPBars *BenefitCostChart::addBars(const QString &name, const QColor &color, double offset,
                                   const QVector<double> &valuesMeur)
{
    auto *bars = new QCPBars(m_plot->xAxis, m_plot->yAxis);
    bars->setName(name);
    bars->setWidth(kBarWidth);
    bars->setBrush(color);
    bars->setPen(QPen(color.darker(130)));
    bars->setStackingGap(0);
    QVector<double> keys;
    for (int i = 0; i < valuesMeur.size(); ++i)
        keys << i + 1 + offset;
    bars->setData(keys, valuesMeur, true);
    return bars;
}

void BenefitCostChart::addBenefitStack(const economics::ProjectEvaluation &evaluation)
{
    // QCPBars stacks each value on the bars below it with the same sign, so negative
    // contributions (e.g. higher grid losses) hang below zero instead of eating into the
    // positive stack.
    QCPBars *below = nullptr;
    auto stack = [&](const QString &name, const QColor &color, auto valueOf) {
        QVector<double> values;
        for (const economics::ScenarioEvaluation &s : evaluation.scenarios)
            values << valueOf(s) / units::moneyScale();
        if (std::all_of(values.begin(), values.end(), [](double v) { return v == 0.0; }))
            return; // a stream the project does not have would only clutter the legend
        QCPBars *bars = addBars(name, color, kBenefitOffset, values);
        if (below)
            bars->moveAbove(below);
        below = bars;
    };
    for (Stream s : economics::kStreams) {
        if (!economics::isHeadline(s))
            continue;
        stack(streamShortLabel(s), streamColor(s), [s](const economics::ScenarioEvaluation &e) {
            return e.pvBenefits[static_cast<std::size_t>(s)];
        });
    }
    stack(tr("Residual value"), kResidualColor,
          [](const economics::ScenarioEvaluation &e) { return e.pvResidualValueEur; });
}

void BenefitCostChart::addCostBars(const economics::ProjectEvaluation &evaluation)
{
    QVector<double> values;
    for (const economics::ScenarioEvaluation &s : evaluation.scenarios)
        values << (s.pvCapexEur + s.pvOpexEur + s.pvDecommissioningEur) / units::moneyScale();
    addBars(tr("Costs (CAPEX + OPEX + decommissioning)"), kCostColor, kCostOffset, values);
}

void BenefitCostChart::setUpAxes(int priceBaseYear)
{
    auto ticker = qSharedPointerCast<QCPAxisTickerText>(m_plot->xAxis->ticker());
    for (int i = 0; i < m_groups.size(); ++i)
        ticker->addTick(i + 1, format::twoLines(m_groups[i]));
    m_plot->xAxis->setRange(0.4, m_groups.size() + 0.6);
    m_plot->xAxis->setLabel(tr("Scenario (left bar: benefits, right bar: costs)"));
    m_plot->yAxis->setLabel(
        tr("Present value (%1 of %2)").arg(units::moneySymbol(), format::year(priceBaseYear)));
    m_plot->yAxis->rescale();
    const QCPRange range = m_plot->yAxis->range();
    const double lower = std::min(0.0, range.lower);
    const double upper = std::max(0.0, range.upper);
    const double pad = 0.06 * std::max(upper - lower, 1.0);
    m_plot->yAxis->setRange(lower < 0.0 ? lower - pad : 0.0, upper + pad);
}

} // namespace gridcba::ui
