// Drives the real main window offscreen: opens the sample study, walks the navigator and
// checks that what the results table and chart show is what the engine computes; opening
// a corrupt file, the recent-files menu and Save As.

#include "charts/benefitcostchart.h"
#include "comparenear.h"
#include "documentactions.h"
#include "economics/evaluation.h"
#include "io/studysource.h"
#include "mainwindow.h"
#include "models/resultsmodel.h"
#include "editing/scenarioadapters.h"
#include "recentfiles.h"
#include "samplecopy.h"
#include "studydocument.h"
#include "studynavigator.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <qcustomplot.h>

#include <functional>
#include <memory>

using namespace gridcba;
using ui::MainWindow;
using ui::PageKind;
using ui::ResultsModel;
using Row = ui::ResultsModel::Row;

namespace {

// What a modal dialog showed before the test closed it.
struct ModalSeen
{
    QString className;
    QString text; // title, text and informative text of a message box
    bool acceptSave = false;
};

// Runs `action` and rejects the first modal dialog it opens, reporting what it showed;
// with `grabTo`, saves a picture of the dialog there.
ModalSeen closeModalDuring(const std::function<void()> &action, const QString &grabTo = {})
{
    ModalSeen seen;
    QTimer timer;
    timer.setInterval(10);
    QObject::connect(&timer, &QTimer::timeout, &timer, [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal)
            return;
        seen.className = QString::fromLatin1(modal->metaObject()->className());
        if (auto *box = qobject_cast<QMessageBox *>(modal))
            seen.text = box->windowTitle() + u'\n' + box->text() + u'\n' + box->informativeText();
        if (auto *dialog = qobject_cast<QFileDialog *>(modal))
            seen.acceptSave = dialog->acceptMode() == QFileDialog::AcceptSave;
        timer.stop();
        if (!grabTo.isEmpty())
            modal->grab().save(grabTo);
        qobject_cast<QDialog *>(modal)->reject();
    });
    timer.start();
    action();
    timer.stop();
    return seen;
}

model::Study loadSample()
{
    io::OpenedStudy opened = io::openStudy(QStringLiteral(GRIDCBA_SAMPLE_STUDY));
    if (!opened.study)
        qFatal("cannot read the sample study: %s", qPrintable(opened.errors.join(u'\n')));
    return *opened.study;
}

QString meurText(double eur)
{
    return QLocale().toString(eur / 1e6, 'f', 2);
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

  private slots:
    void initTestCase();
    void init();
    void cleanup();

    void startsWithWelcomePage();
    void opensSampleStudy();
    void resultsMatchEngine_data();
    void resultsMatchEngine();
    void chartShowsEveryScenario_data();
    void chartShowsEveryScenario();
    void modelsPassModelTester();
    void resultsModelShowsMissingValues();
    void scenarioAndEconomicsPages();
    void corruptFileShowsErrorAndKeepsStudy_data();
    void corruptFileShowsErrorAndKeepsStudy();
    void sampleFromHelpMenuSavesThroughSaveAs();
    void saveAsWritesStudyFile();
    void recentFilesKeepEightAndSurviveRestart();
    void missingRecentFileIsRemovedWithMessage();
    void screenshots();

  private:
    QTableView *resultsTable() const;
    void selectInNavigator(PageKind kind, const QString &id = {});
    QStringList recentMenuPaths() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    // Settings go to a throw-away test location, never the user's.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("GridCBA-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    // A locale with grouping and a decimal comma, so that formatting through QLocale shows.
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
}

void TestMainWindow::init()
{
    ui::clearRecentFiles();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_dir.reset();
    ui::clearRecentFiles();
}

QTableView *TestMainWindow::resultsTable() const
{
    return m_window->findChild<QTableView *>(QStringLiteral("resultsTable"));
}

