#include "runjson.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace gridcba::sensitivity {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Sensitivity)
};

QString S(const char *s) { return QString::fromLatin1(s); }

QJsonValue optionalNumber(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

std::optional<double> optionalFrom(const QJsonValue &v)
{
    return v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
}

QJsonObject point(const SweepPoint &p)
{
    return {{S("value"), p.value}, {S("npvEur"), p.npvEur}, {S("bcRatio"), optionalNumber(p.bcRatio)}};
}

SweepPoint pointFrom(const QJsonValue &v)
{
    return {v[S("value")].toDouble(), v[S("npvEur")].toDouble(), optionalFrom(v[S("bcRatio")])};
}

QJsonObject switching(const SwitchingValue &s)
{
    return {{S("found"), s.status == SwitchingValue::Status::Found},
            {S("value"), s.status == SwitchingValue::Status::Found ? QJsonValue(s.value) : QJsonValue()},
            {S("searchLow"), s.searchLow},
            {S("searchHigh"), s.searchHigh}};
}

SwitchingValue switchingFrom(const QJsonValue &v)
{
    SwitchingValue s;
    s.status = v[S("found")].toBool() ? SwitchingValue::Status::Found : SwitchingValue::Status::NoneInRange;
    s.value = v[S("value")].toDouble();
    s.searchLow = v[S("searchLow")].toDouble();
    s.searchHigh = v[S("searchHigh")].toDouble();
    return s;
}

QString key(InputId id) { return QLatin1String(inputInfo(id).key); }

// Reads an input key, or records an error at `path`.
std::optional<InputId> inputAt(const QJsonValue &v, const QString &path, QString *error)
{
    const auto id = inputFromKey(v.toString());
    if (!id && error)
        //: %1 is the JSON path of the field, %2 the value found
        *error = Tr::tr("%1: unknown input '%2'").arg(path, v.toString());
    return id;
}

QJsonArray numbers(const std::vector<double> &v)
{
    QJsonArray a;
    for (double x : v)
        a.append(x);
    return a;
}

}  // namespace

QJsonObject toJson(const SweepDefinition &d)
{
    QJsonArray inputs;
    for (const SweepInput &in : d.inputs)
        inputs.append(QJsonObject{{S("key"), key(in.id)}, {S("low"), in.low}, {S("high"), in.high}});
    return {{S("projectId"), d.projectId}, {S("inputs"), inputs}, {S("points"), d.points},
            {S("commissioningYears"), d.commissioningYears}};
}

std::optional<SweepDefinition> sweepDefinitionFromJson(const QJsonObject &o, QString *error)
{
    SweepDefinition d;
    d.projectId = o[S("projectId")].toString();
    d.points = o[S("points")].toInt(9);
    d.commissioningYears = o[S("commissioningYears")].toInt(3);
    const QJsonArray inputs = o[S("inputs")].toArray();
    for (qsizetype i = 0; i < inputs.size(); ++i) {
        const auto id = inputAt(inputs[i][S("key")], QStringLiteral("inputs/%1/key").arg(i), error);
        if (!id)
            return std::nullopt;
        d.inputs.push_back({*id, inputs[i][S("low")].toDouble(), inputs[i][S("high")].toDouble()});
    }
    return d;
}

QJsonObject toJson(const SweepResult &r)
{
    QJsonArray scenarios;
    for (const ScenarioSweepResult &s : r.scenarios) {
        QJsonArray inputs;
        for (const InputSweepResult &in : s.inputs) {
            QJsonArray curve;
            for (const SweepPoint &p : in.curve)
                curve.append(point(p));
            inputs.append(QJsonObject{{S("key"), key(in.id)}, {S("base"), in.base},
                                      {S("atLow"), point(in.atLow)}, {S("atHigh"), point(in.atHigh)},
                                      {S("curve"), curve}, {S("npvZero"), switching(in.npvZero)},
                                      {S("bcOne"), switching(in.bcOne)}});
        }
        QJsonArray commissioning;
        for (const auto &[year, npv] : s.npvByCommissioningYear)
            commissioning.append(QJsonObject{{S("year"), year}, {S("npvEur"), npv}});
        scenarios.append(QJsonObject{{S("scenarioId"), s.scenarioId}, {S("baseNpvEur"), s.baseNpvEur},
                                     {S("baseBcRatio"), optionalNumber(s.baseBcRatio)},
                                     {S("inputs"), inputs},
                                     {S("npvByCommissioningYear"), commissioning}});
    }
    return {{S("projectId"), r.projectId}, {S("evaluations"), r.evaluations},
            {S("scenarios"), scenarios}};
}

