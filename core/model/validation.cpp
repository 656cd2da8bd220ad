#include "validation.h"

#include "checker.h"

#include <QCoreApplication>
#include <QSet>
#include <QStringList>

#include <cmath>

namespace gridcba::model {

namespace {

using namespace detail;

void checkEconomics(Checker &c, const EconomicParameters &e)
{
    const QString b = QStringLiteral("economics");
    c.year(at(b, "priceBaseYear"), e.priceBaseYear);
    c.year(at(b, "discountingYear"), e.discountingYear);
    if (!std::isfinite(e.discountRate) || e.discountRate <= -1.0 || e.discountRate >= 1.0)
        c.fail(at(b, "discountRate"),
               Tr::tr("must be a fraction between -1 and 1 (0.04 for 4 %), got %1")
                   .arg(e.discountRate));
    if (e.operatingYears < 1 || e.operatingYears > 100)
        c.fail(at(b, "operatingYears"),
               Tr::tr("must be 1..100 years, got %1").arg(e.operatingYears));
    if (!(e.firstYearFraction > 0.0 && e.firstYearFraction <= 1.0))
        c.fail(at(b, "firstYearFraction"),
               Tr::tr("must be in (0, 1], got %1").arg(e.firstYearFraction));
    for (const auto &[year, index] : e.deflator) {
        const QString p = at(b, "deflator") + u'/' + QString::number(year);
        c.year(p, year);
        // Bounded so that the ratio of two indices (the price factor) stays far from overflow.
        if (!std::isfinite(index) || index <= 0.0)
            c.fail(p, Tr::tr("price index must be > 0, got %1").arg(index));
        else if (index < 1e-6 || index > 1e6)
            c.fail(p, Tr::tr("price index must be between 1e-06 and 1e+06, got %1").arg(index));
    }
}

void checkPriceYear(Checker &c, const EconomicParameters &e, const QString &path, int priceYear)
{
    c.year(path, priceYear);
    if (priceYear == e.priceBaseYear)
        return;
    if (!e.deflator.count(priceYear) || !e.deflator.count(e.priceBaseYear))
        c.fail(path, Tr::tr("prices of %1 need deflator indices for %1 and for the price "
                                    "base year %2 in economics/deflator")
                         .arg(priceYear)
                         .arg(e.priceBaseYear));
}

void checkScenario(Checker &c, const EconomicParameters &e, const Scenario &s, const QString &b)
{
    checkPriceYear(c, e, at(b, "priceYear"), s.priceYear);
    double weightSum = 0.0;
    QSet<int> climate;
    for (std::size_t i = 0; i < s.climateYears.size(); ++i) {
        const QString p = at(b, "climateYears", i);
        const ClimateYear &cy = s.climateYears[i];
        c.year(at(p, "year"), cy.year);
        if (climate.contains(cy.year))
            c.fail(at(p, "year"), Tr::tr("climate year %1 is listed twice").arg(cy.year));
        climate.insert(cy.year);
        c.nonNegative(at(p, "weight"), cy.weight, 1.0);
        weightSum += cy.weight;
    }
    if (!s.climateYears.empty() && std::abs(weightSum - 1.0) > 1e-6)
        c.fail(at(b, "climateYears"),
               Tr::tr("weights must sum to 1, they sum to %1").arg(weightSum, 0, 'g', 10));
    if (s.studyYears.empty())
        c.fail(at(b, "studyYears"), Tr::tr("a scenario needs at least one study year"));
    for (std::size_t i = 0; i < s.studyYears.size(); ++i) {
        const QString p = at(b, "studyYears", i);
        const StudyYear &y = s.studyYears[i];
        c.year(at(p, "year"), y.year);
        if (i > 0 && y.year <= s.studyYears[i - 1].year)
            c.fail(at(p, "year"), Tr::tr("study years must be strictly ascending: %1 "
                                                 "follows %2")
                                      .arg(y.year)
                                      .arg(s.studyYears[i - 1].year));
        c.nonNegative(at(p, "marketCo2PriceEurPerT"), y.marketCo2PriceEurPerT, kMaxEurPerUnit);
        c.nonNegative(at(p, "sccLowEurPerT"), y.sccLowEurPerT, kMaxEurPerUnit);
        c.nonNegative(at(p, "sccCentralEurPerT"), y.sccCentralEurPerT, kMaxEurPerUnit);
        c.nonNegative(at(p, "sccHighEurPerT"), y.sccHighEurPerT, kMaxEurPerUnit);
        if (y.sccLowEurPerT > y.sccCentralEurPerT || y.sccCentralEurPerT > y.sccHighEurPerT)
            c.fail(at(p, "sccCentralEurPerT"),
                   Tr::tr("societal cost of carbon must satisfy low <= central <= high "
                                  "(%1 / %2 / %3)")
                       .arg(y.sccLowEurPerT)
                       .arg(y.sccCentralEurPerT)
                       .arg(y.sccHighEurPerT));
        c.nonNegative(at(p, "vollEurPerMwh"), y.vollEurPerMwh, kMaxEurPerUnit);
        c.nonNegative(at(p, "reserveCostEurPerMwYear"), y.reserveCostEurPerMwYear, kMaxEurPerUnit);
        for (const auto &[pollutant, cost] : y.damageCostEurPerT)
            c.nonNegative(at(p, "damageCostEurPerT") + u'/' + pollutantKey(pollutant), cost,
                          kMaxEurPerUnit);
        for (const auto &[fuel, price] : y.fuelPriceEurPerMwh)
            c.nonNegative(at(p, "fuelPriceEurPerMwh") + u'/' + fuel, price, kMaxEurPerUnit);
    }
}

void checkCapexYear(Checker &c, const QString &p, const CapexYear &y)
{
    c.nonNegative(at(p, "centralEur"), y.centralEur, kMaxEur);
    c.nonNegative(at(p, "lowEur"), y.lowEur, kMaxEur);
    c.nonNegative(at(p, "highEur"), y.highEur, kMaxEur);
    if (y.lowEur > y.centralEur || y.centralEur > y.highEur)
        c.fail(p, Tr::tr("CAPEX range must satisfy low <= central <= high (%1 / %2 / %3)")
                      .arg(y.lowEur)
                      .arg(y.centralEur)
                      .arg(y.highEur));
}

void checkInvestment(Checker &c, const EconomicParameters &e, const Project &project,
                     const Investment &inv, const QString &b)
{
    checkPriceYear(c, e, at(b, "priceYear"), inv.priceYear);
    if (inv.technicalLifetimeYears < 1 || inv.technicalLifetimeYears > 200)
        c.fail(at(b, "technicalLifetimeYears"),
               Tr::tr("must be 1..200 years, got %1").arg(inv.technicalLifetimeYears));
    const int lastYear = project.commissioningYear + e.operatingYears - 1;
    QSet<int> years;
    for (std::size_t i = 0; i < inv.capex.size(); ++i) {
        const QString p = at(b, "capex", i);
        const CapexYear &y = inv.capex[i];
        c.year(at(p, "year"), y.year);
        if (years.contains(y.year))
            c.fail(at(p, "year"), Tr::tr("CAPEX year %1 is listed twice").arg(y.year));
        years.insert(y.year);
        if (y.year > lastYear)
            c.fail(at(p, "year"),
                   Tr::tr("CAPEX in %1 falls after the assessment period, which ends in %2")
                       .arg(y.year)
                       .arg(lastYear));
        checkCapexYear(c, p, y);
    }
    if (inv.capex.empty()) {
        checkCapexYear(c, at(b, "capexLumpSum"), inv.capexLumpSum);
        if (inv.capexLumpSum.centralEur > 0.0 && inv.constructionYears < 1)
            c.fail(at(b, "constructionYears"),
                   Tr::tr("a CAPEX lump sum without phasing needs constructionYears >= 1"));
    }
    c.nonNegative(at(b, "opexEurPerYear"), inv.opexEurPerYear, kMaxEur);
    c.nonNegative(at(b, "opexShareOfCapex"), inv.opexShareOfCapex, 1.0);
    if (inv.opexShareOfCapex > 0.0 && inv.opexEurPerYear > 0.0)
        c.fail(at(b, "opexShareOfCapex"),
               Tr::tr("give OPEX either in €/yr or as a share of CAPEX, not both"));
    c.nonNegative(at(b, "decommissioningEur"), inv.decommissioningEur, kMaxEur);
}

void checkInputs(Checker &c, const Study &study, const Project &project, const QString &b)
{
    QSet<QString> seen;
    for (std::size_t i = 0; i < project.indicatorInputs.size(); ++i) {
        const QString p = at(b, "indicatorInputs", i);
        const IndicatorInput &in = project.indicatorInputs[i];
        const Scenario *s = study.scenario(in.scenarioId);
        if (!s) {
            c.fail(at(p, "scenarioId"),
                   Tr::tr("no scenario with id '%1' in this study").arg(in.scenarioId));
        } else if (std::none_of(s->studyYears.begin(), s->studyYears.end(),
                                [&](const StudyYear &y) { return y.year == in.year; })) {
            c.fail(at(p, "year"), Tr::tr("%1 is not a study year of scenario '%2'")
                                      .arg(in.year)
                                      .arg(in.scenarioId));
        }
        const QString key = in.scenarioId + u'@' + QString::number(in.year);
        if (seen.contains(key))
            c.fail(p, Tr::tr("inputs for scenario '%1', year %2 are given twice")
                          .arg(in.scenarioId)
                          .arg(in.year));
        seen.insert(key);
        c.optionalBounded(at(p, "b1Eur"), in.b1Eur, kMaxEur);
        c.optionalBounded(at(p, "b2Co2T"), in.b2Co2T, kMaxTonnes);
        c.optionalBounded(at(p, "b3CurtailmentMwh"), in.b3CurtailmentMwh, kMaxMwh);
        c.optionalBounded(at(p, "b3ResConnectedMw"), in.b3ResConnectedMw, kMaxMw);
        for (const auto &[pollutant, t] : in.b4PollutantT)
            c.bounded(at(p, "b4PollutantT") + u'/' + pollutantKey(pollutant), t, kMaxTonnes);
        c.optionalBounded(at(p, "b5LossMwh"), in.b5LossMwh, kMaxMwh);
        c.optionalBounded(at(p, "b5Eur"), in.b5Eur, kMaxEur);
        c.optionalBounded(at(p, "b6EensMwh"), in.b6EensMwh, kMaxMwh);
        c.optionalBounded(at(p, "b6LoleHours"), in.b6LoleHours, kHoursPerYear);
        c.optionalBounded(at(p, "b9ReserveMw"), in.b9ReserveMw, kMaxMw);
        for (std::size_t k = 0; k < in.other.size(); ++k) {
            const QString q = at(p, "other", k);
            if (in.other[k].name.trimmed().isEmpty())
                c.fail(at(q, "name"), Tr::tr("must not be empty"));
            c.bounded(at(q, "eurPerYear"), in.other[k].eurPerYear, kMaxEur);
        }
    }
}

void checkProject(Checker &c, const Study &study, const Project &project, const QString &b)
{
    const EconomicParameters &e = study.economics;
    c.year(at(b, "commissioningYear"), project.commissioningYear);
    checkPriceYear(c, e, at(b, "benefitPriceYear"), project.benefitPriceYear);
    if (project.investments.empty())
        c.fail(at(b, "investments"), Tr::tr("a project needs at least one investment"));
    QSet<QString> invIds;
    for (std::size_t i = 0; i < project.investments.size(); ++i) {
        c.id(at(at(b, "investments", i), "id"), project.investments[i].id, invIds);
        checkInvestment(c, e, project, project.investments[i], at(b, "investments", i));
    }
    for (std::size_t i = 0; i < project.borders.size(); ++i) {
        const QString p = at(b, "borders", i);
        const BorderCapacityChange &bc = project.borders[i];
        if (bc.fromZone.trimmed().isEmpty() || bc.toZone.trimmed().isEmpty())
            c.fail(p, Tr::tr("a border needs both zones"));
        else if (bc.fromZone == bc.toZone)
            c.fail(at(p, "toZone"), Tr::tr("a border joins two different zones"));
        c.bounded(at(p, "forwardMw"), bc.forwardMw, kMaxMw);
        c.bounded(at(p, "backwardMw"), bc.backwardMw, kMaxMw);
    }
    double shareSum = 0.0;
    for (const auto &[country, share] : project.costShares) {
        const QString p = at(b, "costShares") + u'/' + country;
        if (!std::isfinite(share) || share < 0.0 || share > 1.0)
            c.fail(p, Tr::tr("a cost share is a fraction in [0, 1], got %1").arg(share));
        shareSum += share;
    }
    if (!project.costShares.empty() && std::abs(shareSum - 1.0) > 1e-6)
        c.fail(at(b, "costShares"),
               Tr::tr("cost shares must sum to 1, they sum to %1").arg(shareSum, 0, 'g', 10));
    checkInputs(c, study, project, b);
    for (std::size_t i = 0; i < project.qualitative.size(); ++i)
        if (project.qualitative[i].id.trimmed().isEmpty())
            c.fail(at(at(b, "qualitative", i), "id"), Tr::tr("must not be empty"));
}

}  // namespace

std::vector<ValidationIssue> validate(const Study &study)
{
    Checker c;
    checkEconomics(c, study.economics);
    if (study.scenarios.empty())
        c.fail(QStringLiteral("scenarios"), Tr::tr("a study needs at least one scenario"));
    QSet<QString> scenarioIds;
    for (std::size_t i = 0; i < study.scenarios.size(); ++i) {
        const QString b = QStringLiteral("scenarios/%1").arg(i);
        c.id(at(b, "id"), study.scenarios[i].id, scenarioIds);
        checkScenario(c, study.economics, study.scenarios[i], b);
    }
    QSet<QString> projectIds;
    for (std::size_t i = 0; i < study.projects.size(); ++i) {
        const QString b = QStringLiteral("projects/%1").arg(i);
        c.id(at(b, "id"), study.projects[i].id, projectIds);
        checkProject(c, study, study.projects[i], b);
    }
    QSet<int> runIds;
    for (std::size_t i = 0; i < study.analysisRuns.size(); ++i) {
        const QString b = QStringLiteral("analysisRuns/%1").arg(i);
        const AnalysisRun &run = study.analysisRuns[i];
        if (run.id < 1 || runIds.contains(run.id))
            c.fail(at(b, "id"), Tr::tr("run ids are unique whole numbers >= 1, got %1").arg(run.id));
        runIds.insert(run.id);
        if (run.kind != QLatin1String("sweep") && run.kind != QLatin1String("montecarlo"))
            c.fail(at(b, "kind"), Tr::tr("must be \"sweep\" or \"montecarlo\", got \"%1\"").arg(run.kind));
        if (!study.project(run.projectId))
            c.fail(at(b, "projectId"), Tr::tr("no project with id '%1' in this study").arg(run.projectId));
    }
    checkMarket(c, study);
    return c.issues;
}

QString formatIssues(const std::vector<ValidationIssue> &issues)
{
    QStringList lines;
    for (const ValidationIssue &i : issues)
        lines << i.path + QStringLiteral(": ") + i.message;
    return lines.join(u'\n');
}

}  // namespace gridcba::model
