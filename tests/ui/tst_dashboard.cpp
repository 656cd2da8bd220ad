// The results dashboard on the bundled sample study, offscreen: what each chart draws is the
// engine's result (and the sample's NPVs those of the independent Python route), the page
// follows edits, undo and the money unit, shows the engine's error for a project it cannot
// evaluate, and every chart exports to PNG, SVG and PDF.

#include "charts/benefitcostchart.h"
#include "charts/cashflowchart.h"
#include "charts/chartexport.h"
#include "charts/costbearerschart.h"
#include "charts/npvrangechart.h"
#include "charts/plotwidget.h"
#include "comparenear.h"
#include "economics/evaluation.h"
#include "pages/dashboardpage.h"
#include "studydocument.h"
#include "units.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QMenu>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <qcustomplot.h>

#include <algorithm>
#include <memory>

using namespace gridcba;
using ui::DashboardPage;

namespace {

// The sample's NPV (M€) and B/C by tests/reference/sample_npv.py, an independent plain
// Python route through methodology.md §3 that reads the JSON directly.
struct Reference
{
    const char *scenario;
    double npvMeur;
    double bc;
};

std::vector<double> barValues(const QCPBars *bars)
{
    std::vector<double> out;
    for (auto it = bars->data()->constBegin(); it != bars->data()->constEnd(); ++it)
        out.push_back(it->value);
    return out;
}

QByteArray head(const QString &path, int bytes)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.read(bytes) : QByteArray();
}

// No two value labels of the NPV chart (NPV and B/C above the bars, or under them where
// NPV is negative) overlap each other as drawn, nor leave the plot; one per scenario.
void checkLabelsApart(const ui::NpvRangeChart *chart, int scenarios)
{
    chart->plot()->replot(QCustomPlot::rpImmediateRefresh);
    std::vector<QRectF> labels;
    QStringList texts;
    for (int k = 0; k < chart->plot()->itemCount(); ++k)
        if (const auto *text = qobject_cast<QCPItemText *>(chart->plot()->item(k)); text && text->visible()) {
            labels.push_back(QRectF(text->topLeft->pixelPosition(), text->bottomRight->pixelPosition()));
            texts << text->text();
        }
    QCOMPARE(int(labels.size()), scenarios);
    const QRectF plotArea = chart->plot()->axisRect()->rect();
    for (int k = 0; k < int(labels.size()); ++k)
        QVERIFY2(plotArea.contains(labels[std::size_t(k)]),
                 qPrintable(QStringLiteral("\"%1\" leaves the plot").arg(texts[k])));
    for (std::size_t a = 0; a < labels.size(); ++a)
        for (std::size_t b = a + 1; b < labels.size(); ++b)
            QVERIFY2(!labels[a].intersects(labels[b]),
                     qPrintable(QStringLiteral("\"%1\" and \"%2\" overlap").arg(texts[int(a)], texts[int(b)])));
}

} // namespace

Q_DECLARE_METATYPE(std::vector<Reference>)

class TestDashboard : public QObject
{
    Q_OBJECT

  private slots:
    void initTestCase();
    void init();
    void cleanup();

    void projectComboListsEveryProject();
    void npvChartMatchesReference_data();
    void npvChartMatchesReference();
    void npvAndBcLabelsKeepApart();
    void cumulativeNpvEndsAtNpv_data();
    void cumulativeNpvEndsAtNpv();
    void costBearersSplitPvCosts_data();
    void costBearersSplitPvCosts();
    void benefitCostChartIsTheEngines();
    void overviewShowsEveryProjectAndScenario();
    void chartsFollowMoneyUnit();
    void tooltipsShowValueWithUnit();
    void engineErrorShownInsteadOfCharts();
    void followsEditsAndUndo();
    void exportWritesEachFormat_data();
    void exportWritesEachFormat();
    void exportFailsWithReason();
    void everyChartHasExportMenu();
    void screenshots();

  private:
    const economics::ProjectEvaluation &evaluation(const QString &projectId) const;
    std::vector<QCustomPlot *> plots() const;

    std::unique_ptr<ui::StudyDocument> m_doc;
    std::unique_ptr<DashboardPage> m_page;
};

