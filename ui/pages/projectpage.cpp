#include "projectpage.h"

#include "charts/capexchart.h"
#include "editing/editabletable.h"
#include "editing/projectadapters.h"
#include "editing/recordform.h"
#include "editing/studytablemodel.h"
#include "format.h"
#include "model/study.h"
#include "resultspanel.h"
#include "studydocument.h"
#include "tables.h"
#include "units.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

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

void showWarnings(QLabel *label, const QStringList &warnings)
{
    label->setText(warnings.join(u'\n'));
    label->setVisible(!warnings.isEmpty());
}

QWidget *column(std::initializer_list<QWidget *> widgets, int stretchIndex)
{
    auto *w = new QWidget;
    auto *layout = new QVBoxLayout(w);
    layout->setContentsMargins(0, 0, 0, 0);
    int i = 0;
    for (QWidget *child : widgets)
        layout->addWidget(child, i++ == stretchIndex ? 1 : 0);
    return w;
}

QStringList problemsOf(const EditableTable *table, const model::Study &study)
{
    const TableAdapterPtr &adapter = table->model()->adapter();
    return adapter ? adapter->checkTable(study) : QStringList();
}

} // namespace

ProjectPage::ProjectPage(QWidget *parent)
    : QWidget(parent), m_title(pageTitle()), m_summary(textLabel()), m_stack(new QStackedWidget),
      m_placeholder(textLabel()), m_tabs(new QTabWidget), m_resultsStatus(textLabel()),
      m_results(new ResultsPanel), m_info(new RecordForm),
      m_investments(new EditableTable(QStringLiteral("investmentsTable"))),
      m_phasingTitle(sectionTitle({})), m_phasingNote(textLabel()),
      m_phasing(new EditableTable(QStringLiteral("capexPhasingTable"))), m_chart(new CapexChart),
      m_borders(new EditableTable(QStringLiteral("bordersTable"))),
      m_bordersWarning(warningLabel(QStringLiteral("bordersWarning"))),
      m_costShares(new EditableTable(QStringLiteral("costSharesTable"))),
      m_costSharesWarning(warningLabel(QStringLiteral("costSharesWarning"))),
      m_inputs(new EditableTable(QStringLiteral("indicatorInputsTable"))),
      m_inputsWarning(warningLabel(QStringLiteral("indicatorInputsWarning"))),
      m_othersTitle(sectionTitle({})),
      m_others(new EditableTable(QStringLiteral("otherBenefitsTable"))),
      m_qualitative(new EditableTable(QStringLiteral("qualitativeTable")))
{
    setObjectName(QStringLiteral("projectPage"));
    m_title->setObjectName(QStringLiteral("projectTitle"));
    m_tabs->setObjectName(QStringLiteral("projectTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(createResultsTab(), tr("Economic results"));
    m_tabs->addTab(createGeneralTab(), tr("General"));
    m_tabs->addTab(createInvestmentsTab(), tr("Investments and CAPEX"));
    m_tabs->addTab(createBordersTab(), tr("Borders and cost shares"));
    m_tabs->addTab(createInputsTab(), tr("Indicator inputs"));
    m_tabs->addTab(createQualitativeTab(), tr("Qualitative indicators"));

    m_placeholder->setObjectName(QStringLiteral("projectPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setText(tr("This project is no longer in the study. Choose a project in the "
                              "list on the left."));
    m_stack->addWidget(m_tabs);
    m_stack->addWidget(m_placeholder);
    for (EditableTable *table :
         {m_investments, m_phasing, m_borders, m_costShares, m_inputs, m_others, m_qualitative})
        connect(table->model(), &QAbstractItemModel::modelReset, this,
                [table] { table->compactColumns(); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addSpacing(4);
    layout->addWidget(m_stack, 1);
}

QWidget *ProjectPage::createResultsTab()
{
    m_resultsStatus->setObjectName(QStringLiteral("resultsStatus"));
    m_resultsStatus->setStyleSheet(QStringLiteral("color: #555555; font-style: italic;"));
    m_resultsStatus->hide();
    return column({m_resultsStatus, m_results}, 1);
}

QWidget *ProjectPage::createGeneralTab()
{
    m_info->setObjectName(QStringLiteral("projectInfoForm"));
    m_info->setMaximumWidth(760);
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(m_info);
    layout->addStretch(1);
    return scrollable(content);
}

QWidget *ProjectPage::createInvestmentsTab()
{
    m_phasingTitle->setObjectName(QStringLiteral("capexPhasingTitle"));
    m_phasingNote->setObjectName(QStringLiteral("capexPhasingNote"));
    auto *details = new QSplitter(Qt::Horizontal);
    details->setChildrenCollapsible(false);
    m_phasing->setMinimumWidth(320);
    m_phasingNote->setMaximumWidth(420);
    details->addWidget(column({m_phasingNote, m_phasing}, 1));
    details->addWidget(m_chart);
    details->setStretchFactor(0, 0);
    details->setStretchFactor(1, 1);

    auto *split = new QSplitter(Qt::Vertical);
    split->setChildrenCollapsible(false);
    split->addWidget(column({sectionTitle(tr("Investments")), m_investments}, 1));
    split->addWidget(column({m_phasingTitle, details}, 1));
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);

    connect(m_investments->view()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    selectInvestment(current.row());
            });
    connect(m_investments->model(), &QAbstractItemModel::modelReset, this, [this] {
        if (m_investment < m_investments->model()->rowCount())
            m_investments->view()->setCurrentIndex(m_investments->model()->index(m_investment, 0));
    });
    return split;
}

QWidget *ProjectPage::createBordersTab()
{
    auto *split = new QSplitter(Qt::Horizontal);
    split->setChildrenCollapsible(false);
    split->addWidget(column(
        {sectionTitle(tr("Transfer capacity added per border")), m_borders, m_bordersWarning}, 1));
    split->addWidget(column({sectionTitle(tr("Cost shares")),
                             textLabel(tr("Share of the project's costs each country bears.")),
                             m_costShares, m_costSharesWarning},
                            2));
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    return split;
}

QWidget *ProjectPage::createInputsTab()
{
    m_othersTitle->setObjectName(QStringLiteral("otherBenefitsTitle"));
    auto *caption = textLabel(
        tr("One row per scenario and study year, already combined over climate years. An empty "
           "cell means “not assessed”. Hover a column header for the meaning and sign of its "
           "indicator."));
    auto *split = new QSplitter(Qt::Vertical);
    split->setChildrenCollapsible(false);
    split->addWidget(column({caption, m_inputs, m_inputsWarning}, 1));
    split->addWidget(column({m_othersTitle, m_others}, 1));
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);

    connect(m_inputs->view()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    selectInput(current.row());
            });
    connect(m_inputs->model(), &QAbstractItemModel::modelReset, this, [this] {
        if (m_input < m_inputs->model()->rowCount())
            m_inputs->view()->setCurrentIndex(m_inputs->model()->index(m_input, 0));
    });
    return split;
}

