// The synthetic weather and profiles of the sample system (market/profilesynthesis.h).
//
// The ranges below are those of European fleets' long-term statistics (ENTSO-E and IRENA
// capacity factors, national load statistics), wide enough for one climate year's weather:
// a single year's PV yield varies by about ±5 %, wind by ±10 %, so each range is the
// long-term value of the latitude band widened by that and by the spread between countries.

#include "comparenear.h"
#include "market/profilesynthesis.h"
#include "market/weatherfield.h"

#include <QTest>

#include <cmath>
#include <numbers>
#include <numeric>

using namespace gridcba;
using namespace gridcba::market::synthesis;

namespace {

constexpr int kHours = model::kHoursPerYear;

double mean(const std::vector<double> &v, int from = 0, int to = kHours)
{
    return std::accumulate(v.begin() + from, v.begin() + to, 0.0) / (to - from);
}

double correlation(const std::vector<float> &a, const std::vector<float> &b)
{
    const std::size_t n = a.size();
    double ma = 0, mb = 0;
    for (std::size_t i = 0; i < n; ++i) {
        ma += a[i];
        mb += b[i];
    }
    ma /= n;
    mb /= n;
    double sab = 0, saa = 0, sbb = 0;
    for (std::size_t i = 0; i < n; ++i) {
        sab += (a[i] - ma) * (b[i] - mb);
        saa += (a[i] - ma) * (a[i] - ma);
        sbb += (b[i] - mb) * (b[i] - mb);
    }
    return sab / std::sqrt(saa * sbb);
}

// Zones with the parameters of the sample's ES00, DE00 and NOS0 (zones.csv).
ZoneClimate south() // Spain
{
    ZoneClimate c;
    c.zoneId = QStringLiteral("S");
    c.latitudeDeg = 40.3;
    c.longitudeDeg = -3.7;
    c.cloudCover = 0.505;
    c.windOnshoreMs = 6.36;
    c.heatingPerK = 0.01;
    c.coolingPerK = 0.02;
    c.hydroRegime = HydroRegime::Atlantic;
    return c;
}

ZoneClimate middle() // Germany
{
    ZoneClimate c;
    c.zoneId = QStringLiteral("M");
    c.latitudeDeg = 51.0;
    c.longitudeDeg = 9.5;
    c.cloudCover = 0.708;
    c.windOnshoreMs = 6.11;
    c.offshoreLatitudeDeg = 54.3;
    c.offshoreLongitudeDeg = 6.5;
    c.windOffshoreMs = 9.63;
    c.heatingPerK = 0.035; // France's electric heating, to see the winter peak
    c.hydroRegime = HydroRegime::Continental;
    return c;
}

ZoneClimate north() // Norway
{
    ZoneClimate c;
    c.zoneId = QStringLiteral("N");
    c.latitudeDeg = 60.0;
    c.longitudeDeg = 8.5;
    c.cloudCover = 0.746;
    c.windOnshoreMs = 6.97;
    c.heatingPerK = 0.035;
    c.hydroRegime = HydroRegime::Nordic;
    return c;
}

// Hours of a day of the year (1-based) whose local solar hour is in [from, to).
std::vector<int> hoursOf(int firstDay, int lastDay, int from, int to, double longitude)
{
    std::vector<int> out;
    for (int h = (firstDay - 1) * 24; h < lastDay * 24; ++h) {
        const double solar = std::fmod(h % 24 + 0.5 + longitude / 15.0 + 24.0, 24.0);
        if (solar >= from && solar < to)
            out.push_back(h);
    }
    return out;
}

double meanAt(const std::vector<double> &v, const std::vector<int> &hours)
{
    double s = 0.0;
    for (int h : hours)
        s += v[std::size_t(h)];
    return s / double(hours.size());
}

} // namespace

class TestProfileSynthesis : public QObject
{
    Q_OBJECT

