#pragma once

// The study years of one scenario as a table: one row per study year, one column per
// parameter (CO2 price, societal cost of carbon, VOLL, reserve cost). Money in € of the
// scenario's price year. Read-only for now.

#include "model/study.h"

#include <QAbstractTableModel>

#include <vector>

namespace gridcba::ui {

class StudyYearsModel : public QAbstractTableModel
{
    Q_OBJECT

  public:
    enum class Column { Year, MarketCo2, SccLow, SccCentral, SccHigh, Voll, ReserveCost };
    static constexpr int kColumnCount = static_cast<int>(Column::ReserveCost) + 1;
    static constexpr int ValueRole = Qt::UserRole; // the number as stored in the model

    explicit StudyYearsModel(QObject *parent = nullptr);

    void setStudyYears(const std::vector<model::StudyYear> &years);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

  private:
    static double value(const model::StudyYear &y, Column column);

    std::vector<model::StudyYear> m_years;
};

} // namespace gridcba::ui
