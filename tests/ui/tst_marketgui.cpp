// The market model in the desktop app, driven through the real main window offscreen as a
// user would: the power-system tables (edit a zone and undo it, a refused value naming its
// field, create and copy a system), a thermal-cluster CSV with an error on line 3 (refused,
// the line named) and a good one, a profile CSV (leap year) with rename and delete, the
// market settings and the project's reference-grid year, a run of the market model on a
// two-zone study built here (stored as one undoable step, undone and redone, the results tab
// and the computed rows of the indicator inputs), a cancelled run, and a run that fails with
// the field named.
//
// With GRIDCBA_SCREENSHOTS set to a folder, each new page is also saved there as a PNG.

#include "charts/b1zonechart.h"
#include "charts/profilechart.h"
#include "comparenear.h"
#include "documentactions.h"
#include "editing/editabletable.h"
#include "editing/profileimportdialog.h"
#include "editing/recordform.h"
#include "editing/studytablemodel.h"
#include "mainwindow.h"
#include "market/unitresult.h"
#include "marketactions.h"
#include "marketjob.h"
#include "marketrundialog.h"
#include "marketstudies.h"
#include "modalwait.h"
#include "models/marketresultsmodel.h"
#include "pages/marketresultsview.h"
#include "pages/powersystempage.h"
#include "pages/profilespage.h"
#include "pages/projectpage.h"
#include "studydocument.h"
#include "studynavigator.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <functional>
#include <qcustomplot.h>

using namespace gridcba;
using ui::PageKind;

namespace {

// A run waits for its worker; this only guards against a hang, it is not a time limit.
constexpr int kRunGuardMs = 300000;

// Two zones joined by a 50 MW border: A has demand 100 MW and gas at 50 €/MWh, B demand
// 100 MW and coal at 20 €/MWh; P1 adds 50 MW each way. Worked by hand: without the project A
// imports 50 MW (cost 50 × 50 + 150 × 20 = 5,500 €/h), with it 100 MW (200 × 20 = 4,000 €/h),
// so B1 = 1,500 €/h × 8,760 h = 13.14 M€/yr. The hurdle cost is not part of the generation
// cost. A second study year 2040 has no power system yet.
model::Study twoZoneStudy()
{
    model::Study s = test::marketStudy();
    test::addZone(s, QStringLiteral("A"), 100.0);
    test::addZone(s, QStringLiteral("B"), 100.0);
    test::addCluster(s, QStringLiteral("A_gas"), QStringLiteral("A"), 200.0, 50.0);
    test::addCluster(s, QStringLiteral("B_coal"), QStringLiteral("B"), 200.0, 20.0);
    test::addBorder(s, QStringLiteral("A"), QStringLiteral("B"), 50.0, 50.0);
    test::addLineProject(s, QStringLiteral("P1"), QStringLiteral("A"), QStringLiteral("B"), 50.0,
                         50.0);
    model::StudyYear later = s.scenarios.front().studyYears.front();
    later.year = 2040;
    s.scenarios.front().studyYears.push_back(later);
    s.market.adequacyYearsPerClimateYear = 2;
    return s;
}

constexpr double kB1 = 1500.0 * model::kHoursPerYear;

using test::whenModalShows;

int columnOf(const ui::StudyTableModel *model, const QString &key)
{
    for (size_t c = 0; c < model->columns().size(); ++c)
        if (model->columns()[c].key == key)
            return int(c);
    return -1;
}

QString wideProfileCsv(int hours)
{
    QString text = QStringLiteral("hour,flat,pv_A\n");
    for (int h = 0; h < hours; ++h)
        text += QStringLiteral("%1,1,%2\n").arg(h + 1).arg(h % 24 >= 8 && h % 24 < 18 ? 0.5 : 0.0);
    return text;
}

} // namespace

class TestMarketGui : public QObject
{
    Q_OBJECT

  private slots:
    void initTestCase();
    void init();
    void cleanup();
    void editZoneAndUndo();
    void createAndCopySystem();
    void importThermalCsv();
    void importProfileCsv();
    void marketSettingsAndReferenceGrid();
    void runMarketModelUndoRedo();
    void cancelRun();
    void failedRunNamesTheField();

