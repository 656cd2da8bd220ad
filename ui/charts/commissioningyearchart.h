#pragma once

// The commissioning-year assessment (methodology.md §3): the NPV of the project as a
// function of its commissioning year, one line per scenario, with the study's
// commissioning year marked.

#include "plotwidget.h"
#include "sensitivity/sweep.h"

#include <QStringList>

namespace gridcba::ui {

class CommissioningYearChart : public PlotWidget
{
    Q_OBJECT

  public:
    explicit CommissioningYearChart(QWidget *parent = nullptr);

    // `scenarioNames` in the order of `result.scenarios`.
    void setResult(const sensitivity::SweepResult &result, const QStringList &scenarioNames,
                   int studyCommissioningYear, int priceBaseYear);
};

} // namespace gridcba::ui