QWidget *ProjectPage::createQualitativeTab()
{
    auto *caption = textLabel(tr("Indicators that are not monetised: B7 flexibility, B8 "
                                 "stability, S1–S3 residual impacts. They are reported beside "
                                 "the NPV, never added to it."));
    m_qualitative->view()->horizontalHeader()->setStretchLastSection(true);
    return column({caption, m_qualitative}, 1);
}

void ProjectPage::setDocument(StudyDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_index = -1;
    m_sourcesKey.clear();
    m_investmentKey.clear();
    m_inputKey.clear();
    for (EditableTable *table :
         {m_investments, m_phasing, m_borders, m_costShares, m_inputs, m_others, m_qualitative})
        table->setSource(nullptr, nullptr);
    m_info->setSource(nullptr, nullptr);
    if (m_document) {
        connect(m_document, &StudyDocument::studyChanged, this, &ProjectPage::onStudyChanged);
        connect(m_document, &StudyDocument::evaluationStarted, this,
                [this] { refreshResults(false); });
        connect(m_document, &StudyDocument::resultsChanged, this, [this] { refreshResults(true); });
    }
    onStudyChanged();
}

void ProjectPage::showProject(int index)
{
    m_index = index;
    m_investment = 0;
    m_input = 0;
    m_sourcesKey.clear();
    m_investmentKey.clear();
    m_inputKey.clear();
    onStudyChanged();
    refreshResults(true);
}

