#include "powersystemjson.h"

#include <QJsonDocument>

namespace gridcba::io {

using namespace model;
using namespace json;

namespace {

void readZone(Obj &o, Zone &z)
{
    o.string("id", z.id, true);
    o.string("name", z.name);
    o.string("country", z.country, true);
    o.boolean("euMember", z.euMember);
    o.number("annualDemandMwh", z.annualDemandMwh, true);
    o.string("demandProfile", z.demandProfile);
    o.optionalNumber("vollEurPerMwh", z.vollEurPerMwh);
}

void readBorder(Obj &o, Border &b)
{
    o.string("fromZone", b.fromZone, true);
    o.string("toZone", b.toZone, true);
    o.number("forwardMw", b.forwardMw, true);
    o.number("backwardMw", b.backwardMw, true);
    o.string("forwardProfile", b.forwardProfile);
    o.string("backwardProfile", b.backwardProfile);
    o.number("lossFactor", b.lossFactor);
}

void readCluster(Reader &r, Obj &o, ThermalCluster &c)
{
    o.string("id", c.id, true);
    o.string("zone", c.zone, true);
    o.string("fuel", c.fuel, true);
    o.number("capacityMw", c.capacityMw, true);
    o.integer("units", c.units);
    o.number("availability", c.availability);
    o.number("forcedOutageRate", c.forcedOutageRate);
    o.number("meanTimeToRepairHours", c.meanTimeToRepairHours);
    o.number("efficiency", c.efficiency, true);
    o.number("co2TPerMwhFuel", c.co2TPerMwhFuel);
    readPollutantMap(r, o, "pollutantKgPerMwhFuel", c.pollutantKgPerMwhFuel);
    o.number("variableOmEurPerMwh", c.variableOmEurPerMwh);
    o.number("mustRunShare", c.mustRunShare);
}

void readStorage(Obj &o, StorageUnit &s)
{
    o.string("id", s.id, true);
    o.string("zone", s.zone, true);
    o.string("technology", s.technology);
    o.number("chargeMw", s.chargeMw);
    o.number("dischargeMw", s.dischargeMw, true);
    o.number("energyMwh", s.energyMwh, true);
    o.number("roundTripEfficiency", s.roundTripEfficiency);
    o.number("initialLevel", s.initialLevel);
    o.number("annualInflowMwh", s.annualInflowMwh);
    o.string("inflowProfile", s.inflowProfile);
}

void readSystem(Reader &r, Obj &o, PowerSystem &ps)
{
    o.string("scenarioId", ps.scenarioId, true);
    o.integer("year", ps.year, true);
    o.objects("zones", [&](Obj &z) {
        ps.zones.emplace_back();
        readZone(z, ps.zones.back());
    }, true);
    o.objects("borders", [&](Obj &b) {
        ps.borders.emplace_back();
        readBorder(b, ps.borders.back());
    });
    o.objects("thermal", [&](Obj &c) {
        ps.thermal.emplace_back();
        readCluster(r, c, ps.thermal.back());
    });
    o.objects("renewables", [&](Obj &u) {
        RenewableUnit ru;
        u.string("zone", ru.zone, true);
        u.string("technology", ru.technology, true);
        u.number("capacityMw", ru.capacityMw, true);
        u.string("profile", ru.profile, true);
        ps.renewables.push_back(ru);
    });
    o.objects("storage", [&](Obj &s) {
        ps.storage.emplace_back();
        readStorage(s, ps.storage.back());
    });
    o.objects("dsr", [&](Obj &d) {
        DsrBlock b;
        d.string("id", b.id, true);
        d.string("zone", b.zone, true);
        d.number("capacityMw", b.capacityMw, true);
        d.number("priceEurPerMwh", b.priceEurPerMwh, true);
        ps.dsr.push_back(b);
    });
}

void readProfile(Reader &r, Obj &o, Profile &p)
{
    o.string("id", p.id, true);
    o.integer("climateYear", p.climateYear);
    const QJsonValue v = o.take(QStringLiteral("values"));
    const QString path = o.at(QStringLiteral("values"));
    if (!v.isArray()) {
        r.fail(path, v.isUndefined() ? Tr::tr("required field is missing")
                                     : Tr::tr("must be an array, got %1").arg(describe(v)));
        return;
    }
    const QJsonArray a = v.toArray();
    p.values.reserve(std::size_t(a.size()));
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (!a[i].isDouble()) {
            r.fail(path + u'/' + QString::number(i), Tr::tr("must be a number, got %1").arg(describe(a[i])));
            return;
        }
        p.values.push_back(a[i].toDouble());
    }
}

void readSettings(Reader &r, Obj &o, MarketSettings &m)
{
    o.number("hurdleCostEurPerMwh", m.hurdleCostEurPerMwh);
    o.integer("adequacyYearsPerClimateYear", m.adequacyYearsPerClimateYear);
    // A string: a 64-bit seed does not fit a JSON number (a double) exactly.
    QString seed = QString::number(m.adequacySeed);
    o.string("adequacySeed", seed);
    bool ok = false;
    const quint64 value = seed.toULongLong(&ok);
    if (ok)
        m.adequacySeed = value;
    else
        r.fail(o.at(QStringLiteral("adequacySeed")),
               Tr::tr("must be a whole number 0..18446744073709551615 written as a string, "
                      "got \"%1\"").arg(seed));
    o.number("primalTolerance", m.primalTolerance);
    o.number("dualTolerance", m.dualTolerance);
}

QJsonObject settingsJson(const MarketSettings &m)
{
    return {{QStringLiteral("hurdleCostEurPerMwh"), m.hurdleCostEurPerMwh},
            {QStringLiteral("adequacyYearsPerClimateYear"), m.adequacyYearsPerClimateYear},
            {QStringLiteral("adequacySeed"), QString::number(m.adequacySeed)},
            {QStringLiteral("primalTolerance"), m.primalTolerance},
            {QStringLiteral("dualTolerance"), m.dualTolerance}};
}

QJsonObject systemJson(const PowerSystem &ps)
{
    QJsonArray zones, borders, thermal, renewables, storage, dsr;
    for (const Zone &z : ps.zones) {
        QJsonObject o{{QStringLiteral("id"), z.id},
                      {QStringLiteral("name"), z.name},
                      {QStringLiteral("country"), z.country},
                      {QStringLiteral("euMember"), z.euMember},
                      {QStringLiteral("annualDemandMwh"), z.annualDemandMwh},
                      {QStringLiteral("demandProfile"), z.demandProfile}};
        if (z.vollEurPerMwh)
            o.insert(QStringLiteral("vollEurPerMwh"), *z.vollEurPerMwh);
        zones.append(o);
    }
    for (const Border &b : ps.borders)
        borders.append(QJsonObject{{QStringLiteral("fromZone"), b.fromZone},
                                   {QStringLiteral("toZone"), b.toZone},
                                   {QStringLiteral("forwardMw"), b.forwardMw},
                                   {QStringLiteral("backwardMw"), b.backwardMw},
                                   {QStringLiteral("forwardProfile"), b.forwardProfile},
                                   {QStringLiteral("backwardProfile"), b.backwardProfile},
                                   {QStringLiteral("lossFactor"), b.lossFactor}});
    for (const ThermalCluster &c : ps.thermal) {
        QJsonObject pollutants;
        for (const auto &[p, v] : c.pollutantKgPerMwhFuel)
            pollutants.insert(pollutantKey(p), v);
        thermal.append(QJsonObject{{QStringLiteral("id"), c.id},
                                   {QStringLiteral("zone"), c.zone},
                                   {QStringLiteral("fuel"), c.fuel},
                                   {QStringLiteral("capacityMw"), c.capacityMw},
                                   {QStringLiteral("units"), c.units},
                                   {QStringLiteral("availability"), c.availability},
                                   {QStringLiteral("forcedOutageRate"), c.forcedOutageRate},
                                   {QStringLiteral("meanTimeToRepairHours"), c.meanTimeToRepairHours},
                                   {QStringLiteral("efficiency"), c.efficiency},
                                   {QStringLiteral("co2TPerMwhFuel"), c.co2TPerMwhFuel},
                                   {QStringLiteral("pollutantKgPerMwhFuel"), pollutants},
                                   {QStringLiteral("variableOmEurPerMwh"), c.variableOmEurPerMwh},
                                   {QStringLiteral("mustRunShare"), c.mustRunShare}});
    }
    for (const RenewableUnit &u : ps.renewables)
        renewables.append(QJsonObject{{QStringLiteral("zone"), u.zone},
                                      {QStringLiteral("technology"), u.technology},
                                      {QStringLiteral("capacityMw"), u.capacityMw},
                                      {QStringLiteral("profile"), u.profile}});
    for (const StorageUnit &s : ps.storage)
        storage.append(QJsonObject{{QStringLiteral("id"), s.id},
                                   {QStringLiteral("zone"), s.zone},
                                   {QStringLiteral("technology"), s.technology},
                                   {QStringLiteral("chargeMw"), s.chargeMw},
                                   {QStringLiteral("dischargeMw"), s.dischargeMw},
                                   {QStringLiteral("energyMwh"), s.energyMwh},
                                   {QStringLiteral("roundTripEfficiency"), s.roundTripEfficiency},
                                   {QStringLiteral("initialLevel"), s.initialLevel},
                                   {QStringLiteral("annualInflowMwh"), s.annualInflowMwh},
                                   {QStringLiteral("inflowProfile"), s.inflowProfile}});
    for (const DsrBlock &d : ps.dsr)
        dsr.append(QJsonObject{{QStringLiteral("id"), d.id},
                               {QStringLiteral("zone"), d.zone},
                               {QStringLiteral("capacityMw"), d.capacityMw},
                               {QStringLiteral("priceEurPerMwh"), d.priceEurPerMwh}});
    return {{QStringLiteral("scenarioId"), ps.scenarioId}, {QStringLiteral("year"), ps.year},
            {QStringLiteral("zones"), zones},              {QStringLiteral("borders"), borders},
            {QStringLiteral("thermal"), thermal},          {QStringLiteral("renewables"), renewables},
            {QStringLiteral("storage"), storage},          {QStringLiteral("dsr"), dsr}};
}

}  // namespace

