#include "resultsjson.h"

#include <QJsonArray>

namespace gridcba::io {

using namespace economics;

namespace {

QJsonValue optionalNumber(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QString irrOutcomeKey(IrrOutcome o)
{
    switch (o) {
    case IrrOutcome::Found: return QStringLiteral("found");
    case IrrOutcome::Multiple: return QStringLiteral("multiple");
    case IrrOutcome::NoSignChange: break;
    }
    return QStringLiteral("none");
}

QJsonObject streams(const StreamValues &v)
{
    QJsonObject o;
    for (Stream s : kStreams)
        o.insert(streamId(s), v[std::size_t(s)]);
    return o;
}

QJsonArray roots(const std::vector<double> &values)
{
    QJsonArray a;
    for (double v : values)
        a.append(v);
    return a;
}

QJsonObject scenarioJson(const ScenarioEvaluation &s, bool withCashFlows)
{
    QJsonObject o{{QStringLiteral("scenarioId"), s.scenarioId},
                  {QStringLiteral("pvBenefitsEur"), streams(s.pvBenefits)},
                  {QStringLiteral("pvHeadlineBenefitsEur"), s.pvHeadlineBenefitsEur},
                  {QStringLiteral("pvCapexEur"), s.pvCapexEur},
                  {QStringLiteral("pvOpexEur"), s.pvOpexEur},
                  {QStringLiteral("pvDecommissioningEur"), s.pvDecommissioningEur},
                  {QStringLiteral("pvResidualValueEur"), s.pvResidualValueEur},
                  {QStringLiteral("npvEur"), s.npvEur},
                  {QStringLiteral("bcRatio"), optionalNumber(s.bcRatio)},
                  {QStringLiteral("irr"), optionalNumber(s.irr)},
                  {QStringLiteral("irrOutcome"), irrOutcomeKey(s.irrOutcome)},
                  {QStringLiteral("irrRoots"), roots(s.irrRoots)},
                  {QStringLiteral("npvSccLowEur"), s.npvSccLowEur},
                  {QStringLiteral("npvSccHighEur"), s.npvSccHighEur},
                  {QStringLiteral("npvCapexLowEur"), s.npvCapexLowEur},
                  {QStringLiteral("npvCapexHighEur"), s.npvCapexHighEur},
                  {QStringLiteral("notes"), QJsonArray::fromStringList(s.notes)}};
    if (withCashFlows) {
        QJsonArray rows;
        for (const CashFlowYear &r : s.cashFlows)
            rows.append(QJsonObject{{QStringLiteral("year"), r.year},
                                    {QStringLiteral("benefitsEur"), streams(r.benefits)},
                                    {QStringLiteral("capexEur"), r.capexEur},
                                    {QStringLiteral("opexEur"), r.opexEur},
                                    {QStringLiteral("decommissioningEur"), r.decommissioningEur},
                                    {QStringLiteral("residualValueEur"), r.residualValueEur},
                                    {QStringLiteral("netEur"), r.netEur()},
                                    {QStringLiteral("discountFactor"), r.discountFactor}});
        o.insert(QStringLiteral("cashFlows"), rows);
    }
    return o;
}

QJsonValue rangeJson(const std::optional<Range> &r)
{
    if (!r)
        return QJsonValue(QJsonValue::Null);
    return QJsonObject{{QStringLiteral("min"), r->min}, {QStringLiteral("max"), r->max}};
}

}  // namespace

QJsonObject evaluationToJson(const model::Study &study, const std::vector<ProjectEvaluation> &results,
                             bool withCashFlows)
{
    const model::EconomicParameters &e = study.economics;
    QJsonArray projects;
    for (const ProjectEvaluation &p : results) {
        QJsonArray scenarios;
        for (const ScenarioEvaluation &s : p.scenarios)
            scenarios.append(scenarioJson(s, withCashFlows));
        projects.append(QJsonObject{
            {QStringLiteral("projectId"), p.projectId},
            {QStringLiteral("assessmentPeriod"),
             QJsonArray{p.firstYear, p.lastYear}},
            {QStringLiteral("scenarios"), scenarios},
            {QStringLiteral("scenariosNotAssessed"), QJsonArray::fromStringList(p.scenariosNotAssessed)},
            {QStringLiteral("npvRangeEur"), rangeJson(p.npvRangeEur)},
            {QStringLiteral("bcRange"), rangeJson(p.bcRange)}});
    }
    return {{QStringLiteral("study"), study.name},
            {QStringLiteral("software"), QStringLiteral("GridCBA " GRIDCBA_VERSION)},
            {QStringLiteral("priceBaseYear"), e.priceBaseYear},
            {QStringLiteral("discountRate"), e.discountRate},
            {QStringLiteral("discountingYear"), e.discountingYear},
            {QStringLiteral("projects"), projects}};
}

}  // namespace gridcba::io
