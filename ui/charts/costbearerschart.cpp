#include "costbearerschart.h"

#include "format.h"
#include "units.h"

#include <QFontMetrics>
#include <QStringList>
#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace gridcba::ui {

namespace {

constexpr double kBarWidth = 0.55;
const QColor kDecommissioningColor(0x66, 0x66, 0x66);

QString noteText()
{
    return CostBearersChart::tr(
        "Beneficiaries by country come from the market model: B1 split by country is on the "
        "project's Market model tab once the model has run. CAPEX, OPEX and decommissioning "
        "are split by the project's cost shares.");
}

// `text` broken into lines no wider than `width` pixels, at spaces.
QString wrapped(const QString &text, const QFontMetrics &metrics, int width)
{
    QStringList lines;
    QString line;
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
        const QString longer = line.isEmpty() ? word : line + u' ' + word;
        if (!line.isEmpty() && metrics.horizontalAdvance(longer) > width) {
            lines << line;
            line = word;
        } else {
            line = longer;
        }
    }
    lines << line;
    return lines.join(u'\n');
}

} // namespace

std::vector<CostBearer> costBearers(const model::Project &project,
                                    const economics::ScenarioEvaluation &scenario)
{
    std::vector<CostBearer> out;
    for (const auto &[country, share] : project.costShares)
        out.push_back({country, share, share * scenario.pvCapexEur, share * scenario.pvOpexEur,
                       share * scenario.pvDecommissioningEur});
    return out;
}

CostBearersChart::CostBearersChart(QWidget *parent)
    : PlotWidget(tr("Cost bearers per country"), true, parent)
{
    setObjectName(QStringLiteral("costBearersChart"));
    plot()->xAxis->setTicker(QSharedPointer<QCPAxisTickerText>::create());
    plot()->xAxis->grid()->setVisible(false);
    plot()->xAxis->setTickLength(0, 0);
    plot()->xAxis->setSubTicks(false);

    // Below the legend, inside the plot, so that exports carry it too.
    m_note = new QCPTextElement(plot(), noteText(), smallFont());
    m_note->setTextFlags(Qt::AlignLeft | Qt::AlignVCenter);
    m_note->setTextColor(QColor(0x50, 0x50, 0x50));
    m_note->setMargins(QMargins(12, 0, 12, 6));
    const int row = plot()->plotLayout()->rowCount();
    plot()->plotLayout()->addElement(row, 0, m_note);
    plot()->plotLayout()->setRowStretchFactor(row, 0.001);
    wrapNote();
    showMessage(tr("No results to show."));
}

void CostBearersChart::resizeEvent(QResizeEvent *event)
{
    wrapNote(); // before the base class lays out and replots
    PlotWidget::resizeEvent(event);
}

void CostBearersChart::wrapNote()
{
    m_note->setText(wrapped(noteText(), QFontMetrics(m_note->font()), std::max(200, width() - 24)));
}

void CostBearersChart::setProject(const model::Project &project,
                                  const economics::ScenarioEvaluation &scenario,
                                  const QString &scenarioName, int priceBaseYear)
{
    clearContents();
    m_bars.clear();
    m_bearers = costBearers(project, scenario);
    setTitle(tr("Cost bearers per country — %1").arg(scenarioName));
    if (m_bearers.empty()) {
        showMessage(tr("No cost shares are entered for this project:\nenter them in the "
                       "project's costs to see who bears them."));
        return;
    }
    addBars();
    setUpAxes(priceBaseYear);
    finish();
}

void CostBearersChart::addBars()
{
    struct Series
    {
        QString name;
        QColor color;
        double CostBearer::*valueEur;
    };
    const Series series[] = {
        {tr("CAPEX"), seriesColor(1), &CostBearer::capexEur},
        {tr("OPEX"), seriesColor(4), &CostBearer::opexEur},
        {tr("Decommissioning"), kDecommissioningColor, &CostBearer::decommissioningEur}};
    const double scale = units::moneyScale();
    for (const Series &s : series) {
        QVector<double> keys, values;
        for (std::size_t i = 0; i < m_bearers.size(); ++i) {
            keys << double(i + 1);
            values << m_bearers[i].*s.valueEur / scale;
        }
        if (std::all_of(values.begin(), values.end(), [](double v) { return v == 0.0; }))
            continue;
        auto *bars = new QCPBars(plot()->xAxis, plot()->yAxis);
        bars->setName(s.name);
        bars->setWidth(kBarWidth);
        bars->setBrush(s.color);
        bars->setPen(QPen(s.color.darker(130)));
        bars->setStackingGap(0);
        bars->setData(keys, values, true);
        if (!m_bars.empty())
            bars->moveAbove(m_bars.back());
        m_bars.push_back(bars);
    }
    // The total and the share on top of each stack.
    for (std::size_t i = 0; i < m_bearers.size(); ++i) {
        const CostBearer &b = m_bearers[i];
        auto *label = new QCPItemText(plot());
        label->position->setCoords(double(i + 1), b.totalEur() / scale);
        label->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
        label->setPadding(QMargins(2, 2, 2, 2));
        label->setFont(smallFont());
        //: total cost a country bears, its share of the costs
        label->setText(tr("%1 (%2)").arg(money(b.totalEur()), format::percent(b.share, 0)));
    }
}

void CostBearersChart::setUpAxes(int priceBaseYear)
{
    auto ticker = qSharedPointerCast<QCPAxisTickerText>(plot()->xAxis->ticker());
    ticker->clear();
    double highest = 0.0;
    for (std::size_t i = 0; i < m_bearers.size(); ++i) {
        ticker->addTick(double(i + 1), m_bearers[i].country);
        highest = std::max(highest, m_bearers[i].totalEur() / units::moneyScale());
    }
    plot()->xAxis->setRange(0.4, double(m_bearers.size()) + 0.6);
    plot()->xAxis->setLabel(tr("Country"));
    plot()->yAxis->setLabel(moneyAxisLabel(tr("PV of costs borne"), priceBaseYear));
    plot()->yAxis->setRange(0.0, std::max(highest, 1e-9) * 1.18);
}

QString CostBearersChart::dataToolTip(QCPAbstractPlottable *plottable, int dataIndex) const
{
    const std::size_t i =
        std::size_t(std::lround(plottable->interface1D()->dataMainKey(dataIndex))) - 1;
    if (i >= m_bearers.size())
        return {};
    const CostBearer &b = m_bearers[i];
    const double valueEur =
        plottable->interface1D()->dataMainValue(dataIndex) * units::moneyScale();
    //: %1 country, %2 CAPEX/OPEX, %3 its value, %4 the country's total, %5 its share
    return tr("%1\n%2: %3\nTotal borne: %4 (%5 of the costs)")
        .arg(b.country, plottable->name(), money(valueEur), money(b.totalEur()),
             format::percent(b.share, 0));
}

} // namespace gridcba::ui
