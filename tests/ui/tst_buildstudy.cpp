// Issue 4's acceptance test: a study built from nothing through the editors of the real main
// window — study name, one scenario with two study years, one project with three CAPEX
// years, OPEX and B1 inputs — evaluated with Run > Evaluate Study, gives the NPV of the
// worked example of methodology.md §3 (804.6750 M€, B/C 1.7384, computed twice by hand
// there). Then every edit is undone back to the empty study, and the study survives a save
// and reopen unchanged.
//
// Every value goes in as a user types it: into the form's line edits (Return commits) and
// through the tables' models in display units (M€), which is what a table cell's editor
// commits.

#include "comparenear.h"
#include "documentactions.h"
#include "economics/evaluation.h"
#include "editactions.h"
#include "editing/editabletable.h"
#include "editing/recordform.h"
#include "editing/studytablemodel.h"
#include "mainwindow.h"
#include "runactions.h"
#include "studydocument.h"
#include "studynavigator.h"

#include <QAction>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace gridcba;
using ui::PageKind;

class TestBuildStudy : public QObject
{
    Q_OBJECT

  private slots:
    void initTestCase();
    void buildWorkedExampleThroughTheEditors();

  private:
    ui::StudyDocument *document() const { return m_window->documentActions()->document(); }
    // The model of the editable table named `name` on the page shown.
    ui::StudyTableModel *table(const QString &name) const;
    // Types `text` into a form field and presses Return, as a user does.
    void typeInto(const QString &formName, const QString &key, const QString &text);
    // Sets one cell in display units; fails the test with the editor's message if refused.
    void setCell(ui::StudyTableModel *model, int row, const QString &key, const QString &text);
    void addRow(ui::StudyTableModel *model);

    std::unique_ptr<ui::MainWindow> m_window;
};

void TestBuildStudy::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("GridCBA-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_buildstudy"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QSettings().clear(); // money in M€, the default
}

ui::StudyTableModel *TestBuildStudy::table(const QString &name) const
{
    auto *pages = m_window->findChild<QStackedWidget *>(QStringLiteral("pages"));
    auto *view = pages->currentWidget()->findChild<QTableView *>(name);
    return view ? qobject_cast<ui::StudyTableModel *>(view->model()) : nullptr;
}

void TestBuildStudy::typeInto(const QString &formName, const QString &key, const QString &text)
{
    auto *form = m_window->findChild<ui::RecordForm *>(formName);
    QVERIFY2(form, qPrintable(formName));
    auto *line = qobject_cast<QLineEdit *>(form->field(key));
    QVERIFY2(line, qPrintable(key));
    line->setFocus();
    line->selectAll();
    QTest::keyClicks(line, text);
    QTest::keyClick(line, Qt::Key_Return);
    QVERIFY2(form->message().isEmpty(), qPrintable(form->message()));
}

void TestBuildStudy::setCell(ui::StudyTableModel *model, int row, const QString &key,
                             const QString &text)
{
    QVERIFY(model);
    int column = -1;
    QStringList keys;
    for (size_t c = 0; c < model->columns().size(); ++c) {
        keys << model->columns()[c].key;
        if (model->columns()[c].key == key)
            column = int(c);
    }
    QVERIFY2(column >= 0, qPrintable(key + QStringLiteral(" not in ") + keys.join(u',')));
    QString refused;
    const auto connection = connect(model, &ui::StudyTableModel::editRejected, this,
                                    [&refused](const QString &reason) { refused = reason; });
    const bool ok = model->setData(model->index(row, column), text, Qt::EditRole);
    disconnect(connection);
    QVERIFY2(ok, qPrintable(key + QStringLiteral(": ") + refused));
}

void TestBuildStudy::addRow(ui::StudyTableModel *model)
{
    QVERIFY(model);
    QVERIFY(model->insertRows(model->rowCount(), 1));
}

