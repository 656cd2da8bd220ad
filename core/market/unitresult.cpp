#include "unitresult.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <map>

namespace gridcba::market {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(MarketResults)
};

constexpr int kResultFormat = 1;

struct Field
{
    const char *key;
    double ZoneTotals::*member;
};

constexpr std::array<Field, 22> kZoneFields = {{
    {"demandMwh", &ZoneTotals::demandMwh},
    {"unservedMwh", &ZoneTotals::unservedMwh},
    {"dumpedMwh", &ZoneTotals::dumpedMwh},
    {"thermalMwh", &ZoneTotals::thermalMwh},
    {"renewableMwh", &ZoneTotals::renewableMwh},
    {"curtailmentMwh", &ZoneTotals::curtailmentMwh},
    {"dsrMwh", &ZoneTotals::dsrMwh},
    {"storageChargeMwh", &ZoneTotals::storageChargeMwh},
    {"storageDischargeMwh", &ZoneTotals::storageDischargeMwh},
    {"spillMwh", &ZoneTotals::spillMwh},
    {"exportsMwh", &ZoneTotals::exportsMwh},
    {"importsMwh", &ZoneTotals::importsMwh},
    {"lossMwh", &ZoneTotals::lossMwh},
    {"lossValueEur", &ZoneTotals::lossValueEur},
    {"generationCostEur", &ZoneTotals::generationCostEur},
    {"fuelCostEur", &ZoneTotals::fuelCostEur},
    {"co2T", &ZoneTotals::co2T},
    {"consumerSurplusEur", &ZoneTotals::consumerSurplusEur},
    {"producerSurplusEur", &ZoneTotals::producerSurplusEur},
    {"congestionRentEur", &ZoneTotals::congestionRentEur},
    {"priceTimesDemandEur", &ZoneTotals::priceTimesDemandEur},
    {"hoursWithUnserved", nullptr},
}};

QJsonArray numbers(const std::vector<double> &v)
{
    QJsonArray a;
    for (double x : v)
        a.append(x);
    return a;
}

std::vector<double> numbers(const QJsonValue &v)
{
    std::vector<double> out;
    for (const QJsonValue &x : v.toArray())
        out.push_back(x.toDouble());
    return out;
}

QJsonObject runToJson(const RunSummary &r)
{
    QJsonArray zones;
    for (const ZoneTotals &z : r.zones) {
        QJsonObject o;
        for (const Field &f : kZoneFields)
            if (f.member)
                o.insert(QLatin1String(f.key), z.*f.member);
        o.insert(QStringLiteral("hoursWithUnserved"), z.hoursWithUnserved);
        QJsonObject pollutants;
        for (model::Pollutant p : model::kPollutants)
            pollutants.insert(model::pollutantKey(p), z.pollutantT[std::size_t(p)]);
        o.insert(QStringLiteral("pollutantT"), pollutants);
        zones.append(o);
    }
    return {{QStringLiteral("zones"), zones},
            {QStringLiteral("blockObjectiveEur"), numbers(r.blockObjectiveEur)},
            {QStringLiteral("iterations"), double(r.iterations)},
            {QStringLiteral("seconds"), r.seconds}};
}

RunSummary runFromJson(const QJsonObject &o)
{
    RunSummary r;
    for (const QJsonValue &v : o.value(QStringLiteral("zones")).toArray()) {
        const QJsonObject zo = v.toObject();
        ZoneTotals z;
        for (const Field &f : kZoneFields)
            if (f.member)
                z.*f.member = zo.value(QLatin1String(f.key)).toDouble();
        z.hoursWithUnserved = zo.value(QStringLiteral("hoursWithUnserved")).toInt();
        const QJsonObject pollutants = zo.value(QStringLiteral("pollutantT")).toObject();
        for (model::Pollutant p : model::kPollutants)
            z.pollutantT[std::size_t(p)] = pollutants.value(model::pollutantKey(p)).toDouble();
        r.zones.push_back(z);
    }
    r.blockObjectiveEur = numbers(o.value(QStringLiteral("blockObjectiveEur")));
    r.iterations = qint64(o.value(QStringLiteral("iterations")).toDouble());
    r.seconds = o.value(QStringLiteral("seconds")).toDouble();
    return r;
}

