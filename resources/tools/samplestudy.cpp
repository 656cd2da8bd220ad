// gridcba-sample: the build's tool for the bundled sample study (not installed).
//
//   gridcba-sample build STUDY.json SYSTEM_DIR OUT.gridcba
//       The study of STUDY.json with the sample European system of SYSTEM_DIR (its power
//       systems and synthetic profiles, market/samplesystem.h), validated, as a study file.
//   gridcba-sample calibrate SYSTEM_DIR TARGETS.csv
//       Fits the weather columns of SYSTEM_DIR/zones.csv (cloudCover, windOnshoreMs,
//       windOffshoreMs) so that the synthesis gives each zone the long-term capacity factors
//       of TARGETS.csv (zone,pv,windOnshore,windOffshore), averaged over CLIMATE_YEARS
//       (default 1995,2008,2009), and rewrites zones.csv. A developer's step after changing
//       the synthesis or the targets (docs/market-model.md, "Sample European system").
//   gridcba-sample results OUT.json UNITS.json...
//       Joins unit result files of `gridcba-cli simulate --unit-out` into one compact file,
//       the units sorted by scenario, study year, climate year and project: the sample's
//       SYSTEM_DIR/results.json (scripts/sample-results.sh).

#include "io/csvexport.h"
#include "io/csvreader.h"
#include "io/jsonformat.h"
#include "market/profilesynthesis.h"
#include "market/samplesystem.h"
#include "market/simulation.h"
#include "market/unitsfile.h"
#include "model/validation.h"
#include "storage/studyfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <tuple>

using namespace gridcba;

namespace {

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

int build(const QStringList &args)
{
    io::StudyReadResult read = io::readStudyJsonFile(args[0]);
    for (const io::InputError &e : read.errors)
        err() << e.toString() << Qt::endl;
    if (!read.study)
        return 1;
    QString error;
    const auto files = market::readSampleSystemFiles(args[1], &error);
    if (!files) {
        err() << error << Qt::endl;
        return 1;
    }
    QString resultsNote;
    if (const auto failure = market::addSampleSystem(*read.study, *files, &resultsNote)) {
        err() << args[1] << u'/' << failure->toString() << Qt::endl;
        return 1;
    }
    if (!resultsNote.isEmpty())
        err() << "warning: " << args[1] << u'/' << resultsNote << Qt::endl;
    if (const auto issues = model::validate(*read.study); !issues.empty()) {
        err() << model::formatIssues(issues) << Qt::endl;
        return 1;
    }
    if (!storage::saveStudy(*read.study, args[2], &error)) {
        err() << error << Qt::endl;
        return 1;
    }
    err() << "saved " << args[2] << " (" << read.study->powerSystems.size() << " power systems, "
          << read.study->profiles.size() << " profiles, " << read.study->marketUnits.size()
          << " market unit results)" << Qt::endl;
    return 0;
}

double mean(const std::vector<double> &v)
{
    double s = 0.0;
    for (double x : v)
        s += x;
    return s / double(v.size());
}

// The value of `parameter` in [lo, hi] at which `cf` (monotonic) reaches `target`.
double bisect(double lo, double hi, double target, bool increasing,
              const std::function<double(double)> &cf)
{
    for (int i = 0; i < 20; ++i) {
        const double mid = 0.5 * (lo + hi);
        ((cf(mid) < target) == increasing ? lo : hi) = mid;
    }
    return 0.5 * (lo + hi);
}

int calibrate(const QStringList &args)
{
    auto readTable = [](const QString &path) -> std::optional<io::CsvTable> {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            err() << path << ": " << f.errorString() << Qt::endl;
            return std::nullopt;
        }
        QString error;
        auto t = io::readCsv(f.readAll(), &error);
        if (!t)
            err() << path << ": " << error << Qt::endl;
        return t;
    };
    const QString zonesPath = args[0] + QStringLiteral("/zones.csv");
    auto zones = readTable(zonesPath);
    const auto targets = readTable(args[1]);
    if (!zones || !targets)
        return 1;
    auto col = [](const io::CsvTable &t, const char *name) {
        return int(t.header.indexOf(QLatin1String(name)));
    };
    std::map<QString, QStringList> target;
    for (const QStringList &row : targets->rows)
        target[row.value(0)] = row;

    std::vector<int> years;
    for (const QString &y :
         qEnvironmentVariable("CLIMATE_YEARS", QStringLiteral("1995,2008,2009")).split(u','))
        years.push_back(y.toInt());
    std::vector<std::unique_ptr<market::synthesis::WeatherYear>> weather;
    for (int y : years)
        weather.push_back(std::make_unique<market::synthesis::WeatherYear>(y));

