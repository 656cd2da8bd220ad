#pragma once

// The result of one work unit of the market model: one project, scenario, study year and
// climate year, run without and with the project (TOOT or PINT), with the yearly sums per
// zone, the adequacy Monte Carlo, and what produced them (solver, settings, software). It
// is stored in the study as JSON (model::MarketUnitRecord) so that units computed on other
// machines can be merged, and the indicators B1-B6 are derived from it.
//
// Indicator signs are the guideline's (model/study.h): B1, B3 positive = benefit; B2, B4,
// B5 (MWh), B6 "with minus without", negative = reduction.

#include "adequacy.h"
#include "dispatchrun.h"
#include "model/study.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <array>
#include <optional>
#include <vector>

namespace gridcba::market {

struct ZoneInfo
{
    QString id;
    QString country;
    bool euMember = true;
};

struct RunSummary
{
    std::vector<ZoneTotals> zones;   // same order as UnitResult::zones
    std::vector<double> blockObjectiveEur;
    qint64 iterations = 0;
    double seconds = 0.0;
    // Weeks solved again with hourly reservoir levels (weekmodel.h); not stored with results.
    int hourlyFallbacks = 0;

    double sum(double ZoneTotals::*field) const;
    double pollutantT(int pollutant) const;
};

struct UnitResult
{
    QString projectId;
    QString scenarioId;
    int year = 0;
    int climateYear = 0;
    model::AssessmentMethod method = model::AssessmentMethod::Pint;
    std::vector<ZoneInfo> zones;
    RunSummary without;
    RunSummary with;
    std::optional<AdequacyPair> adequacy;  // absent when the unit ran without adequacy
    QString solver;                        // "COIN-OR Clp 1.17.6, dual simplex, ..."
    model::MarketSettings settings;
    QString createdUtc;
    QString softwareVersion;
    QString inputDigest;                   // inputdigest.h; empty in results of before 2026-12


    // Indicators of this climate year.
    double b1Eur() const;                  // generation cost without − with
    double b2Co2T() const;                 // with − without
    double b3CurtailmentMwh() const;       // curtailment without − with
    double b4PollutantT(int pollutant) const;
    double b5LossMwh() const;              // with − without
    double b5LossValueEur() const;         // −Δ(losses × hourly price): already inside B1
    std::optional<double> b6EensMwh() const;
    std::optional<double> b6LoleHours() const;
    // B1 per zone by the surplus split (with − without of consumer + producer surplus +
    // congestion rent), in the order of `zones`; sums to b1Eur() (dispatchrun.h).
    std::vector<double> b1ByZone() const;
};

QJsonObject unitResultToJson(const UnitResult &r);
// Null with `error` set when the object is not a unit result this version reads.
std::optional<UnitResult> unitResultFromJson(const QJsonObject &o, QString *error);

model::MarketUnitRecord toRecord(const UnitResult &r);
std::optional<UnitResult> fromRecord(const model::MarketUnitRecord &record, QString *error);

// Stores `r` in the study, replacing a record of the same unit.
void storeUnit(model::Study &study, const UnitResult &r);

// Combines the stored units of (project, scenario, year) over the scenario's climate years
// by their weights into the computed indicator input of that study year. Null when a
// climate year has no unit yet (`missing` lists them).
std::optional<model::IndicatorInput> combineClimateYears(const model::Study &study,
                                                         const QString &projectId,
                                                         const QString &scenarioId, int year,
                                                         QList<int> *missing = nullptr);

// Writes every computable combination into the projects' indicator inputs, marked as
// computed: B1-B6 replace what was there; B9 and other benefits of an existing row are kept.
// Returns the (project, scenario, year) rows written, as "P1 / NT 2030".
QStringList applyComputedInputs(model::Study &study);

}  // namespace gridcba::market
