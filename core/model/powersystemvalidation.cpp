// Validation of the market model's inputs: every power system, the profile library and the
// market settings. Checks what can be checked without a climate year; what depends on one
// (a profile missing for a particular climate year) is reported when the run resolves it.

#include "checker.h"

namespace gridcba::model::detail {

namespace {

constexpr double kMaxLossFactor = 0.5;

class SystemChecker
{
public:
    SystemChecker(Checker &c, const Study &study, const PowerSystem &ps, const QString &base)
        : m_c(c), m_study(study), m_ps(ps), m_base(base)
    {
        for (const Zone &z : ps.zones)
            m_zones.insert(z.id);
        const Scenario *s = study.scenario(ps.scenarioId);
        if (s)
            for (const StudyYear &y : s->studyYears)
                if (y.year == ps.year)
                    m_year = &y;
    }

    void run()
    {
        if (!m_study.scenario(m_ps.scenarioId))
            m_c.fail(at(m_base, "scenarioId"),
                     Tr::tr("no scenario with id '%1' in this study").arg(m_ps.scenarioId));
        else if (!m_year)
            m_c.fail(at(m_base, "year"), Tr::tr("%1 is not a study year of scenario '%2'")
                                             .arg(m_ps.year)
                                             .arg(m_ps.scenarioId));
        if (m_ps.zones.empty())
            m_c.fail(at(m_base, "zones"), Tr::tr("a power system needs at least one zone"));
        zones();
        borders();
        thermal();
        renewables();
        storage();
        dsr();
    }

private:
    void zone(const QString &path, const QString &id)
    {
        if (!m_zones.contains(id))
            m_c.fail(path, Tr::tr("'%1' is not a zone of this power system").arg(id));
    }

    void profile(const QString &path, const QString &id, bool required)
    {
        if (id.isEmpty()) {
            if (required)
                m_c.fail(path, Tr::tr("must name a profile"));
            return;
        }
        for (const Profile &p : m_study.profiles)
            if (p.id == id)
                return;
        m_c.fail(path, Tr::tr("there is no profile '%1' in the study").arg(id));
    }

    void fraction(const QString &path, double v, bool zeroAllowed = true)
    {
        if (!std::isfinite(v) || v < 0.0 || v > 1.0 || (!zeroAllowed && v == 0.0))
            m_c.fail(path, zeroAllowed ? Tr::tr("must be a fraction in [0, 1], got %1").arg(v)
                                       : Tr::tr("must be a fraction in (0, 1], got %1").arg(v));
    }

    void zones()
    {
        QSet<QString> ids;
        for (std::size_t i = 0; i < m_ps.zones.size(); ++i) {
            const Zone &z = m_ps.zones[i];
            const QString b = at(m_base, "zones", i);
            m_c.id(at(b, "id"), z.id, ids);
            if (z.country.trimmed().isEmpty())
                m_c.fail(at(b, "country"), Tr::tr("must not be empty (ISO code such as DE)"));
            m_c.nonNegative(at(b, "annualDemandMwh"), z.annualDemandMwh, kMaxMwh);
            profile(at(b, "demandProfile"), z.demandProfile, z.annualDemandMwh > 0.0);
            if (z.vollEurPerMwh && !(std::isfinite(*z.vollEurPerMwh) && *z.vollEurPerMwh > 0.0))
                m_c.fail(at(b, "vollEurPerMwh"), Tr::tr("must be a number > 0, got %1").arg(*z.vollEurPerMwh));
            else if (z.vollEurPerMwh)
                m_c.nonNegative(at(b, "vollEurPerMwh"), *z.vollEurPerMwh, kMaxEurPerUnit);
        }
    }

    void borders()
    {
        QSet<QString> pairs;
        for (std::size_t i = 0; i < m_ps.borders.size(); ++i) {
            const Border &x = m_ps.borders[i];
            const QString b = at(m_base, "borders", i);
            zone(at(b, "fromZone"), x.fromZone);
            zone(at(b, "toZone"), x.toZone);
            if (x.fromZone == x.toZone)
                m_c.fail(at(b, "toZone"), Tr::tr("a border joins two different zones"));
            const QString key = std::min(x.fromZone, x.toZone) + u'|' + std::max(x.fromZone, x.toZone);
            if (pairs.contains(key))
                m_c.fail(b, Tr::tr("%1–%2 is given twice; give one border per pair of zones with "
                                   "both directions").arg(x.fromZone, x.toZone));
            pairs.insert(key);
            m_c.nonNegative(at(b, "forwardMw"), x.forwardMw, kMaxMw);
            m_c.nonNegative(at(b, "backwardMw"), x.backwardMw, kMaxMw);
            profile(at(b, "forwardProfile"), x.forwardProfile, false);
            profile(at(b, "backwardProfile"), x.backwardProfile, false);
            if (!std::isfinite(x.lossFactor) || x.lossFactor < 0.0 || x.lossFactor > kMaxLossFactor)
                m_c.fail(at(b, "lossFactor"),
                         Tr::tr("must be a fraction in [0, %1], got %2").arg(kMaxLossFactor).arg(x.lossFactor));
        }
    }

