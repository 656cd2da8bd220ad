#include "marketrundialog.h"

#include "tables.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace gridcba::ui {

namespace {

QListWidgetItem *checkItem(QListWidget *list, const QString &text, const QString &id, bool enabled,
                           bool checked, const QString &toolTip)
{
    auto *item = new QListWidgetItem(text, list);
    item->setData(Qt::UserRole, id);
    item->setFlags(enabled ? Qt::ItemIsEnabled | Qt::ItemIsUserCheckable : Qt::NoItemFlags);
    item->setCheckState(enabled && checked ? Qt::Checked : Qt::Unchecked);
    item->setToolTip(toolTip);
    return item;
}

QStringList checkedIds(const QListWidget *list)
{
    QStringList ids;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->checkState() == Qt::Checked)
            ids << list->item(i)->data(Qt::UserRole).toString();
    return ids;
}

} // namespace

MarketRunDialog::MarketRunDialog(const model::Study &study, const QString &projectId,
                                 QWidget *parent)
    : QDialog(parent), m_study(study), m_projects(new QListWidget), m_scenarios(new QListWidget),
      m_adequacy(new QCheckBox(tr("Compute adequacy (B6): Monte Carlo over forced outages"))),
      m_count(textLabel())
{
    setWindowTitle(tr("Run Market Model"));
    m_projects->setObjectName(QStringLiteral("marketProjects"));
    m_scenarios->setObjectName(QStringLiteral("marketScenarios"));
    m_adequacy->setObjectName(QStringLiteral("marketAdequacy"));
    m_count->setObjectName(QStringLiteral("marketUnitCount"));

    const bool onlyOne = study.project(projectId) && !study.project(projectId)->borders.empty();
    for (const model::Project &p : study.projects) {
        const bool simulable = !p.borders.empty();
        checkItem(m_projects, tr("%1 – %2").arg(p.id, p.name), p.id, simulable,
                  !onlyOne || p.id == projectId,
                  simulable ? tr("Runs without and with the project's ΔNTC")
                            : tr("The project changes no border, so the market model has "
                                 "nothing to compare (Borders and cost shares tab)"));
    }
    for (const model::Scenario &s : study.scenarios) {
        QStringList years;
        for (const model::StudyYear &y : s.studyYears)
            if (study.powerSystem(s.id, y.year))
                years << QString::number(y.year);
        checkItem(m_scenarios, tr("%1 – %2").arg(s.id, s.name), s.id, !years.isEmpty(), true,
                  years.isEmpty()
                      ? tr("No power system in any study year (Market model > Power "
                           "systems)")
                      : tr("Power systems for %1").arg(years.join(QStringLiteral(", "))));
    }
    m_adequacy->setChecked(study.market.adequacyYearsPerClimateYear > 0);
    m_adequacy->setToolTip(tr("%n Monte Carlo year(s) per climate year, set in Market model > "
                              "Settings; without it B6 is left as it was",
                              nullptr, study.market.adequacyYearsPerClimateYear));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_run = buttons->addButton(tr("Run"), QDialogButtonBox::AcceptRole);
    m_run->setObjectName(QStringLiteral("marketRunButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *lists = new QGridLayout;
    lists->addWidget(sectionTitle(tr("Projects")), 0, 0);
    lists->addWidget(sectionTitle(tr("Scenarios")), 0, 1);
    lists->addWidget(m_projects, 1, 0);
    lists->addWidget(m_scenarios, 1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(textLabel(
        tr("Each project is simulated without and with its ΔNTC (PINT, or TOOT from its "
           "“In reference grid from study year”) in every study year of the ticked scenarios "
           "that has a power system, for each climate year. The results replace B1–B6 of the "
           "indicator inputs as one step you can undo.")));
    layout->addLayout(lists, 1);
    layout->addWidget(m_adequacy);
    layout->addWidget(m_count);
    layout->addWidget(buttons);
    resize(620, 420);

    connect(m_projects, &QListWidget::itemChanged, this, &MarketRunDialog::updateCount);
    connect(m_scenarios, &QListWidget::itemChanged, this, &MarketRunDialog::updateCount);
    updateCount();
}

std::vector<market::UnitKey> MarketRunDialog::units() const
{
    std::vector<market::UnitKey> units;
    const QStringList scenarios = checkedIds(m_scenarios);
    for (const QString &project : checkedIds(m_projects))
        for (const QString &scenario : scenarios) {
            market::UnitFilter filter;
            filter.projectId = project;
            filter.scenarioId = scenario;
            const std::vector<market::UnitKey> some = market::workUnits(m_study, filter);
            units.insert(units.end(), some.begin(), some.end());
        }
    return units;
}

bool MarketRunDialog::adequacy() const
{
    return m_adequacy->isChecked();
}

void MarketRunDialog::updateCount()
{
    const size_t n = units().size();
    m_count->setText(n == 0 ? tr("Nothing to run: tick a project that changes a border and a "
                                 "scenario with a power system.")
                            : tr("%n work unit(s) (project × scenario × study year × climate "
                                 "year), each run without and with the project.",
                                 nullptr, int(n)));
    m_run->setEnabled(n > 0);
}

} // namespace gridcba::ui
