#pragma once

// File > Print Preview, Export Report (PDF) and Export Tables (CSV/XLSX): the printable CBA
// report of a project or of the whole study, and every results table for spreadsheets. The
// actions are enabled while a study is open. The dialogs only collect choices; the work is
// in exportReport() and exportTables(), which tests call directly.

#include "report.h"

#include <QObject>
#include <QString>

class QAction;
class QPrinter;
class QWidget;

namespace gridcba::ui {

class DocumentActions;
enum class PageKind;

class ReportActions : public QObject
{
    Q_OBJECT

  public:
    ReportActions(DocumentActions &documents, QWidget *window);

    QAction *printPreviewAction() const { return m_preview; }
    QAction *exportReportAction() const { return m_exportReport; }
    QAction *exportTablesAction() const { return m_exportTables; }

    enum class TableFormat { Csv, Xlsx };

    // The report of a project of the open study, or of the whole study (empty id).
    report::ReportDocument buildReport(const QString &projectId) const;
    // Each writes nothing and sets `error` (file and reason) when it fails.
    bool exportReport(const QString &path, const QString &projectId, report::Paper paper,
                      QString *error) const;
    // CSV: one file per table in the directory `path`; XLSX: one workbook.
    bool exportTables(const QString &path, TableFormat format, QString *error) const;

    // The project shown in the window, proposed as the report's subject.
    void setCurrentPage(PageKind kind, const QString &id);

  private:
    void createActions();
    void updateActions();
    bool chooseOptions(QString *projectId, report::Paper *paper);
    void preview();
    void chooseAndExportReport();
    void chooseAndExportTables();
    void showResult(bool ok, const QString &what, const QString &error);

    DocumentActions &m_documents;
    QWidget *m_window;
    QString m_currentProject;
    report::Paper m_paper;
    QAction *m_preview = nullptr;
    QAction *m_exportReport = nullptr;
    QAction *m_exportTables = nullptr;
};

} // namespace gridcba::ui
