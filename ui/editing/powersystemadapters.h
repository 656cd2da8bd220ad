#pragma once

// The market model's inputs as editable tables (TableAdapters, see tableadapter.h): the six
// tables of one power system (zones, borders, thermal clusters, renewables, storage, DSR),
// addressed by scenario id and study year; the study's profile library; and the market
// settings. Editing, pasting and CSV import of every table come from these descriptions.
//
// Single values are refused with the limits of core/model/powersystemvalidation.cpp (a
// fraction outside 0..100 %, a negative capacity, an id used twice, a zone that is not in the
// system). What a user passes through while building a system (a profile not imported yet,
// a fuel without a price) is not refused: powerSystemWarnings() lists it under the table.
//
// Renaming a zone renames it in the whole system; renaming a profile renames it in every
// climate year and every power system that refers to it, in the same undoable step.

#include "tableadapter.h"

#include "model/study.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <vector>

namespace gridcba::ui {

enum class PowerSystemTable { Zones, Borders, Thermal, Renewables, Storage, Dsr };
inline constexpr PowerSystemTable kPowerSystemTables[] = {
    PowerSystemTable::Zones,      PowerSystemTable::Borders, PowerSystemTable::Thermal,
    PowerSystemTable::Renewables, PowerSystemTable::Storage, PowerSystemTable::Dsr};

// "Zones", "Thermal clusters": the tab and the table's name.
QString powerSystemTableName(PowerSystemTable table);
// "zones", "thermal": the member in the JSON format and in validation paths.
QString powerSystemTableKey(PowerSystemTable table);

// The table of the power system of (scenarioId, year); rowCount() is -1 while the study has
// no such system.
TableAdapterPtr makePowerSystemAdapter(const model::Study &study, PowerSystemTable table,
                                       const QString &scenarioId, int year);

// What study validation reports about this table, as "Row 3, Fuel: …" sentences.
QStringList powerSystemWarnings(const model::Study &study, const QString &scenarioId, int year,
                                PowerSystemTable table);

// A copy of `study` with an empty power system for (scenarioId, year), or a copy of `from`
// (another study year's or scenario's system) moved to it. Unchanged when it exists.
model::Study withPowerSystem(const model::Study &study, const QString &scenarioId, int year,
                             const model::PowerSystem *from = nullptr);
model::Study withPowerSystemRemoved(const model::Study &study, const QString &scenarioId, int year);

// The profile library: id and climate year editable, mean, minimum, maximum read only. A
// new row is a flat profile (every hour 1). Rows are addressed by index into
// Study::profiles.
class ProfilesAdapter final : public TableAdapter
{
    Q_DECLARE_TR_FUNCTIONS(gridcba::ui::ProfilesAdapter)

  public:
    enum Column { Id, ClimateYear, Mean, Min, Max };

    QString title() const override;
    std::vector<TableColumn> columns() const override;
    int rowCount(const model::Study &study) const override;
    QVariant value(const model::Study &study, int row, int column) const override;
    QString setValue(model::Study &study, int row, int column,
                     const QVariant &value) const override;
    void insertRow(model::Study &study, int row) const override;
    void removeRow(model::Study &study, int row) const override;
    // The same id twice in one climate year.
    QStringList checkTable(const model::Study &study) const override;
};

// Adds or replaces (same id and climate year) `profiles` in a copy of `study`.
model::Study withProfiles(const model::Study &study, const std::vector<model::Profile> &profiles);

// The market settings (one row, for RecordForm): hurdle cost, Monte Carlo years per climate
// year, seed, Clp's tolerances.
class MarketSettingsAdapter final : public TableAdapter
{
    Q_DECLARE_TR_FUNCTIONS(gridcba::ui::MarketSettingsAdapter)

  public:
    enum Column { HurdleCost, AdequacyYears, Seed, PrimalTolerance, DualTolerance };

    QString title() const override;
    std::vector<TableColumn> columns() const override;
    int rowCount(const model::Study &) const override { return 1; }
    QVariant value(const model::Study &study, int row, int column) const override;
    QString setValue(model::Study &study, int row, int column,
                     const QVariant &value) const override;
    void insertRow(model::Study &, int) const override {}
    void removeRow(model::Study &, int) const override {}
};

} // namespace gridcba::ui
