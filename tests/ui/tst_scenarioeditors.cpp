// The study, economic-parameter and scenario editors: every column of every adapter edited
// through StudyTableModel on the sample study (the model changes to the right base-unit
// value; undo restores the study exactly, redo gives the edit back), rows added and removed,
// refused values that change nothing, rules across rows that warn instead of blocking, paste
// and CSV import, the scenario operations of the navigator, and the two pages.

#include "comparenear.h"
#include "editing/csvimport.h"
#include "editing/economicsadapters.h"
#include "editing/editabletable.h"
#include "editing/recordform.h"
#include "editing/scenarioadapters.h"
#include "editing/studytablemodel.h"
#include "model/validation.h"
#include "pages/economicspage.h"
#include "pages/scenariopage.h"
#include "studydocument.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <functional>
#include <map>
#include <memory>
#include <set>

using namespace gridcba;
using ui::StudyDocument;
using ui::StudyTableModel;
using ui::TableAdapterPtr;

namespace {

// Exact binary fractions are not at stake here: values typed with at most 4 significant
// decimals and scaled by 0.01 (percent) are compared with 1e-12 absolute tolerance.
constexpr double kTol = 1e-12;

// Sample scenario NT: index 0, study years 2030 and 2040, climate years 1995 / 2008 / 2009
// weighted 23.3 / 36.7 / 40 %, deflator 2020..2023, every price year 2023.
constexpr int kNt = 0;

std::unique_ptr<StudyDocument> sampleDocument()
{
    QString error;
    auto document = StudyDocument::open(QStringLiteral(GRIDCBA_SAMPLE_JSON), &error);
    if (!document)
        qFatal("cannot read the sample study: %s", qPrintable(error));
    return document;
}

int inputsOf(const model::Study &study, const QString &scenarioId, int year = 0)
{
    int n = 0;
    for (const model::Project &p : study.projects)
        for (const model::IndicatorInput &in : p.indicatorInputs)
            n += in.scenarioId == scenarioId && (year == 0 || in.year == year);
    return n;
}

using MakeAdapter = std::function<TableAdapterPtr(const model::Study &)>;
using Check = std::function<void(const model::Study &before, const model::Study &after)>;
using Setup = std::function<void(model::Study &)>;

struct EditCase
{
    const char *name;
    const char *adapter; // groups the cases for the every-column check
    MakeAdapter make;
    int row;
    int column;
    QString text;
    Check check;
    Setup setup = {};
};

template <typename A> MakeAdapter global()
{
    return [](const model::Study &) { return std::make_shared<A>(); };
}

template <typename A> MakeAdapter ofScenario(int index)
{
    return [index](const model::Study &s) { return std::make_shared<A>(s, index); };
}

const model::Scenario &nt(const model::Study &s)
{
    return s.scenarios[kNt];
}

std::vector<EditCase> editCases()
{
    using EP = ui::EconomicParametersAdapter;
    using SY = ui::StudyYearsAdapter;
    using FP = ui::FuelPricesAdapter;
    const auto info = global<ui::StudyInfoAdapter>();
    const auto params = global<EP>();
    const auto deflator = global<ui::DeflatorAdapter>();
    const auto scenario = ofScenario<ui::ScenarioInfoAdapter>(kNt);
    const auto climate = ofScenario<ui::ClimateYearsAdapter>(kNt);
    const auto years = ofScenario<SY>(kNt);
    const auto damage = ofScenario<ui::DamageCostsAdapter>(kNt);
    const auto fuels = ofScenario<FP>(kNt);
    std::vector<EditCase> cases{
        {"study name", "info", info, 0, 0, QStringLiteral("Renamed study"),
         [](const auto &, const auto &s) { QCOMPARE(s.name, QStringLiteral("Renamed study")); }},
        {"study description", "info", info, 0, 1, QStringLiteral("Two\nlines"),
         [](const auto &, const auto &s) {
             QCOMPARE(s.description, QStringLiteral("Two\nlines"));
         }},
        {"price base year", "params", params, 0, EP::PriceBaseYear, QStringLiteral("2022"),
         [](const auto &, const auto &s) { QCOMPARE(s.economics.priceBaseYear, 2022); }},
        {"discount rate in %", "params", params, 0, EP::DiscountRate, QStringLiteral("3.5"),
         [](const auto &, const auto &s) {
             COMPARE_NEAR(s.economics.discountRate, 0.035, kTol, 0.0);
         }},
        {"discounting year", "params", params, 0, EP::DiscountingYear, QStringLiteral("2024"),
         [](const auto &, const auto &s) { QCOMPARE(s.economics.discountingYear, 2024); }},
        {"operating years", "params", params, 0, EP::OperatingYears, QStringLiteral("30"),
         [](const auto &, const auto &s) { QCOMPARE(s.economics.operatingYears, 30); }},
        {"residual value by key", "params", params, 0, EP::ResidualValue, QStringLiteral("linear"),
         [](const auto &, const auto &s) {
             QVERIFY(s.economics.residualValue == model::ResidualValueMethod::Linear);
         }},
        {"B/C definition by label", "params", params, 0, EP::BcRatio, QStringLiteral("Net of OPEX"),
         [](const auto &, const auto &s) {
             QVERIFY(s.economics.bcRatio == model::BcRatioDefinition::NetOfOpex);
         }},
        {"first-year fraction in %", "params", params, 0, EP::FirstYearFraction,
         QStringLiteral("50"),
         [](const auto &, const auto &s) {
             COMPARE_NEAR(s.economics.firstYearFraction, 0.5, kTol, 0.0);
         }},
        {"deflator year within its neighbours", "deflator", deflator, 0, 0, QStringLiteral("2019"),
         [](const auto &before, const auto &s) {
             QVERIFY(!s.economics.deflator.count(2020));
             COMPARE_NEAR(s.economics.deflator.at(2019), before.economics.deflator.at(2020), 0.0,
                          0.0);
         }},
        {"deflator index", "deflator", deflator, 1, 1, QStringLiteral("1.03"),
         [](const auto &, const auto &s) {
             COMPARE_NEAR(s.economics.deflator.at(2021), 1.03, kTol, 0.0);
         }},
        {"scenario id renames the inputs", "scenario", scenario, 0, 0, QStringLiteral("NT2"),
         [](const auto &before, const auto &s) {
             QCOMPARE(nt(s).id, QStringLiteral("NT2"));
             QVERIFY(inputsOf(before, QStringLiteral("NT")) > 0);
             QCOMPARE(inputsOf(s, QStringLiteral("NT2")), inputsOf(before, QStringLiteral("NT")));
             QCOMPARE(inputsOf(s, QStringLiteral("NT")), 0);
             QVERIFY(model::validate(s).empty());
         }},
        {"scenario name", "scenario", scenario, 0, 1, QStringLiteral("Trends"),
         [](const auto &, const auto &s) { QCOMPARE(nt(s).name, QStringLiteral("Trends")); }},
        {"scenario description", "scenario", scenario, 0, 2, QStringLiteral("Changed"),
         [](const auto &, const auto &s) {
             QCOMPARE(nt(s).description, QStringLiteral("Changed"));
         }},
        {"scenario price year with deflator indices", "scenario", scenario, 0, 3,
         QStringLiteral("2021"),
         [](const auto &, const auto &s) { QCOMPARE(nt(s).priceYear, 2021); }},
        {"climate year", "climate", climate, 0, 0, QStringLiteral("1996"),
         [](const auto &, const auto &s) { QCOMPARE(nt(s).climateYears[0].year, 1996); }},
        {"climate weight breaking the sum is accepted", "climate", climate, 0, 1,
         QStringLiteral("30"),
         [](const auto &, const auto &s) {
             COMPARE_NEAR(nt(s).climateYears[0].weight, 0.30, kTol, 0.0);
         }},
        {"study year moves its inputs", "years", years, 0, SY::Year, QStringLiteral("2035"),
         [](const auto &before, const auto &s) {
             QCOMPARE(nt(s).studyYears[0].year, 2035);
             QVERIFY(inputsOf(before, QStringLiteral("NT"), 2030) > 0);
             QCOMPARE(inputsOf(s, QStringLiteral("NT"), 2035),
                      inputsOf(before, QStringLiteral("NT"), 2030));
             QCOMPARE(inputsOf(s, QStringLiteral("NT"), 2030), 0);
             QVERIFY(model::validate(s).empty());
         }},
        {"market CO2 price", "years", years, 1, SY::MarketCo2, QStringLiteral("150.5"),
         [](const auto &, const auto &s) {
             COMPARE_NEAR(nt(s).studyYears[1].marketCo2PriceEurPerT, 150.5, kTol, 0.0);
         }},
        {"SCC low above central is accepted", "years", years, 0, SY::SccLow, QStringLiteral("300"),
         [](const auto &, const auto &s) {
             COMPARE_NEAR(nt(s).studyYears[0].sccLowEurPerT, 300.0, kTol, 0.0);
         }},
        {"SCC central", "years", years, 0, SY::SccCentral, QStringLiteral("250"),
         [](const auto &, const auto &s) {
             COMPARE_NEAR(nt(s).studyYears[0].sccCentralEurPerT, 250.0, kTol, 0.0);
         }},
        {"SCC high", "years", years, 0, SY::SccHigh, QStringLiteral("320"),
         [](const auto &, const auto &s) {
             COMPARE_NEAR(nt(s).studyYears[0].sccHighEurPerT, 320.0, kTol, 0.0);
         }},
        {"VOLL", "years", years, 1, SY::Voll, QStringLiteral("12000"),
         [](const auto &, const auto &s) {
             COMPARE_NEAR(nt(s).studyYears[1].vollEurPerMwh, 12000.0, kTol, 0.0);
         }},
        {"reserve cost", "years", years, 0, SY::ReserveCost, QStringLiteral("25000"),
         [](const auto &, const auto &s) {
             COMPARE_NEAR(nt(s).studyYears[0].reserveCostEurPerMwYear, 25000.0, kTol, 0.0);
         }},
        {"fuel moved to another study year", "fuels", fuels, -1, FP::Year, QStringLiteral("2040"),
         [](const auto &, const auto &s) {
             QVERIFY(!nt(s).studyYears[0].fuelPriceEurPerMwh.count(QStringLiteral("oil")));
             QVERIFY(nt(s).studyYears[1].fuelPriceEurPerMwh.count(QStringLiteral("oil")));
         },
         [](model::Study &s) {
             s.scenarios[kNt].studyYears[1].fuelPriceEurPerMwh.erase(QStringLiteral("oil"));
         }},
        // Rows are by fuel then study year: biomass 2030, biomass 2040, gas 2030, ...
        {"fuel price", "fuels", fuels, 2, FP::Price, QStringLiteral("31.5"),
         [](const auto &, const auto &s) {
             COMPARE_NEAR(nt(s).studyYears[0].fuelPriceEurPerMwh.at(QStringLiteral("gas")), 31.5,
                          kTol, 0.0);
         }},
        {"fuel renamed", "fuels", fuels, 2, FP::Fuel, QStringLiteral("naturalGas"),
         [](const auto &before, const auto &s) {
             const auto &prices = nt(s).studyYears[0].fuelPriceEurPerMwh;
             QVERIFY(!prices.count(QStringLiteral("gas")));
             COMPARE_NEAR(prices.at(QStringLiteral("naturalGas")),
                          nt(before).studyYears[0].fuelPriceEurPerMwh.at(QStringLiteral("gas")),
                          0.0, 0.0);
             QVERIFY(nt(s).studyYears[1].fuelPriceEurPerMwh.count(QStringLiteral("gas")));
         }},
        {"damage cost removed by an empty cell", "damage", damage, 0, -1, QString(),
         [](const auto &, const auto &s) {
             QVERIFY(!nt(s).studyYears[0].damageCostEurPerT.count(model::Pollutant::NOx));
         }},
    };
    // One case per pollutant column: the value lands on that pollutant.
    static const char *const names[] = {"damage cost NOx",  "damage cost NH3",
                                        "damage cost SOx",  "damage cost PM2.5",
                                        "damage cost PM10", "damage cost NMVOC"};
    for (int i = 0; i < model::kPollutantCount; ++i) {
        const model::Pollutant p = model::kPollutants[size_t(i)];
        cases.push_back({names[i], "damage", damage, 1, ui::DamageCostsAdapter::FirstPollutant + i,
                         QStringLiteral("1234"), [p](const auto &, const auto &s) {
                             COMPARE_NEAR(nt(s).studyYears[1].damageCostEurPerT.at(p), 1234.0, kTol,
                                          0.0);
                         }});
    }
    return cases;
}

// The row of `fuel` in `year` in the fuel-price table of NT.
int fuelRow(const StudyTableModel &model, const QString &fuel, int year)
{
    for (int r = 0; r < model.rowCount(); ++r)
        if (model.index(r, ui::FuelPricesAdapter::Fuel).data(Qt::UserRole).toString() == fuel &&
            model.index(r, ui::FuelPricesAdapter::Year).data(Qt::UserRole).toInt() == year)
            return r;
    return -1;
}

ui::CsvImportResult importText(const model::Study &study, const ui::TableAdapter &adapter,
                               const QByteArray &csv)
{
    QString error;
    const auto table = ui::readCsv(csv, &error);
    if (!table)
        qFatal("unreadable CSV in the test: %s", qPrintable(error));
    return ui::importCsvTable(study, adapter, *table);
}

} // namespace

