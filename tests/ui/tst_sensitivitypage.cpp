// Drives the Sensitivity tab of the real main window offscreen on the sample study: a sweep
// and a Monte Carlo run through the page, checked against the engine (runSweep,
// runMonteCarlo); the run history (re-open, compare, re-run, delete after asking); the
// modified state and the save prompt; Cancel of a long Monte Carlo.

#include "charts/densitychart.h"
#include "charts/montecarlocharts.h"
#include "charts/tornadochart.h"
#include "comparenear.h"
#include "documentactions.h"
#include "io/studysource.h"
#include "mainwindow.h"
#include "models/analysisrunsmodel.h"
#include "models/mcinputsmodel.h"
#include "models/sweepinputsmodel.h"
#include "pages/distributioneditor.h"
#include "pages/montecarlodefinitionpanel.h"
#include "pages/montecarloresultsview.h"
#include "pages/runhistoryview.h"
#include "pages/sensitivitypage.h"
#include "pages/sweepdefinitionpanel.h"
#include "pages/sweepresultsview.h"
#include "recentfiles.h"
#include "samplecopy.h"
#include "sensitivity/montecarlo.h"
#include "sensitivity/sweep.h"
#include "sensitivityactions.h"
#include "sensitivitytext.h"
#include "studydocument.h"
#include "studynavigator.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <qcustomplot.h>

#include <functional>
#include <memory>

using namespace gridcba;
using ui::MainWindow;
using ui::PageKind;

namespace {

const QString kProject = QStringLiteral("P1");
constexpr int kMcSamples = 5000;
constexpr int kMcSeed = 42;

model::Study loadSample()
{
    io::OpenedStudy opened = io::openStudy(QStringLiteral(GRIDCBA_SAMPLE_STUDY));
    if (!opened.study)
        qFatal("cannot read the sample study: %s", qPrintable(opened.errors.join(u'\n')));
    return *opened.study;
}

// Runs `action`; the first message box it opens is answered with `button`. Returns the
// box's text, empty when none appeared.
QString answerMessageBox(const std::function<void()> &action, QMessageBox::StandardButton button)
{
    QString seen;
    QTimer timer;
    timer.setInterval(10);
    QObject::connect(&timer, &QTimer::timeout, &timer, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        seen = box->windowTitle() + u'\n' + box->text();
        timer.stop();
        box->button(button)->click();
    });
    timer.start();
    action();
    timer.stop();
    return seen;
}

double shownNumber(const QString &text)
{
    bool ok = false;
    const double v = QLocale().toDouble(text, &ok);
    if (!ok)
        qFatal("not a number: %s", qPrintable(text));
    return v;
}

} // namespace

class TestSensitivityPage : public QObject
{
    Q_OBJECT

  private slots:
    void initTestCase();
    void init();
    void cleanup();

    void sweepMatchesEngine();
    void monteCarloMatchesEngine();
    void historyReopensComparesAndDeletes();
    void rerunGivesIdenticalNumbers();
    void cancelStopsLongMonteCarlo();
    void savePromptAndSavedRuns();
    void definitionModels();
    void distributionPreview();
    void screenshots();

  private:
    ui::SensitivityPage *page() const;
    ui::SensitivityActions *actions() const;
    ui::StudyDocument *document() const;
    void openProject(const QString &projectId);
    void runSweepThroughPage();
    void runMonteCarloThroughPage(int samples, int seed);
    void checkSweepView(ui::SweepResultsView *view, const sensitivity::SweepResult &expected);
    void checkMonteCarloView(ui::MonteCarloResultsView *view,
                             const sensitivity::MonteCarloResult &expected);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestSensitivityPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("GridCBA-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_sensitivitypage"));
    // Decimal comma and grouping, so that formatting through QLocale shows.
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
}

void TestSensitivityPage::init()
{
    ui::clearRecentFiles();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openFile(test::copyOfSampleStudy(m_dir->path())));
    openProject(kProject);
}