// Clicks the navigator entry of a page, as a user would.
void TestMainWindow::selectInNavigator(PageKind kind, const QString &id)
{
    ui::StudyNavigator *navigator = m_window->navigator();
    QTreeWidgetItem *item = navigator->itemFor(kind, id);
    QVERIFY2(item, qPrintable(QStringLiteral("no navigator entry for '%1'").arg(id)));
    navigator->scrollToItem(item);
    const QRect rect = navigator->visualItemRect(item);
    QVERIFY(rect.isValid());
    QTest::mouseClick(navigator->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(navigator->currentItem(), item);
}

QStringList TestMainWindow::recentMenuPaths() const
{
    QStringList paths;
    for (QAction *action : m_window->documentActions()->recentFilesMenu()->actions())
        if (action->data().isValid())
            paths << action->data().toString();
    return paths;
}

void TestMainWindow::startsWithWelcomePage()
{
    QVERIFY(m_window->findChild<QWidget *>(QStringLiteral("welcomePage"))->isVisible());
    QVERIFY(!m_window->navigator()->isVisible());
    QVERIFY(!m_window->documentActions()->saveAction()->isEnabled());
    QVERIFY(!m_window->documentActions()->saveAsAction()->isEnabled());
    QCOMPARE(m_window->windowTitle(), QStringLiteral("GridCBA"));
}

void TestMainWindow::opensSampleStudy()
{
    QVERIFY(m_window->openFile(test::copyOfSampleStudy(m_dir->path())));
    const model::Study sample = loadSample();
    QVERIFY(m_window->windowTitle().contains(sample.name));
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("sample-study.gridcba")));
    QVERIFY(!m_window->findChild<QWidget *>(QStringLiteral("welcomePage"))->isVisible());
    auto *pages = m_window->findChild<QStackedWidget *>(QStringLiteral("pages"));
    QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("economicsPage"));
    ui::StudyNavigator *navigator = m_window->navigator();
    QVERIFY(navigator->itemFor(PageKind::Economics));
    for (const model::Scenario &s : sample.scenarios)
        QVERIFY(navigator->itemFor(PageKind::Scenario, s.id));
    for (const model::Project &p : sample.projects)
        QVERIFY(navigator->itemFor(PageKind::Project, p.id));
    QVERIFY(m_window->documentActions()->saveAction()->isEnabled());
}

void TestMainWindow::resultsMatchEngine_data()
{
    QTest::addColumn<QString>("projectId");
    for (const model::Project &p : loadSample().projects)
        QTest::newRow(qPrintable(p.id)) << p.id;
}

void TestMainWindow::resultsMatchEngine()
{
    QFETCH(QString, projectId);
    const model::Study sample = loadSample();
    economics::EvaluationError error;
    const auto expected = economics::evaluateProject(sample, *sample.project(projectId), &error);
    QVERIFY2(expected, qPrintable(error.message));

    QVERIFY(m_window->openFile(test::copyOfSampleStudy(m_dir->path())));
    selectInNavigator(PageKind::Project, projectId);
    QTableView *table = resultsTable();
    QVERIFY(table && table->isVisible());
    QAbstractItemModel *model = table->model();
    QCOMPARE(model->rowCount(), ResultsModel::kRowCount);
    QCOMPARE(model->columnCount(), int(expected->scenarios.size()));

    for (int c = 0; c < model->columnCount(); ++c) {
        const economics::ScenarioEvaluation &s = expected->scenarios[std::size_t(c)];
        // Long names are broken over two lines.
        QCOMPARE(model->headerData(c, Qt::Horizontal).toString().replace(u'\n', u' '),
                 sample.scenario(s.scenarioId)->name);

        const QModelIndex npv = model->index(ResultsModel::row(Row::Npv), c);
        COMPARE_NEAR(npv.data(ResultsModel::ValueRole).toDouble(), s.npvEur, 1e-6, 1e-12);
        QCOMPARE(npv.data().toString(), meurText(s.npvEur));
        bool ok = false;
        COMPARE_NEAR(QLocale().toDouble(npv.data().toString(), &ok) * 1e6, s.npvEur, 5e3, 0.0);
        QVERIFY(ok);

        QVERIFY(s.bcRatio);
        const QModelIndex bc = model->index(ResultsModel::row(Row::BcRatio), c);
        COMPARE_NEAR(bc.data(ResultsModel::ValueRole).toDouble(), *s.bcRatio, 1e-12, 1e-12);
        QCOMPARE(bc.data().toString(), QLocale().toString(*s.bcRatio, 'f', 2));
        COMPARE_NEAR(QLocale().toDouble(bc.data().toString(), &ok), *s.bcRatio, 0.005, 0.0);
        QVERIFY(ok);

        for (economics::Stream st : economics::kStreams) {
            const QModelIndex pv = model->index(ResultsModel::row(static_cast<Row>(st)), c);
            COMPARE_NEAR(pv.data(ResultsModel::ValueRole).toDouble(),
                         s.pvBenefits[static_cast<std::size_t>(st)], 1e-6, 1e-12);
        }
        const QModelIndex capex = model->index(ResultsModel::row(Row::Capex), c);
        COMPARE_NEAR(capex.data(ResultsModel::ValueRole).toDouble(), s.pvCapexEur, 1e-6, 1e-12);
        QVERIFY(s.irr);
        const QModelIndex irr = model->index(ResultsModel::row(Row::Irr), c);
        COMPARE_NEAR(irr.data(ResultsModel::ValueRole).toDouble(), *s.irr, 1e-12, 1e-12);
        QCOMPARE(irr.data().toString(),
                 QStringLiteral("%1 %").arg(QLocale().toString(*s.irr * 100.0, 'f', 2)));
    }

    QCOMPARE(model->headerData(ResultsModel::row(Row::B1), Qt::Vertical).toString(),
             QStringLiteral("Socio-economic welfare (B1)"));
    QVERIFY(!model->headerData(ResultsModel::row(Row::B1), Qt::Vertical, Qt::ToolTipRole)
                 .toString()
                 .isEmpty());

    auto *ranges = m_window->findChild<QLabel *>(QStringLiteral("resultsRanges"));
    QVERIFY(expected->npvRangeEur && expected->bcRange);
    QVERIFY(ranges->text().contains(meurText(expected->npvRangeEur->min)));
    QVERIFY(ranges->text().contains(meurText(expected->npvRangeEur->max)));
    QVERIFY(ranges->text().contains(QLocale().toString(expected->bcRange->max, 'f', 2)));
}

