#pragma once

// The charts of a Monte Carlo result: the NPV histogram of one scenario with its P10, P50
// and P90, the S-curve (cumulative probability against NPV) of every scenario, and the
// drivers (each input's share of the NPV variance) of one scenario.

#include "plotwidget.h"
#include "sensitivity/montecarlo.h"

#include <QStringList>

class QCPBars;

namespace gridcba::ui {

class NpvHistogramChart : public PlotWidget
{
    Q_OBJECT

  public:
    explicit NpvHistogramChart(QWidget *parent = nullptr);
    void setScenario(const sensitivity::McScenarioResult &scenario, const QString &scenarioName,
                     int priceBaseYear);
    QCPBars *bars() const { return m_bars; }

  private:
    void addQuantileLine(double npvMeur, const QString &label, double heightRatio);

    QCPBars *m_bars = nullptr;
};

class SCurveChart : public PlotWidget
{
    Q_OBJECT

  public:
    explicit SCurveChart(QWidget *parent = nullptr);
    // `scenarioNames` in the order of `result.scenarios`.
    void setResult(const sensitivity::MonteCarloResult &result, const QStringList &scenarioNames,
                   int priceBaseYear);
};

class DriversChart : public PlotWidget
{
    Q_OBJECT

  public:
    explicit DriversChart(QWidget *parent = nullptr);
    void setScenario(const sensitivity::McScenarioResult &scenario, const QString &scenarioName);
    QCPBars *bars() const { return m_bars; }

  private:
    QCPBars *m_bars = nullptr;
};

} // namespace gridcba::ui