void ProjectPage::setProject(const model::Study &study, const model::Project &project,
                             const ProjectResult &result)
{
    if (m_document) {
        const auto &projects = m_document->study().projects;
        const auto it = std::find_if(projects.begin(), projects.end(),
                                     [&](const model::Project &p) { return p.id == project.id; });
        if (it != projects.end()) {
            const int index = int(it - projects.begin());
            if (index != m_index)
                showProject(index);
            else
                refreshResults(true);
            return;
        }
    }
    m_title->setText(tr("%1 – %2").arg(project.id, project.name));
    m_summary->clear();
    m_stack->setCurrentWidget(m_tabs);
    m_results->setResult(study, project, result);
}

void ProjectPage::addTab(QWidget *page, const QString &title)
{
    m_tabs->addTab(page, title);
}

const model::Project *ProjectPage::project() const
{
    if (!m_document || m_index < 0 || m_index >= int(m_document->study().projects.size()))
        return nullptr;
    return &m_document->study().projects[size_t(m_index)];
}

void ProjectPage::onStudyChanged()
{
    const model::Project *p = project();
    if (!p) {
        m_title->setText(m_document ? tr("No project") : QString());
        m_summary->clear();
        m_stack->setCurrentWidget(m_placeholder);
        return;
    }
    m_stack->setCurrentWidget(m_tabs);
    m_investment = std::clamp(m_investment, 0, std::max(0, int(p->investments.size()) - 1));
    m_input = std::clamp(m_input, 0, std::max(0, int(p->indicatorInputs.size()) - 1));
    setSources();
    refreshHeader();
    refreshDetails();
    refreshWarnings();
    refreshResults(false);
}

// Makes the adapters anew when what their titles or choices show changed (an id, the
// scenarios, the selected investment or input row).
void ProjectPage::setSources()
{
    const model::Study &study = m_document->study();
    const model::Project &p = *project();
    QString key = p.id;
    for (const model::Scenario &s : study.scenarios)
        key += u'|' + s.id;
    if (key != m_sourcesKey) {
        m_sourcesKey = key;
        m_investmentKey.clear();
        m_inputKey.clear();
        m_info->setSource(m_document, std::make_shared<ProjectInfoAdapter>(study, m_index));
        setTableSource(m_investments, std::make_shared<InvestmentsAdapter>(study, m_index));
        setTableSource(m_borders, std::make_shared<BordersAdapter>(study, m_index));
        setTableSource(m_costShares, std::make_shared<CostSharesAdapter>(study, m_index));
        setTableSource(m_inputs, std::make_shared<IndicatorInputsAdapter>(study, m_index));
        setTableSource(m_qualitative, std::make_shared<QualitativeAdapter>(study, m_index));
    }

    QString investmentKey = p.id + u'|' + QString::number(m_investment);
    if (m_investment < int(p.investments.size()))
        investmentKey += u'|' + p.investments[size_t(m_investment)].id + u'|' +
                         p.investments[size_t(m_investment)].name;
    if (investmentKey != m_investmentKey) {
        m_investmentKey = investmentKey;
        setTableSource(m_phasing, p.investments.empty() ? nullptr
                                                        : std::make_shared<CapexPhasingAdapter>(
                                                              study, m_index, m_investment));
    }

    QString inputKey = p.id + u'|' + QString::number(m_input);
    if (m_input < int(p.indicatorInputs.size()))
        inputKey += u'|' + p.indicatorInputs[size_t(m_input)].scenarioId + u'|' +
                    QString::number(p.indicatorInputs[size_t(m_input)].year);
    if (inputKey != m_inputKey) {
        m_inputKey = inputKey;
        setTableSource(m_others, p.indicatorInputs.empty() ? nullptr
                                                           : std::make_shared<OtherBenefitsAdapter>(
                                                                 study, m_index, m_input));
    }
}

