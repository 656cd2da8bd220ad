#include "recordform.h"

#include "studytablemodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace gridcba::ui {

namespace {

const char *const kErrorStyle = "border: 1px solid #b00020;";

} // namespace

RecordForm::RecordForm(QWidget *parent)
    : QWidget(parent), m_model(new StudyTableModel(this)), m_form(new QFormLayout),
      m_message(new QLabel)
{
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_message->setObjectName(QStringLiteral("formMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_form);
    layout->addWidget(m_message);
    connect(m_model, &StudyTableModel::modelReset, this, &RecordForm::refresh);
    connect(m_model, &StudyTableModel::dataChanged, this, &RecordForm::refresh);
    connect(m_model, &StudyTableModel::editRejected, this,
            [this](const QString &reason) { showMessage(reason, m_failedColumn); });
}

void RecordForm::setSource(StudyDocument *document, TableAdapterPtr adapter)
{
    QStringList keys;
    if (adapter)
        for (const TableColumn &c : adapter->columns())
            keys << c.key + c.header;
    m_model->setSource(document, std::move(adapter));
    if (keys != m_keys) {
        m_keys = keys;
        rebuild();
    }
    showMessage({}, -1);
    refresh();
}

QWidget *RecordForm::field(const QString &key) const
{
    for (QWidget *w : m_fields)
        if (w->objectName() == key)
            return w;
    return nullptr;
}

QString RecordForm::message() const
{
    return m_message->text();
}

void RecordForm::rebuild()
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_fields.clear();
    const std::vector<TableColumn> &columns = m_model->columns();
    for (int c = 0; c < int(columns.size()); ++c) {
        const TableColumn &column = columns[size_t(c)];
        QWidget *editor = nullptr;
        switch (column.type) {
        case ColumnType::Choice: {
            auto *combo = new QComboBox;
            const QStringList &labels =
                column.choiceLabels.isEmpty() ? column.choices : column.choiceLabels;
            for (qsizetype i = 0; i < column.choices.size(); ++i)
                combo->addItem(labels.value(i), column.choices[i]);
            connect(combo, &QComboBox::activated, this, [this, c] { commitField(c); });
            editor = combo;
            break;
        }
        case ColumnType::Bool: {
            auto *box = new QCheckBox;
            connect(box, &QCheckBox::clicked, this, [this, c] { commitField(c); });
            editor = box;
            break;
        }
        case ColumnType::Text:
            if (column.multiline) {
                auto *text = new QPlainTextEdit;
                text->setTabChangesFocus(true);
                text->setMaximumHeight(text->fontMetrics().height() * 5 + 12);
                text->installEventFilter(this); // commits on focus out
                editor = text;
                break;
            }
            [[fallthrough]];
        case ColumnType::Integer:
        case ColumnType::Real: {
            auto *line = new QLineEdit;
            if (column.type != ColumnType::Text) {
                line->setAlignment(Qt::AlignRight);
                line->setMaximumWidth(160);
            }
            line->setReadOnly(column.readOnly);
            if (column.optional)
                line->setPlaceholderText(tr("not given"));
            connect(line, &QLineEdit::editingFinished, this, [this, c] { commitField(c); });
            editor = line;
            break;
        }
        }
        editor->setObjectName(column.key);
        editor->setToolTip(columnHelp(column));
        editor->setEnabled(!column.readOnly || column.type == ColumnType::Text ||
                           column.type == ColumnType::Real || column.type == ColumnType::Integer);
        auto *label = new QLabel(column.header + QStringLiteral(":"));
        label->setToolTip(columnHelp(column));
        label->setBuddy(editor);
        m_form->addRow(label, editor);
        m_fields.push_back(editor);
    }
}

void RecordForm::refresh()
{
    const std::vector<TableColumn> &columns = m_model->columns();
    const bool hasRow = m_model->rowCount() > 0;
    for (int c = 0; c < int(m_fields.size()) && c < int(columns.size()); ++c) {
        QWidget *editor = m_fields[size_t(c)];
        editor->setStyleSheet({});
        editor->setToolTip(columnHelp(columns[size_t(c)])); // instead of a refusal shown
        const QModelIndex index = m_model->index(0, c);
        const QVariant value = hasRow ? m_model->data(index, Qt::UserRole) : QVariant();
        const TableColumn &column = columns[size_t(c)];
        const QSignalBlocker blocker(editor);
        if (auto *combo = qobject_cast<QComboBox *>(editor)) {
            combo->setCurrentIndex(combo->findData(value.toString()));
        } else if (auto *box = qobject_cast<QCheckBox *>(editor)) {
            box->setChecked(value.toBool());
        } else if (auto *text = qobject_cast<QPlainTextEdit *>(editor)) {
            if (text->toPlainText() != value.toString())
                text->setPlainText(value.toString());
        } else if (auto *line = qobject_cast<QLineEdit *>(editor)) {
            const QString shown = column.type == ColumnType::Real && value.isValid()
                                      ? m_model->data(index, Qt::EditRole).toString()
                                      : formatCell(column, value);
            line->setText(shown);
        }
        editor->setEnabled(hasRow);
    }
    if (m_failedColumn < 0)
        showMessage({}, -1);
}

void RecordForm::commitField(int column)
{
    if (m_model->rowCount() == 0 || column >= int(m_fields.size()))
        return;
    QWidget *editor = m_fields[size_t(column)];
    const QModelIndex index = m_model->index(0, column);
    m_failedColumn = column;
    bool ok = false;
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        ok = m_model->setData(index, combo->currentData(), Qt::UserRole);
    else if (auto *box = qobject_cast<QCheckBox *>(editor))
        ok = m_model->setData(index, box->isChecked(), Qt::UserRole);
    else if (auto *text = qobject_cast<QPlainTextEdit *>(editor))
        ok = m_model->setData(index, text->toPlainText(), Qt::EditRole);
    else if (auto *line = qobject_cast<QLineEdit *>(editor))
        ok = m_model->setData(index, line->text(), Qt::EditRole);
    if (ok) {
        m_failedColumn = -1;
        showMessage({}, -1);
        refresh(); // shows the value as stored (formatting, or unchanged after a no-op)
    }
}

void RecordForm::showMessage(const QString &message, int column)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
    if (!message.isEmpty() && column >= 0 && column < int(m_fields.size())) {
        m_fields[size_t(column)]->setStyleSheet(QString::fromLatin1(kErrorStyle));
        m_fields[size_t(column)]->setToolTip(message);
    }
}

bool RecordForm::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut) {
        for (int c = 0; c < int(m_fields.size()); ++c)
            if (m_fields[size_t(c)] == watched)
                commitField(c);
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace gridcba::ui
