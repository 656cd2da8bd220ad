#pragma once

// Private to the project adapters (projectadapters.cpp, indicatoradapters.cpp): a table's
// columns described once, each with how to read and write its value, and the definitions of
// RowsAdapter's members. Values pass in base units (euros, fractions); displayValue and
// setDisplayValue convert from and to the display units of TableColumn::displayScale.

#include "projectadapters.h"
#include "units.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <functional>
#include <optional>

namespace gridcba::ui {

template <typename Row> struct Field
{
    TableColumn column;
    std::function<QVariant(const Row &)> get; // base units; invalid: not given
    // Sets a base-unit value of the column's type (invalid: clear an optional value) on
    // `row`, which lies at `index` inside `study`. Returns the refusal. Null: read only.
    std::function<QString(model::Study &study, Row &row, int index, const QVariant &value)> set;
};

template <typename Row> struct FieldTable
{
    std::vector<Field<Row>> fields;
};

namespace projectfields {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gridcba::ui::ProjectAdapters)
};

constexpr int kMinYear = 1900; // as core/model/validation.cpp
constexpr int kMaxYear = 2200;

template <typename Row> QVariant displayValue(const FieldTable<Row> &table, const Row &row, int c)
{
    if (c < 0 || c >= int(table.fields.size()))
        return {};
    const Field<Row> &field = table.fields[size_t(c)];
    const QVariant value = field.get(row);
    if (field.column.type == ColumnType::Real && value.isValid())
        return value.toDouble() / field.column.displayScale;
    return value;
}

template <typename Row>
QString setDisplayValue(const FieldTable<Row> &table, model::Study &study, Row &row, int index,
                        int c, const QVariant &value)
{
    if (c < 0 || c >= int(table.fields.size()))
        return Tr::tr("There is no column %1").arg(c + 1);
    const Field<Row> &field = table.fields[size_t(c)];
    if (field.column.readOnly || !field.set)
        return Tr::tr("%1 is computed and cannot be edited").arg(field.column.header);
    if (!value.isValid() && !field.column.optional && field.column.type != ColumnType::Text)
        return Tr::tr("%1 needs a value").arg(field.column.header);
    QVariant base = value;
    if (field.column.type == ColumnType::Real && value.isValid()) {
        const double v = value.toDouble() * field.column.displayScale;
        if (!std::isfinite(v))
            return Tr::tr("%1 must be a finite number").arg(field.column.header);
        base = v;
    }
    return field.set(study, row, index, base);
}

inline TableColumn makeColumn(const QString &key, const QString &header, const QString &toolTip,
                              ColumnType type, double scale = 1.0, int decimals = 2)
{
    TableColumn c;
    c.key = key;
    c.header = header;
    c.toolTip = toolTip;
    c.type = type;
    c.displayScale = scale;
    c.decimals = decimals;
    return c;
}

// The money unit of the settings, read once per adapter.
struct Money
{
    double scale = units::moneyScale();
    QString symbol = units::moneySymbol();

    QString header(const QString &label) const
    {
        return label + QStringLiteral(" (") + symbol + u')';
    }
    QString perYearHeader(const QString &label) const
    {
        return label + QStringLiteral(" (") + symbol + Tr::tr("/yr") + u')';
    }
    QString text(double eur) const
    {
        return QLocale().toString(eur / scale, 'f', 2) + u' ' + symbol;
    }
};

inline model::Project *projectAt(model::Study &study, int index)
{
    return index >= 0 && size_t(index) < study.projects.size() ? &study.projects[size_t(index)]
                                                               : nullptr;
}

inline const model::Project *projectAt(const model::Study &study, int index)
{
    return projectAt(const_cast<model::Study &>(study), index);
}

inline QString projectLabel(const model::Study &study, int index)
{
    const model::Project *p = projectAt(study, index);
    return p ? p->id : Tr::tr("project %1").arg(index + 1);
}

template <typename Row> Field<Row> textField(TableColumn column, QString Row::*member)
{
    column.type = ColumnType::Text;
    return {column, [member](const Row &r) { return QVariant(r.*member); },
            [member](model::Study &, Row &r, int, const QVariant &v) {
                r.*member = v.toString();
                return QString();
            }};
}