QJsonObject adequacyToJson(const AdequacyResult &a)
{
    QJsonArray eens, lole;
    for (const AdequacyZone &z : a.zones) {
        eens.append(z.eensMwh);
        lole.append(z.loleHours);
    }
    return {{QStringLiteral("eensMwh"), a.eensMwh},
            {QStringLiteral("loleHours"), a.loleHours},
            {QStringLiteral("zoneEensMwh"), eens},
            {QStringLiteral("zoneLoleHours"), lole},
            {QStringLiteral("sampleYears"), a.sampleYears},
            {QStringLiteral("maxFlowHours"), a.maxFlowHours},
            {QStringLiteral("dispatchScheduleWeeks"), a.dispatchScheduleWeeks},
            {QStringLiteral("steadyScheduleWeeks"), a.steadyScheduleWeeks},
            {QStringLiteral("lpWeeks"), a.lpWeeks}};
}

AdequacyResult adequacyFromJson(const QJsonObject &o)
{
    AdequacyResult a;
    a.eensMwh = o.value(QStringLiteral("eensMwh")).toDouble();
    a.loleHours = o.value(QStringLiteral("loleHours")).toDouble();
    const std::vector<double> eens = numbers(o.value(QStringLiteral("zoneEensMwh")));
    const std::vector<double> lole = numbers(o.value(QStringLiteral("zoneLoleHours")));
    for (std::size_t z = 0; z < eens.size() && z < lole.size(); ++z)
        a.zones.push_back({eens[z], lole[z]});
    a.sampleYears = o.value(QStringLiteral("sampleYears")).toInt();
    a.maxFlowHours = o.value(QStringLiteral("maxFlowHours")).toInt();
    a.dispatchScheduleWeeks = o.value(QStringLiteral("dispatchScheduleWeeks")).toInt();
    a.steadyScheduleWeeks = o.value(QStringLiteral("steadyScheduleWeeks")).toInt();
    a.lpWeeks = o.value(QStringLiteral("lpWeeks")).toInt();
    return a;
}

}  // namespace

double RunSummary::sum(double ZoneTotals::*field) const
{
    double s = 0.0;
    for (const ZoneTotals &z : zones)
        s += z.*field;
    return s;
}

double RunSummary::pollutantT(int pollutant) const
{
    double s = 0.0;
    for (const ZoneTotals &z : zones)
        s += z.pollutantT[std::size_t(pollutant)];
    return s;
}

double UnitResult::b1Eur() const
{
    return without.sum(&ZoneTotals::generationCostEur) - with.sum(&ZoneTotals::generationCostEur);
}

double UnitResult::b2Co2T() const { return with.sum(&ZoneTotals::co2T) - without.sum(&ZoneTotals::co2T); }

double UnitResult::b3CurtailmentMwh() const
{
    return without.sum(&ZoneTotals::curtailmentMwh) - with.sum(&ZoneTotals::curtailmentMwh);
}

double UnitResult::b4PollutantT(int pollutant) const
{
    return with.pollutantT(pollutant) - without.pollutantT(pollutant);
}

double UnitResult::b5LossMwh() const { return with.sum(&ZoneTotals::lossMwh) - without.sum(&ZoneTotals::lossMwh); }

double UnitResult::b5LossValueEur() const
{
    return without.sum(&ZoneTotals::lossValueEur) - with.sum(&ZoneTotals::lossValueEur);
}

std::optional<double> UnitResult::b6EensMwh() const
{
    if (!adequacy)
        return std::nullopt;
    return adequacy->with.eensMwh - adequacy->without.eensMwh;
}

