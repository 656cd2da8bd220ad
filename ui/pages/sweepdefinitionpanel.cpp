#include "sweepdefinitionpanel.h"

#include "models/sweepinputsmodel.h"
#include "tables.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace gridcba::ui {

namespace {

constexpr int kMaxPoints = 101;
constexpr int kMaxYears = 10;

} // namespace

SweepDefinitionPanel::SweepDefinitionPanel(QWidget *parent)
    : QWidget(parent), m_model(new SweepInputsModel(this)), m_table(new QTableView),
      m_points(new QSpinBox), m_years(new QSpinBox), m_name(new QLineEdit),
      m_run(new QPushButton(tr("Run Sweep")))
{
    m_table->setObjectName(QStringLiteral("sweepInputsTable"));
    m_table->setModel(m_model);
    setUpReadOnlyTable(m_table);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::SelectedClicked);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->verticalHeader()->setVisible(false);

    m_points->setObjectName(QStringLiteral("sweepPoints"));
    m_points->setRange(2, kMaxPoints);
    m_points->setValue(sensitivity::SweepDefinition{}.points);
    m_points->setToolTip(tr("Points of each sweep curve, both ends of the range included"));
    m_years->setObjectName(QStringLiteral("sweepCommissioningYears"));
    m_years->setRange(0, kMaxYears);
    m_years->setValue(sensitivity::SweepDefinition{}.commissioningYears);
    m_years->setPrefix(tr("± "));
    m_years->setSuffix(tr(" years"));
    m_years->setToolTip(tr("The NPV is traced for commissioning up to this many years earlier "
                           "and later than in the study"));
    m_name->setObjectName(QStringLiteral("sweepRunName"));
    m_name->setPlaceholderText(tr("Name of the run (optional)"));
    m_name->setToolTip(tr("The run is stored in the study's run history under this name"));
    m_run->setObjectName(QStringLiteral("sweepRunButton"));
    m_run->setToolTip(tr("Sweep the checked inputs one at a time and store the run in the study"));
    m_run->setDefault(true);
    connect(m_run, &QPushButton::clicked, this, &SweepDefinitionPanel::runRequested);

    auto *all = new QPushButton(tr("Check All"));
    auto *none = new QPushButton(tr("Check None"));
    connect(all, &QPushButton::clicked, this, [this] { m_model->setAllChecked(true); });
    connect(none, &QPushButton::clicked, this, [this] { m_model->setAllChecked(false); });

    // The controls go in one row under the table, so the definition is no wider than it.
    auto *controls = new QHBoxLayout;
    controls->addWidget(all);
    controls->addWidget(none);
    controls->addSpacing(12);
    controls->addWidget(new QLabel(tr("Points per input:")));
    controls->addWidget(m_points);
    controls->addWidget(new QLabel(tr("Commissioning year:")));
    controls->addWidget(m_years);
    controls->addWidget(new QLabel(tr("Run name:")));
    controls->addWidget(m_name, 1);
    controls->addWidget(m_run);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 0, Qt::AlignLeft);
    layout->addLayout(controls);
}

void SweepDefinitionPanel::setProject(const model::Study &study, const model::Project &project)
{
    m_model->setProject(study, project);
    fitTableSize(m_table);
}

sensitivity::SweepDefinition SweepDefinitionPanel::definition(const QString &projectId) const
{
    sensitivity::SweepDefinition d;
    d.projectId = projectId;
    d.inputs = m_model->checkedInputs();
    d.points = m_points->value();
    d.commissioningYears = m_years->value();
    return d;
}

QString SweepDefinitionPanel::runName() const
{
    return m_name->text().trimmed();
}

void SweepDefinitionPanel::clearRunName()
{
    m_name->clear();
}

void SweepDefinitionPanel::setRunEnabled(bool enabled)
{
    m_run->setEnabled(enabled);
}

} // namespace gridcba::ui
