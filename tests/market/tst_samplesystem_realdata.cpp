// The sample system's synthetic profiles against real hourly data: ENTSO-E's 2016 load and
// renewable capacity factors as compiled by Dispa-SET (../shared/data/dispaset-2016, EUPL;
// read here, never copied into the project). Label `realdata`: CTest runs it only where the
// folder exists (scripts/test.sh).
//
// The synthesis is not fitted to these series; it is calibrated to long-term capacity
// factors (scripts/sample-climate-targets.csv) and built from parametric shapes. So the
// comparison allows for what separates one real year from a synthetic climate:
//  - PV mean capacity factor within 0.025: one year's weather moves it by about ±5 %
//    (±0.007) and real fleets mix orientations and trackers (±10 %, ±0.015).
//  - onshore wind within 0.07: the sample's 2030s fleet (taller, larger rotors) is
//    calibrated 10-25 % above the 2016 fleet, and a single year varies by ±10 %.
//  - load peak/mean within 0.12: a year's cold spell moves the peak by ±0.05, and national
//    load definitions (self-generation, pumping) differ by a few per cent of the peak.
//  - the average daily load shape (24 UTC hours, all days) correlated at 0.9 or more.

#include "io/csvreader.h"
#include "io/jsonformat.h"
#include "market/samplesystem.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <cmath>
#include <functional>
#include <numeric>

using namespace gridcba;

namespace {

const QString kData = QStringLiteral(GRIDCBA_SHARED_DATA "/dispaset-2016");

// A column of a Dispa-SET CSV (first column the timestamp).
std::vector<double> column(const QString &path, int index)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("%s: %s (the realdata tests need ../shared/data)", qPrintable(path),
               qPrintable(f.errorString()));
    QString error;
    const auto table = io::readCsv(f.readAll(), &error);
    if (!table)
        qFatal("%s: %s", qPrintable(path), qPrintable(error));
    std::vector<double> v;
    // load/*.csv has no header: its first line is data.
    if (table->header.value(0).startsWith(QLatin1String("20")))
        v.push_back(table->header.value(index).toDouble());
    for (const QStringList &row : table->rows)
        v.push_back(row.value(index).toDouble());
    return v;
}

int columnIndex(const QString &path, const QString &name)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("%s: %s", qPrintable(path), qPrintable(f.errorString()));
    return int(QString::fromUtf8(f.readLine()).trimmed().split(u',').indexOf(name));
}

double mean(const std::vector<double> &v)
{
    return std::accumulate(v.begin(), v.end(), 0.0) / double(v.size());
}

double peakOverMean(const std::vector<double> &v)
{
    return *std::max_element(v.begin(), v.end()) / mean(v);
}

// Mean of each hour of the day (hour 0 of the series is 00:00 UTC), divided by the overall mean.
std::vector<double> dailyShape(const std::vector<double> &v)
{
    std::vector<double> s(24, 0.0);
    for (std::size_t h = 0; h < v.size(); ++h)
        s[h % 24] += v[h];
    const double m = mean(v) * double(v.size()) / 24.0;
    for (double &x : s)
        x /= m;
    return s;
}

double correlation(const std::vector<double> &a, const std::vector<double> &b)
{
    const double ma = mean(a), mb = mean(b);
    double sab = 0, saa = 0, sbb = 0;
    for (std::size_t i = 0; i < a.size(); ++i) {
        sab += (a[i] - ma) * (b[i] - mb);
        saa += (a[i] - ma) * (a[i] - ma);
        sbb += (b[i] - mb) * (b[i] - mb);
    }
    return sab / std::sqrt(saa * sbb);
}

} // namespace

class TestSampleSystemRealData : public QObject
{
    Q_OBJECT

    model::Study m_study;

    // The mean over the sample's climate years of f(profile).
    double synthetic(const QString &profile,
                     const std::function<double(const std::vector<double> &)> &f)
    {
        double s = 0.0;
        int n = 0;
        for (const model::Profile &p : m_study.profiles)
            if (p.id == profile) {
                s += f(p.values);
                ++n;
            }
        if (n == 0)
            qFatal("no profile %s", qPrintable(profile));
        return s / n;
    }

  private slots:
    void initTestCase()
    {
        QVERIFY2(QDir(kData).exists(), qPrintable(kData + QStringLiteral(" is missing")));
        io::StudyReadResult r = io::readStudyJsonFile(QStringLiteral(GRIDCBA_SAMPLE_JSON));
        QVERIFY(r.study);
        m_study = *r.study;
        QString error;
        const auto files =
            market::readSampleSystemFiles(QStringLiteral(GRIDCBA_SAMPLE_SYSTEM), &error);
        QVERIFY2(files, qPrintable(error));
        const auto failure = market::addSampleSystem(m_study, *files);
        QVERIFY2(!failure, qPrintable(failure ? failure->toString() : QString()));
    }

    void compare_data()
    {
        QTest::addColumn<QString>("country");
        QTest::addColumn<QString>("zone");
        for (const auto &[country, zone] :
             {std::pair{"DE", "DE00"}, {"FR", "FR00"}, {"ES", "ES00"}, {"PL", "PL00"}})
            QTest::newRow(country) << QString::fromLatin1(country) << QString::fromLatin1(zone);
    }
    void compare()
    {
        QFETCH(QString, country);
        QFETCH(QString, zone);
        const QString availability =
            kData + QStringLiteral("/availability/") + country + QStringLiteral(".csv");
        const QString load = kData + QStringLiteral("/load/") + country + QStringLiteral(".csv");
        const std::vector<double> realPv =
            column(availability, columnIndex(availability, QStringLiteral("PHOT")));
        const std::vector<double> realWind =
            column(availability, columnIndex(availability, QStringLiteral("WTON")));
        const std::vector<double> realLoad = column(load, 1);

        const double pv = synthetic(QStringLiteral("pv_") + zone, mean);
        const double wind = synthetic(QStringLiteral("wind_onshore_") + zone, mean);
        const double peak = synthetic(QStringLiteral("load_") + zone, peakOverMean);
        const std::vector<double> realShape = dailyShape(realLoad);
        const double shape =
            synthetic(QStringLiteral("load_") + zone, [&](const std::vector<double> &v) {
                return correlation(dailyShape(v), realShape);
            });
        const QString report =
            QStringLiteral("%1: PV %2 (real %3), onshore %4 (real %5), peak/mean %6 "
                           "(real %7), daily shape correlation %8")
                .arg(country)
                .arg(pv, 0, 'f', 3)
                .arg(mean(realPv), 0, 'f', 3)
                .arg(wind, 0, 'f', 3)
                .arg(mean(realWind), 0, 'f', 3)
                .arg(peak, 0, 'f', 2)
                .arg(peakOverMean(realLoad), 0, 'f', 2)
                .arg(shape, 0, 'f', 3);
        qInfo("%s", qPrintable(report));
        QVERIFY2(std::abs(pv - mean(realPv)) <= 0.025, qPrintable(report));
        QVERIFY2(std::abs(wind - mean(realWind)) <= 0.07, qPrintable(report));
        QVERIFY2(std::abs(peak - peakOverMean(realLoad)) <= 0.12, qPrintable(report));
        QVERIFY2(shape >= 0.9, qPrintable(report));
    }
};

QTEST_GUILESS_MAIN(TestSampleSystemRealData)
#include "tst_samplesystem_realdata.moc"