  private:
    ui::StudyDocument *document() const { return m_window->documentActions()->document(); }
    ui::PowerSystemPage *powerSystemPage() const;
    ui::StudyTableModel *systemTable(ui::PowerSystemTable table) const;
    QString writeFile(const QString &name, const QString &text);
    void typeIntoCell(QTableView *view, int row, int column, const QString &text);
    void screenshot(QWidget *widget, const QString &name);
    bool waitForRun(QSignalSpy &spy);

    std::unique_ptr<ui::MainWindow> m_window;
    QTemporaryDir m_dir;
};

void TestMarketGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("GridCBA-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_marketgui"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QSettings().clear(); // money in M€, the default
    QVERIFY(m_dir.isValid());
}

void TestMarketGui::init()
{
    m_window = std::make_unique<ui::MainWindow>();
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->documentActions()->openDocument(
        std::make_unique<ui::StudyDocument>(twoZoneStudy(), QString(), false)));
}

void TestMarketGui::cleanup()
{
    // Not saved on purpose: discard without asking.
    if (document())
        document()->undoStack()->setClean();
    m_window.reset();
}

ui::PowerSystemPage *TestMarketGui::powerSystemPage() const
{
    return m_window->findChild<ui::PowerSystemPage *>(QStringLiteral("powerSystemPage"));
}

ui::StudyTableModel *TestMarketGui::systemTable(ui::PowerSystemTable table) const
{
    return powerSystemPage()->table(table)->model();
}

QString TestMarketGui::writeFile(const QString &name, const QString &text)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    file.write(text.toUtf8());
    return path;
}

// Selects the cell, types as a user does (the editor opens on the first key) and presses
// Return.
void TestMarketGui::typeIntoCell(QTableView *view, int row, int column, const QString &text)
{
    view->setFocus();
    view->setCurrentIndex(view->model()->index(row, column));
    // The first key opens the editor (and goes into it), the rest is typed into the editor.
    QTest::keyClicks(view, text.left(1));
    QLineEdit *editor = nullptr;
    for (QLineEdit *line : view->viewport()->findChildren<QLineEdit *>())
        if (line->isVisible())
            editor = line;
    QVERIFY2(editor, "no cell editor opened");
    QTest::keyClicks(editor, text.mid(1));
    QTest::keyClick(editor, Qt::Key_Return);
    // The delegate commits the editor's value in a queued call.
    QCoreApplication::processEvents();
}

void TestMarketGui::screenshot(QWidget *widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("GRIDCBA_SCREENSHOTS");
    if (folder.isEmpty())
        return;
    QCoreApplication::processEvents();
    QVERIFY(widget->grab().save(folder + u'/' + name + QStringLiteral(".png")));
}

bool TestMarketGui::waitForRun(QSignalSpy &spy)
{
    return !spy.isEmpty() || spy.wait(kRunGuardMs);
}

