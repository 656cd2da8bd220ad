#pragma once

// An editable table of the study as the pages show it: a small tool bar (add row, remove
// rows, paste, import CSV), the table view, and a line under it that tells why the last
// value was refused. Ctrl+C / Ctrl+V copy and paste cells as spreadsheets do (tab
// separated); a .csv file dropped on the table opens the CSV import preview.

#include "tableadapter.h"

#include <QWidget>

#include <functional>

class QLabel;
class QTableView;
class QToolButton;

namespace gridcba::ui {

class StudyDocument;
class StudyTableModel;

class EditableTable : public QWidget
{
    Q_OBJECT

  public:
    // `objectName` names the table view (tests find it by name); the widget itself gets
    // objectName + "Editor".
    explicit EditableTable(const QString &objectName, QWidget *parent = nullptr);

    void setSource(StudyDocument *document, TableAdapterPtr adapter);
    StudyTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // The reason the last edit was refused, or empty.
    QString message() const;
    // Caps the columns of a wide table and lets long headers wrap over several lines, so that
    // more columns show without scrolling (the indicator inputs have 21). A header keeps one
    // line when it fits `maxWidth`; no column is narrower than its longest header word, and a
    // text column leaves room to type even in an empty table.
    void compactColumns(int maxWidth = 118, int maxTextWidth = 240);
    // Fixed row count tables (e.g. one row per study year) hide add and remove.
    void setRowsEditable(bool editable);

    // Opens the CSV import preview for `path` (what a drop or the Import button does).
    bool importCsv(const QString &path);
    // Replaces the table import by `importer` (a table whose files have another layout, such
    // as the profiles' one column per profile); the button and drops call it with the path.
    void setCsvImporter(std::function<bool(const QString &path)> importer);

  public slots:
    void addRow();
    void removeSelectedRows();
    void copy();
    void paste();
    void chooseAndImportCsv();

  protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

  private:
    void showMessage(const QString &message);

    StudyTableModel *m_model;
    QTableView *m_view;
    QLabel *m_message;
    QToolButton *m_add;
    QToolButton *m_remove;
    QToolButton *m_paste;
    QToolButton *m_import;
    std::function<bool(const QString &path)> m_importer;
};

} // namespace gridcba::ui