std::optional<SweepResult> sweepResultFromJson(const QJsonObject &o, QString *error)
{
    SweepResult r;
    r.projectId = o[S("projectId")].toString();
    r.evaluations = o[S("evaluations")].toInt();
    const QJsonArray scenarios = o[S("scenarios")].toArray();
    for (qsizetype k = 0; k < scenarios.size(); ++k) {
        const QJsonValue sv = scenarios[k];
        ScenarioSweepResult s;
        s.scenarioId = sv[S("scenarioId")].toString();
        s.baseNpvEur = sv[S("baseNpvEur")].toDouble();
        s.baseBcRatio = optionalFrom(sv[S("baseBcRatio")]);
        const QJsonArray inputs = sv[S("inputs")].toArray();
        for (qsizetype i = 0; i < inputs.size(); ++i) {
            const QJsonValue iv = inputs[i];
            const auto id = inputAt(iv[S("key")], QStringLiteral("scenarios/%1/inputs/%2/key").arg(k).arg(i), error);
            if (!id)
                return std::nullopt;
            InputSweepResult in;
            in.id = *id;
            in.base = iv[S("base")].toDouble();
            in.atLow = pointFrom(iv[S("atLow")]);
            in.atHigh = pointFrom(iv[S("atHigh")]);
            for (const QJsonValue &p : iv[S("curve")].toArray())
                in.curve.push_back(pointFrom(p));
            in.npvZero = switchingFrom(iv[S("npvZero")]);
            in.bcOne = switchingFrom(iv[S("bcOne")]);
            s.inputs.push_back(std::move(in));
        }
        for (const QJsonValue &c : sv[S("npvByCommissioningYear")].toArray())
            s.npvByCommissioningYear.emplace_back(c[S("year")].toInt(), c[S("npvEur")].toDouble());
        r.scenarios.push_back(std::move(s));
    }
    return r;
}

QJsonObject toJson(const MonteCarloDefinition &d)
{
    QJsonArray inputs, correlations;
    for (const McInput &in : d.inputs)
        inputs.append(QJsonObject{{S("key"), key(in.id)},
                                  {S("distribution"), distributionKey(in.distribution.kind)},
                                  {S("a"), in.distribution.a}, {S("b"), in.distribution.b},
                                  {S("c"), in.distribution.c}});
    for (const RankCorrelation &c : d.correlations)
        correlations.append(QJsonObject{{S("a"), key(c.a)}, {S("b"), key(c.b)}, {S("rho"), c.rho}});
    // The seed as a string: JSON numbers lose integers above 2^53.
    return {{S("projectId"), d.projectId}, {S("inputs"), inputs}, {S("correlations"), correlations},
            {S("samples"), d.samples}, {S("seed"), QString::number(d.seed)},
            {S("histogramBins"), d.histogramBins}};
}

std::optional<MonteCarloDefinition> monteCarloDefinitionFromJson(const QJsonObject &o, QString *error)
{
    MonteCarloDefinition d;
    d.projectId = o[S("projectId")].toString();
    d.samples = o[S("samples")].toInt();
    bool ok = false;
    d.seed = o[S("seed")].toString().toULongLong(&ok);
    if (!ok) {
        if (error)
            *error = Tr::tr("seed: must be a whole number in a string, got %1")
                         .arg(QString::fromUtf8(QJsonDocument(QJsonArray{o[S("seed")]}).toJson(QJsonDocument::Compact)));
        return std::nullopt;
    }
    d.histogramBins = o[S("histogramBins")].toInt(40);
    const QJsonArray inputs = o[S("inputs")].toArray();
    for (qsizetype i = 0; i < inputs.size(); ++i) {
        const QJsonValue v = inputs[i];
        const auto id = inputAt(v[S("key")], QStringLiteral("inputs/%1/key").arg(i), error);
        if (!id)
            return std::nullopt;
        const auto kind = distributionFromKey(v[S("distribution")].toString());
        if (!kind) {
            if (error)
                //: %1 is the index of the input, %2 the value found
                *error = Tr::tr("inputs/%1/distribution: unknown distribution '%2'")
                             .arg(i)
                             .arg(v[S("distribution")].toString());
            return std::nullopt;
        }
        d.inputs.push_back({*id, {*kind, v[S("a")].toDouble(), v[S("b")].toDouble(), v[S("c")].toDouble()}});
    }
    const QJsonArray correlations = o[S("correlations")].toArray();
    for (qsizetype i = 0; i < correlations.size(); ++i) {
        const auto a = inputAt(correlations[i][S("a")], QStringLiteral("correlations/%1/a").arg(i), error);
        const auto b = a ? inputAt(correlations[i][S("b")], QStringLiteral("correlations/%1/b").arg(i), error)
                         : std::nullopt;
        if (!a || !b)
            return std::nullopt;
        d.correlations.push_back({*a, *b, correlations[i][S("rho")].toDouble()});
    }
    return d;
}