void TestMarketGui::editZoneAndUndo()
{
    QVERIFY(m_window->navigator()->select(PageKind::PowerSystem));
    ui::PowerSystemPage *page = powerSystemPage();
    QVERIFY(page->isVisible());
    QCOMPARE(page->scenarioId(), QStringLiteral("S"));
    QCOMPARE(page->year(), 2030);
    QCOMPARE(page->findChild<QStackedWidget *>()->currentWidget(), page->tabs());
    ui::StudyTableModel *zones = systemTable(ui::PowerSystemTable::Zones);
    QAbstractItemModelTester tester(zones);
    QCOMPARE(zones->rowCount(), 2);
    screenshot(m_window.get(), QStringLiteral("powersystem-zones"));

    // Rename zone A to "AT00" by typing: every reference in the system follows.
    QTableView *view = page->table(ui::PowerSystemTable::Zones)->view();
    typeIntoCell(view, 0, columnOf(zones, QStringLiteral("id")), QStringLiteral("AT00"));
    const model::PowerSystem &ps = document()->study().powerSystems.front();
    QCOMPARE(ps.zones[0].id, QStringLiteral("AT00"));
    QCOMPARE(ps.borders[0].fromZone, QStringLiteral("AT00"));
    QCOMPARE(ps.thermal[0].zone, QStringLiteral("AT00"));
    QCOMPARE(zones->data(zones->index(0, 0)).toString(), QStringLiteral("AT00"));

    // Demand typed in GWh is stored in MWh.
    typeIntoCell(view, 1, columnOf(zones, QStringLiteral("annualDemandMwh")),
                 QStringLiteral("500"));
    QCOMPARE(document()->study().powerSystems.front().zones[1].annualDemandMwh, 500000.0);

    // Undo twice: the study is back as it was, name references included.
    document()->undoStack()->undo();
    document()->undoStack()->undo();
    QCOMPARE(document()->study(), twoZoneStudy());
    QCOMPARE(zones->data(zones->index(0, 0)).toString(), QStringLiteral("A"));

    // A refused value changes nothing and names the field.
    ui::StudyTableModel *thermal = systemTable(ui::PowerSystemTable::Thermal);
    page->tabs()->setCurrentIndex(int(ui::PowerSystemTable::Thermal));
    QTableView *thermalView = page->table(ui::PowerSystemTable::Thermal)->view();
    typeIntoCell(thermalView, 0, columnOf(thermal, QStringLiteral("capacityMw")),
                 QStringLiteral("-5"));
    QCOMPARE(page->table(ui::PowerSystemTable::Thermal)->message(),
             QStringLiteral("Capacity must be 0 or more"));
    typeIntoCell(thermalView, 0, columnOf(thermal, QStringLiteral("zone")), QStringLiteral("C"));
    QVERIFY2(page->table(ui::PowerSystemTable::Thermal)
                 ->message()
                 .startsWith(QStringLiteral("Zone “C” is not a zone of this power system")),
             qPrintable(page->table(ui::PowerSystemTable::Thermal)->message()));
    QCOMPARE(document()->study(), twoZoneStudy());
    screenshot(m_window.get(), QStringLiteral("powersystem-thermal"));
}

void TestMarketGui::createAndCopySystem()
{
    QVERIFY(m_window->navigator()->select(PageKind::PowerSystem));
    ui::PowerSystemPage *page = powerSystemPage();
    auto *year = page->findChild<QComboBox *>(QStringLiteral("powerSystemYear"));
    year->setCurrentIndex(year->findData(2040));
    QCOMPARE(page->year(), 2040);
    auto *missing = page->findChild<QLabel *>(QStringLiteral("powerSystemMissing"));
    QVERIFY(missing->isVisible());
    QVERIFY(missing->text().contains(QStringLiteral("no power system for 2040")));
    screenshot(m_window.get(), QStringLiteral("powersystem-missing"));

    // Copy 2030's system to 2040: one step, the tables show it.
    auto *copy = page->findChild<QPushButton *>(QStringLiteral("copyPowerSystem"));
    QVERIFY(copy->isEnabled());
    QTest::mouseClick(copy, Qt::LeftButton);
    const model::PowerSystem *copied = document()->study().powerSystem(QStringLiteral("S"), 2040);
    QVERIFY(copied);
    QCOMPARE(copied->zones, document()->study().powerSystem(QStringLiteral("S"), 2030)->zones);
    QCOMPARE(systemTable(ui::PowerSystemTable::Thermal)->rowCount(), 2);
    QVERIFY(!missing->isVisible());
    document()->undoStack()->undo();
    QVERIFY(!document()->study().powerSystem(QStringLiteral("S"), 2040));
    QVERIFY(missing->isVisible());

    // An empty one, then removed with the button; undo brings it back.
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("createPowerSystem")),
                      Qt::LeftButton);
    QVERIFY(document()->study().powerSystem(QStringLiteral("S"), 2040));
    QCOMPARE(systemTable(ui::PowerSystemTable::Zones)->rowCount(), 0);
    // A new zone row gets an id and a country; a cluster row then sits in that zone.
    QVERIFY(systemTable(ui::PowerSystemTable::Zones)->insertRows(0, 1));
    QVERIFY(systemTable(ui::PowerSystemTable::Thermal)->insertRows(0, 1));
    QCOMPARE(document()->study().powerSystem(QStringLiteral("S"), 2040)->thermal[0].zone,
             QStringLiteral("Z1"));
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("removePowerSystem")),
                      Qt::LeftButton);
    QVERIFY(!document()->study().powerSystem(QStringLiteral("S"), 2040));
    document()->undoStack()->undo();
    QCOMPARE(document()->study().powerSystem(QStringLiteral("S"), 2040)->zones.size(), size_t(1));
}

