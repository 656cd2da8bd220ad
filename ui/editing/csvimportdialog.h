#pragma once

// The preview of a CSV import: the file, its delimiter and row count, the rows as the table
// will hold them (under the table's headers with their units), and every error with its
// line, the rows concerned highlighted. "Import" is enabled only when there is no error, so
// a file with errors changes nothing. The dialog only reads; runCsvImport() (csvimport.h)
// commits the accepted result to the document as one undoable step.
//
// Tests build it without exec() and find its parts by object name: "importButton",
// "importErrors" (QListWidget), "importPreview" (QTableWidget), and the QLabels
// "importFile", "importDelimiter", "importRowCount", "importSummary" and "importStatus".

#include "csvimport.h"

#include <QDialog>

#include <memory>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QTableWidget;

namespace gridcba::ui {

class CsvImportDialog : public QDialog
{
    Q_OBJECT

  public:
    // Previews importing `bytes`, read from `path`, into `adapter`'s table of `study`.
    CsvImportDialog(const model::Study &study, TableAdapterPtr adapter, const QString &path,
                    const QByteArray &bytes, QWidget *parent = nullptr);
    ~CsvImportDialog() override;

    // Reads `path` and builds the preview; null with `error` ("Cannot read …: …") when the
    // file cannot be read.
    static std::unique_ptr<CsvImportDialog> fromFile(const model::Study &study,
                                                     TableAdapterPtr adapter,
                                                     const QString &path, QString *error,
                                                     QWidget *parent = nullptr);

    const CsvImportResult &result() const { return m_result; }
    bool canImport() const { return m_result.study.has_value(); }
    // "Import 12 rows into CAPEX phasing of P1 / Cable": the undo step's name.
    QString undoText() const;
    QPushButton *importButton() const { return m_importButton; }

  private:
    void fillPreview(const CsvTable *table);
    void fillErrors(const CsvTable *table);
    void showLine(QListWidgetItem *item);

    TableAdapterPtr m_adapter;
    CsvImportResult m_result;
    QLabel *m_summary;
    QLabel *m_status;
    QTableWidget *m_preview;
    QListWidget *m_errors;
    QPushButton *m_importButton = nullptr;
};

} // namespace gridcba::ui
