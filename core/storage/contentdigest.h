#pragma once

// A checksum of what a study file holds, stored in the file itself.
//
// SQLite's integrity check finds damage to the file's structure, but not a changed byte inside
// a stored value: a digit of a CAPEX figure or a letter of a name would read back as a
// silently different study. So saving stores a SHA-256 of the content in
// meta('content_sha256'), and loading recomputes it before anything else reads the file and
// refuses the file when they differ. The digest covers the schema (sqlite_master) and every
// row of every table, values with their type, so the tables of later schema versions are
// covered without any change here. Files written before the digest existed have no such row
// and are read as before.

#include "schema.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace gridcba::storage {

inline constexpr const char *kContentDigestKey = "content_sha256";

// Hex SHA-256 of the database's content, leaving out the meta row holding the digest itself.
std::optional<QByteArray> contentDigest(const Database &db, QString *error);

// Stores the digest of the current content in meta (inside the caller's transaction).
bool storeContentDigest(Database &db, QString *error);

// Compares the stored digest with the content: true when they agree or when the file has
// none (written before digests existed); otherwise false with `error` set.
bool verifyContentDigest(const Database &db, QString *error);

} // namespace gridcba::storage
