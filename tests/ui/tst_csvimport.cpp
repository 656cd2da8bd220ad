// CSV import (issue 4, item 3): the RFC 4180 reader, matching a file to a table's columns
// with its units, an error per bad line, and the preview dialog driven offscreen through the
// same path the Import CSV button takes (runCsvImport): a file with errors changes nothing,
// a valid file is one undo step that undo takes back exactly.
//
// The table is a small TableAdapter defined here over the CAPEX phasing of the worked
// example's investment, so the test does not depend on the app's own adapters.

#include "comparenear.h"
#include "modalwait.h"
#include "studies.h"

#include "editing/csvimport.h"
#include "editing/csvimportdialog.h"
#include "studydocument.h"

#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <functional>
#include <set>

using namespace gridcba;

namespace {

// The CAPEX phasing of project X1's first investment: year, central, low and high in M€
// (keys in euros). Low and high are optional (empty = 0). Years outside 2000–2100 are
// refused, and a year given twice is reported by checkTable().
class CapexAdapter : public ui::TableAdapter
{
  public:
    QString title() const override { return QStringLiteral("CAPEX phasing of X1 / Line"); }

    std::vector<ui::TableColumn> columns() const override
    {
        auto money = [](const char *key, const char *header, bool optional) {
            ui::TableColumn c;
            c.key = QString::fromLatin1(key);
            c.header = QString::fromUtf8(header);
            c.type = ui::ColumnType::Real;
            c.displayScale = 1e6;
            c.optional = optional;
            return c;
        };
        ui::TableColumn year;
        year.key = QStringLiteral("year");
        year.header = QStringLiteral("Year");
        year.type = ui::ColumnType::Integer;
        return {year, money("centralEur", "Central (M€)", false),
                money("lowEur", "Low (M€)", true), money("highEur", "High (M€)", true)};
    }

    static std::vector<model::CapexYear> *capex(model::Study &study)
    {
        for (model::Project &p : study.projects)
            if (p.id == u"X1" && !p.investments.empty())
                return &p.investments.front().capex;
        return nullptr;
    }
    static const std::vector<model::CapexYear> *capex(const model::Study &study)
    {
        return capex(const_cast<model::Study &>(study));
    }

    int rowCount(const model::Study &study) const override
    {
        const auto *rows = capex(study);
        return rows ? int(rows->size()) : -1;
    }

    QVariant value(const model::Study &study, int row, int column) const override
    {
        const model::CapexYear &y = capex(study)->at(size_t(row));
        switch (column) {
        case 0: return y.year;
        case 1: return y.centralEur / 1e6;
        case 2: return y.lowEur / 1e6;
        default: return y.highEur / 1e6;
        }
    }

    QString setValue(model::Study &study, int row, int column, const QVariant &value) const override
    {
        model::CapexYear &y = capex(study)->at(size_t(row));
        if (column == 0) {
            if (value.toInt() < 2000 || value.toInt() > 2100)
                return QStringLiteral("Year must be between 2000 and 2100");
            y.year = value.toInt();
            return {};
        }
        const double eur = value.isValid() ? value.toDouble() * 1e6 : 0.0;
        if (eur < 0)
            return columns()[size_t(column)].header + QStringLiteral(" must not be negative");
        (column == 1 ? y.centralEur : column == 2 ? y.lowEur : y.highEur) = eur;
        return {};
    }

    void insertRow(model::Study &study, int row) const override
    {
        auto *rows = capex(study);
        const int year = row > 0 ? (*rows)[size_t(row - 1)].year + 1 : 2025;
        rows->insert(rows->begin() + row, model::CapexYear{year, 0, 0, 0});
    }

    void removeRow(model::Study &study, int row) const override
    {
        auto *rows = capex(study);
        rows->erase(rows->begin() + row);
    }

