#include "jsonformat.h"

#include "jsonpositions.h"
#include "jsonreader.h"
#include "powersystemjson.h"
#include "model/validation.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>

#include <cctype>
#include <cmath>

namespace gridcba::io {

using namespace model;

QString InputError::toString() const
{
    QString where = file;
    if (line > 0)
        where += u':' + QString::number(line);
    return path.isEmpty() ? where + QStringLiteral(": ") + message
                          : where + QStringLiteral(": ") + path + QStringLiteral(": ") + message;
}

namespace {

using namespace json;

void readEconomics(Reader &r, Obj &o, EconomicParameters &e)
{
    o.integer("priceBaseYear", e.priceBaseYear);
    o.number("discountRate", e.discountRate);
    o.integer("discountingYear", e.discountingYear);
    o.integer("operatingYears", e.operatingYears);
    enumField(r, o, "residualValue", e.residualValue, residualValueFromKey, "none, linear");
    enumField(r, o, "bcRatio", e.bcRatio, bcRatioFromKey, "benefitsOverCosts, netOfOpex");
    o.number("firstYearFraction", e.firstYearFraction);
    o.numberMap("deflator", [&](const QString &k, double v, const QString &path) {
        bool ok = false;
        const int year = k.toInt(&ok);
        if (!ok)
            r.fail(path, Tr::tr("deflator keys are years, got \"%1\"").arg(k));
        else
            e.deflator[year] = v;
    });
}

void readScenario(Reader &r, Obj &o, Scenario &s)
{
    o.string("id", s.id, true);
    o.string("name", s.name, true);
    o.string("description", s.description);
    o.integer("priceYear", s.priceYear);
    o.objects("climateYears", [&](Obj &c) {
        ClimateYear cy;
        c.integer("year", cy.year, true);
        c.number("weight", cy.weight, true);
        s.climateYears.push_back(cy);
    });
    o.objects("studyYears", [&](Obj &y) {
        StudyYear sy;
        y.integer("year", sy.year, true);
        y.number("marketCo2PriceEurPerT", sy.marketCo2PriceEurPerT, true);
        y.number("sccLowEurPerT", sy.sccLowEurPerT, true);
        y.number("sccCentralEurPerT", sy.sccCentralEurPerT, true);
        y.number("sccHighEurPerT", sy.sccHighEurPerT, true);
        y.number("vollEurPerMwh", sy.vollEurPerMwh, true);
        y.number("reserveCostEurPerMwYear", sy.reserveCostEurPerMwYear);
        readPollutantMap(r, y, "damageCostEurPerT", sy.damageCostEurPerT);
        y.numberMap("fuelPriceEurPerMwh", [&](const QString &k, double v, const QString &) {
            sy.fuelPriceEurPerMwh[k] = v;
        });
        s.studyYears.push_back(sy);
    }, true);
}

void readCapexYear(Obj &o, CapexYear &y, bool withYear)
{
    if (withYear)
        o.integer("year", y.year, true);
    o.number("centralEur", y.centralEur, true);
    // A missing range end means "no uncertainty stated": it equals the central value.
    y.lowEur = y.highEur = y.centralEur;
    o.number("lowEur", y.lowEur);
    o.number("highEur", y.highEur);
}

void readInvestment(Obj &o, Investment &inv)
{
    o.string("id", inv.id, true);
    o.string("name", inv.name);
    o.string("assetType", inv.assetType);
    o.integer("technicalLifetimeYears", inv.technicalLifetimeYears);
    o.integer("priceYear", inv.priceYear);
    o.objects("capex", [&](Obj &c) {
        CapexYear y;
        readCapexYear(c, y, true);
        inv.capex.push_back(y);
    });
    o.object("capexLumpSum", [&](Obj &c) { readCapexYear(c, inv.capexLumpSum, false); });
    o.integer("constructionYears", inv.constructionYears);
    o.number("opexEurPerYear", inv.opexEurPerYear);
    o.number("opexShareOfCapex", inv.opexShareOfCapex);
    o.number("decommissioningEur", inv.decommissioningEur);
}

void readInput(Reader &r, Obj &o, IndicatorInput &in)
{
    o.string("scenarioId", in.scenarioId, true);
    o.integer("year", in.year, true);
    enumField(r, o, "origin", in.origin, inputOriginFromKey, "entered, computed");
    o.string("source", in.source);
    o.optionalNumber("b1Eur", in.b1Eur);
    o.optionalNumber("b2Co2T", in.b2Co2T);
    o.optionalNumber("b3CurtailmentMwh", in.b3CurtailmentMwh);
    o.optionalNumber("b3ResConnectedMw", in.b3ResConnectedMw);
    readPollutantMap(r, o, "b4PollutantT", in.b4PollutantT);
    o.optionalNumber("b5LossMwh", in.b5LossMwh);
    o.optionalNumber("b5Eur", in.b5Eur);
    o.optionalNumber("b6EensMwh", in.b6EensMwh);
    o.optionalNumber("b6LoleHours", in.b6LoleHours);
    o.optionalNumber("b9ReserveMw", in.b9ReserveMw);
    o.objects("other", [&](Obj &b) {
        OtherBenefit ob;
        b.string("name", ob.name, true);
        b.number("eurPerYear", ob.eurPerYear, true);
        b.boolean("inNpv", ob.inNpv);
        in.other.push_back(ob);
    });
}

void readProject(Reader &r, Obj &o, Project &p)
{
    o.string("id", p.id, true);
    o.string("name", p.name, true);
    o.string("description", p.description);
    enumField(r, o, "kind", p.kind, projectKindFromKey, "interconnector, internal, storage, other");
    o.integer("commissioningYear", p.commissioningYear, true);
    o.integer("benefitPriceYear", p.benefitPriceYear);
    o.objects("investments", [&](Obj &i) {
        Investment inv;
        readInvestment(i, inv);
        p.investments.push_back(inv);
    }, true);
    o.objects("borders", [&](Obj &b) {
        BorderCapacityChange bc;
        b.string("fromZone", bc.fromZone, true);
        b.string("toZone", bc.toZone, true);
        b.number("forwardMw", bc.forwardMw, true);
        b.number("backwardMw", bc.backwardMw, true);
        p.borders.push_back(bc);
    });
    o.numberMap("costShares", [&](const QString &k, double v, const QString &) {
        p.costShares[k] = v;
    });
    o.objects("indicatorInputs", [&](Obj &i) {
        IndicatorInput in;
        readInput(r, i, in);
        p.indicatorInputs.push_back(in);
    });
    o.objects("qualitative", [&](Obj &q) {
        QualitativeIndicator qi;
        q.string("id", qi.id, true);
        q.string("score", qi.score);
        q.string("justification", qi.justification);
        p.qualitative.push_back(qi);
    });
    if (o.has(QStringLiteral("referenceGridFromYear"))) {
        int year = 0;
        o.integer("referenceGridFromYear", year);
        p.referenceGridFromYear = year;
    }
}

void readStudy(Reader &r, Obj &o, Study &s)
{
    QString format;
    o.string("format", format, true);
    if (o.has(QStringLiteral("format")) && format != QLatin1String(kJsonFormatName))
        r.fail(QStringLiteral("format"),
               Tr::tr("\"%1\" is not a GridCBA study (expected \"%2\")")
                   .arg(format, QLatin1String(kJsonFormatName)));
    int version = 0;
    o.integer("formatVersion", version, true);
    if (version > kJsonFormatVersion) {
        r.fail(QStringLiteral("formatVersion"),
               //: %1 is the format version of the file, %2 the newest version this program reads
               Tr::tr("version %1 is newer than this GridCBA reads (%2); update GridCBA")
                   .arg(version)
                   .arg(kJsonFormatVersion));
        o.ignoreRest();  // fields of a newer version are not "unknown"
        return;
    }
    if (version < 1 && o.has(QStringLiteral("formatVersion")))
        r.fail(QStringLiteral("formatVersion"), Tr::tr("must be 1 or more"));
    o.string("name", s.name, true);
    o.string("description", s.description);
    o.object("economics", [&](Obj &e) { readEconomics(r, e, s.economics); }, true);
    o.objects("scenarios", [&](Obj &sc) {
        Scenario scenario;
        readScenario(r, sc, scenario);
        s.scenarios.push_back(scenario);
    }, true);
    o.objects("projects", [&](Obj &pr) {
        Project project;
        readProject(r, pr, project);
        s.projects.push_back(project);
    });
    o.objects("analysisRuns", [&](Obj &a) {
        AnalysisRun run;
        a.integer("id", run.id, true);
        a.string("kind", run.kind, true);
        a.string("projectId", run.projectId, true);
        a.string("name", run.name);
        a.string("createdUtc", run.createdUtc);
        a.string("softwareVersion", run.softwareVersion);
        // Definitions and results are kept as they are (their own readers check them).
        for (const char *key : {"definition", "results"}) {
            const QJsonValue v = a.take(QLatin1String(key));
            if (!v.isObject()) {
                r.fail(a.at(QLatin1String(key)), Tr::tr("must be an object"));
                continue;
            }
            const QByteArray json = QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
            (key[0] == 'd' ? run.definitionJson : run.resultsJson) = json;
        }
        s.analysisRuns.push_back(run);
    });
    readMarketParts(r, o, s);
}

// ---------------------------------------------------------------------------------------
// Writing. QJsonObject orders keys alphabetically, so the output is deterministic.

QJsonObject pollutantMap(const std::map<Pollutant, double> &m)
{
    QJsonObject o;
    for (const auto &[p, v] : m)
        o.insert(pollutantKey(p), v);
    return o;
}

template <typename Map> QJsonObject numberMap(const Map &m)
{
    QJsonObject o;
    for (const auto &[k, v] : m)
        o.insert(k, v);
    return o;
}

QJsonObject capexJson(const CapexYear &y, bool withYear)
{
    QJsonObject o{{QStringLiteral("centralEur"), y.centralEur},
                  {QStringLiteral("lowEur"), y.lowEur},
                  {QStringLiteral("highEur"), y.highEur}};
    if (withYear)
        o.insert(QStringLiteral("year"), y.year);
    return o;
}

void putOptional(QJsonObject &o, const char *key, const std::optional<double> &v)
{
    if (v)
        o.insert(QLatin1String(key), *v);
}

QJsonObject economicsJson(const EconomicParameters &e)
{
    QJsonObject deflator;
    for (const auto &[year, index] : e.deflator)
        deflator.insert(QString::number(year), index);
    return {{QStringLiteral("priceBaseYear"), e.priceBaseYear},
            {QStringLiteral("discountRate"), e.discountRate},
            {QStringLiteral("discountingYear"), e.discountingYear},
            {QStringLiteral("operatingYears"), e.operatingYears},
            {QStringLiteral("residualValue"), residualValueKey(e.residualValue)},
            {QStringLiteral("bcRatio"), bcRatioKey(e.bcRatio)},
            {QStringLiteral("firstYearFraction"), e.firstYearFraction},
            {QStringLiteral("deflator"), deflator}};
}

QJsonObject scenarioJson(const Scenario &s)
{
    QJsonArray climate;
    for (const ClimateYear &c : s.climateYears)
        climate.append(QJsonObject{{QStringLiteral("year"), c.year},
                                   {QStringLiteral("weight"), c.weight}});
    QJsonArray years;
    for (const StudyYear &y : s.studyYears)
        years.append(QJsonObject{
            {QStringLiteral("year"), y.year},
            {QStringLiteral("marketCo2PriceEurPerT"), y.marketCo2PriceEurPerT},
            {QStringLiteral("sccLowEurPerT"), y.sccLowEurPerT},
            {QStringLiteral("sccCentralEurPerT"), y.sccCentralEurPerT},
            {QStringLiteral("sccHighEurPerT"), y.sccHighEurPerT},
            {QStringLiteral("vollEurPerMwh"), y.vollEurPerMwh},
            {QStringLiteral("reserveCostEurPerMwYear"), y.reserveCostEurPerMwYear},
            {QStringLiteral("damageCostEurPerT"), pollutantMap(y.damageCostEurPerT)},
            {QStringLiteral("fuelPriceEurPerMwh"), numberMap(y.fuelPriceEurPerMwh)}});
    return {{QStringLiteral("id"), s.id},
            {QStringLiteral("name"), s.name},
            {QStringLiteral("description"), s.description},
            {QStringLiteral("priceYear"), s.priceYear},
            {QStringLiteral("climateYears"), climate},
            {QStringLiteral("studyYears"), years}};
}

QJsonObject investmentJson(const Investment &inv)
{
    QJsonArray capex;
    for (const CapexYear &y : inv.capex)
        capex.append(capexJson(y, true));
    QJsonObject o{{QStringLiteral("id"), inv.id},
                  {QStringLiteral("name"), inv.name},
                  {QStringLiteral("assetType"), inv.assetType},
                  {QStringLiteral("technicalLifetimeYears"), inv.technicalLifetimeYears},
                  {QStringLiteral("priceYear"), inv.priceYear},
                  {QStringLiteral("capex"), capex},
                  {QStringLiteral("constructionYears"), inv.constructionYears},
                  {QStringLiteral("opexEurPerYear"), inv.opexEurPerYear},
                  {QStringLiteral("opexShareOfCapex"), inv.opexShareOfCapex},
                  {QStringLiteral("decommissioningEur"), inv.decommissioningEur}};
    if (inv.capex.empty())
        o.insert(QStringLiteral("capexLumpSum"), capexJson(inv.capexLumpSum, false));
    return o;
}

QJsonObject inputJson(const IndicatorInput &in)
{
    QJsonObject o{{QStringLiteral("scenarioId"), in.scenarioId},
                  {QStringLiteral("year"), in.year},
                  {QStringLiteral("origin"), inputOriginKey(in.origin)},
                  {QStringLiteral("source"), in.source}};
    putOptional(o, "b1Eur", in.b1Eur);
    putOptional(o, "b2Co2T", in.b2Co2T);
    putOptional(o, "b3CurtailmentMwh", in.b3CurtailmentMwh);
    putOptional(o, "b3ResConnectedMw", in.b3ResConnectedMw);
    if (!in.b4PollutantT.empty())
        o.insert(QStringLiteral("b4PollutantT"), pollutantMap(in.b4PollutantT));
    putOptional(o, "b5LossMwh", in.b5LossMwh);
    putOptional(o, "b5Eur", in.b5Eur);
    putOptional(o, "b6EensMwh", in.b6EensMwh);
    putOptional(o, "b6LoleHours", in.b6LoleHours);
    putOptional(o, "b9ReserveMw", in.b9ReserveMw);
    if (!in.other.empty()) {
        QJsonArray other;
        for (const OtherBenefit &b : in.other)
            other.append(QJsonObject{{QStringLiteral("name"), b.name},
                                     {QStringLiteral("eurPerYear"), b.eurPerYear},
                                     {QStringLiteral("inNpv"), b.inNpv}});
        o.insert(QStringLiteral("other"), other);
    }
    return o;
}

QJsonObject projectJson(const Project &p)
{
    QJsonArray investments, borders, inputs, qualitative;
    for (const Investment &inv : p.investments)
        investments.append(investmentJson(inv));
    for (const BorderCapacityChange &b : p.borders)
        borders.append(QJsonObject{{QStringLiteral("fromZone"), b.fromZone},
                                   {QStringLiteral("toZone"), b.toZone},
                                   {QStringLiteral("forwardMw"), b.forwardMw},
                                   {QStringLiteral("backwardMw"), b.backwardMw}});
    for (const IndicatorInput &in : p.indicatorInputs)
        inputs.append(inputJson(in));
    for (const QualitativeIndicator &q : p.qualitative)
        qualitative.append(QJsonObject{{QStringLiteral("id"), q.id},
                                       {QStringLiteral("score"), q.score},
                                       {QStringLiteral("justification"), q.justification}});
    QJsonObject o{{QStringLiteral("id"), p.id},
                  {QStringLiteral("name"), p.name},
                  {QStringLiteral("description"), p.description},
                  {QStringLiteral("kind"), projectKindKey(p.kind)},
                  {QStringLiteral("commissioningYear"), p.commissioningYear},
                  {QStringLiteral("benefitPriceYear"), p.benefitPriceYear},
                  {QStringLiteral("investments"), investments},
                  {QStringLiteral("borders"), borders},
                  {QStringLiteral("costShares"), numberMap(p.costShares)},
                  {QStringLiteral("indicatorInputs"), inputs},
                  {QStringLiteral("qualitative"), qualitative}};
    if (p.referenceGridFromYear)
        o.insert(QStringLiteral("referenceGridFromYear"), *p.referenceGridFromYear);
    return o;
}

// The member name the value at `offset` belongs to ("centralEur" in `"centralEur": 1e999`),
// for the message about a value the parser refused; empty when none is found nearby.
QString keyBefore(const QByteArray &text, qsizetype offset)
{
    qsizetype i = std::min(offset, text.size()) - 1;
    const qsizetype stop = std::max<qsizetype>(0, i - 200);
    while (i >= stop && text[i] != ':')
        --i;
    while (--i >= stop && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r'))
        ;
    if (i < stop || text[i] != '"')
        return {};
    const qsizetype end = i;
    while (--i >= stop && text[i] != '"')
        ;
    return i < stop ? QString() : QString::fromUtf8(text.mid(i + 1, end - i - 1));
}

// Whether the value the parser stopped in is spelt like nan or inf (any case, any sign).
bool looksLikeNonFinite(const QByteArray &text, qsizetype offset)
{
    qsizetype start = std::min(offset, text.size());
    while (start > 0 && std::isalpha(static_cast<unsigned char>(text[start - 1])))
        --start;
    const QByteArray word = text.mid(start, 3).toLower();
    return word == "nan" || word == "inf";
}

}  // namespace

StudyReadResult studyFromJson(const QByteArray &text, const QString &fileName,
                              bool refuseInvalid)
{
    StudyReadResult result;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const auto [line, column] = JsonPositions::lineColumn(text, parseError.offset);
        //: %1 is the column number, %2 the JSON parser error
        QString message = Tr::tr("column %1: invalid JSON: %2").arg(column).arg(parseError.errorString());
        QString key;
        if (parseError.error == QJsonParseError::IllegalNumber ||
            parseError.error == QJsonParseError::IllegalValue) {
            // 1e999, NaN, Infinity, nan: say which field and why, not only "illegal number".
            key = keyBefore(text, parseError.offset);
            if (parseError.error == QJsonParseError::IllegalNumber ||
                looksLikeNonFinite(text, parseError.offset))
                message += u' ' + Tr::tr("(numbers must be finite and at most about 1.8e308 in "
                                         "size; NaN and Infinity cannot be written in JSON)");
        }
        result.errors.push_back({fileName, line, key, message});
        return result;
    }
    if (!doc.isObject()) {
        result.errors.push_back({fileName, 1, QString(),
                                 Tr::tr("a study file is a JSON object")});
        return result;
    }
    const JsonPositions positions(text);
    Reader reader;
    Study study;
    {
        Obj root(reader, doc.object(), QString());
        readStudy(reader, root, study);
    }
    if (reader.problems.empty()) {
        for (const ValidationIssue &issue : validate(study)) {
            if (refuseInvalid)
                reader.problems.push_back({issue.path, issue.message});
            else
                result.issues.push_back(
                    {fileName, positions.lineOf(issue.path), issue.path, issue.message});
        }
    }
    for (const Problem &p : reader.problems)
        result.errors.push_back({fileName, positions.lineOf(p.path), p.path, p.message});
    std::stable_sort(result.errors.begin(), result.errors.end(),
                     [](const InputError &a, const InputError &b) { return a.line < b.line; });
    if (result.errors.empty())
        result.study = std::move(study);
    return result;
}

StudyReadResult readStudyJsonFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        StudyReadResult result;
        result.errors.push_back({path, 0, QString(),
                                 Tr::tr("cannot open: %1").arg(file.errorString())});
        return result;
    }
    return studyFromJson(file.readAll(), path);
}