void TestDashboard::initTestCase()
{
    // Settings go to a throw-away test location, never the user's.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("GridCBA-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_dashboard"));
    // Decimal comma and grouping, so that formatting through QLocale shows.
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
}

void TestDashboard::init()
{
    ui::units::setMoney(ui::units::Money::MEur);
    QFile sample(QStringLiteral(GRIDCBA_SAMPLE_JSON));
    QVERIFY(sample.open(QIODevice::ReadOnly));
    QString error;
    m_doc =
        ui::StudyDocument::fromJson(sample.readAll(), QStringLiteral("sample-study.json"), &error);
    QVERIFY2(m_doc, qPrintable(error));
    m_page = std::make_unique<DashboardPage>();
    m_page->setDocument(m_doc.get());
    m_page->resize(1280, 800);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestDashboard::cleanup()
{
    m_page.reset();
    m_doc.reset();
    ui::units::setMoney(ui::units::Money::MEur);
}

const economics::ProjectEvaluation &TestDashboard::evaluation(const QString &projectId) const
{
    const ui::ProjectResult *r = m_doc->result(projectId);
    Q_ASSERT(r && r->evaluation);
    return *r->evaluation;
}

std::vector<QCustomPlot *> TestDashboard::plots() const
{
    return {m_page->benefitCostChart()->plot(), m_page->npvRangeChart()->plot(),
            m_page->cashFlowChart()->plot(), m_page->costBearersChart()->plot(),
            m_page->overviewChart()->plot()};
}

void TestDashboard::projectComboListsEveryProject()
{
    auto *combo = m_page->findChild<QComboBox *>(QStringLiteral("dashboardProject"));
    QVERIFY(combo);
    QCOMPARE(combo->count(), 4);
    QCOMPARE(combo->itemText(0), QStringLiteral("All projects"));
    QCOMPARE(combo->itemData(1).toString(), QStringLiteral("P1"));
    QVERIFY(combo->itemText(1).contains(m_doc->study().project(QStringLiteral("P1"))->name));
    // The overview comes first; the scenario combo only matters for one project.
    QVERIFY(m_page->currentProjectId().isEmpty());
    QVERIFY(m_page->overviewChart()->isVisible());
    auto *scenarios = m_page->findChild<QComboBox *>(QStringLiteral("dashboardScenario"));
    QVERIFY(scenarios && !scenarios->isVisible());
    combo->setCurrentIndex(2);
    QCOMPARE(m_page->currentProjectId(), QStringLiteral("P2"));
    QVERIFY(scenarios->isVisible());
    QCOMPARE(scenarios->count(), 3);
    QVERIFY(m_page->npvRangeChart()->isVisible());
}

void TestDashboard::npvChartMatchesReference_data()
{
    QTest::addColumn<QString>("projectId");
    QTest::addColumn<std::vector<Reference>>("expected");
    QTest::newRow("P1 interconnector, small NPV in NT")
        << QStringLiteral("P1")
        << std::vector<Reference>{{"NT", 13.163245, 1.006206},
                                  {"DE", 353.222295, 1.166543},
                                  {"GA", 112.544648, 1.053065}};
    QTest::newRow("P2 reinforcement") << QStringLiteral("P2")
                                      << std::vector<Reference>{{"NT", 267.363501, 1.533001},
                                                                {"DE", 202.815480, 1.404322},
                                                                {"GA", 336.015815, 1.669863}};
    QTest::newRow("P3 storage: negative NPV, GA not assessed")
        << QStringLiteral("P3")
        << std::vector<Reference>{{"NT", -562.569153, 0.390801}, {"DE", -471.309775, 0.489625}};
}

void TestDashboard::npvChartMatchesReference()
{
    QFETCH(QString, projectId);
    QFETCH(std::vector<Reference>, expected);
    QVERIFY(m_page->setCurrentProject(projectId));
    const ui::NpvRangeChart *chart = m_page->npvRangeChart();
    QVERIFY(chart->isVisible());
    const std::vector<double> npv = barValues(chart->npvBars());
    QCOMPARE(npv.size(), expected.size());
    auto ticker = qSharedPointerDynamicCast<QCPAxisTickerText>(chart->plot()->xAxis->ticker());
    QVERIFY(ticker);
    QCOMPARE(ticker->ticks().size(), qsizetype(expected.size()));
    double lowest = expected.front().npvMeur, highest = lowest;
    for (std::size_t i = 0; i < expected.size(); ++i) {
        const model::Scenario *s =
            m_doc->study().scenario(QString::fromLatin1(expected[i].scenario));
        QCOMPARE(ticker->ticks().value(double(i + 1)).replace(u'\n', u' '), s->name);
        // Tolerance 1e-6 M€: the reference script prints six decimals.
        COMPARE_NEAR(npv[i], expected[i].npvMeur, 1e-6, 0);
        lowest = std::min(lowest, expected[i].npvMeur);
        highest = std::max(highest, expected[i].npvMeur);
    }
    // B/C ratios on the right axis, beside their bars.
    QCOMPARE(chart->bcGraph()->valueAxis(), chart->plot()->yAxis2);
    QCOMPARE(chart->bcGraph()->data()->size(), int(expected.size()));
    int i = 0;
    for (auto it = chart->bcGraph()->data()->constBegin();
         it != chart->bcGraph()->data()->constEnd(); ++it, ++i) {
        QCOMPARE(std::lround(it->key), long(i + 1));
        COMPARE_NEAR(it->value, expected[std::size_t(i)].bc, 1e-6, 0);
    }
    // The band spans the range over scenarios, which is the engine's.
    const economics::ProjectEvaluation &e = evaluation(projectId);
    QVERIFY(e.npvRangeEur);
    COMPARE_NEAR(chart->rangeMinGraph()->data()->constBegin()->value, lowest, 1e-6, 0);
    COMPARE_NEAR(chart->rangeMaxGraph()->data()->constBegin()->value, highest, 1e-6, 0);
    COMPARE_NEAR(chart->rangeMinGraph()->data()->constBegin()->value, e.npvRangeEur->min / 1e6, 0,
                 1e-12);
    QVERIFY(chart->plot()->yAxis->label().contains(QStringLiteral("M€")));
    QVERIFY(chart->plot()->yAxis2->visible());
    QVERIFY(!chart->plot()->yAxis2->label().isEmpty());
    // Every bar lies inside the axis range, labels included.
    for (double v : npv)
        QVERIFY(chart->plot()->yAxis->range().contains(v));
    checkLabelsApart(chart, int(expected.size()));
    if (projectId == u"P3")
        QCOMPARE(m_page->findChild<QLabel *>(QStringLiteral("dashboardProjectNotes"))->isVisible(),
                 true);
}

// The sample's P1 with computed B1-B6: NPVs of 12,106.84, 11,196.35 and 14,758.28 M€ with
// B/C 6.71, 6.28 and 7.96 put each B/C diamond at the height of the next bar's NPV label;
// a B/C label beside its diamond ran into it (seen on the dashboard). Checked at the size of
// a dashboard chart in a 1,180 × 920 window, 560 × 420.
void TestDashboard::npvAndBcLabelsKeepApart()
{
    economics::ProjectEvaluation e;
    e.projectId = QStringLiteral("P1");
    const double npv[] = {12106.84e6, 11196.35e6, 14758.28e6};
    const double bc[] = {6.71, 6.28, 7.96};
    for (int i = 0; i < 3; ++i) {
        economics::ScenarioEvaluation s;
        s.scenarioId = QStringLiteral("S%1").arg(i);
        s.npvEur = npv[i];
        s.bcRatio = bc[i];
        e.scenarios.push_back(s);
    }
    e.npvRangeEur = economics::Range{npv[1], npv[2]};
    ui::NpvRangeChart chart;
    chart.resize(560, 420);
    chart.setEvaluation(e, {QStringLiteral("National Trends"), QStringLiteral("Distributed Energy"),
                            QStringLiteral("Global Ambition")}, 2023);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    checkLabelsApart(&chart, 3);
}

void TestDashboard::cumulativeNpvEndsAtNpv_data()
{
    QTest::addColumn<QString>("projectId");
    QTest::addColumn<QString>("scenarioId");
    const char *rows[][2] = {{"P1", "NT"}, {"P1", "DE"}, {"P1", "GA"}, {"P2", "NT"},
                             {"P2", "GA"}, {"P3", "NT"}, {"P3", "DE"}};
    for (const auto &row : rows)
        QTest::addRow("%s %s", row[0], row[1])
            << QString::fromLatin1(row[0]) << QString::fromLatin1(row[1]);
}

void TestDashboard::cumulativeNpvEndsAtNpv()
{
    QFETCH(QString, projectId);
    QFETCH(QString, scenarioId);
    QVERIFY(m_page->setCurrentProject(projectId));
    QVERIFY(m_page->setCurrentScenario(scenarioId));
    QCOMPARE(m_page->currentScenarioId(), scenarioId);
    const economics::ProjectEvaluation &e = evaluation(projectId);
    const economics::ScenarioEvaluation *s = nullptr;
    for (const economics::ScenarioEvaluation &candidate : e.scenarios)
        if (candidate.scenarioId == scenarioId)
            s = &candidate;
    QVERIFY(s);
    const ui::CashFlowChart *chart = m_page->cashFlowChart();
    QVERIFY(chart->title().contains(m_doc->study().scenario(scenarioId)->name));

    // One point per year of the assessment period; the last is the NPV (sums in a different
    // order than the engine's PV totals: 1e-6 relative).
    const QCPGraph *line = chart->cumulativeGraph();
    QCOMPARE(line->valueAxis(), chart->plot()->yAxis2);
    QCOMPARE(line->data()->size(), e.lastYear - e.firstYear + 1);
    QCOMPARE(int(line->data()->constBegin()->key), e.firstYear);
    QCOMPARE(int((line->data()->constEnd() - 1)->key), e.lastYear);
    COMPARE_NEAR((line->data()->constEnd() - 1)->value * 1e6, s->npvEur, 1e-3, 1e-6);

    // The bars of each year add up to its net cash flow (benefits up, costs down).
    std::map<int, double> sums;
    bool hasNegative = false, hasPositive = false;
    for (const QCPBars *bars : chart->flowBars()) {
        QCOMPARE(bars->data()->size(), int(s->cashFlows.size()));
        for (auto it = bars->data()->constBegin(); it != bars->data()->constEnd(); ++it) {
            sums[int(it->key)] += it->value;
            hasNegative |= it->value < 0;
            hasPositive |= it->value > 0;
        }
    }
    QVERIFY(hasNegative && hasPositive);
    for (const economics::CashFlowYear &y : s->cashFlows)
        COMPARE_NEAR(sums[y.year] * 1e6, y.netEur(), 1e-3, 1e-12);
    // The zero of both axes at the same height (within a pixel).
    QCustomPlot *plot = chart->plot();
    plot->replot();
    QVERIFY(std::abs(plot->yAxis->coordToPixel(0) - plot->yAxis2->coordToPixel(0)) < 1.0);
}

void TestDashboard::costBearersSplitPvCosts_data()
{
    QTest::addColumn<QString>("projectId");
    QTest::addColumn<QStringList>("countries");
    QTest::addColumn<QList<double>>("shares");
    QTest::newRow("P1 shared half and half")
        << QStringLiteral("P1") << QStringList{QStringLiteral("ES"), QStringLiteral("FR")}
        << QList<double>{0.5, 0.5};
    QTest::newRow("P2 30/70") << QStringLiteral("P2")
                              << QStringList{QStringLiteral("DE"), QStringLiteral("PL")}
                              << QList<double>{0.3, 0.7};
    QTest::newRow("P3 one country")
        << QStringLiteral("P3") << QStringList{QStringLiteral("AT")} << QList<double>{1.0};
}

void TestDashboard::costBearersSplitPvCosts()
{
    QFETCH(QString, projectId);
    QFETCH(QStringList, countries);
    QFETCH(QList<double>, shares);
    QVERIFY(m_page->setCurrentProject(projectId));
    const economics::ScenarioEvaluation &s = evaluation(projectId).scenarios.front();
    QCOMPARE(m_page->currentScenarioId(), s.scenarioId);
    const ui::CostBearersChart *chart = m_page->costBearersChart();
    const double pvCosts = s.pvCapexEur + s.pvOpexEur + s.pvDecommissioningEur;
    QVERIFY(pvCosts > 1e8);

    auto ticker = qSharedPointerDynamicCast<QCPAxisTickerText>(chart->plot()->xAxis->ticker());
    QCOMPARE(ticker->ticks().values(), countries);
    QVERIFY(!chart->costBars().empty());
    std::vector<double> perCountry(std::size_t(countries.size()), 0.0);
    for (const QCPBars *bars : chart->costBars()) {
        QCOMPARE(bars->data()->size(), int(countries.size()));
        for (auto it = bars->data()->constBegin(); it != bars->data()->constEnd(); ++it)
            perCountry[std::size_t(std::lround(it->key) - 1)] += it->value * 1e6;
    }
    double total = 0.0;
    for (qsizetype i = 0; i < countries.size(); ++i) {
        // Share × PV costs, to rounding (1e-12 relative).
        COMPARE_NEAR(perCountry[std::size_t(i)], shares[i] * pvCosts, 1e-6, 1e-12);
        total += perCountry[std::size_t(i)];
    }
    COMPARE_NEAR(total, pvCosts, 1e-6, 1e-12);
    // The beneficiaries are not invented: a note in the chart (so in its exports too) says
    // why they are missing, wrapped to the width and not cut off.
    const QCPTextElement *note = chart->note();
    QVERIFY(note->visible() && note->layout() == chart->plot()->plotLayout());
    QVERIFY(note->text().simplified().contains(QStringLiteral("market model")));
    QVERIFY(note->text().contains(u'\n'));
    chart->plot()->replot();
    QVERIFY(chart->plot()->rect().contains(note->outerRect()));
    const int lines = int(note->text().count(u'\n')) + 1;
    QVERIFY(note->rect().height() >= lines * QFontMetrics(note->font()).height());
}

void TestDashboard::benefitCostChartIsTheEngines()
{
    QVERIFY(m_page->setCurrentProject(QStringLiteral("P2")));
    const economics::ProjectEvaluation &e = evaluation(QStringLiteral("P2"));
    QCustomPlot *plot = m_page->benefitCostChart()->plot();
    QCOMPARE(m_page->benefitCostChart()->groupCount(), int(e.scenarios.size()));
    // The last series is the costs; the others stack the headline benefits and the residual
    // value, so their sum per scenario is PV(headline benefits) + PV(residual value).
    std::vector<double> benefits(e.scenarios.size(), 0.0);
    for (int p = 0; p + 1 < plot->plottableCount(); ++p) {
        auto *bars = qobject_cast<QCPBars *>(plot->plottable(p));
        QVERIFY(bars);
        const std::vector<double> v = barValues(bars);
        for (std::size_t i = 0; i < v.size(); ++i)
            benefits[i] += v[i] * 1e6;
    }
    auto *costs = qobject_cast<QCPBars *>(plot->plottable(plot->plottableCount() - 1));
    const std::vector<double> cost = barValues(costs);
    for (std::size_t i = 0; i < e.scenarios.size(); ++i) {
        const economics::ScenarioEvaluation &s = e.scenarios[i];
        COMPARE_NEAR(benefits[i], s.pvHeadlineBenefitsEur + s.pvResidualValueEur, 1e-3, 1e-12);
        COMPARE_NEAR(cost[i] * 1e6, s.pvCapexEur + s.pvOpexEur + s.pvDecommissioningEur, 1e-3,
                     1e-12);
    }
    // Its tooltip names the series and the scenario and gives the value with the unit.
    plot->replot();
    const auto firstCost = costs->data()->constBegin();
    const QString text = ui::dataToolTipAt(
        plot, QPointF(plot->xAxis->coordToPixel(firstCost->key),
                      plot->yAxis->coordToPixel(firstCost->value / 2)));
    QVERIFY2(text.contains(costs->name()) && text.contains(QStringLiteral("National Trends")) &&
                 text.contains(QLocale().toString(firstCost->value, 'f', 2) +
                               QStringLiteral(" M€ of 2023")),
             qPrintable(text));
}

void TestDashboard::overviewShowsEveryProjectAndScenario()
{
    QVERIFY(m_page->setCurrentProject(QString()));
    const ui::NpvByProjectChart *chart = m_page->overviewChart();
    QVERIFY(chart->isVisible());
    const model::Study &study = m_doc->study();
    QCOMPARE(chart->scenarioBars().size(), study.scenarios.size());
    for (std::size_t s = 0; s < study.scenarios.size(); ++s) {
        const QCPBars *bars = chart->scenarioBars()[s];
        QCOMPARE(bars->name(), study.scenarios[s].name);
        std::map<long, double> byProject;
        for (auto it = bars->data()->constBegin(); it != bars->data()->constEnd(); ++it)
            byProject[std::lround(it->key)] = it->value;
        for (std::size_t p = 0; p < study.projects.size(); ++p) {
            const economics::ProjectEvaluation &e = evaluation(study.projects[p].id);
            const economics::ScenarioEvaluation *found = nullptr;
            for (const economics::ScenarioEvaluation &se : e.scenarios)
                if (se.scenarioId == study.scenarios[s].id)
                    found = &se;
            const auto bar = byProject.find(long(p + 1));
            // P3 is not assessed in GA: no bar rather than a zero.
            QCOMPARE(bar != byProject.end(), found != nullptr);
            if (found)
                COMPARE_NEAR(bar->second * 1e6, found->npvEur, 1e-3, 1e-12);
        }
    }
    QVERIFY(chart->plot()->legend->itemCount() >= int(study.scenarios.size()));
}

void TestDashboard::chartsFollowMoneyUnit()
{
    QVERIFY(m_page->setCurrentProject(QStringLiteral("P1")));
    ui::units::setMoney(ui::units::Money::KEur);
    m_page->refresh();
    const economics::ProjectEvaluation &e = evaluation(QStringLiteral("P1"));
    COMPARE_NEAR(barValues(m_page->npvRangeChart()->npvBars()).front(),
                 e.scenarios.front().npvEur / 1e3, 1e-9, 1e-12);
    for (QCustomPlot *plot : plots())
        if (plot->yAxis->visible() && plot != m_page->overviewChart()->plot())
            QVERIFY2(plot->yAxis->label().contains(QStringLiteral("k€")),
                     qPrintable(plot->yAxis->label()));
    const QCPGraph *line = m_page->cashFlowChart()->cumulativeGraph();
    COMPARE_NEAR((line->data()->constEnd() - 1)->value * 1e3, e.scenarios.front().npvEur, 1e-3,
                 1e-6);
}

void TestDashboard::tooltipsShowValueWithUnit()
{
    QVERIFY(m_page->setCurrentProject(QStringLiteral("P1")));
    QCustomPlot *plot = m_page->npvRangeChart()->plot();
    plot->replot();
    const double de = barValues(m_page->npvRangeChart()->npvBars())[1];
    const QPointF middleOfBar(plot->xAxis->coordToPixel(2.0), plot->yAxis->coordToPixel(de / 2));
    const QString text = ui::dataToolTipAt(plot, middleOfBar);
    QVERIFY2(text.contains(m_doc->study().scenario(QStringLiteral("DE"))->name), qPrintable(text));
    QVERIFY2(text.contains(QLocale().toString(de, 'f', 2) + QStringLiteral(" M€")),
             qPrintable(text));
    // Nothing under the mouse: no tooltip.
    QVERIFY(ui::dataToolTipAt(
                plot, QPointF(plot->xAxis->coordToPixel(1.5), plot->yAxis->coordToPixel(de / 2)))
                .isEmpty());

    // The cash flow line tells the year and the cumulative NPV.
    QCustomPlot *cash = m_page->cashFlowChart()->plot();
    cash->replot();
    const QCPGraph *line = m_page->cashFlowChart()->cumulativeGraph();
    const auto last = line->data()->constEnd() - 1;
    const QString lineText =
        ui::dataToolTipAt(cash, QPointF(cash->xAxis->coordToPixel(last->key),
                                        cash->yAxis2->coordToPixel(last->value)));
    QVERIFY2(lineText.contains(QString::number(int(last->key))), qPrintable(lineText));
    QVERIFY2(lineText.contains(QLocale().toString(last->value, 'f', 2) + QStringLiteral(" M€")),
             qPrintable(lineText));
}

void TestDashboard::engineErrorShownInsteadOfCharts()
{
    // B1 given in 2030 but not in 2040 of NT: valid input, but the engine refuses it.
    model::Study broken = m_doc->study();
    for (model::IndicatorInput &in : broken.projects[0].indicatorInputs)
        if (in.scenarioId == u"NT" && in.year == 2040)
            in.b1Eur.reset();
    QVERIFY(m_page->setCurrentProject(QStringLiteral("P1")));
    QVERIFY(m_doc->commit(QStringLiteral("Remove B1"), broken));
    QTRY_VERIFY_WITH_TIMEOUT(m_doc->resultsUpToDate(), 10000);
    const ui::ProjectResult *r = m_doc->result(QStringLiteral("P1"));
    QVERIFY(r && !r->evaluation && !r->error.isEmpty());
    QCOMPARE(m_page->currentProjectId(), QStringLiteral("P1"));
    QVERIFY2(m_page->message().contains(r->error), qPrintable(m_page->message()));
    QVERIFY(!m_page->npvRangeChart()->isVisible());
    // The overview leaves the project out and says why.
    QVERIFY(m_page->setCurrentProject(QString()));
    auto *notes = m_page->findChild<QLabel *>(QStringLiteral("dashboardOverviewNotes"));
    QVERIFY(notes->isVisible() && notes->text().contains(r->error));
    QCOMPARE(int(m_page->overviewChart()->scenarioBars().front()->data()->size()), 2);
}

void TestDashboard::followsEditsAndUndo()
{
    QVERIFY(m_page->setCurrentProject(QStringLiteral("P2")));
    QVERIFY(m_page->setCurrentScenario(QStringLiteral("GA")));
    const double before = barValues(m_page->npvRangeChart()->npvBars()).front();

    model::Study edited = m_doc->study();
    edited.economics.discountRate = 0.06;
    edited.projects[1].name = QStringLiteral("Renamed corridor");
    QVERIFY(m_doc->commit(QStringLiteral("Edit"), edited));
    QTRY_VERIFY_WITH_TIMEOUT(m_doc->resultsUpToDate(), 10000);
    auto *combo = m_page->findChild<QComboBox *>(QStringLiteral("dashboardProject"));
    QVERIFY(combo->currentText().contains(QStringLiteral("Renamed corridor")));
    QCOMPARE(m_page->currentScenarioId(), QStringLiteral("GA")); // kept across the redraw
    const auto expected = economics::evaluateProject(edited, edited.projects[1], nullptr);
    QVERIFY(expected);
    const double after = barValues(m_page->npvRangeChart()->npvBars()).front();
    COMPARE_NEAR(after * 1e6, expected->scenarios.front().npvEur, 1e-3, 1e-12);
    QVERIFY(std::abs(after - before) > 1.0); // a higher rate moves the NPV by many M€

    m_doc->undoStack()->undo();
    QTRY_VERIFY_WITH_TIMEOUT(m_doc->resultsUpToDate(), 10000);
    COMPARE_NEAR(barValues(m_page->npvRangeChart()->npvBars()).front(), before, 1e-9, 0);
    QVERIFY(!combo->currentText().contains(QStringLiteral("Renamed corridor")));
}

void TestDashboard::exportWritesEachFormat_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArrayList>("magic"); // any of these starts the file
    QTest::newRow("PNG") << QStringLiteral("chart.png")
                         << QByteArrayList{QByteArray("\x89PNG\r\n\x1a\n", 8)};
    QTest::newRow("SVG") << QStringLiteral("chart.svg")
                         << QByteArrayList{QByteArray("<?xml"), QByteArray("<svg")};
    QTest::newRow("PDF, upper-case suffix")
        << QStringLiteral("chart.PDF") << QByteArrayList{QByteArray("%PDF")};
}

