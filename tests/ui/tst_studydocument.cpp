// The editing core of the desktop app: StudyDocument's undoable commits, what they report,
// the modified marker, and the evaluation on a worker thread (results equal to the engine's,
// stale jobs dropped, cancel, ensureEvaluated); StudyTableModel over a small adapter (refused
// values, paste as one step, undo).

#include "comparenear.h"
#include "economics/evaluation.h"
#include "editing/csvimport.h"
#include "editing/projectadapters.h"
#include "editing/scenarioadapters.h"
#include "editing/studytablemodel.h"
#include "io/studysource.h"
#include "model/validation.h"
#include "evaluationjob.h"
#include "studies.h"
#include "studydocument.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace gridcba;
using ui::StudyDocument;

namespace {

// The deflator of the study as a table: year, index. A deliberately small adapter so the
// model's own behaviour is what is tested.
class DeflatorTestAdapter : public ui::TableAdapter
{
  public:
    QString title() const override { return QStringLiteral("Deflator"); }
    std::vector<ui::TableColumn> columns() const override
    {
        ui::TableColumn year;
        year.key = QStringLiteral("year");
        year.header = QStringLiteral("Year");
        year.type = ui::ColumnType::Integer;
        ui::TableColumn index;
        index.key = QStringLiteral("index");
        index.header = QStringLiteral("Index");
        index.decimals = 3;
        return {year, index};
    }
    int rowCount(const model::Study &s) const override { return int(s.economics.deflator.size()); }
    QVariant value(const model::Study &s, int row, int column) const override
    {
        auto it = std::next(s.economics.deflator.begin(), row);
        return column == 0 ? QVariant(it->first) : QVariant(it->second);
    }
    QString setValue(model::Study &s, int row, int column, const QVariant &v) const override
    {
        auto it = std::next(s.economics.deflator.begin(), row);
        if (column == 1) {
            if (v.toDouble() <= 0)
                return QStringLiteral("Index must be positive");
            it->second = v.toDouble();
            return {};
        }
        if (s.economics.deflator.count(v.toInt()) && v.toInt() != it->first)
            return QStringLiteral("Year %1 is already in the table").arg(v.toInt());
        const double index = it->second;
        s.economics.deflator.erase(it);
        s.economics.deflator[v.toInt()] = index;
        return {};
    }
    void insertRow(model::Study &s, int) const override
    {
        const int year = s.economics.deflator.empty() ? 2023 : s.economics.deflator.rbegin()->first + 1;
        s.economics.deflator[year] = 1.0;
    }
    void removeRow(model::Study &s, int row) const override
    {
        s.economics.deflator.erase(std::next(s.economics.deflator.begin(), row));
    }
};

double npvOf(const ui::ProjectResult *result, int scenario = 0)
{
    return result && result->evaluation ? result->evaluation->scenarios.at(size_t(scenario)).npvEur
                                        : std::nan("");
}

} // namespace

class TestStudyDocument : public QObject
{
    Q_OBJECT

  private slots:
    void commitUndoRedoRestoreExactly();
    void commitOfAnUnchangedStudyPushesNothing();
    void changesNameWhatChanged();
    void modifiedFollowsTheCleanState();
    void evaluationOnAWorkerMatchesTheEngine();
    void aNewerEditDropsTheOlderEvaluation();
    void ensureEvaluatedBringsResultsUpToDate();
    void cancelledEvaluationKeepsOlderResults();
    void tableModelRefusesAndExplains();
    void pasteIsOneUndoStep();
    void workInProgressSavesAndReopens();
    void importOfStudyYearsKeepsWhatTheTableDoesNotShow();
};

void TestStudyDocument::commitUndoRedoRestoreExactly()
{
    const model::Study original = test::workedExampleStudy();
    StudyDocument document(original, QString(), false);
    model::Study edited = original;
    edited.economics.discountRate = 0.05;
    edited.projects[0].investments[0].capex[1].centralEur = 450e6;
    QVERIFY(document.commit(QStringLiteral("Edit"), edited));
    QVERIFY(document.study() == edited);
    QCOMPARE(document.undoStack()->count(), 1);
    QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Edit"));
    document.undoStack()->undo();
    QVERIFY(document.study() == original);
    document.undoStack()->redo();
    QVERIFY(document.study() == edited);
}

