// The New Study wizard, its study template, the settings dialog and the remembered window
// state (issue 4, item 6).
//
// Reference values: the TYNDP 2024 default table of methodology.md §3 (societal cost of
// carbon low / central / high 126 / 238 / 315 €/t in 2030 and 339 / 628 / 662 in 2040;
// market CO2 113.4, 147 and 168 €/t in 2030, 2040 and 2050) and its ENTSO-E economic
// defaults (2023 prices, 4 %, N = 25). Table values are copied, so compared exactly; values
// between table years are worked by hand below and compared within 1e-9 €/t (rounding of
// the linear interpolation only).

#include "comparenear.h"

#include "model/validation.h"
#include "newstudywizard.h"
#include "preferences.h"
#include "settingsdialog.h"
#include "studytemplates.h"
#include "units.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace gridcba;
using ui::NewStudyWizard;

namespace {

template <typename W> W *child(QWidget *parent, const char *name)
{
    auto *w = parent->findChild<W *>(QLatin1String(name));
    if (!w)
        qWarning("no %s named %s", W::staticMetaObject.className(), name);
    return w;
}

ui::NewStudyOptions tyndpOptions()
{
    ui::NewStudyOptions o;
    o.name = QStringLiteral("North Sea 2024");
    o.description = QStringLiteral("Test study");
    o.scenarios = {{QStringLiteral("NT"), {2040, 2030, 2030}},
                   {QStringLiteral("GA"), {2030, 2035, 2040, 2050}}};
    o.vollEurPerMwh = 9000.0;
    o.climateYear = 2008;
    return o;
}

const model::StudyYear *studyYear(const model::Scenario &s, int year)
{
    for (const model::StudyYear &y : s.studyYears)
        if (y.year == year)
            return &y;
    return nullptr;
}

} // namespace

class TestNewStudy : public QObject
{
    Q_OBJECT

  private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void economicDefaults();
    void yearDefaults_data();
    void yearDefaults();
    void scenariosFromTemplates();
    void validity();
    void parseYears_data();
    void parseYears();

    void wizardProducesTemplateStudy();
    void vollIsRequired();
    void projectNeedsIdAndName();
    void settingsStoredOnOk();
    void settingsCancelAndRestoreDefaults();
    void windowStateRemembered();
    void screenshots();