class TestScenarioEditors : public QObject
{
    Q_OBJECT

  private slots:
    void initTestCase();
    void editEveryColumn_data();
    void editEveryColumn();
    void everyEditableColumnIsCovered();
    void addAndRemoveRows_data();
    void addAndRemoveRows();
    void studyYearInsertedBetweenKeepsOrder();
    void damageCostRowsFollowStudyYears();
    void refusedValuesChangeNothing_data();
    void refusedValuesChangeNothing();
    void sumsWarnButDoNotBlock();
    void pasteChecksTheWholeTable();
    void csvImportOfStudyYears();
    void csvImportOfFuelPricesInAnyOrder();
    void newScenario();
    void removeScenarioRemovesItsInputs();
    void duplicateScenarioCopiesItsInputs();
    void economicsPageEditsAndFollowsUndo();
    void scenarioPageWarningsAndPlaceholder();
    void renderPages();
};

void TestScenarioEditors::initTestCase()
{
    QLocale::setDefault(QLocale::c());
}

void TestScenarioEditors::editEveryColumn_data()
{
    QTest::addColumn<int>("caseIndex");
    const auto cases = editCases();
    for (int i = 0; i < int(cases.size()); ++i)
        QTest::newRow(cases[size_t(i)].name) << i;
}

void TestScenarioEditors::editEveryColumn()
{
    QFETCH(int, caseIndex);
    const EditCase c = editCases()[size_t(caseIndex)];
    auto document = sampleDocument();
    if (c.setup) {
        model::Study prepared = document->study();
        c.setup(prepared);
        QVERIFY(document->commit(QStringLiteral("setup"), prepared));
    }
    const model::Study before = document->study();
    const int steps = document->undoStack()->count();

    StudyTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSource(document.get(), c.make(before));
    QSignalSpy rejected(&model, &StudyTableModel::editRejected);
    // -1: the row of oil in 2030 (fuel table) / the NOx column (damage costs).
    const int row = c.row >= 0 ? c.row : fuelRow(model, QStringLiteral("oil"), 2030);
    const int column = c.column >= 0 ? c.column : ui::DamageCostsAdapter::FirstPollutant;
    QVERIFY(row >= 0 && row < model.rowCount());
    QVERIFY(column < model.columnCount());
    QVERIFY(!model.headerData(column, Qt::Horizontal).toString().isEmpty());

    const bool accepted = model.setData(model.index(row, column), c.text, Qt::EditRole);
    QVERIFY2(accepted, qPrintable(rejected.isEmpty() ? QStringLiteral("refused without a reason")
                                                     : rejected.first().first().toString()));
    QCOMPARE(document->undoStack()->count(), steps + 1);
    const model::Study after = document->study();
    QVERIFY(!(after == before));
    c.check(before, after);
    if (QTest::currentTestFailed())
        return;

    document->undoStack()->undo();
    QVERIFY(document->study() == before);
    document->undoStack()->redo();
    QVERIFY(document->study() == after);
}

