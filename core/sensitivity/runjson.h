#pragma once

// Sweep and Monte Carlo definitions and results as JSON, for the run history stored in a
// study (model::AnalysisRun) and for gridcba-cli's --json output. Money in € of the price
// base year; input values in the input's unit (sensitivity/inputs.h).

#include "model/study.h"
#include "sensitivity/montecarlo.h"
#include "sensitivity/sweep.h"

#include <QJsonObject>

#include <optional>

namespace gridcba::sensitivity {

inline constexpr char kSweepKind[] = "sweep";
inline constexpr char kMonteCarloKind[] = "montecarlo";

QJsonObject toJson(const SweepDefinition &d);
QJsonObject toJson(const SweepResult &r);
QJsonObject toJson(const MonteCarloDefinition &d);
QJsonObject toJson(const MonteCarloResult &r);

// Errors name the field: "inputs/2/key: unknown input 'discount'".
std::optional<SweepDefinition> sweepDefinitionFromJson(const QJsonObject &o, QString *error);
std::optional<SweepResult> sweepResultFromJson(const QJsonObject &o, QString *error);
std::optional<MonteCarloDefinition> monteCarloDefinitionFromJson(const QJsonObject &o, QString *error);
std::optional<MonteCarloResult> monteCarloResultFromJson(const QJsonObject &o, QString *error);

// A run record ready to append to a study: the next free id, the time now (UTC), this
// software version, and compact JSON of the definition and results.
model::AnalysisRun makeRun(const model::Study &study, const SweepDefinition &d, const SweepResult &r,
                           const QString &name);
model::AnalysisRun makeRun(const model::Study &study, const MonteCarloDefinition &d,
                           const MonteCarloResult &r, const QString &name);

QJsonObject parseObject(const QByteArray &compactJson);

}  // namespace gridcba::sensitivity
