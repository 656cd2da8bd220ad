#include "montecarlo.h"

#include "sensitivity/fastevaluator.h"

#include <boost/math/distributions/beta.hpp>
#include <boost/math/distributions/lognormal.hpp>
#include <boost/math/distributions/normal.hpp>
#include <boost/math/distributions/triangular.hpp>
#include <boost/math/distributions/uniform.hpp>

#include <QCoreApplication>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <functional>
#include <numeric>
#include <random>
#include <thread>

namespace gridcba::sensitivity {

namespace bm = boost::math;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Sensitivity)
};

constexpr int kBlock = 1024;

// PERT as a scaled beta: α = 1 + 4 (mode − min) / (max − min), β = 1 + 4 (max − mode) / (max − min).
bm::beta_distribution<double> pertBeta(const Distribution &d)
{
    const double span = d.c - d.a;
    return {1.0 + 4.0 * (d.b - d.a) / span, 1.0 + 4.0 * (d.c - d.b) / span};
}

// Lognormal with the given mean and standard deviation of the value.
bm::lognormal_distribution<double> lognormalOf(const Distribution &d)
{
    const double sigma2 = std::log1p((d.b * d.b) / (d.a * d.a));
    return {std::log(d.a) - 0.5 * sigma2, std::sqrt(sigma2)};
}

// Lower-triangular Cholesky factor of a symmetric matrix, or nothing if it is not positive
// definite.
std::optional<std::vector<double>> cholesky(const std::vector<double> &m, int n)
{
    std::vector<double> l(std::size_t(n * n), 0.0);
    for (int i = 0; i < n; ++i)
        for (int j = 0; j <= i; ++j) {
            double sum = m[std::size_t(i * n + j)];
            for (int k = 0; k < j; ++k)
                sum -= l[std::size_t(i * n + k)] * l[std::size_t(j * n + k)];
            if (i == j) {
                if (sum <= 1e-12)
                    return std::nullopt;
                l[std::size_t(i * n + i)] = std::sqrt(sum);
            } else {
                l[std::size_t(i * n + j)] = sum / l[std::size_t(j * n + j)];
            }
        }
    return l;
}

// Uniform in (0, 1) from 53 random bits, never 0 or 1.
double unit(std::mt19937_64 &rng)
{
    return (double(rng() >> 11) + 0.5) * 0x1.0p-53;
}

// Linear interpolation between order statistics (type 7) of sorted values.
double sortedQuantile(const std::vector<double> &sorted, double p)
{
    if (sorted.empty())
        return std::nan("");
    const double h = p * double(sorted.size() - 1);
    const auto lo = std::size_t(std::floor(h));
    const auto hi = std::min(sorted.size() - 1, lo + 1);
    return sorted[lo] + (h - double(lo)) * (sorted[hi] - sorted[lo]);
}

// Average ranks (ties share their mean rank).
std::vector<double> ranks(const std::vector<double> &v)
{
    std::vector<std::size_t> order(v.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](auto a, auto b) { return v[a] < v[b]; });
    std::vector<double> r(v.size());
    for (std::size_t i = 0; i < order.size();) {
        std::size_t j = i;
        while (j + 1 < order.size() && v[order[j + 1]] == v[order[i]])
            ++j;
        const double mean = 0.5 * double(i + j);
        for (std::size_t k = i; k <= j; ++k)
            r[order[k]] = mean;
        i = j + 1;
    }
    return r;
}

double pearson(const std::vector<double> &x, const std::vector<double> &y)
{
    const double n = double(x.size());
    const double mx = std::accumulate(x.begin(), x.end(), 0.0) / n;
    const double my = std::accumulate(y.begin(), y.end(), 0.0) / n;
    double sxy = 0.0, sxx = 0.0, syy = 0.0;
    for (std::size_t i = 0; i < x.size(); ++i) {
        sxy += (x[i] - mx) * (y[i] - my);
        sxx += (x[i] - mx) * (x[i] - mx);
        syy += (y[i] - my) * (y[i] - my);
    }
    return sxx > 0.0 && syy > 0.0 ? sxy / std::sqrt(sxx * syy) : 0.0;
}

