#pragma once

// COMPARE_NEAR(actual, expected, absTol, relTol): passes when
// |actual − expected| <= max(absTol, relTol × |expected|), and prints both values and the
// difference when it does not. Use it instead of QCOMPARE for any double.

#include <QTest>

#include <algorithm>
#include <cmath>

namespace gridcba::test {

inline bool near(double actual, double expected, double absTol, double relTol)
{
    if (std::isnan(actual) || std::isnan(expected))
        return false;
    return std::abs(actual - expected) <= std::max(absTol, relTol * std::abs(expected));
}

}  // namespace gridcba::test

#define COMPARE_NEAR(actual, expected, absTol, relTol)                                          \
    do {                                                                                        \
        const double a_ = (actual);                                                             \
        const double e_ = (expected);                                                           \
        if (!gridcba::test::near(a_, e_, (absTol), (relTol)))                                   \
            QFAIL(qPrintable(QStringLiteral("%1 = %2, expected %3 (difference %4, tolerance "   \
                                            "abs %5 / rel %6)")                                 \
                                 .arg(QLatin1String(#actual))                                   \
                                 .arg(a_, 0, 'g', 15)                                           \
                                 .arg(e_, 0, 'g', 15)                                           \
                                 .arg(a_ - e_, 0, 'g', 6)                                       \
                                 .arg(double(absTol), 0, 'g', 3)                                \
                                 .arg(double(relTol), 0, 'g', 3)));                             \
    } while (false)
