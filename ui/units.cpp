#include "units.h"

#include "preferences.h"

namespace gridcba::ui::units {

namespace {

Preference<QString> moneyPreference()
{
    return {QStringLiteral("units/money"), QStringLiteral("MEur")};
}

} // namespace

Money money()
{
    const QString key = moneyPreference().value();
    if (key == u"Eur")
        return Money::Eur;
    if (key == u"KEur")
        return Money::KEur;
    return Money::MEur;
}

void setMoney(Money unit)
{
    switch (unit) {
    case Money::Eur:
        moneyPreference().setValue(QStringLiteral("Eur"));
        break;
    case Money::KEur:
        moneyPreference().setValue(QStringLiteral("KEur"));
        break;
    case Money::MEur:
        moneyPreference().setValue(QStringLiteral("MEur"));
        break;
    }
}

double moneyScale()
{
    switch (money()) {
    case Money::Eur:
        return 1.0;
    case Money::KEur:
        return 1e3;
    case Money::MEur:
        return 1e6;
    }
    return 1e6;
}

QString moneySymbol(Money unit)
{
    switch (unit) {
    case Money::Eur:
        return QStringLiteral("€");
    case Money::KEur:
        return QStringLiteral("k€");
    case Money::MEur:
        return QStringLiteral("M€");
    }
    return {};
}

QString moneySymbol()
{
    return moneySymbol(money());
}

} // namespace gridcba::ui::units
