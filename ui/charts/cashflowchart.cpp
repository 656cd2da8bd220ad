#include "cashflowchart.h"

#include "format.h"
#include "units.h"

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>
#include <functional>

namespace gridcba::ui {

namespace {

constexpr double kBarWidth = 0.72;
constexpr double kPad = 0.08;          // share of an axis' span left free above and below
constexpr double kMaxZeroShare = 0.85; // the zero line never sits higher than this
const QColor kResidualColor(0x8C, 0x6D, 0x31);
const QColor kDecommissioningColor(0x66, 0x66, 0x66);
const QColor kLineColor(0x1A, 0x1A, 0x1A);

QCPRange padded(double lower, double upper)
{
    lower = std::min(lower, 0.0);
    upper = std::max(upper, 0.0);
    const double margin = kPad * std::max(upper - lower, 1e-9);
    return {lower < 0.0 ? lower - margin : 0.0, upper > 0.0 ? upper + margin : margin};
}

// Extends the two ranges (both containing zero) so that zero is at the same height on both.
void alignZeros(QCPAxis *left, QCPAxis *right)
{
    auto share = [](const QCPRange &r) { return r.size() > 0.0 ? -r.lower / r.size() : 0.0; };
    const double f = std::min(kMaxZeroShare, std::max(share(left->range()), share(right->range())));
    for (QCPAxis *axis : {left, right}) {
        QCPRange r = axis->range();
        if (share(r) < f)
            r.lower = -f / (1.0 - f) * r.upper; // more room below zero
        else if (share(r) > f)
            r.upper = -r.lower * (1.0 - f) / f; // more room above zero
        axis->setRange(r);
    }
}

} // namespace

CashFlowChart::CashFlowChart(QWidget *parent)
    : PlotWidget(tr("Yearly cash flow and cumulative NPV"), true, parent)
{
    setObjectName(QStringLiteral("cashFlowChart"));
    plot()->xAxis->grid()->setVisible(false);
    plot()->yAxis->grid()->setZeroLinePen(QPen(QColor(0x30, 0x30, 0x30), 1.2));
    plot()->yAxis2->setTickLabelFont(font());
    plot()->yAxis2->setLabelFont(font());
    plot()->yAxis2->grid()->setZeroLinePen(Qt::NoPen);
    showMessage(tr("No results to show."));
}

void CashFlowChart::setScenario(const economics::ScenarioEvaluation &scenario,
                                const QString &scenarioName, int priceBaseYear)
{
    clearContents();
    m_bars.clear();
    m_cumulative = nullptr;
    m_netEur.clear();
    setTitle(tr("Yearly cash flow and cumulative NPV — %1").arg(scenarioName));
    if (scenario.cashFlows.empty()) {
        plot()->yAxis2->setVisible(false);
        showMessage(tr("No cash flows in this scenario."));
        return;
    }
    addFlows(scenario);
    addCumulative(scenario);
    setUpAxes(scenario, priceBaseYear);
    finish();
}

void CashFlowChart::addFlows(const economics::ScenarioEvaluation &scenario)
{
    using Year = economics::CashFlowYear;
    struct Series
    {
        QString name;
        QColor color;
        std::function<double(const Year &)> valueEur; // benefits positive, costs negative
    };
    const Series series[] = {
        {tr("Headline benefits"), seriesColor(2),
         [](const Year &y) { return y.headlineBenefitsEur(); }},
        {tr("Residual value"), kResidualColor, [](const Year &y) { return y.residualValueEur; }},
        {tr("CAPEX"), seriesColor(1), [](const Year &y) { return -y.capexEur; }},
        {tr("OPEX"), seriesColor(4), [](const Year &y) { return -y.opexEur; }},
        {tr("Decommissioning"), kDecommissioningColor,
         [](const Year &y) { return -y.decommissioningEur; }},
    };
    const double scale = units::moneyScale();
    for (const Series &s : series) {
        QVector<double> years, values;
        for (const Year &y : scenario.cashFlows) {
            years << y.year;
            values << s.valueEur(y) / scale;
        }
        if (std::all_of(values.begin(), values.end(), [](double v) { return v == 0.0; }))
            continue; // a flow the project does not have would only clutter the legend
        auto *bars = new QCPBars(plot()->xAxis, plot()->yAxis);
        bars->setName(s.name);
        bars->setWidth(kBarWidth);
        bars->setBrush(s.color);
        bars->setPen(QPen(s.color.darker(130), 0.5));
        bars->setStackingGap(0);
        bars->setData(years, values, true);
        // QCPBars stacks each value on the bars below with the same sign: benefits grow
        // upwards from zero, costs downwards.
        if (!m_bars.empty())
            bars->moveAbove(m_bars.back());
        m_bars.push_back(bars);
    }
    for (const Year &y : scenario.cashFlows)
        m_netEur[y.year] = y.netEur();
}

void CashFlowChart::addCumulative(const economics::ScenarioEvaluation &scenario)
{
    const double scale = units::moneyScale();
    m_cumulative = new QCPGraph(plot()->xAxis, plot()->yAxis2);
    m_cumulative->setPen(QPen(kLineColor, 2.0));
    m_cumulative->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 4));
    double cumulativeEur = 0.0;
    for (const economics::CashFlowYear &y : scenario.cashFlows) {
        cumulativeEur += y.netEur() * y.discountFactor;
        m_cumulative->addData(y.year, cumulativeEur / scale);
    }
    // The end value in the legend: a label at the line's end would sit on the bars.
    m_cumulative->setName(
        tr("Cumulative NPV (right axis), ending at %1").arg(money(cumulativeEur)));
}

