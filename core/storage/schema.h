#pragma once

// The study file's SQLite schema and its migration ladder, plus a thin RAII layer over the
// SQLite C API used by the loader and saver.
//
// Version history:
//   1  first schema: scenarios, study years, projects, investments, CAPEX (central only),
//      indicator inputs, qualitative indicators.
//   2  CAPEX uncertainty range: capex.low_eur/high_eur and investment.lump_low_eur/
//      lump_high_eur; existing rows get low = high = central (no range stated).
//   3  run history of sensitivity analyses: analysis_run.

#include <QByteArray>
#include <QString>

#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace gridcba::storage {

inline constexpr int kSchemaVersion = 4;

class Statement;

class Database
{
public:
    Database() = default;
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // An empty in-memory database.
    bool openMemory(QString *error);
    // An in-memory copy of a serialized database (the bytes of a .gridcba file).
    bool openCopyOf(const QByteArray &bytes, QString *error);
    // The whole database as the bytes of a file.
    std::optional<QByteArray> serialize(QString *error) const;

    bool exec(const char *sql, QString *error);
    QString lastError() const;
    sqlite3 *handle() const { return m_db; }

private:
    sqlite3 *m_db = nullptr;
};

// A prepared statement; columns and parameters are 0-based.
class Statement
{
public:
    Statement(const Database &db, const char *sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool ok() const { return m_stmt != nullptr; }
    Statement &bind(int i, int v);
    Statement &bind(int i, double v);
    Statement &bind(int i, const QString &v);
    Statement &bind(int i, const std::optional<double> &v);
    Statement &bind(int i, const std::optional<int> &v);
    Statement &bindBlob(int i, const QByteArray &v);
    // Runs an INSERT/UPDATE; resets the statement for the next use.
    bool run(QString *error);
    // Steps a SELECT; false at the end (or on error: see failed()).
    bool next();
    bool failed() const { return m_failed; }

    int integer(int col) const;
    double real(int col) const;
    std::optional<double> optionalReal(int col) const;
    QString text(int col) const;
    std::optional<int> optionalInteger(int col) const;
    QByteArray blob(int col) const;

private:
    const Database &m_db;
    sqlite3_stmt *m_stmt = nullptr;
    bool m_failed = false;
};

// The schema version stored in meta, 0 for an empty database, nullopt if unreadable.
std::optional<int> schemaVersion(const Database &db);

// Runs the ladder from the stored version up to `target` in one transaction (rolled back on
// error). Refuses a database newer than kSchemaVersion.
bool migrate(Database &db, int target, QString *error);

}  // namespace gridcba::storage
