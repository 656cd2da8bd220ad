// The project editors: every column of every project table edited through the item model
// as a user would (text in display units), checked in base units on the study, undone to
// the exact original and redone; rows added and removed; refused values that change
// nothing; the study-level edits (new, remove, duplicate project); and ProjectPage driven
// offscreen on the sample study, with screenshots of its tabs.

#include "charts/capexchart.h"
#include "comparenear.h"
#include "editing/editabletable.h"
#include "editing/projectadapters.h"
#include "editing/recordform.h"
#include "editing/studytablemodel.h"
#include "model/validation.h"
#include "pages/projectpage.h"
#include "studydocument.h"
#include "units.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QUndoStack>
#include <qcustomplot.h>

#include <functional>
#include <memory>

using namespace gridcba;
using namespace Qt::StringLiterals;
using ui::StudyDocument;
using ui::StudyTableModel;
using ui::TableAdapterPtr;

namespace {

model::Study sampleStudy()
{
    QString error;
    std::unique_ptr<StudyDocument> document =
        StudyDocument::open(QStringLiteral(GRIDCBA_SAMPLE_JSON), &error);
    if (!document)
        qFatal("cannot read the sample study: %s", qPrintable(error));
    return document->study();
}

std::unique_ptr<StudyDocument> documentOf(model::Study study)
{
    return std::make_unique<StudyDocument>(std::move(study), QString(), false);
}

int columnOf(const StudyTableModel &model, const QString &key)
{
    for (int c = 0; c < model.columnCount(); ++c)
        if (model.columns()[size_t(c)].key == key)
            return c;
    return -1;
}

using Factory = std::function<TableAdapterPtr(const model::Study &)>;
using Mutation = std::function<void(model::Study &)>;

// Indexes into the sample: projects P1, P2, P3; P1's investments P1.1 (phased, OPEX 6 M€/yr)
// and P1.2 (phased, OPEX 0.5 % of CAPEX); P2.1 a lump sum 430/480/560 M€ over 4 years.
Factory info(int p = 0)
{
    return [p](const model::Study &s) { return std::make_shared<ui::ProjectInfoAdapter>(s, p); };
}
Factory investments(int p = 0)
{
    return [p](const model::Study &s) { return std::make_shared<ui::InvestmentsAdapter>(s, p); };
}
Factory phasing(int p = 0, int i = 0)
{
    return [p, i](const model::Study &s) {
        return std::make_shared<ui::CapexPhasingAdapter>(s, p, i);
    };
}
Factory borders(int p = 0)
{
    return [p](const model::Study &s) { return std::make_shared<ui::BordersAdapter>(s, p); };
}
Factory costShares(int p = 0)
{
    return [p](const model::Study &s) { return std::make_shared<ui::CostSharesAdapter>(s, p); };
}
Factory inputs(int p = 0)
{
    return
        [p](const model::Study &s) { return std::make_shared<ui::IndicatorInputsAdapter>(s, p); };
}
Factory others(int p = 1, int input = 0)
{
    return [p, input](const model::Study &s) {
        return std::make_shared<ui::OtherBenefitsAdapter>(s, p, input);
    };
}
Factory qualitative(int p = 0)
{
    return [p](const model::Study &s) { return std::make_shared<ui::QualitativeAdapter>(s, p); };
}

// One edit of one cell: `text` typed in display units (M€, %); `expect` applies the same
// change to the original study in base units (€, fractions), worked out by hand.
struct EditCase
{
    const char *name;
    Factory table;
    const char *key;
    int row;
    const char *text;
    Mutation expect;
    Mutation prepare = {}; // applied to the sample before the edit
};

model::Investment &inv(model::Study &s, int p, int i)
{
    return s.projects[size_t(p)].investments[size_t(i)];
}
model::IndicatorInput &input(model::Study &s, int p, int i)
{
    return s.projects[size_t(p)].indicatorInputs[size_t(i)];
}

const std::vector<EditCase> &editCases()
{
    using model::Pollutant;
    static const std::vector<EditCase> cases = {
        {"info id", info(), "id", 0, "P9", [](model::Study &s) { s.projects[0].id = u"P9"_s; }},
        {"info name", info(), "name", 0, "Renamed link",
         [](model::Study &s) { s.projects[0].name = u"Renamed link"_s; }},
        {"info description", info(), "description", 0, "Two converters.",
         [](model::Study &s) { s.projects[0].description = u"Two converters."_s; }},
        {"info kind by label", info(), "kind", 0, "Storage",
         [](model::Study &s) { s.projects[0].kind = model::ProjectKind::Storage; }},
        {"info kind by key", info(), "kind", 0, "internal",
         [](model::Study &s) { s.projects[0].kind = model::ProjectKind::InternalReinforcement; }},
        {"info commissioning year", info(), "commissioningYear", 0, "2031",
         [](model::Study &s) { s.projects[0].commissioningYear = 2031; }},
        {"info benefit price year", info(), "benefitPriceYear", 0, "2022",
         [](model::Study &s) { s.projects[0].benefitPriceYear = 2022; }},

        {"investment id", investments(), "id", 0, "P1.9",
         [](model::Study &s) { inv(s, 0, 0).id = u"P1.9"_s; }},
        {"investment name", investments(), "name", 0, "Converters",
         [](model::Study &s) { inv(s, 0, 0).name = u"Converters"_s; }},
        {"investment asset type", investments(), "assetType", 0, "VSC converter",
         [](model::Study &s) { inv(s, 0, 0).assetType = u"VSC converter"_s; }},
        {"investment lifetime", investments(), "technicalLifetimeYears", 0, "45",
         [](model::Study &s) { inv(s, 0, 0).technicalLifetimeYears = 45; }},
        {"investment price year", investments(), "priceYear", 0, "2022",
         [](model::Study &s) { inv(s, 0, 0).priceYear = 2022; }},
        {"investment construction years", investments(), "constructionYears", 0, "3",
         [](model::Study &s) { inv(s, 0, 0).constructionYears = 3; }},
        // No range stated (all 0): low and high follow the central value.
        {"investment lump sum central", investments(), "capexCentralEur", 0, "512.5",
         [](model::Study &s) {
             inv(s, 0, 0).capexLumpSum = {0, 512.5e6, 512.5e6, 512.5e6};
         }},
        {"investment lump sum central in range", investments(1), "capexCentralEur", 0, "500",
         [](model::Study &s) { inv(s, 1, 0).capexLumpSum.centralEur = 500e6; }},
        {"investment lump sum low", investments(1), "capexLowEur", 0, "450",
         [](model::Study &s) { inv(s, 1, 0).capexLumpSum.lowEur = 450e6; }},
        {"investment lump sum high", investments(1), "capexHighEur", 0, "600",
         [](model::Study &s) { inv(s, 1, 0).capexLumpSum.highEur = 600e6; }},
        {"investment OPEX per year", investments(), "opexEurPerYear", 0, "7.5",
         [](model::Study &s) { inv(s, 0, 0).opexEurPerYear = 7.5e6; }},
        // 2.5 % × 0.01 rounds to the double nearest 0.025.
        {"investment OPEX share", investments(), "opexShareOfCapex", 1, "2.5",
         [](model::Study &s) { inv(s, 0, 1).opexShareOfCapex = 0.025; }},
        {"investment decommissioning", investments(), "decommissioningEur", 0, "20",
         [](model::Study &s) { inv(s, 0, 0).decommissioningEur = 20e6; }},

        {"phasing year", phasing(), "year", 0, "2025",
         [](model::Study &s) { inv(s, 0, 0).capex[0].year = 2025; }},
        {"phasing central", phasing(), "centralEur", 0, "100",
         [](model::Study &s) { inv(s, 0, 0).capex[0].centralEur = 100e6; }},
        {"phasing low", phasing(), "lowEur", 0, "85",
         [](model::Study &s) { inv(s, 0, 0).capex[0].lowEur = 85e6; }},
        {"phasing high", phasing(), "highEur", 0, "120",
         [](model::Study &s) { inv(s, 0, 0).capex[0].highEur = 120e6; }},
        {"phasing of second investment", phasing(0, 1), "centralEur", 4, "220",
         [](model::Study &s) { inv(s, 0, 1).capex[4].centralEur = 220e6; }},

        {"border from", borders(), "fromZone", 0, "FR01",
         [](model::Study &s) { s.projects[0].borders[0].fromZone = u"FR01"_s; }},
        {"border to", borders(), "toZone", 0, " ES01 ",
         [](model::Study &s) { s.projects[0].borders[0].toZone = u"ES01"_s; }},
        {"border forward", borders(), "forwardMw", 0, "2500",
         [](model::Study &s) { s.projects[0].borders[0].forwardMw = 2500; }},
        {"border backward", borders(), "backwardMw", 0, "1800",
         [](model::Study &s) { s.projects[0].borders[0].backwardMw = 1800; }},

        // Rows in code order: ES, FR. A sum off 100 % does not block the edit.
        {"cost share", costShares(), "share", 0, "40",
         [](model::Study &s) { s.projects[0].costShares[u"ES"_s] = 0.4; }},
        {"cost share country", costShares(), "country", 0, "pt",
         [](model::Study &s) {
             s.projects[0].costShares.erase(u"ES"_s);
             s.projects[0].costShares[u"PT"_s] = 0.5;
         }},

        {"input scenario", inputs(), "scenarioId", 0, "DE",
         [](model::Study &s) {
             auto &rows = s.projects[0].indicatorInputs;
             rows.erase(rows.begin() + 2);
             rows[0].scenarioId = u"DE"_s;
         },
         [](model::Study &s) {
             auto &rows = s.projects[0].indicatorInputs; // DE 2030 removed first
             rows.erase(rows.begin() + 2);
         }},
        {"input scenario takes its free year", inputs(), "scenarioId", 0, "DE",
         [](model::Study &s) {
             auto &rows = s.projects[0].indicatorInputs;
             rows.erase(rows.begin() + 3);
             rows[0].scenarioId = u"DE"_s;
             rows[0].year = 2040;
         },
         [](model::Study &s) {
             auto &rows = s.projects[0].indicatorInputs; // DE 2040 removed first
             rows.erase(rows.begin() + 3);
         }},
        {"input year", inputs(), "year", 0, "2040",
         [](model::Study &s) {
             auto &rows = s.projects[0].indicatorInputs;
             rows.erase(rows.begin() + 1);
             rows[0].year = 2040;
         },
         [](model::Study &s) {
             auto &rows = s.projects[0].indicatorInputs; // NT 2040 removed first
             rows.erase(rows.begin() + 1);
         }},
        {"input origin", inputs(), "origin", 0, "computed",
         [](model::Study &s) { input(s, 0, 0).origin = model::InputOrigin::Computed; }},
        {"input source", inputs(), "source", 0, "PLEXOS run 2024-03",
         [](model::Study &s) { input(s, 0, 0).source = u"PLEXOS run 2024-03"_s; }},
        {"input B1", inputs(), "b1Eur", 0, "110.25",
         [](model::Study &s) { input(s, 0, 0).b1Eur = 110.25e6; }},
        {"input B2", inputs(), "b2Co2T", 0, "-140000",
         [](model::Study &s) { input(s, 0, 0).b2Co2T = -140000; }},
        {"input B3 curtailment cleared", inputs(), "b3CurtailmentMwh", 0, "",
         [](model::Study &s) { input(s, 0, 0).b3CurtailmentMwh.reset(); }},
        {"input B3 RES connected", inputs(), "b3ResConnectedMw", 0, "300",
         [](model::Study &s) { input(s, 0, 0).b3ResConnectedMw = 300; }},
        {"input B4a NOx", inputs(), "b4NoxT", 0, "-100",
         [](model::Study &s) { input(s, 0, 0).b4PollutantT[Pollutant::NOx] = -100; }},
        {"input B4b NH3 added", inputs(), "b4Nh3T", 0, "-3",
         [](model::Study &s) { input(s, 0, 0).b4PollutantT[Pollutant::NH3] = -3; }},
        {"input B4c SOx cleared", inputs(), "b4SoxT", 0, "–",
         [](model::Study &s) { input(s, 0, 0).b4PollutantT.erase(Pollutant::SOx); }},
        {"input B4d PM2.5", inputs(), "b4Pm25T", 0, "-4.5",
         [](model::Study &s) { input(s, 0, 0).b4PollutantT[Pollutant::PM25] = -4.5; }},
        {"input B4e PM10", inputs(), "b4Pm10T", 0, "-1",
         [](model::Study &s) { input(s, 0, 0).b4PollutantT[Pollutant::PM10] = -1; }},
        {"input B4f NMVOC", inputs(), "b4NmvocT", 0, "-2",
         [](model::Study &s) { input(s, 0, 0).b4PollutantT[Pollutant::NMVOC] = -2; }},
        {"input B5 losses", inputs(), "b5LossMwh", 0, "170000",
         [](model::Study &s) { input(s, 0, 0).b5LossMwh = 170000; }},
        {"input B5 monetised", inputs(), "b5Eur", 0, "-10.5",
         [](model::Study &s) { input(s, 0, 0).b5Eur = -10.5e6; }},
        {"input B6 EENS", inputs(), "b6EensMwh", 0, "-250",
         [](model::Study &s) { input(s, 0, 0).b6EensMwh = -250; }},
        {"input B6 LOLE", inputs(), "b6LoleHours", 0, "-0.25",
         [](model::Study &s) { input(s, 0, 0).b6LoleHours = -0.25; }},
        {"input B9", inputs(), "b9ReserveMw", 0, "50",
         [](model::Study &s) { input(s, 0, 0).b9ReserveMw = 50; }},

        {"other benefit name", others(), "name", 0, "Redispatch savings",
         [](model::Study &s) { input(s, 1, 0).other[0].name = u"Redispatch savings"_s; }},
        {"other benefit value", others(), "eurPerYear", 0, "3.5",
         [](model::Study &s) { input(s, 1, 0).other[0].eurPerYear = 3.5e6; }},
        {"other benefit in NPV", others(), "inNpv", 0, "no",
         [](model::Study &s) { input(s, 1, 0).other[0].inNpv = false; }},

        {"qualitative id by label", qualitative(), "id", 0, "Residual social impact (S2)",
         [](model::Study &s) { s.projects[0].qualitative[0].id = u"S2"_s; }},
        {"qualitative score", qualitative(), "score", 1, "++",
         [](model::Study &s) { s.projects[0].qualitative[1].score = u"++"_s; }},
        {"qualitative justification", qualitative(), "justification", 1, "Studies of 2025.",
         [](model::Study &s) {
             s.projects[0].qualitative[1].justification = u"Studies of 2025."_s;
         }},
    };
    return cases;
}

// A refused edit: the cell, the text and a part of the reason shown.
struct RefusalCase
{
    const char *name;
    Factory table;
    const char *key;
    int row;
    const char *text;
    const char *reason;
};

const std::vector<RefusalCase> &refusalCases()
{
    static const std::vector<RefusalCase> cases = {
        {"empty project id", info(), "id", 0, "  ", "must not be empty"},
        {"project id of another project", info(), "id", 0, "P2", "already used"},
        {"commissioning year out of range", info(), "commissioningYear", 0, "1800",
         "between 1900 and 2200"},
        {"commissioning leaves CAPEX after the period", info(), "commissioningYear", 0, "2000",
         "ends in 2024"},
        {"benefit price year without deflator", info(), "benefitPriceYear", 0, "2019", "deflator"},
        {"negative lifetime", investments(), "technicalLifetimeYears", 0, "-5",
         "between 1 and 200"},
        {"lifetime not a number", investments(), "technicalLifetimeYears", 0, "forty",
         "not a whole number"},
        {"duplicate investment id", investments(), "id", 0, "P1.2", "already used"},
        {"investment price year without deflator", investments(), "priceYear", 0, "2019",
         "deflator"},
        {"lump sum without construction years", investments(1), "constructionYears", 0, "0",
         "construction year"},
        {"lump sum central above high", investments(1), "capexCentralEur", 0, "600",
         "between the low"},
        {"negative lump sum", investments(1), "capexLowEur", 0, "-1", "0 or more"},
        {"OPEX per year and as share", investments(), "opexEurPerYear", 1, "3", "not both"},
        {"OPEX share over 100 %", investments(), "opexShareOfCapex", 0, "150", "100 %"},
        {"computed column", investments(), "phasedCapexCentralEur", 0, "5", ""},
        {"phasing year twice", phasing(), "year", 0, "2027", "already in the table"},
        {"phasing year after the period", phasing(), "year", 0, "2060", "ends in 2054"},
        {"phasing central above high", phasing(), "centralEur", 0, "200", "between the low"},
        {"phasing low above central", phasing(), "lowEur", 0, "95", "central value"},
        {"phasing high below central", phasing(), "highEur", 0, "85", "central value"},
        {"border to its own zone", borders(), "toZone", 0, "FR00", "two different zones"},
        {"border without zone", borders(), "fromZone", 0, "", "must not be empty"},
        {"cost share over 100 %", costShares(), "share", 0, "120", "between 0 % and 100 %"},
        {"country code of three letters", costShares(), "country", 0, "ESP", "two-letter"},
        {"country given twice", costShares(), "country", 0, "FR", "already has a share"},
        {"input scenario and year twice", inputs(), "scenarioId", 0, "DE", "already in the table"},
        {"input year not a study year", inputs(), "year", 0, "2035", "not a study year"},
        {"input unknown scenario", inputs(), "scenarioId", 0, "XX", "is not one of"},
        {"other benefit without name", others(), "name", 0, " ", "must not be empty"},
        {"qualitative unknown indicator", qualitative(), "id", 0, "B10", "is not one of"},
    };
    return cases;
}

// One row added at the end of a table, checked against what a new row must hold.
struct InsertCase
{
    const char *name;
    Factory table;
    Mutation expect; // the original study with the new row, by hand
};

const std::vector<InsertCase> &insertCases()
{
    static const std::vector<InsertCase> cases = {
        {"investment: first free id, base price year", investments(),
         [](model::Study &s) {
             model::Investment i;
             i.id = u"I1"_s;
             i.priceYear = 2023;
             s.projects[0].investments.push_back(i);
         }},
        {"phasing: the year after the last", phasing(),
         [](model::Study &s) {
             inv(s, 0, 0).capex.push_back({2030, 0, 0, 0});
         }},
        {"phasing of a lump sum: the year before commissioning", phasing(1, 0),
         [](model::Study &s) {
             inv(s, 1, 0).capex.push_back({2028, 0, 0, 0});
         }},
        {"border: zones to fill", borders(),
         [](model::Study &s) { s.projects[0].borders.push_back({}); }},
        {"cost share: what is missing to 100 %", costShares(2),
         [](model::Study &s) { s.projects[2].costShares[QString(QChar(0x2026))] = 0.0; }},
        {"input: first scenario and year without inputs", inputs(2),
         [](model::Study &s) {
             model::IndicatorInput in;
             in.scenarioId = u"GA"_s;
             in.year = 2030;
             s.projects[2].indicatorInputs.push_back(in);
         }},
        {"other benefit: numbered name", others(),
         [](model::Study &s) {
             input(s, 1, 0).other.push_back({u"Other benefit 2"_s, 0.0, true});
         }},
        {"qualitative: first indicator not scored (S3)", qualitative(),
         [](model::Study &s) {
             s.projects[0].qualitative.push_back({u"S3"_s, {}, {}});
         }},
    };
    return cases;
}

} // namespace