// Every column that can be edited appears in at least one case of editEveryColumn.
void TestScenarioEditors::everyEditableColumnIsCovered()
{
    auto document = sampleDocument();
    std::map<QString, std::pair<TableAdapterPtr, std::set<int>>> covered;
    for (const EditCase &c : editCases()) {
        auto &entry = covered[QString::fromLatin1(c.adapter)];
        entry.first = c.make(document->study());
        entry.second.insert(c.column >= 0 ? c.column : ui::DamageCostsAdapter::FirstPollutant);
    }
    QCOMPARE(int(covered.size()), 8);
    for (const auto &[name, entry] : covered) {
        const auto columns = entry.first->columns();
        for (int col = 0; col < int(columns.size()); ++col) {
            QVERIFY2(!columns[size_t(col)].header.isEmpty(), qPrintable(name));
            if (!columns[size_t(col)].readOnly)
                QVERIFY2(entry.second.count(col),
                         qPrintable(name + QStringLiteral(": no case edits ") +
                                    columns[size_t(col)].header));
        }
    }
}

void TestScenarioEditors::addAndRemoveRows_data()
{
    QTest::addColumn<QString>("table");
    QTest::newRow("deflator") << QStringLiteral("deflator");
    QTest::newRow("climate years") << QStringLiteral("climate");
    QTest::newRow("study years") << QStringLiteral("years");
    QTest::newRow("fuel prices") << QStringLiteral("fuels");
}