void TestDashboard::exportWritesEachFormat()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArrayList, magic);
    QVERIFY(m_page->setCurrentProject(QStringLiteral("P1")));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (QCustomPlot *plot : plots()) {
        const QString path = dir.filePath(plot->parentWidget()->objectName() + u'-' + fileName);
        QString error;
        QVERIFY2(ui::exportChart(plot, path, &error), qPrintable(error));
        const QByteArray start = head(path, 8);
        QVERIFY2(std::any_of(magic.begin(), magic.end(),
                             [&](const QByteArray &m) { return start.startsWith(m); }),
                 qPrintable(path + QStringLiteral(": ") + QString::fromLatin1(start.toHex())));
        QVERIFY(QFileInfo(path).size() > 1000);
    }
    const QString png = dir.filePath(QStringLiteral("npv.png"));
    QCustomPlot *npvPlot = m_page->npvRangeChart()->plot();
    QVERIFY(ui::exportChart(npvPlot, png, nullptr));
    QCOMPARE(QImage(png).size(), npvPlot->size() * 2); // twice the screen resolution
    // Vectors keep the text: the SVG holds the title.
    const QString svg = dir.filePath(QStringLiteral("npv.svg"));
    QVERIFY(ui::exportChart(npvPlot, svg, nullptr));
    QFile svgFile(svg);
    QVERIFY(svgFile.open(QIODevice::ReadOnly));
    QVERIFY(QString::fromUtf8(svgFile.readAll()).contains(QStringLiteral("NPV and B/C ratio")));
}