class TestProjectEditors : public QObject
{
    Q_OBJECT

  private slots:
    void initTestCase();

    void editEveryColumn_data();
    void editEveryColumn();
    void refusedEditChangesNothing_data();
    void refusedEditChangesNothing();
    void insertAndRemoveRows_data();
    void insertAndRemoveRows();

    void capexCentralMovesUnstatedRange();
    void costSharesNewRowAndSum();
    void projectIdRenameKeepsRunsAndImportOrder();
    void capexScheduleSpreadsLumpSum();
    void studyLevelEdits();

    void pageFollowsDocument();
    void pageShowsPlaceholderAndResultsStatus();
    void pageScreenshots();

  private:
    model::Study m_sample;
};

void TestProjectEditors::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("GridCBA-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_projecteditors"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    ui::units::setMoney(ui::units::Money::MEur);
    m_sample = sampleStudy();
}

void TestProjectEditors::editEveryColumn_data()
{
    QTest::addColumn<int>("index");
    for (size_t i = 0; i < editCases().size(); ++i)
        QTest::newRow(editCases()[i].name) << int(i);
}

void TestProjectEditors::editEveryColumn()
{
    QFETCH(int, index);
    const EditCase &c = editCases()[size_t(index)];
    model::Study original = m_sample;
    if (c.prepare)
        c.prepare(original);
    model::Study expected = m_sample;
    c.expect(expected);
    QVERIFY(!(expected == original));

    auto document = documentOf(original);
    StudyTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSource(document.get(), c.table(original));
    const int column = columnOf(model, QString::fromUtf8(c.key));
    QVERIFY2(column >= 0, c.key);
    QSignalSpy rejected(&model, &StudyTableModel::editRejected);

    QVERIFY(model.setData(model.index(c.row, column), QString::fromUtf8(c.text), Qt::EditRole));
    QVERIFY2(rejected.isEmpty(),
             qPrintable(rejected.isEmpty() ? QString() : rejected.first().first().toString()));
    QVERIFY(document->study() == expected);
    QCOMPARE(document->undoStack()->count(), 1);
    // Every change stays valid for the engine (the sample is valid to begin with).
    QVERIFY(model::validate(original).empty());
    if (qstrcmp(c.key, "share") != 0 && qstrcmp(c.key, "country") != 0) // now 90 %
        QCOMPARE(model::formatIssues(model::validate(document->study())), QString());

    document->undoStack()->undo();
    QVERIFY(document->study() == original);
    document->undoStack()->redo();
    QVERIFY(document->study() == expected);
}