void TestMarketGui::importThermalCsv()
{
    QVERIFY(m_window->navigator()->select(PageKind::PowerSystem));
    ui::PowerSystemPage *page = powerSystemPage();
    page->tabs()->setCurrentIndex(int(ui::PowerSystemTable::Thermal));
    ui::EditableTable *table = page->table(ui::PowerSystemTable::Thermal);

    // Line 3 has a capacity that is not a number: refused whole, the line and column named.
    const QString bad =
        writeFile(QStringLiteral("thermal-bad.csv"),
                  QStringLiteral("id,zone,fuel,capacityMw,efficiency,co2TPerMwhFuel\n"
                                 "A_ccgt,A,fuel_A_gas,400,0.55,0.202\n"
                                 "B_coal,B,fuel_B_coal,many,0.38,0.341\n"));
    QStringList errors;
    bool importEnabled = true;
    whenModalShows(this, [&](QWidget *modal) {
        auto *list = modal->findChild<QListWidget *>(QStringLiteral("importErrors"));
        for (int i = 0; list && i < list->count(); ++i)
            errors << list->item(i)->text();
        importEnabled =
            modal->findChild<QPushButton *>(QStringLiteral("importButton"))->isEnabled();
        screenshot(modal, QStringLiteral("thermal-import-error"));
        qobject_cast<QDialog *>(modal)->reject();
    });
    QVERIFY(!table->importCsv(bad));
    QVERIFY(!importEnabled);
    QVERIFY2(errors.size() == 1 && errors[0].startsWith(QStringLiteral("line 3: Capacity (MW)")),
             qPrintable(errors.join(u'\n')));
    QCOMPARE(document()->study(), twoZoneStudy());

    // The corrected file replaces the clusters (efficiency by key, a fraction) in one step.
    const QString good =
        writeFile(QStringLiteral("thermal.csv"),
                  QStringLiteral("id,zone,fuel,capacityMw,efficiency,co2TPerMwhFuel\n"
                                 "A_ccgt,A,fuel_A_gas,400,0.55,0.202\n"
                                 "B_coal,B,fuel_B_coal,300,0.38,0.341\n"));
    whenModalShows(this, [](QWidget *modal) {
        auto *button = modal->findChild<QPushButton *>(QStringLiteral("importButton"));
        QVERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
    });
    QVERIFY(table->importCsv(good));
    const std::vector<model::ThermalCluster> &thermal =
        document()->study().powerSystems.front().thermal;
    QCOMPARE(thermal.size(), size_t(2));
    QCOMPARE(thermal[0].id, QStringLiteral("A_ccgt"));
    QCOMPARE(thermal[1].capacityMw, 300.0);
    QCOMPARE(thermal[1].efficiency, 0.38);
    QCOMPARE(thermal[1].co2TPerMwhFuel, 0.341);
    QCOMPARE(document()->undoStack()->count(), 1);
    document()->undoStack()->undo();
    QCOMPARE(document()->study(), twoZoneStudy());
}

