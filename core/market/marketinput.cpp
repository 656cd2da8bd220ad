#include "marketinput.h"

#include <QCoreApplication>

#include <cmath>

namespace gridcba::market {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(MarketInput)
};

class Resolver
{
public:
    Resolver(const model::Study &study, int climateYear) : m_study(study), m_climateYear(climateYear)
    {
    }

    bool failed() const { return !m_error.message.isEmpty(); }
    const InputError &error() const { return m_error; }

    void fail(const QString &path, const QString &message)
    {
        if (!failed())
            m_error = {path, message};
    }

    // The profile `id` of the climate year; null (and the error set) when missing.
    const std::vector<double> *profile(const QString &path, const QString &id)
    {
        const model::Profile *p = m_study.profile(id, m_climateYear);
        if (!p) {
            //: %1 is a profile id, %2 a climate year
            fail(path, Tr::tr("profile '%1' does not exist for climate year %2 (nor for every "
                              "climate year); import it or correct the name")
                           .arg(id)
                           .arg(m_climateYear));
            return nullptr;
        }
        if (int(p->values.size()) != kHours) {
            fail(path, Tr::tr("profile '%1' has %2 values, not %3").arg(id).arg(p->values.size()).arg(kHours));
            return nullptr;
        }
        return &p->values;
    }

private:
    const model::Study &m_study;
    int m_climateYear;
    InputError m_error;
};

QString at(const QString &base, const char *field)
{
    return base + u'/' + QLatin1String(field);
}

// The index of the border between zones a and b in either orientation (-1: none) and
// whether it is oriented b -> a.
std::pair<int, bool> findBorder(const MarketInput &in, int a, int b)
{
    for (std::size_t i = 0; i < in.borders.size(); ++i) {
        if (in.borders[i].from == a && in.borders[i].to == b)
            return {int(i), false};
        if (in.borders[i].from == b && in.borders[i].to == a)
            return {int(i), true};
    }
    return {-1, false};
}

}  // namespace

int MarketInput::zoneIndex(const QString &id) const
{
    for (int i = 0; i < zoneCount(); ++i)
        if (zoneIds[std::size_t(i)] == id)
            return i;
    return -1;
}