void TestProjectEditors::refusedEditChangesNothing_data()
{
    QTest::addColumn<int>("index");
    for (size_t i = 0; i < refusalCases().size(); ++i)
        QTest::newRow(refusalCases()[i].name) << int(i);
}

void TestProjectEditors::refusedEditChangesNothing()
{
    QFETCH(int, index);
    const RefusalCase &c = refusalCases()[size_t(index)];
    auto document = documentOf(m_sample);
    StudyTableModel model;
    model.setSource(document.get(), c.table(m_sample));
    const int column = columnOf(model, QString::fromUtf8(c.key));
    QVERIFY2(column >= 0, c.key);
    QSignalSpy rejected(&model, &StudyTableModel::editRejected);

    QVERIFY(!model.setData(model.index(c.row, column), QString::fromUtf8(c.text), Qt::EditRole));
    QVERIFY(document->study() == m_sample);
    QCOMPARE(document->undoStack()->count(), 0);
    if (!model.columns()[size_t(column)].readOnly) {
        QCOMPARE(rejected.count(), 1);
        const QString reason = rejected.first().first().toString();
        QVERIFY2(reason.contains(QString::fromUtf8(c.reason)), qPrintable(reason));
    }
}

void TestProjectEditors::insertAndRemoveRows_data()
{
    QTest::addColumn<int>("index");
    for (size_t i = 0; i < insertCases().size(); ++i)
        QTest::newRow(insertCases()[i].name) << int(i);
}

