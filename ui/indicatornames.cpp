#include "indicatornames.h"

#include "io/indicatorlines.h"

namespace gridcba::ui {

// The terms live with the indicator tables (io/indicatorlines), so the UI, the report and
// the exports use the same words.

QString streamLabel(economics::Stream stream)
{
    return io::streamLabel(stream);
}

QString streamShortLabel(economics::Stream stream)
{
    return io::streamShortLabel(stream);
}

QString streamToolTip(economics::Stream stream)
{
    return io::streamToolTip(stream);
}

} // namespace gridcba::ui
