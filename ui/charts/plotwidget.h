#pragma once

// The common frame of the sensitivity charts: a QCustomPlot with a bold title on top, the
// legend (if any) in columns below the axes so it never hides data, the fonts of the
// widget, and a centred message while there is nothing to show.

#include <QWidget>

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
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    // Removes plottables, items and the message; keeps title, axes and legend set-up.
    void clearContents();
    // Fits the legend to the width and replots; call after adding data.
    void finish();
    QFont smallFont() const;

  private:
    void fitLegend();

    QCustomPlot *m_plot;
    QCPTextElement *m_title = nullptr;
    QCPItemText *m_message = nullptr;
    bool m_withLegend;
};

} // namespace gridcba::ui