MarketInputResult resolveMarketInput(const model::Study &study, const QString &scenarioId,
                                     int year, int climateYear)
{
    MarketInputResult result;
    const model::Scenario *scenario = study.scenario(scenarioId);
    const model::PowerSystem *system = study.powerSystem(scenarioId, year);
    if (!scenario || !system) {
        //: %1 is a scenario id, %2 a study year
        result.error = {QStringLiteral("powerSystems"),
                        Tr::tr("there is no power system for scenario '%1', study year %2")
                            .arg(scenarioId)
                            .arg(year)};
        return result;
    }
    const auto studyYear = std::find_if(scenario->studyYears.begin(), scenario->studyYears.end(),
                                        [&](const model::StudyYear &y) { return y.year == year; });
    if (studyYear == scenario->studyYears.end()) {
        result.error = {QStringLiteral("powerSystems"),
                        Tr::tr("scenario '%1' has no study year %2").arg(scenarioId).arg(year)};
        return result;
    }
    const QString base =
        QStringLiteral("powerSystems/%1").arg(system - study.powerSystems.data());

    Resolver r(study, climateYear);
    MarketInput in;
    in.hurdleCostEurPerMwh = study.market.hurdleCostEurPerMwh;
    const int zones = int(system->zones.size());
    in.demandMw.assign(std::size_t(zones), std::vector<double>(kHours, 0.0));
    in.renewableMw.assign(std::size_t(zones), std::vector<double>(kHours, 0.0));
    for (int z = 0; z < zones; ++z) {
        const model::Zone &zone = system->zones[std::size_t(z)];
        const QString p = base + QStringLiteral("/zones/%1").arg(z);
        in.zoneIds.push_back(zone.id);
        in.countries.push_back(zone.country);
        in.euMember.push_back(zone.euMember);
        const double voll = zone.vollEurPerMwh.value_or(studyYear->vollEurPerMwh);
        if (!(voll > 0.0))
            //: %1 is a zone id, %2 a study year
            r.fail(at(p, "vollEurPerMwh"), Tr::tr("zone %1 has no VOLL and the study year %2 "
                                                  "has none either; there is no default value")
                                               .arg(zone.id)
                                               .arg(year));
        in.vollEurPerMwh.push_back(voll);
        if (zone.annualDemandMwh > 0.0) {
            if (const auto *shape = r.profile(at(p, "demandProfile"), zone.demandProfile)) {
                const double scale = zone.annualDemandMwh / kHours;
                for (int h = 0; h < kHours; ++h)
                    in.demandMw[std::size_t(z)][std::size_t(h)] = scale * (*shape)[std::size_t(h)];
            }
        }
    }
    auto zoneOf = [&](const QString &path, const QString &id) {
        const int z = in.zoneIndex(id);
        if (z < 0)
            //: %1 is a zone id
            r.fail(path, Tr::tr("zone '%1' is not a zone of this power system").arg(id));
        return std::max(z, 0);
    };

    for (std::size_t i = 0; i < system->renewables.size(); ++i) {
        const model::RenewableUnit &u = system->renewables[i];
        const QString p = base + QStringLiteral("/renewables/%1").arg(i);
        const int z = zoneOf(at(p, "zone"), u.zone);
        if (const auto *cf = r.profile(at(p, "profile"), u.profile))
            for (int h = 0; h < kHours; ++h)
                in.renewableMw[std::size_t(z)][std::size_t(h)] += u.capacityMw * (*cf)[std::size_t(h)];
    }

    const double co2Price = studyYear->marketCo2PriceEurPerT;
    for (std::size_t i = 0; i < system->thermal.size(); ++i) {
        const model::ThermalCluster &c = system->thermal[i];
        const QString p = base + QStringLiteral("/thermal/%1").arg(i);
        ClusterInput ci;
        ci.id = c.id;
        ci.zone = zoneOf(at(p, "zone"), c.zone);
        ci.fuel = c.fuel;
        ci.plannedAvailableMw = c.capacityMw * c.availability;
        ci.availableMw = ci.plannedAvailableMw * (1.0 - c.forcedOutageRate);
        ci.units = c.units;
        ci.forcedOutageRate = c.forcedOutageRate;
        ci.meanTimeToRepairHours = c.meanTimeToRepairHours;
        ci.mustRunShare = c.mustRunShare;
        const auto price = studyYear->fuelPriceEurPerMwh.find(c.fuel);
        if (price == studyYear->fuelPriceEurPerMwh.end()) {
            //: %1 is a cluster id, %2 a fuel name, %3 a scenario id, %4 a study year
            r.fail(at(p, "fuel"), Tr::tr("cluster %1 burns '%2', which has no fuel price in "
                                         "scenario '%3', study year %4")
                                      .arg(c.id, c.fuel, scenarioId)
                                      .arg(year));
            continue;
        }
        if (!(c.efficiency > 0.0)) {
            r.fail(at(p, "efficiency"), Tr::tr("cluster %1 needs an efficiency above 0").arg(c.id));
            continue;
        }
        ci.fuelEurPerMwh = price->second / c.efficiency;
        ci.co2TPerMwh = c.co2TPerMwhFuel / c.efficiency;
        ci.costEurPerMwh = ci.fuelEurPerMwh + ci.co2TPerMwh * co2Price + c.variableOmEurPerMwh;
        for (const auto &[pollutant, kg] : c.pollutantKgPerMwhFuel)
            ci.pollutantTPerMwh[std::size_t(pollutant)] = kg / 1000.0 / c.efficiency;
        in.clusters.push_back(ci);
    }

    for (std::size_t i = 0; i < system->borders.size(); ++i) {
        const model::Border &b = system->borders[i];
        const QString p = base + QStringLiteral("/borders/%1").arg(i);
        BorderInput bi;
        bi.fromId = b.fromZone;
        bi.toId = b.toZone;
        bi.from = zoneOf(at(p, "fromZone"), b.fromZone);
        bi.to = zoneOf(at(p, "toZone"), b.toZone);
        bi.lossFactor = b.lossFactor;
        if (!b.forwardProfile.isEmpty())
            bi.forwardFactor = r.profile(at(p, "forwardProfile"), b.forwardProfile);
        if (!b.backwardProfile.isEmpty())
            bi.backwardFactor = r.profile(at(p, "backwardProfile"), b.backwardProfile);
        in.borders.push_back(bi);
        in.ntcReference.push_back({b.forwardMw, b.backwardMw});
    }

    for (std::size_t i = 0; i < system->storage.size(); ++i) {
        const model::StorageUnit &s = system->storage[i];
        const QString p = base + QStringLiteral("/storage/%1").arg(i);
        StorageInput si;
        si.id = s.id;
        si.zone = zoneOf(at(p, "zone"), s.zone);
        si.chargeMw = s.chargeMw;
        si.dischargeMw = s.dischargeMw;
        si.energyMwh = s.energyMwh;
        si.efficiency = s.roundTripEfficiency;
        si.initialMwh = s.initialLevel * s.energyMwh;
        if (s.annualInflowMwh > 0.0) {
            if (const auto *shape = r.profile(at(p, "inflowProfile"), s.inflowProfile)) {
                si.inflowMw.resize(kHours);
                for (int h = 0; h < kHours; ++h)
                    si.inflowMw[std::size_t(h)] = s.annualInflowMwh / kHours * (*shape)[std::size_t(h)];
            }
        }
        in.storage.push_back(std::move(si));
    }
    for (std::size_t i = 0; i < system->dsr.size(); ++i) {
        const model::DsrBlock &d = system->dsr[i];
        in.dsr.push_back({zoneOf(base + QStringLiteral("/dsr/%1/zone").arg(i), d.zone),
                          d.capacityMw, d.priceEurPerMwh});
    }

    // Every border a project of the study changes is in the structure, at 0 MW where the
    // reference grid has no border there, so that one LP structure serves every project.
    for (std::size_t pi = 0; pi < study.projects.size(); ++pi) {
        for (std::size_t i = 0; i < study.projects[pi].borders.size(); ++i) {
            const model::BorderCapacityChange &c = study.projects[pi].borders[i];
            const int from = in.zoneIndex(c.fromZone);
            const int to = in.zoneIndex(c.toZone);
            if (from < 0 || to < 0 || from == to)
                continue;  // reported when that project is assessed (projectVariant)
            if (findBorder(in, from, to).first < 0) {
                in.borders.push_back({c.fromZone, c.toZone, from, to, 0.0, nullptr, nullptr});
                in.ntcReference.push_back({});
            }
        }
    }

    if (r.failed()) {
        result.error = r.error();
        return result;
    }
    result.input = std::move(in);
    return result;
}