void TestScenarioEditors::addAndRemoveRows()
{
    QFETCH(QString, table);
    auto document = sampleDocument();
    const model::Study before = document->study();
    TableAdapterPtr adapter;
    if (table == u"deflator")
        adapter = std::make_shared<ui::DeflatorAdapter>();
    else if (table == u"climate")
        adapter = std::make_shared<ui::ClimateYearsAdapter>(before, kNt);
    else if (table == u"years")
        adapter = std::make_shared<ui::StudyYearsAdapter>(before, kNt);
    else
        adapter = std::make_shared<ui::FuelPricesAdapter>(before, kNt);
    StudyTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSource(document.get(), adapter);
    const int rows = model.rowCount();
    QVERIFY(rows > 0);

    // Appended: the new row is the last one and has sensible defaults.
    QVERIFY(model.insertRows(rows, 1));
    QCOMPARE(model.rowCount(), rows + 1);
    QCOMPARE(document->undoStack()->count(), 1);
    const model::Study added = document->study();
    const model::Scenario &s = nt(added);
    if (table == u"deflator") {
        // The year after the last (2023) with the last index (1.189).
        QCOMPARE(added.economics.deflator.rbegin()->first, 2024);
        COMPARE_NEAR(added.economics.deflator.at(2024), 1.189, 0.0, 0.0);
    } else if (table == u"climate") {
        QCOMPARE(s.climateYears.back().year, 2010);
        QVERIFY(s.climateYears.back().weight == 0.0); // zero: the sum stays 100 %
    } else if (table == u"years") {
        // The step between the last two study years (2030, 2040), a copy of 2040's values.
        QCOMPARE(s.studyYears.back().year, 2050);
        model::StudyYear copy = s.studyYears.back();
        copy.year = 2040;
        QVERIFY(copy == s.studyYears[1]);
    } else {
        const int last = model.rowCount() - 1;
        QCOMPARE(model.index(last, ui::FuelPricesAdapter::Fuel).data(Qt::UserRole).toString(),
                 ui::FuelPricesAdapter::placeholderFuel());
        QVERIFY(model.index(last, ui::FuelPricesAdapter::Price).data(Qt::UserRole).toDouble() ==
                0.0);
    }
    document->undoStack()->undo();
    QVERIFY(document->study() == before);
    QCOMPARE(model.rowCount(), rows);

    // The first row removed, then restored.
    QVERIFY(model.removeRows(0, 1));
    QCOMPARE(model.rowCount(), rows - 1);
    QVERIFY(!(document->study() == before));
    document->undoStack()->undo();
    QVERIFY(document->study() == before);
    document->undoStack()->redo();
    QCOMPARE(model.rowCount(), rows - 1);
}

void TestScenarioEditors::studyYearInsertedBetweenKeepsOrder()
{
    auto document = sampleDocument();
    StudyTableModel model;
    model.setSource(document.get(),
                    std::make_shared<ui::StudyYearsAdapter>(document->study(), kNt));
    QVERIFY(model.insertRows(1, 1));
    const auto &years = nt(document->study()).studyYears;
    QCOMPARE(int(years.size()), 3);
    // Halfway between 2030 and 2040, with 2030's parameters.
    QCOMPARE(years[1].year, 2035);
    COMPARE_NEAR(years[1].sccCentralEurPerT, years[0].sccCentralEurPerT, 0.0, 0.0);
    QVERIFY(years[0].year < years[1].year && years[1].year < years[2].year);
    QVERIFY(model::validate(document->study()).empty());
}

void TestScenarioEditors::damageCostRowsFollowStudyYears()
{
    auto document = sampleDocument();
    StudyTableModel model;
    model.setSource(document.get(),
                    std::make_shared<ui::DamageCostsAdapter>(document->study(), kNt));
    QCOMPARE(model.rowCount(), int(nt(document->study()).studyYears.size()));
    QVERIFY(!(model.flags(model.index(0, 0)) & Qt::ItemIsEditable));
    QVERIFY(model.headerData(1, Qt::Horizontal).toString().contains(QStringLiteral("€/t")));
    model.insertRows(0, 1);
    QCOMPARE(document->undoStack()->count(), 0);
    QCOMPARE(model.rowCount(), 2);
    // A study year added elsewhere adds a row here.
    StudyTableModel years;
    years.setSource(document.get(),
                    std::make_shared<ui::StudyYearsAdapter>(document->study(), kNt));
    years.insertRows(2, 1);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(2, 0).data(Qt::UserRole).toInt(), 2050);
}

