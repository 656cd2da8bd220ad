#include "scenariopage.h"

#include "format.h"
#include "model/study.h"
#include "models/studyyearsmodel.h"
#include "tables.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

#include <set>

namespace gridcba::ui {

namespace {

QTableWidget *smallTable(const QString &objectName)
{
    auto *table = new QTableWidget;
    table->setObjectName(objectName);
    setUpReadOnlyTable(table);
    return table;
}

// Rows: one per key found in any study year; columns: the study years.
template <typename Key, typename KeyName>
TableContent byStudyYear(const model::Scenario &scenario, const QString &firstHeader,
                         const std::map<Key, double> model::StudyYear::*values, KeyName keyName,
                         int decimals)
{
    TableContent content;
    content.headers << firstHeader;
    std::set<Key> keys;
    for (const model::StudyYear &y : scenario.studyYears) {
        content.headers << format::year(y.year);
        content.numericColumns << int(content.headers.size()) - 1;
        for (const auto &entry : y.*values)
            keys.insert(entry.first);
    }
    for (const Key &key : keys) {
        QStringList row{keyName(key)};
        for (const model::StudyYear &y : scenario.studyYears) {
            const auto it = (y.*values).find(key);
            row << (it == (y.*values).end() ? format::none()
                                            : format::number(it->second, decimals));
        }
        content.rows << row;
    }
    return content;
}

// "hardCoal" -> "Hard coal": the file keys are camel case.
QString fuelName(const QString &key)
{
    QString name;
    for (QChar c : key) {
        if (c.isUpper() && !name.isEmpty())
            name += u' ';
        name += name.isEmpty() ? c.toUpper() : c.toLower();
    }
    return name;
}

QString pollutantName(model::Pollutant p)
{
    switch (p) {
    case model::Pollutant::NOx:
        return QStringLiteral("NOx");
    case model::Pollutant::NH3:
        return QStringLiteral("NH3");
    case model::Pollutant::SOx:
        return QStringLiteral("SOx");
    case model::Pollutant::PM25:
        return QStringLiteral("PM2.5");
    case model::Pollutant::PM10:
        return QStringLiteral("PM10");
    case model::Pollutant::NMVOC:
        return QStringLiteral("NMVOC");
    }
    return {};
}

} // namespace

ScenarioPage::ScenarioPage(QWidget *parent)
    : QWidget(parent), m_title(pageTitle()), m_description(textLabel()), m_priceYear(textLabel()),
      m_studyYearsModel(new StudyYearsModel(this)), m_studyYears(new QTableView),
      m_climateYears(smallTable(QStringLiteral("climateYearsTable"))),
      m_fuelPrices(smallTable(QStringLiteral("fuelPricesTable"))),
      m_damageCosts(smallTable(QStringLiteral("damageCostsTable")))
{
    setObjectName(QStringLiteral("scenarioPage"));
    m_studyYears->setObjectName(QStringLiteral("studyYearsTable"));
    m_studyYears->setModel(m_studyYearsModel);
    setUpReadOnlyTable(m_studyYears);
    m_studyYears->verticalHeader()->setVisible(false);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(m_title);
    layout->addWidget(m_description);
    layout->addWidget(m_priceYear);
    layout->addSpacing(8);
    layout->addWidget(sectionTitle(tr("Study years")));
    layout->addWidget(m_studyYears, 0, Qt::AlignLeft);
    layout->addSpacing(8);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(24);
    grid->addWidget(sectionTitle(tr("Climate years")), 0, 0);
    grid->addWidget(m_climateYears, 1, 0, Qt::AlignTop);
    grid->addWidget(sectionTitle(tr("Fuel prices (€/MWh of fuel)")), 0, 1);
    grid->addWidget(m_fuelPrices, 1, 1, Qt::AlignTop);
    grid->addWidget(sectionTitle(tr("Damage costs of pollutants (€/t)")), 0, 2);
    grid->addWidget(m_damageCosts, 1, 2, Qt::AlignTop);
    grid->setColumnStretch(3, 1);
    layout->addLayout(grid);
    layout->addStretch();

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scrollable(content));
}

void ScenarioPage::setScenario(const model::Scenario &scenario)
{
    m_title->setText(tr("%1 (%2)").arg(scenario.name, scenario.id));
    m_description->setText(scenario.description);
    m_description->setVisible(!scenario.description.isEmpty());
    m_priceYear->setText(tr("Money in euros of %1 prices.").arg(format::year(scenario.priceYear)));
    m_studyYearsModel->setStudyYears(scenario.studyYears);
    fitTableSize(m_studyYears);
    showClimateYears(scenario);
    showFuelPrices(scenario);
    showDamageCosts(scenario);
}

void ScenarioPage::showClimateYears(const model::Scenario &scenario)
{
    TableContent content;
    content.headers = {tr("Climate year"), tr("Weight (%)")};
    content.numericColumns = {1};
    for (const model::ClimateYear &c : scenario.climateYears)
        content.rows.append({format::year(c.year), format::number(c.weight * 100.0, 1)});
    setTableContent(m_climateYears, content);
    fitTableSize(m_climateYears);
}

void ScenarioPage::showFuelPrices(const model::Scenario &scenario)
{
    setTableContent(m_fuelPrices, byStudyYear(scenario, tr("Fuel"),
                                              &model::StudyYear::fuelPriceEurPerMwh, fuelName, 1));
    fitTableSize(m_fuelPrices);
}

void ScenarioPage::showDamageCosts(const model::Scenario &scenario)
{
    auto name = [](model::Pollutant p) {
        return tr("%1 (%2)").arg(pollutantName(p), model::pollutantIndicatorId(p));
    };
    setTableContent(m_damageCosts, byStudyYear(scenario, tr("Pollutant"),
                                               &model::StudyYear::damageCostEurPerT, name, 0));
    fitTableSize(m_damageCosts);
}

} // namespace gridcba::ui
