#pragma once

// The sensitivity inputs and distributions (core/sensitivity) spelled out for users: labels,
// one-sentence tooltips, the unit shown and the scaling to it. Fractions (discount rate,
// share of the first year) are shown and edited in %, factors as multiples of the study's
// value, years as whole numbers.

#include "sensitivity/inputs.h"
#include "sensitivity/montecarlo.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace gridcba::model {
struct Study;
}

namespace gridcba::ui {

class SensitivityText
{
    Q_DECLARE_TR_FUNCTIONS(SensitivityText)

  public:
    static QString label(sensitivity::InputId id);
    static QString toolTip(sensitivity::InputId id);
    // The unit of displayed values: "%", "× study value", "years".
    static QString unit(sensitivity::InputId id);
    // "Discount rate (%)", for axes and headers.
    static QString labelWithUnit(sensitivity::InputId id);
    static bool isWholeNumber(sensitivity::InputId id);

    // Engine value <-> displayed value (fractions × 100).
    static double toDisplay(sensitivity::InputId id, double value);
    static double fromDisplay(sensitivity::InputId id, double shown);
    static int decimals(sensitivity::InputId id);
    // The value as shown, through QLocale, without its unit: "4.00", "1.25", "30".
    static QString value(sensitivity::InputId id, double value);

    static QString distributionName(sensitivity::DistributionKind kind);
    // What parameters a, b (and c) mean for this kind: "Minimum", "Most likely", ...
    static QStringList parameterNames(sensitivity::DistributionKind kind);
    // What parameter `index` of `kind` does to the draws, in a sentence.
    static QString parameterToolTip(sensitivity::DistributionKind kind, int index);
    // "Triangular (0.85, 1.00, 1.25)", values as shown.
    static QString summary(sensitivity::InputId id, const sensitivity::Distribution &d);

    static QString scenarioName(const model::Study &study, const QString &scenarioId);
};

} // namespace gridcba::ui
