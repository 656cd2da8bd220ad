#include "marketresultsview.h"

#include "charts/b1zonechart.h"
#include "models/marketresultsmodel.h"
#include "studydocument.h"
#include "tables.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace gridcba::ui {

namespace {

constexpr int kMaxColumnWidth = 120;

} // namespace

MarketResultsView::MarketResultsView(QAction *runAction, QWidget *parent)
    : QWidget(parent), m_model(new MarketResultsModel(this)), m_status(textLabel()),
      m_table(new QTableView), m_grouping(new QComboBox), m_chart(new B1ZoneChart)
{
    setObjectName(QStringLiteral("marketResultsView"));
    m_status->setObjectName(QStringLiteral("marketResultsStatus"));
    m_table->setObjectName(QStringLiteral("marketResultsTable"));
    m_table->setModel(m_model);
    setUpReadOnlyTable(m_table);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::Alignment(Qt::AlignCenter) |
                                                     Qt::Alignment(Qt::TextWordWrap));
    m_grouping->setObjectName(QStringLiteral("b1Grouping"));
    m_grouping->addItem(tr("per zone"));
    m_grouping->addItem(tr("per country"));
    m_grouping->setToolTip(tr("Split the selected row's B1 (per year, in the money unit set in "
                              "Settings) into consumer surplus, "
                              "producer surplus and congestion rent per bidding zone, or summed "
                              "per country"));
    m_chart->setMinimumHeight(260);

    auto *run = new QPushButton(tr("Run Market Model…"));
    run->setObjectName(QStringLiteral("runMarketModel"));
    run->setToolTip(runAction->statusTip());
    connect(run, &QPushButton::clicked, runAction, &QAction::trigger);
    connect(runAction, &QAction::changed, run,
            [run, runAction] { run->setEnabled(runAction->isEnabled()); });

    auto *top = new QHBoxLayout;
    top->addWidget(m_status, 1);
    top->addWidget(run, 0, Qt::AlignTop);
    auto *chartControls = new QHBoxLayout;
    chartControls->addWidget(sectionTitle(tr("B1 of the selected row")));
    chartControls->addWidget(m_grouping);
    chartControls->addStretch(1);
    auto *lower = new QWidget;
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addLayout(chartControls);
    lowerLayout->addWidget(m_chart, 1);

    auto *split = new QSplitter(Qt::Vertical);
    split->setChildrenCollapsible(false);
    split->addWidget(m_table);
    split->addWidget(lower);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    showUnit(current.row());
            });
    connect(m_grouping, &QComboBox::currentIndexChanged, this, [this] { showUnit(m_row); });
    refresh();
}

void MarketResultsView::setDocument(StudyDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document)
        connect(m_document, &StudyDocument::studyChanged, this,
                [this](StudyDocument::Changes changes) {
                    if (changes & (StudyDocument::Change::Market | StudyDocument::Change::Projects))
                        refresh();
                });
    refresh();
}

void MarketResultsView::setProject(const QString &projectId)
{
    if (projectId == m_projectId)
        return;
    m_projectId = projectId;
    m_row = 0;
    refresh();
}

void MarketResultsView::setByCountry(bool byCountry)
{
    m_grouping->setCurrentIndex(byCountry ? 1 : 0);
}

void MarketResultsView::refresh()
{
    const model::Study *study = m_document ? &m_document->study() : nullptr;
    if (study)
        m_model->setResults(*study, m_projectId);
    else
        m_model->setResults(model::Study{}, QString());
    fitColumns(m_table);
    // Long headers wrap instead of widening their columns past what the numbers need.
    QHeaderView *header = m_table->horizontalHeader();
    for (int c = 0; c < m_model->columnCount(); ++c)
        if (c < MarketResultsModel::Solver)
            m_table->setColumnWidth(c, std::min(m_table->columnWidth(c), kMaxColumnWidth));
    header->setMinimumHeight(3 * header->fontMetrics().height() + 6);
    const model::Project *project = study ? study->project(m_projectId) : nullptr;
    QStringList computed;
    if (project)
        for (const model::IndicatorInput &in : project->indicatorInputs)
            if (in.origin == model::InputOrigin::Computed)
                computed << tr("%1 %2").arg(in.scenarioId).arg(in.year);
    QString text;
    if (!project)
        text = tr("No project is shown.");
    else if (m_model->rowCount() == 0)
        text = project->borders.empty()
                   ? tr("%1 changes no border, so the market model has nothing to compare. Add "
                        "its ΔNTC in the Borders and cost shares tab.")
                         .arg(project->id)
                   : tr("No market-model results for %1 yet. Give the scenarios power systems "
                        "(Market model > Power systems) and run the model.")
                         .arg(project->id);
    else
        text = tr("%n stored result(s), € of each scenario's price year. B1–B6 of the indicator "
                  "inputs computed from them (tinted in the Indicator inputs tab): %1.",
                  nullptr, m_model->rowCount())
                   .arg(computed.isEmpty() ? tr("none yet (a climate year is missing)")
                                           : computed.join(QStringLiteral(", ")));
    if (m_model->unreadable() > 0)
        text += u' ' + tr("%n stored result(s) could not be read by this version.", nullptr,
                          m_model->unreadable());
    m_status->setText(text);
    const int rows = m_model->rowCount();
    if (rows > 0) {
        m_row = std::clamp(m_row, 0, rows - 1);
        const QSignalBlocker blocker(m_table->selectionModel());
        m_table->setCurrentIndex(m_model->index(m_row, 0));
        m_table->selectRow(m_row);
    }
    showUnit(rows > 0 ? m_row : -1);
}

void MarketResultsView::showUnit(int row)
{
    if (row < 0 || row >= m_model->rowCount()) {
        m_chart->setUnit(nullptr, {}, m_grouping->currentIndex() == 1);
        return;
    }
    m_row = row;
    const market::UnitResult &u = m_model->units()[size_t(row)];
    //: %1 scenario, %2 study year, %3 climate year
    const QString caption =
        tr("%1 %2, climate year %3").arg(u.scenarioId).arg(u.year).arg(u.climateYear);
    m_chart->setUnit(&u, caption, m_grouping->currentIndex() == 1);
}

} // namespace gridcba::ui
