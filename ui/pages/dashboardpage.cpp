#include "dashboardpage.h"

#include "charts/benefitcostchart.h"
#include "charts/cashflowchart.h"
#include "charts/costbearerschart.h"
#include "charts/npvrangechart.h"
#include "studydocument.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace gridcba::ui {

namespace {

QString projectLabel(const model::Project &p)
{
    return p.name.isEmpty() ? p.id : DashboardPage::tr("%1 – %2").arg(p.id, p.name);
}

QLabel *noteLabel(const QString &objectName)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setVisible(false);
    return label;
}

// Selects the item whose data is `id`; the first item when there is none.
void selectData(QComboBox *combo, const QString &id)
{
    combo->setCurrentIndex(std::max(0, combo->findData(id)));
}

} // namespace

DashboardPage::DashboardPage(QWidget *parent)
    : QWidget(parent), m_project(new QComboBox), m_scenarioLabel(new QLabel(tr("&Scenario:"))),
      m_scenario(new QComboBox), m_status(new QLabel), m_stack(new QStackedWidget),
      m_message(new QLabel)
{
    setObjectName(QStringLiteral("dashboardPage"));
    m_project->setObjectName(QStringLiteral("dashboardProject"));
    m_project->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_project->setToolTip(tr("All projects side by side, or the charts of one project"));
    m_scenario->setObjectName(QStringLiteral("dashboardScenario"));
    m_scenario->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_scenario->setToolTip(tr("The scenario of the cash-flow and cost-bearer charts"));
    m_scenarioLabel->setBuddy(m_scenario);
    m_status->setObjectName(QStringLiteral("dashboardStatus"));
    auto *projectLabel = new QLabel(tr("&Project:"));
    projectLabel->setBuddy(m_project);

    auto *bar = new QHBoxLayout;
    bar->addWidget(projectLabel);
    bar->addWidget(m_project);
    bar->addSpacing(16);
    bar->addWidget(m_scenarioLabel);
    bar->addWidget(m_scenario);
    bar->addSpacing(16);
    bar->addWidget(m_status, 1);

    m_message->setObjectName(QStringLiteral("dashboardMessage"));
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setMargin(12);
    m_stack->addWidget(createOverview());
    m_stack->addWidget(createProjectGrid());
    m_stack->addWidget(m_message);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_stack, 1);

    connect(m_project, &QComboBox::currentIndexChanged, this, &DashboardPage::redraw);
    connect(m_scenario, &QComboBox::currentIndexChanged, this, &DashboardPage::showScenarioCharts);
    refresh();
}

QWidget *DashboardPage::createOverview()
{
    m_overviewPage = new QWidget;
    m_overview = new NpvByProjectChart;
    m_overviewNotes = noteLabel(QStringLiteral("dashboardOverviewNotes"));
    auto *layout = new QVBoxLayout(m_overviewPage);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_overview, 1);
    layout->addWidget(m_overviewNotes);
    return m_overviewPage;
}

QWidget *DashboardPage::createProjectGrid()
{
    m_projectPage = new QWidget;
    m_benefitCost = new BenefitCostChart;
    // Told apart from the project page's chart of the same class.
    m_benefitCost->setObjectName(QStringLiteral("dashboardBenefitCostChart"));
    m_npvRange = new NpvRangeChart;
    m_cashFlow = new CashFlowChart;
    m_costBearers = new CostBearersChart;
    m_projectNotes = noteLabel(QStringLiteral("dashboardProjectNotes"));
    auto *grid = new QGridLayout;
    grid->setSpacing(10);
    grid->addWidget(m_benefitCost, 0, 0);
    grid->addWidget(m_npvRange, 0, 1);
    grid->addWidget(m_cashFlow, 1, 0);
    grid->addWidget(m_costBearers, 1, 1);
    for (int i = 0; i < 2; ++i) {
        grid->setRowStretch(i, 1);
        grid->setColumnStretch(i, 1);
    }
    auto *layout = new QVBoxLayout(m_projectPage);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(grid, 1);
    layout->addWidget(m_projectNotes);
    return m_projectPage;
}

void DashboardPage::setDocument(StudyDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document) {
        connect(m_document, &StudyDocument::studyChanged, this, &DashboardPage::refresh);
        connect(m_document, &StudyDocument::resultsChanged, this, &DashboardPage::refresh);
        connect(m_document, &StudyDocument::evaluationStarted, this, &DashboardPage::updateStatus);
    }
    refresh();
}

QString DashboardPage::currentProjectId() const
{
    return m_project->currentData().toString();
}

bool DashboardPage::setCurrentProject(const QString &projectId)
{
    const int index = m_project->findData(projectId);
    if (index < 0)
        return false;
    m_project->setCurrentIndex(index);
    return true;
}

QString DashboardPage::currentScenarioId() const
{
    return currentProjectId().isEmpty() ? QString() : m_scenario->currentData().toString();
}

bool DashboardPage::setCurrentScenario(const QString &scenarioId)
{
    const int index = m_scenario->findData(scenarioId);
    if (index < 0)
        return false;
    m_scenario->setCurrentIndex(index);
    return true;
}

QString DashboardPage::message() const
{
    return m_stack->currentWidget() == m_message ? m_message->text() : QString();
}

void DashboardPage::refresh()
{
    fillProjects();
    updateStatus();
    redraw();
}

void DashboardPage::fillProjects()
{
    const QSignalBlocker blocker(m_project);
    const QString current = currentProjectId();
    m_project->clear();
    m_project->addItem(tr("All projects"), QString());
    if (m_document)
        for (const model::Project &p : m_document->study().projects)
            m_project->addItem(projectLabel(p), p.id);
    selectData(m_project, current);
}

