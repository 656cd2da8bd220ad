#pragma once

// A preview of the distribution chosen for one Monte Carlo input: its probability density
// over the range that holds all but 1e-4 of the probability at each end, in the unit the
// input is shown in, with the study's value marked.

#include "plotwidget.h"
#include "sensitivity/montecarlo.h"

namespace gridcba::ui {

class DensityChart : public PlotWidget
{
    Q_OBJECT

  public:
    explicit DensityChart(QWidget *parent = nullptr);
    // Shows why there is no preview when the parameters are not valid.
    void setDistribution(sensitivity::InputId id, const sensitivity::Distribution &distribution,
                         double studyValue);
    int pointCount() const;
};

} // namespace gridcba::ui