void TestMainWindow::chartShowsEveryScenario_data()
{
    resultsMatchEngine_data();
}

void TestMainWindow::chartShowsEveryScenario()
{
    QFETCH(QString, projectId);
    const model::Study sample = loadSample();
    const auto expected = economics::evaluateProject(sample, *sample.project(projectId), nullptr);
    QVERIFY(expected);
    QVERIFY(m_window->openFile(test::copyOfSampleStudy(m_dir->path())));
    selectInNavigator(PageKind::Project, projectId);

    // The project page's chart (the dashboard has one too).
    auto *chart = m_window->findChild<QWidget *>(QStringLiteral("projectPage"))
                      ->findChild<ui::BenefitCostChart *>();
    QVERIFY(chart && chart->isVisible());
    const int n = int(expected->scenarios.size());
    QCOMPARE(chart->groupCount(), n);
    QCustomPlot *plot = chart->plot();
    auto ticker = qSharedPointerDynamicCast<QCPAxisTickerText>(plot->xAxis->ticker());
    QVERIFY(ticker);
    QCOMPARE(int(ticker->ticks().size()), n);
    int i = 0;
    for (QString label : ticker->ticks())
        QCOMPARE(label.replace(u'\n', u' '),
                 sample.scenario(expected->scenarios[std::size_t(i++)].scenarioId)->name);
    QVERIFY(plot->legend->visible());
    QVERIFY(plot->legend->itemCount() > 0);
    QVERIFY(!plot->yAxis->label().isEmpty());
    QVERIFY(plot->yAxis->label().contains(QStringLiteral("M€")));

    // Every bar series has one bar per scenario; the costs are the engine's.
    double lowestBenefit = 0.0;
    for (int p = 0; p < plot->plottableCount(); ++p) {
        auto *bars = qobject_cast<QCPBars *>(plot->plottable(p));
        QVERIFY(bars);
        QCOMPARE(bars->data()->size(), n);
        for (auto it = bars->data()->constBegin(); it != bars->data()->constEnd(); ++it)
            lowestBenefit = std::min(lowestBenefit, it->value);
        if (bars->name().startsWith(QStringLiteral("Costs"))) {
            for (int s = 0; s < n; ++s) {
                const economics::ScenarioEvaluation &e = expected->scenarios[std::size_t(s)];
                COMPARE_NEAR(bars->data()->at(s)->value * 1e6,
                             e.pvCapexEur + e.pvOpexEur + e.pvDecommissioningEur, 1e-3, 1e-12);
            }
        }
    }
    // Negative contributions (higher losses, B5) hang below the zero line.
    if (lowestBenefit < 0.0)
        QVERIFY(plot->yAxis->range().lower < lowestBenefit);
    QVERIFY(plot->yAxis->range().lower <= 0.0);
}

