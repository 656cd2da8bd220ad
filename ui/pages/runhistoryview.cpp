#include "runhistoryview.h"

#include "models/analysisrunsmodel.h"
#include "montecarloresultsview.h"
#include "runcomparison.h"
#include "sensitivity/runjson.h"
#include "studydocument.h"
#include "sweepresultsview.h"
#include "tables.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace gridcba::ui {

namespace {

constexpr int kListHeight = 170;

} // namespace

RunHistoryView::RunHistoryView(QWidget *parent)
    : QWidget(parent), m_model(new AnalysisRunsModel(this)), m_table(new QTableView),
      m_rerun(new QPushButton(tr("Re-run"))), m_delete(new QPushButton(tr("Delete…"))),
      m_outcome(textLabel()), m_details(new QStackedWidget), m_message(textLabel()),
      m_sweepView(new SweepResultsView), m_mcView(new MonteCarloResultsView),
      m_comparisonPage(new QWidget), m_comparison(new QTableWidget)
{
    m_table->setObjectName(QStringLiteral("runHistoryTable"));
    m_table->setModel(m_model);
    setUpReadOnlyTable(m_table);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setMinimumHeight(kListHeight);
    m_table->setToolTip(tr("Select a run to re-open its stored results, two to compare them"));
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RunHistoryView::showSelection);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        fitColumns(m_table);
        showSelection();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] { fitColumns(m_table); });

    m_rerun->setObjectName(QStringLiteral("rerunButton"));
    m_rerun->setToolTip(tr("Run the stored definition again (same seed) and check that the "
                           "numbers are identical; the history is not changed"));
    m_delete->setObjectName(QStringLiteral("deleteRunButton"));
    m_delete->setToolTip(tr("Delete the selected runs from the study"));
    connect(m_rerun, &QPushButton::clicked, this, [this] {
        const QList<int> ids = selectedRunIds();
        if (ids.size() == 1)
            emit rerunRequested(ids.front());
    });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        const QList<int> ids = selectedRunIds();
        if (!ids.isEmpty())
            emit deleteRequested(ids);
    });
    m_outcome->setObjectName(QStringLiteral("rerunOutcome"));

    m_comparison->setObjectName(QStringLiteral("runComparisonTable"));
    setUpReadOnlyTable(m_comparison);
    m_comparison->setSelectionBehavior(QAbstractItemView::SelectItems);
    auto *comparisonLayout = new QVBoxLayout(m_comparisonPage);
    comparisonLayout->setContentsMargins(0, 0, 0, 0);
    comparisonLayout->addWidget(sectionTitle(tr("Comparison of the two selected runs")));
    comparisonLayout->addWidget(m_comparison, 0, Qt::AlignLeft);
    comparisonLayout->addStretch();
    m_message->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->addWidget(m_message);
    m_details->addWidget(m_sweepView);
    m_details->addWidget(m_mcView);
    m_details->addWidget(m_comparisonPage);
    auto *detailsArea = new QScrollArea;
    detailsArea->setWidget(m_details);
    detailsArea->setWidgetResizable(true);
    detailsArea->setFrameShape(QFrame::NoFrame);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_outcome, 1);
    buttons->addWidget(m_rerun);
    buttons->addWidget(m_delete);
    auto *top = new QWidget;
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_table, 1);
    topLayout->addLayout(buttons);
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(top);
    splitter->addWidget(detailsArea);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    showSelection();
}

void RunHistoryView::setProject(StudyDocument *document, const QString &projectId)
{
    m_document = document;
    m_projectId = projectId;
    m_outcome->clear();
    m_model->setProject(document, projectId);
}

QList<int> RunHistoryView::selectedRunIds() const
{
    QList<int> ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        ids << m_model->runId(index.row());
    std::sort(ids.begin(), ids.end());
    return ids;
}

void RunHistoryView::selectRuns(const QList<int> &runIds)
{
    QItemSelection selection;
    for (int id : runIds) {
        const int row = m_model->rowOf(id);
        if (row >= 0)
            selection.select(m_model->index(row, 0),
                             m_model->index(row, AnalysisRunsModel::kColumnCount - 1));
    }
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
}

void RunHistoryView::showRerunOutcome(const QString &text)
{
    m_outcome->setText(text);
}

void RunHistoryView::setActionsEnabled(bool enabled)
{
    m_actionsEnabled = enabled;
    showSelection();
}

void RunHistoryView::showSelection()
{
    const QList<int> ids = selectedRunIds();
    m_rerun->setEnabled(m_actionsEnabled && ids.size() == 1);
    m_delete->setEnabled(m_actionsEnabled && !ids.isEmpty());
    if (m_model->rowCount() == 0)
        showMessage(tr("No sensitivity run is stored for this project yet. Runs of the Sweep and "
                       "Monte Carlo tabs are added here."));
    else if (ids.isEmpty())
        showMessage(tr("Select a run to re-open its stored results, or two to compare them."));
    else if (ids.size() == 1)
        showRun(ids.front());
    else if (ids.size() == 2)
        showComparison(ids[0], ids[1]);
    else
        showMessage(tr("Select one run to see it or two to compare them."));
}

void RunHistoryView::showRun(int runId)
{
    const model::AnalysisRun *run = m_document ? m_document->analysisRun(runId) : nullptr;
    if (!run)
        return;
    QString error;
    const QJsonObject json = sensitivity::parseObject(run->resultsJson);
    //: %1 run name, %2 software version, %3 date
    const QString caption =
        tr("Stored results of “%1” (%2, run on %3), read from the study.")
            .arg(run->name, run->softwareVersion,
                 m_model->index(m_model->rowOf(runId), int(AnalysisRunsModel::Column::Created))
                     .data()
                     .toString());
    if (run->kind == QLatin1String(sensitivity::kSweepKind)) {
        if (const auto r = sensitivity::sweepResultFromJson(json, &error)) {
            m_sweepView->setResult(m_document->study(), *r, caption);
            m_details->setCurrentWidget(m_sweepView);
            return;
        }
    } else if (run->kind == QLatin1String(sensitivity::kMonteCarloKind)) {
        if (const auto r = sensitivity::monteCarloResultFromJson(json, &error)) {
            m_mcView->setResult(m_document->study(), *r, caption);
            m_details->setCurrentWidget(m_mcView);
            return;
        }
    } else {
        error = tr("unknown kind of run '%1'").arg(run->kind);
    }
    showMessage(tr("The stored results of “%1” cannot be read: %2").arg(run->name, error));
}

void RunHistoryView::showComparison(int runA, int runB)
{
    const model::AnalysisRun *a = m_document ? m_document->analysisRun(runA) : nullptr;
    const model::AnalysisRun *b = m_document ? m_document->analysisRun(runB) : nullptr;
    if (!a || !b)
        return;
    QString error;
    const TableContent content = compareRuns(m_document->study(), *a, *b, &error);
    if (!error.isEmpty()) {
        showMessage(tr("The runs cannot be compared: %1").arg(error));
        return;
    }
    setTableContent(m_comparison, content);
    fitTableSize(m_comparison);
    m_details->setCurrentWidget(m_comparisonPage);
}

void RunHistoryView::showMessage(const QString &text)
{
    m_message->setText(text);
    m_details->setCurrentWidget(m_message);
}

} // namespace gridcba::ui
