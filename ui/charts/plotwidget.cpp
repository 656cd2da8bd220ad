#include "plotwidget.h"

#include <QVBoxLayout>
#include <qcustomplot.h>

#include <algorithm>

namespace gridcba::ui {

namespace {

constexpr int kUnlimitedWidth = 1 << 20;

} // namespace

PlotWidget::PlotWidget(const QString &title, bool withLegend, QWidget *parent)
    : QWidget(parent), m_plot(new QCustomPlot(this)), m_withLegend(withLegend)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    setMinimumSize(300, 240);

    QFont titleFont = font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.1);
    titleFont.setBold(true);
    m_plot->plotLayout()->insertRow(0);
    m_title = new QCPTextElement(m_plot, title, titleFont);
    m_plot->plotLayout()->addElement(0, 0, m_title);

    if (m_withLegend) {
        auto *legendRow = new QCPLayoutGrid;
        m_plot->plotLayout()->addElement(2, 0, legendRow);
        legendRow->setMargins(QMargins(8, 0, 8, 6));
        // An empty legend's maximum width would otherwise narrow the whole plot column.
        legendRow->setMaximumSize(kUnlimitedWidth, QWIDGETSIZE_MAX);
        legendRow->addElement(0, 0, m_plot->legend);
        m_plot->plotLayout()->setRowStretchFactor(2, 0.001);
        m_plot->legend->setBorderPen(Qt::NoPen);
        m_plot->legend->setFont(font());
        m_plot->legend->setIconSize(18, 10);
        m_plot->legend->setColumnSpacing(16);
        m_plot->legend->setVisible(true);
    }
    for (QCPAxis *axis : {m_plot->xAxis, m_plot->yAxis}) {
        axis->setTickLabelFont(font());
        axis->setLabelFont(font());
    }
    m_message = new QCPItemText(m_plot);
    m_message->position->setType(QCPItemPosition::ptViewportRatio);
    m_message->position->setCoords(0.5, 0.5);
    m_message->setFont(font());
    m_message->setColor(palette().color(QPalette::PlaceholderText));
    m_message->setClipToAxisRect(false);
    m_message->setVisible(false);
}

void PlotWidget::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // A chart filled while its tab was hidden was laid out for a size it never had.
    fitLegend();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

QString PlotWidget::title() const
{
    return m_title->text();
}

void PlotWidget::setTitle(const QString &title)
{
    m_title->setText(title);
}

QColor PlotWidget::seriesColor(int index)
{
    static const QColor colors[] = {{0x00, 0x72, 0xB2}, {0xD5, 0x5E, 0x00}, {0x00, 0x9E, 0x73},
                                    {0xCC, 0x79, 0xA7}, {0xE6, 0x9F, 0x00}, {0x56, 0xB4, 0xE9}};
    return colors[std::size_t(index) % std::size(colors)];
}

QFont PlotWidget::smallFont() const
{
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 0.9);
    return f;
}

void PlotWidget::clearContents()
{
    m_plot->clearPlottables();
    for (int i = m_plot->itemCount() - 1; i >= 0; --i)
        if (m_plot->item(i) != m_message)
            m_plot->removeItem(i);
    m_message->setVisible(false);
    m_plot->xAxis->setVisible(true);
    m_plot->yAxis->setVisible(true);
}

void PlotWidget::showMessage(const QString &message)
{
    clearContents();
    // Empty axes would only suggest data that is not there.
    m_plot->xAxis->setVisible(false);
    m_plot->yAxis->setVisible(false);
    m_message->setText(message);
    m_message->setVisible(true);
    m_plot->replot();
}

void PlotWidget::finish()
{
    fitLegend();
    m_plot->replot();
}

void PlotWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitLegend();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

// As many legend columns as fit the width, so no entry is cut off.
void PlotWidget::fitLegend()
{
    QCPLegend *legend = m_plot->legend;
    if (!m_withLegend || legend->itemCount() == 0)
        return;
    const int available = m_plot->width() - 24;
    for (int columns = std::max(1, legend->itemCount()); columns >= 1; --columns) {
        legend->setWrap(columns);
        legend->setFillOrder(QCPLegend::foColumnsFirst, true);
        if (legend->minimumOuterSizeHint().width() <= available)
            break;
    }
}

} // namespace gridcba::ui