void TestScenarioEditors::refusedValuesChangeNothing_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason"); // a word the message must contain

    using EP = ui::EconomicParametersAdapter;
    using SY = ui::StudyYearsAdapter;
    using FP = ui::FuelPricesAdapter;
    const QString p = QStringLiteral("params");
    QTest::newRow("0 operating years") << p << 0 << int(EP::OperatingYears) << QStringLiteral("0")
                                       << QStringLiteral("Operating years");
    QTest::newRow("discount rate 100 %")
        << p << 0 << int(EP::DiscountRate) << QStringLiteral("100") << QStringLiteral("Discount");
    QTest::newRow("first-year fraction 0") << p << 0 << int(EP::FirstYearFraction)
                                           << QStringLiteral("0") << QStringLiteral("First-year");
    QTest::newRow("base year without deflator index")
        << p << 0 << int(EP::PriceBaseYear) << QStringLiteral("2030") << QStringLiteral("deflator");
    QTest::newRow("base year out of range")
        << p << 0 << int(EP::PriceBaseYear) << QStringLiteral("1800") << QStringLiteral("1900");
    QTest::newRow("residual value unknown")
        << p << 0 << int(EP::ResidualValue) << QStringLiteral("annuity")
        << QStringLiteral("not one of");
    const QString d = QStringLiteral("deflator");
    QTest::newRow("deflator year twice")
        << d << 0 << 0 << QStringLiteral("2021") << QStringLiteral("already");
    QTest::newRow("deflator year passing a neighbour")
        << d << 0 << 0 << QStringLiteral("2025") << QStringLiteral("ascending");
    QTest::newRow("deflator index 0")
        << d << 1 << 1 << QStringLiteral("0") << QStringLiteral("Price index");
    const QString sc = QStringLiteral("scenario");
    QTest::newRow("empty scenario id")
        << sc << 0 << 0 << QStringLiteral("  ") << QStringLiteral("empty");
    QTest::newRow("scenario id of another")
        << sc << 0 << 0 << QStringLiteral("DE") << QStringLiteral("already");
    QTest::newRow("price year without deflator index")
        << sc << 0 << 3 << QStringLiteral("2019") << QStringLiteral("deflator");
    const QString c = QStringLiteral("climate");
    QTest::newRow("climate year twice")
        << c << 0 << 0 << QStringLiteral("2008") << QStringLiteral("already");
    QTest::newRow("negative weight")
        << c << 0 << 1 << QStringLiteral("-5") << QStringLiteral("Weight");
    const QString y = QStringLiteral("years");
    QTest::newRow("study year twice")
        << y << 0 << int(SY::Year) << QStringLiteral("2040") << QStringLiteral("already");
    QTest::newRow("study year passing the next")
        << y << 0 << int(SY::Year) << QStringLiteral("2045") << QStringLiteral("ascending");
    QTest::newRow("study year out of range")
        << y << 1 << int(SY::Year) << QStringLiteral("2300") << QStringLiteral("2200");
    QTest::newRow("negative SCC") << y << 0 << int(SY::SccCentral) << QStringLiteral("-1")
                                  << QStringLiteral("SCC central");
    QTest::newRow("VOLL not a number")
        << y << 0 << int(SY::Voll) << QStringLiteral("abc") << QStringLiteral("not a number");
    QTest::newRow("VOLL empty") << y << 0 << int(SY::Voll) << QString()
                                << QStringLiteral("required");
    QTest::newRow("negative damage cost")
        << QStringLiteral("damage") << 0 << int(ui::DamageCostsAdapter::FirstPollutant)
        << QStringLiteral("-3") << QStringLiteral("≥ 0");
    const QString f = QStringLiteral("fuels");
    QTest::newRow("fuel year not a study year")
        << f << 0 << int(FP::Year) << QStringLiteral("2035") << QStringLiteral("2030, 2040");
    QTest::newRow("fuel renamed to one priced")
        << f << 0 << int(FP::Fuel) << QStringLiteral("oil") << QStringLiteral("oil");
    QTest::newRow("fuel without a name")
        << f << 0 << int(FP::Fuel) << QStringLiteral(" ") << QStringLiteral("name");
    QTest::newRow("negative fuel price")
        << f << 0 << int(FP::Price) << QStringLiteral("-1") << QStringLiteral("Price");
}

void TestScenarioEditors::refusedValuesChangeNothing()
{
    QFETCH(QString, table);
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QString, text);
    QFETCH(QString, reason);
    auto document = sampleDocument();
    const model::Study before = document->study();
    std::map<QString, TableAdapterPtr> adapters{
        {QStringLiteral("params"), std::make_shared<ui::EconomicParametersAdapter>()},
        {QStringLiteral("deflator"), std::make_shared<ui::DeflatorAdapter>()},
        {QStringLiteral("scenario"), std::make_shared<ui::ScenarioInfoAdapter>(before, kNt)},
        {QStringLiteral("climate"), std::make_shared<ui::ClimateYearsAdapter>(before, kNt)},
        {QStringLiteral("years"), std::make_shared<ui::StudyYearsAdapter>(before, kNt)},
        {QStringLiteral("damage"), std::make_shared<ui::DamageCostsAdapter>(before, kNt)},
        {QStringLiteral("fuels"), std::make_shared<ui::FuelPricesAdapter>(before, kNt)},
    };
    StudyTableModel model;
    model.setSource(document.get(), adapters.at(table));
    QSignalSpy rejected(&model, &StudyTableModel::editRejected);
    QVERIFY(!model.setData(model.index(row, column), text, Qt::EditRole));
    QCOMPARE(document->undoStack()->count(), 0);
    QVERIFY(document->study() == before);
    QCOMPARE(rejected.count(), 1);
    const QString message = rejected.first().first().toString();
    QVERIFY2(message.contains(reason), qPrintable(message));
}