  private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestNewStudy::initTestCase()
{
    // Settings go to a throw-away test location, never the user's.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("GridCBA-test-newstudy"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_newstudy"));
}

void TestNewStudy::init()
{
    QSettings().clear();
    QLocale::setDefault(QLocale::c());
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestNewStudy::cleanup()
{
    QSettings().clear();
    QLocale::setDefault(QLocale::c());
}

// --- newStudyFromDefaults ------------------------------------------------------------------

void TestNewStudy::economicDefaults()
{
    const model::Study study = ui::newStudyFromDefaults(tyndpOptions());
    QCOMPARE(study.name, QStringLiteral("North Sea 2024"));
    QCOMPARE(study.description, QStringLiteral("Test study"));
    const model::EconomicParameters &e = study.economics;
    QCOMPARE(e.priceBaseYear, 2023);
    QCOMPARE(e.discountRate, 0.04);
    QCOMPARE(e.discountingYear, 2025);
    QCOMPARE(e.operatingYears, 25);
    QCOMPARE(e.residualValue, model::ResidualValueMethod::None);
    QCOMPARE(e.bcRatio, model::BcRatioDefinition::BenefitsOverCosts);
    QCOMPARE(e.firstYearFraction, 1.0);
    QCOMPARE(e.deflator, (std::map<int, double>{{2023, 1.0}}));

    ui::NewStudyOptions other = tyndpOptions();
    other.priceBaseYear = 2024;
    other.discountRate = 0.035;
    other.discountingYear = 2027;
    other.operatingYears = 30;
    const model::EconomicParameters o = ui::newStudyFromDefaults(other).economics;
    QCOMPARE(o.priceBaseYear, 2024);
    QCOMPARE(o.discountRate, 0.035);
    QCOMPARE(o.discountingYear, 2027);
    QCOMPARE(o.operatingYears, 30);
    QCOMPARE(o.deflator, (std::map<int, double>{{2024, 1.0}}));
}

void TestNewStudy::yearDefaults_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<double>("sccLow");
    QTest::addColumn<double>("sccCentral");
    QTest::addColumn<double>("sccHigh");
    QTest::addColumn<double>("marketCo2");
    QTest::addColumn<bool>("extrapolated");
    // Table years: the methodology's numbers.
    QTest::newRow("2030 table") << 2030 << 126.0 << 238.0 << 315.0 << 113.4 << false;
    QTest::newRow("2040 table") << 2040 << 339.0 << 628.0 << 662.0 << 147.0 << false;
    // Halfway: (126 + 339) / 2, (238 + 628) / 2, (315 + 662) / 2, (113.4 + 147) / 2.
    QTest::newRow("2035 midway") << 2035 << 232.5 << 433.0 << 488.5 << 130.2 << false;
    // 2033: 126 + 0.3 × 213 = 189.9; 238 + 0.3 × 390 = 355; 315 + 0.3 × 347 = 419.1;
    // 113.4 + 0.3 × 33.6 = 123.48.
    QTest::newRow("2033 three tenths") << 2033 << 189.9 << 355.0 << 419.1 << 123.48 << false;
    // After 2040 the societal cost of carbon stays at 2040's; market CO2 goes on to 2050:
    // 147 + 0.5 × 21 = 157.5.
    QTest::newRow("2045 past the SCC table") << 2045 << 339.0 << 628.0 << 662.0 << 157.5 << true;
    QTest::newRow("2050 market CO2 only") << 2050 << 339.0 << 628.0 << 662.0 << 168.0 << true;
    QTest::newRow("2025 before the table") << 2025 << 126.0 << 238.0 << 315.0 << 113.4 << true;
}

void TestNewStudy::yearDefaults()
{
    QFETCH(int, year);
    const ui::YearDefaults d = ui::tyndp2024Defaults(year);
    QFETCH(double, sccLow);
    QFETCH(double, sccCentral);
    QFETCH(double, sccHigh);
    QFETCH(double, marketCo2);
    QFETCH(bool, extrapolated);
    // Tolerance 1e-9 €/t: rounding of the interpolation only.
    COMPARE_NEAR(d.sccLowEurPerT, sccLow, 1e-9, 0.0);
    COMPARE_NEAR(d.sccCentralEurPerT, sccCentral, 1e-9, 0.0);
    COMPARE_NEAR(d.sccHighEurPerT, sccHigh, 1e-9, 0.0);
    COMPARE_NEAR(d.marketCo2PriceEurPerT, marketCo2, 1e-9, 0.0);
    QCOMPARE(ui::sccExtrapolated(year), extrapolated);
}

void TestNewStudy::scenariosFromTemplates()
{
    const model::Study study = ui::newStudyFromDefaults(tyndpOptions());
    QCOMPARE(study.scenarios.size(), std::size_t(2));
    const model::Scenario &nt = study.scenarios[0];
    QCOMPARE(nt.id, QStringLiteral("NT"));
    QCOMPARE(nt.name, QStringLiteral("National Trends"));
    QVERIFY(!nt.description.isEmpty());
    QCOMPARE(nt.priceYear, 2023);
    QCOMPARE(nt.climateYears, (std::vector<model::ClimateYear>{{2008, 1.0}}));
    // {2040, 2030, 2030} sorted, the duplicate dropped.
    QCOMPARE(nt.studyYears.size(), std::size_t(2));
    const model::StudyYear &y2030 = nt.studyYears[0];
    const model::StudyYear &y2040 = nt.studyYears[1];
    QCOMPARE(y2030.year, 2030);
    QCOMPARE(y2030.sccLowEurPerT, 126.0);
    QCOMPARE(y2030.sccCentralEurPerT, 238.0);
    QCOMPARE(y2030.sccHighEurPerT, 315.0);
    QCOMPARE(y2030.marketCo2PriceEurPerT, 113.4);
    QCOMPARE(y2030.vollEurPerMwh, 9000.0);
    QCOMPARE(y2040.year, 2040);
    QCOMPARE(y2040.sccLowEurPerT, 339.0);
    QCOMPARE(y2040.sccCentralEurPerT, 628.0);
    QCOMPARE(y2040.sccHighEurPerT, 662.0);
    QCOMPARE(y2040.marketCo2PriceEurPerT, 147.0);
    QCOMPARE(y2040.vollEurPerMwh, 9000.0);
    // Nothing the table does not give: no reserve cost, damage costs or fuel prices.
    QVERIFY(y2030.damageCostEurPerT.empty());
    QVERIFY(y2030.fuelPriceEurPerMwh.empty());
    QVERIFY(!(y2030.reserveCostEurPerMwYear > 0.0));

    const model::Scenario &ga = study.scenarios[1];
    QCOMPARE(ga.id, QStringLiteral("GA"));
    QCOMPARE(ga.name, QStringLiteral("Global Ambition"));
    QCOMPARE(ga.studyYears.size(), std::size_t(4));
    const model::StudyYear *y2050 = studyYear(ga, 2050);
    QVERIFY(y2050);
    QCOMPARE(y2050->marketCo2PriceEurPerT, 168.0);
    QCOMPARE(y2050->sccCentralEurPerT, 628.0); // carried from 2040
    const model::StudyYear *y2035 = studyYear(ga, 2035);
    QVERIFY(y2035);
    COMPARE_NEAR(y2035->sccCentralEurPerT, 433.0, 1e-9, 0.0);
    COMPARE_NEAR(y2035->marketCo2PriceEurPerT, 130.2, 1e-9, 0.0);

    QVERIFY(study.projects.empty());
    QVERIFY(study.analysisRuns.empty());

    ui::NewStudyOptions unknown = tyndpOptions();
    unknown.scenarios.push_back({QStringLiteral("XX"), {2030}});
    QCOMPARE(ui::newStudyFromDefaults(unknown).scenarios.size(), std::size_t(2));
}

void TestNewStudy::validity()
{
    // Without a project the study is complete.
    ui::NewStudyOptions o = tyndpOptions();
    QCOMPARE(model::formatIssues(model::validate(ui::newStudyFromDefaults(o))), QString());

    // The first project exists but has no investment yet: the one thing validation names.
    o.firstProject = ui::FirstProject{QStringLiteral("P7"), QStringLiteral("Celtic"),
                                      model::ProjectKind::Storage, 2032};
    const model::Study withProject = ui::newStudyFromDefaults(o);
    QCOMPARE(withProject.projects.size(), std::size_t(1));
    const model::Project &p = withProject.projects[0];
    QCOMPARE(p.id, QStringLiteral("P7"));
    QCOMPARE(p.name, QStringLiteral("Celtic"));
    QCOMPARE(p.kind, model::ProjectKind::Storage);
    QCOMPARE(p.commissioningYear, 2032);
    QCOMPARE(p.benefitPriceYear, 2023);
    QVERIFY(p.investments.empty());
    QVERIFY(p.indicatorInputs.empty());
    const auto issues = model::validate(withProject);
    QCOMPARE(issues.size(), std::size_t(1));
    QCOMPARE(issues[0].path, QStringLiteral("projects/0/investments"));

    // Another price base year: the 2023 index the scenarios' prices need is missing.
    o.firstProject.reset();
    o.priceBaseYear = 2024;
    const auto priceIssues = model::validate(ui::newStudyFromDefaults(o));
    QCOMPARE(priceIssues.size(), std::size_t(2));
    QCOMPARE(priceIssues[0].path, QStringLiteral("scenarios/0/priceYear"));
    QVERIFY2(priceIssues[0].message.contains(QStringLiteral("2023")),
             qPrintable(priceIssues[0].message));
}

void TestNewStudy::parseYears_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QList<int>>("years");
    QTest::newRow("comma list") << QStringLiteral("2030, 2040") << true << QList<int>{2030, 2040};
    QTest::newRow("spaces, unsorted, duplicate")
        << QStringLiteral(" 2040 2030  2040 ") << true << QList<int>{2030, 2040};
    QTest::newRow("semicolons") << QStringLiteral("2030;2035") << true << QList<int>{2030, 2035};
    QTest::newRow("empty") << QString() << false << QList<int>{};
    QTest::newRow("not a number") << QStringLiteral("2030, abc") << false << QList<int>{};
    QTest::newRow("fraction") << QStringLiteral("2030.5") << false << QList<int>{};
    QTest::newRow("too early") << QStringLiteral("1800") << false << QList<int>{};
}

