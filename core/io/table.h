#pragma once

// A results table as data: typed columns with their unit, and rows of raw values (full
// precision, € not M€, fractions not percent). The CSV and XLSX writers turn it into files;
// nothing here is formatted for a locale.

#include <QString>

#include <variant>
#include <vector>

namespace gridcba::io {

// How a column's numbers are to be read; writers use it for number formats.
enum class ColumnKind {
    Text,
    Integer,  // years, counts
    Money,    // € of the price base year unless the unit says otherwise
    Ratio,    // B/C
    Fraction, // rates and shares: 0.04 = 4 %
    Factor,   // discount and price-conversion factors
    Quantity, // physical quantities: t/yr, MWh/yr, MW, h/yr
};

struct Column
{
    QString title; // "NPV"
    QString unit;  // "EUR", "t/yr"; empty for text and ratios
    ColumnKind kind = ColumnKind::Text;

    // The header as written to files: "NPV (EUR)", or the title alone without a unit.
    QString header() const { return unit.isEmpty() ? title : title + QStringLiteral(" (") + unit + u')'; }
};

// An empty cell (std::monostate) means "not given", which is not zero.
using Cell = std::variant<std::monostate, QString, double>;

// In a cash-flow table: the columns a spreadsheet needs to recompute the NPV as
// Σ net × discount factor per `group` (the scenario). -1 where absent.
struct DiscountingColumns
{
    int group = -1;
    int net = -1;
    int factor = -1;
    int discounted = -1;
};

struct Table
{
    QString name;  // file stem and sheet name: "P1 cash flows"
    QString title; // a sentence saying what the table holds
    std::vector<Column> columns;
    std::vector<std::vector<Cell>> rows;
    DiscountingColumns discounting;
};

} // namespace gridcba::io
