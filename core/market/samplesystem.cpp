#include "samplesystem.h"

#include "unitsfile.h"

#include "io/csvreader.h"
#include "profilesynthesis.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

#include <cmath>
#include <set>
#include <thread>

namespace gridcba::market {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SampleSystem)
};

using SystemKey = std::pair<QString, int>; // scenario, study year

struct Failure
{
    SampleSystemError error;
};

// One table: named columns, numbers checked against a range, errors by file and line.
class Table
{
  public:
    Table(const SampleSystemFiles &files, const QString &file) : m_file(file)
    {
        const auto it = files.find(file);
        if (it == files.end())
            throw Failure{{file, 0, Tr::tr("the file is missing")}};
        QString error;
        std::optional<io::CsvTable> table = io::readCsv(it->second, &error);
        if (!table)
            throw Failure{{file, 0, error}};
        m_table = std::move(*table);
        static const QRegularExpression systemColumn(QStringLiteral("^([A-Za-z0-9_]+)-(\\d{4})$"));
        for (qsizetype c = 0; c < m_table.header.size(); ++c)
            if (const auto m = systemColumn.match(m_table.header[c]); m.hasMatch())
                m_systems.push_back({{m.captured(1), m.captured(2).toInt()}, int(c)});
    }

    int rows() const { return int(m_table.rows.size()); }
    const std::vector<std::pair<SystemKey, int>> &systems() const { return m_systems; }

    [[noreturn]] void fail(int row, const QString &message) const
    {
        throw Failure{{m_file, row < 0 ? m_table.headerLine : m_table.lineNumbers[std::size_t(row)],
                       message}};
    }

    int column(const QString &name) const
    {
        const int c = int(m_table.header.indexOf(name));
        if (c < 0)
            //: %1 is a column name
            fail(-1, Tr::tr("the column '%1' is missing").arg(name));
        return c;
    }

    QString cell(int row, int column) const
    {
        const QStringList &cells = m_table.rows[std::size_t(row)];
        return column < cells.size() ? cells[column].trimmed() : QString();
    }

    QString text(int row, const QString &name) const
    {
        const QString v = cell(row, column(name));
        if (v.isEmpty())
            //: %1 is a column name
            fail(row, Tr::tr("%1 is empty").arg(name));
        return v;
    }

    double numberAt(int row, int column, double lo, double hi) const
    {
        const QString name = m_table.header[column];
        bool ok = false;
        const double v = cell(row, column).toDouble(&ok);
        if (!ok || !std::isfinite(v))
            //: %1 is a column name, %2 the text found
            fail(row, Tr::tr("%1 must be a number, got '%2'").arg(name, cell(row, column)));
        if (v < lo || v > hi)
            //: %1 is a column name, %2 and %3 the limits, %4 the value
            fail(row,
                 Tr::tr("%1 must be between %2 and %3, got %4").arg(name).arg(lo).arg(hi).arg(v));
        return v;
    }

    double number(int row, const QString &name, double lo, double hi) const
    {
        return numberAt(row, column(name), lo, hi);
    }

    std::optional<double> optionalNumber(int row, const QString &name, double lo, double hi) const
    {
        if (cell(row, column(name)).isEmpty())
            return std::nullopt;
        return number(row, name, lo, hi);
    }

    // Per system column, the value of the row (≥ 0).
    std::map<SystemKey, double> values(int row) const
    {
        std::map<SystemKey, double> out;
        for (const auto &[key, c] : m_systems)
            out[key] = numberAt(row, c, 0.0, 1e9);
        return out;
    }

  private:
    QString m_file;
    io::CsvTable m_table;
    std::vector<std::pair<SystemKey, int>> m_systems;
};

struct ZoneRow
{
    model::Zone zone;
    synthesis::ZoneClimate climate;
};

struct Technology
{
    QString fuel;
    double efficiency, co2, vom, availability, forcedOutageRate, mttr, unitSizeMw, mustRun;
    std::map<model::Pollutant, double> pollutants;
};

constexpr double kMaxMw = 1e9;

QString profileId(const QString &kind, const QString &zone)
{
    return kind + u'_' + zone;
}

class Builder
{
  public:
    Builder(const model::Study &study, const SampleSystemFiles &files)
        : m_study(study), m_files(files)
    {
    }

