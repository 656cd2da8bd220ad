#pragma once

// The checking helpers shared by the study's validation files (validation.cpp,
// powersystemvalidation.cpp). Internal to core/model.

#include "validation.h"

#include <QCoreApplication>
#include <QSet>
#include <QStringList>

#include <cmath>

namespace gridcba::model::detail {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Validation)
};

constexpr int kMinYear = 1900;
constexpr int kMaxYear = 2200;

// Plausibility limits, far beyond any real study (Europe has about 1.2 TW installed and uses
// about 3,000 TWh a year; the largest grid projects cost a few billion euros) yet small
// enough that every sum over hours, zones, years and scenarios stays a finite number. A value
// beyond one is a unit mistake (Wh typed for MWh, € for M€) or a damaged file: it is refused
// naming its field rather than carried into the results as an overflow or infinity.
constexpr double kMaxEur = kMaxInputMagnitude;  // an amount of money, € or €/yr
constexpr double kMaxEurPerUnit = 1e9;   // a price: €/MWh, €/t, €/MW/yr
constexpr double kMaxMw = 1e7;           // a power (10 TW)
constexpr double kMaxMwh = 1e11;         // an energy (100,000 TWh)
constexpr double kMaxTonnes = 1e12;      // emissions
constexpr double kMaxProfileValue = 1e3; // profiles hold relative values (mean about 1)

class Checker
{
public:
    std::vector<ValidationIssue> issues;

    void fail(const QString &path, const QString &message) { issues.push_back({path, message}); }

    void year(const QString &path, int y)
    {
        if (y < kMinYear || y > kMaxYear)
            fail(path, Tr::tr("year %1 is outside %2..%3").arg(y).arg(kMinYear).arg(kMaxYear));
    }

    void finite(const QString &path, double v)
    {
        if (!std::isfinite(v))
            fail(path, Tr::tr("must be a finite number"));
    }

    void nonNegative(const QString &path, double v)
    {
        if (!std::isfinite(v) || v < 0.0)
            fail(path, Tr::tr("must be a finite number >= 0, got %1").arg(v));
    }

    // 0 <= v <= max (one of the plausibility limits above).
    void nonNegative(const QString &path, double v, double max)
    {
        nonNegative(path, v);
        if (std::isfinite(v) && v > max)
            tooLarge(path, v, max);
    }

    // |v| <= max, for values that may be negative (a benefit, a change).
    void bounded(const QString &path, double v, double max)
    {
        finite(path, v);
        if (std::isfinite(v) && std::abs(v) > max)
            tooLarge(path, v, max);
    }

    void optionalBounded(const QString &path, const std::optional<double> &v, double max)
    {
        if (v)
            bounded(path, *v, max);
    }

    void tooLarge(const QString &path, double v, double max)
    {
        //: %1 is the value found, %2 the largest value accepted
        fail(path, Tr::tr("%1 is implausibly large (at most %2 in size is accepted); check the "
                          "unit").arg(v, 0, 'g', 6).arg(max, 0, 'g', 6));
    }

    void id(const QString &path, const QString &value, QSet<QString> &seen)
    {
        if (value.trimmed().isEmpty())
            fail(path, Tr::tr("must not be empty"));
        else if (seen.contains(value))
            fail(path, Tr::tr("'%1' is used twice; ids must be unique").arg(value));
        seen.insert(value);
    }
};

inline QString at(const QString &base, const char *field) { return base + u'/' + QLatin1String(field); }
inline QString at(const QString &base, const char *field, std::size_t index)
{
    return at(base, field) + u'/' + QString::number(index);
}

// The power system, profiles and market settings (powersystemvalidation.cpp).
void checkMarket(Checker &c, const Study &study);

}  // namespace gridcba::model::detail