void TestMainWindow::modelsPassModelTester()
{
    QVERIFY(m_window->openFile(test::copyOfSampleStudy(m_dir->path())));
    selectInNavigator(PageKind::Project, QStringLiteral("P1"));
    QAbstractItemModel *results = resultsTable()->model();
    QAbstractItemModelTester resultsTester(results,
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto *investments =
        m_window->findChild<QTableView *>(QStringLiteral("investmentsTable"))->model();
    QAbstractItemModelTester investmentsTester(
        investments, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Switching projects resets the models while the testers watch.
    for (const QString &id : {QStringLiteral("P2"), QStringLiteral("P3"), QStringLiteral("P1")})
        selectInNavigator(PageKind::Project, id);
    QCOMPARE(results->columnCount(), 3);
    QCOMPARE(investments->rowCount(), 2);

    selectInNavigator(PageKind::Scenario, QStringLiteral("NT"));
    auto *years = m_window->findChild<QTableView *>(QStringLiteral("studyYearsTable"))->model();
    QAbstractItemModelTester yearsTester(years,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    selectInNavigator(PageKind::Scenario, QStringLiteral("DE"));
    QCOMPARE(years->rowCount(), 2);
}

// Values the engine leaves empty are shown as such, with the reason in the tooltip.
void TestMainWindow::resultsModelShowsMissingValues()
{
    economics::ProjectEvaluation evaluation;
    economics::ScenarioEvaluation noRatio;
    noRatio.scenarioId = QStringLiteral("A");
    noRatio.irrOutcome = economics::IrrOutcome::NoSignChange;
    economics::ScenarioEvaluation severalRoots;
    severalRoots.scenarioId = QStringLiteral("B");
    severalRoots.bcRatio = 1.5;
    severalRoots.irrOutcome = economics::IrrOutcome::Multiple;
    severalRoots.irrRoots = {0.02, 0.35};
    evaluation.scenarios = {noRatio, severalRoots};
    ResultsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEvaluation(evaluation, {QStringLiteral("Scenario A"), QStringLiteral("Scenario B")});

    const QModelIndex bc = model.index(ResultsModel::row(Row::BcRatio), 0);
    QCOMPARE(bc.data().toString(), QStringLiteral("n/a"));
    QVERIFY(!bc.data(ResultsModel::ValueRole).isValid());
    QVERIFY(!bc.data(Qt::ToolTipRole).toString().isEmpty());
    const QModelIndex noIrr = model.index(ResultsModel::row(Row::Irr), 0);
    QVERIFY(!noIrr.data(ResultsModel::ValueRole).isValid());
    QVERIFY(noIrr.data(Qt::ToolTipRole).toString().contains(QStringLiteral("never changes sign")));
    const QModelIndex several = model.index(ResultsModel::row(Row::Irr), 1);
    QCOMPARE(several.data().toString(), QStringLiteral("several"));
    QVERIFY(!several.data(ResultsModel::ValueRole).isValid());
    const QString tip = several.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QLocale().toString(2.0, 'f', 2)) &&
                 tip.contains(QLocale().toString(35.0, 'f', 2)),
             qPrintable(tip));
    QCOMPARE(model.index(ResultsModel::row(Row::Npv), 0).data().toString(),
             QLocale().toString(0.0, 'f', 2));
}

void TestMainWindow::scenarioAndEconomicsPages()
{
    QVERIFY(m_window->openFile(test::copyOfSampleStudy(m_dir->path())));
    const model::Study sample = loadSample();
    selectInNavigator(PageKind::Scenario, QStringLiteral("GA"));
    auto *pages = m_window->findChild<QStackedWidget *>(QStringLiteral("pages"));
    QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("scenarioPage"));
    QAbstractItemModel *years =
        m_window->findChild<QTableView *>(QStringLiteral("studyYearsTable"))->model();
    const model::StudyYear &y2040 = sample.scenario(QStringLiteral("GA"))->studyYears[1];
    const int scc = int(ui::StudyYearsAdapter::SccCentral);
    COMPARE_NEAR(years->index(1, scc).data(Qt::UserRole).toDouble(),
                 y2040.sccCentralEurPerT, 1e-9, 0.0);
    QCOMPARE(years->index(1, scc).data().toString(),
             QLocale().toString(y2040.sccCentralEurPerT, 'f', 0));
    QVERIFY(years->headerData(scc, Qt::Horizontal).toString().contains(QStringLiteral("€/t")));

    selectInNavigator(PageKind::Economics);
    QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("economicsPage"));
    auto *deflator = m_window->findChild<QTableView *>(QStringLiteral("deflatorTable"));
    QCOMPARE(deflator->model()->rowCount(), int(sample.economics.deflator.size()));
}

