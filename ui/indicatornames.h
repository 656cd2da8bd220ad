#pragma once

// The monetised benefit streams of the engine (economics::Stream) spelled out for users,
// with a one-sentence explanation for tooltips. One term per concept across UI and report.

#include "economics/evaluation.h"

#include <QString>

namespace gridcba::ui {

// "Socio-economic welfare (B1)", ...
QString streamLabel(economics::Stream stream);
// Shorter form for chart legends: "Welfare (B1)", ...
QString streamShortLabel(economics::Stream stream);
QString streamToolTip(economics::Stream stream);

} // namespace gridcba::ui