void DashboardPage::fillScenarios(const economics::ProjectEvaluation &evaluation)
{
    const QSignalBlocker blocker(m_scenario);
    const QString current = m_scenario->currentData().toString();
    m_scenario->clear();
    for (const economics::ScenarioEvaluation &s : evaluation.scenarios)
        m_scenario->addItem(scenarioName(s.scenarioId), s.scenarioId);
    selectData(m_scenario, current);
}

void DashboardPage::updateStatus()
{
    const bool updating = m_document && !m_document->resultsUpToDate();
    m_status->setText(updating ? tr("Results are being updated…") : QString());
}

void DashboardPage::redraw()
{
    const QString projectId = currentProjectId();
    const bool overview = projectId.isEmpty();
    m_scenarioLabel->setVisible(!overview);
    m_scenario->setVisible(!overview);
    if (!m_document)
        showMessage(tr("Open or create a study to see its results here."));
    else if (overview)
        showOverview();
    else
        showProject(projectId);
}

void DashboardPage::showOverview()
{
    const model::Study &study = m_document->study();
    std::vector<const economics::ProjectEvaluation *> evaluations;
    QStringList labels, notes;
    for (const model::Project &p : study.projects) {
        const ProjectResult *r = m_document->result(p.id);
        if (!r)
            notes << tr("%1: not evaluated yet.").arg(projectLabel(p));
        else if (!r->evaluation)
            notes << tr("%1 cannot be evaluated: %2").arg(projectLabel(p), r->error);
        else if (r->evaluation->scenarios.empty())
            notes << tr("%1: no indicator inputs in any scenario.").arg(projectLabel(p));
        else {
            evaluations.push_back(&*r->evaluation);
            labels << projectLabel(p);
        }
    }
    QStringList scenarioIds, scenarioNames;
    for (const model::Scenario &s : study.scenarios) {
        const bool shown = std::any_of(evaluations.begin(), evaluations.end(), [&](auto *e) {
            return std::any_of(e->scenarios.begin(), e->scenarios.end(),
                               [&](const auto &se) { return se.scenarioId == s.id; });
        });
        if (shown) {
            scenarioIds << s.id;
            scenarioNames << scenarioName(s.id);
        }
    }
    m_overview->setProjects(evaluations, labels, scenarioIds, scenarioNames,
                            study.economics.priceBaseYear);
    m_overviewNotes->setText(notes.isEmpty() ? QString()
                                             : tr("Not in the chart:") + u'\n' + notes.join(u'\n'));
    m_overviewNotes->setVisible(!notes.isEmpty());
    m_stack->setCurrentWidget(m_overviewPage);
}

void DashboardPage::showProject(const QString &projectId)
{
    const model::Study &study = m_document->study();
    const model::Project *project = study.project(projectId);
    const ProjectResult *result = m_document->result(projectId);
    if (!project || !result) {
        showMessage(tr("Project %1 has not been evaluated yet.").arg(projectId));
        return;
    }
    if (!result->evaluation) {
        showMessage(tr("%1 cannot be evaluated, so there is nothing to chart. The engine "
                       "reports:\n\n%2")
                        .arg(projectLabel(*project), result->error));
        return;
    }
    const economics::ProjectEvaluation &e = *result->evaluation;
    if (e.scenarios.empty()) {
        showMessage(tr("%1 has no indicator inputs in any scenario, so there is nothing to "
                       "chart. Enter its benefits (B1, B2, …) per scenario and study year.")
                        .arg(projectLabel(*project)));
        return;
    }
    QStringList names;
    for (const economics::ScenarioEvaluation &s : e.scenarios)
        names << scenarioName(s.scenarioId);
    m_benefitCost->setEvaluation(e, names, study.economics.priceBaseYear);
    m_npvRange->setEvaluation(e, names, study.economics.priceBaseYear);
    fillScenarios(e);
    showScenarioCharts();
    QStringList notAssessed;
    for (const QString &id : e.scenariosNotAssessed)
        notAssessed << scenarioName(id);
    m_projectNotes->setText(notAssessed.isEmpty()
                                ? QString()
                                : tr("Not assessed (no indicator inputs): %1.")
                                      .arg(notAssessed.join(QStringLiteral(", "))));
    m_projectNotes->setVisible(!notAssessed.isEmpty());
    m_stack->setCurrentWidget(m_projectPage);
}

void DashboardPage::showScenarioCharts()
{
    if (!m_document || currentProjectId().isEmpty())
        return;
    const model::Study &study = m_document->study();
    const model::Project *project = study.project(currentProjectId());
    const ProjectResult *result = m_document->result(currentProjectId());
    if (!project || !result || !result->evaluation)
        return;
    const QString scenarioId = m_scenario->currentData().toString();
    for (const economics::ScenarioEvaluation &s : result->evaluation->scenarios) {
        if (s.scenarioId != scenarioId)
            continue;
        const QString name = scenarioName(s.scenarioId);
        m_cashFlow->setScenario(s, name, study.economics.priceBaseYear);
        m_costBearers->setProject(*project, s, name, study.economics.priceBaseYear);
    }
}

void DashboardPage::showMessage(const QString &text)
{
    m_message->setText(text);
    m_stack->setCurrentWidget(m_message);
}

QString DashboardPage::scenarioName(const QString &scenarioId) const
{
    const model::Scenario *s = m_document ? m_document->study().scenario(scenarioId) : nullptr;
    return s && !s->name.isEmpty() ? s->name : scenarioId;
}

} // namespace gridcba::ui
