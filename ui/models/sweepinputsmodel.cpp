#include "sweepinputsmodel.h"

#include "sensitivitytext.h"

#include <cmath>

namespace gridcba::ui {

using sensitivity::InputId;

SweepInputsModel::SweepInputsModel(QObject *parent) : QAbstractTableModel(parent) {}

void SweepInputsModel::setProject(const model::Study &study, const model::Project &project)
{
    beginResetModel();
    m_rows.clear();
    for (const sensitivity::InputInfo &info : sensitivity::inputInfos()) {
        const sensitivity::InputRange range =
            sensitivity::defaultSweepRange(info.id, study, project);
        m_rows.push_back({info.id, true, sensitivity::baseValue(info.id, study.economics),
                          range.low, range.high});
    }
    endResetModel();
}

std::vector<sensitivity::SweepInput> SweepInputsModel::checkedInputs() const
{
    std::vector<sensitivity::SweepInput> inputs;
    for (const Row &row : m_rows)
        if (row.checked)
            inputs.push_back({row.id, row.low, row.high});
    return inputs;
}

void SweepInputsModel::setAllChecked(bool checked)
{
    for (Row &row : m_rows)
        row.checked = checked;
    if (!m_rows.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, 0), {Qt::CheckStateRole});
}

int SweepInputsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SweepInputsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : kColumnCount;
}

QVariant SweepInputsModel::editValue(const Row &row, double value) const
{
    if (SensitivityText::isWholeNumber(row.id))
        return int(std::lround(value));
    return SensitivityText::toDisplay(row.id, value);
}

QVariant SweepInputsModel::data(const QModelIndex &index, int role) const
{
    if ((!index.isValid() || !checkIndex(index)))
        return {};
    const Row &row = m_rows[std::size_t(index.row())];
    const auto column = static_cast<Column>(index.column());
    const double values[] = {0.0, 0.0, row.base, row.low, row.high};
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Column::Input:
            return SensitivityText::label(row.id);
        case Column::Unit:
            return SensitivityText::unit(row.id);
        default:
            return SensitivityText::value(row.id, values[index.column()]);
        }
    case Qt::EditRole:
        if (column == Column::Low || column == Column::High)
            return editValue(row, values[index.column()]);
        return data(index, Qt::DisplayRole);
    case Qt::CheckStateRole:
        if (column == Column::Input)
            return row.checked ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::ToolTipRole:
        return SensitivityText::toolTip(row.id);
    case Qt::TextAlignmentRole:
        if (column == Column::Input || column == Column::Unit)
            return int(Qt::AlignLeft | Qt::AlignVCenter);
        return int(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

bool SweepInputsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if ((!index.isValid() || !checkIndex(index)))
        return false;
    Row &row = m_rows[std::size_t(index.row())];
    const auto column = static_cast<Column>(index.column());
    if (role == Qt::CheckStateRole && column == Column::Input) {
        row.checked = value.value<Qt::CheckState>() == Qt::Checked;
        emit dataChanged(index, index, {Qt::CheckStateRole});
        return true;
    }
    if (role != Qt::EditRole || (column != Column::Low && column != Column::High))
        return false;
    bool ok = false;
    double v = SensitivityText::fromDisplay(row.id, value.toDouble(&ok));
    if (!ok || !std::isfinite(v))
        return false;
    if (SensitivityText::isWholeNumber(row.id))
        v = std::round(v);
    const double low = column == Column::Low ? v : row.low;
    const double high = column == Column::High ? v : row.high;
    if (low > high)
        return false; // the other end has to move first
    row.low = low;
    row.high = high;
    emit dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole});
    return true;
}

QVariant SweepInputsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= kColumnCount)
        return {};
    if (role == Qt::DisplayRole) {
        switch (static_cast<Column>(section)) {
        case Column::Input:
            return tr("Input");
        case Column::Unit:
            return tr("Unit");
        case Column::StudyValue:
            return tr("Study value");
        case Column::Low:
            return tr("Low");
        case Column::High:
            return tr("High");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (static_cast<Column>(section)) {
        case Column::Input:
            return tr("The inputs of the economic evaluation that a sweep can move; check those "
                      "to sweep, one at a time.");
        case Column::Unit:
            return tr("The unit of the row's values: % for rates and shares, a factor on the "
                      "study's value, or years.");
        case Column::StudyValue:
            return tr("The value the study uses, in the unit of the row; the sweep moves the "
                      "input away from it.");
        case Column::Low:
        case Column::High:
            return tr("The end of the range the input is swept over, in the unit of the row "
                      "(rates and shares in %); edit it to change the range.");
        }
    }
    return {};
}

Qt::ItemFlags SweepInputsModel::flags(const QModelIndex &index) const
{
    if ((!index.isValid() || !checkIndex(index)))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const auto column = static_cast<Column>(index.column());
    if (column == Column::Input)
        f |= Qt::ItemIsUserCheckable;
    if (column == Column::Low || column == Column::High)
        f |= Qt::ItemIsEditable;
    return f;
}

} // namespace gridcba::ui