    void thermal()
    {
        QSet<QString> ids;
        for (std::size_t i = 0; i < m_ps.thermal.size(); ++i) {
            const ThermalCluster &x = m_ps.thermal[i];
            const QString b = at(m_base, "thermal", i);
            m_c.id(at(b, "id"), x.id, ids);
            zone(at(b, "zone"), x.zone);
            if (x.fuel.trimmed().isEmpty())
                m_c.fail(at(b, "fuel"), Tr::tr("must name a fuel"));
            else if (m_year && !m_year->fuelPriceEurPerMwh.count(x.fuel))
                m_c.fail(at(b, "fuel"), Tr::tr("'%1' has no fuel price in scenario '%2', study year %3")
                                            .arg(x.fuel, m_ps.scenarioId)
                                            .arg(m_ps.year));
            m_c.nonNegative(at(b, "capacityMw"), x.capacityMw, kMaxMw);
            if (x.units < 1 || x.units > 100000)
                m_c.fail(at(b, "units"), Tr::tr("must be a whole number 1..100000, got %1").arg(x.units));
            fraction(at(b, "availability"), x.availability);
            if (!std::isfinite(x.forcedOutageRate) || x.forcedOutageRate < 0.0 || x.forcedOutageRate >= 1.0)
                m_c.fail(at(b, "forcedOutageRate"),
                         Tr::tr("must be a fraction in [0, 1), got %1").arg(x.forcedOutageRate));
            if (!std::isfinite(x.meanTimeToRepairHours) || x.meanTimeToRepairHours <= 0.0
                || x.meanTimeToRepairHours > 8760.0)
                m_c.fail(at(b, "meanTimeToRepairHours"),
                         Tr::tr("must be in (0, 8760] hours, got %1").arg(x.meanTimeToRepairHours));
            fraction(at(b, "efficiency"), x.efficiency, false);
            // Per MWh of fuel: hard coal emits about 0.34 t CO2 and well under 1 kg of NOx.
            m_c.nonNegative(at(b, "co2TPerMwhFuel"), x.co2TPerMwhFuel, 10.0);
            for (const auto &[p, kg] : x.pollutantKgPerMwhFuel)
                m_c.nonNegative(at(b, "pollutantKgPerMwhFuel") + u'/' + pollutantKey(p), kg, 1e4);
            m_c.bounded(at(b, "variableOmEurPerMwh"), x.variableOmEurPerMwh, kMaxEurPerUnit);
            fraction(at(b, "mustRunShare"), x.mustRunShare);
        }
    }

    void renewables()
    {
        for (std::size_t i = 0; i < m_ps.renewables.size(); ++i) {
            const RenewableUnit &x = m_ps.renewables[i];
            const QString b = at(m_base, "renewables", i);
            zone(at(b, "zone"), x.zone);
            if (x.technology.trimmed().isEmpty())
                m_c.fail(at(b, "technology"), Tr::tr("must not be empty"));
            m_c.nonNegative(at(b, "capacityMw"), x.capacityMw, kMaxMw);
            profile(at(b, "profile"), x.profile, true);
        }
    }

    void storage()
    {
        QSet<QString> ids;
        for (std::size_t i = 0; i < m_ps.storage.size(); ++i) {
            const StorageUnit &x = m_ps.storage[i];
            const QString b = at(m_base, "storage", i);
            m_c.id(at(b, "id"), x.id, ids);
            zone(at(b, "zone"), x.zone);
            m_c.nonNegative(at(b, "chargeMw"), x.chargeMw, kMaxMw);
            m_c.nonNegative(at(b, "dischargeMw"), x.dischargeMw, kMaxMw);
            m_c.nonNegative(at(b, "energyMwh"), x.energyMwh, kMaxMwh);
            fraction(at(b, "roundTripEfficiency"), x.roundTripEfficiency, false);
            fraction(at(b, "initialLevel"), x.initialLevel);
            m_c.nonNegative(at(b, "annualInflowMwh"), x.annualInflowMwh, kMaxMwh);
            profile(at(b, "inflowProfile"), x.inflowProfile, x.annualInflowMwh > 0.0);
        }
    }