    void run()
    {
        zones();
        demand();
        technologies();
        thermal();
        renewables();
        storage();
        dsr();
        borders();
        profiles();
    }

    std::vector<model::PowerSystem> systems() const
    {
        std::vector<model::PowerSystem> out;
        for (const auto &[key, ps] : m_systems)
            out.push_back(ps);
        return out;
    }
    std::vector<model::Profile> takeProfiles() { return std::move(m_profiles); }

  private:
    const ZoneRow &zoneOf(const Table &t, int row, const QString &column) const
    {
        const QString id = t.text(row, column);
        const auto it = m_zones.find(id);
        if (it == m_zones.end())
            //: %1 is a zone id
            t.fail(row, Tr::tr("'%1' is not a zone of zones.csv").arg(id));
        return it->second;
    }

    // The system columns of every table but demand.csv must be those of demand.csv.
    void sameSystems(const Table &t) const
    {
        std::set<SystemKey> keys;
        for (const auto &[key, c] : t.systems())
            keys.insert(key);
        std::set<SystemKey> expected;
        for (const auto &[key, ps] : m_systems)
            expected.insert(key);
        if (keys != expected)
            t.fail(-1, Tr::tr("the scenario-year columns (such as NT-2030) must be those of "
                              "demand.csv"));
    }

    template <typename Key>
    void unique(const Table &t, int row, std::set<Key> &seen, const Key &key) const
    {
        if (!seen.insert(key).second)
            t.fail(row, Tr::tr("this row repeats an earlier one (same zone and technology)"));
    }

    void zones()
    {
        const Table t(m_files, QStringLiteral("zones.csv"));
        for (int r = 0; r < t.rows(); ++r) {
            ZoneRow z;
            z.zone.id = t.text(r, QStringLiteral("id"));
            z.zone.name = t.text(r, QStringLiteral("name"));
            z.zone.country = t.text(r, QStringLiteral("country"));
            const QString eu = t.text(r, QStringLiteral("euMember"));
            if (eu != QLatin1String("yes") && eu != QLatin1String("no"))
                t.fail(r, Tr::tr("euMember must be yes or no, got '%1'").arg(eu));
            z.zone.euMember = eu == QLatin1String("yes");
            z.zone.demandProfile = profileId(QStringLiteral("load"), z.zone.id);
            synthesis::ZoneClimate &c = z.climate;
            c.zoneId = z.zone.id;
            c.latitudeDeg = t.number(r, QStringLiteral("latitude"), 30.0, 72.0);
            c.longitudeDeg = t.number(r, QStringLiteral("longitude"), -30.0, 45.0);
            c.offshoreLatitudeDeg =
                t.optionalNumber(r, QStringLiteral("offshoreLatitude"), 30.0, 72.0);
            c.offshoreLongitudeDeg =
                t.optionalNumber(r, QStringLiteral("offshoreLongitude"), -30.0, 45.0);
            if (bool(c.offshoreLatitudeDeg) != bool(c.offshoreLongitudeDeg))
                t.fail(r, Tr::tr("give both offshoreLatitude and offshoreLongitude, or neither"));
            c.windOnshoreMs = t.number(r, QStringLiteral("windOnshoreMs"), 1.0, 20.0);
            if (c.hasOffshore())
                c.windOffshoreMs = t.number(r, QStringLiteral("windOffshoreMs"), 1.0, 20.0);
            c.cloudCover = t.number(r, QStringLiteral("cloudCover"), 0.0, 1.0);
            c.heatingPerK = t.number(r, QStringLiteral("heatingPerK"), 0.0, 0.2);
            c.coolingPerK = t.number(r, QStringLiteral("coolingPerK"), 0.0, 0.2);
            c.offPeakShare = t.number(r, QStringLiteral("offPeakShare"), 0.0, 0.5);
            const QString regime = t.text(r, QStringLiteral("hydroRegime"));
            const auto parsed = synthesis::hydroRegimeFromKey(regime);
            if (!parsed)
                t.fail(r, Tr::tr("hydroRegime must be nordic, alpine, continental or atlantic, "
                                 "got '%1'")
                              .arg(regime));
            c.hydroRegime = *parsed;
            c.runOfRiverCf = t.number(r, QStringLiteral("runOfRiverCf"), 0.0, 1.0);
            if (m_zones.count(z.zone.id))
                t.fail(r, Tr::tr("zone '%1' is given twice").arg(z.zone.id));
            m_zoneOrder.push_back(z.zone.id);
            m_zones.emplace(z.zone.id, std::move(z));
        }
        if (m_zones.empty())
            t.fail(-1, Tr::tr("the file has no zones"));
    }

