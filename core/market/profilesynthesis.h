#pragma once

// Synthetic hourly profiles of one climate year for the zones of a power system: relative
// demand, capacity factors of PV, onshore and offshore wind and run-of-river, and the
// relative natural inflow of hydro reservoirs. docs/market-model.md ("Sample European
// system") describes the method, its parameters and their sources.
//
// One weather realisation per climate year: the random fields (weatherfield.h) are seeded by
// the climate year alone, so a zone gets the same weather, and the same profiles, in every
// scenario and study year and whichever other zones the system has. The synthesis is
// deterministic: the same inputs give the same numbers on every platform.
//
// Time: hour 0 is 1 January 00:00–01:00 UTC of the climate year; a leap year's 31 December
// is left out (model::kHoursPerYear hours). Demand follows the local clock (solar time
// shifted by European summer time); PV follows the sun.

#include "model/powersystem.h"

#include <QString>

#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace gridcba::market::synthesis {

class WeatherField;

// How a zone's rivers are fed, which sets the seasonal shape of inflow.
enum class HydroRegime {
    Nordic,      // snowmelt flood in May-June, low winter inflow
    Alpine,      // snow- and glacier-melt from May to August
    Continental, // spring flood (March-April) from rain and lowland snow
    Atlantic,    // rain-fed: high in winter, low in summer
};
QString hydroRegimeKey(HydroRegime r); // "nordic", "alpine", "continental", "atlantic"
std::optional<HydroRegime> hydroRegimeFromKey(const QString &key);

// Where a zone is and the long-term means the synthesis is calibrated to.
struct ZoneClimate
{
    QString zoneId;
    double latitudeDeg = 50.0;  // centre of demand, PV and onshore wind
    double longitudeDeg = 10.0; // east positive
    double windOnshoreMs = 7.0; // long-term mean wind speed at hub height, onshore fleet
    // Centre of the zone's offshore wind farms; absent: no offshore wind profile.
    std::optional<double> offshoreLatitudeDeg;
    std::optional<double> offshoreLongitudeDeg;
    double windOffshoreMs = 9.5;
    double cloudCover = 0.6;   // long-term mean cloud fraction, 0..1
    double heatingPerK = 0.01; // demand increase per K below 15 °C, as a fraction of the mean
    double coolingPerK = 0.0;  // per K above 22 °C
    // Share of demand switched on at 22:30 local time by off-peak tariffs (France's water
    // heaters), running down over the night.
    double offPeakShare = 0.0;
    HydroRegime hydroRegime = HydroRegime::Continental;
    double runOfRiverCf = 0.45; // long-term mean capacity factor of run-of-river

    bool hasOffshore() const { return offshoreLatitudeDeg && offshoreLongitudeDeg; }
};

// The hourly weather of one zone in one climate year.
struct ZoneWeather
{
    std::vector<float> temperatureC;   // air temperature at the zone's centre
    std::vector<float> windMs;         // onshore hub-height wind speed
    std::vector<float> offshoreWindMs; // empty without an offshore site
    std::vector<float> cloudCover;     // 0..1
    std::vector<float> wetness;        // hydrological anomaly, standard normal
    std::vector<float> springWarmth;   // slow temperature anomaly, standard normal
};

// The random fields of one climate year, shared by every zone synthesised from it.
class WeatherYear
{
  public:
    explicit WeatherYear(int climateYear);
    ~WeatherYear();
    WeatherYear(const WeatherYear &) = delete;
    WeatherYear &operator=(const WeatherYear &) = delete;

    int climateYear() const { return m_climateYear; }
    ZoneWeather zone(const ZoneClimate &climate);

  private:
    int m_climateYear;
    std::vector<std::unique_ptr<WeatherField>> m_fields;
};

// Relative demand, mean about 1 (above 1 in a year colder or hotter than the climatology,
// since the profile is normalised by the demand of the zone's climatological temperatures).
std::vector<double> demandProfile(const ZoneClimate &climate, const ZoneWeather &weather,
                                  int climateYear);
// Capacity factors 0..1 of a fixed, south-facing 30° PV fleet.
std::vector<double> pvProfile(const ZoneClimate &climate, const ZoneWeather &weather,
                              int climateYear);
// Capacity factors 0..1 of the onshore (offshore) wind fleet; offshore needs an offshore site.
std::vector<double> windProfile(const ZoneClimate &climate, const ZoneWeather &weather,
                                int climateYear, bool offshore);
// Relative natural inflow, mean about 1 (wet years above, dry years below).
std::vector<double> inflowProfile(const ZoneClimate &climate, const ZoneWeather &weather,
                                  int climateYear);
// Capacity factors 0..1 of run-of-river: the inflow times the mean capacity factor, capped.
std::vector<double> runOfRiverProfile(const ZoneClimate &climate, const ZoneWeather &weather,
                                      int climateYear);

// The climatological air temperature (°C) of a place for a day of the year and UTC hour,
// from its latitude and longitude (the synthesis's mean annual cycle and daily cycle).
double climatologicalTemperature(double latitudeDeg, double longitudeDeg, double dayOfYear,
                                 double utcHour);

} // namespace gridcba::market::synthesis
