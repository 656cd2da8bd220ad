#pragma once

// The lines of the indicator table (methodology.md §2): for one project, scenario and study
// year, each indicator's quantity as entered, with its unit and sign convention, the engine's
// monetised value where there is one, and its reliability class. Shared by the report and
// the table exports so both say the same thing with the same words.

#include "economics/evaluation.h"
#include "model/study.h"

#include <QString>

#include <optional>
#include <vector>

namespace gridcba::io {

// The guideline's reliability classes. The headline NPV uses monetised indicators only.
enum class Reliability { Monetised, Quantified, Qualitative };
QString reliabilityName(Reliability r); // "monetised", "quantified", "qualitative"

struct IndicatorLine
{
    QString id;           // "B1", "B3", "B4a", "Other"
    QString label;        // "Avoided curtailment (B3)"; translated
    QString quantityUnit; // "t/yr", "MWh/yr", "EUR/yr (2023 prices)"
    std::optional<double> quantity;     // as entered; empty = not given
    bool quantityIsMoney = false;       // the quantity is in € (B1, other benefits)
    std::optional<double> monetisedEur; // engine's value, € of the base year per year
    Reliability reliability = Reliability::Quantified;
    bool inNpv = false; // counted in the headline NPV and B/C
};

// Every line that has a value in `input`, in the guideline's order. `monetised` holds the
// engine's values for this study year (economics::monetisedStudyYears).
std::vector<IndicatorLine> indicatorLines(const model::Study &study, const model::Project &project,
                                          const model::Scenario &scenario,
                                          const model::IndicatorInput &input,
                                          const economics::StreamValues &monetised);

// The indicator ids of methodology.md §2 that have no value in any study year of the
// scenario for this project: "B3", "B9", ...
QStringList indicatorsNotAssessed(const model::Project &project, const model::Scenario &scenario);

// The monetised benefit streams spelled out: "Socio-economic welfare (B1)", a shorter form
// for chart legends, and one sentence for tooltips. One term per concept in UI and report.
QString streamLabel(economics::Stream stream);
QString streamShortLabel(economics::Stream stream);
QString streamToolTip(economics::Stream stream);

// "Frequency stability (B8.1)", "Flexibility (B7)", ... for the qualitative indicators; the id
// itself for an unknown one.
QString qualitativeIndicatorName(const QString &id);

} // namespace gridcba::io
