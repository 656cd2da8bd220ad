#include "weatherfield.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace gridcba::market::synthesis {

namespace {

constexpr double kKmPerDegree = 111.195; // of latitude, on a sphere of radius 6371 km
// The lattice covers 25..80 °N and 35 °W..50 °E, more than the bidding zones of Europe.
constexpr double kLatitudeOrigin = 25.0;
constexpr double kLongitudeOrigin = -35.0;

std::uint64_t splitMix(std::uint64_t &state)
{
    std::uint64_t z = (state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

std::uint64_t rotl(std::uint64_t x, int k)
{
    return (x << k) | (x >> (64 - k));
}

// SplitMix64's finaliser: a bijection in which every input bit changes every output bit
// with probability about 1/2.
std::uint64_t avalanche(std::uint64_t z)
{
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

} // namespace

std::uint64_t mixSeed(std::initializer_list<std::uint64_t> parts)
{
    // Each part is mixed in through the finaliser, so seeds of nearby parts ((row, column)
    // and (row + 1, column − 3)) share nothing.
    std::uint64_t h = 0x6772696463626131ull; // "gridcba1"
    for (std::uint64_t p : parts)
        h = avalanche(h ^ avalanche(p + 0x9E3779B97F4A7C15ull));
    return h;
}

RandomStream::RandomStream(std::uint64_t seed)
{
    std::uint64_t state = seed;
    for (std::uint64_t &s : m_s)
        s = splitMix(state);
}

std::uint64_t RandomStream::next()
{
    const std::uint64_t result = rotl(m_s[1] * 5, 7) * 9;
    const std::uint64_t t = m_s[1] << 17;
    m_s[2] ^= m_s[0];
    m_s[3] ^= m_s[1];
    m_s[1] ^= m_s[2];
    m_s[0] ^= m_s[3];
    m_s[2] ^= t;
    m_s[3] = rotl(m_s[3], 45);
    return result;
}

double RandomStream::uniform()
{
    return (double(next() >> 11) + 0.5) * (1.0 / 9007199254740992.0);
}

double RandomStream::normal()
{
    if (m_hasSpare) {
        m_hasSpare = false;
        return m_spare;
    }
    const double r = std::sqrt(-2.0 * std::log(uniform()));
    const double a = 2.0 * std::numbers::pi * uniform();
    m_spare = r * std::sin(a);
    m_hasSpare = true;
    return r * std::cos(a);
}

double distanceKm(double lat1, double lon1, double lat2, double lon2)
{
    constexpr double rad = std::numbers::pi / 180.0;
    const double dLat = (lat2 - lat1) * rad;
    const double dLon = (lon2 - lon1) * rad;
    const double a =
        std::sin(dLat / 2) * std::sin(dLat / 2) +
        std::cos(lat1 * rad) * std::cos(lat2 * rad) * std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2.0 * 6371.0 * std::asin(std::min(1.0, std::sqrt(a)));
}

double normalCdf(double x)
{
    return 0.5 * std::erfc(-x / std::numbers::sqrt2);
}

double normalQuantile(double p)
{
    // Acklam's rational approximation (relative error below 1.2e-9), refined by one Halley
    // step on erfc.
    p = std::clamp(p, 1e-300, 1.0 - 1e-16);
    static constexpr double a[] = {-3.969683028665376e+01, 2.209460984245205e+02,
                                   -2.759285104469687e+02, 1.383577518672690e+02,
                                   -3.066479806614716e+01, 2.506628277459239e+00};
    static constexpr double b[] = {-5.447609879822406e+01, 1.615858368580409e+02,
                                   -1.556989798598866e+02, 6.680131188771972e+01,
                                   -1.328068155288572e+01};
    static constexpr double c[] = {-7.784894002430293e-03, -3.223964580411365e-01,
                                   -2.400758277161838e+00, -2.549732539343734e+00,
                                   4.374664141464968e+00,  2.938163982698783e+00};
    static constexpr double d[] = {7.784695709041462e-03, 3.224671290700398e-01,
                                   2.445134137142996e+00, 3.754408661907416e+00};
    constexpr double low = 0.02425;
    double x;
    if (p < low) {
        const double q = std::sqrt(-2 * std::log(p));
        x = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
            ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
    } else if (p <= 1 - low) {
        const double q = p - 0.5;
        const double r = q * q;
        x = (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q /
            (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
    } else {
        const double q = std::sqrt(-2 * std::log(1 - p));
        x = -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
            ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
    }
    const double e = normalCdf(x) - p;
    const double u = e * std::sqrt(2 * std::numbers::pi) * std::exp(x * x / 2);
    return x - u / (1 + x * u / 2);
}

WeatherField::WeatherField(const FieldSpec &spec, int climateYear, int hours)
    : m_spec(spec), m_climateYear(climateYear), m_hours(hours),
      m_spacingKm(0.75 * spec.lengthScaleKm)
{
}

double WeatherField::cellLatitude(int row) const
{
    return kLatitudeOrigin + row * m_spacingKm / kKmPerDegree;
}

double WeatherField::longitudeStep(int row) const
{
    const double cosLat = std::cos(cellLatitude(row) * std::numbers::pi / 180.0);
    return m_spacingKm / (kKmPerDegree * std::max(cosLat, 0.1));
}

double WeatherField::cellLongitude(int row, int column) const
{
    return kLongitudeOrigin + column * longitudeStep(row);
}

const std::vector<float> &WeatherField::cell(int row, int column)
{
    const auto key = std::make_pair(row, column);
    if (const auto it = m_cells.find(key); it != m_cells.end())
        return it->second;
    // Two first-order filters of time constant T in cascade have the autocorrelation
    // (1 + k/T) e^(−k/T), which falls to 1/e at k ≈ 2.146 T.
    const double phi = std::exp(-2.146 / std::max(m_spec.timeScaleHours, 0.5));
    const double drive = std::sqrt(1.0 - phi * phi);
    const double scale = std::sqrt((1.0 - phi * phi) / (1.0 + phi * phi));
    RandomStream rng(
        mixSeed({std::uint64_t(m_climateYear), std::uint64_t(m_spec.id),
                 std::uint64_t(std::uint32_t(row)), std::uint64_t(std::uint32_t(column))}));
    double a1 = rng.normal();
    double a2 = a1 / scale;
    // Burn-in so that hour 0 is drawn from the stationary process.
    const int burnIn = int(std::ceil(5.0 * m_spec.timeScaleHours));
    for (int h = 0; h < burnIn; ++h) {
        a1 = phi * a1 + drive * rng.normal();
        a2 = phi * a2 + drive * a1;
    }
    std::vector<float> values(static_cast<std::size_t>(m_hours));
    for (int h = 0; h < m_hours; ++h) {
        a1 = phi * a1 + drive * rng.normal();
        a2 = phi * a2 + drive * a1;
        values[std::size_t(h)] = float(a2 * scale);
    }
    return m_cells.emplace(key, std::move(values)).first->second;
}

std::vector<float> WeatherField::at(double latitudeDeg, double longitudeDeg)
{
    const double s = m_spec.lengthScaleKm;
    const double cutoff = 3.0 * s;
    const double rowStep = m_spacingKm / kKmPerDegree;
    const int firstRow = std::max(
        0, int(std::floor((latitudeDeg - cutoff / kKmPerDegree - kLatitudeOrigin) / rowStep)));
    const int lastRow =
        int(std::ceil((latitudeDeg + cutoff / kKmPerDegree - kLatitudeOrigin) / rowStep));
    std::vector<double> sum(std::size_t(m_hours), 0.0);
    double weightSquares = 0.0;
    for (int row = firstRow; row <= lastRow; ++row) {
        const double lat = cellLatitude(row);
        const double step = longitudeStep(row);
        const double span =
            cutoff / (kKmPerDegree * std::max(std::cos(lat * std::numbers::pi / 180.0), 0.1));
        const int firstColumn =
            std::max(0, int(std::floor((longitudeDeg - span - kLongitudeOrigin) / step)));
        const int lastColumn = int(std::ceil((longitudeDeg + span - kLongitudeOrigin) / step));
        for (int column = firstColumn; column <= lastColumn; ++column) {
            const double d = distanceKm(latitudeDeg, longitudeDeg, lat, cellLongitude(row, column));
            if (d > cutoff)
                continue;
            const double w = std::exp(-d * d / (2.0 * s * s));
            weightSquares += w * w;
            const std::vector<float> &v = cell(row, column);
            for (int h = 0; h < m_hours; ++h)
                sum[std::size_t(h)] += w * v[std::size_t(h)];
        }
    }
    const double norm = weightSquares > 0.0 ? 1.0 / std::sqrt(weightSquares) : 0.0;
    std::vector<float> out(static_cast<std::size_t>(m_hours));
    for (int h = 0; h < m_hours; ++h)
        out[std::size_t(h)] = float(sum[std::size_t(h)] * norm);
    return out;
}

} // namespace gridcba::market::synthesis
