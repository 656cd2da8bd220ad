#include "sweepresultsview.h"

#include "charts/commissioningyearchart.h"
#include "charts/tornadochart.h"
#include "format.h"
#include "model/study.h"
#include "sensitivitytext.h"
#include "tables.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QRadioButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace gridcba::ui {

namespace {

constexpr int kInputColumnWidth = 210;
constexpr int kMaxSwitchingWidth = 640;

// Units are in the input column: they differ per row.
QStringList switchingHeaders()
{
    return {SweepResultsView::tr("Input (unit)"), SweepResultsView::tr("Study value"),
            SweepResultsView::tr("NPV = 0 at"), SweepResultsView::tr("B/C = 1 at")};
}
constexpr int kBottomRowHeight = 420;

QString switchingText(sensitivity::InputId id, const sensitivity::SwitchingValue &s)
{
    if (s.status == sensitivity::SwitchingValue::Status::Found)
        return SensitivityText::value(id, s.value);
    return SweepResultsView::tr("none in [%1, %2]")
        .arg(SensitivityText::value(id, s.searchLow), SensitivityText::value(id, s.searchHigh));
}

} // namespace

SweepResultsView::SweepResultsView(QWidget *parent)
    : QWidget(parent), m_caption(textLabel()), m_scenario(new QComboBox),
      m_showNpv(new QRadioButton(tr("NPV (M€)"))), m_showBc(new QRadioButton(tr("B/C ratio"))),
      m_tornado(new TornadoChart), m_switching(new QTableWidget),
      m_commissioning(new CommissioningYearChart)
{
    m_scenario->setObjectName(QStringLiteral("sweepScenario"));
    m_scenario->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_scenario->setToolTip(tr("The scenario whose tornado and switching values are shown"));
    m_showNpv->setChecked(true);
    m_showNpv->setToolTip(tr("Bars show the net present value, in M€, with each input at the "
                             "ends of its range"));
    m_showBc->setToolTip(tr("Bars show the benefit/cost ratio (no unit) with each input at the "
                            "ends of its range"));
    auto *metric = new QButtonGroup(this);
    metric->addButton(m_showNpv);
    metric->addButton(m_showBc);
    connect(m_scenario, &QComboBox::currentIndexChanged, this, &SweepResultsView::showScenario);
    connect(m_showBc, &QRadioButton::toggled, this, &SweepResultsView::showScenario);

    m_switching->setObjectName(QStringLiteral("switchingTable"));
    setUpReadOnlyTable(m_switching);
    m_switching->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_switching->setWordWrap(true);
    m_switching->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_switching->setToolTip(tr("Switching values: the value of one input at which the NPV "
                               "becomes zero or the B/C ratio one, all other inputs at the "
                               "study's values."));

    auto *controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Scenario:")));
    controls->addWidget(m_scenario);
    controls->addSpacing(16);
    controls->addWidget(new QLabel(tr("Tornado of:")));
    controls->addWidget(m_showNpv);
    controls->addWidget(m_showBc);
    controls->addStretch();

    // The tornado across the full width, so long input names leave room for the bars; the
    // switching values and the commissioning-year curve side by side below it.
    auto *tableColumn = new QWidget;
    auto *tableLayout = new QVBoxLayout(tableColumn);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(sectionTitle(tr("Switching values")));
    tableLayout->addWidget(m_switching, 1);
    auto *bottom = new QSplitter(Qt::Horizontal);
    bottom->setChildrenCollapsible(false);
    bottom->addWidget(tableColumn);
    bottom->addWidget(m_commissioning);
    bottom->setStretchFactor(0, 0);
    bottom->setStretchFactor(1, 1);
    bottom->setMinimumHeight(kBottomRowHeight);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_caption);
    layout->addLayout(controls);
    layout->addWidget(m_tornado);
    layout->addWidget(bottom, 1);
    clear(tr("No sweep has been run for this project yet."));
}

void SweepResultsView::clear(const QString &message)
{
    m_result = {};
    m_caption->setText(message);
    m_scenario->clear();
    m_scenario->setEnabled(false);
    m_tornado->showMessage(tr("Run a sweep to see which inputs move the result most."));
    m_commissioning->showMessage(tr("Run a sweep to see the value of timing."));
    setTableContent(m_switching, {switchingHeaders(), {}, {}});
}

void SweepResultsView::setResult(const model::Study &study, const sensitivity::SweepResult &result,
                                 const QString &caption)
{
    m_result = result;
    m_priceBaseYear = study.economics.priceBaseYear;
    m_caption->setText(caption);
    QStringList names;
    for (const sensitivity::ScenarioSweepResult &s : result.scenarios)
        names << SensitivityText::scenarioName(study, s.scenarioId);
    {
        const QSignalBlocker blocker(m_scenario);
        const QString previous = m_scenario->currentText();
        m_scenario->clear();
        m_scenario->addItems(names);
        m_scenario->setCurrentIndex(std::max(0, int(names.indexOf(previous))));
        m_scenario->setEnabled(!names.isEmpty());
    }
    const model::Project *project = study.project(result.projectId);
    m_commissioning->setResult(result, names, project ? project->commissioningYear : 0,
                               m_priceBaseYear);
    showScenario();
}

void SweepResultsView::showScenario()
{
    const int i = m_scenario->currentIndex();
    if (i < 0 || i >= int(m_result.scenarios.size()))
        return;
    const sensitivity::ScenarioSweepResult &scenario = m_result.scenarios[std::size_t(i)];
    const auto metric =
        m_showBc->isChecked() ? TornadoChart::Metric::BcRatio : TornadoChart::Metric::Npv;
    m_tornado->setScenario(scenario, metric, m_priceBaseYear);
    m_tornado->setTitle(metric == TornadoChart::Metric::Npv
                            ? tr("NPV tornado — %1").arg(m_scenario->currentText())
                            : tr("B/C tornado — %1").arg(m_scenario->currentText()));
    showSwitchingValues(scenario);
}

void SweepResultsView::showSwitchingValues(const sensitivity::ScenarioSweepResult &scenario)
{
    TableContent content;
    content.headers = switchingHeaders();
    content.numericColumns = {1, 2, 3};
    // Same order as the tornado, top row first.
    const std::vector<const sensitivity::InputSweepResult *> order =
        sensitivity::tornadoOrder(scenario);
    for (const sensitivity::InputSweepResult *in : order)
        content.rows.append({SensitivityText::labelWithUnit(in->id),
                             SensitivityText::value(in->id, in->base),
                             switchingText(in->id, in->npvZero), switchingText(in->id, in->bcOne)});
    setTableContent(m_switching, content);
    for (int r = 0; r < m_switching->rowCount(); ++r)
        m_switching->item(r, 0)->setToolTip(SensitivityText::toolTip(order[std::size_t(r)]->id));
    fitColumns(m_switching);
    m_switching->setColumnWidth(0, kInputColumnWidth);
    m_switching->setMinimumWidth(
        std::min(kMaxSwitchingWidth,
                 tableWidth(m_switching) + m_switching->verticalScrollBar()->sizeHint().width()));
}

} // namespace gridcba::ui
