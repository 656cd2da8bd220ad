#include "format.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace gridcba::ui::format {

QString meur(double eur)
{
    return number(eur / 1e6, kMoneyDecimals);
}

QString ratio(double value)
{
    return number(value, kRatioDecimals);
}

QString percent(double fraction, int decimals)
{
    //: A percentage; %1 is the number already formatted for the locale.
    return QCoreApplication::translate("gridcba::ui::format", "%1 %")
        .arg(number(fraction * 100.0, decimals));
}

QString number(double value, int decimals)
{
    // Avoid "-0.00" for values that round to zero.
    const double scale = std::pow(10.0, decimals);
    if (std::abs(value) * scale < 0.5)
        value = 0.0;
    return QLocale().toString(value, 'f', decimals);
}

QString year(int year)
{
    return QString::number(year);
}

QString twoLines(const QString &label, int maxLine)
{
    if (label.size() <= maxLine || label.contains(u'\n'))
        return label;
    const qsizetype middle = label.size() / 2;
    qsizetype best = -1;
    for (qsizetype i = 0; i < label.size(); ++i)
        if (label[i] == u' ' && (best < 0 || std::abs(i - middle) < std::abs(best - middle)))
            best = i;
    if (best < 0)
        return label;
    QString wrapped = label;
    wrapped[best] = u'\n';
    return wrapped;
}

QString none()
{
    return QStringLiteral("–");
}

} // namespace gridcba::ui::format