void TestStudyDocument::commitOfAnUnchangedStudyPushesNothing()
{
    StudyDocument document(test::workedExampleStudy(), QString(), false);
    QVERIFY(!document.commit(QStringLiteral("Nothing"), document.study()));
    QCOMPARE(document.undoStack()->count(), 0);
}

void TestStudyDocument::changesNameWhatChanged()
{
    const model::Study a = test::workedExampleStudy();
    using C = StudyDocument::Change;
    model::Study b = a;
    b.economics.discountRate = 0.03;
    QCOMPARE(ui::studyChanges(a, b), StudyDocument::Changes(C::Economics));
    b = a;
    b.projects[0].name = QStringLiteral("Renamed");
    QCOMPARE(ui::studyChanges(a, b), C::Projects | C::Structure);
    b = a;
    b.projects[0].commissioningYear = 2031;
    QCOMPARE(ui::studyChanges(a, b), StudyDocument::Changes(C::Projects));
    b = a;
    b.scenarios[0].studyYears[0].vollEurPerMwh = 5000;
    QCOMPARE(ui::studyChanges(a, b), StudyDocument::Changes(C::Scenarios));
    b = a;
    b.name = QStringLiteral("Other");
    QCOMPARE(ui::studyChanges(a, b), StudyDocument::Changes(C::Info));

    // The signal carries the same flags, on undo too.
    StudyDocument document(a, QString(), false);
    QSignalSpy spy(&document, &StudyDocument::studyChanged);
    b = a;
    b.scenarios[0].id = QStringLiteral("NT2");
    document.commit(QStringLiteral("Rename"), b);
    document.undoStack()->undo();
    QCOMPARE(spy.count(), 2);
    for (const QList<QVariant> &args : spy)
        QCOMPARE(args.at(0).value<StudyDocument::Changes>(), C::Scenarios | C::Structure);
}

void TestStudyDocument::modifiedFollowsTheCleanState()
{
    QTemporaryDir dir;
    StudyDocument document(test::workedExampleStudy(), QStringLiteral("/x/study.gridcba"), true);
    QVERIFY(!document.isModified());
    QSignalSpy spy(&document, &StudyDocument::modifiedChanged);
    model::Study edited = document.study();
    edited.name = QStringLiteral("Edited");
    document.commit(QStringLiteral("Rename study"), edited);
    QVERIFY(document.isModified());
    document.undoStack()->undo();
    QVERIFY(!document.isModified());
    document.undoStack()->redo();
    QString error;
    QVERIFY2(document.saveAs(dir.filePath(QStringLiteral("s.gridcba")), &error), qPrintable(error));
    QVERIFY(!document.isModified());
    // Undoing past the save point is a change again.
    document.undoStack()->undo();
    QVERIFY(document.isModified());
    QCOMPARE(spy.count(), 5); // edit, undo, redo, save, undo

    // A new study that was never saved counts as modified until it is.
    StudyDocument untitled(test::workedExampleStudy(), QString(), false);
    QVERIFY(untitled.isModified());
    QSignalSpy untitledSpy(&untitled, &StudyDocument::modifiedChanged);
    QVERIFY(untitled.saveAs(dir.filePath(QStringLiteral("new.gridcba")), &error));
    QVERIFY(!untitled.isModified());
    QCOMPARE(untitledSpy.count(), 1);
}

void TestStudyDocument::evaluationOnAWorkerMatchesTheEngine()
{
    StudyDocument document(test::workedExampleStudy(), QString(), false);
    // The constructor evaluates synchronously: the worked example's NPV, 804.6750 M€
    // (methodology.md §3), to the 1e-4 M€ the document gives.
    QVERIFY(document.resultsUpToDate());
    QVERIFY(std::abs(npvOf(document.result(QStringLiteral("X1"))) - 804.6750e6) < 100.0);

    model::Study edited = document.study();
    edited.economics.discountRate = 0.05;
    QSignalSpy done(&document, &StudyDocument::resultsChanged);
    document.commit(QStringLiteral("Rate 5 %"), edited);
    QVERIFY(!document.resultsUpToDate());
    QVERIFY(done.wait(5000));
    QVERIFY(document.resultsUpToDate());
    // The same number the engine gives on this thread.
    economics::EvaluationError error;
    const auto expected = economics::evaluateProject(edited, edited.projects[0], &error);
    QVERIFY(expected);
    QCOMPARE(npvOf(document.result(QStringLiteral("X1"))), expected->scenarios[0].npvEur);
    QVERIFY(npvOf(document.result(QStringLiteral("X1"))) < 804.6750e6);
}

