#pragma once

// The uncertain inputs of the economic layer (methodology.md §4) that a sensitivity analysis
// can vary while the indicator inputs (the market results) stay fixed.
//
// Each input is either an absolute value (the discount rate, years) or a factor on the
// study's own value (1 = as in the study). A `Perturbation` holds one value per input; the
// base perturbation reproduces the study exactly.
//
// Inputs that change the market model's results (fuel prices, demand, RES capacity, storage
// availability, other projects' commissioning, climate years) cannot be recomputed before the
// market model exists; the B1 factor is the honest proxy until then and is labelled so.

#include "model/study.h"

#include <QString>

#include <array>
#include <optional>
#include <vector>

namespace gridcba::sensitivity {

enum class InputId {
    DiscountRate,         // fraction per year, absolute
    Capex,                // factor on central CAPEX (also scales OPEX given as a CAPEX share
                          // and the residual value)
    Opex,                 // factor on OPEX
    OperatingYears,       // N, whole years, absolute
    CommissioningShift,   // years added to the commissioning year (CAPEX moves with it)
    SocietalCostOfCarbon, // factor on the central SCC of every study year (B2)
    MarketCo2Price,       // factor on the market CO2 price (B2 only: B1 is held fixed)
    Voll,                 // factor on VOLL (B6)
    Welfare,              // factor on B1 (proxy for fuel prices, demand, RES)
    Losses,               // factor on B5
    ReserveCost,          // factor on the reserve cost (B9)
    FirstYearFraction,    // share of the commissioning year counted, absolute
};
inline constexpr int kInputCount = 12;

struct InputInfo
{
    InputId id;
    const char *key;      // used in files and on the command line: "discountRate"
    const char *label;    // for people, translatable with QT_TRANSLATE_NOOP context "Input"
    const char *unit;     // "fraction", "factor", "years"
    bool integer;         // whole numbers only
};

const std::array<InputInfo, kInputCount> &inputInfos();
const InputInfo &inputInfo(InputId id);
std::optional<InputId> inputFromKey(const QString &key);

// One value per input.
class Perturbation
{
public:
    // The values that reproduce the study: its discount rate, N and first-year fraction,
    // factors 1, shift 0.
    static Perturbation base(const model::EconomicParameters &economics);

    double value(InputId id) const { return m_values[std::size_t(id)]; }
    void set(InputId id, double v) { m_values[std::size_t(id)] = v; }

private:
    std::array<double, kInputCount> m_values{};
};

// The study's value of an input in its own unit (the base of every sweep).
double baseValue(InputId id, const model::EconomicParameters &economics);

// A range [low, high] to sweep an input over by default: the CAPEX range of the project,
// the SCC low/high levels of the scenarios, and stated conventions for the others (docs/
// sensitivity.md). `central` is the base value.
struct InputRange
{
    double low = 0.0;
    double high = 0.0;
};
InputRange defaultSweepRange(InputId id, const model::Study &study, const model::Project &project);

// The reference route: copies of the economic parameters, scenario and project with the
// perturbation applied, to be evaluated by economics::evaluateScenario. Slow but plainly
// right; the fast evaluator is tested against it.
struct PerturbedCase
{
    model::EconomicParameters economics;
    model::Scenario scenario;
    model::Project project;
};
PerturbedCase applyPerturbation(const model::EconomicParameters &economics,
                                const model::Scenario &scenario, const model::Project &project,
                                const Perturbation &p);

}  // namespace gridcba::sensitivity