  private slots:
    void randomStreamIsPortable()
    {
        // xoshiro256** from SplitMix64 is fully specified: these numbers do not depend on the
        // compiler or the standard library (std::normal_distribution would).
        RandomStream a(42), b(42), c(43);
        for (int i = 0; i < 100; ++i) {
            const double x = a.normal();
            QCOMPARE(x, b.normal());
            QVERIFY(std::isfinite(x));
        }
        QVERIFY(a.next() != c.next());
        // The normal transform: mean 0 and variance 1 within sampling error (n = 200,000:
        // standard errors 0.0022 and 0.0032; tolerance four of them).
        RandomStream r(7);
        double s = 0, ss = 0;
        const int n = 200000;
        for (int i = 0; i < n; ++i) {
            const double x = r.normal();
            s += x;
            ss += x * x;
        }
        COMPARE_NEAR(s / n, 0.0, 0.009, 0);
        COMPARE_NEAR(ss / n, 1.0, 0.013, 0);
    }

    void normalQuantileInvertsTheCdf_data()
    {
        QTest::addColumn<double>("p");
        QTest::newRow("lower tail") << 1e-6;
        QTest::newRow("low") << 0.01;
        QTest::newRow("median") << 0.5;
        QTest::newRow("high") << 0.9;
        QTest::newRow("upper tail") << 1 - 1e-7;
    }
    void normalQuantileInvertsTheCdf()
    {
        QFETCH(double, p);
        COMPARE_NEAR(normalCdf(normalQuantile(p)), p, 1e-14, 1e-9);
    }

    void fieldHasUnitVarianceAndDecorrelates()
    {
        // The cells of a field are independent, so the kernel-weighted sum at a point has
        // variance 1 (mean over six years of 8,760 hours: sampling error about ±0.05 for a
        // 20 h time scale), and the correlation of two points follows exp(−d² / 4s²).
        double variance = 0.0, near = 0.0, far = 0.0;
        const int years = 6;
        for (int y = 0; y < years; ++y) {
            WeatherField f({9, 300.0, 20.0}, 2000 + y, kHours);
            const std::vector<float> a = f.at(50.0, 5.0);
            const std::vector<float> b =
                f.at(50.0, 5.0 + 300.0 / (111.2 * std::cos(50.0 * std::numbers::pi / 180.0)));
            const std::vector<float> c =
                f.at(50.0, 5.0 + 1200.0 / (111.2 * std::cos(50.0 * std::numbers::pi / 180.0)));
            for (float x : a)
                variance += double(x) * x / kHours / years;
            near += correlation(a, b) / years;
            far += correlation(a, c) / years;
        }
        COMPARE_NEAR(variance, 1.0, 0.15, 0);
        COMPARE_NEAR(near, std::exp(-0.25), 0.1, 0); // 300 km at s = 300 km: 0.78
        COMPARE_NEAR(far, std::exp(-4.0), 0.1, 0);   // 1,200 km: 0.02
    }

    void sameClimateYearSameProfiles()
    {
        // Two realisations of 2008 agree to the last bit, whatever else was synthesised from
        // them first; another climate year differs.
        WeatherYear a(2008), b(2008), other(1995);
        const ZoneClimate m = middle();
        (void)a.zone(north()); // a zone far away first: m's weather must not change
        const ZoneWeather wa = a.zone(m), wb = b.zone(m), wo = other.zone(m);
        QVERIFY(demandProfile(m, wa, 2008) == demandProfile(m, wb, 2008));
        QVERIFY(pvProfile(m, wa, 2008) == pvProfile(m, wb, 2008));
        QVERIFY(windProfile(m, wa, 2008, true) == windProfile(m, wb, 2008, true));
        QVERIFY(inflowProfile(m, wa, 2008) == inflowProfile(m, wb, 2008));
        QVERIFY(windProfile(m, wa, 2008, false) != windProfile(m, wo, 1995, false));
        QCOMPARE(int(demandProfile(m, wa, 2008).size()), kHours);
    }