    void demand()
    {
        const Table t(m_files, QStringLiteral("demand.csv"));
        if (t.systems().empty())
            t.fail(-1, Tr::tr("there is no scenario-year column such as NT-2030"));
        for (const auto &[key, c] : t.systems()) {
            const model::Scenario *s = m_study.scenario(key.first);
            const int year = key.second; // clang 14 cannot capture a structured binding
            const bool known =
                s && std::any_of(s->studyYears.begin(), s->studyYears.end(),
                                 [&](const model::StudyYear &y) { return y.year == year; });
            if (!known)
                //: %1 is a scenario id, %2 a year
                t.fail(-1, Tr::tr("the study has no scenario '%1' with study year %2; rename "
                                  "or remove the column %1-%2")
                               .arg(key.first)
                               .arg(key.second));
            model::PowerSystem &ps = m_systems[key];
            ps.scenarioId = key.first;
            ps.year = key.second;
        }
        std::set<QString> seen;
        for (int r = 0; r < t.rows(); ++r) {
            const ZoneRow &z = zoneOf(t, r, QStringLiteral("zone"));
            unique(t, r, seen, z.zone.id);
            for (const auto &[key, twh] : t.values(r)) {
                model::Zone zone = z.zone;
                zone.annualDemandMwh = twh * 1e6;
                m_systems[key].zones.push_back(zone);
            }
        }
        for (const QString &id : m_zoneOrder)
            if (!seen.count(id))
                t.fail(-1, Tr::tr("zone '%1' of zones.csv has no row").arg(id));
        // Zones in the order of zones.csv.
        for (auto &[key, ps] : m_systems)
            std::sort(ps.zones.begin(), ps.zones.end(),
                      [&](const model::Zone &a, const model::Zone &b) {
                          return std::find(m_zoneOrder.begin(), m_zoneOrder.end(), a.id) <
                                 std::find(m_zoneOrder.begin(), m_zoneOrder.end(), b.id);
                      });
    }

    void technologies()
    {
        const Table t(m_files, QStringLiteral("technologies.csv"));
        for (int r = 0; r < t.rows(); ++r) {
            const QString id = t.text(r, QStringLiteral("technology"));
            Technology x;
            x.fuel = t.text(r, QStringLiteral("fuel"));
            x.efficiency = t.number(r, QStringLiteral("efficiency"), 0.05, 1.0);
            x.co2 = t.number(r, QStringLiteral("co2TPerMwhFuel"), 0.0, 1.0);
            x.pollutants[model::Pollutant::NOx] =
                t.number(r, QStringLiteral("noxKgPerMwhFuel"), 0.0, 100.0);
            x.pollutants[model::Pollutant::SOx] =
                t.number(r, QStringLiteral("soxKgPerMwhFuel"), 0.0, 100.0);
            x.pollutants[model::Pollutant::PM25] =
                t.number(r, QStringLiteral("pm25KgPerMwhFuel"), 0.0, 100.0);
            x.vom = t.number(r, QStringLiteral("variableOmEurPerMwh"), 0.0, 1000.0);
            x.availability = t.number(r, QStringLiteral("availability"), 0.01, 1.0);
            x.forcedOutageRate = t.number(r, QStringLiteral("forcedOutageRate"), 0.0, 0.99);
            x.mttr = t.number(r, QStringLiteral("meanTimeToRepairHours"), 1.0, 8760.0);
            x.unitSizeMw = t.number(r, QStringLiteral("unitSizeMw"), 1.0, 5000.0);
            x.mustRun = t.number(r, QStringLiteral("mustRunShare"), 0.0, 1.0);
            if (!m_technologies.emplace(id, x).second)
                t.fail(r, Tr::tr("technology '%1' is given twice").arg(id));
        }
    }

