#include "capexchart.h"

#include "format.h"
#include "units.h"

#include <QEvent>
#include <QHelpEvent>
#include <QLocale>
#include <QToolTip>
#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace gridcba::ui {

namespace {

constexpr double kBarWidth = 0.6; // years

QString moneyText(double eur)
{
    return QLocale().toString(eur / units::moneyScale(), 'f', 2) + u' ' + units::moneySymbol();
}

} // namespace

CapexChart::CapexChart(QWidget *parent) : PlotWidget(tr("CAPEX by year"), false, parent)
{
    setObjectName(QStringLiteral("capexChart"));
    QCustomPlot *p = plot();
    auto ticker = QSharedPointer<QCPAxisTickerFixed>::create();
    ticker->setTickStep(1.0);
    ticker->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    p->xAxis->setTicker(ticker);
    p->xAxis->setNumberFormat(QStringLiteral("f"));
    p->xAxis->setNumberPrecision(0);
    p->xAxis->setSubTicks(false);
    p->xAxis->grid()->setVisible(false);
    p->xAxis->setLabel(tr("Year"));
    p->yAxis->grid()->setZeroLinePen(QPen(QColor(0x30, 0x30, 0x30), 1.0));
    p->installEventFilter(this);
    clear(tr("No CAPEX to show"));
}

void CapexChart::clear(const QString &message)
{
    m_years.clear();
    m_bars = nullptr; // showMessage() removes the plottables
    m_errors = nullptr;
    m_heading = tr("CAPEX by year");
    m_name.clear();
    updateTitle();
    showMessage(message);
}

void CapexChart::setCapex(const std::vector<model::CapexYear> &years, const QString &name,
                          int priceYear, bool fromLumpSum)
{
    if (years.empty()) {
        clear(tr("%1 has no CAPEX yet: add years to the phasing, or give a lump sum and its "
                 "construction years.")
                  .arg(name));
        return;
    }
    m_years = years;
    std::sort(m_years.begin(), m_years.end(),
              [](const model::CapexYear &a, const model::CapexYear &b) { return a.year < b.year; });
    const double scale = units::moneyScale();
    QVector<double> keys, central, minus, plus;
    double top = 0.0;
    for (const model::CapexYear &y : m_years) {
        keys << y.year;
        central << y.centralEur / scale;
        minus << std::max(0.0, y.centralEur - y.lowEur) / scale;
        plus << std::max(0.0, y.highEur - y.centralEur) / scale;
        top = std::max({top, y.highEur / scale, y.centralEur / scale});
    }

    clearContents();
    QCustomPlot *p = plot();
    m_bars = new QCPBars(p->xAxis, p->yAxis);
    m_bars->setName(tr("Central"));
    m_bars->setWidth(kBarWidth);
    m_bars->setPen(Qt::NoPen);
    m_bars->setBrush(seriesColor(0));
    m_bars->setData(keys, central, true);
    m_errors = new QCPErrorBars(p->xAxis, p->yAxis);
    m_errors->setName(tr("Low–high range"));
    m_errors->setDataPlottable(m_bars);
    m_errors->setPen(QPen(QColor(0x30, 0x30, 0x30), 1.2));
    m_errors->setWhiskerWidth(10);
    m_errors->setData(minus, plus);

    m_heading = fromLumpSum ? tr("CAPEX by year: lump sum spread over the construction years")
                            : tr("CAPEX by year");
    m_name = name;
    updateTitle();
    //: %1 money unit (M€), %2 price year
    p->yAxis->setLabel(
        tr("CAPEX (%1, %2 prices)").arg(units::moneySymbol(), format::year(priceYear)));
    p->xAxis->setRange(keys.front() - 0.7, keys.back() + 0.7);
    p->yAxis->setRange(0.0, top > 0.0 ? top * 1.12 : 1.0);
    finish();
}

void CapexChart::resizeEvent(QResizeEvent *event)
{
    PlotWidget::resizeEvent(event);
    updateTitle();
}

void CapexChart::updateTitle()
{
    QFont titleFont = font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.1);
    const QFontMetrics metrics(titleFont);
    const int width = std::max(80, plot()->width() - 24);
    QString text = metrics.elidedText(m_heading, Qt::ElideRight, width);
    if (!m_name.isEmpty())
        text += u'\n' + metrics.elidedText(m_name, Qt::ElideMiddle, width);
    if (text != title()) {
        setTitle(text);
        plot()->replot(QCustomPlot::rpQueuedReplot);
    }
}

bool CapexChart::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == plot() && event->type() == QEvent::ToolTip) {
        showToolTipAt(static_cast<QHelpEvent *>(event)->pos());
        return true;
    }
    return PlotWidget::eventFilter(watched, event);
}

void CapexChart::showToolTipAt(const QPoint &pos)
{
    const QCPRange keys = plot()->xAxis->range();
    if (m_years.empty() || !keys.contains(plot()->xAxis->pixelToCoord(pos.x()))) {
        QToolTip::hideText();
        return;
    }
    const double key = plot()->xAxis->pixelToCoord(pos.x());
    const auto it = std::find_if(m_years.begin(), m_years.end(), [key](const model::CapexYear &y) {
        return std::abs(y.year - key) <= kBarWidth / 2.0;
    });
    if (it == m_years.end()) {
        QToolTip::hideText();
        return;
    }
    QToolTip::showText(plot()->mapToGlobal(pos),
                       tr("%1\ncentral %2\nrange %3 – %4")
                           .arg(format::year(it->year), moneyText(it->centralEur),
                                moneyText(it->lowEur), moneyText(it->highEur)),
                       plot());
}

} // namespace gridcba::ui