    const int cId = col(*zones, "id"), cLat = col(*zones, "latitude"),
              cLon = col(*zones, "longitude");
    const int cOffLat = col(*zones, "offshoreLatitude"), cOffLon = col(*zones, "offshoreLongitude");
    const int cCloud = col(*zones, "cloudCover"), cOn = col(*zones, "windOnshoreMs"),
              cOff = col(*zones, "windOffshoreMs");
    // A coordinate that does not read as a number stops the calibration with its line: a
    // silent 0 would calibrate the zone at the equator.
    bool coordinatesOk = true;
    auto coordinate = [&](const QStringList &row, int column, int line) {
        bool ok = false;
        const double v = row.value(column).trimmed().toDouble(&ok);
        if (!ok) {
            err() << zonesPath << " line " << line << ", column "
                  << zones->header.value(column) << ": '" << row.value(column)
                  << "' is not a number" << Qt::endl;
            coordinatesOk = false;
        }
        return v;
    };
    for (std::size_t r = 0; r < zones->rows.size(); ++r) {
        QStringList &row = zones->rows[r];
        const int line = zones->lineNumbers[r];
        const auto t = target.find(row[cId]);
        if (t == target.end()) {
            err() << row[cId] << ": no target in " << args[1] << Qt::endl;
            return 1;
        }
        market::synthesis::ZoneClimate c;
        c.zoneId = row[cId];
        c.latitudeDeg = coordinate(row, cLat, line);
        c.longitudeDeg = coordinate(row, cLon, line);
        const bool offshore = !row[cOffLat].isEmpty();
        if (offshore) {
            c.offshoreLatitudeDeg = coordinate(row, cOffLat, line);
            c.offshoreLongitudeDeg = coordinate(row, cOffLon, line);
        }
        if (!coordinatesOk)
            return 1;
        // The weather of a zone depends on its parameters: synthesise it again each step.
        auto average = [&](const std::function<std::vector<double>(
                               const market::synthesis::ZoneWeather &, int)> &f) {
            double s = 0.0;
            for (std::size_t i = 0; i < years.size(); ++i)
                s += mean(f(weather[i]->zone(c), years[i]));
            return s / double(years.size());
        };
        c.cloudCover = bisect(0.02, 0.98, t->second.value(1).toDouble(), false, [&](double v) {
            c.cloudCover = v;
            return average(
                [&](const auto &w, int y) { return market::synthesis::pvProfile(c, w, y); });
        });
        c.windOnshoreMs = bisect(2.0, 15.0, t->second.value(2).toDouble(), true, [&](double v) {
            c.windOnshoreMs = v;
            return average([&](const auto &w, int y) {
                return market::synthesis::windProfile(c, w, y, false);
            });
        });
        row[cCloud] = QString::number(c.cloudCover, 'f', 3);
        row[cOn] = QString::number(c.windOnshoreMs, 'f', 2);
        if (offshore) {
            c.windOffshoreMs =
                bisect(2.0, 18.0, t->second.value(3).toDouble(), true, [&](double v) {
                    c.windOffshoreMs = v;
                    return average([&](const auto &w, int y) {
                        return market::synthesis::windProfile(c, w, y, true);
                    });
                });
            row[cOff] = QString::number(c.windOffshoreMs, 'f', 2);
        }
        err() << row[cId] << " cloudCover " << row[cCloud] << " windOnshoreMs " << row[cOn]
              << " windOffshoreMs " << row.value(cOff) << Qt::endl;
    }

    QSaveFile out(zonesPath);
    if (!out.open(QIODevice::WriteOnly)) {
        err() << zonesPath << ": " << out.errorString() << Qt::endl;
        return 1;
    }
    auto line = [](const QStringList &cells) {
        QStringList quoted;
        for (const QString &c : cells)
            quoted << io::csvField(c);
        return (quoted.join(u',') + u'\n').toUtf8();
    };
    out.write(line(zones->header));
    for (const QStringList &row : zones->rows)
        out.write(line(row));
    return out.commit() ? 0 : 1;
}

int results(const QStringList &args)
{
    std::vector<market::UnitResult> units;
    for (const QString &path : args.mid(1)) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            err() << path << ": " << f.errorString() << Qt::endl;
            return 1;
        }
        market::UnitsFileRead read = market::parseUnitsFile(f.readAll());
        if (!read.error.isEmpty()) {
            err() << path << ": " << read.error << Qt::endl;
            return 1;
        }
        for (market::UnitResult &u : read.units) {
            if (u.inputDigest.isEmpty()) {
                err() << path << ": " << market::UnitKey{u.projectId, u.scenarioId, u.year, u.climateYear}.label()
                      << ": no input fingerprint" << Qt::endl;
                return 1;
            }
            units.push_back(std::move(u));
        }
    }
    std::sort(units.begin(), units.end(), [](const market::UnitResult &a, const market::UnitResult &b) {
        return std::tie(a.scenarioId, a.year, a.climateYear, a.projectId)
               < std::tie(b.scenarioId, b.year, b.climateYear, b.projectId);
    });
    QSaveFile out(args[0]);
    if (!out.open(QIODevice::WriteOnly) || out.write(market::unitsFileJson(units, false)) < 0 || !out.commit()) {
        err() << args[0] << ": " << out.errorString() << Qt::endl;
        return 1;
    }
    err() << "wrote " << units.size() << " unit results to " << args[0] << Qt::endl;
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.size() == 4 && args[0] == QLatin1String("build"))
        return build(args.mid(1));
    if (args.size() == 3 && args[0] == QLatin1String("calibrate"))
        return calibrate(args.mid(1));
    if (args.size() >= 3 && args[0] == QLatin1String("results"))
        return results(args.mid(1));
    err() << "usage: gridcba-sample build STUDY.json SYSTEM_DIR OUT.gridcba\n"
             "       gridcba-sample calibrate SYSTEM_DIR TARGETS.csv\n"
             "       gridcba-sample results OUT.json UNITS.json..."
          << Qt::endl;
    return 2;
}
