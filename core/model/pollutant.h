#pragma once

// The non-CO2 pollutants of indicator B4 (methodology.md §2).

#include <QString>

#include <array>
#include <optional>

namespace gridcba::model {

// Non-CO2 pollutants of indicator B4, in the guideline's order B4a..B4f.
enum class Pollutant { NOx, NH3, SOx, PM25, PM10, NMVOC };
inline constexpr int kPollutantCount = 6;
inline constexpr std::array<Pollutant, kPollutantCount> kPollutants = {
    Pollutant::NOx, Pollutant::NH3, Pollutant::SOx, Pollutant::PM25, Pollutant::PM10,
    Pollutant::NMVOC};
// "nox", "nh3", "sox", "pm25", "pm10", "nmvoc": the key used in files.
QString pollutantKey(Pollutant p);
// "B4a".."B4f"
QString pollutantIndicatorId(Pollutant p);
// The chemical name shown to users: "NOx", "NH3", "SOx", "PM2.5", "PM10", "NMVOC".
QString pollutantName(Pollutant p);
std::optional<Pollutant> pollutantFromKey(const QString &key);

}  // namespace gridcba::model
