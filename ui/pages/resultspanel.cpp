#include "resultspanel.h"

#include "charts/benefitcostchart.h"
#include "format.h"
#include "models/resultsmodel.h"
#include "studydocument.h"
#include "tables.h"

#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QSplitter>
#include <QStyle>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace gridcba::ui {

namespace {

QString scenarioName(const model::Study &study, const QString &id)
{
    const model::Scenario *s = study.scenario(id);
    return s ? s->name : id;
}

} // namespace

ResultsPanel::ResultsPanel(QWidget *parent)
    : QWidget(parent), m_stack(new QStackedWidget(this)), m_caption(textLabel()),
      m_model(new ResultsModel(this)), m_table(new QTableView), m_chart(new BenefitCostChart),
      m_variantsTitle(sectionTitle(tr("NPV at the ends of the uncertainty ranges (M€)"))),
      m_variants(new QTableWidget), m_ranges(textLabel()), m_notes(textLabel()),
      m_message(textLabel())
{
    m_stack->addWidget(createResultsView());
    m_message->setObjectName(QStringLiteral("resultsMessage"));
    m_message->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_message->setMargin(8);
    m_stack->addWidget(m_message);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
}

QWidget *ResultsPanel::createResultsView()
{
    m_table->setObjectName(QStringLiteral("resultsTable"));
    m_table->setModel(m_model);
    setUpReadOnlyTable(m_table);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->verticalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_ranges->setObjectName(QStringLiteral("resultsRanges"));
    QFont bold = m_ranges->font();
    bold.setBold(true);
    m_ranges->setFont(bold);
    m_notes->setObjectName(QStringLiteral("resultsNotes"));
    m_variants->setObjectName(QStringLiteral("npvVariantsTable"));
    setUpReadOnlyTable(m_variants);
    m_variants->setSelectionBehavior(QAbstractItemView::SelectItems);

    // The table with its ranges and notes on the left, as wide as the table needs; the
    // chart takes the rest.
    m_tableColumn = new QWidget;
    auto *left = new QVBoxLayout(m_tableColumn);
    left->setContentsMargins(0, 0, 0, 0);
    left->addWidget(m_table);
    left->addWidget(m_ranges);
    left->addSpacing(8);
    left->addWidget(m_variantsTitle);
    left->addWidget(m_variants);
    left->addWidget(m_notes);
    left->addStretch();

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setChildrenCollapsible(false);
    // Scrolls vertically when the window is too low for the tables (never squeezes them).
    m_tableScroll = scrollable(m_tableColumn);
    m_tableScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    splitter->addWidget(m_tableScroll);
    splitter->addWidget(m_chart);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);

    auto *view = new QWidget;
    auto *layout = new QVBoxLayout(view);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_caption);
    layout->addWidget(splitter, 1);
    return view;
}

void ResultsPanel::setResult(const model::Study &study, const model::Project &project,
                             const ProjectResult &result)
{
    m_model->clear();
    m_chart->clear();
    if (!result.evaluation) {
        showMessage(tr("The project could not be evaluated:\n%1").arg(result.error));
        return;
    }
    const economics::ProjectEvaluation &evaluation = *result.evaluation;
    if (evaluation.scenarios.empty()) {
        showMessage(tr("No scenario has indicator inputs for project %1, so there is nothing to "
                       "evaluate yet.")
                        .arg(project.id));
        return;
    }
    QStringList names;
    for (const economics::ScenarioEvaluation &s : evaluation.scenarios)
        names << scenarioName(study, s.scenarioId);
    const model::EconomicParameters &e = study.economics;
    m_caption->setText(tr("Present values in M€ of %1 prices, discounted at %2 to %3, over the "
                          "assessment period %4–%5.")
                           .arg(format::year(e.priceBaseYear), format::percent(e.discountRate),
                                format::year(e.discountingYear), format::year(evaluation.firstYear),
                                format::year(evaluation.lastYear)));
    m_model->setEvaluation(evaluation, names);
    fitTableHeight(m_table);
    m_tableColumn->setMinimumWidth(tableWidth(m_table));
    m_tableScroll->setMinimumWidth(tableWidth(m_table) +
                                   style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 4);
    showVariants(evaluation, names);
    m_chart->setEvaluation(evaluation, names, e.priceBaseYear);
    showRanges(study, result);
    m_stack->setCurrentIndex(0);
}

void ResultsPanel::showVariants(const economics::ProjectEvaluation &evaluation,
                                const QStringList &names)
{
    using economics::ScenarioEvaluation;
    const std::pair<QString, double ScenarioEvaluation::*> variants[] = {
        {tr("Societal cost of carbon low"), &ScenarioEvaluation::npvSccLowEur},
        {tr("Societal cost of carbon high"), &ScenarioEvaluation::npvSccHighEur},
        {tr("CAPEX low"), &ScenarioEvaluation::npvCapexLowEur},
        {tr("CAPEX high"), &ScenarioEvaluation::npvCapexHighEur},
    };
    TableContent content;
    content.headers << tr("NPV with");
    for (const QString &name : names)
        content.headers << format::twoLines(name);
    for (int c = 1; c < content.headers.size(); ++c)
        content.numericColumns << c;
    for (const auto &[label, member] : variants) {
        QStringList row{label};
        for (const ScenarioEvaluation &s : evaluation.scenarios)
            row << format::meur(s.*member);
        content.rows << row;
    }
    setTableContent(m_variants, content);
    fitTableSize(m_variants);
    // Line the columns up with the results table above.
    m_variants->setColumnWidth(0, m_table->verticalHeader()->sizeHint().width());
    for (int c = 0; c < m_model->columnCount(); ++c)
        m_variants->setColumnWidth(c + 1, m_table->columnWidth(c));
    m_variants->setFixedWidth(tableWidth(m_variants));
}

void ResultsPanel::showMessage(const QString &text)
{
    m_message->setText(text);
    m_stack->setCurrentWidget(m_message);
}

void ResultsPanel::showRanges(const model::Study &study, const ProjectResult &result)
{
    const economics::ProjectEvaluation &evaluation = *result.evaluation;
    QStringList ranges;
    if (evaluation.npvRangeEur)
        ranges << tr("NPV over scenarios: %1 to %2 M€")
                      .arg(format::meur(evaluation.npvRangeEur->min),
                           format::meur(evaluation.npvRangeEur->max));
    if (evaluation.bcRange)
        ranges << tr("B/C over scenarios: %1 to %2")
                      .arg(format::ratio(evaluation.bcRange->min),
                           format::ratio(evaluation.bcRange->max));
    m_ranges->setText(ranges.join(u'\n'));

    QStringList notes;
    QStringList notAssessed;
    for (const QString &id : evaluation.scenariosNotAssessed)
        notAssessed << scenarioName(study, id);
    if (!notAssessed.isEmpty())
        notes << tr("Not assessed (no indicator inputs): %1.")
                     .arg(notAssessed.join(QStringLiteral(", ")));
    for (const economics::ScenarioEvaluation &s : evaluation.scenarios)
        for (const QString &note : s.notes)
            notes << tr("%1: %2").arg(scenarioName(study, s.scenarioId), note);
    m_notes->setText(notes.join(u'\n'));
    m_notes->setVisible(!notes.isEmpty());
}

} // namespace gridcba::ui
