#pragma once

// The editable parts of one scenario (TableAdapters, see tableadapter.h), each addressing its
// scenario by index into Study::scenarios (rowCount() is -1 once it no longer exists), and
// the study-level operations that add, remove and duplicate scenarios.
//
// Values are refused with the limits of core/model/validation.cpp. Rules across rows that a
// user passes through while typing (climate-year weights summing to 100 %, SCC low ≤ central
// ≤ high) never refuse a single edit: checkTable() reports them for a paste or an import,
// and warnings() for the line under the table.
//
// Rows are addressed by index, and pastes and imports fill a row one cell after the other,
// so an edit never moves a row to another index while its cells are being filled: study
// years are kept ascending by refusing a year that would pass a neighbour (the message says
// what to do instead), and the fuel prices are ordered by fuel so that a new row, whose fuel
// is named last, stays the last row until then.

#include "tableadapter.h"

#include <QCoreApplication>

namespace gridcba::ui {

// Base of the adapters of one scenario: holds the index, and the id read from `study` once for
// title() ("Study years of NT"); a page makes new adapters when the id changes.
class ScenarioTableAdapter : public TableAdapter
{
  public:
    ScenarioTableAdapter(const model::Study &study, int scenarioIndex);
    int scenarioIndex() const { return m_index; }
    // Non-blocking problems to show under the table (sums, orders), one sentence each.
    virtual QStringList warnings(const model::Study &study) const
    {
        Q_UNUSED(study);
        return {};
    }

  protected:
    // Null when the index no longer exists.
    const model::Scenario *scenario(const model::Study &study) const;
    model::Scenario *scenario(model::Study &study) const;
    const QString &scenarioId() const { return m_id; }

  private:
    int m_index;
    QString m_id;
};

// Id, name, description and price year (single row, for RecordForm). Renaming the id renames
// the indicator inputs of every project, the power systems and the market results that refer
// to it, in the same edit.
class ScenarioInfoAdapter : public ScenarioTableAdapter
{
    Q_DECLARE_TR_FUNCTIONS(gridcba::ui::ScenarioInfoAdapter)

  public:
    enum Column { Id, Name, Description, PriceYear };
    using ScenarioTableAdapter::ScenarioTableAdapter;

    QString title() const override;
    std::vector<TableColumn> columns() const override;
    int rowCount(const model::Study &study) const override;
    QVariant value(const model::Study &study, int row, int column) const override;
    QString setValue(model::Study &study, int row, int column,
                     const QVariant &value) const override;
    void insertRow(model::Study &, int) const override {}
    void removeRow(model::Study &, int) const override {}
};

// Climate years and their weights (%, stored as fractions). Years unique; the weights' sum is
// a warning while editing and an error for a paste or an import.
class ClimateYearsAdapter : public ScenarioTableAdapter
{
    Q_DECLARE_TR_FUNCTIONS(gridcba::ui::ClimateYearsAdapter)

  public:
    enum Column { Year, Weight };
    using ScenarioTableAdapter::ScenarioTableAdapter;

    QString title() const override;
    std::vector<TableColumn> columns() const override;
    int rowCount(const model::Study &study) const override;
    QVariant value(const model::Study &study, int row, int column) const override;
    QString setValue(model::Study &study, int row, int column,
                     const QVariant &value) const override;
    void insertRow(model::Study &study, int row) const override;
    void removeRow(model::Study &study, int row) const override;
    QStringList checkTable(const model::Study &study) const override;
    QStringList warnings(const model::Study &study) const override;
};

// The study years with their monetisation parameters (€/t, €/MWh, €/MW/yr in the scenario's
// price year). Years unique and strictly ascending. Changing a year moves the projects'
// indicator inputs and the power system of that scenario and year along with it. A new row copies
// its neighbour's parameters (damage costs and fuel prices included).
class StudyYearsAdapter : public ScenarioTableAdapter
{
    Q_DECLARE_TR_FUNCTIONS(gridcba::ui::StudyYearsAdapter)

