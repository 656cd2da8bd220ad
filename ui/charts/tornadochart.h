#pragma once

// The tornado of a one-at-a-time sweep for one scenario: per input a horizontal bar from the
// base value to the result with the input at the low end of its range and one to the result
// at the high end, inputs in tornado order (largest NPV swing on top), the ends labelled
// with the input values, and the base as a vertical line. Shows the NPV in M€ or the B/C
// ratio.

#include "plotwidget.h"
#include "sensitivity/sweep.h"

#include <vector>

class QCPBars;

namespace gridcba::ui {

class TornadoChart : public PlotWidget
{
    Q_OBJECT

  public:
    enum class Metric { Npv, BcRatio };

    explicit TornadoChart(QWidget *parent = nullptr);

    void setScenario(const sensitivity::ScenarioSweepResult &scenario, Metric metric,
                     int priceBaseYear);

    // For tests: the bars (key i + 1 is rowInputs()[i], the top row last), in M€ for NPV.
    QCPBars *lowBars() const { return m_low; }
    QCPBars *highBars() const { return m_high; }
    const std::vector<sensitivity::InputId> &rowInputs() const { return m_rows; }
    double baseValue() const { return m_base; }

  private:
    QCPBars *addBars(const QString &name, const QColor &color);
    void addEndLabel(double key, double value, bool right, sensitivity::InputId id,
                     double inputValue);
    void setUpAxes(Metric metric, int priceBaseYear);

    QCPBars *m_low = nullptr;
    QCPBars *m_high = nullptr;
    std::vector<sensitivity::InputId> m_rows;
    double m_base = 0.0;
};

} // namespace gridcba::ui
