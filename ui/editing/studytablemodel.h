#pragma once

// A table of the study (described by a TableAdapter) as an editable Qt item model. Edits
// are checked by the adapter on a copy of the study; a refused value leaves the model as it
// was and emits editRejected() with the reason, which the view shows. An accepted edit is
// committed to the document as one undoable step. The model follows the document: after
// any change (an edit elsewhere, undo, redo) it refreshes, keeping the view's current cell
// when the row count did not change.

#include "studydocument.h"
#include "tableadapter.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace gridcba::ui {

class StudyTableModel : public QAbstractTableModel
{
    Q_OBJECT

  public:
    explicit StudyTableModel(QObject *parent = nullptr);

    // Either may be null (an empty table).
    void setSource(StudyDocument *document, TableAdapterPtr adapter);
    StudyDocument *document() const { return m_document; }
    const TableAdapterPtr &adapter() const { return m_adapter; }
    const std::vector<TableColumn> &columns() const { return m_columns; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    // DisplayRole: formatted text; EditRole: the text to edit (full precision);
    // Qt::UserRole: the value as the adapter gives it; ToolTipRole: the column's meaning.
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Accepts text (EditRole/DisplayRole, parsed with parseCell), a typed value (UserRole)
    // or a check state (Bool columns).
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    bool insertRows(int row, int count, const QModelIndex &parent = {}) override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

    // Pastes tab-separated text (as spreadsheets copy it) with its top-left cell at `at`,
    // adding rows as needed; one undoable step, or nothing with `error` naming the first bad
    // cell ("row 3, Central (M€): “abc” is not a number").
    bool pasteText(const QModelIndex &at, const QString &text, QString *error);
    // The selected cells as tab-separated text, for copying to a spreadsheet.
    QString copyText(const QModelIndexList &indexes) const;

  signals:
    void editRejected(const QString &reason);

  private:
    void refresh();
    bool commitCopy(const QString &text, model::Study study, QString *error);

    QPointer<StudyDocument> m_document;
    TableAdapterPtr m_adapter;
    std::vector<TableColumn> m_columns;
    int m_rows = 0;
};

} // namespace gridcba::ui
