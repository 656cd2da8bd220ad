#include "sensitivitypage.h"

#include "model/study.h"
#include "montecarlodefinitionpanel.h"
#include "montecarloresultsview.h"
#include "runhistoryview.h"
#include "studydocument.h"
#include "sweepdefinitionpanel.h"
#include "sweepresultsview.h"

#include <QScrollArea>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace gridcba::ui {

namespace {

QToolButton *sectionToggle(const QString &text, const QString &objectName)
{
    auto *toggle = new QToolButton;
    toggle->setObjectName(objectName);
    toggle->setText(text);
    toggle->setCheckable(true);
    toggle->setChecked(true);
    toggle->setAutoRaise(true);
    toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toggle->setArrowType(Qt::DownArrow);
    QFont bold = toggle->font();
    bold.setBold(true);
    toggle->setFont(bold);
    return toggle;
}

} // namespace

SensitivityPage::SensitivityPage(QWidget *parent)
    : QWidget(parent), m_tabs(new QTabWidget), m_sweepDefinition(new SweepDefinitionPanel),
      m_sweepResults(new SweepResultsView), m_mcDefinition(new MonteCarloDefinitionPanel),
      m_mcResults(new MonteCarloResultsView), m_history(new RunHistoryView),
      m_sweepToggle(sectionToggle(tr("Sweep definition"), QStringLiteral("sweepDefinitionToggle"))),
      m_mcToggle(sectionToggle(tr("Monte Carlo definition"), QStringLiteral("mcDefinitionToggle")))
{
    setObjectName(QStringLiteral("sensitivityPage"));
    m_tabs->setObjectName(QStringLiteral("sensitivityTabs"));
    m_tabs->addTab(createTab(m_sweepDefinition, m_sweepResults, m_sweepToggle),
                   tr("One-at-a-time sweep"));
    m_tabs->addTab(createTab(m_mcDefinition, m_mcResults, m_mcToggle), tr("Monte Carlo"));
    m_tabs->addTab(m_history, tr("Run history"));
    m_tabs->setTabToolTip(SweepTab, tr("Move one input at a time over its range: tornado, "
                                       "switching values and commissioning year"));
    m_tabs->setTabToolTip(MonteCarloTab, tr("Draw the inputs from distributions: P10/P50/P90 "
                                            "of NPV and the probability that NPV > 0"));
    m_tabs->setTabToolTip(HistoryTab, tr("The runs stored in the study: re-open, compare, "
                                         "re-run or delete them"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_tabs);
}

QWidget *SensitivityPage::createTab(QWidget *definition, QWidget *results, QToolButton *toggle)
{
    connect(toggle, &QToolButton::toggled, definition, [definition, toggle](bool shown) {
        definition->setVisible(shown);
        toggle->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
    });
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(toggle, 0, Qt::AlignLeft);
    layout->addWidget(definition);
    layout->addSpacing(6);
    layout->addWidget(results, 1);
    auto *area = new QScrollArea;
    area->setWidget(content);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    return area;
}

void SensitivityPage::setProject(StudyDocument *document, const QString &projectId)
{
    const model::Project *project = document ? document->study().project(projectId) : nullptr;
    if (!project)
        return;
    m_sweepDefinition->setProject(document->study(), *project);
    m_mcDefinition->setProject(document->study(), *project);
    m_sweepResults->clear(tr("No sweep run yet in this session. Stored runs are in the Run "
                             "history tab."));
    m_mcResults->clear(tr("No Monte Carlo analysis run yet in this session. Stored runs are in "
                          "the Run history tab."));
    m_history->setProject(document, projectId);
    showDefinitions(true);
}

void SensitivityPage::showDefinitions(bool shown)
{
    m_sweepToggle->setChecked(shown);
    m_mcToggle->setChecked(shown);
}

void SensitivityPage::setBusy(bool busy)
{
    m_sweepDefinition->setRunEnabled(!busy);
    m_mcDefinition->setRunEnabled(!busy);
    m_history->setActionsEnabled(!busy);
}

} // namespace gridcba::ui