void TestNewStudy::parseYears()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QList<int>, years);
    const auto parsed = ui::parseYearList(text);
    QCOMPARE(parsed.has_value(), valid);
    if (parsed)
        QCOMPARE(QList<int>(parsed->begin(), parsed->end()), years);
}

// --- The wizard ----------------------------------------------------------------------------

void TestNewStudy::wizardProducesTemplateStudy()
{
    NewStudyWizard wizard;
    wizard.show();
    QCOMPARE(wizard.currentId(), int(NewStudyWizard::InfoPageId));
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled()); // the name is required
    child<QLineEdit>(&wizard, "studyName")->setText(QStringLiteral("Biscay study"));
    child<QPlainTextEdit>(&wizard, "studyDescription")->setPlainText(QStringLiteral("ES–FR"));
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    wizard.next();

    QCOMPARE(wizard.currentId(), int(NewStudyWizard::EconomicsPageId));
    // Prefilled from the settings, here their ENTSO-E defaults.
    QCOMPARE(child<QSpinBox>(&wizard, "priceBaseYear")->value(), 2023);
    QCOMPARE(child<QDoubleSpinBox>(&wizard, "discountRate")->value(), 4.0);
    QCOMPARE(child<QSpinBox>(&wizard, "discountingYear")->value(), 2025);
    QCOMPARE(child<QSpinBox>(&wizard, "operatingYears")->value(), 25);
    child<QDoubleSpinBox>(&wizard, "discountRate")->setValue(3.5);
    child<QSpinBox>(&wizard, "discountingYear")->setValue(2026);
    child<QSpinBox>(&wizard, "operatingYears")->setValue(30);
    wizard.next();

    QCOMPARE(wizard.currentId(), int(NewStudyWizard::ScenariosPageId));
    child<QCheckBox>(&wizard, "scenario_DE")->setChecked(false);
    child<QLineEdit>(&wizard, "studyYears_NT")->setText(QStringLiteral("2030, 2040"));
    child<QLineEdit>(&wizard, "studyYears_GA")->setText(QStringLiteral("2040, 2050"));
    child<QLineEdit>(&wizard, "voll")->setText(QStringLiteral("12000"));
    child<QSpinBox>(&wizard, "climateYear")->setValue(1995);
    // The preview names the 2050 market CO2 price and flags the carried SCC.
    const QString preview = child<QLabel>(&wizard, "defaultsPreview")->text();
    QVERIFY2(preview.contains(QStringLiteral("168.0")), qPrintable(preview));
    QVERIFY2(preview.contains(QStringLiteral("*")), qPrintable(preview));
    wizard.next();

    QCOMPARE(wizard.currentId(), int(NewStudyWizard::ProjectPageId));
    child<QGroupBox>(&wizard, "firstProject")->setChecked(true);
    child<QLineEdit>(&wizard, "projectId")->setText(QStringLiteral("P16"));
    child<QLineEdit>(&wizard, "projectName")->setText(QStringLiteral("Biscay Gulf"));
    auto *kind = child<QComboBox>(&wizard, "projectKind");
    kind->setCurrentIndex(kind->findData(int(model::ProjectKind::Storage)));
    child<QSpinBox>(&wizard, "commissioningYear")->setValue(2031);
    wizard.accept();
    QCOMPARE(wizard.result(), int(QDialog::Accepted));

    ui::NewStudyOptions expected;
    expected.name = QStringLiteral("Biscay study");
    expected.description = QStringLiteral("ES–FR");
    expected.priceBaseYear = 2023;
    expected.discountRate = 0.035;
    expected.discountingYear = 2026;
    expected.operatingYears = 30;
    expected.scenarios = {{QStringLiteral("NT"), {2030, 2040}},
                          {QStringLiteral("GA"), {2040, 2050}}};
    expected.vollEurPerMwh = 12000.0;
    expected.climateYear = 1995;
    expected.firstProject = ui::FirstProject{QStringLiteral("P16"), QStringLiteral("Biscay Gulf"),
                                             model::ProjectKind::Storage, 2031};
    QCOMPARE(wizard.options(), expected);
    const model::Study study = wizard.study();
    QVERIFY(study == ui::newStudyFromDefaults(expected));
    // And a few values read straight off the study.
    QCOMPARE(study.economics.discountRate, 0.035);
    QCOMPARE(study.scenarios.size(), std::size_t(2));
    QCOMPARE(study.scenarios[1].studyYears[1].marketCo2PriceEurPerT, 168.0);
    QCOMPARE(study.scenarios[0].studyYears[0].vollEurPerMwh, 12000.0);
    QCOMPARE(study.projects.at(0).commissioningYear, 2031);
}

