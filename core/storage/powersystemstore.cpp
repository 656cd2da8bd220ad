#include "powersystemstore.h"

#include <QCoreApplication>
#include <QtEndian>

#include <cstring>

namespace gridcba::storage {

using namespace model;

QByteArray packValues(const std::vector<double> &values)
{
    QByteArray bytes(qsizetype(values.size() * sizeof(double)), Qt::Uninitialized);
    for (std::size_t i = 0; i < values.size(); ++i)
        qToLittleEndian(values[i], bytes.data() + i * sizeof(double));
    return bytes;
}

std::vector<double> unpackValues(const QByteArray &bytes)
{
    std::vector<double> values(std::size_t(bytes.size()) / sizeof(double));
    for (std::size_t i = 0; i < values.size(); ++i)
        values[i] = qFromLittleEndian<double>(bytes.constData() + i * sizeof(double));
    return values;
}

namespace {

bool writeSystem(const Database &db, const PowerSystem &ps, int position, QString *error)
{
    Statement sys(db, "INSERT INTO power_system VALUES (?,?,?)");
    if (!sys.bind(0, position).bind(1, ps.scenarioId).bind(2, ps.year).run(error))
        return false;
    Statement zone(db, "INSERT INTO ps_zone VALUES (?,?,?,?,?,?,?,?,?)");
    for (std::size_t i = 0; i < ps.zones.size(); ++i) {
        const Zone &z = ps.zones[i];
        if (!zone.bind(0, position).bind(1, int(i)).bind(2, z.id).bind(3, z.name).bind(4, z.country)
                 .bind(5, z.euMember ? 1 : 0).bind(6, z.annualDemandMwh).bind(7, z.demandProfile)
                 .bind(8, z.vollEurPerMwh).run(error))
            return false;
    }
    Statement border(db, "INSERT INTO ps_border VALUES (?,?,?,?,?,?,?,?,?)");
    for (std::size_t i = 0; i < ps.borders.size(); ++i) {
        const Border &b = ps.borders[i];
        if (!border.bind(0, position).bind(1, int(i)).bind(2, b.fromZone).bind(3, b.toZone)
                 .bind(4, b.forwardMw).bind(5, b.backwardMw).bind(6, b.forwardProfile)
                 .bind(7, b.backwardProfile).bind(8, b.lossFactor).run(error))
            return false;
    }
    Statement thermal(db, "INSERT INTO ps_thermal VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    for (std::size_t i = 0; i < ps.thermal.size(); ++i) {
        const ThermalCluster &c = ps.thermal[i];
        thermal.bind(0, position).bind(1, int(i)).bind(2, c.id).bind(3, c.zone).bind(4, c.fuel)
            .bind(5, c.capacityMw).bind(6, c.units).bind(7, c.availability)
            .bind(8, c.forcedOutageRate).bind(9, c.meanTimeToRepairHours).bind(10, c.efficiency)
            .bind(11, c.co2TPerMwhFuel).bind(12, c.variableOmEurPerMwh).bind(13, c.mustRunShare);
        for (Pollutant p : kPollutants) {
            const auto it = c.pollutantKgPerMwhFuel.find(p);
            thermal.bind(14 + int(p), it == c.pollutantKgPerMwhFuel.end()
                                          ? std::optional<double>()
                                          : std::optional<double>(it->second));
        }
        if (!thermal.run(error))
            return false;
    }
    Statement res(db, "INSERT INTO ps_renewable VALUES (?,?,?,?,?,?)");
    for (std::size_t i = 0; i < ps.renewables.size(); ++i) {
        const RenewableUnit &u = ps.renewables[i];
        if (!res.bind(0, position).bind(1, int(i)).bind(2, u.zone).bind(3, u.technology)
                 .bind(4, u.capacityMw).bind(5, u.profile).run(error))
            return false;
    }
    Statement storage(db, "INSERT INTO ps_storage VALUES (?,?,?,?,?,?,?,?,?,?,?,?)");
    for (std::size_t i = 0; i < ps.storage.size(); ++i) {
        const StorageUnit &u = ps.storage[i];
        if (!storage.bind(0, position).bind(1, int(i)).bind(2, u.id).bind(3, u.zone)
                 .bind(4, u.technology).bind(5, u.chargeMw).bind(6, u.dischargeMw)
                 .bind(7, u.energyMwh).bind(8, u.roundTripEfficiency).bind(9, u.initialLevel)
                 .bind(10, u.annualInflowMwh).bind(11, u.inflowProfile).run(error))
            return false;
    }
    Statement dsr(db, "INSERT INTO ps_dsr VALUES (?,?,?,?,?,?)");
    for (std::size_t i = 0; i < ps.dsr.size(); ++i) {
        const DsrBlock &d = ps.dsr[i];
        if (!dsr.bind(0, position).bind(1, int(i)).bind(2, d.id).bind(3, d.zone)
                 .bind(4, d.capacityMw).bind(5, d.priceEurPerMwh).run(error))
            return false;
    }
    return true;
}

void readSystem(const Database &db, int position, PowerSystem &ps)
{
    Statement zone(db, "SELECT id, name, country, eu_member, annual_demand_mwh, demand_profile, "
                       "voll FROM ps_zone WHERE system=? ORDER BY position");
    zone.bind(0, position);
    while (zone.next())
        ps.zones.push_back({zone.text(0), zone.text(1), zone.text(2), zone.integer(3) != 0,
                            zone.real(4), zone.text(5), zone.optionalReal(6)});
    Statement border(db, "SELECT from_zone, to_zone, forward_mw, backward_mw, forward_profile, "
                         "backward_profile, loss_factor FROM ps_border WHERE system=? ORDER BY position");
    border.bind(0, position);
    while (border.next())
        ps.borders.push_back({border.text(0), border.text(1), border.real(2), border.real(3),
                              border.text(4), border.text(5), border.real(6)});
    Statement thermal(db, "SELECT id, zone, fuel, capacity_mw, units, availability, "
                          "forced_outage_rate, mttr_hours, efficiency, co2_t_per_mwh_fuel, "
                          "vom_eur_per_mwh, must_run_share, nox, nh3, sox, pm25, pm10, nmvoc "
                          "FROM ps_thermal WHERE system=? ORDER BY position");
    thermal.bind(0, position);
    while (thermal.next()) {
        ThermalCluster c;
        c.id = thermal.text(0);
        c.zone = thermal.text(1);
        c.fuel = thermal.text(2);
        c.capacityMw = thermal.real(3);
        c.units = thermal.integer(4);
        c.availability = thermal.real(5);
        c.forcedOutageRate = thermal.real(6);
        c.meanTimeToRepairHours = thermal.real(7);
        c.efficiency = thermal.real(8);
        c.co2TPerMwhFuel = thermal.real(9);
        c.variableOmEurPerMwh = thermal.real(10);
        c.mustRunShare = thermal.real(11);
        for (Pollutant p : kPollutants)
            if (const auto v = thermal.optionalReal(12 + int(p)))
                c.pollutantKgPerMwhFuel[p] = *v;
        ps.thermal.push_back(c);
    }
    Statement res(db, "SELECT zone, technology, capacity_mw, profile FROM ps_renewable WHERE "
                      "system=? ORDER BY position");
    res.bind(0, position);
    while (res.next())
        ps.renewables.push_back({res.text(0), res.text(1), res.real(2), res.text(3)});
    Statement storage(db, "SELECT id, zone, technology, charge_mw, discharge_mw, energy_mwh, "
                          "round_trip_efficiency, initial_level, annual_inflow_mwh, inflow_profile "
                          "FROM ps_storage WHERE system=? ORDER BY position");
    storage.bind(0, position);
    while (storage.next())
        ps.storage.push_back({storage.text(0), storage.text(1), storage.text(2), storage.real(3),
                              storage.real(4), storage.real(5), storage.real(6), storage.real(7),
                              storage.real(8), storage.text(9)});
    Statement dsr(db, "SELECT id, zone, capacity_mw, price_eur_per_mwh FROM ps_dsr WHERE system=? "
                      "ORDER BY position");
    dsr.bind(0, position);
    while (dsr.next())
        ps.dsr.push_back({dsr.text(0), dsr.text(1), dsr.real(2), dsr.real(3)});
}

}  // namespace

bool writeMarketParts(const Database &db, const Study &s, QString *error)
{
    Statement settings(db, "INSERT INTO market_settings VALUES (1,?,?,?,?,?)");
    const MarketSettings &m = s.market;
    if (!settings.bind(0, m.hurdleCostEurPerMwh).bind(1, m.adequacyYearsPerClimateYear)
             .bind(2, QString::number(m.adequacySeed)).bind(3, m.primalTolerance)
             .bind(4, m.dualTolerance).run(error))
        return false;
    Statement profile(db, "INSERT INTO profile VALUES (?,?,?,?)");
    for (std::size_t i = 0; i < s.profiles.size(); ++i) {
        const Profile &p = s.profiles[i];
        if (!profile.bind(0, p.id).bind(1, p.climateYear).bind(2, int(i))
                 .bindBlob(3, packValues(p.values)).run(error))
            return false;
    }
    for (std::size_t i = 0; i < s.powerSystems.size(); ++i)
        if (!writeSystem(db, s.powerSystems[i], int(i), error))
            return false;
    Statement unit(db, "INSERT INTO market_unit VALUES (?,?,?,?,?,?,?,?)");
    for (std::size_t i = 0; i < s.marketUnits.size(); ++i) {
        const MarketUnitRecord &u = s.marketUnits[i];
        if (!unit.bind(0, u.projectId).bind(1, u.scenarioId).bind(2, u.year).bind(3, u.climateYear)
                 .bind(4, int(i)).bind(5, u.createdUtc).bind(6, u.softwareVersion)
                 .bind(7, QString::fromUtf8(u.resultsJson)).run(error))
            return false;
    }
    return true;
}

bool readMarketParts(const Database &db, Study &s)
{
    Statement settings(db, "SELECT hurdle_cost, adequacy_years, adequacy_seed, primal_tolerance, "
                           "dual_tolerance FROM market_settings");
    if (settings.next()) {
        s.market.hurdleCostEurPerMwh = settings.real(0);
        s.market.adequacyYearsPerClimateYear = settings.integer(1);
        bool ok = false;
        s.market.adequacySeed = settings.text(2).toULongLong(&ok);
        if (!ok)
            settings.noteBadValue(2, QCoreApplication::translate(
                                         "StudyFile", "a whole number >= 0 is expected"));
        s.market.primalTolerance = settings.real(3);
        s.market.dualTolerance = settings.real(4);
    }
    Statement profile(db, "SELECT id, climate_year, hourly_values FROM profile ORDER BY position");
    while (profile.next()) {
        const QByteArray bytes = profile.blob(2);
        if (bytes.size() % qsizetype(sizeof(double)) != 0)
            profile.noteBadValue(2, QCoreApplication::translate(
                                        "StudyFile", "hourly values are 8-byte numbers, but there "
                                                     "are %1 bytes").arg(bytes.size()));
        s.profiles.push_back({profile.text(0), profile.integer(1), unpackValues(bytes)});
    }
    Statement system(db, "SELECT position, scenario_id, year FROM power_system ORDER BY position");
    while (system.next()) {
        PowerSystem ps;
        ps.scenarioId = system.text(1);
        ps.year = system.integer(2);
        readSystem(db, system.integer(0), ps);
        s.powerSystems.push_back(std::move(ps));
    }
    Statement unit(db, "SELECT project_id, scenario_id, year, climate_year, created_utc, "
                       "software_version, results_json FROM market_unit ORDER BY position");
    while (unit.next())
        s.marketUnits.push_back({unit.text(0), unit.text(1), unit.integer(2), unit.integer(3),
                                 unit.text(4), unit.text(5), unit.text(6).toUtf8()});
    return !settings.failed() && !profile.failed() && !system.failed() && !unit.failed();
}

}  // namespace gridcba::storage