// Weights that do not sum to 100 % and SCC levels out of order are accepted one edit at a
// time and shown as warnings; checkTable() reports them for a paste or an import.
void TestScenarioEditors::sumsWarnButDoNotBlock()
{
    auto document = sampleDocument();
    const model::Study &study = document->study();
    auto climate = std::make_shared<ui::ClimateYearsAdapter>(study, kNt);
    auto years = std::make_shared<ui::StudyYearsAdapter>(study, kNt);
    QVERIFY(climate->warnings(study).isEmpty());
    QVERIFY(climate->checkTable(study).isEmpty());
    QVERIFY(years->warnings(study).isEmpty());
    QVERIFY(years->checkTable(study).isEmpty());

    StudyTableModel climateModel;
    climateModel.setSource(document.get(), climate);
    // 23.3 % -> 30 %: the weights sum to 30 + 36.7 + 40 = 106.7 %.
    QVERIFY(climateModel.setData(climateModel.index(0, 1), QStringLiteral("30")));
    QCOMPARE(climate->warnings(document->study()).size(), 1);
    QVERIFY2(climate->warnings(document->study()).first().contains(QStringLiteral("106.7 %")),
             qPrintable(climate->warnings(document->study()).first()));
    QCOMPARE(climate->checkTable(document->study()).size(), 1);
    // 40 % -> 33.3 %: 30 + 36.7 + 33.3 = 100 % again.
    QVERIFY(climateModel.setData(climateModel.index(2, 1), QStringLiteral("33.3")));
    QVERIFY2(climate->warnings(document->study()).isEmpty(),
             qPrintable(climate->warnings(document->study()).join(u'\n')));

    StudyTableModel yearsModel;
    yearsModel.setSource(document.get(), years);
    // 2040: low 339 -> 700 above central 628 and high 662.
    QVERIFY(yearsModel.setData(yearsModel.index(1, ui::StudyYearsAdapter::SccLow),
                               QStringLiteral("700")));
    const QStringList warnings = years->warnings(document->study());
    QCOMPARE(warnings.size(), 1);
    QVERIFY2(warnings.first().startsWith(QStringLiteral("Row 2")), qPrintable(warnings.first()));
    QCOMPARE(years->checkTable(document->study()).size(), 1);
    QCOMPARE(model::validate(document->study()).size(), size_t(1));
    // Raising central and high makes it consistent again.
    QVERIFY(yearsModel.setData(yearsModel.index(1, ui::StudyYearsAdapter::SccHigh),
                               QStringLiteral("800")));
    QVERIFY(yearsModel.setData(yearsModel.index(1, ui::StudyYearsAdapter::SccCentral),
                               QStringLiteral("750")));
    QVERIFY(years->warnings(document->study()).isEmpty());
    QVERIFY(model::validate(document->study()).empty());
}

void TestScenarioEditors::pasteChecksTheWholeTable()
{
    auto document = sampleDocument();
    StudyTableModel model;
    model.setSource(document.get(),
                    std::make_shared<ui::ClimateYearsAdapter>(document->study(), kNt));
    const model::Study before = document->study();
    QString error;
    // Weights summing to 90 %: the whole paste is refused.
    QVERIFY(!model.pasteText(model.index(0, 0), QStringLiteral("1995\t20\n2008\t30\n2009\t40\n"),
                             &error));
    QVERIFY2(error.contains(QStringLiteral("90.0 %")), qPrintable(error));
    QVERIFY(document->study() == before);
    QCOMPARE(document->undoStack()->count(), 0);
    // A fourth row appended, weights summing to 100 %: one step.
    QVERIFY(model.pasteText(model.index(0, 1), QStringLiteral("20\n30\n40\n"), &error) == false);
    QVERIFY(model.pasteText(model.index(0, 0),
                            QStringLiteral("1995\t20\n2008\t30\n2009\t40\n2012\t10\n"), &error));
    QCOMPARE(document->undoStack()->count(), 1);
    const auto &years = nt(document->study()).climateYears;
    QCOMPARE(int(years.size()), 4);
    QCOMPARE(years[3].year, 2012);
    COMPARE_NEAR(years[3].weight, 0.10, kTol, 0.0);
    QVERIFY(model::validate(document->study()).empty());
}

void TestScenarioEditors::csvImportOfStudyYears()
{
    auto document = sampleDocument();
    const model::Study &study = document->study();
    const ui::StudyYearsAdapter adapter(study, kNt);
    const QByteArray header = "year,marketCo2PriceEurPerT,sccLowEurPerT,sccCentralEurPerT,"
                              "sccHighEurPerT,vollEurPerMwh,reserveCostEurPerMwYear\n";
    // Sorted: the three rows in order, the indicator inputs untouched.
    const auto ok = importText(study, adapter,
                               header + "2030,100,120,230,300,9000,0\n"
                                        "2040,140,330,600,650,9000,0\n"
                                        "2050,170,400,700,800,9000,0\n");
    QVERIFY2(ok.errors.isEmpty(), qPrintable(ok.errors.join(u'\n')));
    QVERIFY(ok.study);
    const auto &years = nt(*ok.study).studyYears;
    QCOMPARE(int(years.size()), 3);
    QCOMPARE(years[2].year, 2050);
    COMPARE_NEAR(years[2].sccHighEurPerT, 800.0, kTol, 0.0);
    COMPARE_NEAR(years[0].marketCo2PriceEurPerT, 100.0, kTol, 0.0);
    QVERIFY(model::validate(*ok.study).empty());
    // Not ascending: refused, and the line is named.
    const auto unsorted = importText(study, adapter,
                                     header + "2040,140,330,600,650,9000,0\n"
                                              "2030,100,120,230,300,9000,0\n");
    QVERIFY(!unsorted.study);
    QVERIFY2(unsorted.errors.join(u'\n').contains(QStringLiteral("line 3")),
             qPrintable(unsorted.errors.join(u'\n')));
}

