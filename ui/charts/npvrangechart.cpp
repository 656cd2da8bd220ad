#include "npvrangechart.h"

#include "format.h"
#include "units.h"

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace gridcba::ui {

namespace {

constexpr double kNpvBarWidth = 0.5;
constexpr double kBcOffset = 0.34;      // B/C diamonds right of the NPV bar's centre
constexpr double kGroupWidth = 0.8;     // share of a category the grouped bars fill
constexpr int kMaxLabelledBars = 15;    // more value labels than this would collide
constexpr int kCategoryLineLength = 16; // characters per line of a category label
const QColor kRangeColor(0x80, 0x80, 0x80);

void setUpCategoryAxis(QCPAxis *axis)
{
    axis->setTicker(QSharedPointer<QCPAxisTickerText>::create());
    axis->grid()->setVisible(false);
    axis->setTickLength(0, 0);
    axis->setSubTicks(false);
}

void setCategories(QCPAxis *axis, const QStringList &labels)
{
    auto ticker = qSharedPointerCast<QCPAxisTickerText>(axis->ticker());
    ticker->clear();
    for (int i = 0; i < labels.size(); ++i)
        ticker->addTick(i + 1, format::twoLines(labels[i], kCategoryLineLength));
    axis->setRange(0.4, labels.size() + 0.6);
}

// The range of `values` with zero included, padded by `pad` of its span on each side
// (not below zero when all values are positive, so the bars stand on the axis).
QCPRange paddedRange(const std::vector<double> &values, double pad)
{
    double lower = 0.0, upper = 0.0;
    for (double v : values) {
        lower = std::min(lower, v);
        upper = std::max(upper, v);
    }
    const double margin = pad * std::max(upper - lower, 1e-9);
    return {lower < 0.0 ? lower - margin : 0.0, upper > 0.0 ? upper + margin : 0.0 + margin};
}

QCPItemText *valueLabel(QCustomPlot *plot, QCPAxis *keyAxis, QCPAxis *valueAxis, double key,
                        double value, const QString &text, const QFont &font)
{
    auto *label = new QCPItemText(plot);
    label->position->setAxes(keyAxis, valueAxis);
    label->position->setCoords(key, value);
    label->setPositionAlignment(Qt::AlignHCenter | (value >= 0.0 ? Qt::AlignBottom : Qt::AlignTop));
    label->setPadding(QMargins(2, 2, 2, 2));
    label->setFont(font);
    label->setText(text);
    return label;
}

} // namespace

// --- NpvRangeChart ----------------------------------------------------------------------

NpvRangeChart::NpvRangeChart(QWidget *parent)
    : PlotWidget(tr("NPV and B/C ratio per scenario"), true, parent)
{
    setObjectName(QStringLiteral("npvRangeChart"));
    setUpCategoryAxis(plot()->xAxis);
    plot()->yAxis->grid()->setZeroLinePen(QPen(QColor(0x30, 0x30, 0x30), 1.2));
    plot()->yAxis2->setTickLabelFont(font());
    plot()->yAxis2->setLabelFont(font());
    plot()->yAxis2->setLabel(tr("Benefit/cost ratio (–)"));
    showMessage(tr("No results to show."));
}

void NpvRangeChart::setEvaluation(const economics::ProjectEvaluation &evaluation,
                                  const QStringList &scenarioNames, int priceBaseYear)
{
    Q_ASSERT(scenarioNames.size() == qsizetype(evaluation.scenarios.size()));
    clearContents();
    m_npv = nullptr;
    m_bc = m_rangeMax = m_rangeMin = nullptr;
    m_scenarioNames = scenarioNames;
    const int n = int(evaluation.scenarios.size());
    if (n == 0) {
        plot()->yAxis2->setVisible(false);
        showMessage(tr("The project is not assessed in any scenario."));
        return;
    }
    if (evaluation.npvRangeEur)
        addRangeBand(*evaluation.npvRangeEur, n);
    const double scale = units::moneyScale();
    m_npv = new QCPBars(plot()->xAxis, plot()->yAxis);
    m_npv->setName(tr("Net present value (NPV)"));
    m_npv->setWidth(kNpvBarWidth);
    m_npv->setBrush(seriesColor(0));
    m_npv->setPen(QPen(seriesColor(0).darker(130)));
    for (int i = 0; i < n; ++i) {
        const double npv = evaluation.scenarios[std::size_t(i)].npvEur;
        m_npv->addData(i + 1, npv / scale);
        // The B/C ratio under the NPV: a label beside its diamond met the next scenario's
        // NPV label whenever B/C and NPV stood at about the same height.
        const std::optional<double> bc = evaluation.scenarios[std::size_t(i)].bcRatio;
        addValueLabel(i + 1, npv / scale,
                      bc ? money(npv) + u'\n' + tr("B/C %1").arg(format::ratio(*bc)) : money(npv));
    }
    addBcPoints(evaluation);
    setUpAxes(n, priceBaseYear);
    finish();
}

void NpvRangeChart::addRangeBand(const economics::Range &rangeEur, int groups)
{
    const double scale = units::moneyScale();
    auto edge = [&](double valueEur) {
        auto *graph = new QCPGraph(plot()->xAxis, plot()->yAxis);
        graph->setPen(QPen(kRangeColor, 1.0, Qt::DashLine));
        graph->setData({0.4, groups + 0.75}, {valueEur / scale, valueEur / scale});
        return graph;
    };
    m_rangeMin = edge(rangeEur.min);
    m_rangeMin->removeFromLegend();
    m_rangeMax = edge(rangeEur.max);
    QColor fill = kRangeColor;
    fill.setAlpha(50);
    m_rangeMax->setBrush(fill);
    m_rangeMax->setChannelFillGraph(m_rangeMin);
    m_rangeMax->setName(
        tr("NPV range over scenarios: %1 to %2").arg(money(rangeEur.min), money(rangeEur.max)));
}

void NpvRangeChart::addBcPoints(const economics::ProjectEvaluation &evaluation)
{
    m_bc = new QCPGraph(plot()->xAxis, plot()->yAxis2);
    m_bc->setName(tr("Benefit/cost ratio (right axis)"));
    m_bc->setLineStyle(QCPGraph::lsNone);
    const QColor color = seriesColor(1);
    m_bc->setScatterStyle(
        QCPScatterStyle(QCPScatterStyle::ssDiamond, color.darker(130), color, 11));
    double highest = 1.0;
    for (std::size_t i = 0; i < evaluation.scenarios.size(); ++i) {
        const std::optional<double> bc = evaluation.scenarios[i].bcRatio;
        if (!bc)
            continue;
        const double key = double(i + 1) + kBcOffset;
        m_bc->addData(key, *bc);
        highest = std::max(highest, *bc);
    }
    plot()->yAxis2->setRange(0.0, highest * 1.2);
}

void NpvRangeChart::addValueLabel(double key, double value, const QString &text)
{
    valueLabel(plot(), plot()->xAxis, plot()->yAxis, key, value, text, smallFont());
}

void NpvRangeChart::setUpAxes(int groups, int priceBaseYear)
{
    setCategories(plot()->xAxis, m_scenarioNames);
    plot()->xAxis->setRange(0.4, groups + 0.6);
    Q_ASSERT(groups == m_scenarioNames.size());
    plot()->xAxis->setLabel(tr("Scenario (bars: NPV, diamonds: B/C ratio)"));
    plot()->yAxis->setLabel(moneyAxisLabel(tr("Net present value"), priceBaseYear));
    std::vector<double> values;
    for (int i = 0; i < m_npv->dataCount(); ++i)
        values.push_back(m_npv->interface1D()->dataMainValue(i));
    plot()->yAxis->setRange(paddedRange(values, 0.3));  // room for two lines of labels
    plot()->yAxis2->setVisible(true);
}

QString NpvRangeChart::dataToolTip(QCPAbstractPlottable *plottable, int dataIndex) const
{
    const double scale = units::moneyScale();
    const double key = plottable->interface1D()->dataMainKey(dataIndex);
    const double value = plottable->interface1D()->dataMainValue(dataIndex);
    const QString scenario = m_scenarioNames.value(qsizetype(std::lround(key)) - 1);
    if (plottable == m_npv)
        return tr("%1\nNet present value: %2").arg(scenario, money(value * scale));
    if (plottable == m_bc)
        return tr("%1\nBenefit/cost ratio: %2").arg(scenario, format::ratio(value));
    if (plottable == m_rangeMax || plottable == m_rangeMin)
        return tr("NPV range over scenarios\nfrom %1 to %2")
            .arg(money(m_rangeMin->interface1D()->dataMainValue(0) * scale),
                 money(m_rangeMax->interface1D()->dataMainValue(0) * scale));
    return defaultDataToolTip(plottable, dataIndex);
}

// --- NpvByProjectChart ------------------------------------------------------------------

NpvByProjectChart::NpvByProjectChart(QWidget *parent)
    : PlotWidget(tr("NPV per project and scenario"), true, parent)
{
    setObjectName(QStringLiteral("npvByProjectChart"));
    setUpCategoryAxis(plot()->xAxis);
    plot()->yAxis->grid()->setZeroLinePen(QPen(QColor(0x30, 0x30, 0x30), 1.2));
    showMessage(tr("No project has results to show."));
}

void NpvByProjectChart::setProjects(
    const std::vector<const economics::ProjectEvaluation *> &evaluations,
    const QStringList &projectLabels, const QStringList &scenarioIds,
    const QStringList &scenarioNames, int priceBaseYear)
{
    Q_ASSERT(projectLabels.size() == qsizetype(evaluations.size()));
    Q_ASSERT(scenarioNames.size() == scenarioIds.size());
    clearContents();
    m_bars.clear();
    m_projectLabels = projectLabels;
    if (evaluations.empty() || scenarioIds.isEmpty()) {
        showMessage(tr("No project has results to show."));
        return;
    }
    const double scale = units::moneyScale();
    const int seriesCount = int(scenarioIds.size());
    const double width = kGroupWidth / seriesCount;
    const bool labelled = seriesCount * int(evaluations.size()) <= kMaxLabelledBars;
    std::vector<double> values;
    for (int s = 0; s < seriesCount; ++s) {
        auto *bars = new QCPBars(plot()->xAxis, plot()->yAxis);
        bars->setName(scenarioNames[s]);
        bars->setWidth(width * 0.92);
        bars->setBrush(seriesColor(s));
        bars->setPen(QPen(seriesColor(s).darker(130)));
        const double offset = (s - (seriesCount - 1) / 2.0) * width;
        for (std::size_t g = 0; g < evaluations.size(); ++g)
            for (const economics::ScenarioEvaluation &e : evaluations[g]->scenarios) {
                if (e.scenarioId != scenarioIds[s])
                    continue;
                const double key = double(g + 1) + offset;
                bars->addData(key, e.npvEur / scale);
                values.push_back(e.npvEur / scale);
                if (labelled)
                    valueLabel(plot(), plot()->xAxis, plot()->yAxis, key, e.npvEur / scale,
                               format::number(e.npvEur / scale, 0), smallFont());
            }
        m_bars.push_back(bars);
    }
    setCategories(plot()->xAxis, projectLabels);
    plot()->xAxis->setLabel(tr("Project (one bar per scenario)"));
    plot()->yAxis->setLabel(moneyAxisLabel(tr("Net present value"), priceBaseYear));
    plot()->yAxis->setRange(paddedRange(values, 0.1));
    finish();
}

QString NpvByProjectChart::dataToolTip(QCPAbstractPlottable *plottable, int dataIndex) const
{
    const double key = plottable->interface1D()->dataMainKey(dataIndex);
    const double value = plottable->interface1D()->dataMainValue(dataIndex);
    const QString project = m_projectLabels.value(qsizetype(std::lround(key)) - 1);
    return tr("%1\n%2: NPV %3").arg(project, plottable->name(), money(value * units::moneyScale()));
}

} // namespace gridcba::ui