void TestSensitivityPage::cleanup()
{
    m_window.reset();
    m_dir.reset();
    ui::clearRecentFiles();
}

ui::SensitivityPage *TestSensitivityPage::page() const
{
    return m_window->findChild<ui::SensitivityPage *>();
}

ui::SensitivityActions *TestSensitivityPage::actions() const
{
    return m_window->findChild<ui::SensitivityActions *>();
}

ui::StudyDocument *TestSensitivityPage::document() const
{
    return m_window->documentActions()->document();
}

// Clicks the project in the navigator and opens its Sensitivity tab, as a user would.
void TestSensitivityPage::openProject(const QString &projectId)
{
    ui::StudyNavigator *navigator = m_window->navigator();
    QTreeWidgetItem *item = navigator->itemFor(PageKind::Project, projectId);
    QVERIFY(item);
    QTest::mouseClick(navigator->viewport(), Qt::LeftButton, {},
                      navigator->visualItemRect(item).center());
    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("projectTabs"));
    const int index = tabs->indexOf(page());
    QVERIFY(index >= 0);
    QCOMPARE(tabs->tabText(index), QStringLiteral("Sensitivity"));
    tabs->setCurrentIndex(index);
    QVERIFY(page()->isVisible());
}

void TestSensitivityPage::runSweepThroughPage()
{
    QSignalSpy done(actions(), &ui::SensitivityActions::sweepFinished);
    page()->tabs()->setCurrentIndex(ui::SensitivityPage::SweepTab);
    QTest::mouseClick(page()->sweepDefinition()->runButton(), Qt::LeftButton);
    QCOMPARE(done.count(), 1);
    QCOMPARE(done.front().front().toBool(), true);
    qInfo("sweep in the GUI: %lld ms", actions()->lastSweepMs());
}

void TestSensitivityPage::runMonteCarloThroughPage(int samples, int seed)
{
    page()->tabs()->setCurrentIndex(ui::SensitivityPage::MonteCarloTab);
    ui::MonteCarloDefinitionPanel *definition = page()->monteCarloDefinition();
    definition->samplesBox()->setValue(samples);
    definition->seedBox()->setValue(seed);
    QSignalSpy done(actions(), &ui::SensitivityActions::monteCarloFinished);
    QTest::mouseClick(definition->runButton(), Qt::LeftButton);
    QVERIFY(actions()->isRunning());
    QVERIFY(!definition->runButton()->isEnabled());
    QVERIFY(done.wait(30000));
    QCOMPARE(done.front().front().toBool(), true);
    QVERIFY(definition->runButton()->isEnabled());
    qInfo("Monte Carlo of %d samples in the GUI: %lld ms", samples, actions()->lastMonteCarloMs());
}