    void capacityFactorsByLatitude_data()
    {
        QTest::addColumn<int>("zone"); // 0 south, 1 middle, 2 north
        QTest::addColumn<QString>("technology");
        QTest::addColumn<double>("low");
        QTest::addColumn<double>("high");
        // PV, fixed south-facing: Iberia 0.16-0.19, Germany 0.11-0.13, Norway 0.09-0.10
        // (long term), widened by ±5 % weather and ±0.01 for the spread between countries.
        QTest::newRow("PV south") << 0 << "pv" << 0.145 << 0.205;
        QTest::newRow("PV middle") << 1 << "pv" << 0.10 << 0.145;
        QTest::newRow("PV north") << 2 << "pv" << 0.075 << 0.115;
        // Onshore wind of the 2020s fleet: 0.20-0.32 across Europe; offshore North Sea
        // 0.38-0.50; widened by ±10 % weather.
        QTest::newRow("onshore south") << 0 << "onshore" << 0.18 << 0.35;
        QTest::newRow("onshore middle") << 1 << "onshore" << 0.15 << 0.30;
        QTest::newRow("onshore north") << 2 << "onshore" << 0.18 << 0.36;
        QTest::newRow("offshore North Sea") << 1 << "offshore" << 0.34 << 0.55;
    }
    void capacityFactorsByLatitude()
    {
        QFETCH(int, zone);
        QFETCH(QString, technology);
        QFETCH(double, low);
        QFETCH(double, high);
        const ZoneClimate c = zone == 0 ? south() : zone == 1 ? middle() : north();
        for (int year : {1995, 2008, 2009}) {
            WeatherYear weather(year);
            const ZoneWeather w = weather.zone(c);
            const std::vector<double> cf =
                technology == QLatin1String("pv")
                    ? pvProfile(c, w, year)
                    : windProfile(c, w, year, technology == QLatin1String("offshore"));
            const double m = mean(cf);
            if (m < low || m > high)
                QFAIL(qPrintable(
                    QStringLiteral("%1 %2 in %3: mean capacity factor %4 outside [%5, %6]")
                        .arg(c.zoneId, technology)
                        .arg(year)
                        .arg(m)
                        .arg(low)
                        .arg(high)));
            QVERIFY(*std::min_element(cf.begin(), cf.end()) >= 0.0);
            QVERIFY(*std::max_element(cf.begin(), cf.end()) <= 1.0);
        }
    }

    void pvFollowsTheSun()
    {
        const ZoneClimate c = middle();
        WeatherYear weather(2009);
        const std::vector<double> pv = pvProfile(c, weather.zone(c), 2009);
        // Nothing between 22:00 and 02:00 solar time, all year.
        QCOMPARE(meanAt(pv, hoursOf(1, 365, 22, 24, c.longitudeDeg)), 0.0);
        QCOMPARE(meanAt(pv, hoursOf(1, 365, 0, 2, c.longitudeDeg)), 0.0);
        // June gives at 51 °N more than three times the yield of December (about 4-6 times in
        // Germany's statistics).
        const double june = mean(pv, 151 * 24, 181 * 24), december = mean(pv, 334 * 24, 364 * 24);
        QVERIFY2(june > 3.0 * december,
                 qPrintable(QStringLiteral("June %1, December %2").arg(june).arg(december)));
    }

