#include "studytablemodel.h"

#include "studydocument.h"

#include <QColor>
#include <QLocale>

#include <algorithm>

namespace gridcba::ui {

StudyTableModel::StudyTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void StudyTableModel::setSource(StudyDocument *document, TableAdapterPtr adapter)
{
    beginResetModel();
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_adapter = std::move(adapter);
    m_columns = m_adapter ? m_adapter->columns() : std::vector<TableColumn>{};
    m_rows = m_document && m_adapter ? std::max(0, m_adapter->rowCount(m_document->study())) : 0;
    if (m_document)
        connect(m_document, &StudyDocument::studyChanged, this, &StudyTableModel::refresh);
    endResetModel();
}

void StudyTableModel::refresh()
{
    const int rows =
        m_document && m_adapter ? std::max(0, m_adapter->rowCount(m_document->study())) : 0;
    if (rows != m_rows) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
        return;
    }
    if (m_rows > 0 && !m_columns.empty())
        emit dataChanged(index(0, 0), index(m_rows - 1, int(m_columns.size()) - 1));
}

int StudyTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int StudyTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant StudyTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_document || !m_adapter || index.row() >= m_rows)
        return {};
    const TableColumn &column = m_columns[size_t(index.column())];
    const auto value = [&] {
        return m_adapter->value(m_document->study(), index.row(), index.column());
    };
    switch (role) {
    case Qt::DisplayRole:
        if (column.type == ColumnType::Bool)
            return {};
        return formatCell(column, value());
    case Qt::EditRole: {
        const QVariant v = value();
        if (column.type == ColumnType::Real && v.isValid())
            return QLocale().toString(v.toDouble(), 'g', 15);
        if (column.type == ColumnType::Bool)
            return v;
        return formatCell(column, v);
    }
    case Qt::UserRole:
        return value();
    case Qt::CheckStateRole:
        if (column.type == ColumnType::Bool)
            return value().toBool() ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::ToolTipRole: {
        const QString tip = columnHelp(column);
        const QString note = m_adapter->rowNote(m_document->study(), index.row());
        return note.isEmpty() ? tip : QStringLiteral("<p>") + note.toHtmlEscaped() + QStringLiteral("</p>") + tip;
    }
    case Qt::BackgroundRole:
        // A light tint that keeps the text readable; the tool tip says why.
        if (!m_adapter->rowNote(m_document->study(), index.row()).isEmpty())
            return QColor(0xe3, 0xef, 0xfb);
        return {};
    case Qt::TextAlignmentRole:
        if (column.type == ColumnType::Real || column.type == ColumnType::Integer)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant StudyTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole)
            return section + 1;
        return {};
    }
    if (section < 0 || section >= int(m_columns.size()))
        return {};
    const TableColumn &column = m_columns[size_t(section)];
    if (role == Qt::DisplayRole)
        return column.header;
    if (role == Qt::ToolTipRole)
        return columnHelp(column);
    return {};
}

Qt::ItemFlags StudyTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const TableColumn &column = m_columns[size_t(index.column())];
    if (column.readOnly)
        return f;
    if (column.type == ColumnType::Bool)
        return f | Qt::ItemIsUserCheckable;
    return f | Qt::ItemIsEditable;
}

bool StudyTableModel::commitCopy(const QString &text, model::Study study, QString *error)
{
    if (const QStringList problems = m_adapter->checkTable(study); !problems.isEmpty()) {
        if (error)
            *error = problems.join(u'\n');
        return false;
    }
    m_document->commit(text, std::move(study));
    return true;
}