void TestMainWindow::corruptFileShowsErrorAndKeepsStudy_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("fileName");
    QFile sample(QStringLiteral(GRIDCBA_SAMPLE_STUDY));
    QVERIFY(sample.open(QIODevice::ReadOnly));
    QTest::newRow("truncated study file") << sample.read(2048) << QStringLiteral("cut.gridcba");
    QTest::newRow("JSON with a syntax error")
        << QByteArray("{\n  \"format\": \"gridcba-study\",\n  \"name\": \n}\n")
        << QStringLiteral("broken.json");
}

void TestMainWindow::corruptFileShowsErrorAndKeepsStudy()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, fileName);
    QVERIFY(m_window->openFile(test::copyOfSampleStudy(m_dir->path())));
    selectInNavigator(PageKind::Project, QStringLiteral("P2"));
    const QString title = m_window->windowTitle();
    ui::StudyDocument *before = m_window->documentActions()->document();

    const QString path = m_dir->filePath(fileName);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();
    bool opened = true;
    const ModalSeen seen = closeModalDuring([&] { opened = m_window->openFile(path); });

    QVERIFY(!opened);
    QCOMPARE(seen.className, QStringLiteral("QMessageBox"));
    QVERIFY2(seen.text.contains(fileName), qPrintable(seen.text));
    QCOMPARE(m_window->documentActions()->document(), before);
    QCOMPARE(m_window->windowTitle(), title);
    QCOMPARE(m_window->navigator()->currentItem(),
             m_window->navigator()->itemFor(PageKind::Project, QStringLiteral("P2")));
    QCOMPARE(resultsTable()->model()->columnCount(), 3);
    QVERIFY(!ui::recentFiles().contains(path));
}

void TestMainWindow::sampleFromHelpMenuSavesThroughSaveAs()
{
    m_window->documentActions()->openSampleAction()->trigger();
    QVERIFY(m_window->documentActions()->document());
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("sample-study.json")));
    QVERIFY(m_window->navigator()->itemFor(PageKind::Project, QStringLiteral("P3")));
    QVERIFY(ui::recentFiles().isEmpty()); // a built-in resource is no recent file
    // The sample European system comes with it, the same as in the build's sample study file.
    const model::Study &study = m_window->documentActions()->document()->study();
    const io::OpenedStudy built = io::openStudy(QStringLiteral(GRIDCBA_SAMPLE_STUDY));
    QVERIFY(built.study);
    QCOMPARE(study.powerSystems.size(), std::size_t(6));
    QVERIFY(study.powerSystems == built.study->powerSystems);
    QVERIFY(study.profiles == built.study->profiles);

    // Saving a study that is not a study file yet asks for a .gridcba name.
    const ModalSeen seen =
        closeModalDuring([&] { m_window->documentActions()->saveAction()->trigger(); });
    QCOMPARE(seen.className, QStringLiteral("QFileDialog"));
    QVERIFY(seen.acceptSave);
}

void TestMainWindow::saveAsWritesStudyFile()
{
    QVERIFY(m_window->openFile(QStringLiteral(GRIDCBA_SAMPLE_JSON)));
    ui::DocumentActions *actions = m_window->documentActions();
    QVERIFY(!actions->document()->isStudyFile());
    const QString path = m_dir->filePath(QStringLiteral("copy.gridcba"));
    QVERIFY(actions->saveAs(path));
    QVERIFY(actions->document()->isStudyFile());
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("copy.gridcba")));
    QCOMPARE(ui::recentFiles().value(0), path);

    io::OpenedStudy reopened = io::openStudy(path);
    QVERIFY2(reopened.study, qPrintable(reopened.errors.join(u'\n')));
    QVERIFY(!reopened.fromJson);
    QVERIFY(*reopened.study == actions->document()->study());

    // Save now writes back to that file without asking.
    QVERIFY(QFile::remove(path));
    const ModalSeen seen = closeModalDuring([&] { actions->saveAction()->trigger(); });
    QVERIFY(seen.className.isEmpty());
    QVERIFY(QFile::exists(path));
}