    void demandShape()
    {
        for (const ZoneClimate &c : {south(), middle(), north()}) {
            for (int year : {1995, 2008, 2009}) {
                WeatherYear weather(year);
                const std::vector<double> d = demandProfile(c, weather.zone(c), year);
                const QString what = QStringLiteral("%1 %2").arg(c.zoneId).arg(year);
                // Mean 1 for the climatology; a year's weather moves it by a few per cent.
                const double m = mean(d);
                QVERIFY2(std::abs(m - 1.0) < 0.04,
                         qPrintable(what + QStringLiteral(": mean %1").arg(m)));
                // Peak/mean of European countries' hourly load: 1.33 (Slovakia) to 1.75
                // (Sweden) in ENTSO-E's 2016 data; a heating zone is at the top of it.
                const double peak = *std::max_element(d.begin(), d.end()) / m;
                QVERIFY2(peak > 1.2 && peak < 1.9,
                         qPrintable(what + QStringLiteral(": peak/mean %1").arg(peak)));
                // Day above night: working-day late mornings at least 20 % above the small hours.
                const double day = meanAt(d, hoursOf(1, 365, 10, 12, c.longitudeDeg));
                const double night = meanAt(d, hoursOf(1, 365, 2, 4, c.longitudeDeg));
                QVERIFY2(
                    day > 1.2 * night,
                    qPrintable(what + QStringLiteral(": day %1, night %2").arg(day).arg(night)));
            }
        }
        // Winter against summer: heating makes a northern winter far heavier (France and Norway:
        // January 1.3-1.8 × July); the south's cooling keeps summer close to winter.
        WeatherYear weather(2008);
        const ZoneClimate n = north(), s = south();
        const std::vector<double> dn = demandProfile(n, weather.zone(n), 2008);
        const std::vector<double> ds = demandProfile(s, weather.zone(s), 2008);
        const double janN = mean(dn, 0, 31 * 24), julN = mean(dn, 181 * 24, 212 * 24);
        const double janS = mean(ds, 0, 31 * 24), julS = mean(ds, 181 * 24, 212 * 24);
        QVERIFY2(janN > 1.3 * julN,
                 qPrintable(QStringLiteral("north: January %1, July %2").arg(janN).arg(julN)));
        QVERIFY2(std::abs(janS / julS - 1.0) < 0.15,
                 qPrintable(QStringLiteral("south: January %1, July %2").arg(janS).arg(julS)));
    }

    void windCorrelationFallsWithDistance()
    {
        // Hourly wind speeds at points 0, 200, 600 and 1,500 km east of a point at 52 °N:
        // the correlation falls with distance (observed: about 0.8-0.9 at 200 km, 0.4-0.6 at
        // 600 km, below 0.3 beyond 1,500 km).
        WeatherYear weather(2008);
        auto at = [&](double km) {
            ZoneClimate c;
            c.latitudeDeg = 52.0;
            c.longitudeDeg = km / (111.2 * std::cos(52.0 * std::numbers::pi / 180.0));
            return weather.zone(c).windMs;
        };
        const std::vector<float> origin = at(0);
        const double r200 = correlation(origin, at(200)), r600 = correlation(origin, at(600)),
                     r1500 = correlation(origin, at(1500));
        const QString all =
            QStringLiteral("200 km %1, 600 km %2, 1500 km %3").arg(r200).arg(r600).arg(r1500);
        QVERIFY2(r200 > r600 && r600 > r1500, qPrintable(all));
        QVERIFY2(r200 > 0.75 && r600 > 0.35 && r600 < 0.75 && r1500 < 0.3, qPrintable(all));
    }

    void inflowSeasons()
    {
        WeatherYear weather(2009);
        const ZoneClimate n = north();
        const std::vector<double> inflow = inflowProfile(n, weather.zone(n), 2009);
        // Mean about 1: a wet or dry year moves it by up to a quarter (Norway's inflow energy
        // ranged from about 75 % to 125 % of normal over 1990-2020); the Nordic snowmelt makes
        // May-June several times January-March.
        QVERIFY2(std::abs(mean(inflow) - 1.0) < 0.3, qPrintable(QString::number(mean(inflow))));
        QVERIFY(mean(inflow, 130 * 24, 180 * 24) > 2.5 * mean(inflow, 0, 90 * 24));
        // Run-of-river: a capacity factor, capped at 1, mean close to the zone's.
        ZoneClimate s = south();
        s.runOfRiverCf = 0.45;
        const std::vector<double> ror = runOfRiverProfile(s, weather.zone(s), 2009);
        QVERIFY(*std::max_element(ror.begin(), ror.end()) <= 1.0);
        QVERIFY(std::abs(mean(ror) - 0.45) < 0.12);
        // Atlantic rivers: winter above summer.
        const std::vector<double> rain = inflowProfile(s, weather.zone(s), 2009);
        QVERIFY(mean(rain, 0, 59 * 24) > mean(rain, 181 * 24, 243 * 24));
    }
};

QTEST_GUILESS_MAIN(TestProfileSynthesis)
#include "tst_profilesynthesis.moc"
