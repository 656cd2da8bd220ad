#include "montecarlodefinitionpanel.h"

#include "distributioneditor.h"
#include "format.h"
#include "models/mcinputsmodel.h"
#include "sensitivitytext.h"
#include "tables.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace gridcba::ui {

namespace {

constexpr int kMaxSamples = 10'000'000;
constexpr int kDefaultSamples = 10'000;
constexpr int kEditorWidth = 380;
constexpr int kCorrelationListHeight = 60;
constexpr int kComboCharacters = 16;
constexpr int kTableMinimumWidth = 540;

} // namespace

MonteCarloDefinitionPanel::MonteCarloDefinitionPanel(QWidget *parent)
    : QWidget(parent), m_model(new McInputsModel(this)), m_table(new QTableView),
      m_editor(new DistributionEditor), m_corrA(new QComboBox), m_corrB(new QComboBox),
      m_rho(new QDoubleSpinBox), m_correlationList(new QListWidget), m_samples(new QSpinBox),
      m_seed(new QSpinBox), m_name(new QLineEdit), m_run(new QPushButton(tr("Run Monte Carlo")))
{
    m_table->setObjectName(QStringLiteral("mcInputsTable"));
    m_table->setModel(m_model);
    setUpReadOnlyTable(m_table);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setMinimumWidth(kTableMinimumWidth);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { editRow(current.row()); });
    connect(m_editor, &DistributionEditor::distributionChanged, this,
            [this](const sensitivity::Distribution &d) {
                if (m_editedRow >= 0 && m_editedRow < m_model->rowCount())
                    m_model->setDistribution(m_editedRow, d);
            });
    m_editor->setMinimumWidth(kEditorWidth);

    m_samples->setObjectName(QStringLiteral("mcSamples"));
    m_samples->setRange(100, kMaxSamples);
    m_samples->setSingleStep(1000);
    m_samples->setValue(kDefaultSamples);
    m_samples->setGroupSeparatorShown(true);
    m_samples->setToolTip(tr("Number of draws; the same seed and samples give the same numbers"));
    m_seed->setObjectName(QStringLiteral("mcSeed"));
    m_seed->setRange(0, std::numeric_limits<int>::max());
    m_seed->setValue(1);
    m_seed->setToolTip(tr("Seed of the random numbers, stored with the run so it can be re-run "
                          "to the same numbers"));
    m_name->setObjectName(QStringLiteral("mcRunName"));
    m_name->setPlaceholderText(tr("Name of the run (optional)"));
    m_name->setToolTip(tr("The run is stored in the study's run history under this name; "
                          "without one it is called “Monte Carlo” and a number"));
    m_run->setObjectName(QStringLiteral("mcRunButton"));
    m_run->setToolTip(tr("Sample the checked inputs and store the run in the study"));
    connect(m_run, &QPushButton::clicked, this, &MonteCarloDefinitionPanel::runRequested);

    // Left: what is sampled and how many times; right: the distribution of the input
    // chosen and the correlations.
    auto *form = new QFormLayout;
    form->addRow(tr("Samples:"), m_samples);
    form->addRow(tr("Seed:"), m_seed);
    form->addRow(tr("Run name:"), m_name);
    auto *left = new QVBoxLayout;
    left->addWidget(sectionTitle(tr("Inputs sampled (check) and their distributions")));
    left->addWidget(m_table, 1);
    left->addLayout(form);
    left->addWidget(m_run, 0, Qt::AlignRight);
    auto *right = new QVBoxLayout;
    right->addWidget(m_editor, 1);
    right->addWidget(createCorrelations());
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(left, 1);
    layout->addLayout(right);
}

