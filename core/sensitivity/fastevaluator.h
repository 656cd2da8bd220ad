#pragma once

// NPV and B/C of one project in one scenario under a Perturbation, in a few hundred
// nanoseconds: the evaluation of economics::evaluateScenario() decomposed once into yearly
// series that are linear in the perturbation's factors, so that a sample only rescales,
// shifts and discounts them. Tests check it against the reference route
// (applyPerturbation + evaluateScenario) on random perturbations.

#include "economics/evaluation.h"
#include "sensitivity/inputs.h"

#include <optional>
#include <vector>

namespace gridcba::sensitivity {

struct FastResult
{
    double npvEur = 0.0;
    std::optional<double> bcRatio;
};

class FastEvaluator
{
public:
    // Fails (with the engine's error) when the base case cannot be evaluated.
    static std::optional<FastEvaluator> create(const model::EconomicParameters &economics,
                                               const model::Scenario &scenario,
                                               const model::Project &project,
                                               economics::EvaluationError *error);

    FastResult evaluate(const Perturbation &p) const;

private:
    FastEvaluator() = default;

    // Benefit components by calendar year, from m_firstYear on; each is multiplied by its
    // factor: B1 × welfare, S × SCC factor − E × CO2 factor (B2), B5 × losses, B6 × VOLL,
    // B9 × reserve cost, other × 1.
    enum Component { B1, Scc, Co2, B5, B6, B9, Other, kComponents };
    std::array<std::vector<double>, kComponents> m_series;
    int m_firstYear = 0;

    struct CapexFlow
    {
        int offset;  // year − commissioning year
        double eur;  // central, in base-year €
    };
    std::vector<CapexFlow> m_capex;
    double m_opexFixed = 0.0;         // Σ OPEX €/yr given as an amount
    double m_opexShareOfCapex = 0.0;  // Σ share × total CAPEX, € per year
    double m_decommissioning = 0.0;
    struct Residual
    {
        double capexEur;
        int lifetime;
    };
    std::vector<Residual> m_residual;
    int m_commissioningYear = 0;
    int m_discountingYear = 0;
    bool m_linearResidual = false;
    model::BcRatioDefinition m_bcRatio = model::BcRatioDefinition::BenefitsOverCosts;
    int m_minCapexOffset = 0;

    double benefit(int year, const Perturbation &p) const;
};

}  // namespace gridcba::sensitivity