void TestSensitivityPage::checkSweepView(ui::SweepResultsView *view,
                                         const sensitivity::SweepResult &expected)
{
    QCOMPARE(view->scenarioBox()->count(), int(expected.scenarios.size()));
    for (const bool bc : {false, true}) {
        view->bcButton()->setChecked(bc);
        for (int s = 0; s < view->scenarioBox()->count(); ++s) {
            view->scenarioBox()->setCurrentIndex(s);
            const sensitivity::ScenarioSweepResult &scenario = expected.scenarios[std::size_t(s)];
            ui::TornadoChart *tornado = view->tornado();
            const auto order = sensitivity::tornadoOrder(scenario);
            QCOMPARE(tornado->rowInputs().size(), order.size());
            QCOMPARE(tornado->lowBars()->data()->size(), int(order.size()));
            QCOMPARE(tornado->plot()->xAxis->label().contains(QStringLiteral("M€")), !bc);
            COMPARE_NEAR(tornado->baseValue(),
                         bc ? *scenario.baseBcRatio : scenario.baseNpvEur / 1e6, 1e-12, 1e-12);
            // The largest swing is the top row (the highest key).
            for (std::size_t i = 0; i < order.size(); ++i) {
                const sensitivity::InputSweepResult &in = *order[i];
                const double key = double(order.size() - i);
                QCOMPARE(tornado->rowInputs()[order.size() - 1 - i], in.id);
                const auto low = tornado->lowBars()->data()->findBegin(key, false);
                const auto high = tornado->highBars()->data()->findBegin(key, false);
                COMPARE_NEAR(low->key, key, 0.0, 0.0);
                COMPARE_NEAR(low->value, bc ? *in.atLow.bcRatio : in.atLow.npvEur / 1e6, 1e-9,
                             1e-12);
                COMPARE_NEAR(high->value, bc ? *in.atHigh.bcRatio : in.atHigh.npvEur / 1e6, 1e-9,
                             1e-12);
            }
            // The switching values, in the same order, as the engine found them.
            QTableWidget *table = view->switchingTable();
            QCOMPARE(table->rowCount(), int(order.size()));
            QVERIFY(table->horizontalHeaderItem(2)->text().contains(QStringLiteral("NPV = 0")));
            for (int r = 0; r < table->rowCount(); ++r) {
                const sensitivity::InputSweepResult &in = *order[std::size_t(r)];
                QCOMPARE(table->item(r, 0)->text(), ui::SensitivityText::labelWithUnit(in.id));
                for (const auto &[column, sv] : {std::pair{2, &in.npvZero}, {3, &in.bcOne}}) {
                    const QString text = table->item(r, column)->text();
                    if (sv->status == sensitivity::SwitchingValue::Status::NoneInRange) {
                        QVERIFY2(text.startsWith(QStringLiteral("none in [")), qPrintable(text));
                        continue;
                    }
                    const double shown = ui::SensitivityText::toDisplay(in.id, sv->value);
                    if (ui::SensitivityText::isWholeNumber(in.id))
                        QVERIFY2(!text.contains(QLocale().decimalPoint()), qPrintable(text));
                    COMPARE_NEAR(shownNumber(text), shown, 0.005, 0.0);
                }
            }
        }
    }
    view->bcButton()->setChecked(false);
}

void TestSensitivityPage::sweepMatchesEngine()
{
    const model::Study sample = loadSample();
    sensitivity::SweepDefinition definition =
        sensitivity::defaultSweep(sample, *sample.project(kProject));
    definition.projectId = kProject;
    QString error;
    const auto expected = sensitivity::runSweep(sample, definition, &error);
    QVERIFY2(expected, qPrintable(error));

    QVERIFY(!document()->isModified());
    QVERIFY(!m_window->isWindowModified());
    runSweepThroughPage();
    QVERIFY(actions()->lastSweepMs() < 1000);
    checkSweepView(page()->sweepResults(), *expected);

    // The run is in the study and the history; the document is modified and says so.
    QVERIFY(document()->isModified());
    QVERIFY(m_window->isWindowModified());
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("[*]")));
    QCOMPARE(document()->analysisRuns(kProject).size(), std::size_t(1));
    QCOMPARE(document()->analysisRuns(kProject).front()->name, QStringLiteral("Sweep 1"));
    QCOMPARE(page()->history()->runsModel()->rowCount(), 1);
}

