#pragma once

// The market model's parts of the JSON exchange format (docs/json-format.md, "Power
// system"): the market settings, the hourly profiles, the power system of each scenario and
// study year, and the stored results of market work units. Internal to core/io.

#include "jsonreader.h"

#include <QJsonObject>

namespace gridcba::io {

// Reads "market", "profiles", "powerSystems" and "marketUnits" of the study object.
void readMarketParts(json::Reader &r, json::Obj &study, model::Study &s);
// Writes them into `root`, each only when the study has it (a study without a power system
// exports as before).
void writeMarketParts(const model::Study &s, QJsonObject &root);

// One unit's results as stored (the object under "results" is the market/unitresult.h
// format, kept as it is).
QJsonObject marketUnitJson(const model::MarketUnitRecord &m);

}  // namespace gridcba::io