QWidget *MonteCarloDefinitionPanel::createCorrelations()
{
    m_rho->setObjectName(QStringLiteral("mcRho"));
    m_rho->setRange(-0.99, 0.99);
    m_rho->setSingleStep(0.1);
    m_rho->setValue(0.5);
    m_rho->setToolTip(tr("Target Spearman rank correlation between the two inputs"));
    m_correlationList->setObjectName(QStringLiteral("mcCorrelations"));
    m_correlationList->setMaximumHeight(kCorrelationListHeight);
    for (QComboBox *box : {m_corrA, m_corrB}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(kComboCharacters);
        box->setToolTip(tr("One of the two inputs whose draws are to move together, with the "
                           "rank correlation ρ on the right"));
    }
    for (const sensitivity::InputInfo &info : sensitivity::inputInfos()) {
        m_corrA->addItem(SensitivityText::label(info.id), int(info.id));
        m_corrB->addItem(SensitivityText::label(info.id), int(info.id));
    }
    m_corrB->setCurrentIndex(1);
    auto *add = new QPushButton(tr("Add"));
    add->setToolTip(tr("Correlate the two inputs; both are then sampled"));
    auto *remove = new QPushButton(tr("Remove"));
    connect(add, &QPushButton::clicked, this, &MonteCarloDefinitionPanel::addChosenCorrelation);
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_correlationList->currentRow();
        if (row < 0)
            return;
        m_correlations.erase(m_correlations.begin() + row);
        rebuildCorrelationList();
    });

    auto *box = new QWidget;
    auto *grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(sectionTitle(tr("Rank correlations (optional), ρ")), 0, 0, 1, 4);
    grid->addWidget(m_corrA, 1, 0);
    grid->addWidget(m_corrB, 1, 1);
    grid->addWidget(m_rho, 1, 2);
    grid->addWidget(add, 1, 3);
    grid->addWidget(m_correlationList, 2, 0, 2, 3);
    grid->addWidget(remove, 2, 3);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    return box;
}

void MonteCarloDefinitionPanel::setProject(const model::Study &study, const model::Project &project)
{
    m_model->setProject(study, project);
    m_correlations.clear();
    rebuildCorrelationList();
    m_table->resizeColumnToContents(0);
    m_table->setColumnWidth(0, m_table->columnWidth(0) + 24);
    m_table->setCurrentIndex(m_model->index(0, 0));
    editRow(0);
}

void MonteCarloDefinitionPanel::editRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    m_editedRow = row;
    m_editor->setInput(m_model->inputAt(row), m_model->distribution(row), m_model->studyValue(row));
}

void MonteCarloDefinitionPanel::addChosenCorrelation()
{
    addCorrelation(static_cast<sensitivity::InputId>(m_corrA->currentData().toInt()),
                   static_cast<sensitivity::InputId>(m_corrB->currentData().toInt()),
                   m_rho->value());
}

void MonteCarloDefinitionPanel::addCorrelation(sensitivity::InputId a, sensitivity::InputId b,
                                               double rho)
{
    if (a == b)
        return;
    // A pair has one correlation: a new value replaces the old.
    std::erase_if(m_correlations, [&](const sensitivity::RankCorrelation &c) {
        return (c.a == a && c.b == b) || (c.a == b && c.b == a);
    });
    m_correlations.push_back({a, b, rho});
    m_model->setChecked(a, true);
    m_model->setChecked(b, true);
    rebuildCorrelationList();
}

void MonteCarloDefinitionPanel::rebuildCorrelationList()
{
    m_correlationList->clear();
    for (const sensitivity::RankCorrelation &c : m_correlations)
        m_correlationList->addItem(tr("%1 ↔ %2: ρ = %3")
                                       .arg(SensitivityText::label(c.a),
                                            SensitivityText::label(c.b), format::number(c.rho, 2)));
}

sensitivity::MonteCarloDefinition
MonteCarloDefinitionPanel::definition(const QString &projectId) const
{
    sensitivity::MonteCarloDefinition d;
    d.projectId = projectId;
    d.inputs = m_model->checkedInputs();
    d.correlations = m_correlations;
    d.samples = m_samples->value();
    d.seed = std::uint64_t(m_seed->value());
    return d;
}

QString MonteCarloDefinitionPanel::runName() const
{
    return m_name->text().trimmed();
}

void MonteCarloDefinitionPanel::clearRunName()
{
    m_name->clear();
}

void MonteCarloDefinitionPanel::setRunEnabled(bool enabled)
{
    m_run->setEnabled(enabled);
}

} // namespace gridcba::ui
