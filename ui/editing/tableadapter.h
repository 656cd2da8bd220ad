#pragma once

// One editable table of a study (the study years of a scenario, the CAPEX phasing of an
// investment, the indicator inputs of a project, ...) described once, so that the same
// description drives the table in the GUI (StudyTableModel), pasting from a spreadsheet and
// CSV import (csvimport.h): columns with their unit, reading a cell, and changing a copy of
// the study with the reason when a value is refused.
//
// Cell values are in *display units*: money in the unit chosen in the settings (M€ by
// default, see units.h), fractions as percentages where the header says "%". A column's
// `key` names the value in *base units* (euros, fractions), which CSV files may use instead
// of the display header: a CSV value under the key is divided by `displayScale()` before it
// is set.
//
// An adapter addresses its table by ids (project id, investment index), not by pointers, so
// it stays valid across edits and undo; rowCount() returns -1 once its table no longer
// exists (the project was deleted).

#include "model/study.h"

#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>
#include <vector>

namespace gridcba::ui {

enum class ColumnType {
    Integer, // QVariant int
    Real,    // QVariant double
    Text,    // QVariant QString
    Choice,  // QVariant QString, one of Column::choices (the file key); shown by choiceLabels
    Bool,    // QVariant bool, shown as a check box
};

struct TableColumn
{
    QString key;     // base-unit name used in CSV files and JSON: "year", "centralEur"
    QString header;  // with the display unit: "Central (M€)"
    QString toolTip; // what the value means, its unit and sign convention
    ColumnType type = ColumnType::Real;
    double displayScale = 1.0; // base value = display value × displayScale (M€: 1e6)
    bool optional = false;     // an empty cell means "not given" (invalid QVariant)
    bool readOnly = false;
    int decimals = 2;         // shown decimals for Real
    bool multiline = false;   // Text: a paragraph (descriptions, justifications)
    QStringList choices;      // Choice: the keys
    QStringList choiceLabels; // Choice: what the user reads, same order
};

class TableAdapter
{
  public:
    virtual ~TableAdapter() = default;

    // Names the table for the undo history and the import dialog:
    // "CAPEX phasing of P1 / Converter stations".
    virtual QString title() const = 0;
    virtual std::vector<TableColumn> columns() const = 0;

    // -1 when the table no longer exists in `study`.
    virtual int rowCount(const model::Study &study) const = 0;
    // Display units; an invalid QVariant for an optional value that is not given.
    virtual QVariant value(const model::Study &study, int row, int column) const = 0;
    // Sets one cell of `study` (a copy the caller owns). Returns why the value is refused,
    // naming the field ("Year must be between 1950 and 2150"), or an empty string.
    // `value` already has the column's type (or is invalid for an empty optional cell).
    virtual QString setValue(model::Study &study, int row, int column,
                             const QVariant &value) const = 0;
    // Inserts a row with sensible defaults (next year, zeros) before `row`.
    virtual void insertRow(model::Study &study, int row) const = 0;
    virtual void removeRow(model::Study &study, int row) const = 0;
    // Checks the whole table after a paste or an import (duplicate years, shares that do not
    // sum to 1, ...). Returns one message per problem, each naming the row (1-based) and the
    // column header; empty when the table is acceptable. The default accepts everything.
    virtual QStringList checkTable(const model::Study &study) const
    {
        Q_UNUSED(study);
        return {};
    }
    // A note on a row that the table marks (tinted, with the note as its tool tip): the
    // indicator inputs computed by the market model. Empty: an ordinary row.
    virtual QString rowNote(const model::Study &study, int row) const
    {
        Q_UNUSED(study);
        Q_UNUSED(row);
        return {};
    }
    // After an import replaced the table's rows in `imported`: gives back what the table's
    // columns do not show, from the same rows (matched by their key: year, id) in `before`
    // (the damage costs and fuel prices of a study year, the CAPEX phasing of an investment,
    // the other benefits of an indicator-input row), and undoes side effects that single
    // edits have on purpose but an import must not (a study year's new value moving the
    // projects' inputs). The default does nothing.
    virtual void keepHiddenFields(model::Study &imported, const model::Study &before) const
    {
        Q_UNUSED(imported);
        Q_UNUSED(before);
    }
};

using TableAdapterPtr = std::shared_ptr<const TableAdapter>;

// Converts user text (a cell typed, pasted or read from CSV) to a column's type. Numbers are
// read in the current QLocale first, then in the C locale ("1,234.5", "1234.5", "1.5e6");
// "", "-" and "–" give an invalid QVariant for optional columns. Choice accepts a key or a
// label (case-insensitive); Bool accepts true/false, yes/no, 1/0. On failure returns an
// invalid QVariant and sets `error` ("Year: \"20x0\" is not a whole number").
QVariant parseCell(const TableColumn &column, const QString &text, QString *error);

// The text of a value as shown in the table (locale, column decimals, choice label).
QString formatCell(const TableColumn &column, const QVariant &value);

// What a column's header, cells and form field show on hover and in What's This mode: the
// header in bold, with its unit, above what the value means (`toolTip`). So every column's help
// names its unit, in the money unit of the settings, without each tool tip repeating it.
QString columnHelp(const TableColumn &column);

} // namespace gridcba::ui
