#pragma once

// Charts of the report, painted with QPainter as vector shapes and text (no raster image),
// from plain values the section builders take from the engine's results.

#include <QColor>
#include <QString>
#include <QStringList>

#include <vector>

class QPainter;
class QRectF;

namespace gridcba::report {

// Per group (scenario): a stacked bar of benefit parts (positive parts upwards, negative
// parts downwards from zero) next to a cost bar; without a cost label, the stacked bar
// alone. Values in M€.
struct BenefitCostChartData
{
    struct Series
    {
        QString label;
        QColor color;
        std::vector<double> values; // one per group
    };
    QStringList groups;
    std::vector<Series> benefits;
    Series costs;
    QString valueAxisLabel; // "Present value (M€ of 2023)"
    QString locale;         // QLocale name for the tick labels
    int decimals = 0;       // of the value printed above each bar
};

void paintBenefitCostChart(QPainter &p, const QRectF &rect, double pointSize,
                           const BenefitCostChartData &data);

// One line per scenario of a yearly series (e.g. net cash flow), values in M€.
struct YearlyChartData
{
    struct Line
    {
        QString label;
        QColor color;
        std::vector<std::pair<int, double>> points; // year, value
    };
    std::vector<Line> lines;
    QString valueAxisLabel;
    QString locale;
};

void paintYearlyChart(QPainter &p, const QRectF &rect, double pointSize,
                      const YearlyChartData &data);

} // namespace gridcba::report
