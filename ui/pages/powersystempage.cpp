#include "powersystempage.h"

#include "editing/editabletable.h"
#include "editing/studytablemodel.h"
#include "studydocument.h"
#include "tables.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace gridcba::ui {

namespace {

QString systemKey(const QString &scenarioId, int year)
{
    return scenarioId + u'|' + QString::number(year);
}

QString tableObjectName(PowerSystemTable table)
{
    // "systemBordersTable": the project page already has a "bordersTable".
    return table == PowerSystemTable::Borders
               ? QStringLiteral("systemBordersTable")
               : powerSystemTableKey(table) + QStringLiteral("Table");
}

QString tableNote(PowerSystemTable table)
{
    switch (table) {
    case PowerSystemTable::Zones:
        return PowerSystemPage::tr("Bidding zones with their yearly demand and demand profile. "
                                   "Every other table refers to these zones.");
    case PowerSystemTable::Borders:
        return PowerSystemPage::tr("Net transfer capacities between zones, per direction, "
                                   "with optional hourly profiles and losses. A project's ΔNTC "
                                   "is added to these (PINT) or taken off (TOOT).");
    case PowerSystemTable::Thermal:
        return PowerSystemPage::tr("Groups of identical thermal units. The marginal cost is fuel "
                                   "price / efficiency + CO2 factor × CO2 price / efficiency + "
                                   "variable O&M; fuel prices come from the scenario.");
    case PowerSystemTable::Renewables:
        return PowerSystemPage::tr("Wind, solar and run of river per zone and technology, with "
                                   "an hourly capacity-factor profile; curtailable at no cost.");
    case PowerSystemTable::Storage:
        return PowerSystemPage::tr("Batteries, pumped hydro and reservoirs with natural inflow. "
                                   "Levels are coupled within a week and carried to the next.");
    case PowerSystemTable::Dsr:
        return PowerSystemPage::tr("Demand that reduces when the price reaches the block's "
                                   "price.");
    }
    return {};
}

} // namespace

PowerSystemPage::PowerSystemPage(QWidget *parent)
    : QWidget(parent), m_scenario(new QComboBox), m_year(new QComboBox), m_summary(textLabel()),
      m_remove(new QPushButton(tr("Remove Power System"))), m_stack(new QStackedWidget),
      m_missing(textLabel()), m_copyFrom(new QComboBox), m_copy(new QPushButton(tr("Copy"))),
      m_tabs(new QTabWidget)
{
    setObjectName(QStringLiteral("powerSystemPage"));
    m_scenario->setObjectName(QStringLiteral("powerSystemScenario"));
    m_scenario->setToolTip(tr("Scenario whose power system is shown"));
    m_year->setObjectName(QStringLiteral("powerSystemYear"));
    m_year->setToolTip(tr("Study year of the scenario"));
    m_remove->setObjectName(QStringLiteral("removePowerSystem"));
    m_remove->setToolTip(tr("Remove this scenario and year's power system (Edit > Undo brings it "
                            "back)"));
    m_summary->setObjectName(QStringLiteral("powerSystemSummary"));
    m_missing->setObjectName(QStringLiteral("powerSystemMissing"));
    m_copyFrom->setObjectName(QStringLiteral("copyPowerSystemFrom"));
    m_copyFrom->setToolTip(tr("An existing power system (scenario and study year) to copy as "
                              "the starting point of this one"));
    m_copy->setObjectName(QStringLiteral("copyPowerSystem"));
    m_tabs->setObjectName(QStringLiteral("powerSystemTabs"));

    auto *selector = new QHBoxLayout;
    selector->addWidget(new QLabel(tr("Scenario:")));
    selector->addWidget(m_scenario);
    selector->addSpacing(12);
    selector->addWidget(new QLabel(tr("Study year:")));
    selector->addWidget(m_year);
    selector->addSpacing(12);
    selector->addWidget(m_summary, 1);
    selector->addWidget(m_remove);

    // Without a system: create one or copy one.
    auto *create = new QPushButton(tr("Create Empty Power System"));
    create->setObjectName(QStringLiteral("createPowerSystem"));
    auto *copyRow = new QHBoxLayout;
    copyRow->addWidget(new QLabel(tr("or copy the system of")));
    copyRow->addWidget(m_copyFrom);
    copyRow->addWidget(m_copy);
    copyRow->addStretch(1);
    auto *createRow = new QHBoxLayout;
    createRow->addWidget(create);
    createRow->addStretch(1);
    auto *missingPage = new QWidget;
    auto *missingLayout = new QVBoxLayout(missingPage);
    missingLayout->addWidget(m_missing);
    missingLayout->addLayout(createRow);
    missingLayout->addLayout(copyRow);
    missingLayout->addStretch(1);

    for (PowerSystemTable t : kPowerSystemTables) {
        const size_t i = size_t(t);
        m_tables[i] = new EditableTable(tableObjectName(t));
        EditableTable *table = m_tables[i];
        connect(table->model(), &QAbstractItemModel::modelReset, table,
                [table] { table->compactColumns(); });
        m_warnings[i] = warningLabel(powerSystemTableKey(t) + QStringLiteral("Warning"));
        auto *page = new QWidget;
        auto *layout = new QVBoxLayout(page);
        layout->addWidget(textLabel(tableNote(t)));
        layout->addWidget(m_tables[i], 1);
        layout->addWidget(m_warnings[i]);
        m_tabs->addTab(page, powerSystemTableName(t));
    }
    m_stack->addWidget(missingPage);
    m_stack->addWidget(m_tabs);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(pageTitle(tr("Power system")));
    layout->addWidget(textLabel(
        tr("The zones, borders and plant that the market model dispatches to compute B1–B6, one "
           "system per scenario and study year. Hover a column header for its meaning and unit; "
           "profiles are in Market model > Profiles, fuel and CO2 prices in the scenario.")));
    layout->addLayout(selector);
    layout->addWidget(m_stack, 1);

    connect(m_scenario, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling)
            return;
        fillYears();
        refresh();
    });
    connect(m_year, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            refresh();
    });
    connect(create, &QPushButton::clicked, this, &PowerSystemPage::createSystem);
    connect(m_copy, &QPushButton::clicked, this, &PowerSystemPage::copySystem);
    connect(m_remove, &QPushButton::clicked, this, &PowerSystemPage::removeSystem);
    refresh();
}