void TestMarketGui::importProfileCsv()
{
    QVERIFY(m_window->navigator()->select(PageKind::Profiles));
    auto *page = m_window->findChild<ui::ProfilesPage *>(QStringLiteral("profilesPage"));
    QVERIFY(page->isVisible());
    ui::StudyTableModel *profiles = page->table()->model();
    QCOMPARE(profiles->rowCount(), 1); // "flat", every climate year

    // A leap-year file for climate year 2012: 29 February dropped with a note; "flat" of
    // climate year 2012 is new, as is pv_A.
    const QString path = writeFile(QStringLiteral("profiles.csv"), wideProfileCsv(8784));
    QString notes;
    int previewRows = 0;
    whenModalShows(this, [&](QWidget *modal) {
        auto *dialog = qobject_cast<ui::ProfileImportDialog *>(modal);
        QVERIFY(dialog);
        dialog->findChild<QSpinBox *>(QStringLiteral("profileClimateYear"))->setValue(2012);
        notes = dialog->findChild<QLabel *>(QStringLiteral("profileImportNotes"))->text();
        previewRows =
            dialog->findChild<QTableWidget *>(QStringLiteral("profilePreview"))->rowCount();
        screenshot(dialog, QStringLiteral("profile-import"));
        QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
    });
    QVERIFY(page->table()->importCsv(path));
    QCOMPARE(previewRows, 2);
    QVERIFY2(notes.contains(QStringLiteral("29 February")), qPrintable(notes));
    const std::vector<model::Profile> &lib = document()->study().profiles;
    QCOMPARE(lib.size(), size_t(3));
    const model::Profile *pv = document()->study().profile(QStringLiteral("pv_A"), 2012);
    QVERIFY(pv);
    QCOMPARE(pv->climateYear, 2012);
    QCOMPARE(int(pv->values.size()), model::kHoursPerYear);
    QCOMPARE(pv->values[12], 0.5);
    QCOMPARE(profiles->rowCount(), 3);
    // The table lists the mean; the chart shows the selected profile.
    page->table()->view()->setCurrentIndex(profiles->index(2, 0));
    QCOMPARE(page->shownRow(), 2);
    QCOMPARE(profiles->data(profiles->index(2, 2)).toString(), QStringLiteral("0.208"));
    QVERIFY(page->chart()->graph());
    QCOMPARE(page->chart()->graph()->dataCount(), model::kHoursPerYear);
    screenshot(m_window.get(), QStringLiteral("profiles-week"));
    page->findChild<QComboBox *>(QStringLiteral("profileSpan"))->setCurrentIndex(1);
    QCOMPARE(page->chart()->graph()->dataCount(), 365);
    COMPARE_NEAR(page->chart()->graph()->data()->at(0)->value, 5.0 / 24.0, 1e-12, 0.0);
    screenshot(m_window.get(), QStringLiteral("profiles-year"));

    // Rename "flat" (both climate years): the zones' demand profile follows, in one step.
    typeIntoCell(page->table()->view(), 0, ui::ProfilesAdapter::Id, QStringLiteral("base"));
    QCOMPARE(document()->study().powerSystems.front().zones[0].demandProfile,
             QStringLiteral("base"));
    QVERIFY(!document()->study().profile(QStringLiteral("flat"), 2012));
    QVERIFY(document()->study().profile(QStringLiteral("base"), 2012));
    document()->undoStack()->undo();
    QCOMPARE(document()->study().powerSystems.front().zones[0].demandProfile,
             QStringLiteral("flat"));

    // Delete pv_A; undo brings it back.
    page->table()->view()->selectRow(2);
    page->table()->removeSelectedRows();
    QVERIFY(!document()->study().profile(QStringLiteral("pv_A"), 2012));
    document()->undoStack()->undo();
    QVERIFY(document()->study().profile(QStringLiteral("pv_A"), 2012));
    document()->undoStack()->undo();
    QCOMPARE(document()->study(), twoZoneStudy());
}