McScenarioResult summarise(const QString &scenarioId, std::vector<double> npv,
                           std::vector<double> bc, const std::vector<std::vector<double>> &drawnRanks,
                           const MonteCarloDefinition &def)
{
    McScenarioResult r;
    r.scenarioId = scenarioId;
    const double n = double(npv.size());
    r.npvMeanEur = std::accumulate(npv.begin(), npv.end(), 0.0) / n;
    double ss = 0.0;
    int positive = 0;
    for (double v : npv) {
        ss += (v - r.npvMeanEur) * (v - r.npvMeanEur);
        positive += v > 0.0 ? 1 : 0;
    }
    r.npvStdDevEur = npv.size() > 1 ? std::sqrt(ss / (n - 1.0)) : 0.0;
    r.probabilityNpvPositive = positive / n;

    // Drivers: Spearman ρ = Pearson correlation of the ranks.
    const std::vector<double> npvRanks = ranks(npv);
    double sumSquares = 0.0;
    for (std::size_t k = 0; k < def.inputs.size(); ++k) {
        const double rho = pearson(drawnRanks[k], npvRanks);
        r.drivers.push_back({def.inputs[k].id, rho, 0.0});
        sumSquares += rho * rho;
    }
    for (Driver &d : r.drivers)
        d.varianceShare = sumSquares > 0.0 ? d.rankCorrelation * d.rankCorrelation / sumSquares : 0.0;
    std::stable_sort(r.drivers.begin(), r.drivers.end(),
                     [](const Driver &a, const Driver &b) { return a.varianceShare > b.varianceShare; });

    std::sort(npv.begin(), npv.end());
    r.npvP10Eur = sortedQuantile(npv, 0.10);
    r.npvP50Eur = sortedQuantile(npv, 0.50);
    r.npvP90Eur = sortedQuantile(npv, 0.90);
    for (int q = 0; q <= 100; ++q)
        r.npvQuantilesEur.push_back(sortedQuantile(npv, q / 100.0));
    bc.erase(std::remove_if(bc.begin(), bc.end(), [](double v) { return std::isnan(v); }), bc.end());
    std::sort(bc.begin(), bc.end());
    if (!bc.empty()) {
        r.bcP10 = sortedQuantile(bc, 0.10);
        r.bcP50 = sortedQuantile(bc, 0.50);
        r.bcP90 = sortedQuantile(bc, 0.90);
    }

    const int bins = std::max(1, def.histogramBins);
    r.npvHistogram.low = npv.front();
    r.npvHistogram.width = (npv.back() - npv.front()) / bins;
    r.npvHistogram.counts.assign(std::size_t(bins), 0);
    for (double v : npv) {
        int b = r.npvHistogram.width > 0.0 ? int((v - r.npvHistogram.low) / r.npvHistogram.width) : 0;
        r.npvHistogram.counts[std::size_t(std::clamp(b, 0, bins - 1))]++;
    }
    return r;
}

// Runs f(0) .. f(n − 1) on up to `threads` threads.
template <typename F> void parallelFor(std::size_t n, int threads, F f)
{
    std::atomic<std::size_t> next{0};
    auto work = [&] {
        for (std::size_t i; (i = next++) < n;)
            f(i);
    };
    std::vector<std::thread> pool;
    for (int t = 1; t < threads && std::size_t(t) < n; ++t)
        pool.emplace_back(work);
    work();
    for (std::thread &t : pool)
        t.join();
}

}  // namespace

PertSampler::PertSampler(const Distribution &d) : m_d(d)
{
    // Exact quantiles and slopes dQ/du = 1/pdf on a grid of kCells cells.
    const auto beta = pertBeta(d);
    m_x.resize(kCells + 1);
    m_slope.resize(kCells + 1);
    for (int i = 0; i <= kCells; ++i) {
        m_x[std::size_t(i)] = bm::quantile(beta, double(i) / kCells);
        if (i > 0 && i < kCells)
            m_slope[std::size_t(i)] = 1.0 / bm::pdf(beta, m_x[std::size_t(i)]);
    }
}

