#include "scenariopage.h"

#include "editing/editabletable.h"
#include "editing/recordform.h"
#include "editing/scenarioadapters.h"
#include "studydocument.h"
#include "tables.h"

#include <QLabel>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace gridcba::ui {

namespace {

void showWarnings(QLabel *label, const ScenarioTableAdapter *adapter, const model::Study &study)
{
    const QStringList warnings = adapter ? adapter->warnings(study) : QStringList();
    label->setText(warnings.isEmpty()
                       ? QString()
                       : QStringLiteral("⚠ ") + warnings.join(QStringLiteral("\n⚠ ")));
    label->setVisible(!warnings.isEmpty());
}

} // namespace

ScenarioPage::ScenarioPage(QWidget *parent)
    : QWidget(parent), m_stack(new QStackedWidget), m_placeholder(textLabel()),
      m_title(pageTitle()), m_info(new RecordForm), m_tabs(new QTabWidget),
      m_studyYears(new EditableTable(QStringLiteral("studyYearsTable"))),
      m_climateYears(new EditableTable(QStringLiteral("climateYearsTable"))),
      m_damageCosts(new EditableTable(QStringLiteral("damageCostsTable"))),
      m_fuelPrices(new EditableTable(QStringLiteral("fuelPricesTable"))),
      m_studyYearsWarning(warningLabel(QStringLiteral("studyYearsWarning"))),
      m_climateYearsWarning(warningLabel(QStringLiteral("climateYearsWarning"))),
      m_fuelPricesWarning(warningLabel(QStringLiteral("fuelPricesWarning")))
{
    setObjectName(QStringLiteral("scenarioPage"));
    m_placeholder->setObjectName(QStringLiteral("scenarioPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(createContent());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    refresh();
}

QWidget *ScenarioPage::createContent()
{
    m_title->setObjectName(QStringLiteral("scenarioTitle"));
    m_info->setObjectName(QStringLiteral("scenarioInfoForm"));
    m_tabs->setObjectName(QStringLiteral("scenarioTabs"));
    m_damageCosts->setRowsEditable(false);

    m_tabs->addTab(
        tablePage(tr("Parameters that value the indicators in each study year, in euros of the "
                     "scenario's price year. Between study years they are interpolated "
                     "linearly."),
                  m_studyYears, m_studyYearsWarning),
        tr("Study years"));
    m_tabs->addTab(tablePage(tr("Weather years simulated by the market studies and their "
                                "weights, which sum to 100 %."),
                             m_climateYears, m_climateYearsWarning),
                   tr("Climate years"));
    m_tabs->addTab(tablePage(tr("Damage cost per tonne of each pollutant of B4 (€/t) per study "
                                "year. An empty cell: the pollutant is not monetised. The rows "
                                "follow the study years."),
                             m_damageCosts, nullptr),
                   tr("Damage costs"));
    m_tabs->addTab(tablePage(tr("Fuel prices per study year for the market model (€/MWh of "
                                "fuel), sorted by fuel. The evaluation does not use them."),
                             m_fuelPrices, m_fuelPricesWarning),
                   tr("Fuel prices"));

    // Short values: a form as wide as a long name needs, not the whole page.
    m_info->setMaximumWidth(760);
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(m_title);
    layout->addSpacing(4);
    layout->addWidget(m_info);
    layout->addSpacing(6);
    layout->addWidget(m_tabs, 1);
    return content;
}

QWidget *ScenarioPage::tablePage(const QString &note, EditableTable *table, QLabel *warning)
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(textLabel(note));
    layout->addWidget(table, 1);
    if (warning)
        layout->addWidget(warning);
    return page;
}

void ScenarioPage::setDocument(StudyDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document)
        connect(m_document, &StudyDocument::studyChanged, this, &ScenarioPage::refresh);
    m_adaptersFor.clear();
    m_index = -1;
    refresh();
}

void ScenarioPage::showScenario(int index)
{
    if (index != m_index)
        m_adaptersFor.clear();
    m_index = index;
    refresh();
}

void ScenarioPage::makeAdapters()
{
    const model::Study &study = m_document->study();
    m_studyYearsAdapter = std::make_shared<StudyYearsAdapter>(study, m_index);
    m_climateYearsAdapter = std::make_shared<ClimateYearsAdapter>(study, m_index);
    m_fuelPricesAdapter = std::make_shared<FuelPricesAdapter>(study, m_index);
    m_info->setSource(m_document, std::make_shared<ScenarioInfoAdapter>(study, m_index));
    m_studyYears->setSource(m_document, m_studyYearsAdapter);
    m_climateYears->setSource(m_document, m_climateYearsAdapter);
    m_damageCosts->setSource(m_document, std::make_shared<DamageCostsAdapter>(study, m_index));
    m_fuelPrices->setSource(m_document, m_fuelPricesAdapter);
    m_adaptersFor = study.scenarios[size_t(m_index)].id;
}

void ScenarioPage::refresh()
{
    const model::Scenario *scenario =
        m_document && m_index >= 0 && m_index < int(m_document->study().scenarios.size())
            ? &m_document->study().scenarios[size_t(m_index)]
            : nullptr;
    if (!scenario) {
        m_placeholder->setText(m_document ? tr("This scenario no longer exists.")
                                          : tr("No study is open."));
        m_stack->setCurrentWidget(m_placeholder);
        m_adaptersFor.clear();
        return;
    }
    // New adapters when the id changed: the tables' titles (undo history) name it.
    if (scenario->id != m_adaptersFor)
        makeAdapters();
    m_stack->setCurrentIndex(1);
    m_title->setText(tr("Scenario %1: %2").arg(scenario->id, scenario->name));
    const model::Study &study = m_document->study();
    showWarnings(m_studyYearsWarning, m_studyYearsAdapter.get(), study);
    showWarnings(m_climateYearsWarning, m_climateYearsAdapter.get(), study);
    showWarnings(m_fuelPricesWarning, m_fuelPricesAdapter.get(), study);
}

} // namespace gridcba::ui
