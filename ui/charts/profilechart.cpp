#include "profilechart.h"

#include <qcustomplot.h>

#include <algorithm>

namespace gridcba::ui {

namespace {

constexpr int kHoursPerDay = 24;
constexpr int kHoursPerWeek = 168;
constexpr double kHeadroom = 1.08; // space above the highest value

} // namespace

std::vector<double> dailyMeans(const std::vector<double> &values)
{
    std::vector<double> means;
    for (size_t start = 0; start + kHoursPerDay <= values.size(); start += kHoursPerDay) {
        double sum = 0.0;
        for (size_t h = start; h < start + kHoursPerDay; ++h)
            sum += values[h];
        means.push_back(sum / kHoursPerDay);
    }
    return means;
}

ProfileChart::ProfileChart(QWidget *parent) : PlotWidget(tr("Profile"), false, parent)
{
    setObjectName(QStringLiteral("profileChart"));
    plot()->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    plot()->axisRect()->setRangeDrag(Qt::Horizontal);
    plot()->axisRect()->setRangeZoom(Qt::Horizontal);
    showMessage(tr("Select a profile in the list to see its values."));
}

void ProfileChart::setProfile(const model::Profile *profile)
{
    m_hasProfile = profile != nullptr;
    m_profile = profile ? *profile : model::Profile{};
    rebuild();
}

void ProfileChart::setSpan(Span span)
{
    m_span = span;
    rebuild();
}

void ProfileChart::setWeek(int week)
{
    m_week = std::clamp(week, 1, (model::kHoursPerYear + kHoursPerWeek - 1) / kHoursPerWeek);
    rebuild();
}

void ProfileChart::rebuild()
{
    clearContents();
    m_graph = nullptr;
    if (!m_hasProfile || m_profile.values.empty()) {
        setTitle(tr("Profile"));
        showMessage(tr("Select a profile in the list to see its values."));
        return;
    }
    const QString climate = m_profile.climateYear == 0
                                ? tr("every climate year")
                                : tr("climate year %1").arg(m_profile.climateYear);
    QVector<double> keys, values;
    if (m_span == Span::Year) {
        const std::vector<double> means = dailyMeans(m_profile.values);
        for (size_t d = 0; d < means.size(); ++d) {
            keys << double(d + 1);
            values << means[d];
        }
        setTitle(tr("%1 (%2): daily means of the year").arg(m_profile.id, climate));
        plot()->xAxis->setLabel(tr("Day of the year"));
        plot()->yAxis->setLabel(tr("Daily mean"));
    } else {
        for (size_t h = 0; h < m_profile.values.size(); ++h) {
            keys << double(h + 1);
            values << m_profile.values[h];
        }
        setTitle(tr("%1 (%2): week %3, hour by hour (drag or scroll to move and zoom)")
                     .arg(m_profile.id, climate)
                     .arg(m_week));
        plot()->xAxis->setLabel(tr("Hour of the year"));
        plot()->yAxis->setLabel(tr("Hourly value"));
    }
    m_graph = plot()->addGraph();
    m_graph->setName(m_profile.id);
    m_graph->setPen(QPen(seriesColor(0), 1.5));
    m_graph->setData(keys, values, true);
    const double highest = *std::max_element(values.begin(), values.end());
    plot()->yAxis->setRange(0.0, std::max(highest, 1e-9) * kHeadroom);
    if (m_span == Span::Year)
        plot()->xAxis->setRange(0.5, double(keys.size()) + 0.5);
    else
        plot()->xAxis->setRange(double((m_week - 1) * kHoursPerWeek) + 0.5,
                                double(std::min(m_week * kHoursPerWeek, int(keys.size()))) + 0.5);
    finish();
}

} // namespace gridcba::ui
