#include "unitsfile.h"

#include "inputdigest.h"
#include "simulation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <map>
#include <tuple>

namespace gridcba::market {

QByteArray unitsFileJson(const std::vector<UnitResult> &units, bool indented)
{
    QJsonArray a;
    for (const UnitResult &u : units)
        a.append(unitResultToJson(u));
    return QJsonDocument(QJsonObject{{QStringLiteral("format"), QLatin1String(kUnitsFileFormat)},
                                     {QStringLiteral("units"), a}})
        .toJson(indented ? QJsonDocument::Indented : QJsonDocument::Compact);
}

UnitsFileRead parseUnitsFile(const QByteArray &bytes)
{
    UnitsFileRead read;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (!doc.isObject()
        || doc.object().value(QStringLiteral("format")).toString() != QLatin1String(kUnitsFileFormat)) {
        read.error = QStringLiteral("not a unit result file of gridcba-cli simulate --unit-out");
        if (parseError.error != QJsonParseError::NoError)
            read.error += QStringLiteral(" (%1 at byte %2)").arg(parseError.errorString()).arg(parseError.offset);
        return read;
    }
    const QJsonArray a = doc.object().value(QStringLiteral("units")).toArray();
    for (qsizetype k = 0; k < a.size(); ++k) {
        QString error;
        std::optional<UnitResult> u = unitResultFromJson(a[k].toObject(), &error);
        if (!u) {
            read.error = QStringLiteral("units/%1: ").arg(k) + error;
            read.units.clear();
            return read;
        }
        read.units.push_back(std::move(*u));
    }
    return read;
}

UnitsFileRead readUnitsFile(const model::Study &study, const QByteArray &bytes)
{
    UnitsFileRead read = parseUnitsFile(bytes);
    if (!read.error.isEmpty())
        return read;
    std::vector<UnitResult> parsed = std::move(read.units);
    read.units.clear();
    std::map<std::tuple<QString, int, int>, MarketInputResult> inputs;
    auto fail = [&read](const QString &message) {
        read.error = message;
        read.units.clear();
        return read;
    };
    for (std::size_t k = 0; k < parsed.size(); ++k) {
        UnitResult &u = parsed[k];
        const UnitKey key{u.projectId, u.scenarioId, u.year, u.climateYear};
        const QString label = QStringLiteral("units/%1: ").arg(k) + key.label();
        if (!study.project(u.projectId) || !study.powerSystem(u.scenarioId, u.year))
            return fail(label + QStringLiteral(" does not belong to this study (no such project or power system)"));
        // One resolved input per scenario, year and climate year: resolving is most of the cost.
        const auto group = std::make_tuple(u.scenarioId, u.year, u.climateYear);
        auto resolved = inputs.find(group);
        if (resolved == inputs.end())
            resolved = inputs.emplace(group, resolveMarketInput(study, u.scenarioId, u.year, u.climateYear)).first;
        const MarketInputResult &input = resolved->second;
        if (!input.input)
            return fail(label + QStringLiteral(": ") + input.error.path + QStringLiteral(": ") + input.error.message);
        const ProjectVariant variant = projectVariant(study, *input.input, *study.project(u.projectId), u.year);
        if (!variant.error.message.isEmpty())
            return fail(label + QStringLiteral(": ") + variant.error.path + QStringLiteral(": ")
                        + variant.error.message);
        if (u.inputDigest.isEmpty()) {
            read.notes << label + QStringLiteral(": the result has no input fingerprint (made before GridCBA "
                                                 "recorded one); stored without checking that it was "
                                                 "computed from the study's current data");
        } else if (unitInputDigest(*input.input, variant, u.scenarioId, u.year, u.climateYear) != u.inputDigest) {
            return fail(label + QStringLiteral(" was computed from other inputs than the study holds now "
                                               "(power system, profiles, prices or the project's borders "
                                               "differ) or by an earlier revision of the market model; "
                                               "run simulate for it again"));
        }
        // The settings are recorded, not fingerprinted: they must be the study's (a run
        // without adequacy records 0 adequacy years).
        model::MarketSettings expected = study.market;
        if (u.settings.adequacyYearsPerClimateYear == 0)
            expected.adequacyYearsPerClimateYear = 0;
        if (!(u.settings == expected))
            return fail(label + QStringLiteral(" was computed with other market settings than the study's "
                                               "(hurdle cost, adequacy years or seed, solver tolerances); run "
                                               "simulate for it again"));
        read.units.push_back(std::move(u));
    }
    return read;
}

}  // namespace gridcba::market
