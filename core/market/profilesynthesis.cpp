#include "profilesynthesis.h"

#include "weatherfield.h"

#include <QDate>

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>

namespace gridcba::market::synthesis {

namespace {

constexpr int kHours = model::kHoursPerYear;
constexpr double kPi = std::numbers::pi;
constexpr double kDeg = kPi / 180.0;

// The random fields (id, length scale km, time scale h). Wind: a regional and a synoptic
// component; temperature: a weather and a seasonal (blocking) component; cloud; wetness.
enum FieldId { WindLocal, WindBroad, TemperatureFast, TemperatureSlow, Cloud, Wetness, FieldCount };
constexpr std::array<FieldSpec, FieldCount> kFields = {{
    {1, 300.0, 20.0},
    {2, 900.0, 60.0},
    {3, 700.0, 48.0},
    {4, 1200.0, 240.0},
    {5, 250.0, 8.0},
    {6, 600.0, 500.0},
}};
constexpr double kWindBroadShare = 0.3; // of the wind variance
constexpr double kTemperatureSlowShare = 0.35;

// Weibull shape of the zone-average hub-height wind speed.
constexpr double kWeibullShapeOnshore = 2.2;
constexpr double kWeibullShapeOffshore = 2.4;
constexpr double kCloudSpread = 1.4; // σ of the latent cloud process

double winterWeight(double dayOfYear) // 1 mid-January, 0 mid-July
{
    return 0.5 * (1.0 + std::cos(2.0 * kPi * (dayOfYear - 15.0) / 365.25));
}

double gauss(double x, double mu, double sigma)
{
    const double z = (x - mu) / sigma;
    return std::exp(-0.5 * z * z);
}

double logistic(double x)
{
    return 1.0 / (1.0 + std::exp(-x));
}

// --- The sun (NOAA's approximations of Spencer's series).
struct SunPosition
{
    double declination = 0.0;      // rad
    double hourAngle = 0.0;        // rad, 0 at solar noon
    double extraterrestrial = 0.0; // W/m² normal to the beam
};

SunPosition sunAt(double hoursSinceNewYear, double longitudeDeg)
{
    const double day = std::floor(hoursSinceNewYear / 24.0);
    const double utcHour = hoursSinceNewYear - 24.0 * day;
    const double g = 2.0 * kPi / 365.0 * (day + (utcHour - 12.0) / 24.0);
    SunPosition s;
    s.declination = 0.006918 - 0.399912 * std::cos(g) + 0.070257 * std::sin(g) -
                    0.006758 * std::cos(2 * g) + 0.000907 * std::sin(2 * g) -
                    0.002697 * std::cos(3 * g) + 0.00148 * std::sin(3 * g);
    const double eotMinutes = 229.18 * (0.000075 + 0.001868 * std::cos(g) - 0.032077 * std::sin(g) -
                                        0.014615 * std::cos(2 * g) - 0.040849 * std::sin(2 * g));
    const double solarMinutes = utcHour * 60.0 + eotMinutes + 4.0 * longitudeDeg;
    s.hourAngle = (solarMinutes / 4.0 - 180.0) * kDeg;
    s.extraterrestrial = 1361.0 * (1.00011 + 0.034221 * std::cos(g) + 0.00128 * std::sin(g) +
                                   0.000719 * std::cos(2 * g) + 0.000077 * std::sin(2 * g));
    return s;
}

// Hours after 1 January 00:00 UTC when European summer time starts and ends (last Sunday of
// March and of October, 01:00 UTC).
std::pair<int, int> summerTime(int year)
{
    auto lastSunday = [year](int month) {
        QDate d(year, month, QDate(year, month, 1).daysInMonth());
        while (d.dayOfWeek() != Qt::Sunday)
            d = d.addDays(-1);
        return int(QDate(year, 1, 1).daysTo(d));
    };
    return {lastSunday(3) * 24 + 1, lastSunday(10) * 24 + 1};
}

QDate easterSunday(int year)
{
    // Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
    const int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
    const int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
    return QDate(year, month, day);
}

enum class DayType { Weekday, Saturday, Sunday };

// Day types of the local days -1..366 of the year: weekends, the holidays most of Europe
// shares (New Year, Easter, 1 May, Ascension, Whit Monday, Christmas) as Sundays and the days
// between Christmas and New Year as Saturdays.
std::vector<DayType> dayTypes(int year)
{
    const QDate first(year, 1, 1);
    const QDate easter = easterSunday(year);
    std::vector<DayType> types;
    for (int i = -1; i <= 366; ++i) {
        const QDate d = first.addDays(i);
        DayType t = d.dayOfWeek() == Qt::Saturday ? DayType::Saturday
                    : d.dayOfWeek() == Qt::Sunday ? DayType::Sunday
                                                  : DayType::Weekday;
        const int fromEaster = int(easter.daysTo(d));
        const bool holiday = (d.month() == 1 && d.day() == 1) || (d.month() == 5 && d.day() == 1) ||
                             (d.month() == 12 && (d.day() >= 24 && d.day() <= 26)) ||
                             (d.month() == 12 && d.day() == 31) || fromEaster == -2 ||
                             fromEaster == 1 || fromEaster == 39 || fromEaster == 50;
        const bool bridge =
            (d.month() == 12 && d.day() >= 27 && d.day() <= 30) || (d.month() == 1 && d.day() == 2);
        if (holiday)
            t = DayType::Sunday;
        else if (bridge && t == DayType::Weekday)
            t = DayType::Saturday;
        types.push_back(t);
    }
    return types;
}

// The temperature-independent demand at schedule hour `ts` (local clock), relative to a
// weekday's daytime level: night trough, morning ramp, a late-morning peak and an
// early-afternoon dip on working days, a slow evening decline, and a lighting peak after
// sunset in winter.
double baseDemand(double ts, DayType type, double winter, double sunset)
{
    static constexpr double kNight = 0.70;
    const std::array<double, 3> amplitude = {1.0, 0.74, 0.60};
    const std::array<double, 3> wakeUp = {6.3, 7.6, 8.3};
    const int t = int(type);
    const double day =
        logistic((ts - wakeUp[std::size_t(t)]) / 0.75) * (1.0 - logistic((ts - 22.8) / 1.3));
    double v = kNight + (1.0 - kNight) * amplitude[std::size_t(t)] * day;
    v += 0.10 * winter * gauss(ts, sunset + 1.7, 1.2) + 0.03 * gauss(ts, 20.0, 1.5);
    if (type == DayType::Weekday)
        v += 0.05 * gauss(ts, 10.5, 2.0) - 0.04 * gauss(ts, 15.5, 1.8);
    return v;
}

// Seasonal shape of natural inflow per regime on day `d`, before normalisation to mean 1.
double regimeShape(HydroRegime r, double d)
{
    switch (r) {
    case HydroRegime::Nordic:
        return 0.25 + 2.6 * gauss(d, 150.0, 22.0) + 0.5 * gauss(d, 280.0, 35.0);
    case HydroRegime::Alpine:
        return 0.35 + 1.6 * gauss(d, 175.0, 45.0);
    case HydroRegime::Continental:
        return 0.6 + 0.9 * gauss(d, 95.0, 35.0);
    case HydroRegime::Atlantic:
        return 1.0 + 0.65 * std::cos(2.0 * kPi * (d - 35.0) / 365.25);
    }
    return 1.0;
}

double regimeMean(HydroRegime r)
{
    double s = 0.0;
    for (int d = 0; d < 3653; ++d)
        s += regimeShape(r, d * 0.1);
    return s / 3653.0;
}

// Log-normal spread of inflow around the seasonal shape, by regime: rain-fed rivers vary
// more than snow-fed ones.
double wetnessSpread(HydroRegime r)
{
    switch (r) {
    case HydroRegime::Atlantic:
        return 0.45;
    case HydroRegime::Continental:
        return 0.35;
    default:
        return 0.20;
    }
}

// A generic turbine (cut-in 3 m/s, cubic to rated, cut-out 25 m/s) smoothed over the spread
// of wind speeds inside a zone (Gauss-Hermite over a normal spread of relative σ), times
// availability, wake and electrical losses.
class PowerCurve
{
  public:
    PowerCurve(double ratedMs, double spread, double losses)
    {
        static constexpr std::array<double, 5> node = {-2.856970, -1.355626, 0.0, 1.355626,
                                                       2.856970};
        static constexpr std::array<double, 5> weight = {0.011257, 0.222076, 0.533333, 0.222076,
                                                         0.011257};
        m_table.resize(kSteps + 1);
        for (int i = 0; i <= kSteps; ++i) {
            const double u = i * kStep;
            double p = 0.0;
            for (std::size_t k = 0; k < node.size(); ++k)
                p += weight[k] * turbine(u * (1.0 + spread * node[k]), ratedMs);
            m_table[std::size_t(i)] = p * (1.0 - losses);
        }
    }