ProjectVariant projectVariant(const model::Study &study, const MarketInput &input,
                              const model::Project &project, int year)
{
    ProjectVariant out;
    out.method = project.assessmentMethod(year);
    const bool toot = out.method == model::AssessmentMethod::Toot;
    out.ntc = input.ntcReference;
    const qsizetype projectIndex = &project - study.projects.data();
    if (project.borders.empty()) {
        //: %1 is a project id
        out.error = {QStringLiteral("projects/%1/borders").arg(projectIndex),
                     Tr::tr("project %1 changes no border capacity; the market model has "
                            "nothing to assess")
                         .arg(project.id)};
        return out;
    }
    for (std::size_t i = 0; i < project.borders.size(); ++i) {
        const model::BorderCapacityChange &c = project.borders[i];
        const QString p = QStringLiteral("projects/%1/borders/%2").arg(projectIndex).arg(i);
        const int from = input.zoneIndex(c.fromZone);
        const int to = input.zoneIndex(c.toZone);
        if (from < 0 || to < 0) {
            //: %1 is a zone id, %2 a project id
            out.error = {at(p, from < 0 ? "fromZone" : "toZone"),
                         Tr::tr("zone '%1' of project %2 is not a zone of the power system")
                             .arg(from < 0 ? c.fromZone : c.toZone, project.id)};
            return out;
        }
        const auto [b, reversed] = findBorder(input, from, to);
        if (b < 0 || from == to) {
            out.error = {p, Tr::tr("a border needs two different zones")};
            return out;
        }
        const double df = reversed ? c.backwardMw : c.forwardMw;
        const double db = reversed ? c.forwardMw : c.backwardMw;
        Ntc &n = out.ntc[std::size_t(b)];
        if (toot) {
            if (df > n.forwardMw + 1e-9 || db > n.backwardMw + 1e-9) {
                //: %1 is a project id, %2/%3 zone ids, %4 a study year
                out.error = {p, Tr::tr("project %1 is assessed by TOOT in %4 but its ΔNTC on "
                                       "%2–%3 exceeds the reference grid's NTC there; the "
                                       "reference grid of %4 must include the project")
                                    .arg(project.id, c.fromZone, c.toZone)
                                    .arg(year)};
                return out;
            }
            n.forwardMw -= df;
            n.backwardMw -= db;
        } else {
            n.forwardMw += df;
            n.backwardMw += db;
        }
    }
    return out;
}

}  // namespace gridcba::market