std::optional<double> UnitResult::b6LoleHours() const
{
    if (!adequacy)
        return std::nullopt;
    return adequacy->with.loleHours - adequacy->without.loleHours;
}

std::vector<double> UnitResult::b1ByZone() const
{
    std::vector<double> out;
    for (std::size_t z = 0; z < zones.size() && z < with.zones.size() && z < without.zones.size(); ++z)
        out.push_back(with.zones[z].surplusEur() - without.zones[z].surplusEur());
    return out;
}

QJsonObject unitResultToJson(const UnitResult &r)
{
    QJsonArray zones;
    for (const ZoneInfo &z : r.zones)
        zones.append(QJsonObject{{QStringLiteral("id"), z.id},
                                 {QStringLiteral("country"), z.country},
                                 {QStringLiteral("euMember"), z.euMember}});
    QJsonObject o{{QStringLiteral("format"), kResultFormat},
                  {QStringLiteral("projectId"), r.projectId},
                  {QStringLiteral("scenarioId"), r.scenarioId},
                  {QStringLiteral("year"), r.year},
                  {QStringLiteral("climateYear"), r.climateYear},
                  {QStringLiteral("method"), model::assessmentMethodKey(r.method)},
                  {QStringLiteral("zones"), zones},
                  {QStringLiteral("without"), runToJson(r.without)},
                  {QStringLiteral("with"), runToJson(r.with)},
                  {QStringLiteral("solver"), r.solver},
                  {QStringLiteral("createdUtc"), r.createdUtc},
                  {QStringLiteral("softwareVersion"), r.softwareVersion},
                  {QStringLiteral("settings"),
                   QJsonObject{{QStringLiteral("hurdleCostEurPerMwh"), r.settings.hurdleCostEurPerMwh},
                               {QStringLiteral("adequacyYearsPerClimateYear"),
                                r.settings.adequacyYearsPerClimateYear},
                               {QStringLiteral("adequacySeed"), QString::number(r.settings.adequacySeed)},
                               {QStringLiteral("primalTolerance"), r.settings.primalTolerance},
                               {QStringLiteral("dualTolerance"), r.settings.dualTolerance}}}};
    if (!r.inputDigest.isEmpty())
        o.insert(QStringLiteral("inputDigest"), r.inputDigest);
    if (r.adequacy)
        o.insert(QStringLiteral("adequacy"),
                 QJsonObject{{QStringLiteral("without"), adequacyToJson(r.adequacy->without)},
                             {QStringLiteral("with"), adequacyToJson(r.adequacy->with)}});
    return o;
}