void TestSensitivityPage::checkMonteCarloView(ui::MonteCarloResultsView *view,
                                              const sensitivity::MonteCarloResult &expected)
{
    using V = ui::MonteCarloResultsView;
    QTableWidget *table = view->summaryTable();
    QCOMPARE(table->rowCount(), int(expected.scenarios.size()));
    QVERIFY(table->horizontalHeaderItem(V::NpvP10)->text().contains(QStringLiteral("M€")));
    for (int r = 0; r < table->rowCount(); ++r) {
        const sensitivity::McScenarioResult &s = expected.scenarios[std::size_t(r)];
        QCOMPARE(table->item(r, V::NpvP10)->text(), QLocale().toString(s.npvP10Eur / 1e6, 'f', 2));
        QCOMPARE(table->item(r, V::NpvP50)->text(), QLocale().toString(s.npvP50Eur / 1e6, 'f', 2));
        QCOMPARE(table->item(r, V::NpvP90)->text(), QLocale().toString(s.npvP90Eur / 1e6, 'f', 2));
        COMPARE_NEAR(shownNumber(table->item(r, V::NpvMean)->text()) * 1e6, s.npvMeanEur, 5e3, 0.0);
        COMPARE_NEAR(shownNumber(table->item(r, V::PNpvPositive)->text()),
                     100.0 * s.probabilityNpvPositive, 0.05, 0.0);
        QVERIFY(s.bcP50);
        COMPARE_NEAR(shownNumber(table->item(r, V::BcP50)->text()), *s.bcP50, 0.005, 0.0);
    }
    view->scenarioBox()->setCurrentIndex(0);
    QCOMPARE(view->histogram()->bars()->data()->size(),
             int(expected.scenarios[0].npvHistogram.counts.size()));
    QCOMPARE(view->drivers()->bars()->data()->size(), int(expected.scenarios[0].drivers.size()));
}

void TestSensitivityPage::monteCarloMatchesEngine()
{
    runMonteCarloThroughPage(kMcSamples, kMcSeed);
    const model::Study sample = loadSample();
    const sensitivity::MonteCarloDefinition definition =
        page()->monteCarloDefinition()->definition(kProject);
    QCOMPARE(definition.samples, kMcSamples);
    QCOMPARE(definition.seed, std::uint64_t(kMcSeed));
    QCOMPARE(int(definition.inputs.size()), 3); // CAPEX, welfare, SCC by default
    QString error;
    const auto expected = sensitivity::runMonteCarlo(sample, definition, &error);
    QVERIFY2(expected, qPrintable(error));
    checkMonteCarloView(page()->monteCarloResults(), *expected);
    QVERIFY(document()->isModified());
    QCOMPARE(page()->history()->runsModel()->rowCount(), 1);
    QCOMPARE(page()
                 ->history()
                 ->runsModel()
                 ->index(0, int(ui::AnalysisRunsModel::Column::Seed))
                 .data()
                 .toString(),
             QStringLiteral("42"));
}