void TestStudyDocument::aNewerEditDropsTheOlderEvaluation()
{
    StudyDocument document(test::workedExampleStudy(), QString(), false);
    model::Study first = document.study();
    first.economics.discountRate = 0.05;
    model::Study second = first;
    second.economics.discountRate = 0.06;
    QSignalSpy done(&document, &StudyDocument::resultsChanged);
    document.commit(QStringLiteral("5 %"), first);
    document.commit(QStringLiteral("6 %"), second);
    QVERIFY(done.wait(5000));
    QTest::qWait(100); // a dropped job must not report afterwards
    QCOMPARE(done.count(), 1);
    economics::EvaluationError error;
    const auto expected = economics::evaluateProject(second, second.projects[0], &error);
    QCOMPARE(npvOf(document.result(QStringLiteral("X1"))), expected->scenarios[0].npvEur);
}

void TestStudyDocument::ensureEvaluatedBringsResultsUpToDate()
{
    StudyDocument document(test::workedExampleStudy(), QString(), false);
    model::Study edited = document.study();
    edited.projects[0].commissioningYear = 2032;
    document.commit(QStringLiteral("Later"), edited);
    document.ensureEvaluated();
    QVERIFY(document.resultsUpToDate());
    economics::EvaluationError error;
    const auto expected = economics::evaluateProject(edited, edited.projects[0], &error);
    QCOMPARE(npvOf(document.result(QStringLiteral("X1"))), expected->scenarios[0].npvEur);
}

void TestStudyDocument::cancelledEvaluationKeepsOlderResults()
{
    // Many projects so the job is still running when cancelled.
    model::Study study = test::workedExampleStudy();
    for (int i = 2; i <= 400; ++i) {
        model::Project p = study.projects[0];
        p.id = QStringLiteral("X%1").arg(i);
        study.projects.push_back(p);
    }
    StudyDocument document(study, QString(), false);
    const double before = npvOf(document.result(QStringLiteral("X1")));
    model::Study edited = document.study();
    edited.economics.discountRate = 0.07;
    document.commit(QStringLiteral("7 %"), edited);
    ui::EvaluationJob *job = document.evaluationJob();
    QVERIFY(job);
    QSignalSpy finished(job, &ui::EvaluationJob::finished);
    job->cancel();
    QVERIFY(finished.wait(5000));
    QVERIFY(!document.resultsUpToDate());
    QCOMPARE(npvOf(document.result(QStringLiteral("X1"))), before);
}

void TestStudyDocument::tableModelRefusesAndExplains()
{
    model::Study study = test::workedExampleStudy();
    study.economics.deflator = {{2020, 0.9}, {2023, 1.0}};
    StudyDocument document(study, QString(), false);
    ui::StudyTableModel model;
    model.setSource(&document, std::make_shared<DeflatorTestAdapter>());
    QCOMPARE(model.rowCount(), 2);
    QSignalSpy rejected(&model, &ui::StudyTableModel::editRejected);

    QVERIFY(!model.setData(model.index(0, 1), QStringLiteral("abc")));
    QCOMPARE(rejected.count(), 1);
    QCOMPARE(rejected.at(0).at(0).toString(), QStringLiteral("Index: “abc” is not a number"));
    QVERIFY(!model.setData(model.index(0, 1), QStringLiteral("-1")));
    QCOMPARE(rejected.at(1).at(0).toString(), QStringLiteral("Index must be positive"));
    QVERIFY(!model.setData(model.index(0, 0), QStringLiteral("2023")));
    QCOMPARE(rejected.at(2).at(0).toString(), QStringLiteral("Year 2023 is already in the table"));
    QCOMPARE(document.undoStack()->count(), 0);
    QVERIFY(document.study() == study);

    QVERIFY(model.setData(model.index(0, 1), QStringLiteral("0.95")));
    QCOMPARE(document.study().economics.deflator.at(2020), 0.95);
    QCOMPARE(model.data(model.index(0, 1)).toString(), QStringLiteral("0.950"));
    QVERIFY(model.insertRows(2, 1));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(document.study().economics.deflator.at(2024), 1.0);
    QVERIFY(model.removeRows(0, 1));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(document.undoStack()->count(), 3);
    for (int i = 0; i < 3; ++i)
        document.undoStack()->undo();
    QVERIFY(document.study() == study);
    QCOMPARE(model.rowCount(), 2);
}