void TestNewStudy::vollIsRequired()
{
    NewStudyWizard wizard;
    wizard.show();
    child<QLineEdit>(&wizard, "studyName")->setText(QStringLiteral("No VOLL"));
    wizard.next();
    wizard.next();
    QCOMPARE(wizard.currentId(), int(NewStudyWizard::ScenariosPageId));
    QWizardPage *page = wizard.currentPage();
    auto *voll = child<QLineEdit>(&wizard, "voll");
    auto *problem = child<QLabel>(&wizard, "scenarioProblem");
    QVERIFY(voll->text().isEmpty()); // no silent default

    auto cannotAdvance = [&] {
        QVERIFY(!page->isComplete());
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        wizard.next();
        QCOMPARE(wizard.currentId(), int(NewStudyWizard::ScenariosPageId));
    };
    cannotAdvance();
    QVERIFY2(problem->text().contains(QStringLiteral("VOLL")), qPrintable(problem->text()));
    voll->setText(QStringLiteral("0"));
    cannotAdvance();
    voll->setText(QStringLiteral("lots"));
    cannotAdvance();
    QVERIFY2(problem->text().contains(QStringLiteral("lots")), qPrintable(problem->text()));

    voll->setText(QStringLiteral("8000"));
    QVERIFY(page->isComplete());
    QVERIFY(problem->text().isEmpty());

    // Other reasons not to advance: no scenario, unreadable study years.
    for (const char *id : {"scenario_NT", "scenario_DE", "scenario_GA"})
        child<QCheckBox>(&wizard, id)->setChecked(false);
    cannotAdvance();
    child<QCheckBox>(&wizard, "scenario_DE")->setChecked(true);
    QVERIFY(page->isComplete());
    child<QLineEdit>(&wizard, "studyYears_DE")->setText(QStringLiteral("2030, 20x0"));
    cannotAdvance();
    QVERIFY2(problem->text().contains(QStringLiteral("Distributed Energy")),
             qPrintable(problem->text()));
    child<QLineEdit>(&wizard, "studyYears_DE")->setText(QStringLiteral("2040"));
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    wizard.next();
    QCOMPARE(wizard.currentId(), int(NewStudyWizard::ProjectPageId));
}