void TestSensitivityPage::historyReopensComparesAndDeletes()
{
    ui::RunHistoryView *history = page()->history();
    QAbstractItemModelTester tester(history->runsModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    runSweepThroughPage();
    runMonteCarloThroughPage(kMcSamples, kMcSeed);
    const model::Study sample = loadSample();
    QString error;
    const auto sweep =
        sensitivity::runSweep(sample, page()->sweepDefinition()->definition(kProject), &error);
    const auto mc = sensitivity::runMonteCarlo(
        sample, page()->monteCarloDefinition()->definition(kProject), &error);
    QVERIFY(sweep && mc);

    page()->tabs()->setCurrentIndex(ui::SensitivityPage::HistoryTab);
    QCOMPARE(history->runsModel()->rowCount(), 2);
    const QList<int> ids{history->runsModel()->runId(0), history->runsModel()->runId(1)};
    // One run: its stored results, read back from the study.
    history->selectRuns({ids[0]});
    QVERIFY(history->sweepView()->isVisible());
    checkSweepView(history->sweepView(), *sweep);
    history->selectRuns({ids[1]});
    QVERIFY(history->monteCarloView()->isVisible());
    checkMonteCarloView(history->monteCarloView(), *mc);
    // Two runs: side by side.
    history->selectRuns(ids);
    QVERIFY(history->comparisonTable()->isVisible());
    QVERIFY(history->comparisonTable()->rowCount() >= 6 * 3);
    QCOMPARE(history->comparisonTable()->horizontalHeaderItem(3)->text(),
             QStringLiteral("Sweep 1"));

    // Renaming through the table changes the study.
    QVERIFY(history->runsModel()->setData(history->runsModel()->index(0, 0),
                                          QStringLiteral("Base sweep")));
    QCOMPARE(document()->analysisRun(ids[0])->name, QStringLiteral("Base sweep"));

    // Delete asks first; No keeps the runs.
    history->selectRuns({ids[0]});
    QString asked = answerMessageBox(
        [&] { QTest::mouseClick(history->deleteButton(), Qt::LeftButton); }, QMessageBox::No);
    QVERIFY2(asked.contains(QStringLiteral("Base sweep")), qPrintable(asked));
    QCOMPARE(history->runsModel()->rowCount(), 2);
    asked = answerMessageBox([&] { QTest::mouseClick(history->deleteButton(), Qt::LeftButton); },
                             QMessageBox::Yes);
    QVERIFY(!asked.isEmpty());
    QCOMPARE(history->runsModel()->rowCount(), 1);
    QVERIFY(!document()->analysisRun(ids[0]));
    QVERIFY(document()->analysisRun(ids[1]));
}

void TestSensitivityPage::rerunGivesIdenticalNumbers()
{
    runSweepThroughPage();
    runMonteCarloThroughPage(kMcSamples, 7);
    ui::RunHistoryView *history = page()->history();
    page()->tabs()->setCurrentIndex(ui::SensitivityPage::HistoryTab);
    for (int row = 0; row < 2; ++row) {
        history->selectRuns({history->runsModel()->runId(row)});
        QSignalSpy done(actions(), &ui::SensitivityActions::rerunFinished);
        QTest::mouseClick(history->rerunButton(), Qt::LeftButton);
        QVERIFY(done.count() == 1 || done.wait(30000));
        QCOMPARE(done.front().front().toBool(), true);
        QVERIFY2(history->rerunOutcome()->text().contains(QStringLiteral("identical")),
                 qPrintable(history->rerunOutcome()->text()));
    }
    // A re-run is a check, not a new run.
    QCOMPARE(history->runsModel()->rowCount(), 2);
}

void TestSensitivityPage::cancelStopsLongMonteCarlo()
{
    page()->tabs()->setCurrentIndex(ui::SensitivityPage::MonteCarloTab);
    ui::MonteCarloDefinitionPanel *definition = page()->monteCarloDefinition();
    definition->samplesBox()->setValue(5'000'000);
    QSignalSpy done(actions(), &ui::SensitivityActions::monteCarloFinished);
    QTest::mouseClick(definition->runButton(), Qt::LeftButton);
    QProgressDialog *progress = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (progress = m_window->findChild<QProgressDialog *>(QStringLiteral("monteCarloProgress"))) &&
            progress->isVisible(),
        5000);
    QVERIFY(done.isEmpty()); // still running when the dialog shows
    QCOMPARE(progress->windowModality(), Qt::WindowModal);
    auto *cancel = progress->findChild<QPushButton *>();
    QVERIFY(cancel);
    QElapsedTimer timer;
    timer.start();
    QTest::mouseClick(cancel, Qt::LeftButton);
    // Cancelling stops the run within one block of samples; how long that takes depends on
    // the machine's load, so the test only bounds it generously (no wall-clock assertion).
    QVERIFY(done.wait(60000));
    qInfo("Monte Carlo cancelled after %lld ms", timer.elapsed());
    QCOMPARE(done.front().front().toBool(), false);
    QVERIFY(!actions()->isRunning());
    QCOMPARE(page()->history()->runsModel()->rowCount(), 0);
    QVERIFY(!document()->isModified());
    QVERIFY(definition->runButton()->isEnabled());
}

