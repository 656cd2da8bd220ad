#pragma once

// Numbers as users read them: through the default QLocale, with the units the UI uses.
// Engine values come in euros and fractions; these functions do the scaling.

#include <QString>

namespace gridcba::ui::format {

inline constexpr int kMoneyDecimals = 2;
inline constexpr int kRatioDecimals = 2;
inline constexpr int kPercentDecimals = 2;

// Euros shown in M€, without the unit: 1914571234.5 -> "1,914.57".
QString meur(double eur);
// A B/C ratio: "1.17".
QString ratio(double value);
// A fraction as a percentage with its sign: 0.0405 -> "4.05 %".
QString percent(double fraction, int decimals = kPercentDecimals);
// A plain number with a fixed number of decimals; thousands grouped as the locale does.
QString number(double value, int decimals);
// A year without thousands separator: "2030".
QString year(int year);
// Breaks a label longer than `maxLine` characters at the space nearest its middle, so that
// column headers and axis ticks take less width: "Distributed Energy" -> "Distributed\nEnergy".
QString twoLines(const QString &label, int maxLine = 12);
// The text shown where a value does not exist: "–".
QString none();

} // namespace gridcba::ui::format
