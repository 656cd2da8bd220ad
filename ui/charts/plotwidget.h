#pragma once

// The common frame of the charts: a QCustomPlot with a bold title on top, the legend (if
// any) in columns below the axes so it never hides data, the fonts of the widget, a centred
// message while there is nothing to show, a tooltip over the data under the mouse and a
// context menu to export the chart (chartexport.h).

#include <QWidget>

#include <functional>

class QCPAbstractPlottable;
class QCPTextElement;
class QCPItemText;
class QCustomPlot;

namespace gridcba::ui {

class PlotWidget : public QWidget
{
    Q_OBJECT

  public:
    QCustomPlot *plot() const { return m_plot; }
    QString title() const;
    void setTitle(const QString &title);
    // Empties the plot and shows `message` in its middle ("Run a sweep to see…").
    void showMessage(const QString &message);

    // Okabe–Ito colours, distinguishable with the common colour-vision deficiencies.
    static QColor seriesColor(int index);

  protected:
    PlotWidget(const QString &title, bool withLegend, QWidget *parent);
    // The tooltip over data point `dataIndex` of `plottable`; empty for none. The default is
    // defaultDataToolTip() below.
    virtual QString dataToolTip(QCPAbstractPlottable *plottable, int dataIndex) const;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    // Removes plottables, items and the message; keeps title, axes and legend set-up.
    void clearContents();
    // Fits the legend to the width and replots; call after adding data.
    void finish();
    QFont smallFont() const;
    // Euros in the money unit of the settings, with its symbol: "353.22 M€".
    static QString money(double eur);
    // "`quantity` (M€ of `priceBaseYear`)", in the money unit of the settings.
    static QString moneyAxisLabel(const QString &quantity, int priceBaseYear);

  private:
    void fitLegend();

    QCustomPlot *m_plot;
    QCPTextElement *m_title = nullptr;
    QCPItemText *m_message = nullptr;
    bool m_withLegend;
};

// --- Hover tooltips, for any QCustomPlot ------------------------------------------------

// Text shown over data point `dataIndex` of `plottable`; empty for no tooltip.
using DataToolTipText = std::function<QString(QCPAbstractPlottable *plottable, int dataIndex)>;
// Shows `text` of the data point under the mouse as a tooltip (replacing any installed before).
void installDataToolTips(QCustomPlot *plot, DataToolTipText text);
// The tooltip `plot` shows at `pos` (widget coordinates); empty where there is no data.
QString dataToolTipAt(QCustomPlot *plot, const QPointF &pos);
// The series name, the category (text tick) or key, and the value with the unit taken from
// the value axis label's parentheses: "Welfare (B1)\nNational Trends: 353.22 M€ of 2023".
QString defaultDataToolTip(QCPAbstractPlottable *plottable, int dataIndex);

} // namespace gridcba::ui