QByteArray studyToJson(const Study &study)
{
    QJsonArray scenarios, projects;
    for (const Scenario &s : study.scenarios)
        scenarios.append(scenarioJson(s));
    for (const Project &p : study.projects)
        projects.append(projectJson(p));
    QJsonArray runs;
    for (const AnalysisRun &r : study.analysisRuns)
        runs.append(QJsonObject{
            {QStringLiteral("id"), r.id},
            {QStringLiteral("kind"), r.kind},
            {QStringLiteral("projectId"), r.projectId},
            {QStringLiteral("name"), r.name},
            {QStringLiteral("createdUtc"), r.createdUtc},
            {QStringLiteral("softwareVersion"), r.softwareVersion},
            {QStringLiteral("definition"), QJsonDocument::fromJson(r.definitionJson).object()},
            {QStringLiteral("results"), QJsonDocument::fromJson(r.resultsJson).object()}});
    QJsonObject root{{QStringLiteral("format"), QLatin1String(kJsonFormatName)},
                           {QStringLiteral("formatVersion"), kJsonFormatVersion},
                           {QStringLiteral("name"), study.name},
                           {QStringLiteral("description"), study.description},
                           {QStringLiteral("economics"), economicsJson(study.economics)},
                           {QStringLiteral("scenarios"), scenarios},
                           {QStringLiteral("projects"), projects}};
    if (!runs.isEmpty())
        root.insert(QStringLiteral("analysisRuns"), runs);
    writeMarketParts(study, root);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool writeStudyJsonFile(const Study &study, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(studyToJson(study)) < 0 || !file.commit()) {
        if (error)
            //: %1 is the file name, %2 the system error
            *error = Tr::tr("%1: cannot write: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

}  // namespace gridcba::io
