#include "plotwidget.h"

#include "chartexport.h"
#include "format.h"
#include "units.h"

#include <QHelpEvent>
#include <QToolTip>
#include <QVBoxLayout>
#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace gridcba::ui {

namespace {

constexpr int kUnlimitedWidth = 1 << 20;

// Answers the plot's tooltip events with the text of the data point under the mouse.
class DataToolTipFilter : public QObject
{
  public:
    DataToolTipFilter(QCustomPlot *plot, DataToolTipText text)
        : QObject(plot), m_plot(plot), m_text(std::move(text))
    {
        setObjectName(name());
        plot->installEventFilter(this);
    }

    // The filter installed on `plot`, or null. (Without Q_OBJECT, findChild<> could not tell
    // it from the plot's other children.)
    static DataToolTipFilter *of(QCustomPlot *plot)
    {
        return dynamic_cast<DataToolTipFilter *>(
            plot->findChild<QObject *>(name(), Qt::FindDirectChildrenOnly));
    }

    QString textAt(const QPointF &pos) const
    {
        int index = -1;
        QCPAbstractPlottable *plottable = m_plot->plottableAt(pos, false, &index);
        return plottable && index >= 0 ? m_text(plottable, index) : QString();
    }

  protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched != m_plot || event->type() != QEvent::ToolTip)
            return false;
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = textAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, m_plot);
        return true;
    }

  private:
    static QString name() { return QStringLiteral("gridcbaDataToolTips"); }

    QCustomPlot *m_plot;
    DataToolTipText m_text;
};

// "M€ of 2023" from "Net present value (M€ of 2023)"; empty without parentheses or for "(–)".
QString unitOfLabel(const QString &label)
{
    const qsizetype open = label.lastIndexOf(u'(');
    const qsizetype close = label.lastIndexOf(u')');
    if (open < 0 || close < open)
        return {};
    const QString unit = label.mid(open + 1, close - open - 1).trimmed();
    return unit == format::none() ? QString() : unit;
}

// The text tick nearest `key` (within half a category), or the key as a number.
QString keyText(QCPAxis *axis, double key)
{
    if (auto text = qSharedPointerDynamicCast<QCPAxisTickerText>(axis->ticker())) {
        const QMap<double, QString> &ticks = text->ticks();
        for (auto it = ticks.constBegin(); it != ticks.constEnd(); ++it)
            if (std::abs(it.key() - key) < 0.5)
                return QString(it.value()).replace(u'\n', u' ');
    }
    const QString number = std::abs(key - std::round(key)) < 1e-9
                               ? QString::number(qint64(std::round(key)))
                               : format::number(key, 2);
    const QString label = axis->label();
    return label.isEmpty() ? number : label + QStringLiteral(" ") + number;
}

} // namespace

void installDataToolTips(QCustomPlot *plot, DataToolTipText text)
{
    delete DataToolTipFilter::of(plot);
    new DataToolTipFilter(plot, std::move(text));
}

QString dataToolTipAt(QCustomPlot *plot, const QPointF &pos)
{
    const DataToolTipFilter *filter = DataToolTipFilter::of(plot);
    return filter ? filter->textAt(pos) : QString();
}

QString defaultDataToolTip(QCPAbstractPlottable *plottable, int dataIndex)
{
    QCPPlottableInterface1D *data = plottable->interface1D();
    if (!data || dataIndex < 0 || dataIndex >= data->dataCount())
        return {};
    double key = data->dataMainKey(dataIndex);
    if (auto *curve = qobject_cast<QCPCurve *>(plottable)) // its main key is the curve parameter
        key = (curve->data()->constBegin() + dataIndex)->key;
    const QString unit = unitOfLabel(plottable->valueAxis()->label());
    QString value = format::number(data->dataMainValue(dataIndex), 2);
    if (!unit.isEmpty())
        value += u' ' + unit;
    QString text = keyText(plottable->keyAxis(), key) + QStringLiteral(": ") + value;
    if (!plottable->name().isEmpty())
        text = plottable->name() + u'\n' + text;
    return text;
}

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

    addExportMenu(m_plot);
    installDataToolTips(m_plot, [this](QCPAbstractPlottable *plottable, int dataIndex) {
        return dataToolTip(plottable, dataIndex);
    });
}

QString PlotWidget::dataToolTip(QCPAbstractPlottable *plottable, int dataIndex) const
{
    return defaultDataToolTip(plottable, dataIndex);
}

QString PlotWidget::money(double eur)
{
    const int decimals = units::money() == units::Money::MEur ? format::kMoneyDecimals : 0;
    return format::number(eur / units::moneyScale(), decimals) + u' ' + units::moneySymbol();
}

QString PlotWidget::moneyAxisLabel(const QString &quantity, int priceBaseYear)
{
    //: %1 a quantity, %2 the money unit (M€), %3 the price base year
    return tr("%1 (%2 of %3)").arg(quantity, units::moneySymbol(), format::year(priceBaseYear));
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
    // Each entry is clipped to its own rectangle, which QCustomPlot makes one line high from
    // the top of the text: without some room below, descenders ("g", "y") are cut off.
    const int below = QFontMetrics(legend->font()).descent();
    for (int i = 0; i < legend->itemCount(); ++i)
        if (QCPAbstractLegendItem *item = legend->item(i))
            item->setMargins(QMargins(0, 0, 0, below));
    const int available = m_plot->width() - 24;
    for (int columns = std::max(1, legend->itemCount()); columns >= 1; --columns) {
        legend->setWrap(columns);
        legend->setFillOrder(QCPLegend::foColumnsFirst, true);
        if (legend->minimumOuterSizeHint().width() <= available)
            break;
    }
}

} // namespace gridcba::ui
