#include "commissioningyearchart.h"

#include "format.h"

#include <qcustomplot.h>

#include <algorithm>
#include <limits>

namespace gridcba::ui {

CommissioningYearChart::CommissioningYearChart(QWidget *parent)
    : PlotWidget(tr("NPV against commissioning year"), true, parent)
{
    setObjectName(QStringLiteral("commissioningYearChart"));
    auto ticker = QSharedPointer<QCPAxisTickerFixed>::create();
    ticker->setTickStep(1.0);
    ticker->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    plot()->xAxis->setTicker(ticker);
    plot()->xAxis->setNumberFormat(QStringLiteral("f"));
    plot()->xAxis->setNumberPrecision(0);
    plot()->xAxis->setLabel(tr("Commissioning year"));
    showMessage(tr("Run a sweep to see the value of timing."));
}

void CommissioningYearChart::setResult(const sensitivity::SweepResult &result,
                                       const QStringList &scenarioNames, int studyCommissioningYear,
                                       int priceBaseYear)
{
    clearContents();
    double yMin = std::numeric_limits<double>::max(), yMax = -yMin;
    int xMin = studyCommissioningYear, xMax = studyCommissioningYear;
    for (std::size_t s = 0; s < result.scenarios.size(); ++s) {
        auto *graph = plot()->addGraph();
        graph->setName(scenarioNames.value(qsizetype(s)));
        const QColor color = seriesColor(int(s));
        graph->setPen(QPen(color, 2.0));
        graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, color, Qt::white, 6));
        for (const auto &[year, npv] : result.scenarios[s].npvByCommissioningYear) {
            graph->addData(year, npv / 1e6);
            yMin = std::min(yMin, npv / 1e6);
            yMax = std::max(yMax, npv / 1e6);
            xMin = std::min(xMin, year);
            xMax = std::max(xMax, year);
        }
    }
    if (yMin > yMax) {
        showMessage(tr("The sweep has no commissioning-year assessment."));
        return;
    }
    auto *line = new QCPItemStraightLine(plot());
    line->point1->setCoords(studyCommissioningYear, 0);
    line->point2->setCoords(studyCommissioningYear, 1);
    line->setPen(QPen(QColor(0x40, 0x40, 0x40), 1.0, Qt::DashLine));
    auto *label = new QCPItemText(plot());
    label->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
    label->position->setCoords(studyCommissioningYear, 0.0);
    label->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
    label->setPadding(QMargins(4, 2, 4, 2));
    label->setFont(smallFont());
    label->setText(tr("as in the study (%1)").arg(format::year(studyCommissioningYear)));

    plot()->xAxis->setRange(xMin - 0.5, xMax + 0.5);
    const double pad = 0.08 * std::max(yMax - yMin, 1.0);
    plot()->yAxis->setRange(std::min(0.0, yMin - pad), std::max(0.0, yMax + pad));
    plot()->yAxis->setLabel(tr("Net present value (M€ of %1)").arg(priceBaseYear));
    plot()->yAxis->grid()->setZeroLinePen(QPen(QColor(0x80, 0x80, 0x80), 1.0));
    finish();
}

} // namespace gridcba::ui