void PowerSystemPage::setDocument(StudyDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_adaptersFor.clear();
    for (EditableTable *table : m_tables)
        table->setSource(nullptr, nullptr);
    if (m_document)
        connect(m_document, &StudyDocument::studyChanged, this, [this] {
            fillScenarios();
            refresh();
        });
    fillScenarios();
    refresh();
}

bool PowerSystemPage::showSystem(const QString &scenarioId, int year)
{
    const int s = m_scenario->findData(scenarioId);
    if (s < 0)
        return false;
    m_scenario->setCurrentIndex(s);
    const int y = m_year->findData(year);
    if (y < 0)
        return false;
    m_year->setCurrentIndex(y);
    refresh();
    return true;
}

QString PowerSystemPage::scenarioId() const
{
    return m_scenario->currentData().toString();
}

int PowerSystemPage::year() const
{
    return m_year->currentData().isValid() ? m_year->currentData().toInt() : 0;
}

EditableTable *PowerSystemPage::table(PowerSystemTable table) const
{
    return m_tables[size_t(table)];
}

void PowerSystemPage::fillScenarios()
{
    const QString current = scenarioId();
    m_filling = true;
    m_scenario->clear();
    if (m_document)
        for (const model::Scenario &s : m_document->study().scenarios)
            m_scenario->addItem(tr("%1 – %2").arg(s.id, s.name), s.id);
    const int index = m_scenario->findData(current);
    m_scenario->setCurrentIndex(index >= 0 ? index : 0);
    m_filling = false;
    fillYears();
}

void PowerSystemPage::fillYears()
{
    const int current = year();
    m_filling = true;
    m_year->clear();
    const model::Scenario *s = m_document ? m_document->study().scenario(scenarioId()) : nullptr;
    if (s)
        for (const model::StudyYear &y : s->studyYears) {
            const bool has = m_document->study().powerSystem(s->id, y.year) != nullptr;
            //: a study year that has no power system yet
            m_year->addItem(has ? QString::number(y.year) : tr("%1 (none)").arg(y.year), y.year);
        }
    const int index = m_year->findData(current);
    m_year->setCurrentIndex(index >= 0 ? index : 0);
    m_filling = false;
}