void TestDashboard::exportFailsWithReason()
{
    QCustomPlot *plot = m_page->overviewChart()->plot();
    QTemporaryDir dir;
    QString error;
    QVERIFY(!ui::exportChart(plot, dir.filePath(QStringLiteral("chart.jpg")), &error));
    QVERIFY2(error.contains(QStringLiteral(".png")) && error.contains(QStringLiteral("chart.jpg")),
             qPrintable(error));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("chart.jpg"))));
    error.clear();
    const QString missing = dir.filePath(QStringLiteral("no-such-dir/chart.pdf"));
    QVERIFY(!ui::exportChart(plot, missing, &error));
    QVERIFY2(error.contains(QStringLiteral("no-such-dir")), qPrintable(error));
}

void TestDashboard::everyChartHasExportMenu()
{
    for (QCustomPlot *plot : plots()) {
        QCOMPARE(plot->contextMenuPolicy(), Qt::CustomContextMenu);
        std::unique_ptr<QMenu> menu(ui::createChartMenu(plot, nullptr));
        QVERIFY(menu->findChild<QAction *>(QStringLiteral("exportChartAction")));
        QVERIFY(menu->findChild<QAction *>(QStringLiteral("copyChartAction")));
        QVERIFY(!ui::chartTitle(plot).isEmpty());
    }
}