// A required, trimmed text that must be unique among the rows `siblings` returns.
template <typename Row>
Field<Row> idField(TableColumn column, QString Row::*member, const QString &what,
                   std::function<const std::vector<Row> *(const model::Study &)> siblings)
{
    column.type = ColumnType::Text;
    return {column, [member](const Row &r) { return QVariant(r.*member); },
            [=](model::Study &study, Row &r, int index, const QVariant &v) {
                const QString id = v.toString().trimmed();
                if (id.isEmpty())
                    return Tr::tr("%1 must not be empty").arg(what);
                if (const std::vector<Row> *rows = siblings(study))
                    for (size_t i = 0; i < rows->size(); ++i)
                        if (int(i) != index && (*rows)[i].*member == id)
                            return Tr::tr("%1 “%2” is already used").arg(what, id);
                r.*member = id;
                return QString();
            }};
}

template <typename Row>
Field<Row> intField(TableColumn column, int Row::*member, int min, int max, const QString &what)
{
    column.type = ColumnType::Integer;
    return {column, [member](const Row &r) { return QVariant(r.*member); },
            [=](model::Study &, Row &r, int, const QVariant &v) {
                const int value = v.toInt();
                if (value < min || value > max)
                    return Tr::tr("%1 must be between %2 and %3").arg(what).arg(min).arg(max);
                r.*member = value;
                return QString();
            }};
}

template <typename Row> Field<Row> finiteField(TableColumn column, double Row::*member)
{
    column.type = ColumnType::Real;
    return {column, [member](const Row &r) { return QVariant(r.*member); },
            [member](model::Study &, Row &r, int, const QVariant &v) {
                r.*member = v.toDouble();
                return QString();
            }};
}

template <typename Row>
Field<Row> nonNegativeField(TableColumn column, double Row::*member, const QString &what)
{
    column.type = ColumnType::Real;
    return {column, [member](const Row &r) { return QVariant(r.*member); },
            [=](model::Study &, Row &r, int, const QVariant &v) {
                if (v.toDouble() < 0.0)
                    return Tr::tr("%1 must be 0 or more").arg(what);
                r.*member = v.toDouble();
                return QString();
            }};
}

template <typename Row>
Field<Row> optionalField(TableColumn column, std::optional<double> Row::*member)
{
    column.type = ColumnType::Real;
    column.optional = true;
    return {column,
            [member](const Row &r) { return (r.*member) ? QVariant(*(r.*member)) : QVariant(); },
            [member](model::Study &, Row &r, int, const QVariant &v) {
                r.*member = v.isValid() ? std::optional<double>(v.toDouble()) : std::nullopt;
                return QString();
            }};
}

// Inserts `row` at `index` (clamped to the table).
template <typename Row> void insertAt(std::vector<Row> &rows, int index, Row row)
{
    index = std::clamp(index, 0, int(rows.size()));
    rows.insert(rows.begin() + index, std::move(row));
}

} // namespace projectfields

// --- RowsAdapter ------------------------------------------------------------------------

template <typename Row>
RowsAdapter<Row>::RowsAdapter(QString title, std::shared_ptr<const FieldTable<Row>> fields)
    : m_title(std::move(title)), m_fields(std::move(fields))
{
}

template <typename Row> std::vector<TableColumn> RowsAdapter<Row>::columns() const
{
    std::vector<TableColumn> columns;
    for (const Field<Row> &field : m_fields->fields)
        columns.push_back(field.column);
    return columns;
}

template <typename Row> int RowsAdapter<Row>::rowCount(const model::Study &study) const
{
    const std::vector<Row> *r = rows(study);
    return r ? int(r->size()) : -1;
}

template <typename Row>
QVariant RowsAdapter<Row>::value(const model::Study &study, int row, int column) const
{
    const std::vector<Row> *r = rows(study);
    if (!r || row < 0 || row >= int(r->size()))
        return {};
    return projectfields::displayValue(*m_fields, (*r)[size_t(row)], column);
}

template <typename Row>
QString RowsAdapter<Row>::setValue(model::Study &study, int row, int column,
                                   const QVariant &value) const
{
    std::vector<Row> *r = rows(study);
    if (!r || row < 0 || row >= int(r->size()))
        return projectfields::Tr::tr("Row %1 of %2 no longer exists").arg(row + 1).arg(m_title);
    return projectfields::setDisplayValue(*m_fields, study, (*r)[size_t(row)], row, column, value);
}

template <typename Row> void RowsAdapter<Row>::removeRow(model::Study &study, int row) const
{
    std::vector<Row> *r = rows(study);
    if (r && row >= 0 && row < int(r->size()))
        r->erase(r->begin() + row);
}

} // namespace gridcba::ui