// The fuel table is ordered by fuel, and a new row's placeholder fuel sorts last, so an
// import that fills row after row lands every price on its own fuel and year, whatever the
// order of the file.
void TestScenarioEditors::csvImportOfFuelPricesInAnyOrder()
{
    auto document = sampleDocument();
    const model::Study &study = document->study();
    const ui::FuelPricesAdapter adapter(study, kNt);
    const auto result = importText(study, adapter,
                                   "year,priceEurPerMwh,fuel\n"
                                   "2040,35,oil\n"
                                   "2030,20,gas\n"
                                   "2040,7,coal\n"
                                   "2030,5,coal\n"
                                   "2040,25,gas\n");
    QVERIFY2(result.errors.isEmpty(), qPrintable(result.errors.join(u'\n')));
    QVERIFY(result.study);
    const auto &y2030 = nt(*result.study).studyYears[0].fuelPriceEurPerMwh;
    const auto &y2040 = nt(*result.study).studyYears[1].fuelPriceEurPerMwh;
    const std::map<QString, double> expected2030{{QStringLiteral("coal"), 5},
                                                 {QStringLiteral("gas"), 20}};
    const std::map<QString, double> expected2040{
        {QStringLiteral("coal"), 7}, {QStringLiteral("gas"), 25}, {QStringLiteral("oil"), 35}};
    QVERIFY(y2030 == expected2030);
    QVERIFY(y2040 == expected2040);
    // The other study-year parameters are untouched.
    QCOMPARE(nt(*result.study).studyYears[0].vollEurPerMwh, nt(study).studyYears[0].vollEurPerMwh);
}

void TestScenarioEditors::newScenario()
{
    auto document = sampleDocument();
    const model::Study before = document->study();
    int index = -1;
    model::Study after = ui::withNewScenario(before, &index);
    QCOMPARE(index, int(before.scenarios.size()));
    const model::Scenario &s = after.scenarios[size_t(index)];
    QCOMPARE(s.id, QStringLiteral("S1"));
    QCOMPARE(s.priceYear, before.economics.priceBaseYear);
    QCOMPARE(int(s.studyYears.size()), 1);
    // The sample's prices are of the base year (factor 1): a plain copy of NT's 2030.
    QVERIFY(s.studyYears[0] == nt(before).studyYears[0]);
    QCOMPARE(int(s.climateYears.size()), 1);
    QCOMPARE(s.climateYears[0].weight, 1.0);
    QVERIFY(model::validate(after).empty());
    QVERIFY(document->commit(QStringLiteral("Add scenario"), after));
    // A second one gets the next id.
    QCOMPARE(ui::withNewScenario(document->study(), &index).scenarios.back().id,
             QStringLiteral("S2"));
    document->undoStack()->undo();
    QVERIFY(document->study() == before);

    // In an empty study: 2030 and the default climate year.
    model::Study empty;
    const model::Study first = ui::withNewScenario(empty, &index);
    QCOMPARE(index, 0);
    QCOMPARE(first.scenarios[0].studyYears[0].year, 2030);
    QCOMPARE(first.scenarios[0].priceYear, empty.economics.priceBaseYear);

    // Prices of another year are converted to the base year: NT in 2021 prices, whose
    // deflator indices are 1.029 (2021) and 1.189 (2023): factor 1.189 / 1.029.
    model::Study older = before;
    older.scenarios[kNt].priceYear = 2021;
    const model::Study converted = ui::withNewScenario(older, &index);
    COMPARE_NEAR(converted.scenarios[size_t(index)].studyYears[0].vollEurPerMwh,
                 nt(before).studyYears[0].vollEurPerMwh * 1.189 / 1.029, 1e-9, 0.0);
}

void TestScenarioEditors::removeScenarioRemovesItsInputs()
{
    auto document = sampleDocument();
    const model::Study before = document->study();
    QVERIFY(inputsOf(before, QStringLiteral("NT")) > 0);
    const int others = inputsOf(before, QStringLiteral("DE"));
    const model::Study after = ui::withScenarioRemoved(before, kNt);
    QCOMPARE(after.scenarios.size(), before.scenarios.size() - 1);
    QVERIFY(!after.scenario(QStringLiteral("NT")));
    QCOMPARE(inputsOf(after, QStringLiteral("NT")), 0);
    QCOMPARE(inputsOf(after, QStringLiteral("DE")), others);
    QVERIFY(model::validate(after).empty());
    QVERIFY(ui::withScenarioRemoved(before, 99) == before);
}

void TestScenarioEditors::duplicateScenarioCopiesItsInputs()
{
    auto document = sampleDocument();
    const model::Study before = document->study();
    int index = -1;
    const model::Study once = ui::withScenarioDuplicated(before, kNt, &index);
    QCOMPARE(index, kNt + 1);
    QCOMPARE(once.scenarios[size_t(index)].id, QStringLiteral("NT-copy"));
    QVERIFY(once.scenarios[size_t(index)].studyYears == nt(before).studyYears);
    QCOMPARE(inputsOf(once, QStringLiteral("NT-copy")), inputsOf(before, QStringLiteral("NT")));
    QCOMPARE(inputsOf(once, QStringLiteral("NT")), inputsOf(before, QStringLiteral("NT")));
    QVERIFY(model::validate(once).empty());
    const model::Study twice = ui::withScenarioDuplicated(once, kNt, &index);
    QCOMPARE(twice.scenarios[size_t(index)].id, QStringLiteral("NT-copy2"));
    QVERIFY(model::validate(twice).empty());
}

