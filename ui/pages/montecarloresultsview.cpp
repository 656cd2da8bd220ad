#include "montecarloresultsview.h"

#include "charts/montecarlocharts.h"
#include "format.h"
#include "model/study.h"
#include "sensitivitytext.h"
#include "tables.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace gridcba::ui {

namespace {

constexpr int kChartHeight = 330;

QString optionalRatio(const std::optional<double> &v)
{
    return v ? format::ratio(*v) : format::none();
}

} // namespace

MonteCarloResultsView::MonteCarloResultsView(QWidget *parent)
    : QWidget(parent), m_caption(textLabel()), m_summary(new QTableWidget),
      m_scenario(new QComboBox), m_histogram(new NpvHistogramChart), m_sCurve(new SCurveChart),
      m_drivers(new DriversChart)
{
    m_summary->setObjectName(QStringLiteral("mcSummaryTable"));
    setUpReadOnlyTable(m_summary);
    m_summary->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_scenario->setObjectName(QStringLiteral("mcScenario"));
    m_scenario->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_scenario->setToolTip(tr("The scenario whose histogram and drivers are shown"));
    connect(m_scenario, &QComboBox::currentIndexChanged, this,
            &MonteCarloResultsView::showScenario);

    auto *controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Histogram and drivers of scenario:")));
    controls->addWidget(m_scenario);
    controls->addStretch();

    auto *charts = new QSplitter(Qt::Horizontal);
    charts->setChildrenCollapsible(false);
    charts->addWidget(m_histogram);
    charts->addWidget(m_sCurve);
    charts->addWidget(m_drivers);
    charts->setMinimumHeight(kChartHeight);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_caption);
    layout->addWidget(m_summary, 0, Qt::AlignLeft);
    layout->addLayout(controls);
    layout->addWidget(charts, 1);
    clear(tr("No Monte Carlo analysis has been run for this project yet."));
}

void MonteCarloResultsView::clear(const QString &message)
{
    m_result = {};
    m_caption->setText(message);
    m_scenario->clear();
    m_scenario->setEnabled(false);
    m_histogram->showMessage(tr("Run a Monte Carlo analysis to see the NPV distribution."));
    m_sCurve->showMessage(tr("Run a Monte Carlo analysis to see the S-curve."));
    m_drivers->showMessage(tr("Run a Monte Carlo analysis to see what drives the NPV."));
    showSummary();
}

void MonteCarloResultsView::setResult(const model::Study &study,
                                      const sensitivity::MonteCarloResult &result,
                                      const QString &caption)
{
    m_result = result;
    m_priceBaseYear = study.economics.priceBaseYear;
    m_caption->setText(caption);
    m_scenarioNames.clear();
    for (const sensitivity::McScenarioResult &s : result.scenarios)
        m_scenarioNames << SensitivityText::scenarioName(study, s.scenarioId);
    {
        const QSignalBlocker blocker(m_scenario);
        const QString previous = m_scenario->currentText();
        m_scenario->clear();
        m_scenario->addItems(m_scenarioNames);
        m_scenario->setCurrentIndex(std::max(0, int(m_scenarioNames.indexOf(previous))));
        m_scenario->setEnabled(!m_scenarioNames.isEmpty());
    }
    showSummary();
    m_sCurve->setResult(result, m_scenarioNames, m_priceBaseYear);
    showScenario();
}

void MonteCarloResultsView::showSummary()
{
    TableContent content;
    content.headers = {tr("Scenario"),        tr("NPV P10\n(M€)"),  tr("NPV P50\n(M€)"),
                       tr("NPV P90\n(M€)"),   tr("NPV mean\n(M€)"), tr("NPV std. dev.\n(M€)"),
                       tr("P(NPV > 0)\n(%)"), tr("B/C P10\n(–)"),   tr("B/C P50\n(–)"),
                       tr("B/C P90\n(–)")};
    for (int c = 1; c < kSummaryColumnCount; ++c)
        content.numericColumns << c;
    for (std::size_t i = 0; i < m_result.scenarios.size(); ++i) {
        const sensitivity::McScenarioResult &s = m_result.scenarios[i];
        content.rows.append(
            {m_scenarioNames.value(qsizetype(i)), format::meur(s.npvP10Eur),
             format::meur(s.npvP50Eur), format::meur(s.npvP90Eur), format::meur(s.npvMeanEur),
             format::meur(s.npvStdDevEur), format::number(100.0 * s.probabilityNpvPositive, 1),
             optionalRatio(s.bcP10), optionalRatio(s.bcP50), optionalRatio(s.bcP90)});
    }
    setTableContent(m_summary, content);
    fitTableSize(m_summary);
}

void MonteCarloResultsView::showScenario()
{
    const int i = m_scenario->currentIndex();
    if (i < 0 || i >= int(m_result.scenarios.size()))
        return;
    const sensitivity::McScenarioResult &s = m_result.scenarios[std::size_t(i)];
    m_histogram->setScenario(s, m_scenarioNames.value(i), m_priceBaseYear);
    m_drivers->setScenario(s, m_scenarioNames.value(i));
}

} // namespace gridcba::ui