void PowerSystemPage::fillCopySources()
{
    m_copyFrom->clear();
    if (!m_document)
        return;
    for (const model::PowerSystem &ps : m_document->study().powerSystems)
        m_copyFrom->addItem(
            tr("%1 %2 (%n zone(s))", nullptr, int(ps.zones.size())).arg(ps.scenarioId).arg(ps.year),
            systemKey(ps.scenarioId, ps.year));
    m_copyFrom->setEnabled(m_copyFrom->count() > 0);
    m_copy->setEnabled(m_copyFrom->count() > 0);
}

void PowerSystemPage::refresh()
{
    const model::Study *study = m_document ? &m_document->study() : nullptr;
    const QString id = scenarioId();
    const int y = year();
    const model::PowerSystem *ps = study && !id.isEmpty() ? study->powerSystem(id, y) : nullptr;
    m_remove->setVisible(ps != nullptr);
    if (!ps) {
        m_adaptersFor.clear();
        for (EditableTable *table : m_tables)
            table->setSource(nullptr, nullptr);
        m_summary->clear();
        m_missing->setText(!study         ? tr("No study is open.")
                           : id.isEmpty() ? tr("The study has no scenario yet: add one first.")
                           : y == 0       ? tr("Scenario %1 has no study year yet.").arg(id)
                                          : tr("Scenario %1 has no power system for %2 yet. "
                                                     "Without one, B1–B6 of %2 are taken as entered.")
                                          .arg(id)
                                          .arg(y));
        fillCopySources();
        m_stack->setCurrentIndex(0);
        return;
    }
    if (systemKey(id, y) != m_adaptersFor) {
        for (PowerSystemTable t : kPowerSystemTables) {
            m_tables[size_t(t)]->setSource(m_document, makePowerSystemAdapter(*study, t, id, y));
            m_tables[size_t(t)]->compactColumns();
        }
        m_adaptersFor = systemKey(id, y);
    }
    m_summary->setText(
        tr("%n zone(s), %1 border(s), %2 thermal cluster(s)", nullptr, int(ps->zones.size()))
            .arg(ps->borders.size())
            .arg(ps->thermal.size()));
    for (PowerSystemTable t : kPowerSystemTables) {
        const QStringList warnings = powerSystemWarnings(*study, id, y, t);
        QLabel *label = m_warnings[size_t(t)];
        label->setText(warnings.isEmpty()
                           ? QString()
                           : QStringLiteral("⚠ ") + warnings.join(QStringLiteral("\n⚠ ")));
        label->setVisible(!warnings.isEmpty());
        //: a tab's title with the number of problems found in its table
        m_tabs->setTabText(int(t),
                           warnings.isEmpty()
                               ? powerSystemTableName(t)
                               : tr("%1 (%2 ⚠)").arg(powerSystemTableName(t)).arg(warnings.size()));
    }
    m_stack->setCurrentIndex(1);
}

void PowerSystemPage::createSystem()
{
    if (!m_document || scenarioId().isEmpty() || year() == 0)
        return;
    m_document->commit(tr("Create power system %1 %2").arg(scenarioId()).arg(year()),
                       withPowerSystem(m_document->study(), scenarioId(), year()));
}

void PowerSystemPage::copySystem()
{
    if (!m_document || scenarioId().isEmpty() || year() == 0 || m_copyFrom->currentIndex() < 0)
        return;
    const QStringList from = m_copyFrom->currentData().toString().split(u'|');
    const model::PowerSystem *source =
        m_document->study().powerSystem(from.value(0), from.value(1).toInt());
    if (!source)
        return;
    //: %1 %2 the system copied (scenario, year), %3 %4 where it goes
    m_document->commit(tr("Copy power system %1 %2 to %3 %4")
                           .arg(from.value(0), from.value(1), scenarioId())
                           .arg(year()),
                       withPowerSystem(m_document->study(), scenarioId(), year(), source));
}

void PowerSystemPage::removeSystem()
{
    if (!m_document)
        return;
    m_document->commit(tr("Remove power system %1 %2").arg(scenarioId()).arg(year()),
                       withPowerSystemRemoved(m_document->study(), scenarioId(), year()));
}

} // namespace gridcba::ui