double PertSampler::operator()(double u) const
{
    const double span = m_d.c - m_d.a;
    // Near the ends the quantile function has an infinite slope: exact there.
    if (u < kTail || u > 1.0 - kTail)
        return quantile(m_d, u);
    const double h = 1.0 / kCells;
    const int i = std::min(kCells - 1, int(u * kCells));
    const double t = (u - i * h) / h;
    const double t2 = t * t, t3 = t2 * t;
    const double q = (2 * t3 - 3 * t2 + 1) * m_x[std::size_t(i)] +
                     (t3 - 2 * t2 + t) * h * m_slope[std::size_t(i)] +
                     (-2 * t3 + 3 * t2) * m_x[std::size_t(i + 1)] +
                     (t3 - t2) * h * m_slope[std::size_t(i + 1)];
    return m_d.a + span * q;
}

QString distributionKey(DistributionKind kind)
{
    static const char *keys[] = {"uniform", "triangular", "pert", "normal", "lognormal"};
    return QString::fromLatin1(keys[int(kind)]);
}

std::optional<DistributionKind> distributionFromKey(const QString &key)
{
    for (int k = 0; k <= int(DistributionKind::Lognormal); ++k)
        if (distributionKey(DistributionKind(k)) == key)
            return DistributionKind(k);
    return std::nullopt;
}

QString checkDistribution(const Distribution &d)
{
    if (!std::isfinite(d.a) || !std::isfinite(d.b) || !std::isfinite(d.c))
        return Tr::tr("parameters must be finite numbers");
    switch (d.kind) {
    case DistributionKind::Uniform:
        return d.a < d.b ? QString() : Tr::tr("uniform needs min < max");
    case DistributionKind::Triangular:
    case DistributionKind::Pert:
        return d.a <= d.b && d.b <= d.c && d.a < d.c
                   ? QString()
                   //: %1 is a distribution key: triangular or pert
                   : Tr::tr("%1 needs min <= mode <= max and min < max")
                         .arg(distributionKey(d.kind));
    case DistributionKind::Normal:
        return d.b > 0.0 ? QString() : Tr::tr("normal needs a standard deviation > 0");
    case DistributionKind::Lognormal:
        return d.a > 0.0 && d.b > 0.0
                   ? QString()
                   : Tr::tr("lognormal needs a mean > 0 and a standard deviation > 0");
    }
    return Tr::tr("unknown distribution");
}

double quantile(const Distribution &d, double u)
{
    switch (d.kind) {
    case DistributionKind::Uniform: return d.a + u * (d.b - d.a);
    case DistributionKind::Triangular:
        return bm::quantile(bm::triangular_distribution<double>(d.a, d.b, d.c), u);
    case DistributionKind::Pert: return d.a + (d.c - d.a) * bm::quantile(pertBeta(d), u);
    case DistributionKind::Normal: return bm::quantile(bm::normal_distribution<double>(d.a, d.b), u);
    case DistributionKind::Lognormal: return bm::quantile(lognormalOf(d), u);
    }
    return std::nan("");
}

double density(const Distribution &d, double x)
{
    switch (d.kind) {
    case DistributionKind::Uniform: return x >= d.a && x <= d.b ? 1.0 / (d.b - d.a) : 0.0;
    case DistributionKind::Triangular:
        return x < d.a || x > d.c ? 0.0
                                  : bm::pdf(bm::triangular_distribution<double>(d.a, d.b, d.c), x);
    case DistributionKind::Pert:
        return x <= d.a || x >= d.c ? 0.0 : bm::pdf(pertBeta(d), (x - d.a) / (d.c - d.a)) / (d.c - d.a);
    case DistributionKind::Normal: return bm::pdf(bm::normal_distribution<double>(d.a, d.b), x);
    case DistributionKind::Lognormal: return x <= 0.0 ? 0.0 : bm::pdf(lognormalOf(d), x);
    }
    return 0.0;
}