void TestProjectEditors::insertAndRemoveRows()
{
    QFETCH(int, index);
    const InsertCase &c = insertCases()[size_t(index)];
    model::Study expected = m_sample;
    c.expect(expected);
    auto document = documentOf(m_sample);
    StudyTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSource(document.get(), c.table(m_sample));
    const int rows = model.rowCount();

    QVERIFY(model.insertRows(rows, 1));
    QCOMPARE(model.rowCount(), rows + 1);
    QVERIFY(document->study() == expected);
    document->undoStack()->undo();
    QVERIFY(document->study() == m_sample);
    QCOMPARE(model.rowCount(), rows);
    document->undoStack()->redo();
    QVERIFY(document->study() == expected);

    // Removing the first row, then undoing, gives the study back exactly.
    QVERIFY(model.removeRows(0, 1));
    QCOMPARE(model.rowCount(), rows);
    QVERIFY(!(document->study() == expected));
    document->undoStack()->undo();
    QVERIFY(document->study() == expected);
    QCOMPARE(document->undoStack()->count(), 2);
}

void TestProjectEditors::capexCentralMovesUnstatedRange()
{
    auto document = documentOf(m_sample);
    StudyTableModel model;
    model.setSource(document.get(), phasing()(m_sample));
    QVERIFY(model.insertRows(model.rowCount(), 1)); // 2030, 0 / 0 / 0
    const int row = model.rowCount() - 1;
    QVERIFY(model.setData(model.index(row, columnOf(model, QStringLiteral("centralEur"))),
                          QStringLiteral("50")));
    const model::CapexYear &y = document->study().projects[0].investments[0].capex.back();
    QCOMPARE(y.year, 2030);
    QCOMPARE(y.lowEur, 50e6);
    QCOMPARE(y.highEur, 50e6);
    // Once a range is stated, the central value stays inside it.
    QVERIFY(model.setData(model.index(row, columnOf(model, QStringLiteral("highEur"))),
                          QStringLiteral("60")));
    QVERIFY(model.setData(model.index(row, columnOf(model, QStringLiteral("centralEur"))),
                          QStringLiteral("55")));
    const model::CapexYear &z = document->study().projects[0].investments[0].capex.back();
    QCOMPARE(z.lowEur, 50e6);
    QCOMPARE(z.centralEur, 55e6);
    QCOMPARE(z.highEur, 60e6);
    // The model shows M€: 55e6 € is 55.00 M€.
    QCOMPARE(model.data(model.index(row, columnOf(model, QStringLiteral("centralEur")))).toString(),
             QStringLiteral("55.00"));
    QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("Central (M€)"));
}