void TestBuildStudy::buildWorkedExampleThroughTheEditors()
{
    m_window = std::make_unique<ui::MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    const model::Study empty;
    QVERIFY(m_window->documentActions()->openDocument(
        std::make_unique<ui::StudyDocument>(empty, QString(), false)));
    QVERIFY(document()->isModified()); // never saved
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("Untitled")));

    // Economic parameters: the defaults are the worked example's; typed anyway.
    QVERIFY(m_window->navigator()->select(PageKind::Economics));
    typeInto(QStringLiteral("studyInfoForm"), QStringLiteral("name"),
             QStringLiteral("Worked example"));
    typeInto(QStringLiteral("economicParametersForm"), QStringLiteral("discountRate"),
             QStringLiteral("4"));
    typeInto(QStringLiteral("economicParametersForm"), QStringLiteral("discountingYear"),
             QStringLiteral("2025"));
    typeInto(QStringLiteral("economicParametersForm"), QStringLiteral("operatingYears"),
             QStringLiteral("25"));
    QVERIFY(m_window->windowTitle().startsWith(QStringLiteral("Worked example")));

    // One scenario with study years 2030 and 2040 (TYNDP 2024 carbon prices, VOLL).
    m_window->editActions()->addScenarioAction()->trigger();
    QCOMPARE(document()->study().scenarios.size(), size_t(1));
    typeInto(QStringLiteral("scenarioInfoForm"), QStringLiteral("id"), QStringLiteral("NT"));
    typeInto(QStringLiteral("scenarioInfoForm"), QStringLiteral("name"),
             QStringLiteral("National Trends"));
    ui::StudyTableModel *years = table(QStringLiteral("studyYearsTable"));
    QVERIFY(years);
    QCOMPARE(years->rowCount(), 1);
    setCell(years, 0, QStringLiteral("year"), QStringLiteral("2030"));
    setCell(years, 0, QStringLiteral("marketCo2PriceEurPerT"), QStringLiteral("113.4"));
    setCell(years, 0, QStringLiteral("sccHighEurPerT"), QStringLiteral("315"));
    setCell(years, 0, QStringLiteral("sccCentralEurPerT"), QStringLiteral("238"));
    setCell(years, 0, QStringLiteral("sccLowEurPerT"), QStringLiteral("126"));
    setCell(years, 0, QStringLiteral("vollEurPerMwh"), QStringLiteral("10000"));
    addRow(years);
    setCell(years, 1, QStringLiteral("year"), QStringLiteral("2040"));
    setCell(years, 1, QStringLiteral("marketCo2PriceEurPerT"), QStringLiteral("147"));
    setCell(years, 1, QStringLiteral("sccHighEurPerT"), QStringLiteral("662"));
    setCell(years, 1, QStringLiteral("sccCentralEurPerT"), QStringLiteral("628"));
    setCell(years, 1, QStringLiteral("sccLowEurPerT"), QStringLiteral("339"));
    setCell(years, 1, QStringLiteral("vollEurPerMwh"), QStringLiteral("10000"));

    // One project: CAPEX 300/400/300 M€ in 2027–2029, OPEX 15 M€/yr, commissioning 2030,
    // B1 100 M€/yr in 2030 and 160 in 2040.
    m_window->editActions()->addProjectAction()->trigger();
    QCOMPARE(document()->study().projects.size(), size_t(1));
    typeInto(QStringLiteral("projectInfoForm"), QStringLiteral("name"),
             QStringLiteral("Worked example line"));
    typeInto(QStringLiteral("projectInfoForm"), QStringLiteral("commissioningYear"),
             QStringLiteral("2030"));
    ui::StudyTableModel *investments = table(QStringLiteral("investmentsTable"));
    QCOMPARE(investments->rowCount(), 1);
    setCell(investments, 0, QStringLiteral("opexEurPerYear"), QStringLiteral("15"));
    setCell(investments, 0, QStringLiteral("technicalLifetimeYears"), QStringLiteral("40"));
    m_window->findChild<QTableView *>(QStringLiteral("investmentsTable"))
        ->setCurrentIndex(investments->index(0, 0));
    ui::StudyTableModel *phasing = table(QStringLiteral("capexPhasingTable"));
    QVERIFY(phasing);
    const QStringList capex = {QStringLiteral("300"), QStringLiteral("400"), QStringLiteral("300")};
    for (int i = 0; i < 3; ++i) {
        addRow(phasing);
        setCell(phasing, i, QStringLiteral("year"), QString::number(2027 + i));
        setCell(phasing, i, QStringLiteral("centralEur"), capex[i]);
    }
    ui::StudyTableModel *inputs = table(QStringLiteral("indicatorInputsTable"));
    QVERIFY(inputs);
    addRow(inputs);
    addRow(inputs);
    QCOMPARE(inputs->rowCount(), 2);
    setCell(inputs, 0, QStringLiteral("year"), QStringLiteral("2030"));
    setCell(inputs, 0, QStringLiteral("b1Eur"), QStringLiteral("100"));
    setCell(inputs, 1, QStringLiteral("year"), QStringLiteral("2040"));
    setCell(inputs, 1, QStringLiteral("b1Eur"), QStringLiteral("160"));

    // Run > Evaluate Study.
    ui::EvaluationJob *job = m_window->runActions()->evaluate();
    QVERIFY(job);
    QSignalSpy finished(job, &ui::EvaluationJob::finished);
    QVERIFY(finished.wait(10000));
    QVERIFY(document()->resultsUpToDate());
    const QString projectId = document()->study().projects[0].id;
    const ui::ProjectResult *result = document()->result(projectId);
    QVERIFY(result);
    QVERIFY2(result->evaluation, qPrintable(result->error));
    const economics::ScenarioEvaluation &nt = result->evaluation->scenarios.at(0);
    // methodology.md §3, given to 4 decimals of M€: half a unit of the last place.
    COMPARE_NEAR(nt.npvEur / 1e6, 804.6750, 0.0, 5e-5);
    COMPARE_NEAR(*nt.bcRatio, 1.7384, 0.0, 5e-5);
    COMPARE_NEAR(nt.pvCapexEur / 1e6, 889.4067, 0.0, 5e-5);
    // And exactly what the engine gives for the study the editors built.
    const auto direct = economics::evaluateProject(document()->study(),
                                                   document()->study().projects[0], nullptr);
    QVERIFY(direct);
    QCOMPARE(nt.npvEur, direct->scenarios.at(0).npvEur);
    // The log says so, in the number format of the locale.
    auto *log = m_window->findChild<QWidget *>(QStringLiteral("logPanel"));
    QVERIFY(log);
    QVERIFY2(m_window->findChild<QPlainTextEdit *>(QStringLiteral("logText"))
                 ->toPlainText()
                 .contains(QStringLiteral("NPV 804.68 M€")),
             "the log shows the evaluation");

    // Every edit undone gives back the empty study, exactly; redone, the study built.
    const model::Study built = document()->study();
    QUndoStack *stack = document()->undoStack();
    const int steps = stack->count();
    QVERIFY2(steps >= 25, // edits that set a value to what it was push nothing
              qPrintable(QString::number(steps)));
    while (stack->canUndo())
        stack->undo();
    QVERIFY(document()->study() == empty);
    QVERIFY(!m_window->windowTitle().startsWith(QStringLiteral("Worked example")));
    while (stack->canRedo())
        stack->redo();
    QVERIFY(document()->study() == built);

    // Saved and reopened, the study is the same.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("built.gridcba"));
    QVERIFY(m_window->documentActions()->saveAs(path));
    QVERIFY(!document()->isModified());
    QVERIFY(!m_window->isWindowModified());
    QVERIFY(m_window->openFile(path));
    QVERIFY(document()->study() == built);

    // After a save, an edit marks the window modified and its undo clears the mark.
    ui::StudyDocument *doc = document();
    model::Study edited = doc->study();
    edited.projects[0].commissioningYear = 2031;
    doc->commit(QStringLiteral("x"), edited);
    QVERIFY(m_window->isWindowModified());
    doc->undoStack()->undo();
    QVERIFY(doc->study() == built);
    QVERIFY(!m_window->isWindowModified());
}

QTEST_MAIN(TestBuildStudy)
#include "tst_buildstudy.moc"
