#include "investmentsmodel.h"

#include "format.h"

#include <algorithm>

namespace gridcba::ui {

using Column = InvestmentsModel::Column;

namespace {

Qt::Alignment alignment(Column column)
{
    switch (column) {
    case Column::Name:
    case Column::AssetType:
        return Qt::AlignLeft;
    case Column::Spending:
    case Column::PriceYear:
        return Qt::AlignHCenter;
    default:
        return Qt::AlignRight;
    }
}

} // namespace

InvestmentsModel::InvestmentsModel(QObject *parent) : QAbstractTableModel(parent) {}

void InvestmentsModel::setInvestments(const std::vector<model::Investment> &investments,
                                      int commissioningYear)
{
    beginResetModel();
    m_investments = investments;
    m_commissioningYear = commissioningYear;
    endResetModel();
}

int InvestmentsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_investments.size());
}

int InvestmentsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : kColumnCount;
}

Qt::ItemFlags InvestmentsModel::flags(const QModelIndex &index) const
{
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::NoItemFlags;
}

model::CapexYear InvestmentsModel::totalCapex(const model::Investment &investment)
{
    if (investment.capex.empty())
        return investment.capexLumpSum;
    model::CapexYear total;
    for (const model::CapexYear &y : investment.capex) {
        total.centralEur += y.centralEur;
        total.lowEur += y.lowEur;
        total.highEur += y.highEur;
    }
    return total;
}

double InvestmentsModel::yearlyOpex(const model::Investment &investment)
{
    return investment.opexEurPerYear +
           investment.opexShareOfCapex * totalCapex(investment).centralEur;
}

QString InvestmentsModel::spending(const model::Investment &inv) const
{
    if (inv.capex.empty()) {
        if (inv.constructionYears <= 0)
            return format::none();
        return tr("%1–%2").arg(format::year(m_commissioningYear - inv.constructionYears),
                               format::year(m_commissioningYear - 1));
    }
    const auto [first, last] = std::minmax_element(
        inv.capex.begin(), inv.capex.end(),
        [](const model::CapexYear &a, const model::CapexYear &b) { return a.year < b.year; });
    return first->year == last->year
               ? format::year(first->year)
               : tr("%1–%2").arg(format::year(first->year), format::year(last->year));
}

QString InvestmentsModel::text(const model::Investment &inv, Column column) const
{
    const model::CapexYear total = totalCapex(inv);
    switch (column) {
    case Column::Name:
        return inv.name.isEmpty() ? inv.id : inv.name;
    case Column::AssetType:
        return inv.assetType;
    case Column::CapexCentral:
        return format::meur(total.centralEur);
    case Column::CapexLow:
        return format::meur(total.lowEur);
    case Column::CapexHigh:
        return format::meur(total.highEur);
    case Column::Spending:
        return spending(inv);
    case Column::PriceYear:
        return format::year(inv.priceYear);
    case Column::Lifetime:
        return QString::number(inv.technicalLifetimeYears);
    case Column::Opex:
        return format::meur(yearlyOpex(inv));
    }
    return {};
}

QString InvestmentsModel::toolTip(const model::Investment &inv, Column column) const
{
    if (column == Column::Name)
        return tr("%1: %2").arg(inv.id, inv.name);
    if (column == Column::Opex && inv.opexShareOfCapex > 0.0)
        return tr("%1 M€/year fixed plus %2 of the central CAPEX per year")
            .arg(format::meur(inv.opexEurPerYear), format::percent(inv.opexShareOfCapex));
    if (column == Column::Spending && inv.capex.empty())
        return tr("Lump sum spread evenly over the years before commissioning (%1)")
            .arg(inv.constructionYears);
    return {};
}

QVariant InvestmentsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const model::Investment &inv = m_investments[std::size_t(index.row())];
    const auto column = static_cast<Column>(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return text(inv, column);
    case Qt::ToolTipRole:
        return toolTip(inv, column);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(alignment(column) | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant InvestmentsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= kColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Column::Name:
        return tr("Investment");
    case Column::AssetType:
        return tr("Asset\ntype");
    case Column::CapexCentral:
        return tr("CAPEX\ncentral\n(M€)");
    case Column::CapexLow:
        return tr("CAPEX\nlow\n(M€)");
    case Column::CapexHigh:
        return tr("CAPEX\nhigh\n(M€)");
    case Column::Spending:
        return tr("CAPEX\nspent");
    case Column::PriceYear:
        return tr("Price\nyear");
    case Column::Lifetime:
        return tr("Lifetime\n(years)");
    case Column::Opex:
        return tr("OPEX\n(M€/year)");
    }
    return {};
}

} // namespace gridcba::ui