void TestProjectEditors::costSharesNewRowAndSum()
{
    auto document = documentOf(m_sample);
    auto adapter = costShares()(m_sample);
    StudyTableModel model;
    model.setSource(document.get(), adapter);
    QVERIFY(adapter->checkTable(document->study()).isEmpty());
    // ES 50 → 30 %: accepted, and the sum of 80 % is reported for the warning line.
    QVERIFY(model.setData(model.index(0, 0), QStringLiteral("30")));
    QStringList problems = adapter->checkTable(document->study());
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().contains(QStringLiteral("80.0 %")), qPrintable(problems.first()));
    // A new row gets the missing 20 % and stays last until its code is given; then it moves
    // to its place in code order (DE before ES).
    QVERIFY(model.insertRows(model.rowCount(), 1));
    QCOMPARE(model.rowCount(), 3);
    COMPARE_NEAR(model.data(model.index(2, 0), Qt::UserRole).toDouble(), 20.0, 1e-9, 0);
    QVERIFY(adapter->checkTable(document->study()).join(u'\n').contains(QStringLiteral("Row 3")));
    QVERIFY(model.setData(model.index(2, 1), QStringLiteral("DE")));
    QCOMPARE(model.data(model.index(0, 1)).toString(), QStringLiteral("DE"));
    QVERIFY(adapter->checkTable(document->study()).isEmpty());
    const auto &shares = document->study().projects[0].costShares;
    QCOMPARE(shares.size(), size_t(3));
    // 1 − 0.3 − 0.5, within rounding of the subtraction.
    COMPARE_NEAR(shares.at(QStringLiteral("DE")), 0.2, 1e-12, 0);
}

