#include "indicatornames.h"

#include <QCoreApplication>

namespace gridcba::ui {

namespace {

constexpr char kContext[] = "gridcba::ui::indicators";

struct StreamText
{
    const char *label;
    const char *shortLabel;
    const char *toolTip;
};

// In the order of economics::kStreams.
constexpr StreamText kTexts[economics::kStreamCount] = {
    {QT_TRANSLATE_NOOP("gridcba::ui::indicators", "Socio-economic welfare (B1)"),
     QT_TRANSLATE_NOOP("gridcba::ui::indicators", "Welfare (B1)"),
     QT_TRANSLATE_NOOP("gridcba::ui::indicators",
                       "Gain in consumer and producer surplus and congestion rent that the "
                       "project brings, from market simulations with and without it.")},
    {QT_TRANSLATE_NOOP("gridcba::ui::indicators", "CO2 emissions beyond market price (B2)"),
     QT_TRANSLATE_NOOP("gridcba::ui::indicators", "CO2 emissions (B2)"),
     QT_TRANSLATE_NOOP("gridcba::ui::indicators",
                       "Change of CO2 emissions valued at the societal cost of carbon minus the "
                       "CO2 price already paid in the market (and so counted in B1).")},
    {QT_TRANSLATE_NOOP("gridcba::ui::indicators", "Grid losses (B5)"),
     QT_TRANSLATE_NOOP("gridcba::ui::indicators", "Grid losses (B5)"),
     QT_TRANSLATE_NOOP("gridcba::ui::indicators",
                       "Cost of the change in transmission losses; negative when the project "
                       "increases losses.")},
    {QT_TRANSLATE_NOOP("gridcba::ui::indicators", "Adequacy (B6)"),
     QT_TRANSLATE_NOOP("gridcba::ui::indicators", "Adequacy (B6)"),
     QT_TRANSLATE_NOOP("gridcba::ui::indicators",
                       "Reduction of expected energy not served, valued at the value of lost "
                       "load.")},
    {QT_TRANSLATE_NOOP("gridcba::ui::indicators", "Reserves (B9)"),
     QT_TRANSLATE_NOOP("gridcba::ui::indicators", "Reserves (B9)"),
     QT_TRANSLATE_NOOP("gridcba::ui::indicators",
                       "Reserve capacity that no longer needs to be procured thanks to the "
                       "project, valued at the reserve cost.")},
    {QT_TRANSLATE_NOOP("gridcba::ui::indicators", "Other benefits"),
     QT_TRANSLATE_NOOP("gridcba::ui::indicators", "Other benefits"),
     QT_TRANSLATE_NOOP("gridcba::ui::indicators",
                       "Benefits entered by the promoter and counted in the NPV, such as avoided "
                       "renewal of assets or redispatch savings.")},
    {QT_TRANSLATE_NOOP("gridcba::ui::indicators", "Non-CO2 emissions (B4, not in NPV)"),
     QT_TRANSLATE_NOOP("gridcba::ui::indicators", "Non-CO2 emissions (B4)"),
     QT_TRANSLATE_NOOP("gridcba::ui::indicators",
                       "Change of NOx, SOx, NH3, particulate and NMVOC emissions valued at their "
                       "damage costs; shown apart and not included in the NPV or B/C ratio.")},
};

const StreamText &texts(economics::Stream stream)
{
    return kTexts[static_cast<std::size_t>(stream)];
}

} // namespace

QString streamLabel(economics::Stream stream)
{
    return QCoreApplication::translate(kContext, texts(stream).label);
}

QString streamShortLabel(economics::Stream stream)
{
    return QCoreApplication::translate(kContext, texts(stream).shortLabel);
}

QString streamToolTip(economics::Stream stream)
{
    return QCoreApplication::translate(kContext, texts(stream).toolTip);
}

} // namespace gridcba::ui
