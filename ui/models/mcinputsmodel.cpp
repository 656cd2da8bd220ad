#include "mcinputsmodel.h"

#include "sensitivitytext.h"

#include <QColor>

namespace gridcba::ui {

using sensitivity::InputId;

McInputsModel::McInputsModel(QObject *parent) : QAbstractTableModel(parent) {}

void McInputsModel::setProject(const model::Study &study, const model::Project &project)
{
    beginResetModel();
    m_rows.clear();
    for (const sensitivity::InputInfo &info : sensitivity::inputInfos()) {
        const sensitivity::InputRange r = sensitivity::defaultSweepRange(info.id, study, project);
        const double base = sensitivity::baseValue(info.id, study.economics);
        const bool checked = info.id == InputId::Capex || info.id == InputId::Welfare ||
                             info.id == InputId::SocietalCostOfCarbon;
        sensitivity::Distribution d{sensitivity::DistributionKind::Triangular,
                                    std::min(r.low, base), base, std::max(r.high, base)};
        m_rows.push_back({info.id, checked, base, d});
    }
    endResetModel();
}

InputId McInputsModel::inputAt(int row) const
{
    return m_rows.at(std::size_t(row)).id;
}

double McInputsModel::studyValue(int row) const
{
    return m_rows.at(std::size_t(row)).base;
}

const sensitivity::Distribution &McInputsModel::distribution(int row) const
{
    return m_rows.at(std::size_t(row)).distribution;
}

void McInputsModel::setDistribution(int row, const sensitivity::Distribution &distribution)
{
    m_rows.at(std::size_t(row)).distribution = distribution;
    const QModelIndex i = index(row, int(Column::Distribution));
    emit dataChanged(i, i, {Qt::DisplayRole, Qt::ToolTipRole});
}

void McInputsModel::setChecked(InputId id, bool checked)
{
    for (std::size_t r = 0; r < m_rows.size(); ++r)
        if (m_rows[r].id == id)
            setData(index(int(r), 0), checked ? Qt::Checked : Qt::Unchecked, Qt::CheckStateRole);
}

std::vector<sensitivity::McInput> McInputsModel::checkedInputs() const
{
    std::vector<sensitivity::McInput> inputs;
    for (const Row &row : m_rows)
        if (row.checked)
            inputs.push_back({row.id, row.distribution});
    return inputs;
}

int McInputsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int McInputsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : kColumnCount;
}

QVariant McInputsModel::data(const QModelIndex &index, int role) const
{
    if ((!index.isValid() || !checkIndex(index)))
        return {};
    const Row &row = m_rows[std::size_t(index.row())];
    const auto column = static_cast<Column>(index.column());
    switch (role) {
    case Qt::DisplayRole:
        if (column == Column::Input)
            return SensitivityText::labelWithUnit(row.id);
        return SensitivityText::summary(row.id, row.distribution);
    case Qt::CheckStateRole:
        if (column == Column::Input)
            return row.checked ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::ToolTipRole: {
        const QString problem = sensitivity::checkDistribution(row.distribution);
        return problem.isEmpty() ? SensitivityText::toolTip(row.id) : problem;
    }
    case Qt::ForegroundRole:
        if (column == Column::Distribution && !row.checked)
            return QVariant::fromValue(QColor(Qt::gray));
        return {};
    default:
        return {};
    }
}

bool McInputsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if ((!index.isValid() || !checkIndex(index)) || role != Qt::CheckStateRole ||
        index.column() != int(Column::Input))
        return false;
    m_rows[std::size_t(index.row())].checked = value.value<Qt::CheckState>() == Qt::Checked;
    emit dataChanged(index, this->index(index.row(), kColumnCount - 1),
                     {Qt::CheckStateRole, Qt::ForegroundRole});
    return true;
}

QVariant McInputsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const bool tip = role == Qt::ToolTipRole;
    switch (section) {
    case int(Column::Input):
        return tip ? tr("The inputs that can be sampled, with their unit: check those to draw "
                        "at random; select one to edit its distribution.")
                   : tr("Input (unit)");
    case int(Column::Distribution):
        return tip ? tr("The distribution the input is drawn from, with its parameters in the "
                        "input's unit.")
                   : tr("Distribution (parameters in the input's unit)");
    default:
        return {};
    }
}

Qt::ItemFlags McInputsModel::flags(const QModelIndex &index) const
{
    if ((!index.isValid() || !checkIndex(index)))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == int(Column::Input))
        f |= Qt::ItemIsUserCheckable;
    return f;
}

} // namespace gridcba::ui
