#pragma once

// Edits the Choice columns of a StudyTableModel with a drop-down list of the column's
// labels, and leaves every other column to the default editor.

#include <QStyledItemDelegate>

namespace gridcba::ui {

class ChoiceDelegate : public QStyledItemDelegate
{
    Q_OBJECT

  public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
};

} // namespace gridcba::ui