void TestDashboard::screenshots()
{
    // Looked at by a person: nothing clipped, every chart labelled.
    QVERIFY(m_page->setCurrentProject(QStringLiteral("P1")));
    QVERIFY(m_page->setCurrentScenario(QStringLiteral("DE")));
    QApplication::processEvents();
    QVERIFY(m_page->grab().save(QStringLiteral("/tmp/dashboard.png")));
    // The exports of two charts, to look at next to the screen.
    for (const QString &suffix :
         {QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("pdf")}) {
        QVERIFY(ui::exportChart(m_page->costBearersChart()->plot(),
                                QStringLiteral("/tmp/dashboard-costbearers.") + suffix, nullptr));
        QVERIFY(ui::exportChart(m_page->cashFlowChart()->plot(),
                                QStringLiteral("/tmp/dashboard-cashflow.") + suffix, nullptr));
    }
    QVERIFY(m_page->setCurrentProject(QStringLiteral("P3")));
    QApplication::processEvents();
    QVERIFY(m_page->grab().save(QStringLiteral("/tmp/dashboard-p3.png")));
    QVERIFY(m_page->setCurrentProject(QString()));
    QApplication::processEvents();
    QVERIFY(m_page->grab().save(QStringLiteral("/tmp/dashboard-all.png")));
    // About the room it gets in the main window, next to the navigator.
    QVERIFY(m_page->setCurrentProject(QStringLiteral("P2")));
    m_page->resize(1000, 680);
    QApplication::processEvents();
    QVERIFY(m_page->grab().save(QStringLiteral("/tmp/dashboard-small.png")));
}

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