    QStringList checkTable(const model::Study &study) const override
    {
        QStringList problems;
        std::set<int> seen;
        const auto &rows = *capex(study);
        for (size_t r = 0; r < rows.size(); ++r)
            if (!seen.insert(rows[r].year).second)
                problems << QStringLiteral("row %1, Year: %2 appears twice").arg(r + 1).arg(rows[r].year);
        return problems;
    }
};

const model::CapexYear &capexRow(const model::Study &study, size_t row)
{
    return CapexAdapter::capex(study)->at(row);
}

// The study with the X1 phasing put back to the worked example's: equal to the original
// exactly when the import changed nothing but that table.
model::Study withOriginalPhasing(model::Study study)
{
    *CapexAdapter::capex(study) = *CapexAdapter::capex(test::workedExampleStudy());
    return study;
}

ui::CsvImportResult import(const QByteArray &bytes)
{
    QString error;
    const std::optional<ui::CsvTable> table = ui::readCsv(bytes, &error);
    if (!table) {
        ui::CsvImportResult failed;
        failed.errors << error;
        return failed;
    }
    return ui::importCsvTable(test::workedExampleStudy(), CapexAdapter(), *table);
}

// Six lines: a bad number on line 4 and a refused year on line 6.
const QByteArray kMalformed = "year,Central (M€)\n"
                              "2030,1.0\n"
                              "2031,2.0\n"
                              "2032,12..5\n"
                              "2033,3.0\n"
                              "1850,4.0\n";

using test::whenModalShows;

} // namespace

class TestCsvImport : public QObject
{
    Q_OBJECT

  private slots:
    void readCsv_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("delimiter");
        QTest::addColumn<QStringList>("header");
        QTest::addColumn<QList<QStringList>>("rows");
        QTest::addColumn<QList<int>>("lines");