QJsonObject toJson(const MonteCarloResult &r)
{
    QJsonArray scenarios;
    for (const McScenarioResult &s : r.scenarios) {
        QJsonArray counts, drivers;
        for (int c : s.npvHistogram.counts)
            counts.append(c);
        for (const Driver &d : s.drivers)
            drivers.append(QJsonObject{{S("key"), key(d.id)}, {S("rankCorrelation"), d.rankCorrelation},
                                       {S("varianceShare"), d.varianceShare}});
        scenarios.append(QJsonObject{
            {S("scenarioId"), s.scenarioId}, {S("npvMeanEur"), s.npvMeanEur},
            {S("npvStdDevEur"), s.npvStdDevEur}, {S("npvP10Eur"), s.npvP10Eur},
            {S("npvP50Eur"), s.npvP50Eur}, {S("npvP90Eur"), s.npvP90Eur},
            {S("bcP10"), optionalNumber(s.bcP10)}, {S("bcP50"), optionalNumber(s.bcP50)},
            {S("bcP90"), optionalNumber(s.bcP90)},
            {S("probabilityNpvPositive"), s.probabilityNpvPositive},
            {S("npvHistogram"), QJsonObject{{S("low"), s.npvHistogram.low},
                                            {S("width"), s.npvHistogram.width},
                                            {S("counts"), counts}}},
            {S("npvQuantilesEur"), numbers(s.npvQuantilesEur)}, {S("drivers"), drivers}});
    }
    return {{S("projectId"), r.projectId}, {S("samples"), r.samples},
            {S("clampedSamples"), r.clampedSamples}, {S("scenarios"), scenarios}};
}

std::optional<MonteCarloResult> monteCarloResultFromJson(const QJsonObject &o, QString *error)
{
    MonteCarloResult r;
    r.projectId = o[S("projectId")].toString();
    r.samples = o[S("samples")].toInt();
    r.clampedSamples = o[S("clampedSamples")].toInt();
    const QJsonArray scenarios = o[S("scenarios")].toArray();
    for (qsizetype k = 0; k < scenarios.size(); ++k) {
        const QJsonValue v = scenarios[k];
        McScenarioResult s;
        s.scenarioId = v[S("scenarioId")].toString();
        s.npvMeanEur = v[S("npvMeanEur")].toDouble();
        s.npvStdDevEur = v[S("npvStdDevEur")].toDouble();
        s.npvP10Eur = v[S("npvP10Eur")].toDouble();
        s.npvP50Eur = v[S("npvP50Eur")].toDouble();
        s.npvP90Eur = v[S("npvP90Eur")].toDouble();
        s.bcP10 = optionalFrom(v[S("bcP10")]);
        s.bcP50 = optionalFrom(v[S("bcP50")]);
        s.bcP90 = optionalFrom(v[S("bcP90")]);
        s.probabilityNpvPositive = v[S("probabilityNpvPositive")].toDouble();
        s.npvHistogram.low = v[S("npvHistogram")][S("low")].toDouble();
        s.npvHistogram.width = v[S("npvHistogram")][S("width")].toDouble();
        for (const QJsonValue &c : v[S("npvHistogram")][S("counts")].toArray())
            s.npvHistogram.counts.push_back(c.toInt());
        for (const QJsonValue &q : v[S("npvQuantilesEur")].toArray())
            s.npvQuantilesEur.push_back(q.toDouble());
        const QJsonArray drivers = v[S("drivers")].toArray();
        for (qsizetype i = 0; i < drivers.size(); ++i) {
            const auto id = inputAt(drivers[i][S("key")], QStringLiteral("scenarios/%1/drivers/%2/key").arg(k).arg(i), error);
            if (!id)
                return std::nullopt;
            s.drivers.push_back({*id, drivers[i][S("rankCorrelation")].toDouble(),
                                 drivers[i][S("varianceShare")].toDouble()});
        }
        r.scenarios.push_back(std::move(s));
    }
    return r;
}

QJsonObject parseObject(const QByteArray &compactJson)
{
    return QJsonDocument::fromJson(compactJson).object();
}

namespace {

model::AnalysisRun baseRun(const model::Study &study, const char *kind, const QString &projectId,
                           const QString &name)
{
    model::AnalysisRun run;
    for (const model::AnalysisRun &r : study.analysisRuns)
        run.id = std::max(run.id, r.id);
    ++run.id;
    run.kind = QLatin1String(kind);
    run.projectId = projectId;
    run.name = name;
    run.createdUtc = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    run.softwareVersion = QStringLiteral("GridCBA " GRIDCBA_VERSION);
    return run;
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

}  // namespace

model::AnalysisRun makeRun(const model::Study &study, const SweepDefinition &d, const SweepResult &r,
                           const QString &name)
{
    model::AnalysisRun run = baseRun(study, kSweepKind, d.projectId, name);
    run.definitionJson = compact(toJson(d));
    run.resultsJson = compact(toJson(r));
    return run;
}

model::AnalysisRun makeRun(const model::Study &study, const MonteCarloDefinition &d,
                           const MonteCarloResult &r, const QString &name)
{
    model::AnalysisRun run = baseRun(study, kMonteCarloKind, d.projectId, name);
    run.definitionJson = compact(toJson(d));
    run.resultsJson = compact(toJson(r));
    return run;
}

}  // namespace gridcba::sensitivity
