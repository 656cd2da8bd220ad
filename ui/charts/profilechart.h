#pragma once

// One hourly profile of the market model: a week hour by hour (drag and wheel move and zoom
// along the time axis, so any other stretch of the year can be looked at), or the whole year
// as daily means.

#include "model/powersystem.h"
#include "plotwidget.h"

#include <vector>

class QCPGraph;

namespace gridcba::ui {

// The mean of each whole day of `values` (8,760 hours: 365 days).
std::vector<double> dailyMeans(const std::vector<double> &values);

class ProfileChart : public PlotWidget
{
    Q_OBJECT

  public:
    enum class Span { Week, Year };

    explicit ProfileChart(QWidget *parent = nullptr);

    // Null: nothing selected. The chart keeps a copy of the values.
    void setProfile(const model::Profile *profile);
    void setSpan(Span span);
    // Week 1..53 of the year (the 53rd is the last day) shown in the week span.
    void setWeek(int week);
    Span span() const { return m_span; }
    int week() const { return m_week; }
    QCPGraph *graph() const { return m_graph; }

  private:
    void rebuild();

    model::Profile m_profile;
    bool m_hasProfile = false;
    Span m_span = Span::Week;
    int m_week = 1;
    QCPGraph *m_graph = nullptr;
};

} // namespace gridcba::ui