  public:
    enum Column { Year, MarketCo2, SccLow, SccCentral, SccHigh, Voll, ReserveCost };
    using ScenarioTableAdapter::ScenarioTableAdapter;

    QString title() const override;
    std::vector<TableColumn> columns() const override;
    int rowCount(const model::Study &study) const override;
    QVariant value(const model::Study &study, int row, int column) const override;
    QString setValue(model::Study &study, int row, int column,
                     const QVariant &value) const override;
    void insertRow(model::Study &study, int row) const override;
    void removeRow(model::Study &study, int row) const override;
    QStringList checkTable(const model::Study &study) const override;
    // An imported study year keeps the damage costs and fuel prices of the year it replaces,
    // and the projects' indicator inputs stay on the years they were given for.
    void keepHiddenFields(model::Study &imported, const model::Study &before) const override;
    // SCC order, no study year, and indicator inputs of projects for years that are not
    // study years of this scenario (after a year was removed).
    QStringList warnings(const model::Study &study) const override;

  private:
    static QStringList tableWarnings(const model::Scenario &scenario);
    static QStringList orphanedInputs(const model::Study &study, const model::Scenario &scenario);
};

// Damage costs of the B4 pollutants (€/t) per study year: one row per study year (rows follow
// the study years and cannot be added here), one optional column per pollutant; an empty
// cell means the pollutant is not monetised in that year.
class DamageCostsAdapter : public ScenarioTableAdapter
{
    Q_DECLARE_TR_FUNCTIONS(gridcba::ui::DamageCostsAdapter)

  public:
    enum Column { Year, FirstPollutant };
    using ScenarioTableAdapter::ScenarioTableAdapter;

    QString title() const override;
    std::vector<TableColumn> columns() const override;
    int rowCount(const model::Study &study) const override;
    QVariant value(const model::Study &study, int row, int column) const override;
    QString setValue(model::Study &study, int row, int column,
                     const QVariant &value) const override;
    void insertRow(model::Study &, int) const override {}
    void removeRow(model::Study &, int) const override {}
};

// Fuel prices in long format: one row per (fuel, study year) over the StudyYear maps, ordered
// by fuel then year. The fuel is the last column and a new row's placeholder fuel
// ("…new fuel") sorts after every name, so a row being filled cell by cell stays in place.
class FuelPricesAdapter : public ScenarioTableAdapter
{
    Q_DECLARE_TR_FUNCTIONS(gridcba::ui::FuelPricesAdapter)

  public:
    enum Column { Year, Price, Fuel };
    using ScenarioTableAdapter::ScenarioTableAdapter;

    // The name a new row gets until the user names its fuel.
    static QString placeholderFuel();

    QString title() const override;
    std::vector<TableColumn> columns() const override;
    int rowCount(const model::Study &study) const override;
    QVariant value(const model::Study &study, int row, int column) const override;
    QString setValue(model::Study &study, int row, int column,
                     const QVariant &value) const override;
    void insertRow(model::Study &study, int row) const override;
    void removeRow(model::Study &study, int row) const override;
    QStringList warnings(const model::Study &study) const override;
};

// --- Adding, removing and duplicating scenarios (for the navigator and the Edit menu) ------

// A new scenario at the end with a unique id ("S1", "S2", …), prices of the price base year,
// one study year copied from the first scenario's first study year (converted to the price
// base year when the deflator allows) or 2030 with zeros, and one climate year of weight 1.
model::Study withNewScenario(const model::Study &study, int *newIndex);
// Removes the scenario and the projects' indicator inputs, power systems and market results
// for it (they would be orphans).
model::Study withScenarioRemoved(const model::Study &study, int index);
// A copy right after the original with id "<id>-copy" (made unique) and the projects'
// indicator inputs and the power systems of the original copied to the new id.
model::Study withScenarioDuplicated(const model::Study &study, int index, int *newIndex);

} // namespace gridcba::ui
