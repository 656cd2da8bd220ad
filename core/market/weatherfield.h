#pragma once

// Spatially and temporally correlated Gaussian fields over Europe, the random part of the
// weather synthesis (profilesynthesis.h).
//
// A field is a lattice of independent latent processes, one per cell, spaced 0.75 × the
// field's length scale apart. Each cell's process is two first-order filters in cascade
// driven by white noise (an AR(2) process, smoother from hour to hour than an AR(1)), scaled
// to unit variance. The value at a point is the Gaussian-kernel-weighted sum of the cells
// within three length scales, scaled back to unit variance, so two points d km apart are
// correlated about exp(−d² / (4 s²)) and a point's value depends only on the field, the
// climate year and where the point is: adding a zone to a system changes no other zone's
// weather.
//
// Every cell draws from its own stream, seeded from (climate year, field, cell), with a
// generator and a normal transform of our own (xoshiro256** and Box-Muller), so the numbers
// are the same with every compiler and standard library.

#include <QtGlobal>

#include <cstdint>
#include <map>
#include <vector>

namespace gridcba::market::synthesis {

// xoshiro256** seeded through SplitMix64; normal() by Box-Muller.
class RandomStream
{
  public:
    explicit RandomStream(std::uint64_t seed);
    std::uint64_t next();
    double uniform(); // in (0, 1)
    double normal();  // standard normal

  private:
    std::uint64_t m_s[4];
    double m_spare = 0.0;
    bool m_hasSpare = false;
};

// A seed that mixes its parts (SplitMix64 steps), the same on every platform.
std::uint64_t mixSeed(std::initializer_list<std::uint64_t> parts);

struct FieldSpec
{
    int id = 0; // distinguishes the fields' random streams
    double lengthScaleKm = 500.0;
    double timeScaleHours = 24.0; // e-folding time of the process's autocorrelation
};

class WeatherField
{
  public:
    WeatherField(const FieldSpec &spec, int climateYear, int hours);

    // Unit-variance series of `hours` values at the point.
    std::vector<float> at(double latitudeDeg, double longitudeDeg);

    const FieldSpec &spec() const { return m_spec; }

  private:
    const std::vector<float> &cell(int row, int column);
    double cellLatitude(int row) const;
    double cellLongitude(int row, int column) const;
    double longitudeStep(int row) const;

    FieldSpec m_spec;
    int m_climateYear;
    int m_hours;
    double m_spacingKm;
    std::map<std::pair<int, int>, std::vector<float>> m_cells;
};

// Great-circle distance in km.
double distanceKm(double lat1, double lon1, double lat2, double lon2);

// The standard normal distribution function and its inverse.
double normalCdf(double x);
double normalQuantile(double p);

} // namespace gridcba::market::synthesis