void CashFlowChart::setUpAxes(const economics::ScenarioEvaluation &scenario, int priceBaseYear)
{
    plot()->xAxis->setLabel(tr("Year"));
    plot()->xAxis->setRange(scenario.cashFlows.front().year - 0.8,
                            scenario.cashFlows.back().year + 0.8);
    plot()->yAxis->setLabel(moneyAxisLabel(tr("Cash flow per year"), priceBaseYear));
    // Short enough for the height of a dashboard cell; the tooltips say "discounted".
    plot()->yAxis2->setLabel(moneyAxisLabel(tr("Cumulative NPV"), priceBaseYear));
    plot()->yAxis2->setVisible(true);

    double up = 0.0, down = 0.0; // the tallest stacks above and below zero
    const double scale = units::moneyScale();
    for (const economics::CashFlowYear &y : scenario.cashFlows) {
        up = std::max(up, (std::max(y.headlineBenefitsEur(), 0.0) + y.residualValueEur) / scale);
        down = std::min(down, (std::min(y.headlineBenefitsEur(), 0.0) - y.capexEur - y.opexEur -
                               y.decommissioningEur) /
                                  scale);
    }
    plot()->yAxis->setRange(padded(down, up));
    bool found = false;
    const QCPRange line = m_cumulative->getValueRange(found);
    plot()->yAxis2->setRange(padded(found ? line.lower : 0.0, found ? line.upper : 0.0));
    alignZeros(plot()->yAxis, plot()->yAxis2);
}

QString CashFlowChart::dataToolTip(QCPAbstractPlottable *plottable, int dataIndex) const
{
    const int year = int(std::lround(plottable->interface1D()->dataMainKey(dataIndex)));
    const double valueEur =
        plottable->interface1D()->dataMainValue(dataIndex) * units::moneyScale();
    if (plottable == m_cumulative)
        return tr("%1\nCumulative discounted NPV: %2").arg(format::year(year), money(valueEur));
    const auto net = m_netEur.find(year);
    //: %1 year, %2 series (CAPEX, ...), %3 its value, %4 the year's net cash flow
    return tr("%1\n%2: %3\nNet cash flow of the year: %4")
        .arg(format::year(year), plottable->name(), money(valueEur),
             net != m_netEur.end() ? money(net->second) : format::none());
}

} // namespace gridcba::ui