std::optional<UnitResult> unitResultFromJson(const QJsonObject &o, QString *error)
{
    const int format = o.value(QStringLiteral("format")).toInt();
    if (format < 1 || format > kResultFormat) {
        if (error)
            //: %1 is a number
            *error = Tr::tr("market result format %1 is not one this GridCBA reads (1..%2)")
                         .arg(format)
                         .arg(kResultFormat);
        return std::nullopt;
    }
    UnitResult r;
    r.projectId = o.value(QStringLiteral("projectId")).toString();
    r.scenarioId = o.value(QStringLiteral("scenarioId")).toString();
    r.year = o.value(QStringLiteral("year")).toInt();
    r.climateYear = o.value(QStringLiteral("climateYear")).toInt();
    const auto method = model::assessmentMethodFromKey(o.value(QStringLiteral("method")).toString());
    if (!method) {
        if (error)
            *error = Tr::tr("market result: method must be pint or toot");
        return std::nullopt;
    }
    r.method = *method;
    for (const QJsonValue &v : o.value(QStringLiteral("zones")).toArray()) {
        const QJsonObject z = v.toObject();
        r.zones.push_back({z.value(QStringLiteral("id")).toString(),
                           z.value(QStringLiteral("country")).toString(),
                           z.value(QStringLiteral("euMember")).toBool(true)});
    }
    r.without = runFromJson(o.value(QStringLiteral("without")).toObject());
    r.with = runFromJson(o.value(QStringLiteral("with")).toObject());
    if (r.without.zones.size() != r.zones.size() || r.with.zones.size() != r.zones.size()) {
        if (error)
            *error = Tr::tr("market result: the runs do not have one entry per zone");
        return std::nullopt;
    }
    r.solver = o.value(QStringLiteral("solver")).toString();
    r.createdUtc = o.value(QStringLiteral("createdUtc")).toString();
    r.softwareVersion = o.value(QStringLiteral("softwareVersion")).toString();
    r.inputDigest = o.value(QStringLiteral("inputDigest")).toString();
    const QJsonObject s = o.value(QStringLiteral("settings")).toObject();
    r.settings.hurdleCostEurPerMwh = s.value(QStringLiteral("hurdleCostEurPerMwh")).toDouble();
    r.settings.adequacyYearsPerClimateYear = s.value(QStringLiteral("adequacyYearsPerClimateYear")).toInt();
    r.settings.adequacySeed = s.value(QStringLiteral("adequacySeed")).toString().toULongLong();
    r.settings.primalTolerance = s.value(QStringLiteral("primalTolerance")).toDouble();
    r.settings.dualTolerance = s.value(QStringLiteral("dualTolerance")).toDouble();
    if (o.contains(QStringLiteral("adequacy"))) {
        const QJsonObject a = o.value(QStringLiteral("adequacy")).toObject();
        r.adequacy = AdequacyPair{adequacyFromJson(a.value(QStringLiteral("without")).toObject()),
                                  adequacyFromJson(a.value(QStringLiteral("with")).toObject())};
    }
    return r;
}

model::MarketUnitRecord toRecord(const UnitResult &r)
{
    return {r.projectId, r.scenarioId, r.year, r.climateYear, r.createdUtc, r.softwareVersion,
            QJsonDocument(unitResultToJson(r)).toJson(QJsonDocument::Compact)};
}

std::optional<UnitResult> fromRecord(const model::MarketUnitRecord &record, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(record.resultsJson, &parseError);
    if (!doc.isObject()) {
        if (error)
            *error = Tr::tr("market result of %1 / %2 %3 / climate year %4 is not valid JSON: %5")
                         .arg(record.projectId, record.scenarioId)
                         .arg(record.year)
                         .arg(record.climateYear)
                         .arg(parseError.errorString());
        return std::nullopt;
    }
    return unitResultFromJson(doc.object(), error);
}

void storeUnit(model::Study &study, const UnitResult &r)
{
    const model::MarketUnitRecord record = toRecord(r);
    auto same = [&](const model::MarketUnitRecord &m) {
        return m.projectId == r.projectId && m.scenarioId == r.scenarioId && m.year == r.year
               && m.climateYear == r.climateYear;
    };
    const auto it = std::find_if(study.marketUnits.begin(), study.marketUnits.end(), same);
    if (it != study.marketUnits.end())
        *it = record;
    else
        study.marketUnits.push_back(record);
}