void TestSensitivityPage::savePromptAndSavedRuns()
{
    runSweepThroughPage();
    ui::StudyDocument *before = document();
    // Cancel keeps the modified study open.
    QString asked =
        answerMessageBox([&] { QVERIFY(!m_window->openFile(QStringLiteral(GRIDCBA_SAMPLE_JSON))); },
                         QMessageBox::Cancel);
    QVERIFY2(asked.contains(QStringLiteral("Unsaved")), qPrintable(asked));
    QCOMPARE(document(), before);
    // So does closing the window with Cancel.
    asked = answerMessageBox([&] { m_window->close(); }, QMessageBox::Cancel);
    QVERIFY(!asked.isEmpty());
    QVERIFY(m_window->isVisible());

    // Saving clears the marker; the runs are in the file.
    const QString path = m_dir->filePath(QStringLiteral("with-runs.gridcba"));
    QVERIFY(m_window->documentActions()->saveAs(path));
    QVERIFY(!document()->isModified());
    QVERIFY(!m_window->isWindowModified());
    io::OpenedStudy reopened = io::openStudy(path);
    QVERIFY2(reopened.study, qPrintable(reopened.errors.join(u'\n')));
    QCOMPARE(reopened.study->analysisRuns.size(), std::size_t(1));
    QVERIFY(reopened.study->analysisRuns.front() == *document()->analysisRuns(kProject).front());

    // Another change, then Discard opens the other study without saving.
    runMonteCarloThroughPage(1000, 1);
    asked = answerMessageBox([&] { QVERIFY(m_window->openFile(path)); }, QMessageBox::Discard);
    QVERIFY(!asked.isEmpty());
    QVERIFY(!document()->isModified());
    openProject(kProject);
    QCOMPARE(page()->history()->runsModel()->rowCount(), 1);
}