bool StudyTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || !m_document || !m_adapter || index.row() >= m_rows)
        return false;
    const TableColumn &column = m_columns[size_t(index.column())];
    if (column.readOnly)
        return false;
    QVariant typed;
    QString error;
    if (role == Qt::CheckStateRole && column.type == ColumnType::Bool) {
        typed = value.toInt() == Qt::Checked;
    } else if (role == Qt::UserRole) {
        typed = value;
    } else if (role == Qt::EditRole || role == Qt::DisplayRole) {
        typed = column.type == ColumnType::Bool && value.typeId() == QMetaType::Bool
                    ? value
                    : parseCell(column, value.toString(), &error);
        if (!error.isEmpty()) {
            emit editRejected(error);
            return false;
        }
    } else {
        return false;
    }
    if (typed == m_adapter->value(m_document->study(), index.row(), index.column()))
        return true;
    model::Study study = m_document->study();
    error = m_adapter->setValue(study, index.row(), index.column(), typed);
    if (error.isEmpty()) {
        //: %1 column header, %2 table title
        const QString text = tr("Edit %1 in %2").arg(column.header, m_adapter->title());
        // Not checkTable(): a single edit is checked by setValue, and rules across rows
        // (shares summing to 100 %) must not block the edits that get there.
        m_document->commit(text, std::move(study));
        return true;
    }
    emit editRejected(error);
    return false;
}

bool StudyTableModel::insertRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || !m_document || !m_adapter || count <= 0 || row < 0 || row > m_rows)
        return false;
    model::Study study = m_document->study();
    for (int i = 0; i < count; ++i)
        m_adapter->insertRow(study, row + i);
    m_document->commit(tr("Add row to %1").arg(m_adapter->title()), std::move(study));
    return true;
}

bool StudyTableModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || !m_document || !m_adapter || count <= 0 || row < 0 ||
        row + count > m_rows)
        return false;
    model::Study study = m_document->study();
    for (int i = count - 1; i >= 0; --i)
        m_adapter->removeRow(study, row + i);
    m_document->commit(count == 1
                           ? tr("Remove row from %1").arg(m_adapter->title())
                           : tr("Remove %n rows from %1", nullptr, count).arg(m_adapter->title()),
                       std::move(study));
    return true;
}

bool StudyTableModel::pasteText(const QModelIndex &at, const QString &text, QString *error)
{
    if (!m_document || !m_adapter)
        return false;
    QStringList lines = text.split(u'\n');
    for (QString &line : lines)
        if (line.endsWith(u'\r'))
            line.chop(1);
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    if (lines.isEmpty())
        return false;
    const int top = at.isValid() ? at.row() : m_rows;
    const int left = at.isValid() ? at.column() : 0;
    model::Study study = m_document->study();
    int rows = m_rows;
    for (int r = 0; r < lines.size(); ++r) {
        const int row = top + r;
        while (row >= rows) {
            m_adapter->insertRow(study, rows);
            ++rows;
        }
        const QStringList cells = lines[r].split(u'\t');
        for (int c = 0; c < cells.size(); ++c) {
            const int col = left + c;
            if (col >= int(m_columns.size()))
                break;
            const TableColumn &column = m_columns[size_t(col)];
            if (column.readOnly)
                continue;
            QString cellError;
            const QVariant typed = parseCell(column, cells[c], &cellError);
            if (cellError.isEmpty())
                cellError = m_adapter->setValue(study, row, col, typed);
            if (!cellError.isEmpty()) {
                if (error)
                    *error = tr("row %1, %2").arg(row + 1).arg(cellError);
                return false;
            }
        }
    }
    return commitCopy(tr("Paste into %1").arg(m_adapter->title()), std::move(study), error);
}

QString StudyTableModel::copyText(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty())
        return {};
    int top = indexes.first().row(), bottom = top, left = indexes.first().column(), right = left;
    for (const QModelIndex &i : indexes) {
        top = std::min(top, i.row());
        bottom = std::max(bottom, i.row());
        left = std::min(left, i.column());
        right = std::max(right, i.column());
    }
    QStringList lines;
    for (int r = top; r <= bottom; ++r) {
        QStringList cells;
        for (int c = left; c <= right; ++c)
            cells << (indexes.contains(index(r, c)) ? data(index(r, c), Qt::EditRole).toString()
                                                    : QString());
        lines << cells.join(u'\t');
    }
    return lines.join(u'\n') + u'\n';
}

} // namespace gridcba::ui
