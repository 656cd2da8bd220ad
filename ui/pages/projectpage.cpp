#include "projectpage.h"

#include "format.h"
#include "model/study.h"
#include "models/investmentsmodel.h"
#include "resultspanel.h"
#include "studydocument.h"
#include "tables.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace gridcba::ui {

namespace {

QString kindName(model::ProjectKind kind)
{
    switch (kind) {
    case model::ProjectKind::Interconnector:
        return ProjectPage::tr("Interconnector");
    case model::ProjectKind::InternalReinforcement:
        return ProjectPage::tr("Internal reinforcement");
    case model::ProjectKind::Storage:
        return ProjectPage::tr("Storage");
    case model::ProjectKind::Other:
        return ProjectPage::tr("Other project");
    }
    return {};
}

QTableWidget *smallTable(const QString &objectName)
{
    auto *table = new QTableWidget;
    table->setObjectName(objectName);
    setUpReadOnlyTable(table);
    return table;
}

} // namespace

ProjectPage::ProjectPage(QWidget *parent)
    : QWidget(parent), m_title(pageTitle()), m_summary(textLabel()), m_description(textLabel()),
      m_tabs(new QTabWidget), m_results(new ResultsPanel),
      m_investmentsModel(new InvestmentsModel(this)), m_investments(new QTableView),
      m_investmentsCaption(textLabel()), m_borders(smallTable(QStringLiteral("bordersTable"))),
      m_costShares(smallTable(QStringLiteral("costSharesTable"))),
      m_qualitativeTitle(sectionTitle(tr("Qualitative indicators"))),
      m_qualitative(smallTable(QStringLiteral("qualitativeTable")))
{
    setObjectName(QStringLiteral("projectPage"));
    m_tabs->setObjectName(QStringLiteral("projectTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_results, tr("Economic results"));
    m_tabs->addTab(createInputsTab(), tr("Investments and capacity"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addWidget(m_description);
    layout->addSpacing(4);
    layout->addWidget(m_tabs, 1);
}

void ProjectPage::addTab(QWidget *page, const QString &title)
{
    m_tabs->addTab(page, title);
}

QWidget *ProjectPage::createInputsTab()
{
    m_investments->setObjectName(QStringLiteral("investmentsTable"));
    m_investments->setModel(m_investmentsModel);
    setUpReadOnlyTable(m_investments);
    m_investments->verticalHeader()->setVisible(false);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(sectionTitle(tr("Investments")));
    layout->addWidget(m_investmentsCaption);
    layout->addWidget(m_investments, 0, Qt::AlignLeft);
    layout->addSpacing(8);
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(24);
    grid->addWidget(sectionTitle(tr("Transfer capacity added per border")), 0, 0);
    grid->addWidget(m_borders, 1, 0, Qt::AlignTop | Qt::AlignLeft);
    grid->addWidget(sectionTitle(tr("Cost shares")), 0, 1);
    grid->addWidget(m_costShares, 1, 1, Qt::AlignTop | Qt::AlignLeft);
    grid->setColumnStretch(2, 1);
    layout->addLayout(grid);
    layout->addSpacing(8);
    layout->addWidget(m_qualitativeTitle);
    layout->addWidget(m_qualitative, 0, Qt::AlignLeft);
    layout->addStretch();
    return scrollable(content);
}

void ProjectPage::setProject(const model::Study &study, const model::Project &project,
                             const ProjectResult &result)
{
    m_title->setText(tr("%1 – %2").arg(project.id, project.name));
    m_summary->setText(tr("%1 · commissioning %2 · indicator inputs in € of %3 prices")
                           .arg(kindName(project.kind), format::year(project.commissioningYear),
                                format::year(project.benefitPriceYear)));
    m_description->setText(project.description);
    m_description->setVisible(!project.description.isEmpty());
    m_results->setResult(study, project, result);

    m_investmentsCaption->setText(tr("CAPEX and OPEX in M€ of each investment's price year."));
    m_investmentsModel->setInvestments(project.investments, project.commissioningYear);
    fitTableSize(m_investments);
    showBorders(project);
    showCostShares(project);
    showQualitative(project);
}

void ProjectPage::showBorders(const model::Project &project)
{
    TableContent content;
    content.headers = {tr("From"), tr("To"), tr("ΔNTC from → to\n(MW)"),
                       tr("ΔNTC to → from\n(MW)")};
    content.numericColumns = {2, 3};
    for (const model::BorderCapacityChange &b : project.borders)
        content.rows.append({b.fromZone, b.toZone, format::number(b.forwardMw, 0),
                             format::number(b.backwardMw, 0)});
    if (content.rows.isEmpty())
        content.rows.append({tr("none"), QString(), QString(), QString()});
    setTableContent(m_borders, content);
    fitTableSize(m_borders);
}

void ProjectPage::showCostShares(const model::Project &project)
{
    TableContent content;
    content.headers = {tr("Country"), tr("Share of costs (%)")};
    content.numericColumns = {1};
    for (const auto &[country, share] : project.costShares)
        content.rows.append({country, format::number(share * 100.0, 1)});
    setTableContent(m_costShares, content);
    fitTableSize(m_costShares);
}

void ProjectPage::showQualitative(const model::Project &project)
{
    TableContent content;
    content.headers = {tr("Indicator"), tr("Score"), tr("Justification")};
    for (const model::QualitativeIndicator &q : project.qualitative)
        content.rows.append({q.id, q.score, q.justification});
    setTableContent(m_qualitative, content);
    fitTableSize(m_qualitative);
    m_qualitativeTitle->setVisible(!content.rows.isEmpty());
    m_qualitative->setVisible(!content.rows.isEmpty());
}

} // namespace gridcba::ui