void TestNewStudy::projectNeedsIdAndName()
{
    NewStudyWizard wizard;
    wizard.show();
    child<QLineEdit>(&wizard, "studyName")->setText(QStringLiteral("S"));
    wizard.next();
    wizard.next();
    child<QLineEdit>(&wizard, "voll")->setText(QStringLiteral("5000"));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(NewStudyWizard::ProjectPageId));
    QWizardPage *page = wizard.currentPage();
    QVERIFY(page->isComplete()); // no project by default
    child<QGroupBox>(&wizard, "firstProject")->setChecked(true);
    QVERIFY(!page->isComplete()); // id "P1" prefilled, the name is missing
    child<QLineEdit>(&wizard, "projectName")->setText(QStringLiteral("Link"));
    QVERIFY(page->isComplete());
    child<QLineEdit>(&wizard, "projectId")->setText(QStringLiteral("  "));
    QVERIFY(!page->isComplete());
    wizard.accept();
    QVERIFY(wizard.isVisible()); // refused: still open
    child<QGroupBox>(&wizard, "firstProject")->setChecked(false);
    wizard.accept();
    QCOMPARE(wizard.result(), int(QDialog::Accepted));
    QVERIFY(!wizard.options().firstProject);
    QVERIFY(wizard.study().projects.empty());
}

// --- Settings --------------------------------------------------------------------------