void TestProjectEditors::projectIdRenameKeepsRunsAndImportOrder()
{
    model::Study study = m_sample;
    model::AnalysisRun run;
    run.id = 1;
    run.kind = QStringLiteral("sweep");
    run.projectId = QStringLiteral("P1");
    study.analysisRuns.push_back(run);
    run.id = 2;
    run.projectId = QStringLiteral("P2");
    study.analysisRuns.push_back(run);
    auto document = documentOf(study);
    StudyTableModel model;
    model.setSource(document.get(), info()(study));
    QVERIFY(
        model.setData(model.index(0, columnOf(model, QStringLiteral("id"))), QStringLiteral("PX")));
    QCOMPARE(document->study().analysisRuns[0].projectId, QStringLiteral("PX"));
    QCOMPARE(document->study().analysisRuns[1].projectId, QStringLiteral("P2"));
    QVERIFY(model::validate(document->study()).empty());
    document->undoStack()->undo();
    QVERIFY(document->study() == study);

    // The share column comes before the country: a paste of several new rows fills each
    // row's share before its code moves it.
    StudyTableModel shares;
    shares.setSource(document.get(), costShares(2)(study)); // P3: AT 100 %
    QString error;
    QVERIFY2(shares.pasteText(shares.index(0, 0), QStringLiteral("25\tIT\n75\tAT\n"), &error),
             qPrintable(error));
    const auto &result = document->study().projects[2].costShares;
    QCOMPARE(result.size(), size_t(2));
    COMPARE_NEAR(result.at(QStringLiteral("IT")), 0.25, 1e-12, 0);
    COMPARE_NEAR(result.at(QStringLiteral("AT")), 0.75, 1e-12, 0);
}

void TestProjectEditors::capexScheduleSpreadsLumpSum()
{
    // P2.1: 480 M€ (430–560) over 4 construction years before commissioning in 2029:
    // 120 M€ (107.5–140) in each of 2025–2028, worked by hand.
    const model::Project &p2 = m_sample.projects[1];
    const auto years = ui::capexSchedule(p2.investments[0], p2.commissioningYear);
    QCOMPARE(years.size(), size_t(4));
    for (int k = 0; k < 4; ++k) {
        QCOMPARE(years[size_t(k)].year, 2025 + k);
        COMPARE_NEAR(years[size_t(k)].centralEur, 120e6, 1e-3, 0);
        COMPARE_NEAR(years[size_t(k)].lowEur, 107.5e6, 1e-3, 0);
        COMPARE_NEAR(years[size_t(k)].highEur, 140e6, 1e-3, 0);
    }
    // A phasing is returned as given, sorted by year.
    model::Investment phased = m_sample.projects[0].investments[0];
    std::swap(phased.capex[0], phased.capex[3]);
    const auto sorted = ui::capexSchedule(phased, 2030);
    QCOMPARE(sorted.front().year, 2026);
    QCOMPARE(sorted.back().year, 2029);
}