    void thermal()
    {
        const Table t(m_files, QStringLiteral("thermal.csv"));
        sameSystems(t);
        std::set<std::pair<QString, QString>> seen;
        for (int r = 0; r < t.rows(); ++r) {
            const ZoneRow &z = zoneOf(t, r, QStringLiteral("zone"));
            const QString tech = t.text(r, QStringLiteral("technology"));
            const auto it = m_technologies.find(tech);
            if (it == m_technologies.end())
                t.fail(r, Tr::tr("'%1' is not a technology of technologies.csv").arg(tech));
            unique(t, r, seen, std::pair{z.zone.id, tech});
            const Technology &x = it->second;
            const double efficiency =
                t.optionalNumber(r, QStringLiteral("efficiency"), 0.05, 1.0).value_or(x.efficiency);
            for (const auto &[key, mw] : t.values(r)) {
                if (mw <= 0.0)
                    continue;
                model::ThermalCluster c;
                c.id = z.zone.id + u'_' + tech;
                c.zone = z.zone.id;
                c.fuel = x.fuel;
                c.capacityMw = mw;
                c.units = std::max(1, int(std::lround(mw / x.unitSizeMw)));
                c.availability = x.availability;
                c.forcedOutageRate = x.forcedOutageRate;
                c.meanTimeToRepairHours = x.mttr;
                c.efficiency = efficiency;
                c.co2TPerMwhFuel = x.co2;
                c.pollutantKgPerMwhFuel = x.pollutants;
                c.variableOmEurPerMwh = x.vom;
                c.mustRunShare = x.mustRun;
                m_systems[key].thermal.push_back(c);
            }
        }
    }

    void renewables()
    {
        const Table t(m_files, QStringLiteral("renewables.csv"));
        sameSystems(t);
        std::set<std::pair<QString, QString>> seen;
        for (int r = 0; r < t.rows(); ++r) {
            const ZoneRow &z = zoneOf(t, r, QStringLiteral("zone"));
            const QString tech = t.text(r, QStringLiteral("technology"));
            static const QStringList known = {QStringLiteral("pv"), QStringLiteral("wind_onshore"),
                                              QStringLiteral("wind_offshore"),
                                              QStringLiteral("ror")};
            if (!known.contains(tech))
                t.fail(r, Tr::tr("technology must be pv, wind_onshore, wind_offshore or ror, got "
                                 "'%1'")
                              .arg(tech));
            if (tech == QLatin1String("wind_offshore") && !z.climate.hasOffshore())
                t.fail(r, Tr::tr("zone %1 has offshore wind but no offshoreLatitude and "
                                 "offshoreLongitude in zones.csv")
                              .arg(z.zone.id));
            unique(t, r, seen, std::pair{z.zone.id, tech});
            for (const auto &[key, mw] : t.values(r)) {
                if (mw <= 0.0)
                    continue;
                m_systems[key].renewables.push_back(
                    {z.zone.id, tech, mw, profileId(tech, z.zone.id)});
                m_needed.insert({tech, z.zone.id});
            }
        }
    }

    void storage()
    {
        const Table t(m_files, QStringLiteral("storage.csv"));
        sameSystems(t);
        std::set<std::pair<QString, QString>> seen;
        for (int r = 0; r < t.rows(); ++r) {
            const ZoneRow &z = zoneOf(t, r, QStringLiteral("zone"));
            const QString tech = t.text(r, QStringLiteral("technology"));
            unique(t, r, seen, std::pair{z.zone.id, tech});
            const double hours = t.number(r, QStringLiteral("storageHours"), 0.0, 8760.0);
            const double chargeRatio = t.number(r, QStringLiteral("chargeRatio"), 0.0, 2.0);
            const double efficiency = t.number(r, QStringLiteral("roundTripEfficiency"), 0.01, 1.0);
            const double initial = t.number(r, QStringLiteral("initialLevel"), 0.0, 1.0);
            const double inflowHours = t.number(r, QStringLiteral("inflowHours"), 0.0, 8760.0);
            for (const auto &[key, mw] : t.values(r)) {
                if (mw <= 0.0)
                    continue;
                model::StorageUnit s;
                s.id = z.zone.id + u'_' + tech;
                s.zone = z.zone.id;
                s.technology = tech;
                s.dischargeMw = mw;
                s.chargeMw = mw * chargeRatio;
                s.energyMwh = mw * hours;
                s.roundTripEfficiency = efficiency;
                s.initialLevel = initial;
                s.annualInflowMwh = mw * inflowHours;
                if (s.annualInflowMwh > 0.0) {
                    s.inflowProfile = profileId(QStringLiteral("inflow"), z.zone.id);
                    m_needed.insert({QStringLiteral("inflow"), z.zone.id});
                }
                m_systems[key].storage.push_back(s);
            }
        }
    }

