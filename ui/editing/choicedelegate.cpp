#include "choicedelegate.h"

#include "studytablemodel.h"

#include <QComboBox>

namespace gridcba::ui {

namespace {

const TableColumn *choiceColumn(const QModelIndex &index)
{
    const auto *model = qobject_cast<const StudyTableModel *>(index.model());
    if (!model || index.column() >= int(model->columns().size()))
        return nullptr;
    const TableColumn &column = model->columns()[size_t(index.column())];
    return column.type == ColumnType::Choice ? &column : nullptr;
}

} // namespace

QWidget *ChoiceDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                      const QModelIndex &index) const
{
    const TableColumn *column = choiceColumn(index);
    if (!column)
        return QStyledItemDelegate::createEditor(parent, option, index);
    auto *combo = new QComboBox(parent);
    const QStringList &labels = column->choiceLabels.isEmpty() ? column->choices
                                                               : column->choiceLabels;
    for (qsizetype i = 0; i < column->choices.size(); ++i)
        combo->addItem(labels.value(i), column->choices[i]);
    combo->setToolTip(columnHelp(*column));
    return combo;
}

void ChoiceDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor); combo && choiceColumn(index)) {
        combo->setCurrentIndex(combo->findData(index.data(Qt::UserRole).toString()));
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void ChoiceDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                  const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor); combo && choiceColumn(index)) {
        model->setData(index, combo->currentData(), Qt::UserRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace gridcba::ui
