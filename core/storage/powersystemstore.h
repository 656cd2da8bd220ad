#pragma once

// The market model's tables of the study file (schema 4): settings, profiles, power
// systems and market work units. Internal to core/storage.

#include "model/study.h"
#include "schema.h"

namespace gridcba::storage {

bool writeMarketParts(const Database &db, const model::Study &s, QString *error);
bool readMarketParts(const Database &db, model::Study &s);

// Profile values as stored: little-endian IEEE 754 doubles, 8 bytes each.
QByteArray packValues(const std::vector<double> &values);
std::vector<double> unpackValues(const QByteArray &bytes);

}  // namespace gridcba::storage
