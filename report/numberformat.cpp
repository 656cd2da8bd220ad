#include "numberformat.h"

#include <QCoreApplication>
#include <QStringList>

#include <cmath>

namespace gridcba::report {

namespace {

struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(gridcba::report::NumberFormat)
};

} // namespace

QString NumberFormat::number(double value, int decimals) const
{
    const double scale = std::pow(10.0, decimals);
    if (std::abs(value) * scale < 0.5)
        value = 0.0;
    return m_locale.toString(value, 'f', decimals);
}

QString NumberFormat::meur(double eur) const
{
    return number(eur / 1e6, 2);
}

QString NumberFormat::ratio(const std::optional<double> &value) const
{
    return value ? number(*value, 2) : Texts::tr("n/a");
}

QString NumberFormat::percent(double fraction, int decimals) const
{
    //: A percentage; %1 is the number already formatted for the locale.
    return Texts::tr("%1 %").arg(number(fraction * 100.0, decimals));
}

QString NumberFormat::irr(const economics::ScenarioEvaluation &s) const
{
    if (s.irrOutcome == economics::IrrOutcome::Multiple) {
        QStringList roots;
        for (double r : s.irrRoots)
            roots << percent(r);
        return Texts::tr("several: %1").arg(roots.join(QStringLiteral(", ")));
    }
    return s.irr ? percent(*s.irr) : Texts::tr("none");
}

QString NumberFormat::quantity(double value, int maxDecimals) const
{
    int decimals = 0;
    while (decimals < maxDecimals &&
           std::abs(value * std::pow(10.0, decimals) - std::round(value * std::pow(10.0, decimals))) >
               1e-9 * std::max(1.0, std::abs(value)))
        ++decimals;
    return number(value, decimals);
}

} // namespace gridcba::report