void TestStudyDocument::pasteIsOneUndoStep()
{
    model::Study study = test::workedExampleStudy();
    study.economics.deflator = {{2023, 1.0}};
    StudyDocument document(study, QString(), false);
    ui::StudyTableModel model;
    model.setSource(&document, std::make_shared<DeflatorTestAdapter>());
    QString error;
    // Two new rows pasted below the last one, as a spreadsheet copies them.
    QVERIFY2(model.pasteText(QModelIndex(), QStringLiteral("2024\t1.02\r\n2025\t1.05\r\n"), &error),
             qPrintable(error));
    QCOMPARE(document.undoStack()->count(), 1);
    QCOMPARE(document.study().economics.deflator.size(), size_t(3));
    QCOMPARE(document.study().economics.deflator.at(2025), 1.05);
    // A bad cell refuses the whole paste and names it.
    QVERIFY(!model.pasteText(model.index(0, 0), QStringLiteral("2030\t1.1\n2031\tx\n"), &error));
    QCOMPARE(error, QStringLiteral("row 2, Index: “x” is not a number"));
    QCOMPARE(document.undoStack()->count(), 1);
    document.undoStack()->undo();
    QVERIFY(document.study() == study);
}

// A study the editors may legitimately hold while the user is still working (a project
// without investments) is saved, and the desktop app reopens it with the issues listed; the
// command line's loader still refuses it.
void TestStudyDocument::workInProgressSavesAndReopens()
{
    model::Study study = test::workedExampleStudy();
    study.projects[0].investments.clear();
    QVERIFY(!model::validate(study).empty());
    StudyDocument document(study, QString(), false);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("wip.gridcba"));
    QString error;
    QVERIFY2(document.saveAs(path, &error), qPrintable(error));
    QVERIFY(!io::openStudy(path).study);
    auto reopened = StudyDocument::open(path, &error);
    QVERIFY2(reopened, qPrintable(error));
    QVERIFY(reopened->study() == study);
    QVERIFY2(reopened->openIssues().join(u'\n').contains(QStringLiteral("projects/0/investments")),
             qPrintable(reopened->openIssues().join(u'\n')));
}

// Importing the study years of a scenario replaces what the table shows and nothing else:
// the damage costs of a year that stays keep their values, and the projects' B1 inputs stay
// on the years they were given for (a new 2035 row must not take the 2040 inputs).
void TestStudyDocument::importOfStudyYearsKeepsWhatTheTableDoesNotShow()
{
    model::Study study = test::workedExampleStudy();
    study.scenarios[0].studyYears[0].damageCostEurPerT[model::Pollutant::NOx] = 12000.0;
    const std::vector<model::IndicatorInput> inputs = study.projects[0].indicatorInputs;
    const ui::StudyYearsAdapter adapter(study, 0);
    QString error;
    const QByteArray csv =
        "year,marketCo2PriceEurPerT,sccLowEurPerT,sccCentralEurPerT,sccHighEurPerT,"
        "vollEurPerMwh,reserveCostEurPerMwYear\n"
        "2030,113.4,126,238,315,10000,0\n"
        "2035,130,200,400,480,10000,0\n"
        "2040,147,339,628,662,10000,0\n";
    const auto table = ui::readCsv(csv, &error);
    QVERIFY2(table, qPrintable(error));
    const ui::CsvImportResult imported = ui::importCsvTable(study, adapter, *table);
    QVERIFY2(imported.study, qPrintable(imported.errors.join(u'\n')));
    const model::Scenario &nt = imported.study->scenarios[0];
    QCOMPARE(nt.studyYears.size(), size_t(3));
    QCOMPARE(nt.studyYears[1].year, 2035);
    QCOMPARE(nt.studyYears[1].sccCentralEurPerT, 400.0);
    QCOMPARE(nt.studyYears[0].damageCostEurPerT.at(model::Pollutant::NOx), 12000.0);
    QVERIFY(imported.study->projects[0].indicatorInputs == inputs);
}

QTEST_MAIN(TestStudyDocument)
#include "tst_studydocument.moc"
