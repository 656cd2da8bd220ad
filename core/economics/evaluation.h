#pragma once

// The economic evaluation of methodology.md §3: yearly cash flows of one project in one
// scenario, their present values, NPV, B/C ratio and economic IRR, and the range over
// scenarios.
//
// All money here is in euros of the study's price base year (inputs are converted with the
// deflator). Benefits are positive; costs are positive numbers that are subtracted.

#include "model/study.h"

#include <QString>
#include <QStringList>

#include <array>
#include <map>
#include <optional>
#include <vector>

namespace gridcba::economics {

// Monetised benefit streams. The headline NPV and B/C use the headline streams only; B4 is
// monetised only where the study gives damage costs and is always shown apart (§2).
enum class Stream { B1, B2, B5, B6, B9, Other, B4 };
inline constexpr int kStreamCount = 7;
inline constexpr std::array<Stream, kStreamCount> kStreams = {
    Stream::B1, Stream::B2, Stream::B5, Stream::B6, Stream::B9, Stream::Other, Stream::B4};
constexpr bool isHeadline(Stream s) { return s != Stream::B4; }
QString streamId(Stream s);  // "B1", "B2", ..., "Other"

using StreamValues = std::array<double, kStreamCount>;

// Which end of the CAPEX uncertainty range the costs are taken from.
enum class CapexCase { Central, Low, High };

// Which societal cost of carbon values B2.
enum class SccLevel { Low, Central, High };

struct CashFlowYear
{
    int year = 0;
    StreamValues benefits{};      // € of the base year, by stream
    double capexEur = 0.0;
    double opexEur = 0.0;
    double decommissioningEur = 0.0;
    double residualValueEur = 0.0;  // a benefit, in the last year only
    double discountFactor = 1.0;    // 1 / (1 + r)^(year - t0)

    double headlineBenefitsEur() const;
    // Headline benefits + residual value − CAPEX − OPEX − decommissioning.
    double netEur() const;
};

enum class IrrOutcome { Found, NoSignChange, Multiple };

struct ScenarioEvaluation
{
    QString scenarioId;
    std::vector<CashFlowYear> cashFlows;   // one row per year of the assessment period
    StreamValues pvBenefits{};
    double pvHeadlineBenefitsEur = 0.0;
    double pvCapexEur = 0.0;
    double pvOpexEur = 0.0;
    double pvDecommissioningEur = 0.0;
    double pvResidualValueEur = 0.0;
    double npvEur = 0.0;
    std::optional<double> bcRatio;        // none when the denominator is zero
    IrrOutcome irrOutcome = IrrOutcome::NoSignChange;
    std::optional<double> irr;            // fraction; only when the root is unique (Found)
    std::vector<double> irrRoots;         // every root found, ascending (several: Multiple)
    double npvSccLowEur = 0.0;            // NPV with B2 valued at the low / high SCC
    double npvSccHighEur = 0.0;
    double npvCapexLowEur = 0.0;          // NPV with CAPEX at the low / high end of its range
    double npvCapexHighEur = 0.0;
    QStringList notes;                    // conventions applied that a reader should know
};

struct Range
{
    double min = 0.0;
    double max = 0.0;
};

struct ProjectEvaluation
{
    QString projectId;
    int firstYear = 0;  // assessment period
    int lastYear = 0;
    std::vector<ScenarioEvaluation> scenarios;     // scenarios with indicator inputs
    QStringList scenariosNotAssessed;              // scenarios without any input rows
    std::optional<Range> npvRangeEur;              // over `scenarios`
    std::optional<Range> bcRange;
};

struct EvaluationError
{
    // Which object `path` is relative to: evaluateScenario() leaves it relative to the
    // scenario or the project; evaluateProject() makes it a full path as in
    // model::ValidationIssue ("projects/0/indicatorInputs", "scenarios/1/studyYears/0/...").
    enum class Scope { Project, Scenario, Study };
    Scope scope = Scope::Project;
    QString path;
    QString message;
};

struct EvaluationOptions
{
    CapexCase capex = CapexCase::Central;
    SccLevel scc = SccLevel::Central;
    bool computeIrr = true;
    bool computeVariants = true;  // NPV at the low/high SCC and CAPEX ends
};

// Factor converting money of `priceYear` into the price base year. Fails when the deflator
// lacks an index that is needed.
std::optional<double> priceFactor(const model::EconomicParameters &e, int priceYear);

// Evaluates one project in one scenario. The study must have passed model::validate().
// Fails (with the field named) when the inputs cannot be evaluated honestly, e.g. an
// indicator given in one study year but missing in another.
std::optional<ScenarioEvaluation> evaluateScenario(const model::EconomicParameters &economics,
                                                   const model::Scenario &scenario,
                                                   const model::Project &project,
                                                   const EvaluationOptions &options,
                                                   EvaluationError *error);

// The monetised value of each stream in each study year of the scenario (€/yr of the price
// base year, central SCC): the values the benefits are interpolated from. A stream that is
// not assessed reads 0. Fails like evaluateScenario() on incomplete inputs.
std::optional<std::map<int, StreamValues>> monetisedStudyYears(const model::EconomicParameters &economics,
                                                               const model::Scenario &scenario,
                                                               const model::Project &project,
                                                               EvaluationError *error);

// Evaluates a project in every scenario for which it has indicator inputs.
std::optional<ProjectEvaluation> evaluateProject(const model::Study &study,
                                                 const model::Project &project,
                                                 EvaluationError *error);

// Σ net_t / (1 + rate)^(t − t0) over the cash flows.
double npvAtRate(const std::vector<CashFlowYear> &flows, int discountingYear, double rate);

// Rates at which npvAtRate() is zero, searched in [−0.9, 10] on a grid (0.5 % steps below
// 100 %, 10 % above) and refined with TOMS 748. Several sign changes mean several roots, and
// then no single IRR is meaningful: `rate` is empty and `roots` lists them.
struct IrrResult
{
    IrrOutcome outcome = IrrOutcome::NoSignChange;
    std::optional<double> rate;
    std::vector<double> roots;
};
IrrResult internalRateOfReturn(const std::vector<CashFlowYear> &flows, int discountingYear);

// Linear interpolation of study-year values over calendar years: constant before the first
// and after the last study year. `points` must be ascending by year and non-empty.
double interpolate(const std::vector<std::pair<int, double>> &points, int year);

}  // namespace gridcba::economics