    void dsr()
    {
        const Table t(m_files, QStringLiteral("dsr.csv"));
        sameSystems(t);
        std::map<QString, int> blocks;
        for (int r = 0; r < t.rows(); ++r) {
            const ZoneRow &z = zoneOf(t, r, QStringLiteral("zone"));
            const double price = t.number(r, QStringLiteral("priceEurPerMwh"), 0.0, 1e6);
            const int block = ++blocks[z.zone.id];
            for (const auto &[key, mw] : t.values(r))
                if (mw > 0.0)
                    m_systems[key].dsr.push_back(
                        {QStringLiteral("%1_dsr%2").arg(z.zone.id).arg(block), z.zone.id, mw,
                         price});
        }
    }

    void borders()
    {
        const Table t(m_files, QStringLiteral("borders.csv"));
        sameSystems(t);
        std::set<std::pair<QString, QString>> seen;
        for (int r = 0; r < t.rows(); ++r) {
            const QString from = zoneOf(t, r, QStringLiteral("from")).zone.id;
            const QString to = zoneOf(t, r, QStringLiteral("to")).zone.id;
            if (from == to)
                t.fail(r, Tr::tr("a border joins two different zones"));
            if (!seen.insert({from, to}).second)
                t.fail(r, Tr::tr("the direction %1 → %2 is given twice").arg(from, to));
            for (const auto &[key, mw] : t.values(r)) {
                std::vector<model::Border> &list = m_systems[key].borders;
                auto it = std::find_if(list.begin(), list.end(), [&](const model::Border &b) {
                    return (b.fromZone == from && b.toZone == to) ||
                           (b.fromZone == to && b.toZone == from);
                });
                if (it == list.end()) {
                    list.push_back({from, to, 0.0, 0.0, {}, {}, 0.0});
                    it = list.end() - 1;
                }
                (it->fromZone == from ? it->forwardMw : it->backwardMw) = mw;
            }
        }
        for (auto &[key, ps] : m_systems)
            std::erase_if(ps.borders, [](const model::Border &b) {
                return b.forwardMw <= 0.0 && b.backwardMw <= 0.0;
            });
    }

    void profiles()
    {
        std::set<int> climateYears;
        for (const auto &[key, ps] : m_systems)
            for (const model::ClimateYear &c : m_study.scenario(key.first)->climateYears)
                climateYears.insert(c.year);
        for (const QString &id : m_zoneOrder)
            m_needed.insert({QStringLiteral("load"), id});

        // One thread per climate year: each has its own weather.
        std::vector<std::vector<model::Profile>> perYear(climateYears.size());
        std::vector<std::thread> threads;
        std::size_t i = 0;
        for (int year : climateYears) {
            threads.emplace_back([this, year, out = &perYear[i++]] { synthesise(year, *out); });
        }
        for (std::thread &t : threads)
            t.join();
        for (auto &list : perYear)
            for (model::Profile &p : list)
                m_profiles.push_back(std::move(p));
    }

    void synthesise(int climateYear, std::vector<model::Profile> &out) const
    {
        synthesis::WeatherYear weather(climateYear);
        for (const QString &id : m_zoneOrder) {
            const synthesis::ZoneClimate &c = m_zones.at(id).climate;
            const synthesis::ZoneWeather w = weather.zone(c);
            auto add = [&](const QString &kind, std::vector<double> values) {
                if (m_needed.count({kind, id}))
                    out.push_back({profileId(kind, id), climateYear, std::move(values)});
            };
            add(QStringLiteral("load"), synthesis::demandProfile(c, w, climateYear));
            if (m_needed.count({QStringLiteral("pv"), id}))
                add(QStringLiteral("pv"), synthesis::pvProfile(c, w, climateYear));
            if (m_needed.count({QStringLiteral("wind_onshore"), id}))
                add(QStringLiteral("wind_onshore"),
                    synthesis::windProfile(c, w, climateYear, false));
            if (m_needed.count({QStringLiteral("wind_offshore"), id}))
                add(QStringLiteral("wind_offshore"),
                    synthesis::windProfile(c, w, climateYear, true));
            if (m_needed.count({QStringLiteral("ror"), id}))
                add(QStringLiteral("ror"), synthesis::runOfRiverProfile(c, w, climateYear));
            if (m_needed.count({QStringLiteral("inflow"), id}))
                add(QStringLiteral("inflow"), synthesis::inflowProfile(c, w, climateYear));
        }
    }

