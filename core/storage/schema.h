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

    // The first value a Statement of this database could not read as the type the loader
    // asked for ("ps_thermal.capacity_mw holds the text "abc" where a number is expected"),
    // or a query that failed; empty when all went well. A file written by GridCBA never has
    // one; a damaged or hand-edited file must be refused rather than read as zeros.
    const QString &readProblem() const { return m_readProblem; }
    void noteReadProblem(const QString &problem) const;

private:
    sqlite3 *m_db = nullptr;
    mutable QString m_readProblem;
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

    // Strict getters: a value of another type (text where a number belongs, a fraction or a
    // number beyond int where a whole number belongs, NULL in a required column) reads as 0
    // and is noted as the database's readProblem().
    int integer(int col) const;
    double real(int col) const;
    std::optional<double> optionalReal(int col) const;
    QString text(int col) const;
    std::optional<int> optionalInteger(int col) const;
    QByteArray blob(int col) const;
    // Notes a value the caller found unusable ("not one of none, linear") for column `col`.
    void noteBadValue(int col, const QString &why) const;

private:
    QString columnName(int col) const;  // "table.column"
    QString describeValue(int col) const;

    const Database &m_db;
    sqlite3_stmt *m_stmt = nullptr;
    bool m_failed = false;
    // SQLite stores NaN as NULL, which would read back as "not given" (or fail a NOT NULL
    // column with a cryptic message): a NaN bound is refused by run() instead.
    int m_nanParameter = -1;
};

// The schema version stored in meta, 0 for an empty database, nullopt if unreadable.
std::optional<int> schemaVersion(const Database &db);

// Runs the ladder from the stored version up to `target` in one transaction (rolled back on
// error). Refuses a database newer than kSchemaVersion.
bool migrate(Database &db, int target, QString *error);

}  // namespace gridcba::storage