void TestProjectEditors::studyLevelEdits()
{
    int index = -1;
    const model::Study added = ui::withNewProject(m_sample, &index);
    QCOMPARE(index, 3);
    const model::Project &p = added.projects[3];
    QCOMPARE(p.id, QStringLiteral("P4"));
    QCOMPARE(p.commissioningYear, 2030); // the first study year of the sample
    QCOMPARE(p.benefitPriceYear, m_sample.economics.priceBaseYear);
    QCOMPARE(p.investments.size(), size_t(1));
    QCOMPARE(p.investments[0].id, QStringLiteral("I1"));
    // The engine accepts the study with the new, empty project.
    QCOMPARE(model::formatIssues(model::validate(added)), QString());

    // The first free id fills a gap; without study years, commissioning in the discounting
    // year.
    model::Study gap = m_sample;
    gap.projects.erase(gap.projects.begin() + 1);
    gap.scenarios.clear();
    QCOMPARE(ui::withNewProject(gap).projects.back().id, QStringLiteral("P2"));
    QCOMPARE(ui::withNewProject(gap).projects.back().commissioningYear,
             m_sample.economics.discountingYear);

    model::Study withRuns = m_sample;
    model::AnalysisRun run;
    run.id = 7;
    run.kind = QStringLiteral("sweep");
    run.projectId = QStringLiteral("P2");
    withRuns.analysisRuns.push_back(run);
    const model::Study removed = ui::withProjectRemoved(withRuns, 1);
    QCOMPARE(removed.projects.size(), size_t(2));
    QCOMPARE(removed.projects[1].id, QStringLiteral("P3"));
    QVERIFY(removed.analysisRuns.empty());

    const model::Study copied = ui::withProjectDuplicated(withRuns, 1, &index);
    QCOMPARE(index, 2);
    QCOMPARE(copied.projects[2].id, QStringLiteral("P2-copy"));
    QCOMPARE(copied.projects[2].name, withRuns.projects[1].name + QStringLiteral(" (copy)"));
    QVERIFY(copied.projects[2].investments == withRuns.projects[1].investments);
    QCOMPARE(copied.analysisRuns.size(), size_t(1));
    QCOMPARE(ui::withProjectDuplicated(copied, 1).projects[2].id, QStringLiteral("P2-copy2"));
    QCOMPARE(model::formatIssues(model::validate(copied)), QString());
}

void TestProjectEditors::pageFollowsDocument()
{
    auto document = documentOf(m_sample);
    ui::ProjectPage page;
    page.resize(1010, 740);
    page.setDocument(document.get());
    page.showProject(0);
    page.show();
    QCOMPARE(page.tabs()->count(), 6);
    const QStringList tabs = {
        QStringLiteral("Economic results"),      QStringLiteral("General"),
        QStringLiteral("Investments and CAPEX"), QStringLiteral("Borders and cost shares"),
        QStringLiteral("Indicator inputs"),      QStringLiteral("Qualitative indicators")};
    for (int i = 0; i < tabs.size(); ++i)
        QCOMPARE(page.tabs()->tabText(i), tabs[i]);

    auto table = [&](const char *name) {
        return page.findChild<ui::EditableTable *>(QLatin1String(name) + QLatin1String("Editor"));
    };
    QCOMPARE(table("investmentsTable")->model()->rowCount(), 2);
    QCOMPARE(table("capexPhasingTable")->model()->rowCount(), 4);
    QCOMPARE(table("costSharesTable")->model()->rowCount(), 2);
    QCOMPARE(table("indicatorInputsTable")->model()->rowCount(), 6);
    QCOMPARE(table("qualitativeTable")->model()->rowCount(), 7);
    // P1's first input row has no other benefits.
    QCOMPARE(table("otherBenefitsTable")->model()->rowCount(), 0);

    // The chart shows the selected investment: P1.1, 90/180/250/180 M€ in 2026–2029.
    page.tabs()->setCurrentIndex(2);
    ui::CapexChart *chart = page.capexChart();
    QVERIFY(chart->bars());
    QCOMPARE(chart->bars()->data()->size(), 4);
    COMPARE_NEAR(chart->bars()->data()->at(2)->value, 250.0, 1e-9, 0);
    QCOMPARE(chart->bars()->data()->at(0)->key, 2026.0);
    QVERIFY(chart->title().contains(QStringLiteral("Converter stations")));
    // Error bars from low to high: 2026 is 80–110 around 90, so −10 / +20 M€.
    COMPARE_NEAR(chart->errorBars()->data()->at(0).errorMinus, 10.0, 1e-9, 0);
    COMPARE_NEAR(chart->errorBars()->data()->at(0).errorPlus, 20.0, 1e-9, 0);

    // Selecting the second investment shows its phasing (5 years, 2025–2029).
    QTableView *investmentsView = table("investmentsTable")->view();
    investmentsView->setCurrentIndex(investmentsView->model()->index(1, 2));
    QCOMPARE(page.selectedInvestment(), 1);
    QCOMPARE(table("capexPhasingTable")->model()->rowCount(), 5);
    QCOMPARE(chart->bars()->data()->size(), 5);
    COMPARE_NEAR(chart->bars()->data()->at(0)->value, 60.0, 1e-9, 0);

    // An edit in the phasing table redraws the chart; undo restores it.
    StudyTableModel *phasingModel = table("capexPhasingTable")->model();
    QVERIFY(phasingModel->setData(phasingModel->index(0, 1), QStringLiteral("65")));
    COMPARE_NEAR(chart->bars()->data()->at(0)->value, 65.0, 1e-9, 0);
    document->undoStack()->undo();
    COMPARE_NEAR(chart->bars()->data()->at(0)->value, 60.0, 1e-9, 0);

    // The general form edits the project; the title follows, also on undo.
    auto *form = page.findChild<ui::RecordForm *>(QStringLiteral("projectInfoForm"));
    auto *name = qobject_cast<QLineEdit *>(form->field(QStringLiteral("name")));
    QVERIFY(name);
    name->setText(QStringLiteral("Bay of Biscay link"));
    emit name->editingFinished();
    QCOMPARE(document->study().projects[0].name, QStringLiteral("Bay of Biscay link"));
    auto *title = page.findChild<QLabel *>(QStringLiteral("projectTitle"));
    QVERIFY(title->text().contains(QStringLiteral("Bay of Biscay link")));
    document->undoStack()->undo();
    QVERIFY(title->text().contains(m_sample.projects[0].name));

    // Cost shares off 100 % show the warning line; undo clears it.
    StudyTableModel *sharesModel = table("costSharesTable")->model();
    QVERIFY(sharesModel->setData(sharesModel->index(0, 0), QStringLiteral("40")));
    auto *warning = page.findChild<QLabel *>(QStringLiteral("costSharesWarning"));
    QVERIFY(!warning->isHidden());
    QVERIFY2(warning->text().contains(QStringLiteral("90.0 %")), qPrintable(warning->text()));
    document->undoStack()->undo();
    QVERIFY(warning->isHidden());

    // Selecting an input row of P2 shows its other benefit.
    page.showProject(1);
    QTableView *inputsView = table("indicatorInputsTable")->view();
    inputsView->setCurrentIndex(inputsView->model()->index(3, 0));
    QCOMPARE(page.selectedInput(), 3);
    QCOMPARE(table("otherBenefitsTable")->model()->rowCount(), 1);
    QVERIFY(page.findChild<QLabel *>(QStringLiteral("otherBenefitsTitle"))
                ->text()
                .contains(QStringLiteral("DE, 2040")));
    // P2.1 has no phasing: the chart shows its lump sum spread, 120 M€ a year.
    QCOMPARE(chart->bars()->data()->size(), 4);
    COMPARE_NEAR(chart->bars()->data()->at(0)->value, 120.0, 1e-9, 0);
    QVERIFY(chart->title().contains(QStringLiteral("lump sum")));
}

