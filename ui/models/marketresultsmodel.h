#pragma once

// The market model's stored results of one project (model::MarketUnitRecord, decoded with
// market::fromRecord) as a read-only table: one row per scenario, study year and climate
// year, with the assessment method, B1 and the generation costs it is the difference of, B2,
// B3, B4, B5 (MWh, and its value at hourly prices, which is already inside B1), B6 and what
// produced the numbers (solver, settings, software, time). Money is in the unit of the
// settings, in € of the scenario's price year.

#include "market/unitresult.h"

#include <QAbstractTableModel>

#include <vector>

namespace gridcba::model {
struct Study;
}

namespace gridcba::ui {

class MarketResultsModel : public QAbstractTableModel
{
    Q_OBJECT

  public:
    enum Column {
        Scenario,
        Year,
        ClimateYear,
        Method,
        B1,
        CostWithout,
        CostWith,
        B2,
        B3,
        B4,
        B5Mwh,
        B5Value,
        B6Eens,
        B6Lole,
        Solver,
        Settings,
        Created,
        ColumnCount
    };

    explicit MarketResultsModel(QObject *parent = nullptr);

    // The stored units of `projectId`, by scenario, study year and climate year. Records that
    // cannot be read are counted in unreadable().
    void setResults(const model::Study &study, const QString &projectId);
    const std::vector<market::UnitResult> &units() const { return m_units; }
    int unreadable() const { return m_unreadable; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    // DisplayRole: formatted text; Qt::UserRole: the number in base units (€, t, MWh, h).
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

  private:
    QVariant value(const market::UnitResult &u, int column) const;

    std::vector<market::UnitResult> m_units;
    int m_unreadable = 0;
};

} // namespace gridcba::ui