void TestNewStudy::settingsStoredOnOk()
{
    ui::SettingsDialog dialog;
    auto *money = child<QComboBox>(&dialog, "moneyUnit");
    auto *numbers = child<QComboBox>(&dialog, "numberFormat");
    auto *rate = child<QDoubleSpinBox>(&dialog, "defaultDiscountRate");
    // Shows the defaults when nothing is stored.
    QCOMPARE(money->currentData().toInt(), int(ui::units::Money::MEur));
    QCOMPARE(numbers->currentData().toString(), QStringLiteral("system"));
    QCOMPARE(rate->value(), 4.0);
    QCOMPARE(child<QSpinBox>(&dialog, "autosaveInterval")->value(), 2);

    money->setCurrentIndex(money->findData(int(ui::units::Money::KEur)));
    numbers->setCurrentIndex(numbers->findData(QStringLiteral("de_DE")));
    QVERIFY2(
        child<QLabel>(&dialog, "numberPreview")->text().contains(QStringLiteral("1.234.567,89")),
        qPrintable(child<QLabel>(&dialog, "numberPreview")->text()));
    rate->setValue(5.5);
    child<QSpinBox>(&dialog, "defaultPriceBaseYear")->setValue(2024);
    child<QSpinBox>(&dialog, "defaultDiscountingYear")->setValue(2026);
    child<QSpinBox>(&dialog, "defaultOperatingYears")->setValue(30);
    child<QSpinBox>(&dialog, "autosaveInterval")->setValue(0);
    child<QDialogButtonBox>(&dialog, "buttons")->button(QDialogButtonBox::Ok)->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    QCOMPARE(ui::units::money(), ui::units::Money::KEur);
    QCOMPARE(ui::units::moneySymbol(), QStringLiteral("k€"));
    QCOMPARE(ui::preferences::numberFormat().value(), QStringLiteral("de_DE"));
    QCOMPARE(ui::preferences::newStudyDiscountRate().value(), 0.055);
    QCOMPARE(ui::preferences::newStudyPriceBaseYear().value(), 2024);
    QCOMPARE(ui::preferences::newStudyDiscountingYear().value(), 2026);
    QCOMPARE(ui::preferences::newStudyOperatingYears().value(), 30);
    QCOMPARE(ui::preferences::autosaveIntervalMinutes().value(), 0);
    // OK applied the number format.
    QCOMPARE(QLocale().toString(1234.5, 'f', 1), QStringLiteral("1.234,5"));
    // Start-up applies it from the stored setting too.
    QLocale::setDefault(QLocale::c());
    ui::applyNumberFormatSetting();
    QCOMPARE(QLocale().toString(1234.5, 'f', 1), QStringLiteral("1.234,5"));

    // A new wizard starts from the new defaults.
    NewStudyWizard wizard;
    QCOMPARE(child<QDoubleSpinBox>(&wizard, "discountRate")->value(), 5.5);
    QCOMPARE(child<QSpinBox>(&wizard, "priceBaseYear")->value(), 2024);
    QCOMPARE(child<QSpinBox>(&wizard, "discountingYear")->value(), 2026);
    QCOMPARE(child<QSpinBox>(&wizard, "operatingYears")->value(), 30);
    const ui::NewStudyOptions o = wizard.options();
    QCOMPARE(o.discountRate, 0.055);
    QCOMPARE(o.priceBaseYear, 2024);
    QCOMPARE(o.operatingYears, 30);
    // Its button goes back to the guideline's numbers whatever the settings say.
    child<QAbstractButton>(&wizard, "entsoeDefaults")->click();
    QCOMPARE(wizard.options().discountRate, 0.04);
    QCOMPARE(wizard.options().priceBaseYear, 2023);
    QCOMPARE(wizard.options().discountingYear, 2025);
    QCOMPARE(wizard.options().operatingYears, 25);
}