void TestSensitivityPage::definitionModels()
{
    ui::SweepInputsModel *sweep = page()->sweepDefinition()->inputsModel();
    ui::McInputsModel *mc = page()->monteCarloDefinition()->inputsModel();
    QAbstractItemModelTester sweepTester(sweep,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester mcTester(mc, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(sweep->rowCount(), sensitivity::kInputCount);
    QCOMPARE(mc->rowCount(), sensitivity::kInputCount);

    // The discount rate is shown and edited in %; low above high is refused.
    using C = ui::SweepInputsModel::Column;
    const QModelIndex low = sweep->index(int(sensitivity::InputId::DiscountRate), int(C::Low));
    const QModelIndex high = sweep->index(int(sensitivity::InputId::DiscountRate), int(C::High));
    COMPARE_NEAR(low.data(Qt::EditRole).toDouble(), 3.0, 1e-9, 0.0);
    COMPARE_NEAR(high.data(Qt::EditRole).toDouble(), 5.0, 1e-9, 0.0);
    QVERIFY(!sweep->setData(low, 6.0));
    QVERIFY(sweep->setData(low, 2.0));
    QCOMPARE(sweep->checkedInputs().front().low, 0.02);
    // Whole-number inputs take whole numbers.
    const QModelIndex years = sweep->index(int(sensitivity::InputId::OperatingYears), int(C::High));
    QVERIFY(sweep->setData(years, 31.6));
    QCOMPARE(years.data().toString(), QStringLiteral("32"));
    QVERIFY(!sweep->index(0, int(C::Input)).data(Qt::ToolTipRole).toString().isEmpty());

    // Only the checked inputs are swept; none checked is refused with a message.
    sweep->setAllChecked(false);
    QVERIFY(sweep->setData(sweep->index(int(sensitivity::InputId::Capex), 0), Qt::Checked,
                           Qt::CheckStateRole));
    QCOMPARE(page()->sweepDefinition()->definition(kProject).inputs.size(), std::size_t(1));
    runSweepThroughPage();
    QCOMPARE(page()->sweepResults()->tornado()->rowInputs().size(), std::size_t(1));
    sweep->setAllChecked(false);
    const QString asked =
        answerMessageBox([&] { QVERIFY(!actions()->runSweep()); }, QMessageBox::Ok);
    QVERIFY(asked.contains(QStringLiteral("Check at least one input")));

    // Switching project resets the definitions while the testers watch.
    openProject(QStringLiteral("P3"));
    QCOMPARE(sweep->checkedInputs().size(), std::size_t(sensitivity::kInputCount));
    QCOMPARE(page()->history()->runsModel()->rowCount(), 0);
}

void TestSensitivityPage::distributionPreview()
{
    page()->tabs()->setCurrentIndex(ui::SensitivityPage::MonteCarloTab);
    ui::MonteCarloDefinitionPanel *definition = page()->monteCarloDefinition();
    const int capex = int(sensitivity::InputId::Capex);
    definition->inputsTable()->setCurrentIndex(definition->inputsModel()->index(capex, 0));
    ui::DistributionEditor *editor = definition->editor();
    QVERIFY(editor->preview()->pointCount() > 100);
    QVERIFY(editor->preview()->title().contains(QStringLiteral("CAPEX")));

    editor->kindBox()->setCurrentIndex(
        editor->kindBox()->findData(int(sensitivity::DistributionKind::Normal)));
    const sensitivity::Distribution normal = definition->inputsModel()->distribution(capex);
    QCOMPARE(normal.kind, sensitivity::DistributionKind::Normal);
    COMPARE_NEAR(normal.a, 1.0, 1e-12, 0.0);
    QVERIFY(normal.b > 0.0);
    QVERIFY(!editor->parameterBox(2)->isVisible());
    QVERIFY(editor->preview()->pointCount() > 100);

    // A negative standard deviation: no preview, the problem in words.
    editor->parameterBox(1)->setValue(-0.1);
    auto *problem = editor->findChild<QLabel *>(QStringLiteral("mcDistributionProblem"));
    QVERIFY(problem->isVisible());
    QVERIFY(!problem->text().isEmpty());
    QCOMPARE(editor->preview()->pointCount(), 0);
}

// Renders the three views at 1280×800 into GRIDCBA_SCREENSHOT_DIR (default: the test's
// temporary directory) and checks each saves.
void TestSensitivityPage::screenshots()
{
    QString dir = qEnvironmentVariable("GRIDCBA_SCREENSHOT_DIR");
    if (dir.isEmpty())
        dir = m_dir->path();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openFile(test::copyOfSampleStudy(m_dir->path())));
    openProject(kProject);
    auto shoot = [&](const QString &name, QWidget *widget) {
        // Layout requests cascade through the scroll areas: let them all settle.
        for (int i = 0; i < 3; ++i)
            QApplication::processEvents();
        QVERIFY(widget->grab().save(dir + QStringLiteral("/gridcba-sens-") + name +
                                    QStringLiteral(".png")));
    };
    shoot(QStringLiteral("definition"), m_window.get());
    runSweepThroughPage();
    shoot(QStringLiteral("sweep"), m_window.get());
    auto *sweepArea = qobject_cast<QScrollArea *>(page()->tabs()->widget(0));
    sweepArea->verticalScrollBar()->setValue(sweepArea->verticalScrollBar()->maximum());
    shoot(QStringLiteral("sweep-scrolled"), m_window.get());
    page()->monteCarloDefinition()->addCorrelation(sensitivity::InputId::Capex,
                                                   sensitivity::InputId::Welfare, -0.3);
    runMonteCarloThroughPage(20000, 1);
    shoot(QStringLiteral("montecarlo"), m_window.get());
    page()->showDefinitions(true);
    auto *mcArea = qobject_cast<QScrollArea *>(page()->tabs()->widget(1));
    shoot(QStringLiteral("montecarlo-full"), mcArea->widget());
    page()->tabs()->setCurrentIndex(ui::SensitivityPage::HistoryTab);
    ui::RunHistoryView *history = page()->history();
    history->selectRuns({history->runsModel()->runId(0), history->runsModel()->runId(1)});
    shoot(QStringLiteral("compare"), m_window.get());
    history->selectRuns({history->runsModel()->runId(1)});
    shoot(QStringLiteral("history"), m_window.get());
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
}

QTEST_MAIN(TestSensitivityPage)
#include "tst_sensitivitypage.moc"