    void dsr()
    {
        QSet<QString> ids;
        for (std::size_t i = 0; i < m_ps.dsr.size(); ++i) {
            const DsrBlock &x = m_ps.dsr[i];
            const QString b = at(m_base, "dsr", i);
            m_c.id(at(b, "id"), x.id, ids);
            zone(at(b, "zone"), x.zone);
            m_c.nonNegative(at(b, "capacityMw"), x.capacityMw, kMaxMw);
            m_c.bounded(at(b, "priceEurPerMwh"), x.priceEurPerMwh, kMaxEurPerUnit);
        }
    }

    Checker &m_c;
    const Study &m_study;
    const PowerSystem &m_ps;
    QString m_base;
    QSet<QString> m_zones;
    const StudyYear *m_year = nullptr;
};

}  // namespace

void checkMarket(Checker &c, const Study &study)
{
    const MarketSettings &m = study.market;
    const QString mb = QStringLiteral("market");
    c.nonNegative(at(mb, "hurdleCostEurPerMwh"), m.hurdleCostEurPerMwh, kMaxEurPerUnit);
    if (m.adequacyYearsPerClimateYear < 0 || m.adequacyYearsPerClimateYear > 100000)
        c.fail(at(mb, "adequacyYearsPerClimateYear"),
               Tr::tr("must be a whole number 0..100000, got %1").arg(m.adequacyYearsPerClimateYear));
    for (const auto &[key, v] : {std::pair{"primalTolerance", m.primalTolerance},
                                 std::pair{"dualTolerance", m.dualTolerance}})
        if (!(v >= 1e-12 && v <= 1e-5))
            c.fail(at(mb, key), Tr::tr("must be between 1e-12 and 1e-5, got %1").arg(v));

    QSet<QString> profileKeys;
    for (std::size_t i = 0; i < study.profiles.size(); ++i) {
        const Profile &p = study.profiles[i];
        const QString b = QStringLiteral("profiles/%1").arg(i);
        if (p.id.trimmed().isEmpty())
            c.fail(at(b, "id"), Tr::tr("must not be empty"));
        const QString key = p.id + u'|' + QString::number(p.climateYear);
        if (profileKeys.contains(key))
            c.fail(at(b, "id"), Tr::tr("profile '%1' is given twice for climate year %2")
                                    .arg(p.id)
                                    .arg(p.climateYear));
        profileKeys.insert(key);
        if (p.climateYear != 0)
            c.year(at(b, "climateYear"), p.climateYear);
        if (int(p.values.size()) != kHoursPerYear)
            c.fail(at(b, "values"), Tr::tr("must have %1 hourly values (one year), got %2")
                                        .arg(kHoursPerYear)
                                        .arg(p.values.size()));
        for (std::size_t h = 0; h < p.values.size(); ++h) {
            const double v = p.values[h];
            if (!std::isfinite(v) || v < 0.0) {
                c.fail(at(b, "values", h), Tr::tr("hour %1: must be a finite number >= 0, got %2")
                                               .arg(h + 1)
                                               .arg(v));
                break;  // one message per profile is enough
            }
            if (v > kMaxProfileValue) {
                //: %3 is the largest value accepted
                c.fail(at(b, "values", h), Tr::tr("hour %1: %2 is not a relative value (a profile "
                                                  "holds factors of about 1, at most %3); was it "
                                                  "given in MW?")
                                               .arg(h + 1)
                                               .arg(v)
                                               .arg(kMaxProfileValue));
                break;
            }
        }
    }

    QSet<QString> systems;
    for (std::size_t i = 0; i < study.powerSystems.size(); ++i) {
        const PowerSystem &ps = study.powerSystems[i];
        const QString b = QStringLiteral("powerSystems/%1").arg(i);
        const QString key = ps.scenarioId + u'|' + QString::number(ps.year);
        if (systems.contains(key))
            c.fail(b, Tr::tr("scenario '%1', study year %2 has two power systems")
                          .arg(ps.scenarioId)
                          .arg(ps.year));
        systems.insert(key);
        SystemChecker(c, study, ps, b).run();
    }

    for (std::size_t i = 0; i < study.marketUnits.size(); ++i) {
        const QString b = QStringLiteral("marketUnits/%1").arg(i);
        c.year(at(b, "year"), study.marketUnits[i].year);
        c.year(at(b, "climateYear"), study.marketUnits[i].climateYear);
    }

    for (std::size_t i = 0; i < study.projects.size(); ++i)
        if (const auto y = study.projects[i].referenceGridFromYear)
            c.year(QStringLiteral("projects/%1/referenceGridFromYear").arg(i), *y);
}

}  // namespace gridcba::model::detail
