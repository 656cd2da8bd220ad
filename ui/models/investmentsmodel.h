#pragma once

// The investments of one project as a table: CAPEX totals with their uncertainty range,
// when they are spent, price year, lifetime and yearly OPEX. Money in M€ of each
// investment's price year. Read-only for now.

#include "model/study.h"

#include <QAbstractTableModel>

#include <vector>

namespace gridcba::ui {

class InvestmentsModel : public QAbstractTableModel
{
    Q_OBJECT

  public:
    enum class Column {
        Name,
        AssetType,
        CapexCentral,
        CapexLow,
        CapexHigh,
        Spending,
        PriceYear,
        Lifetime,
        Opex,
    };
    static constexpr int kColumnCount = static_cast<int>(Column::Opex) + 1;

    explicit InvestmentsModel(QObject *parent = nullptr);

    // `commissioningYear` places a lump-sum CAPEX in time.
    void setInvestments(const std::vector<model::Investment> &investments, int commissioningYear);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // Total CAPEX of an investment (€ of its price year) at the central, low or high end.
    static model::CapexYear totalCapex(const model::Investment &investment);
    // Yearly OPEX in € of its price year: the fixed amount plus the share of central CAPEX.
    static double yearlyOpex(const model::Investment &investment);

  private:
    QString text(const model::Investment &inv, Column column) const;
    QString toolTip(const model::Investment &inv, Column column) const;
    QString spending(const model::Investment &inv) const;

    std::vector<model::Investment> m_investments;
    int m_commissioningYear = 0;
};

} // namespace gridcba::ui