void TestMainWindow::recentFilesKeepEightAndSurviveRestart()
{
    QStringList paths;
    for (int i = 0; i < ui::kMaxRecentFiles + 2; ++i) {
        paths.prepend(m_dir->filePath(QStringLiteral("study%1.gridcba").arg(i)));
        QVERIFY(QFile::copy(QStringLiteral(GRIDCBA_SAMPLE_STUDY), paths.front()));
        QVERIFY(m_window->openFile(paths.front()));
    }
    const QStringList expected = paths.mid(0, ui::kMaxRecentFiles);
    QCOMPARE(ui::recentFiles(), expected);
    QCOMPARE(recentMenuPaths(), expected);

    // Reopening an older file moves it to the front.
    QVERIFY(m_window->openFile(paths[3]));
    QCOMPARE(ui::recentFiles().value(0), paths[3]);

    // A new window, as after a restart, lists the same files.
    const QStringList before = ui::recentFiles();
    m_window = std::make_unique<MainWindow>();
    QCOMPARE(recentMenuPaths(), before);

    // Choosing an entry opens it.
    QAction *entry = m_window->documentActions()->recentFilesMenu()->actions().value(2);
    QVERIFY(entry);
    entry->trigger();
    QVERIFY(m_window->documentActions()->document());
    QCOMPARE(m_window->documentActions()->document()->filePath(), before[2]);
}

void TestMainWindow::missingRecentFileIsRemovedWithMessage()
{
    const QString kept = m_dir->filePath(QStringLiteral("kept.gridcba"));
    const QString gone = m_dir->filePath(QStringLiteral("gone.gridcba"));
    QVERIFY(QFile::copy(QStringLiteral(GRIDCBA_SAMPLE_STUDY), kept));
    QVERIFY(QFile::copy(QStringLiteral(GRIDCBA_SAMPLE_STUDY), gone));
    QVERIFY(m_window->openFile(kept));
    QVERIFY(m_window->openFile(gone));
    QCOMPARE(recentMenuPaths(), QStringList({gone, kept}));
    QVERIFY(QFile::remove(gone));
    m_window->documentActions()->openSampleAction()->trigger();

    QAction *entry = m_window->documentActions()->recentFilesMenu()->actions().value(0);
    QCOMPARE(entry->data().toString(), gone);
    const ModalSeen seen = closeModalDuring([&] { entry->trigger(); });
    QCOMPARE(seen.className, QStringLiteral("QMessageBox"));
    QVERIFY2(seen.text.contains(QStringLiteral("gone.gridcba")), qPrintable(seen.text));
    QCOMPARE(recentMenuPaths(), QStringList({kept}));
    QCOMPARE(ui::recentFiles(), QStringList({kept}));
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("sample-study.json")));
}

// Renders the main pages at 1280×800 and checks every grab saves as a PNG; with
// GRIDCBA_SCREENSHOT_DIR set, the PNGs are kept there for review, otherwise they go to the
// test's temporary directory.
void TestMainWindow::screenshots()
{
    QString dir = qEnvironmentVariable("GRIDCBA_SCREENSHOT_DIR");
    if (dir.isEmpty())
        dir = m_dir->path();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->grab().save(dir + QStringLiteral("/gridcba-welcome.png")));
    QVERIFY(m_window->openFile(test::copyOfSampleStudy(m_dir->path())));
    auto shoot = [&](PageKind kind, const QString &id, const QString &name) {
        selectInNavigator(kind, id);
        QApplication::processEvents();
        QVERIFY(m_window->grab().save(dir + u'/' + name));
    };
    shoot(PageKind::Project, QStringLiteral("P1"), QStringLiteral("gridcba-main.png"));
    auto *chart = m_window->findChild<QWidget *>(QStringLiteral("projectPage"))
                      ->findChild<ui::BenefitCostChart *>();
    QVERIFY(
        chart->grab().scaled(chart->size() * 2).save(dir + QStringLiteral("/gridcba-chart.png")));
    shoot(PageKind::Project, QStringLiteral("P3"), QStringLiteral("gridcba-p3.png"));
    shoot(PageKind::Economics, {}, QStringLiteral("gridcba-economics.png"));
    shoot(PageKind::Scenario, QStringLiteral("NT"), QStringLiteral("gridcba-scenario.png"));
    selectInNavigator(PageKind::Project, QStringLiteral("P1"));
    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("projectTabs"));
    for (int i = 1; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        QApplication::processEvents();
        QVERIFY(m_window->grab().save(dir + QStringLiteral("/gridcba-project-tab%1.png").arg(i)));
    }
    tabs->setCurrentIndex(0);
    shoot(PageKind::Dashboard, {}, QStringLiteral("gridcba-dashboard.png"));
    QFile broken(m_dir->filePath(QStringLiteral("broken.json")));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write(
        "{\n  \"format\": \"gridcba-study\",\n  \"formatVersion\": 1,\n  \"name\": 3\n}\n");
    broken.close();
    closeModalDuring([&] { m_window->openFile(broken.fileName()); },
                     dir + QStringLiteral("/gridcba-error.png"));
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
