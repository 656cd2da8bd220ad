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

    void optionalFinite(const QString &path, const std::optional<double> &v)
    {
        if (v)
            finite(path, *v);
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