QJsonObject marketUnitJson(const MarketUnitRecord &m)
{
    return {{QStringLiteral("projectId"), m.projectId},
            {QStringLiteral("scenarioId"), m.scenarioId},
            {QStringLiteral("year"), m.year},
            {QStringLiteral("climateYear"), m.climateYear},
            {QStringLiteral("createdUtc"), m.createdUtc},
            {QStringLiteral("softwareVersion"), m.softwareVersion},
            {QStringLiteral("results"), QJsonDocument::fromJson(m.resultsJson).object()}};
}

void readMarketParts(Reader &r, Obj &o, Study &s)
{
    o.object("market", [&](Obj &m) { readSettings(r, m, s.market); });
    o.objects("profiles", [&](Obj &p) {
        s.profiles.emplace_back();
        readProfile(r, p, s.profiles.back());
    });
    o.objects("powerSystems", [&](Obj &ps) {
        s.powerSystems.emplace_back();
        readSystem(r, ps, s.powerSystems.back());
    });
    o.objects("marketUnits", [&](Obj &u) {
        MarketUnitRecord m;
        u.string("projectId", m.projectId, true);
        u.string("scenarioId", m.scenarioId, true);
        u.integer("year", m.year, true);
        u.integer("climateYear", m.climateYear, true);
        u.string("createdUtc", m.createdUtc);
        u.string("softwareVersion", m.softwareVersion);
        const QJsonValue v = u.take(QStringLiteral("results"));
        if (!v.isObject())
            r.fail(u.at(QStringLiteral("results")), Tr::tr("must be an object"));
        else
            m.resultsJson = QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
        s.marketUnits.push_back(m);
    });
}

void writeMarketParts(const Study &s, QJsonObject &root)
{
    if (!(s.market == MarketSettings()))
        root.insert(QStringLiteral("market"), settingsJson(s.market));
    if (!s.profiles.empty()) {
        QJsonArray profiles;
        for (const Profile &p : s.profiles) {
            QJsonArray values;
            for (double v : p.values)
                values.append(v);
            profiles.append(QJsonObject{{QStringLiteral("id"), p.id},
                                        {QStringLiteral("climateYear"), p.climateYear},
                                        {QStringLiteral("values"), values}});
        }
        root.insert(QStringLiteral("profiles"), profiles);
    }
    if (!s.powerSystems.empty()) {
        QJsonArray systems;
        for (const PowerSystem &ps : s.powerSystems)
            systems.append(systemJson(ps));
        root.insert(QStringLiteral("powerSystems"), systems);
    }
    if (!s.marketUnits.empty()) {
        QJsonArray units;
        for (const MarketUnitRecord &m : s.marketUnits)
            units.append(marketUnitJson(m));
        root.insert(QStringLiteral("marketUnits"), units);
    }
}

}  // namespace gridcba::io