void TestNewStudy::settingsCancelAndRestoreDefaults()
{
    ui::units::setMoney(ui::units::Money::Eur);
    ui::preferences::newStudyOperatingYears().setValue(40);
    ui::preferences::autosaveIntervalMinutes().setValue(10);
    {
        ui::SettingsDialog dialog;
        QCOMPARE(child<QComboBox>(&dialog, "moneyUnit")->currentData().toInt(),
                 int(ui::units::Money::Eur));
        QCOMPARE(child<QSpinBox>(&dialog, "defaultOperatingYears")->value(), 40);
        child<QSpinBox>(&dialog, "defaultOperatingYears")->setValue(12);
        dialog.reject();
        QCOMPARE(ui::preferences::newStudyOperatingYears().value(), 40); // nothing stored
    }
    ui::SettingsDialog dialog;
    auto *buttons = child<QDialogButtonBox>(&dialog, "buttons");
    buttons->button(QDialogButtonBox::RestoreDefaults)->click();
    // Shown, not stored until OK.
    QCOMPARE(child<QSpinBox>(&dialog, "defaultOperatingYears")->value(), 25);
    QCOMPARE(child<QSpinBox>(&dialog, "autosaveInterval")->value(), 2);
    QCOMPARE(child<QComboBox>(&dialog, "moneyUnit")->currentData().toInt(),
             int(ui::units::Money::MEur));
    QCOMPARE(ui::preferences::newStudyOperatingYears().value(), 40);
    buttons->button(QDialogButtonBox::Ok)->click();
    QCOMPARE(ui::preferences::newStudyOperatingYears().value(), 25);
    QCOMPARE(ui::preferences::autosaveIntervalMinutes().value(), 2);
    QCOMPARE(ui::units::money(), ui::units::Money::MEur);
}

void TestNewStudy::windowStateRemembered()
{
    auto makeWindow = [] {
        auto w = std::make_unique<QMainWindow>();
        w->setCentralWidget(new QLabel(QStringLiteral("centre")));
        auto *dock = new QDockWidget(QStringLiteral("Log"), w.get());
        dock->setObjectName(QStringLiteral("logDock"));
        dock->setWidget(new QLabel(QStringLiteral("log")));
        w->addDockWidget(Qt::BottomDockWidgetArea, dock);
        return w;
    };
    {
        auto first = makeWindow();
        first->resize(900, 640);
        first->show();
        QVERIFY(QTest::qWaitForWindowExposed(first.get()));
        auto *dock = first->findChild<QDockWidget *>(QStringLiteral("logDock"));
        first->addDockWidget(Qt::RightDockWidgetArea, dock);
        ui::saveWindowState(first.get());
    }
    auto second = makeWindow();
    second->resize(400, 300);
    ui::restoreWindowState(second.get());
    second->show();
    QVERIFY(QTest::qWaitForWindowExposed(second.get()));
    QCOMPARE(second->size(), QSize(900, 640));
    QCOMPARE(second->dockWidgetArea(second->findChild<QDockWidget *>(QStringLiteral("logDock"))),
             Qt::RightDockWidgetArea);

    // Nothing saved: the window keeps the size it was given.
    QSettings().clear();
    auto third = makeWindow();
    third->resize(500, 350);
    ui::restoreWindowState(third.get());
    QCOMPARE(third->size(), QSize(500, 350));
}

// Renders each wizard page and the settings dialog; with GRIDCBA_SCREENSHOT_DIR set the PNGs
// are kept there for review (wizard-*.png, settings.png), otherwise in a temporary directory.
void TestNewStudy::screenshots()
{
    QString dir = qEnvironmentVariable("GRIDCBA_SCREENSHOT_DIR");
    if (dir.isEmpty())
        dir = m_dir->path();
    NewStudyWizard wizard;
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    child<QLineEdit>(&wizard, "studyName")->setText(QStringLiteral("TYNDP 2024 – Biscay Gulf"));
    QVERIFY(wizard.grab().save(dir + QStringLiteral("/wizard-1-study.png")));
    wizard.next();
    child<QSpinBox>(&wizard, "priceBaseYear")->setValue(2024); // shows the deflator note
    QVERIFY(wizard.grab().save(dir + QStringLiteral("/wizard-2-economics.png")));
    wizard.next();
    child<QLineEdit>(&wizard, "studyYears_GA")->setText(QStringLiteral("2030, 2040, 2050"));
    QVERIFY(wizard.grab().save(dir + QStringLiteral("/wizard-3-scenarios.png")));
    child<QLineEdit>(&wizard, "voll")->setText(QStringLiteral("10000"));
    wizard.next();
    child<QGroupBox>(&wizard, "firstProject")->setChecked(true);
    child<QLineEdit>(&wizard, "projectName")->setText(QStringLiteral("Biscay Gulf"));
    QVERIFY(wizard.grab().save(dir + QStringLiteral("/wizard-4-project.png")));

    ui::SettingsDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.grab().save(dir + QStringLiteral("/settings.png")));
}

QTEST_MAIN(TestNewStudy)
#include "tst_newstudy.moc"
