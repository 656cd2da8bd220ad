#pragma once

// Numbers as the report prints them, through one QLocale (the report's language). Engine
// values come in euros and fractions; these functions scale them. The tests of the report
// format expected values with the same functions, so what they look for is what is printed.

#include "economics/evaluation.h"

#include <QLocale>
#include <QString>

#include <optional>

namespace gridcba::report {

class NumberFormat
{
  public:
    explicit NumberFormat(QLocale locale = QLocale()) : m_locale(std::move(locale)) {}

    const QLocale &locale() const { return m_locale; }

    // Euros in M€ with two decimals, without the unit: 13163244.96 -> "13.16".
    QString meur(double eur) const;
    // A B/C ratio with two decimals; "n/a" when undefined.
    QString ratio(const std::optional<double> &value) const;
    // A fraction as a percentage: 0.0405 -> "4.05 %".
    QString percent(double fraction, int decimals = 2) const;
    // The IRR as the report states it: "4.05 %", "none", "several: 3.10 %, 12.40 %".
    QString irr(const economics::ScenarioEvaluation &s) const;
    // A number with fixed decimals, grouped as the locale does; "−0.00" never appears.
    QString number(double value, int decimals) const;
    // A quantity with as many decimals as it needs, at most `maxDecimals`: 0.5, 150 000.
    QString quantity(double value, int maxDecimals = 3) const;
    // A year, never grouped: "2030".
    static QString year(int year) { return QString::number(year); }

  private:
    QLocale m_locale;
};

} // namespace gridcba::report
