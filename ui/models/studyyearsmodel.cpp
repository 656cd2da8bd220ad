#include "studyyearsmodel.h"

#include "format.h"

namespace gridcba::ui {

using Column = StudyYearsModel::Column;

StudyYearsModel::StudyYearsModel(QObject *parent) : QAbstractTableModel(parent) {}

void StudyYearsModel::setStudyYears(const std::vector<model::StudyYear> &years)
{
    beginResetModel();
    m_years = years;
    endResetModel();
}

int StudyYearsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_years.size());
}

int StudyYearsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : kColumnCount;
}

Qt::ItemFlags StudyYearsModel::flags(const QModelIndex &index) const
{
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::NoItemFlags;
}

double StudyYearsModel::value(const model::StudyYear &y, Column column)
{
    switch (column) {
    case Column::Year:
        return y.year;
    case Column::MarketCo2:
        return y.marketCo2PriceEurPerT;
    case Column::SccLow:
        return y.sccLowEurPerT;
    case Column::SccCentral:
        return y.sccCentralEurPerT;
    case Column::SccHigh:
        return y.sccHighEurPerT;
    case Column::Voll:
        return y.vollEurPerMwh;
    case Column::ReserveCost:
        return y.reserveCostEurPerMwYear;
    }
    return 0.0;
}

QVariant StudyYearsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const model::StudyYear &y = m_years[std::size_t(index.row())];
    const auto column = static_cast<Column>(index.column());
    switch (role) {
    case Qt::DisplayRole:
        if (column == Column::Year)
            return format::year(y.year);
        if (column == Column::ReserveCost && y.reserveCostEurPerMwYear <= 0.0)
            return tr("not monetised");
        return format::number(value(y, column), column == Column::MarketCo2 ? 1 : 0);
    case ValueRole:
        return value(y, column);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignVCenter |
                                   (column == Column::Year ? Qt::AlignHCenter : Qt::AlignRight));
    default:
        return {};
    }
}

QVariant StudyYearsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= kColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    const auto column = static_cast<Column>(section);
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Column::Year:
            return tr("Study year");
        case Column::MarketCo2:
            return tr("CO2 price in market\n(€/t)");
        case Column::SccLow:
            return tr("SCC low\n(€/t)");
        case Column::SccCentral:
            return tr("SCC central\n(€/t)");
        case Column::SccHigh:
            return tr("SCC high\n(€/t)");
        case Column::Voll:
            return tr("VOLL\n(€/MWh)");
        case Column::ReserveCost:
            return tr("Reserve cost\n(€/MW/year)");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (column) {
        case Column::Year:
            return tr("Year simulated with the market model");
        case Column::MarketCo2:
            return tr("CO2 price paid inside the market model (ETS)");
        case Column::SccLow:
        case Column::SccCentral:
        case Column::SccHigh:
            return tr("Societal cost of carbon that values indicator B2 (low, central and high "
                      "levels)");
        case Column::Voll:
            return tr("Value of lost load that values indicator B6");
        case Column::ReserveCost:
            return tr("Yearly cost of reserve capacity that values indicator B9");
        }
    }
    return {};
}

} // namespace gridcba::ui