        const QString comma = QStringLiteral(","), semicolon = QStringLiteral(";"),
                      tab = QStringLiteral("\t");
        QTest::newRow("quoted delimiter and doubled quotes")
            << QByteArray("year,name\n2030,\"a,b \"\"c\"\"\"\n") << comma
            << QStringList{QStringLiteral("year"), QStringLiteral("name")}
            << QList<QStringList>{{QStringLiteral("2030"), QStringLiteral("a,b \"c\"")}}
            << QList<int>{2};
        QTest::newRow("semicolons with decimal commas")
            << QByteArray("year;central\n2030;1,5\n") << semicolon
            << QStringList{QStringLiteral("year"), QStringLiteral("central")}
            << QList<QStringList>{{QStringLiteral("2030"), QStringLiteral("1,5")}}
            << QList<int>{2};
        QTest::newRow("tabs") << QByteArray("year\tcentral\n2030\t1.5\n") << tab
                              << QStringList{QStringLiteral("year"), QStringLiteral("central")}
                              << QList<QStringList>{{QStringLiteral("2030"), QStringLiteral("1.5")}}
                              << QList<int>{2};
        QTest::newRow("BOM and CRLF")
            << QByteArray("\xEF\xBB\xBFyear,central\r\n2030,1\r\n2031,2\r\n") << comma
            << QStringList{QStringLiteral("year"), QStringLiteral("central")}
            << QList<QStringList>{{QStringLiteral("2030"), QStringLiteral("1")},
                                  {QStringLiteral("2031"), QStringLiteral("2")}}
            << QList<int>{2, 3};
        QTest::newRow("line breaks inside quotes move the next row's line")
            << QByteArray("year,note\n2030,\"two\r\nlines\"\n2031,\"three\nmore\nlines\"\n2032,x\n")
            << comma << QStringList{QStringLiteral("year"), QStringLiteral("note")}
            << QList<QStringList>{{QStringLiteral("2030"), QStringLiteral("two\nlines")},
                                  {QStringLiteral("2031"), QStringLiteral("three\nmore\nlines")},
                                  {QStringLiteral("2032"), QStringLiteral("x")}}
            << QList<int>{2, 4, 7};
        QTest::newRow("blank and empty-cell lines skipped, UTF-8 kept")
            << QByteArray("\nyear,name\n\n2030,Übertragung\n,\n  \n2031,Ørsted") << comma
            << QStringList{QStringLiteral("year"), QStringLiteral("name")}
            << QList<QStringList>{{QStringLiteral("2030"), QString::fromUtf8("Übertragung")},
                                  {QStringLiteral("2031"), QString::fromUtf8("Ørsted")}}
            << QList<int>{4, 7};
        QTest::newRow("delimiter counted outside quotes only")
            << QByteArray("\"a;b;c\",d\n1,2\n") << comma
            << QStringList{QStringLiteral("a;b;c"), QStringLiteral("d")}
            << QList<QStringList>{{QStringLiteral("1"), QStringLiteral("2")}} << QList<int>{2};
        QTest::newRow("trailing delimiter in the header")
            << QByteArray("year,central,\n2030,1,\n") << comma
            << QStringList{QStringLiteral("year"), QStringLiteral("central")}
            << QList<QStringList>{{QStringLiteral("2030"), QStringLiteral("1"), QString()}}
            << QList<int>{2};
    }

    void readCsv()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, delimiter);
        QFETCH(QStringList, header);
        QFETCH(QList<QStringList>, rows);
        QFETCH(QList<int>, lines);
        QString error;
        const std::optional<ui::CsvTable> table = ui::readCsv(bytes, &error);
        QVERIFY2(table, qPrintable(error));
        QVERIFY(error.isEmpty());
        QCOMPARE(QString(table->delimiter), delimiter);
        QCOMPARE(table->header, header);
        QCOMPARE(QList<QStringList>(table->rows.begin(), table->rows.end()), rows);
        QCOMPARE(QList<int>(table->lineNumbers.begin(), table->lineNumbers.end()), lines);
    }

    void readCsvErrors_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("error");
        QTest::newRow("unclosed quote names the line it opens on")
            << QByteArray("year,note\n2030,ok\n2031,\"open\nmore\n2032,x\n")
            << QStringLiteral("line 3: a quoted field opened here is not closed");
        QTest::newRow("invalid UTF-8 names its line")
            << QByteArray("year,name\r\n2030,ok\r\n2031,caf\xe9\r\n")
            << QStringLiteral("line 3: the text is not UTF-8");
        QTest::newRow("empty file") << QByteArray("\xEF\xBB\xBF\r\n  \r\n")
                                    << QStringLiteral("the file is empty");
    }

    void readCsvErrors()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, error);
        QString actual;
        QVERIFY(!ui::readCsv(bytes, &actual));
        QVERIFY2(actual.startsWith(error), qPrintable(actual));
    }

    void importByKeyInBaseUnits()
    {
        // Keys give euros: 1 500 000 € is 1.5 M€ in the table. Tolerance 1e-6 € (the value
        // goes through one division and one multiplication by 1e6).
        const ui::CsvImportResult result =
            import("year,centralEur,lowEur,highEur\n2030,1500000,1000000,2000000\n2031,2500000,,\n");
        QVERIFY2(result.errors.isEmpty(), qPrintable(result.errors.join(u'\n')));
        QVERIFY(result.study);
        QCOMPARE(result.rowCount, 2);
        QCOMPARE(CapexAdapter::capex(*result.study)->size(), size_t(2)); // 3 rows replaced
        QCOMPARE(capexRow(*result.study, 0).year, 2030);
        COMPARE_NEAR(capexRow(*result.study, 0).centralEur, 1.5e6, 1e-6, 0);
        COMPARE_NEAR(capexRow(*result.study, 0).lowEur, 1.0e6, 1e-6, 0);
        COMPARE_NEAR(capexRow(*result.study, 0).highEur, 2.0e6, 1e-6, 0);
        QCOMPARE(capexRow(*result.study, 1).year, 2031);
        COMPARE_NEAR(capexRow(*result.study, 1).centralEur, 2.5e6, 1e-6, 0);
        QCOMPARE(capexRow(*result.study, 1).lowEur, 0.0); // empty optional cell: 0 exactly
        QVERIFY(withOriginalPhasing(*result.study) == test::workedExampleStudy());
        // The preview shows the table's unit: 1 500 000 € as "1.50" (M€, 2 decimals).
        QCOMPARE(result.preview[0][1].text, QStringLiteral("1.50"));
        QVERIFY(result.fromKey[1]);
    }

    void importByHeaderInDisplayUnits()
    {
        // Display headers give M€ (×1e6 to euros), matched ignoring case and spaces, in any
        // order; Low and High, missing, get a new row's 0. Tolerance 1e-6 €.
        const ui::CsvImportResult result = import("  CENTRAL(m€) ; YEAR \n2.5;2030\n0.75;2031\n");
        QVERIFY2(result.errors.isEmpty(), qPrintable(result.errors.join(u'\n')));
        QVERIFY(result.study);
        QCOMPARE(CapexAdapter::capex(*result.study)->size(), size_t(2));
        QCOMPARE(capexRow(*result.study, 0).year, 2030);
        COMPARE_NEAR(capexRow(*result.study, 0).centralEur, 2.5e6, 1e-6, 0);
        QCOMPARE(capexRow(*result.study, 1).year, 2031);
        COMPARE_NEAR(capexRow(*result.study, 1).centralEur, 0.75e6, 1e-6, 0);
        QCOMPARE(capexRow(*result.study, 1).highEur, 0.0);
        QCOMPARE(result.fileColumn, (std::vector<int>{1, 0, -1, -1}));
        QVERIFY(!result.fromKey[1]);
        QVERIFY(withOriginalPhasing(*result.study) == test::workedExampleStudy());
    }

    void malformedFileNamesEveryLine()
    {
        const model::Study before = test::workedExampleStudy();
        QString error;
        const std::optional<ui::CsvTable> table = ui::readCsv(kMalformed, &error);
        QVERIFY2(table, qPrintable(error));
        const ui::CsvImportResult result = ui::importCsvTable(before, CapexAdapter(), *table);
        QVERIFY(!result.study);
        QCOMPARE(result.errors.size(), 2);
        QVERIFY2(result.errors[0].startsWith(QStringLiteral("line 4: Central (M€): “12..5”")),
                 qPrintable(result.errors[0]));
        QCOMPARE(result.errors[1], QStringLiteral("line 6: Year must be between 2000 and 2100"));
        QCOMPARE(result.errorLines, (std::vector<int>{4, 6}));
        QCOMPARE(result.rowCount, 5);
        QVERIFY(result.preview[2][1].refused);
        QCOMPARE(result.preview[2][1].text, QStringLiteral("12..5"));
        QVERIFY(!result.preview[2][0].refused);
        QVERIFY(before == test::workedExampleStudy());
    }

    void headerAndShapeErrors_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("error");
        QTest::newRow("unknown column")
            << QByteArray("year,centralEur,xyz\n2030,1,2\n")
            << QStringLiteral("line 1: unknown column “xyz”; expected one of: Year, Central (M€), "
                              "Low (M€), High (M€) (or their keys: year, centralEur, lowEur, highEur)");
        QTest::newRow("same column twice, by key and by header")
            << QByteArray("year,centralEur,Central (M€)\n2030,1,2\n")
            << QStringLiteral("line 1: columns “centralEur” and “Central (M€)” both give Central (M€)");
        QTest::newRow("required column missing")
            << QByteArray("year,lowEur\n2030,1\n")
            << QStringLiteral("line 1: the column “Central (M€)” (key “centralEur”) is missing");
        QTest::newRow("header only") << QByteArray("year,centralEur\r\n")
                                     << QStringLiteral("line 1: the file has a header but no data rows");
        QTest::newRow("more cells than the header")
            << QByteArray("year,centralEur\n2030,1\n2031,2,9\n")
            << QStringLiteral("line 3: 3 cells, but the header names 2 columns");
        QTest::newRow("header further down after blank lines")
            << QByteArray("\n\nyear,centralEur\n2030,-1\n")
            << QStringLiteral("line 4: Central (M€) must not be negative");
        QTest::newRow("checkTable's problems after the rows")
            << QByteArray("year,centralEur\n2030,1\n2030,2\n")
            << QStringLiteral("row 2, Year: 2030 appears twice");
        QTest::newRow("required cell empty")
            << QByteArray("year,centralEur\n2030,\n")
            << QStringLiteral("line 2: Central (M€): a value is required");
    }

    void headerAndShapeErrors()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, error);
        const ui::CsvImportResult result = import(bytes);
        QVERIFY(!result.study);
        QVERIFY2(!result.errors.isEmpty(), "no error");
        QVERIFY2(result.errors.front().startsWith(error), qPrintable(result.errors.join(u'\n')));
    }

    void trailingEmptyCellsAreAccepted()
    {
        const ui::CsvImportResult result = import("year,centralEur,\n2030,1,\n2031,2,,\n");
        QVERIFY2(result.errors.isEmpty(), qPrintable(result.errors.join(u'\n')));
        QVERIFY(result.study);
        QCOMPARE(CapexAdapter::capex(*result.study)->size(), size_t(2));
    }

    void dialogShowsThePreview()
    {
        const auto adapter = std::make_shared<CapexAdapter>();
        ui::CsvImportDialog dialog(test::workedExampleStudy(), adapter,
                                   QStringLiteral("/tmp/phasing.csv"),
                                   "year;centralEur\n2030;1500000\n2031;2500000\n");
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Import CSV into CAPEX phasing of X1 / Line"));
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("importFile"))->text(),
                 QStringLiteral("phasing.csv"));
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("importDelimiter"))->text(),
                 QStringLiteral("semicolon (;)"));
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("importRowCount"))->text(),
                 QStringLiteral("2"));
        auto *preview = dialog.findChild<QTableWidget *>(QStringLiteral("importPreview"));
        QVERIFY(preview);
        QCOMPARE(preview->rowCount(), 2);
        QCOMPARE(preview->columnCount(), 4);
        QCOMPARE(preview->horizontalHeaderItem(1)->text(), QStringLiteral("Central (M€)"));
        QCOMPARE(preview->verticalHeaderItem(1)->text(), QStringLiteral("3")); // line 3
        QCOMPARE(preview->item(1, 1)->text(), QStringLiteral("2.50"));
        QCOMPARE(preview->item(1, 2)->text(), QStringLiteral("0.00")); // Low: not in the file
        auto *button = dialog.findChild<QPushButton *>(QStringLiteral("importButton"));
        QVERIFY(button && button->isEnabled());
        QVERIFY(dialog.findChild<QListWidget *>(QStringLiteral("importErrors"))->isHidden());
        QCOMPARE(dialog.undoText(), QStringLiteral("Import 2 rows into CAPEX phasing of X1 / Line"));
    }

    void malformedFileChangesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("malformed.csv"));
        writeFile(path, kMalformed);
        ui::StudyDocument document(test::workedExampleStudy(), QString(), false);
        const model::Study before = document.study();
        bool buttonEnabled = true;
        QStringList errors;
        QString status;
        bool line4Highlighted = false, line2Highlighted = true;
        whenModalShows(this, [&](QWidget *modal) {
            auto *dialog = qobject_cast<ui::CsvImportDialog *>(modal);
            if (!dialog) {
                modal->close();
                return;
            }
            buttonEnabled = dialog->findChild<QPushButton *>(QStringLiteral("importButton"))->isEnabled();
            auto *list = dialog->findChild<QListWidget *>(QStringLiteral("importErrors"));
            for (int i = 0; i < list->count(); ++i)
                errors << list->item(i)->text();
            status = dialog->findChild<QLabel *>(QStringLiteral("importStatus"))->text();
            auto *preview = dialog->findChild<QTableWidget *>(QStringLiteral("importPreview"));
            line4Highlighted = preview->item(2, 0)->background().style() != Qt::NoBrush;
            line2Highlighted = preview->item(0, 0)->background().style() != Qt::NoBrush;
            // Enter does not import: the Import button is disabled.
            QTest::keyClick(dialog, Qt::Key_Return);
            if (dialog->isVisible())
                dialog->reject();
        });
        const auto adapter = std::make_shared<CapexAdapter>();
        QVERIFY(!ui::runCsvImport(nullptr, &document, adapter, path));
        QVERIFY(!buttonEnabled);
        QCOMPARE(errors.size(), 2);
        QVERIFY2(errors[0].startsWith(QStringLiteral("line 4:")), qPrintable(errors[0]));
        QVERIFY2(errors[1].startsWith(QStringLiteral("line 6:")), qPrintable(errors[1]));
        QCOMPARE(status, QStringLiteral("Nothing will be imported: fix the 2 errors below and try again."));
        QVERIFY(line4Highlighted);
        QVERIFY(!line2Highlighted);
        QCOMPARE(document.undoStack()->count(), 0);
        QVERIFY(document.study() == before);
        QVERIFY(document.undoStack()->isClean());
    }

    void validFileIsOneUndoStep()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("phasing.csv"));
        // Central in M€ by header, low and high in euros by key; CRLF as spreadsheets write.
        writeFile(path, "Year,Central (M€),lowEur,highEur\r\n2027,350,300000000,420000000\r\n"
                        "2028,450,400000000,500000000\r\n2029,\"250\",200000000,300000000\r\n");
        ui::StudyDocument document(test::workedExampleStudy(), QString(), false);
        const model::Study before = document.study();
        whenModalShows(this, [](QWidget *modal) {
            auto *button = modal->findChild<QPushButton *>(QStringLiteral("importButton"));
            if (button && button->isEnabled())
                QTest::mouseClick(button, Qt::LeftButton);
            else
                modal->close();
        });
        QVERIFY(ui::runCsvImport(nullptr, &document, std::make_shared<CapexAdapter>(), path));
        QCOMPARE(document.undoStack()->count(), 1);
        QCOMPARE(document.undoStack()->text(0),
                 QStringLiteral("Import 3 rows into CAPEX phasing of X1 / Line"));
        // 350 M€ = 3.5e8 €; tolerance 1e-6 €.
        const model::Study imported = document.study();
        QCOMPARE(CapexAdapter::capex(imported)->size(), size_t(3));
        COMPARE_NEAR(capexRow(imported, 0).centralEur, 350e6, 1e-6, 0);
        COMPARE_NEAR(capexRow(imported, 0).lowEur, 300e6, 1e-6, 0);
        COMPARE_NEAR(capexRow(imported, 2).centralEur, 250e6, 1e-6, 0);
        COMPARE_NEAR(capexRow(imported, 2).highEur, 300e6, 1e-6, 0);
        QVERIFY(withOriginalPhasing(imported) == before);
        QVERIFY(!document.undoStack()->isClean());

        document.undoStack()->undo();
        QVERIFY(document.study() == before);
        QVERIFY(document.undoStack()->isClean());
        document.undoStack()->redo();
        QVERIFY(document.study() == imported);
    }

    void unreadableFileIsNamed()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("missing.csv"));
        ui::StudyDocument document(test::workedExampleStudy(), QString(), false);
        QString message;
        whenModalShows(this, [&](QWidget *modal) {
            if (auto *box = qobject_cast<QMessageBox *>(modal))
                message = box->text();
            modal->close();
        });
        QVERIFY(!ui::runCsvImport(nullptr, &document, std::make_shared<CapexAdapter>(), path));
        QVERIFY2(message.contains(QStringLiteral("missing.csv")), qPrintable(message));
        QCOMPARE(document.undoStack()->count(), 0);
    }

  private:
    static void writeFile(const QString &path, const QByteArray &bytes)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(bytes), bytes.size());
    }
};

QTEST_MAIN(TestCsvImport)
#include "tst_csvimport.moc"
