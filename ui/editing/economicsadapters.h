#pragma once

// The editable parts of a study as a whole: its name and description, the economic
// parameters of methodology.md §3 and the deflator (TableAdapters, see tableadapter.h).
//
// Values are refused with the limits of core/model/validation.cpp, so a value the editors
// accept is one the engine accepts. The price-year rule (money of another year than the price
// base year needs deflator indices for both years) is enforced where the price base year
// changes, so a study that evaluated before an edit still does after it.
//
// Also the checks the scenario editors share (scenarioadapters.h).

#include "tableadapter.h"

#include <QCoreApplication>

namespace gridcba::ui {

// Study name and description: a single-row adapter for RecordForm.
class StudyInfoAdapter : public TableAdapter
{
    Q_DECLARE_TR_FUNCTIONS(gridcba::ui::StudyInfoAdapter)

  public:
    enum Column { Name, Description };

    QString title() const override;
    std::vector<TableColumn> columns() const override;
    int rowCount(const model::Study &study) const override;
    QVariant value(const model::Study &study, int row, int column) const override;
    QString setValue(model::Study &study, int row, int column,
                     const QVariant &value) const override;
    void insertRow(model::Study &, int) const override {}
    void removeRow(model::Study &, int) const override {}
};

// The economic parameters (single row): price base year, discount rate (%), discounting year,
// operating years N, residual value method, B/C ratio definition, first-year fraction (%).
class EconomicParametersAdapter : public TableAdapter
{
    Q_DECLARE_TR_FUNCTIONS(gridcba::ui::EconomicParametersAdapter)

  public:
    enum Column {
        PriceBaseYear,
        DiscountRate,
        DiscountingYear,
        OperatingYears,
        ResidualValue,
        BcRatio,
        FirstYearFraction
    };

    QString title() const override;
    std::vector<TableColumn> columns() const override;
    int rowCount(const model::Study &study) const override;
    QVariant value(const model::Study &study, int row, int column) const override;
    QString setValue(model::Study &study, int row, int column,
                     const QVariant &value) const override;
    void insertRow(model::Study &, int) const override {}
    void removeRow(model::Study &, int) const override {}
};

// The deflator: one row per year with its price index, ascending by year (a std::map), and
// the factor that converts money of that year into the price base year (read-only).
// A year may be changed only within its neighbours, so rows never move under a paste or an
// import that fills them one cell after the other; a new row gets the next free year.
class DeflatorAdapter : public TableAdapter
{
    Q_DECLARE_TR_FUNCTIONS(gridcba::ui::DeflatorAdapter)

  public:
    enum Column { Year, PriceIndex, Factor };

    QString title() const override;
    std::vector<TableColumn> columns() const override;
    int rowCount(const model::Study &study) const override;
    QVariant value(const model::Study &study, int row, int column) const override;
    QString setValue(model::Study &study, int row, int column,
                     const QVariant &value) const override;
    void insertRow(model::Study &study, int row) const override;
    void removeRow(model::Study &study, int row) const override;
    QStringList checkTable(const model::Study &study) const override;
};

// --- Checks shared by the study editors (same limits as core/model/validation.cpp) --------
namespace editing {

inline constexpr int kMinYear = 1900;
inline constexpr int kMaxYear = 2200;

// A column with its key, header and tool tip; the other fields keep their defaults.
TableColumn makeColumn(const QString &key, const QString &header, const QString &toolTip);

// "Year must be between 1900 and 2200" (with `field` for "Year"), or empty.
QString yearProblem(const QString &field, int year);
// "VOLL must be a number ≥ 0", or empty.
QString nonNegativeProblem(const QString &field, double value);
// Why money given in `priceYear` cannot be converted to the price base year of `study` (the
// deflator lacks an index), naming `field`; empty when it can.
QString priceYearProblem(const model::Study &study, const QString &field, int priceYear);

} // namespace editing

} // namespace gridcba::ui
