#include "densitychart.h"

#include "sensitivitytext.h"

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace gridcba::ui {

namespace {

constexpr int kPoints = 201;

} // namespace

DensityChart::DensityChart(QWidget *parent) : PlotWidget(tr("Distribution"), false, parent)
{
    setObjectName(QStringLiteral("densityChart"));
    setMinimumSize(300, 220);
    showMessage(tr("Choose an input to preview its distribution."));
}

int DensityChart::pointCount() const
{
    auto *graph = plot()->graphCount() > 0 ? plot()->graph(0) : nullptr;
    return graph ? graph->dataCount() : 0;
}

void DensityChart::setDistribution(sensitivity::InputId id,
                                   const sensitivity::Distribution &distribution, double studyValue)
{
    clearContents();
    setTitle(tr("Distribution of %1").arg(SensitivityText::label(id)));
    const QString problem = sensitivity::checkDistribution(distribution);
    if (!problem.isEmpty()) {
        showMessage(tr("No preview: %1").arg(problem));
        return;
    }
    const auto [lo, hi] = sensitivity::plotRange(distribution);
    // The density per displayed unit (per %, not per unit fraction).
    const double scale = SensitivityText::toDisplay(id, 1.0);
    auto *graph = plot()->addGraph();
    const QColor color = seriesColor(0);
    graph->setPen(QPen(color, 2.0));
    QColor fill = color;
    fill.setAlpha(60);
    graph->setBrush(fill);
    double top = 0.0;
    for (int i = 0; i < kPoints; ++i) {
        const double x = lo + (hi - lo) * i / (kPoints - 1);
        const double y = sensitivity::density(distribution, x) / scale;
        if (!std::isfinite(y))
            continue;
        graph->addData(SensitivityText::toDisplay(id, x), y);
        top = std::max(top, y);
    }
    auto *line = new QCPItemStraightLine(plot());
    const double shownStudy = SensitivityText::toDisplay(id, studyValue);
    line->point1->setCoords(shownStudy, 0);
    line->point2->setCoords(shownStudy, 1);
    line->setPen(QPen(QColor(0x30, 0x30, 0x30), 1.0, Qt::DashLine));
    auto *label = new QCPItemText(plot());
    label->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
    label->position->setCoords(shownStudy, 0.0);
    label->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
    label->setPadding(QMargins(4, 2, 4, 2));
    label->setFont(smallFont());
    label->setText(tr("study value"));

    const double shownLo = SensitivityText::toDisplay(id, lo);
    const double shownHi = SensitivityText::toDisplay(id, hi);
    const double pad = 0.05 * std::max(shownHi - shownLo, 1e-9);
    plot()->xAxis->setRange(std::min(shownLo, shownStudy) - pad,
                            std::max(shownHi, shownStudy) + pad);
    plot()->yAxis->setRange(0, top > 0.0 ? top * 1.1 : 1.0);
    plot()->xAxis->setLabel(SensitivityText::labelWithUnit(id));
    plot()->yAxis->setLabel(SensitivityText::isWholeNumber(id)
                                ? tr("Probability density (per year)")
                            : scale != 1.0 ? tr("Probability density (per %)")
                                           : tr("Probability density (per unit of the factor)"));
    finish();
}

} // namespace gridcba::ui