void ProjectPage::setTableSource(EditableTable *table, TableAdapterPtr adapter)
{
    table->setSource(m_document, std::move(adapter));
    table->compactColumns();
}

void ProjectPage::selectInvestment(int index)
{
    if (index == m_investment || !project())
        return;
    m_investment = index;
    setSources();
    refreshDetails();
}

void ProjectPage::selectInput(int index)
{
    if (index == m_input || !project())
        return;
    m_input = index;
    setSources();
    refreshDetails();
}

void ProjectPage::refreshHeader()
{
    const model::Project &p = *project();
    m_title->setText(tr("%1 – %2").arg(p.id, p.name));
    m_summary->setText(tr("%1 · commissioning %2 · indicator inputs in € of %3 prices")
                           .arg(kindName(p.kind), format::year(p.commissioningYear),
                                format::year(p.benefitPriceYear)));
}

// The CAPEX phasing title, note and chart of the selected investment; the title of the
// selected input row's other benefits.
void ProjectPage::refreshDetails()
{
    const model::Project &p = *project();
    if (p.investments.empty()) {
        m_phasingTitle->setText(tr("CAPEX phasing"));
        m_phasingNote->setText(tr("The project has no investment yet: add one above."));
        m_chart->clear(tr("No investment"));
    } else {
        const model::Investment &inv = p.investments[size_t(m_investment)];
        const QString name = inv.name.isEmpty() ? inv.id : inv.name;
        m_phasingTitle->setText(tr("CAPEX phasing of %1 (%2 of %3 prices)")
                                    .arg(name, units::moneySymbol(), format::year(inv.priceYear)));
        QString note;
        if (!inv.capex.empty())
            note = tr("The phasing is used instead of the lump sum in the investments table.");
        else if (inv.constructionYears > 0 && inv.capexLumpSum.centralEur > 0.0)
            note = tr("No phasing: the lump sum is spread evenly over the %n construction "
                      "year(s) before commissioning. Add rows here to phase it yourself.",
                      nullptr, inv.constructionYears);
        else
            note = tr("No phasing yet: add a row per year here, or give a lump sum and its "
                      "construction years in the investments table.");
        m_phasingNote->setText(note);
        m_chart->setCapex(capexSchedule(inv, p.commissioningYear), name, inv.priceYear,
                          inv.capex.empty());
    }
    if (p.indicatorInputs.empty()) {
        m_othersTitle->setText(tr("Other benefits"));
    } else {
        const model::IndicatorInput &in = p.indicatorInputs[size_t(m_input)];
        m_othersTitle->setText(tr("Other benefits of the selected row: scenario %1, %2")
                                   .arg(in.scenarioId, format::year(in.year)));
    }
}

void ProjectPage::refreshWarnings()
{
    const model::Study &study = m_document->study();
    showWarnings(m_bordersWarning, problemsOf(m_borders, study));
    showWarnings(m_costSharesWarning, problemsOf(m_costShares, study));
    showWarnings(m_inputsWarning, problemsOf(m_inputs, study));
}

void ProjectPage::refreshResults(bool resultsChanged)
{
    const model::Project *p = project();
    if (!p)
        return;
    const bool upToDate = m_document->resultsUpToDate();
    m_resultsStatus->setText(upToDate ? QString() : tr("Results are being updated…"));
    m_resultsStatus->setVisible(!upToDate);
    if (!resultsChanged)
        return;
    if (const ProjectResult *result = m_document->result(p->id))
        m_results->setResult(m_document->study(), *p, *result);
}

} // namespace gridcba::ui