    const model::Study &m_study;
    const SampleSystemFiles &m_files;
    std::map<QString, ZoneRow> m_zones;
    std::vector<QString> m_zoneOrder;
    std::map<QString, Technology> m_technologies;
    std::map<SystemKey, model::PowerSystem> m_systems;
    std::set<std::pair<QString, QString>> m_needed; // (profile kind, zone)
    std::vector<model::Profile> m_profiles;
};

} // namespace

const std::vector<QString> &sampleSystemFileNames()
{
    static const std::vector<QString> names = {
        QStringLiteral("zones.csv"),        QStringLiteral("demand.csv"),
        QStringLiteral("technologies.csv"), QStringLiteral("thermal.csv"),
        QStringLiteral("renewables.csv"),   QStringLiteral("storage.csv"),
        QStringLiteral("dsr.csv"),          QStringLiteral("borders.csv")};
    return names;
}

std::optional<SampleSystemFiles> readSampleSystemFiles(const QString &directory, QString *error)
{
    SampleSystemFiles files;
    for (const QString &name : sampleSystemFileNames()) {
        QFile f(directory + u'/' + name);
        if (!f.open(QIODevice::ReadOnly)) {
            if (error)
                *error = f.fileName() + QStringLiteral(": ") + f.errorString();
            return std::nullopt;
        }
        files[name] = f.readAll();
    }
    if (QFile f(directory + u'/' + kSampleResultsFile); f.exists()) {
        if (!f.open(QIODevice::ReadOnly)) {
            if (error)
                *error = f.fileName() + QStringLiteral(": ") + f.errorString();
            return std::nullopt;
        }
        files[kSampleResultsFile] = f.readAll();
    }
    return files;
}

QString SampleSystemError::toString() const
{
    if (line <= 0)
        return file + QStringLiteral(": ") + message;
    //: %1 is a file name, %2 a line number, %3 the message
    return Tr::tr("%1 line %2: %3").arg(file).arg(line).arg(message);
}

std::optional<SampleSystemError> addSampleSystem(model::Study &study,
                                                 const SampleSystemFiles &files, QString *resultsNote)
{
    Builder builder(study, files);
    try {
        builder.run();
    } catch (const Failure &f) {
        return f.error;
    }
    std::vector<model::PowerSystem> systems = builder.systems();
    std::vector<model::Profile> profiles = builder.takeProfiles();
    model::Study result = study;
    for (const model::PowerSystem &ps : systems)
        std::erase_if(result.powerSystems, [&](const model::PowerSystem &old) {
            return old.scenarioId == ps.scenarioId && old.year == ps.year;
        });
    for (const model::Profile &p : profiles)
        std::erase_if(result.profiles, [&](const model::Profile &old) {
            return old.id == p.id && old.climateYear == p.climateYear;
        });
    for (model::PowerSystem &ps : systems)
        result.powerSystems.push_back(std::move(ps));
    for (model::Profile &p : profiles)
        result.profiles.push_back(std::move(p));
    if (const auto it = files.find(kSampleResultsFile); it != files.end()) {
        // Every unit must have been computed from exactly these inputs (inputdigest.h); if
        // one was not, none is stored: the sample still opens, without computed results.
        const UnitsFileRead read = readUnitsFile(result, it->second);
        QString problem = read.error;
        if (problem.isEmpty() && !read.notes.isEmpty())
            problem = read.notes.front();
        if (problem.isEmpty()) {
            for (const UnitResult &u : read.units)
                storeUnit(result, u);
            applyComputedInputs(result);
        } else if (resultsNote) {
            *resultsNote = kSampleResultsFile + QStringLiteral(" not used: ") + problem
                           + QStringLiteral(" (scripts/sample-results.sh makes the file anew)");
        }
    }
    study = std::move(result);
    return std::nullopt;
}

} // namespace gridcba::market
