#pragma once

// The CAPEX of one investment by year: a bar per year at the central estimate, with an error
// bar from the low to the high end of its range, in the money unit of the settings (units.h)
// and the investment's price year. Hovering a bar tells its year and values.

#include "model/study.h"
#include "plotwidget.h"

#include <vector>

class QCPBars;
class QCPErrorBars;

namespace gridcba::ui {

class CapexChart : public PlotWidget
{
    Q_OBJECT

  public:
    explicit CapexChart(QWidget *parent = nullptr);

    // `years` in euros (any order); `name` names the investment on the title's second line.
    // With `fromLumpSum` the title says the bars are the lump sum spread over the
    // construction years. An empty `years` shows a message instead.
    void setCapex(const std::vector<model::CapexYear> &years, const QString &name, int priceYear,
                  bool fromLumpSum);
    void clear(const QString &message);

    // For tests (null while a message is shown): keys are years, values in the display unit.
    QCPBars *bars() const { return m_bars; }
    QCPErrorBars *errorBars() const { return m_errors; }

  protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

  private:
    void showToolTipAt(const QPoint &pos);
    // The title over two lines, the investment's name elided to the chart's width.
    void updateTitle();

    QCPBars *m_bars = nullptr;
    QCPErrorBars *m_errors = nullptr;
    std::vector<model::CapexYear> m_years; // sorted by year, in euros
    QString m_heading;
    QString m_name;
};

} // namespace gridcba::ui