void TestMarketGui::marketSettingsAndReferenceGrid()
{
    QVERIFY(m_window->navigator()->select(PageKind::MarketSettings));
    auto *form = m_window->findChild<ui::RecordForm *>(QStringLiteral("marketSettingsForm"));
    QVERIFY(form && form->isVisible());
    auto typeInto = [](ui::RecordForm *f, const QString &key, const QString &text) {
        auto *line = qobject_cast<QLineEdit *>(f->field(key));
        QVERIFY2(line, qPrintable(key));
        line->setFocus();
        line->selectAll();
        if (text.isEmpty())
            QTest::keyClick(line, Qt::Key_Backspace);
        QTest::keyClicks(line, text);
        QTest::keyClick(line, Qt::Key_Return);
    };
    typeInto(form, QStringLiteral("hurdleCostEurPerMwh"), QStringLiteral("0.5"));
    QCOMPARE(document()->study().market.hurdleCostEurPerMwh, 0.5);
    typeInto(form, QStringLiteral("primalTolerance"), QStringLiteral("1e-3"));
    QCOMPARE(
        form->message(),
        QStringLiteral("Primal tolerance must be a number between 1e-12 and 1e-5, not “1e-3”"));
    QCOMPARE(document()->study().market.primalTolerance, 1e-9);
    typeInto(form, QStringLiteral("adequacySeed"), QStringLiteral("42"));
    QCOMPARE(document()->study().market.adequacySeed, quint64(42));
    screenshot(m_window.get(), QStringLiteral("market-settings"));
    document()->undoStack()->undo();
    document()->undoStack()->undo();
    QCOMPARE(document()->study().market, twoZoneStudy().market);

    // The project's "In reference grid from study year": TOOT from then.
    QVERIFY(m_window->navigator()->select(PageKind::Project, QStringLiteral("P1")));
    auto *info = m_window->findChild<ui::RecordForm *>(QStringLiteral("projectInfoForm"));
    typeInto(info, QStringLiteral("referenceGridFromYear"), QStringLiteral("2040"));
    QCOMPARE(document()->study().projects[0].referenceGridFromYear, std::optional<int>(2040));
    QVERIFY(document()->study().projects[0].assessmentMethod(2040) ==
            model::AssessmentMethod::Toot);
    typeInto(info, QStringLiteral("referenceGridFromYear"), QString());
    QVERIFY(!document()->study().projects[0].referenceGridFromYear);
}

void TestMarketGui::runMarketModelUndoRedo()
{
    QVERIFY(m_window->navigator()->select(PageKind::Project, QStringLiteral("P1")));
    auto *projectPage = m_window->findChild<ui::ProjectPage *>(QStringLiteral("projectPage"));
    auto *view = m_window->findChild<ui::MarketResultsView *>(QStringLiteral("marketResultsView"));
    projectPage->tabs()->setCurrentWidget(view);
    QCOMPARE(view->model()->rowCount(), 0);

    // Run > Run Market Model…: the dialog offers P1 and S, one work unit; click Run.
    QSignalSpy finished(m_window->marketActions(), &ui::MarketActions::runFinished);
    QString count;
    whenModalShows(this, [&](QWidget *modal) {
        auto *dialog = qobject_cast<ui::MarketRunDialog *>(modal);
        QVERIFY(dialog);
        count = dialog->findChild<QLabel *>(QStringLiteral("marketUnitCount"))->text();
        QVERIFY(dialog->findChild<QCheckBox *>(QStringLiteral("marketAdequacy"))->isChecked());
        screenshot(dialog, QStringLiteral("market-run-dialog"));
        QTest::mouseClick(dialog->runButton(), Qt::LeftButton);
    });
    QTest::mouseClick(view->findChild<QPushButton *>(QStringLiteral("runMarketModel")),
                      Qt::LeftButton);
    QVERIFY(count.startsWith(QStringLiteral("1 work unit")));
    QVERIFY(m_window->marketActions()->progressDialog());
    QVERIFY(waitForRun(finished));
    QCOMPARE(finished.first().first().toBool(), true);

    // Stored as one step: the unit and the computed indicator input.
    const model::Study &study = document()->study();
    QCOMPARE(document()->undoStack()->count(), 1);
    QCOMPARE(study.marketUnits.size(), size_t(1));
    const model::IndicatorInput &in = study.projects[0].indicatorInputs.at(0);
    QVERIFY(in.origin == model::InputOrigin::Computed);
    QVERIFY(in.b1Eur.has_value());
    COMPARE_NEAR(*in.b1Eur, kB1, 1.0, 1e-6);
    QVERIFY(in.b6EensMwh.has_value()); // adequacy ran

    // The results tab: one row with B1 and the costs it is the difference of; the chart's
    // surplus split sums to B1.
    QCOMPARE(view->model()->rowCount(), 1);
    const QVariant b1 =
        view->model()->data(view->model()->index(0, ui::MarketResultsModel::B1), Qt::UserRole);
    COMPARE_NEAR(b1.toDouble(), kB1, 1.0, 1e-6);
    const double without =
        view->model()
            ->data(view->model()->index(0, ui::MarketResultsModel::CostWithout), Qt::UserRole)
            .toDouble();
    COMPARE_NEAR(without, 5500.0 * model::kHoursPerYear, 1.0, 1e-6);
    QCOMPARE(
        view->model()->data(view->model()->index(0, ui::MarketResultsModel::Method)).toString(),
        QStringLiteral("PINT"));
    QCOMPARE(view->model()->data(view->model()->index(0, ui::MarketResultsModel::B1)).toString(),
             QStringLiteral("13.140"));
    QCOMPARE(view->chart()->split().size(), size_t(2));
    double sum = 0.0;
    for (const ui::SurplusSplit &s : view->chart()->split())
        sum += s.totalEur();
    COMPARE_NEAR(sum, kB1, 1.0, 1e-6);
    QCOMPARE(view->chart()->bars().size(), size_t(3));
    screenshot(m_window.get(), QStringLiteral("market-results"));
    view->setByCountry(true);
    QCOMPARE(view->chart()->split().size(), size_t(2)); // countries "A" and "B"

    // The indicator-inputs table tints the computed row and says where it comes from.
    auto *inputs = m_window->findChild<QTableView *>(QStringLiteral("indicatorInputsTable"));
    QVERIFY(inputs->model()->data(inputs->model()->index(0, 0), Qt::BackgroundRole).isValid());
    QVERIFY(inputs->model()
                ->data(inputs->model()->index(0, 0), Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("Computed by GridCBA's market model")));
    for (int t = 0; t < projectPage->tabs()->count(); ++t)
        if (projectPage->tabs()->tabText(t) == QStringLiteral("Indicator inputs"))
            projectPage->tabs()->setCurrentIndex(t);
    screenshot(m_window.get(), QStringLiteral("indicator-inputs-computed"));

    // Undo: nothing of the run is left; redo brings all of it back.
    const model::Study after = document()->study();
    document()->undoStack()->undo();
    QCOMPARE(document()->study(), twoZoneStudy());
    QCOMPARE(view->model()->rowCount(), 0);
    document()->undoStack()->redo();
    QCOMPARE(document()->study(), after);
    QCOMPARE(view->model()->rowCount(), 1);
}

