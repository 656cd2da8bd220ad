// File > Print Preview, Export Report and Export Tables in the real main window, offscreen:
// the actions sit in the File menu, are disabled without a study and enabled with the sample,
// and the export functions behind them write the PDF, the CSV files and the workbook.

#include "documentactions.h"
#include "mainwindow.h"
#include "reportactions.h"
#include "studydocument.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QTemporaryDir>
#include <QTest>

using namespace gridcba;

class TestReportActions : public QObject
{
    Q_OBJECT

  private slots:
    void initTestCase()
    {
        QApplication::setOrganizationName(QStringLiteral("GridCBA-test"));
        QApplication::setApplicationName(QStringLiteral("tst_reportactions"));
    }

    void actionsFollowTheDocumentAndExportWrites()
    {
        ui::MainWindow window;
        window.show();
        ui::ReportActions *reports = window.reportActions();
        QVERIFY(reports);
        const QList<QAction *> actions = {reports->printPreviewAction(), reports->exportReportAction(),
                                          reports->exportTablesAction()};
        QMenu *file = window.menuBar()->actions().front()->menu();
        for (QAction *a : actions) {
            QVERIFY(file->actions().contains(a));
            QVERIFY2(!a->isEnabled(), qPrintable(a->text()));
        }

        QVERIFY(window.documentActions()->openSample());
        for (QAction *a : actions)
            QVERIFY2(a->isEnabled(), qPrintable(a->text()));

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QString error;
        QElapsedTimer timer;
        timer.start();
        const QString pdf = dir.filePath(QStringLiteral("P1.pdf"));
        QVERIFY2(reports->exportReport(pdf, QStringLiteral("P1"), report::Paper::A4, &error), qPrintable(error));
        const qint64 reportMs = timer.restart();
        const QString study = dir.filePath(QStringLiteral("study.pdf"));
        QVERIFY2(reports->exportReport(study, QString(), report::Paper::Letter, &error), qPrintable(error));
        const qint64 studyMs = timer.restart();
        const QString csv = dir.filePath(QStringLiteral("tables"));
        QVERIFY2(reports->exportTables(csv, ui::ReportActions::TableFormat::Csv, &error), qPrintable(error));
        const qint64 csvMs = timer.restart();
        const QString xlsx = dir.filePath(QStringLiteral("tables.xlsx"));
        QVERIFY2(reports->exportTables(xlsx, ui::ReportActions::TableFormat::Xlsx, &error), qPrintable(error));
        const qint64 xlsxMs = timer.restart();
        qInfo("export times: project report %lld ms, study report %lld ms, CSV %lld ms, XLSX %lld ms",
              reportMs, studyMs, csvMs, xlsxMs);
        // Work on the GUI thread is fine only while it stays well under a second.
        QVERIFY(reportMs < 1000 && studyMs < 1000 && csvMs < 1000 && xlsxMs < 1000);

        for (const QString &path : {pdf, study}) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QCOMPARE(f.read(5), QByteArray("%PDF-"));
        }
        for (const char *name : {"summary.csv", "parameters.csv", "P1-cash-flows.csv", "P3-results.csv"})
            QVERIFY2(QFile::exists(QDir(csv).filePath(QString::fromLatin1(name))), name);
        QFile workbook(xlsx);
        QVERIFY(workbook.open(QIODevice::ReadOnly));
        QCOMPARE(workbook.read(2), QByteArray("PK"));

        // The report names the bundled sample and the checksum of its bytes.
        const report::ReportDocument doc = reports->buildReport(QStringLiteral("P1"));
        QCOMPARE(doc.titlePage.facts[4].second, window.documentActions()->document()->fileChecksum());
        QCOMPARE(doc.titlePage.facts[4].second.size(), 64);
    }

    void failedExportWritesNothing()
    {
        ui::MainWindow window;
        QVERIFY(window.documentActions()->openSample());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("no/such/dir/report.pdf"));
        QString error;
        QVERIFY(!window.reportActions()->exportReport(path, QStringLiteral("P1"), report::Paper::A4, &error));
        QVERIFY(error.contains(path));
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_MAIN(TestReportActions)
#include "tst_reportactions.moc"