std::pair<double, double> plotRange(const Distribution &d)
{
    return {quantile(d, 1e-4), quantile(d, 1.0 - 1e-4)};
}

std::optional<MonteCarloResult> runMonteCarlo(const model::Study &study,
                                              const MonteCarloDefinition &def, QString *error,
                                              int threads, const ProgressCallback &progress)
{
    auto fail = [&](const QString &message) -> std::optional<MonteCarloResult> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const model::Project *project = study.project(def.projectId);
    if (!project)
        return fail(Tr::tr("no project with id '%1'").arg(def.projectId));
    if (def.samples < 2 || def.samples > 10'000'000)
        return fail(Tr::tr("samples must be 2 .. 10,000,000, got %1").arg(def.samples));
    if (def.inputs.empty())
        return fail(Tr::tr("choose at least one input to sample"));
    const int n = int(def.inputs.size());
    for (int k = 0; k < n; ++k) {
        const QString key = QLatin1String(inputInfo(def.inputs[std::size_t(k)].id).key);
        const QString problem = checkDistribution(def.inputs[std::size_t(k)].distribution);
        if (!problem.isEmpty())
            return fail(QStringLiteral("%1: %2").arg(key, problem));
        for (int j = 0; j < k; ++j)
            if (def.inputs[std::size_t(j)].id == def.inputs[std::size_t(k)].id)
                //: %1 is the key of a sensitivity input
                return fail(Tr::tr("%1 is sampled twice").arg(key));
    }

    // Gaussian copula: Spearman ρs → Pearson ρ = 2 sin(π ρs / 6) of the underlying normals.
    std::optional<std::vector<double>> chol;
    if (!def.correlations.empty()) {
        std::vector<double> m(std::size_t(n * n), 0.0);
        for (int i = 0; i < n; ++i)
            m[std::size_t(i * n + i)] = 1.0;
        auto indexOf = [&](InputId id) {
            for (int k = 0; k < n; ++k)
                if (def.inputs[std::size_t(k)].id == id)
                    return k;
            return -1;
        };
        for (const RankCorrelation &c : def.correlations) {
            const int i = indexOf(c.a), j = indexOf(c.b);
            if (i < 0 || j < 0 || i == j)
                return fail(Tr::tr("a correlation must join two different sampled inputs"));
            if (!(std::abs(c.rho) < 1.0))
                return fail(Tr::tr("a rank correlation must lie strictly between -1 and 1"));
            const double rho = 2.0 * std::sin(M_PI * c.rho / 6.0);
            m[std::size_t(i * n + j)] = m[std::size_t(j * n + i)] = rho;
        }
        chol = cholesky(m, n);
        if (!chol)
            return fail(Tr::tr("the rank correlations are inconsistent (the correlation "
                                       "matrix is not positive definite)"));
    }

    std::vector<QString> scenarioIds;
    std::vector<FastEvaluator> evaluators;
    for (const model::Scenario &s : study.scenarios) {
        if (std::none_of(project->indicatorInputs.begin(), project->indicatorInputs.end(),
                         [&](const model::IndicatorInput &i) { return i.scenarioId == s.id; }))
            continue;
        economics::EvaluationError e;
        auto f = FastEvaluator::create(study.economics, s, *project, &e);
        if (!f)
            return fail(Tr::tr("scenario '%1': %2").arg(s.id, e.message));
        scenarioIds.push_back(s.id);
        evaluators.push_back(std::move(*f));
    }
    const std::size_t samples = std::size_t(def.samples);
    const std::size_t inputCount = def.inputs.size();
    std::vector<std::vector<double>> drawn(inputCount, std::vector<double>(samples));
    std::vector<std::vector<double>> npv(evaluators.size(), std::vector<double>(samples));
    std::vector<std::vector<double>> bc(evaluators.size(), std::vector<double>(samples));
    std::atomic<int> clamped{0};
    std::atomic<int> nextBlock{0};
    std::atomic<int> blocksDone{0};
    std::atomic<bool> cancelled{false};
    const int blocks = int((samples + kBlock - 1) / kBlock);
    const Perturbation base = Perturbation::base(study.economics);
    // Boost's beta quantile costs ~20 µs; PERT inputs use an interpolated table instead.
    std::vector<std::optional<PertSampler>> pert(inputCount);
    for (std::size_t k = 0; k < inputCount; ++k)
        if (def.inputs[k].distribution.kind == DistributionKind::Pert)
            pert[k].emplace(def.inputs[k].distribution);

    auto work = [&] {
        std::vector<double> z(inputCount);
        std::vector<double> u(inputCount);
        for (int b; !cancelled && (b = nextBlock++) < blocks;) {
            std::seed_seq seq{std::uint32_t(def.seed), std::uint32_t(def.seed >> 32), std::uint32_t(b)};
            std::mt19937_64 rng(seq);
            const std::size_t end = std::min(samples, std::size_t(b + 1) * kBlock);
            for (std::size_t i = std::size_t(b) * kBlock; i < end; ++i) {
                for (int k = 0; k < n; ++k)
                    u[std::size_t(k)] = unit(rng);
                if (chol) {
                    const bm::normal_distribution<double> std01;
                    for (int k = 0; k < n; ++k)
                        z[std::size_t(k)] = bm::quantile(std01, u[std::size_t(k)]);
                    for (int k = 0; k < n; ++k) {
                        double s = 0.0;
                        for (int j = 0; j <= k; ++j)
                            s += (*chol)[std::size_t(k * n + j)] * z[std::size_t(j)];
                        u[std::size_t(k)] = std::clamp(bm::cdf(std01, s), 1e-16, 1.0 - 1e-16);
                    }
                }
                Perturbation p = base;
                for (int k = 0; k < n; ++k) {
                    const McInput &in = def.inputs[std::size_t(k)];
                    double v = pert[std::size_t(k)] ? (*pert[std::size_t(k)])(u[std::size_t(k)])
                                                    : quantile(in.distribution, u[std::size_t(k)]);
                    if (inputInfo(in.id).integer)
                        v = std::round(v);
                    const double drawnValue = v;
                    if (in.id == InputId::OperatingYears)
                        v = std::max(1.0, v);
                    if (in.id == InputId::FirstYearFraction)
                        v = std::clamp(v, 1e-6, 1.0);
                    if (v != drawnValue)
                        ++clamped;
                    drawn[std::size_t(k)][i] = v;
                    p.set(in.id, v);
                }
                for (std::size_t s = 0; s < evaluators.size(); ++s) {
                    const FastResult r = evaluators[s].evaluate(p);
                    npv[s][i] = r.npvEur;
                    bc[s][i] = r.bcRatio ? *r.bcRatio : std::nan("");
                }
            }
            const int done = ++blocksDone;
            if (progress && !progress(double(done) / blocks))
                cancelled = true;
        }
    };
    const int threadCount =
        std::clamp(threads > 0 ? threads : int(std::thread::hardware_concurrency()), 1, 16);
    std::vector<std::thread> pool;
    for (int t = 1; t < threadCount; ++t)
        pool.emplace_back(work);
    work();
    for (std::thread &t : pool)
        t.join();
    if (cancelled)
        return fail(Tr::tr("cancelled"));

    MonteCarloResult result;
    result.projectId = project->id;
    result.samples = def.samples;
    result.clampedSamples = clamped;
    // Summaries (sorting and ranking) are independent per input and per scenario: in parallel.
    std::vector<std::vector<double>> drawnRanks(inputCount);
    parallelFor(inputCount, threadCount, [&](std::size_t k) { drawnRanks[k] = ranks(drawn[k]); });
    result.scenarios.resize(evaluators.size());
    parallelFor(evaluators.size(), threadCount, [&](std::size_t s) {
        result.scenarios[s] = summarise(scenarioIds[s], std::move(npv[s]), std::move(bc[s]), drawnRanks, def);
    });
    return result;
}

}  // namespace gridcba::sensitivity