    double operator()(double u) const
    {
        const double x = std::clamp(u, 0.0, kMaxMs) / kStep;
        const int i = std::min(int(x), kSteps - 1);
        const double f = x - i;
        return m_table[std::size_t(i)] * (1.0 - f) + m_table[std::size_t(i + 1)] * f;
    }

  private:
    static double turbine(double u, double rated)
    {
        constexpr double cutIn = 3.0, cutOut = 25.0;
        if (u < cutIn || u >= cutOut)
            return 0.0;
        if (u >= rated)
            return 1.0;
        return (u * u * u - cutIn * cutIn * cutIn) /
               (rated * rated * rated - cutIn * cutIn * cutIn);
    }

    static constexpr double kMaxMs = 40.0;
    static constexpr double kStep = 0.02;
    static constexpr int kSteps = int(kMaxMs / kStep);
    std::vector<double> m_table;
};

// Zone-average wind speed from the latent standard normal x: a Weibull of shape k whose
// scale follows the season (windier winters) and, onshore, the time of day.
std::vector<float> windSpeed(const std::vector<float> &latent, double meanMs, double shape,
                             double seasonal, double diurnal, double longitudeDeg)
{
    const double scale0 = meanMs / std::tgamma(1.0 + 1.0 / shape);
    std::vector<float> u(latent.size());
    for (std::size_t h = 0; h < latent.size(); ++h) {
        const double doy = double(h / 24) + 0.5;
        const double solarHour = std::fmod(double(h % 24) + 0.5 + longitudeDeg / 15.0 + 24.0, 24.0);
        const double scale = scale0 *
                             (1.0 + seasonal * std::cos(2.0 * kPi * (doy - 15.0) / 365.25)) *
                             (1.0 + diurnal * std::cos(2.0 * kPi * (solarHour - 15.0) / 24.0));
        // 1 − Φ(x) = Φ(−x), without cancellation for large x.
        const double tail = std::max(normalCdf(-double(latent[h])), 1e-300);
        u[h] = float(scale * std::pow(-std::log(tail), 1.0 / shape));
    }
    return u;
}

std::vector<float> mix(const std::vector<float> &a, const std::vector<float> &b, double shareB)
{
    const double wa = std::sqrt(1.0 - shareB), wb = std::sqrt(shareB);
    std::vector<float> out(a.size());
    for (std::size_t i = 0; i < a.size(); ++i)
        out[i] = float(wa * a[i] + wb * b[i]);
    return out;
}

// Exponential smoothing with time constant `tau` hours, started at the first value.
std::vector<double> smooth(const std::vector<double> &x, double tau)
{
    std::vector<double> out(x.size());
    const double a = 1.0 - std::exp(-1.0 / tau);
    double s = x.empty() ? 0.0 : x.front();
    for (std::size_t i = 0; i < x.size(); ++i) {
        s += a * (x[i] - s);
        out[i] = s;
    }
    return out;
}

std::uint64_t stableHash(const QString &text)
{
    std::uint64_t h = 1469598103934665603ull; // FNV-1a, 64 bits
    for (QChar c : text) {
        h ^= c.unicode();
        h *= 1099511628211ull;
    }
    return h;
}

} // namespace

QString hydroRegimeKey(HydroRegime r)
{
    switch (r) {
    case HydroRegime::Nordic:
        return QStringLiteral("nordic");
    case HydroRegime::Alpine:
        return QStringLiteral("alpine");
    case HydroRegime::Continental:
        return QStringLiteral("continental");
    case HydroRegime::Atlantic:
        return QStringLiteral("atlantic");
    }
    return {};
}

std::optional<HydroRegime> hydroRegimeFromKey(const QString &key)
{
    for (HydroRegime r : {HydroRegime::Nordic, HydroRegime::Alpine, HydroRegime::Continental,
                          HydroRegime::Atlantic})
        if (hydroRegimeKey(r) == key)
            return r;
    return std::nullopt;
}

double climatologicalTemperature(double latitudeDeg, double longitudeDeg, double dayOfYear,
                                 double utcHour)
{
    // Fitted by hand to the long-term means of European capitals: the annual mean falls with
    // latitude and towards the east, the seasonal amplitude grows towards the east (the
    // Atlantic moderates the west) and the north; the daily range is larger in summer.
    const double mean = 35.5 - 0.47 * latitudeDeg - 0.06 * std::max(0.0, longitudeDeg - 5.0);
    const double amplitude =
        5.5 + 0.16 * (longitudeDeg + 10.0) + 0.06 * std::max(0.0, latitudeDeg - 45.0);
    const double winter = winterWeight(dayOfYear);
    const double dailyRange = 3.0 + 2.0 * (1.0 - winter);
    const double solarHour = std::fmod(utcHour + longitudeDeg / 15.0 + 24.0, 24.0);
    return mean - amplitude * std::cos(2.0 * kPi * (dayOfYear - 20.0) / 365.25) +
           dailyRange * std::cos(2.0 * kPi * (solarHour - 15.0) / 24.0);
}

WeatherYear::WeatherYear(int climateYear) : m_climateYear(climateYear)
{
    for (const FieldSpec &spec : kFields)
        m_fields.push_back(std::make_unique<WeatherField>(spec, climateYear, kHours));
}

WeatherYear::~WeatherYear() = default;

ZoneWeather WeatherYear::zone(const ZoneClimate &c)
{
    const double lat = c.latitudeDeg, lon = c.longitudeDeg;
    ZoneWeather w;
    auto field = [&](FieldId id, double la, double lo) {
        return m_fields[std::size_t(id)]->at(la, lo);
    };

    const std::vector<float> fast = field(TemperatureFast, lat, lon);
    w.springWarmth = field(TemperatureSlow, lat, lon);
    const std::vector<float> anomaly = mix(fast, w.springWarmth, kTemperatureSlowShare);
    w.temperatureC.resize(kHours);
    for (int h = 0; h < kHours; ++h) {
        const double doy = h / 24 + 0.5;
        // Weather varies more in winter than in summer.
        const double sigma = 2.2 + 1.8 * winterWeight(doy);
        w.temperatureC[std::size_t(h)] =
            float(climatologicalTemperature(lat, lon, doy, h % 24 + 0.5) +
                  sigma * anomaly[std::size_t(h)]);
    }

    w.windMs =
        windSpeed(mix(field(WindLocal, lat, lon), field(WindBroad, lat, lon), kWindBroadShare),
                  c.windOnshoreMs, kWeibullShapeOnshore, 0.15, 0.04, lon);
    if (c.hasOffshore()) {
        const double la = *c.offshoreLatitudeDeg, lo = *c.offshoreLongitudeDeg;
        w.offshoreWindMs =
            windSpeed(mix(field(WindLocal, la, lo), field(WindBroad, la, lo), kWindBroadShare),
                      c.windOffshoreMs, kWeibullShapeOffshore, 0.12, 0.0, lo);
    }

    // Cloud fraction: Φ of a normal with spread kCloudSpread, centred so that its expectation
    // is the zone's mean for the season (cloudier winters): E[Φ(μ + σx)] = Φ(μ / √(1 + σ²)).
    const std::vector<float> cloud = field(Cloud, lat, lon);
    w.cloudCover.resize(kHours);
    for (int h = 0; h < kHours; ++h) {
        const double doy = h / 24 + 0.5;
        const double seasonal =
            std::clamp(c.cloudCover + 0.12 * (winterWeight(doy) - 0.5), 0.03, 0.97);
        const double mu = std::sqrt(1.0 + kCloudSpread * kCloudSpread) * normalQuantile(seasonal);
        w.cloudCover[std::size_t(h)] = float(normalCdf(mu + kCloudSpread * cloud[std::size_t(h)]));
    }
    w.wetness = field(Wetness, lat, lon);
    return w;
}

std::vector<double> demandProfile(const ZoneClimate &c, const ZoneWeather &w, int climateYear)
{
    const auto [summerStart, summerEnd] = summerTime(climateYear);
    const std::vector<DayType> types = dayTypes(climateYear);
    std::vector<double> base(kHours), heatShape(kHours), coolShape(kHours), offPeak(kHours);
    std::vector<double> temperature(kHours), climatology(kHours);
    for (int h = 0; h < kHours; ++h) {
        const double doy = h / 24 + 0.5;
        const double dst = h >= summerStart && h < summerEnd ? 1.0 : 0.0;
        // The local clock: solar time, one hour later in summer.
        const double local = h + 0.5 + c.longitudeDeg / 15.0 + dst;
        const int day = int(std::floor(local / 24.0));
        const double ts = local - 24.0 * day;
        const DayType type = types[std::size_t(std::clamp(day + 1, 0, int(types.size()) - 1))];
        const SunPosition sun = sunAt(h + 0.5, c.longitudeDeg);
        const double cosSunset = -std::tan(c.latitudeDeg * kDeg) * std::tan(sun.declination);
        const double sunset =
            12.0 + std::acos(std::clamp(cosSunset, -1.0, 1.0)) / kDeg / 15.0 + dst;
        const double winter = winterWeight(doy);
        base[std::size_t(h)] = baseDemand(ts, type, winter, sunset);
        const double active = logistic((ts - 6.5) / 1.0) * (1.0 - logistic((ts - 22.5) / 1.0));
        heatShape[std::size_t(h)] = 0.8 + 0.3 * active;
        // Switched on from 22:30, the heaters' load rises and falls over the night like
        // (x/τ) e^(1 − x/τ), τ = 1.5 h; 24 / (τ e) makes the daily mean 1.
        const double x = std::fmod(ts - 22.5 + 24.0, 24.0) / 1.5;
        offPeak[std::size_t(h)] = 24.0 / (1.5 * std::numbers::e) * x * std::exp(1.0 - x);
        coolShape[std::size_t(h)] = 0.4 + 0.9 * active * gauss(ts, 15.0, 5.0);
        temperature[std::size_t(h)] = w.temperatureC[std::size_t(h)];
        climatology[std::size_t(h)] =
            climatologicalTemperature(c.latitudeDeg, c.longitudeDeg, doy, h % 24 + 0.5);
    }
    double baseMean = 0.0;
    for (double b : base)
        baseMean += b;
    baseMean /= kHours;

    // Heating follows the temperature of the last day (buildings store heat), cooling that of
    // the last hours.
    auto load = [&](const std::vector<double> &t, std::vector<double> &out) {
        const std::vector<double> slow = smooth(t, 24.0), quick = smooth(t, 4.0);
        out.resize(kHours);
        for (std::size_t h = 0; h < std::size_t(kHours); ++h)
            out[h] = (1.0 - c.offPeakShare) * base[h] / baseMean + c.offPeakShare * offPeak[h] +
                     c.heatingPerK * std::max(0.0, 15.0 - slow[h]) * heatShape[h] +
                     c.coolingPerK * std::max(0.0, quick[h] - 22.0) * coolShape[h];
    };
    std::vector<double> actual, normal;
    load(temperature, actual);
    load(climatology, normal);
    double normalMean = 0.0;
    for (double v : normal)
        normalMean += v;
    normalMean /= kHours;

    // Demand that no weather explains: 1.5 % noise correlated over a few hours.
    RandomStream rng(mixSeed({std::uint64_t(climateYear), 0xDE11A9Dull, stableHash(c.zoneId)}));
    const double phi = std::exp(-1.0 / 3.0);
    double noise = 0.0;
    std::vector<double> out(kHours);
    for (int h = 0; h < kHours; ++h) {
        noise = phi * noise + std::sqrt(1.0 - phi * phi) * rng.normal();
        out[std::size_t(h)] = actual[std::size_t(h)] / normalMean * (1.0 + 0.015 * noise);
    }
    return out;
}

std::vector<double> pvProfile(const ZoneClimate &c, const ZoneWeather &w, int)
{
    constexpr double tilt = 30.0 * kDeg;
    constexpr double albedo = 0.2;
    constexpr double performanceRatio = 0.86; // inverter, wiring, soiling, mismatch
    constexpr int steps = 4;                  // sun positions per hour
    const double phi = c.latitudeDeg * kDeg;
    std::vector<double> cf(kHours, 0.0);
    for (int h = 0; h < kHours; ++h) {
        const double cloud = w.cloudCover[std::size_t(h)];
        const double clearIndex = 1.0 - 0.75 * std::pow(cloud, 3.4); // Kasten and Czeplak
        double sum = 0.0;
        for (int q = 0; q < steps; ++q) {
            const SunPosition s = sunAt(h + (q + 0.5) / steps, c.longitudeDeg);
            const double cosZ = std::sin(phi) * std::sin(s.declination) +
                                std::cos(phi) * std::cos(s.declination) * std::cos(s.hourAngle);
            if (cosZ <= 0.0)
                continue;
            const double ghi = 1098.0 * cosZ * std::exp(-0.057 / cosZ) * clearIndex; // Haurwitz
            const double kt = std::clamp(ghi / (s.extraterrestrial * cosZ), 0.0, 1.0);
            const double diffuseShare = kt <= 0.22 ? 1.0 - 0.09 * kt
                                        : kt <= 0.80
                                            ? 0.9511 - 0.1604 * kt + 4.388 * kt * kt -
                                                  16.638 * kt * kt * kt + 12.336 * kt * kt * kt * kt
                                            : 0.165; // Erbs
            const double dhi = diffuseShare * ghi;
            // Incidence on a south-facing plane tilted by `tilt` (Duffie and Beckman 1.6.2).
            const double cosTheta =
                std::sin(s.declination) * std::sin(phi - tilt) +
                std::cos(s.declination) * std::cos(phi - tilt) * std::cos(s.hourAngle);
            const double beam = (ghi - dhi) * std::max(0.0, cosTheta) / std::max(cosZ, 0.087);
            const double poa = beam + dhi * (1.0 + std::cos(tilt)) / 2.0 +
                               ghi * albedo * (1.0 - std::cos(tilt)) / 2.0;
            const double cellC = w.temperatureC[std::size_t(h)] + 0.03 * poa;
            sum += std::min(1.0, poa / 1000.0 * (1.0 - 0.004 * (cellC - 25.0)) * performanceRatio);
        }
        cf[std::size_t(h)] = std::max(0.0, sum / steps);
    }
    return cf;
}

std::vector<double> windProfile(const ZoneClimate &, const ZoneWeather &w, int, bool offshore)
{
    // Onshore: a 2020s turbine of about 300 W/m² rotor area, rated at 11 m/s, over a wide
    // spread of sites; offshore: rated at 12 m/s, sites closer together, larger wake losses.
    static const PowerCurve onshore(11.0, 0.25, 0.10);
    static const PowerCurve offshoreCurve(12.0, 0.15, 0.12);
    const std::vector<float> &speed = offshore ? w.offshoreWindMs : w.windMs;
    const PowerCurve &curve = offshore ? offshoreCurve : onshore;
    std::vector<double> cf(speed.size());
    for (std::size_t h = 0; h < speed.size(); ++h)
        cf[h] = curve(speed[h]);
    return cf;
}

std::vector<double> inflowProfile(const ZoneClimate &c, const ZoneWeather &w, int)
{
    const double mean = regimeMean(c.hydroRegime);
    const double spread = wetnessSpread(c.hydroRegime);
    const bool snow = c.hydroRegime == HydroRegime::Nordic || c.hydroRegime == HydroRegime::Alpine;
    std::vector<double> out(kHours);
    for (int h = 0; h < kHours; ++h) {
        const double doy = h / 24.0;
        // A warm spring melts the snow earlier: the season runs up to 8 days ahead per
        // standard deviation of the slow temperature anomaly.
        const double shift = snow ? 8.0 * w.springWarmth[std::size_t(h)] : 0.0;
        const double wet = std::exp(spread * w.wetness[std::size_t(h)] - 0.5 * spread * spread);
        out[std::size_t(h)] = regimeShape(c.hydroRegime, doy + shift) / mean * wet;
    }
    return out;
}

std::vector<double> runOfRiverProfile(const ZoneClimate &c, const ZoneWeather &w, int climateYear)
{
    std::vector<double> cf = inflowProfile(c, w, climateYear);
    for (double &v : cf)
        v = std::min(1.0, c.runOfRiverCf * v);
    return cf;
}

} // namespace gridcba::market::synthesis
