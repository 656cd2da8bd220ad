#pragma once

// Monte Carlo over the economic-layer inputs (methodology.md §4) with the indicator inputs
// held fixed: each sample draws the chosen inputs from their distributions (with optional
// rank correlation through a Gaussian copula), evaluates the project in every assessed
// scenario with the same draw, and the results are summarised per scenario.
//
// Reproducible: samples are drawn in fixed blocks, block b from its own mt19937_64 seeded
// from (seed, b), so the numbers do not depend on the number of threads.

#include "sensitivity/inputs.h"

#include <QString>

#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

namespace gridcba::sensitivity {

enum class DistributionKind { Uniform, Triangular, Pert, Normal, Lognormal };

// Parameters, in the input's unit:
//   Uniform(a = min, b = max); Triangular and Pert(a = min, b = mode, c = max);
//   Normal(a = mean, b = standard deviation); Lognormal(a = mean, b = standard deviation of
//   the value itself, not of its logarithm).
struct Distribution
{
    DistributionKind kind = DistributionKind::Uniform;
    double a = 0.0;
    double b = 0.0;
    double c = 0.0;
};

QString distributionKey(DistributionKind kind);  // "uniform", "triangular", "pert", ...
std::optional<DistributionKind> distributionFromKey(const QString &key);

// Checks the parameters; returns the problem, or an empty string.
QString checkDistribution(const Distribution &d);
// Quantile function (inverse CDF) at probability u in (0, 1).
double quantile(const Distribution &d, double u);
// Density at x, for previews.
double density(const Distribution &d, double x);
// The interval holding all but 1e-4 of the probability at each end, for plotting.
std::pair<double, double> plotRange(const Distribution &d);

// PERT quantiles for sampling: Boost's beta quantile is exact but slow (~20 µs), so between
// probabilities 0.02 and 0.98 a cubic Hermite interpolation of exact quantiles and slopes on
// 1,024 cells is used (error below 1e-8 of max − min, tested); the tails are exact.
class PertSampler
{
public:
    explicit PertSampler(const Distribution &d);
    double operator()(double u) const;

    static constexpr int kCells = 1024;
    static constexpr double kTail = 0.02;

private:
    Distribution m_d;
    std::vector<double> m_x;      // quantiles of the unit beta at i / kCells
    std::vector<double> m_slope;  // their derivatives dQ/du
};

struct McInput
{
    InputId id = InputId::DiscountRate;
    Distribution distribution;
};

// Target Spearman rank correlation between two sampled inputs.
struct RankCorrelation
{
    InputId a = InputId::DiscountRate;
    InputId b = InputId::Capex;
    double rho = 0.0;
};

struct MonteCarloDefinition
{
    QString projectId;
    std::vector<McInput> inputs;
    std::vector<RankCorrelation> correlations;
    int samples = 10000;
    std::uint64_t seed = 1;
    int histogramBins = 40;
};

struct Histogram
{
    double low = 0.0;   // lower edge of the first bin
    double width = 0.0; // width of each bin
    std::vector<int> counts;
};

struct Driver
{
    InputId id = InputId::DiscountRate;
    double rankCorrelation = 0.0;  // Spearman ρ between the input and NPV
    double varianceShare = 0.0;    // ρ² / Σρ² over the sampled inputs
};

struct McScenarioResult
{
    QString scenarioId;
    double npvMeanEur = 0.0;
    double npvStdDevEur = 0.0;
    double npvP10Eur = 0.0;
    double npvP50Eur = 0.0;
    double npvP90Eur = 0.0;
    std::optional<double> bcP10, bcP50, bcP90;  // over the samples where B/C is defined
    double probabilityNpvPositive = 0.0;
    Histogram npvHistogram;
    std::vector<double> npvQuantilesEur;  // 101 values: the S-curve at 0 %, 1 %, ..., 100 %
    std::vector<Driver> drivers;          // largest variance share first
};

struct MonteCarloResult
{
    QString projectId;
    int samples = 0;
    int clampedSamples = 0;  // draws moved into an input's valid domain (N >= 1, share in (0,1])
    std::vector<McScenarioResult> scenarios;
};

// Progress and cancellation: called from the worker threads with the fraction done;
// returning false cancels within one block (1,024 samples).
using ProgressCallback = std::function<bool(double)>;

// Fails with a message naming the problem (unknown project, bad parameters, a correlation
// matrix that is not positive definite, cancelled).
std::optional<MonteCarloResult> runMonteCarlo(const model::Study &study,
                                              const MonteCarloDefinition &definition,
                                              QString *error, int threads = 0,
                                              const ProgressCallback &progress = {});

}  // namespace gridcba::sensitivity
