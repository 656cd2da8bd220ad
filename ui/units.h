#pragma once

// The unit money is shown and entered in, chosen in the settings: €, k€ or M€ (default).
// Tables and forms read it when they are built or refreshed; the model always holds euros.

#include <QString>

namespace gridcba::ui::units {

enum class Money { Eur, KEur, MEur };

Money money();             // from the settings
void setMoney(Money unit); // stores it in the settings
// Euros per displayed unit: 1, 1e3 or 1e6.
double moneyScale();
// "€", "k€", "M€"
QString moneySymbol();
QString moneySymbol(Money unit);

} // namespace gridcba::ui::units
