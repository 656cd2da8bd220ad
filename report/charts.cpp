#include "charts.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace gridcba::report {

namespace {

const QColor kAxis(0x33, 0x33, 0x33);
const QColor kGrid(0xDD, 0xDD, 0xDD);

QFont chartFont(double points, bool bold = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPointSizeF(points);
    f.setBold(bold);
    // No ligatures: "fi" stays two letters, so the PDF's text can be searched and copied.
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

struct Ticks
{
    double lower = 0.0;
    double upper = 1.0;
    double step = 1.0;
    int decimals = 0;
};

// Round tick steps (1, 2, 2.5, 5 × 10^k) covering [lo, hi] with about five intervals.
Ticks niceTicks(double lo, double hi)
{
    if (hi - lo <= 0.0)
        hi = lo + 1.0;
    const double raw = (hi - lo) / 6.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double step = magnitude;
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (m * magnitude >= raw) {
            step = m * magnitude;
            break;
        }
    Ticks t;
    t.step = step;
    t.lower = std::floor(lo / step) * step;
    t.upper = std::ceil(hi / step) * step;
    t.decimals = std::max(0, -int(std::floor(std::log10(step) + 1e-9)));
    if (step / std::pow(10.0, -t.decimals) != std::round(step / std::pow(10.0, -t.decimals)))
        ++t.decimals;
    return t;
}

struct LegendItem
{
    QString label;
    QColor color;
    bool line = false;
};

// Lays out the legend in rows under the plot; returns its height. Paints when `paint`.
double legend(QPainter &p, const QRectF &area, double pt, const std::vector<LegendItem> &items,
              bool paint)
{
    p.setFont(chartFont(7.2));
    const QFontMetricsF fm(p.font(), p.device());
    const double swatch = 8 * pt;
    const double gap = 12 * pt;
    const double rowHeight = fm.height() + 3 * pt;
    double x = area.left();
    double y = area.top();
    for (const LegendItem &item : items) {
        const double w = swatch + 4 * pt + fm.horizontalAdvance(item.label);
        if (x > area.left() && x + w > area.right()) {
            x = area.left();
            y += rowHeight;
        }
        if (paint) {
            const QRectF box(x, y + (rowHeight - swatch) / 2, swatch, swatch);
            if (item.line) {
                p.setPen(QPen(item.color, 1.6 * pt));
                p.drawLine(QPointF(box.left(), box.center().y()), QPointF(box.right(), box.center().y()));
            } else {
                p.fillRect(box, item.color);
            }
            p.setPen(kAxis);
            p.drawText(QRectF(x + swatch + 4 * pt, y, w, rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                       item.label);
        }
        x += w + gap;
    }
    return y - area.top() + rowHeight;
}

// Draws the value axis, its grid and label; returns the plot rectangle left for the data.
QRectF valueAxis(QPainter &p, const QRectF &area, double pt, const Ticks &t, const QLocale &locale,
                 const QString &label, double bottomReserve)
{
    p.setFont(chartFont(7.2));
    const QFontMetricsF fm(p.font(), p.device());
    double labelWidth = 0.0;
    for (double v = t.lower; v <= t.upper + t.step / 2; v += t.step)
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(locale.toString(v, 'f', t.decimals)));
    const double axisTitle = fm.height() + 4 * pt;
    const QRectF plot = area.adjusted(axisTitle + labelWidth + 6 * pt, 6 * pt, -4 * pt, -bottomReserve);
    auto yOf = [&](double v) { return plot.bottom() - (v - t.lower) / (t.upper - t.lower) * plot.height(); };
    for (double v = t.lower; v <= t.upper + t.step / 2; v += t.step) {
        const double y = yOf(v);
        p.setPen(QPen(std::abs(v) < t.step / 1e6 ? kAxis : kGrid, (std::abs(v) < t.step / 1e6 ? 1.0 : 0.6) * pt));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(kAxis);
        p.drawText(QRectF(plot.left() - labelWidth - 5 * pt, y - fm.height() / 2, labelWidth, fm.height()),
                   Qt::AlignRight | Qt::AlignVCenter, locale.toString(v, 'f', t.decimals));
    }
    p.save();
    p.translate(area.left(), plot.center().y());
    p.rotate(-90);
    p.drawText(QRectF(-plot.height() / 2, 0, plot.height(), fm.height()), Qt::AlignCenter, label);
    p.restore();
    p.setPen(QPen(kAxis, 0.8 * pt));
    p.drawLine(plot.topLeft(), plot.bottomLeft());
    return plot;
}

} // namespace

void paintBenefitCostChart(QPainter &p, const QRectF &rect, double pt,
                           const BenefitCostChartData &data)
{
    const QLocale locale(data.locale);
    const int n = int(data.groups.size());
    if (n == 0)
        return;
    std::vector<double> up(std::size_t(n), 0.0), down(std::size_t(n), 0.0);
    for (const auto &s : data.benefits)
        for (int g = 0; g < n; ++g)
            (s.values[std::size_t(g)] >= 0 ? up : down)[std::size_t(g)] += s.values[std::size_t(g)];
    double lo = 0.0, hi = 0.0;
    for (int g = 0; g < n; ++g) {
        lo = std::min(lo, down[std::size_t(g)]);
        hi = std::max({hi, up[std::size_t(g)], data.costs.values[std::size_t(g)]});
    }
    const Ticks t = niceTicks(lo, hi * 1.08);

    std::vector<LegendItem> items;
    for (const auto &s : data.benefits)
        items.push_back({s.label, s.color});
    const bool withCosts = !data.costs.label.isEmpty();
    if (withCosts)
        items.push_back({data.costs.label, data.costs.color});
    const double legendHeight = legend(p, rect, pt, items, false);
    p.setFont(chartFont(7.2));
    const QFontMetricsF fm(p.font(), p.device());
    const double groupLabels = fm.height() * 2 + 6 * pt;
    const QRectF plot = valueAxis(p, rect, pt, t, locale, data.valueAxisLabel,
                                  groupLabels + legendHeight + 6 * pt);
    auto yOf = [&](double v) { return plot.bottom() - (v - t.lower) / (t.upper - t.lower) * plot.height(); };

    const double groupWidth = plot.width() / n;
    const double barWidth = std::min(groupWidth * 0.32, 22 * pt * 2);
    for (int g = 0; g < n; ++g) {
        const double centre = plot.left() + (g + 0.5) * groupWidth;
        const double benefitX = withCosts ? centre - barWidth - 2 * pt : centre - barWidth / 2;
        const double costX = centre + 2 * pt;
        double top = 0.0, bottom = 0.0;
        for (const auto &s : data.benefits) {
            const double v = s.values[std::size_t(g)];
            const double from = v >= 0 ? top : bottom;
            const double to = from + v;
            (v >= 0 ? top : bottom) = to;
            const QRectF bar(QPointF(benefitX, yOf(std::max(from, to))),
                             QPointF(benefitX + barWidth, yOf(std::min(from, to))));
            p.fillRect(bar, s.color);
        }
        const double cost = data.costs.values[std::size_t(g)];
        if (withCosts)
            p.fillRect(QRectF(QPointF(costX, yOf(cost)), QPointF(costX + barWidth, yOf(0))), data.costs.color);
        p.setPen(kAxis);
        p.setFont(chartFont(6.8));
        const double labelH = fm.height();
        p.drawText(QRectF(benefitX - barWidth, yOf(top) - labelH - 1 * pt, barWidth * 3, labelH),
                   Qt::AlignHCenter | Qt::AlignBottom, locale.toString(top + bottom, 'f', data.decimals));
        if (withCosts)
            p.drawText(QRectF(costX - barWidth, yOf(cost) - labelH - 1 * pt, barWidth * 3, labelH),
                       Qt::AlignHCenter | Qt::AlignBottom, locale.toString(cost, 'f', data.decimals));
        p.setFont(chartFont(7.2, true));
        p.drawText(QRectF(centre - groupWidth / 2, plot.bottom() + 4 * pt, groupWidth, groupLabels),
                   Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, data.groups[g]);
    }
    p.setPen(QPen(kAxis, 1.0 * pt));
    p.drawLine(QPointF(plot.left(), yOf(0)), QPointF(plot.right(), yOf(0)));
    legend(p, QRectF(rect.left(), plot.bottom() + groupLabels + 4 * pt, rect.width(), legendHeight),
           pt, items, true);
}

void paintYearlyChart(QPainter &p, const QRectF &rect, double pt, const YearlyChartData &data)
{
    const QLocale locale(data.locale);
    int firstYear = 1 << 30, lastYear = -(1 << 30);
    double lo = 0.0, hi = 0.0;
    for (const auto &l : data.lines)
        for (const auto &[year, v] : l.points) {
            firstYear = std::min(firstYear, year);
            lastYear = std::max(lastYear, year);
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
    if (firstYear > lastYear)
        return;
    lastYear = std::max(lastYear, firstYear + 1);
    const Ticks t = niceTicks(lo * 1.05, hi * 1.05);
    std::vector<LegendItem> items;
    for (const auto &l : data.lines)
        items.push_back({l.label, l.color, true});
    const double legendHeight = legend(p, rect, pt, items, false);
    p.setFont(chartFont(7.2));
    const QFontMetricsF fm(p.font(), p.device());
    const QRectF plot = valueAxis(p, rect, pt, t, locale, data.valueAxisLabel,
                                  fm.height() + legendHeight + 12 * pt);
    auto xOf = [&](double year) { return plot.left() + (year - firstYear) / (lastYear - firstYear) * plot.width(); };
    auto yOf = [&](double v) { return plot.bottom() - (v - t.lower) / (t.upper - t.lower) * plot.height(); };
    p.setFont(chartFont(7.2));
    const int step = (lastYear - firstYear) > 20 ? 5 : 2;
    for (int year = (firstYear + step - 1) / step * step; year <= lastYear; year += step) {
        p.setPen(QPen(kAxis, 0.6 * pt));
        p.drawLine(QPointF(xOf(year), plot.bottom()), QPointF(xOf(year), plot.bottom() + 3 * pt));
        p.drawText(QRectF(xOf(year) - 20 * pt, plot.bottom() + 4 * pt, 40 * pt, fm.height()),
                   Qt::AlignHCenter | Qt::AlignTop, QString::number(year));
    }
    for (const auto &l : data.lines) {
        QPainterPath path;
        for (std::size_t i = 0; i < l.points.size(); ++i) {
            const QPointF pnt(xOf(l.points[i].first), yOf(l.points[i].second));
            i == 0 ? path.moveTo(pnt) : path.lineTo(pnt);
        }
        p.setPen(QPen(l.color, 1.5 * pt));
        p.setBrush(Qt::NoBrush);
        p.drawPath(path);
    }
    legend(p, QRectF(rect.left(), plot.bottom() + fm.height() + 8 * pt, rect.width(), legendHeight),
           pt, items, true);
}

} // namespace gridcba::report
