#pragma once

// Colours of the benefit streams in every chart (screen and report): Okabe–Ito, which stay
// distinguishable with the common colour-vision deficiencies.

#include "economics/evaluation.h"

#include <QColor>

namespace gridcba::report {

inline QColor streamColor(economics::Stream s)
{
    switch (s) {
    case economics::Stream::B1: return QColor(0x00, 0x72, 0xB2);
    case economics::Stream::B2: return QColor(0x00, 0x9E, 0x73);
    case economics::Stream::B5: return QColor(0xE6, 0x9F, 0x00);
    case economics::Stream::B6: return QColor(0xCC, 0x79, 0xA7);
    case economics::Stream::B9: return QColor(0x56, 0xB4, 0xE9);
    case economics::Stream::Other: return QColor(0xD5, 0x5E, 0x00);
    case economics::Stream::B4: break;
    }
    return QColor(0x99, 0x99, 0x99);
}

inline QColor residualValueColor()
{
    return QColor(0x8C, 0x6D, 0x31);
}

inline QColor costColor()
{
    return QColor(0x4D, 0x4D, 0x4D);
}

} // namespace gridcba::report