void TestScenarioEditors::economicsPageEditsAndFollowsUndo()
{
    auto document = sampleDocument();
    ui::EconomicsPage page;
    page.setDocument(document.get());
    auto *form = page.findChild<ui::RecordForm *>(QStringLiteral("economicParametersForm"));
    QVERIFY(form);
    auto *rate = qobject_cast<QLineEdit *>(form->field(QStringLiteral("discountRate")));
    QVERIFY(rate);
    QCOMPARE(rate->text(), QStringLiteral("4"));
    rate->setText(QStringLiteral("5"));
    emit rate->editingFinished();
    COMPARE_NEAR(document->study().economics.discountRate, 0.05, kTol, 0.0);
    document->undoStack()->undo();
    QCOMPARE(rate->text(), QStringLiteral("4"));

    auto *deflator = page.findChild<QTableView *>(QStringLiteral("deflatorTable"));
    QVERIFY(deflator);
    QCOMPARE(deflator->model()->rowCount(), int(document->study().economics.deflator.size()));
    QVERIFY(deflator->model()->headerData(0, Qt::Horizontal).toString().contains(u"Year"));

    auto *title = page.findChild<QLabel *>(QStringLiteral("economicsTitle"));
    QVERIFY(title);
    auto *info = page.findChild<ui::RecordForm *>(QStringLiteral("studyInfoForm"));
    auto *name = qobject_cast<QLineEdit *>(info->field(QStringLiteral("name")));
    name->setText(QStringLiteral("Edited study"));
    emit name->editingFinished();
    QCOMPARE(document->study().name, QStringLiteral("Edited study"));
    QVERIFY(title->text().contains(QStringLiteral("Edited study")));
}

void TestScenarioEditors::scenarioPageWarningsAndPlaceholder()
{
    auto document = sampleDocument();
    ui::ScenarioPage page;
    page.setDocument(document.get());
    page.showScenario(kNt);
    auto *placeholder = page.findChild<QLabel *>(QStringLiteral("scenarioPlaceholder"));
    auto *warning = page.findChild<QLabel *>(QStringLiteral("climateYearsWarning"));
    auto *climate = page.findChild<QTableView *>(QStringLiteral("climateYearsTable"));
    QVERIFY(placeholder && warning && climate);
    QVERIFY(warning->isHidden());
    QCOMPARE(climate->model()->rowCount(), 3);
    QVERIFY(climate->model()->setData(climate->model()->index(0, 1), QStringLiteral("30")));
    QVERIFY(!warning->isHidden());
    QVERIFY(warning->text().contains(QStringLiteral("106.7 %")));
    document->undoStack()->undo();
    QVERIFY(warning->isHidden());

    // Every table of the page names the scenario in its undo text.
    auto *years = page.findChild<QTableView *>(QStringLiteral("studyYearsTable"));
    QVERIFY(years->model()->setData(years->model()->index(0, ui::StudyYearsAdapter::Voll),
                                    QStringLiteral("9000")));
    QCOMPARE(document->undoStack()->undoText(),
             QStringLiteral("Edit VOLL (€/MWh) in Study years of NT"));

    // The scenario removed: a placeholder; back again after undo.
    QVERIFY(document->commit(QStringLiteral("Remove scenario"),
                             ui::withScenarioRemoved(document->study(), kNt)));
    page.showScenario(2); // GA was index 2, is gone from there now
    QVERIFY(!placeholder->isHidden() && placeholder->isVisibleTo(&page));
    document->undoStack()->undo();
    QVERIFY(!placeholder->isVisibleTo(&page));
    QCOMPARE(climate->model()->rowCount(), int(document->study().scenarios[2].climateYears.size()));

    // A renamed id is in the title and the tables' undo texts.
    auto *info = page.findChild<ui::RecordForm *>(QStringLiteral("scenarioInfoForm"));
    auto *id = qobject_cast<QLineEdit *>(info->field(QStringLiteral("id")));
    id->setText(QStringLiteral("GA2"));
    emit id->editingFinished();
    QCOMPARE(document->study().scenarios[2].id, QStringLiteral("GA2"));
    QVERIFY(years->model()->setData(years->model()->index(0, ui::StudyYearsAdapter::Voll),
                                    QStringLiteral("9001")));
    QVERIFY(document->undoStack()->undoText().endsWith(QStringLiteral("of GA2")));
}

// Pictures of the pages at the size they get in a 1280×800 window (the navigator takes
// ~270 px), to look at: /tmp/economicspage.png, /tmp/scenariopage*.png.
void TestScenarioEditors::renderPages()
{
    auto document = sampleDocument();
    const QSize size(1010, 740);
    ui::EconomicsPage economics;
    economics.setDocument(document.get());
    economics.resize(size);
    economics.show();
    QVERIFY(economics.grab().save(QStringLiteral("/tmp/economicspage.png")));

    ui::ScenarioPage scenario;
    scenario.setDocument(document.get());
    scenario.showScenario(kNt);
    scenario.resize(size);
    scenario.show();
    const char *const names[] = {"years", "climate", "damage", "fuels"};
    for (int tab = 0; tab < scenario.tabs()->count(); ++tab) {
        scenario.tabs()->setCurrentIndex(tab);
        QVERIFY(scenario.grab().save(
            QStringLiteral("/tmp/scenariopage-%1.png").arg(QLatin1String(names[tab]))));
    }
    // With the warning lines showing: weights summing to 106.7 %, and SCC out of order.
    auto *climate = scenario.findChild<QTableView *>(QStringLiteral("climateYearsTable"));
    QVERIFY(climate->model()->setData(climate->model()->index(0, 1), QStringLiteral("30")));
    auto *years = scenario.findChild<QTableView *>(QStringLiteral("studyYearsTable"));
    QVERIFY(years->model()->setData(years->model()->index(1, ui::StudyYearsAdapter::SccLow),
                                    QStringLiteral("700")));
    scenario.tabs()->setCurrentIndex(0);
    QVERIFY(!scenario.findChild<QLabel *>(QStringLiteral("studyYearsWarning"))->isHidden());
    QVERIFY(scenario.grab().save(QStringLiteral("/tmp/scenariopage-warning.png")));
}

QTEST_MAIN(TestScenarioEditors)
#include "tst_scenarioeditors.moc"