void TestProjectEditors::pageShowsPlaceholderAndResultsStatus()
{
    auto document = documentOf(m_sample);
    ui::ProjectPage page;
    page.setDocument(document.get());
    page.showProject(2);
    auto *status = page.findChild<QLabel *>(QStringLiteral("resultsStatus"));
    QVERIFY(status->isHidden());

    // An edit starts the evaluation: the status shows until the results arrive.
    QSignalSpy results(document.get(), &StudyDocument::resultsChanged);
    StudyTableModel *inputsModel =
        page.findChild<ui::EditableTable *>(QStringLiteral("indicatorInputsTableEditor"))->model();
    QVERIFY(
        inputsModel->setData(inputsModel->index(0, columnOf(*inputsModel, QStringLiteral("b1Eur"))),
                             QStringLiteral("25")));
    QVERIFY(!status->isHidden());
    QCOMPARE(status->text(), QStringLiteral("Results are being updated…"));
    QVERIFY(results.wait(10000));
    QVERIFY(status->isHidden());

    // The project removed (by another editor): the placeholder replaces the tabs; undo
    // brings them back.
    auto *stack = page.findChild<QStackedWidget *>();
    QVERIFY(document->commit(QStringLiteral("Remove project"),
                             ui::withProjectRemoved(document->study(), 2)));
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("projectPlaceholder"));
    document->undoStack()->undo();
    QCOMPARE(stack->currentWidget(), static_cast<QWidget *>(page.tabs()));
}

// The page at the size it gets in a 1280×800 window (less the 270 px navigator, the menu and
// the tool bar), every tab grabbed to /tmp/projectpage-<tab>.png to be looked at.
void TestProjectEditors::pageScreenshots()
{
    auto document = documentOf(m_sample);
    ui::ProjectPage page;
    page.resize(1010, 740);
    page.setDocument(document.get());
    page.showProject(0);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    const QStringList names = {QStringLiteral("results"),     QStringLiteral("general"),
                               QStringLiteral("investments"), QStringLiteral("borders"),
                               QStringLiteral("inputs"),      QStringLiteral("qualitative")};
    for (int i = 0; i < names.size(); ++i) {
        page.tabs()->setCurrentIndex(i);
        QApplication::processEvents();
        QVERIFY(page.grab().save(QStringLiteral("/tmp/projectpage-%1.png").arg(names[i])));
    }
}

QTEST_MAIN(TestProjectEditors)
#include "tst_projecteditors.moc"