void TestMarketGui::cancelRun()
{
    QSignalSpy finished(m_window->marketActions(), &ui::MarketActions::runFinished);
    const std::vector<market::UnitKey> units = market::workUnits(document()->study(), {});
    QCOMPARE(units.size(), size_t(1));
    QVERIFY(m_window->marketActions()->start(units, true));
    QProgressDialog *progress = m_window->marketActions()->progressDialog();
    QVERIFY(progress);
    // Cancel as a user does; the run stops after the current week.
    auto *cancel = progress->findChild<QPushButton *>();
    QVERIFY(cancel);
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(waitForRun(finished));
    QCOMPARE(finished.first().first().toBool(), false);
    QCOMPARE(document()->study(), twoZoneStudy());
    QCOMPARE(document()->undoStack()->count(), 0);
    QVERIFY(!m_window->marketActions()->isRunning());
    QVERIFY(m_window->marketActions()->runAction()->isEnabled());
}

void TestMarketGui::failedRunNamesTheField()
{
    // A renewable whose profile is not in the library: the run stops, nothing is stored, and
    // the message names the field.
    model::Study broken = twoZoneStudy();
    broken.powerSystems.front().renewables.push_back(
        {QStringLiteral("A"), QStringLiteral("pv"), 100.0, QStringLiteral("pv_missing")});
    QVERIFY(document()->commit(QStringLiteral("Add a renewable"), broken));
    QSignalSpy finished(m_window->marketActions(), &ui::MarketActions::runFinished);
    QVERIFY(m_window->marketActions()->start(market::workUnits(document()->study(), {}), false));
    QVERIFY(waitForRun(finished));
    QCOMPARE(finished.first().first().toBool(), false);
    QCOMPARE(document()->study(), broken);
    auto *box = m_window->findChild<QMessageBox *>(QStringLiteral("marketError"));
    QVERIFY(box);
    QVERIFY2(box->text().contains(QStringLiteral("renewables/0/profile")) ||
                 box->text().contains(QStringLiteral("pv_missing")),
             qPrintable(box->text()));
    screenshot(box, QStringLiteral("market-error"));
    box->close();
}

QTEST_MAIN(TestMarketGui)
#include "tst_marketgui.moc"