std::optional<model::IndicatorInput> combineClimateYears(const model::Study &study,
                                                         const QString &projectId,
                                                         const QString &scenarioId, int year,
                                                         QList<int> *missing)
{
    const model::Scenario *scenario = study.scenario(scenarioId);
    if (!scenario || scenario->climateYears.empty())
        return std::nullopt;
    std::vector<std::pair<double, UnitResult>> units;
    QList<int> absent;
    for (const model::ClimateYear &cy : scenario->climateYears) {
        std::optional<UnitResult> unit;
        for (const model::MarketUnitRecord &m : study.marketUnits)
            if (m.projectId == projectId && m.scenarioId == scenarioId && m.year == year
                && m.climateYear == cy.year)
                unit = fromRecord(m, nullptr);
        if (unit)
            units.emplace_back(cy.weight, std::move(*unit));
        else
            absent << cy.year;
    }
    if (missing)
        *missing = absent;
    if (!absent.isEmpty())
        return std::nullopt;

    model::IndicatorInput in;
    in.scenarioId = scenarioId;
    in.year = year;
    in.origin = model::InputOrigin::Computed;
    double b1 = 0, b2 = 0, b3 = 0, b5 = 0, b5Value = 0, eens = 0, lole = 0;
    std::array<double, model::kPollutantCount> b4{};
    bool adequacy = true;
    QStringList climate;
    for (const auto &[w, u] : units) {
        b1 += w * u.b1Eur();
        b2 += w * u.b2Co2T();
        b3 += w * u.b3CurtailmentMwh();
        b5 += w * u.b5LossMwh();
        b5Value += w * u.b5LossValueEur();
        for (int k = 0; k < model::kPollutantCount; ++k)
            b4[std::size_t(k)] += w * u.b4PollutantT(k);
        if (u.adequacy) {
            eens += w * *u.b6EensMwh();
            lole += w * *u.b6LoleHours();
        } else {
            adequacy = false;
        }
        climate << QStringLiteral("%1 (%2)").arg(u.climateYear).arg(w);
    }
    const UnitResult &first = units.front().second;
    in.b1Eur = b1;
    in.b2Co2T = b2;
    in.b3CurtailmentMwh = b3;
    for (model::Pollutant p : model::kPollutants)
        in.b4PollutantT[p] = b4[std::size_t(p)];
    in.b5LossMwh = b5;
    // B5's value at hourly prices is not entered: losses are in the market model, so B1
    // already holds their cost (no double counting, methodology.md §2).
    if (adequacy) {
        in.b6EensMwh = eens;
        in.b6LoleHours = lole;
    }
    //: %1 the method (PINT/TOOT), %2 the climate years with weights, %3 the solver, %4 the
    //: software version, %5 a date, %6 a money amount
    in.source = Tr::tr("GridCBA market model, %1, climate years %2; %3; %4, %5. B5 valued at "
                       "hourly prices: %6 € (inside B1, not added)")
                    .arg(model::assessmentMethodKey(first.method).toUpper(),
                         climate.join(QStringLiteral(", ")), first.solver, first.softwareVersion,
                         first.createdUtc)
                    .arg(b5Value, 0, 'f', 0);
    return in;
}

QStringList applyComputedInputs(model::Study &study)
{
    std::map<std::tuple<QString, QString, int>, bool> keys;
    for (const model::MarketUnitRecord &m : study.marketUnits)
        keys[{m.projectId, m.scenarioId, m.year}] = true;
    QStringList written;
    for (const auto &[key, unused] : keys) {
        // Named copies, not a structured binding: clang before 16 (the fuzz build's) cannot
        // capture those in the lambdas below.
        const QString &projectId = std::get<0>(key);
        const QString &scenarioId = std::get<1>(key);
        const int year = std::get<2>(key);
        auto project = std::find_if(study.projects.begin(), study.projects.end(),
                                    [&](const model::Project &p) { return p.id == projectId; });
        if (project == study.projects.end())
            continue;
        std::optional<model::IndicatorInput> computed =
            combineClimateYears(study, projectId, scenarioId, year);
        if (!computed)
            continue;
        auto row = std::find_if(project->indicatorInputs.begin(), project->indicatorInputs.end(),
                                [&](const model::IndicatorInput &in) {
                                    return in.scenarioId == scenarioId && in.year == year;
                                });
        if (row != project->indicatorInputs.end()) {
            computed->b9ReserveMw = row->b9ReserveMw;
            computed->b3ResConnectedMw = row->b3ResConnectedMw;
            computed->other = row->other;
            *row = *computed;
        } else {
            project->indicatorInputs.push_back(*computed);
        }
        written << QStringLiteral("%1 / %2 %3").arg(projectId, scenarioId).arg(year);
    }
    return written;
}

}  // namespace gridcba::market
