#include "schema.h"

#include <QCoreApplication>

#include <sqlite3.h>

#include <array>
#include <climits>
#include <cmath>

namespace gridcba::storage {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(StudyFile)
};
} // namespace

Database::~Database()
{
    if (m_db)
        sqlite3_close(m_db);
}

bool Database::openMemory(QString *error)
{
    if (sqlite3_open_v2(":memory:", &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) !=
        SQLITE_OK) {
        if (error)
            *error = lastError();
        return false;
    }
    return exec("PRAGMA foreign_keys = ON", error);
}

bool Database::openCopyOf(const QByteArray &bytes, QString *error)
{
    if (!openMemory(error))
        return false;
    // SQLite takes ownership of a buffer from sqlite3_malloc64 and may resize it.
    auto *buffer = static_cast<unsigned char *>(sqlite3_malloc64(sqlite3_uint64(bytes.size())));
    if (!buffer) {
        if (error)
            *error = Tr::tr("out of memory");
        return false;
    }
    std::copy(bytes.begin(), bytes.end(), buffer);
    const int rc = sqlite3_deserialize(m_db, "main", buffer, bytes.size(), bytes.size(),
                                       SQLITE_DESERIALIZE_FREEONCLOSE |
                                           SQLITE_DESERIALIZE_RESIZEABLE);
    if (rc != SQLITE_OK) {
        if (error)
            *error = lastError();
        return false;
    }
    return true;
}

std::optional<QByteArray> Database::serialize(QString *error) const
{
    sqlite3_int64 size = 0;
    unsigned char *data = sqlite3_serialize(m_db, "main", &size, 0);
    if (!data) {
        if (error)
            *error = Tr::tr("cannot serialize the study: %1").arg(lastError());
        return std::nullopt;
    }
    QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    sqlite3_free(data);
    return bytes;
}

bool Database::exec(const char *sql, QString *error)
{
    char *message = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        if (error)
            *error = QString::fromUtf8(message ? message : "unknown SQLite error");
        sqlite3_free(message);
        return false;
    }
    return true;
}

QString Database::lastError() const
{
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : Tr::tr("no database");
}

void Database::noteReadProblem(const QString &problem) const
{
    if (m_readProblem.isEmpty())
        m_readProblem = problem;
}

Statement::Statement(const Database &db, const char *sql) : m_db(db)
{
    if (sqlite3_prepare_v2(db.handle(), sql, -1, &m_stmt, nullptr) != SQLITE_OK) {
        m_stmt = nullptr;
        m_failed = true;
    }
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement &Statement::bind(int i, int v)
{
    if (m_stmt)
        sqlite3_bind_int(m_stmt, i + 1, v);
    return *this;
}

Statement &Statement::bind(int i, double v)
{
    if (std::isnan(v) && m_nanParameter < 0)
        m_nanParameter = i;
    if (m_stmt)
        sqlite3_bind_double(m_stmt, i + 1, v);
    return *this;
}

Statement &Statement::bind(int i, const QString &v)
{
    if (m_stmt) {
        const QByteArray utf8 = v.toUtf8();
        sqlite3_bind_text(m_stmt, i + 1, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }
    return *this;
}

Statement &Statement::bind(int i, const std::optional<double> &v)
{
    if (m_stmt) {
        if (v)
            bind(i, *v);
        else
            sqlite3_bind_null(m_stmt, i + 1);
    }
    return *this;
}

Statement &Statement::bind(int i, const std::optional<int> &v)
{
    if (m_stmt) {
        if (v)
            sqlite3_bind_int(m_stmt, i + 1, *v);
        else
            sqlite3_bind_null(m_stmt, i + 1);
    }
    return *this;
}

Statement &Statement::bindBlob(int i, const QByteArray &v)
{
    if (m_stmt)
        sqlite3_bind_blob64(m_stmt, i + 1, v.constData(), sqlite3_uint64(v.size()), SQLITE_TRANSIENT);
    return *this;
}

bool Statement::run(QString *error)
{
    if (m_nanParameter >= 0) {
        // "INSERT INTO ps_thermal VALUES (...)": the table is the third word.
        const QString sql = m_stmt ? QString::fromUtf8(sqlite3_sql(m_stmt)) : QString();
        const QString table = sql.section(u' ', 2, 2).section(u'(', 0, 0);
        if (error)
            //: %1 is a table of the study file, %2 the position of the value in its row
            *error = Tr::tr("a value is not a number (NaN) and cannot be saved (table %1, "
                            "value %2); correct it and save again")
                         .arg(table)
                         .arg(m_nanParameter + 1);
        m_nanParameter = -1;
        m_failed = true;
        if (m_stmt) {
            sqlite3_reset(m_stmt);
            sqlite3_clear_bindings(m_stmt);
        }
        return false;
    }
    if (!m_stmt || sqlite3_step(m_stmt) != SQLITE_DONE) {
        if (error)
            *error = m_db.lastError();
        m_failed = true;
        return false;
    }
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    return true;
}

bool Statement::next()
{
    if (!m_stmt)
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE) {
        m_failed = true;
        m_db.noteReadProblem(m_db.lastError());
    }
    return false;
}

QString Statement::columnName(int col) const
{
    // The table of the column where SQLite knows it (a plain column of a SELECT).
    const char *table = sqlite3_column_table_name(m_stmt, col);
    const char *column = sqlite3_column_origin_name(m_stmt, col);
    if (!column)
        column = sqlite3_column_name(m_stmt, col);
    const QString name = QString::fromUtf8(column ? column : "?");
    return table ? QString::fromUtf8(table) + u'.' + name : name;
}

QString Statement::describeValue(int col) const
{
    switch (sqlite3_column_type(m_stmt, col)) {
    case SQLITE_NULL: return Tr::tr("nothing (NULL)");
    case SQLITE_BLOB: return Tr::tr("binary data");
    case SQLITE_TEXT: return Tr::tr("the text \"%1\"").arg(text(col).left(40));
    default: return QString::number(sqlite3_column_double(m_stmt, col), 'g', 17);
    }
}

void Statement::noteBadValue(int col, const QString &why) const
{
    //: %1 is "table.column" of the study file, %2 the value found, %3 what is wrong
    m_db.noteReadProblem(Tr::tr("%1 holds %2: %3").arg(columnName(col), describeValue(col), why));
}

int Statement::integer(int col) const
{
    const sqlite3_int64 v = sqlite3_column_int64(m_stmt, col);
    if (sqlite3_column_type(m_stmt, col) != SQLITE_INTEGER || v < INT_MIN || v > INT_MAX) {
        noteBadValue(col, Tr::tr("a whole number is expected"));
        return 0;
    }
    return int(v);
}

double Statement::real(int col) const
{
    const int type = sqlite3_column_type(m_stmt, col);
    if (type != SQLITE_FLOAT && type != SQLITE_INTEGER) {
        noteBadValue(col, Tr::tr("a number is expected"));
        return 0.0;
    }
    return sqlite3_column_double(m_stmt, col);
}

std::optional<double> Statement::optionalReal(int col) const
{
    if (sqlite3_column_type(m_stmt, col) == SQLITE_NULL)
        return std::nullopt;
    return real(col);
}

QString Statement::text(int col) const
{
    const auto *t = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, col));
    return t ? QString::fromUtf8(t, sqlite3_column_bytes(m_stmt, col)) : QString();
}

std::optional<int> Statement::optionalInteger(int col) const
{
    if (sqlite3_column_type(m_stmt, col) == SQLITE_NULL)
        return std::nullopt;
    return integer(col);
}

QByteArray Statement::blob(int col) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, col));
    return data ? QByteArray(data, sqlite3_column_bytes(m_stmt, col)) : QByteArray();
}

namespace {

// Step k of the ladder brings the schema from version k to k + 1.
constexpr const char *kToVersion1 = R"sql(
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE study(
  id INTEGER PRIMARY KEY CHECK (id = 1),
  name TEXT NOT NULL, description TEXT NOT NULL,
  price_base_year INTEGER NOT NULL, discount_rate REAL NOT NULL,
  discounting_year INTEGER NOT NULL, operating_years INTEGER NOT NULL,
  residual_value TEXT NOT NULL, bc_ratio TEXT NOT NULL, first_year_fraction REAL NOT NULL);
CREATE TABLE deflator(year INTEGER PRIMARY KEY, price_index REAL NOT NULL);
CREATE TABLE scenario(
  id TEXT PRIMARY KEY, position INTEGER NOT NULL, name TEXT NOT NULL,
  description TEXT NOT NULL, price_year INTEGER NOT NULL);
CREATE TABLE climate_year(
  scenario_id TEXT NOT NULL REFERENCES scenario(id) ON DELETE CASCADE,
  position INTEGER NOT NULL, year INTEGER NOT NULL, weight REAL NOT NULL,
  PRIMARY KEY (scenario_id, year));
CREATE TABLE study_year(
  scenario_id TEXT NOT NULL REFERENCES scenario(id) ON DELETE CASCADE,
  year INTEGER NOT NULL, market_co2_price REAL NOT NULL, scc_low REAL NOT NULL,
  scc_central REAL NOT NULL, scc_high REAL NOT NULL, voll REAL NOT NULL,
  reserve_cost REAL NOT NULL, PRIMARY KEY (scenario_id, year));
CREATE TABLE damage_cost(
  scenario_id TEXT NOT NULL, year INTEGER NOT NULL, pollutant TEXT NOT NULL,
  eur_per_t REAL NOT NULL, PRIMARY KEY (scenario_id, year, pollutant),
  FOREIGN KEY (scenario_id, year) REFERENCES study_year(scenario_id, year) ON DELETE CASCADE);
CREATE TABLE fuel_price(
  scenario_id TEXT NOT NULL, year INTEGER NOT NULL, fuel TEXT NOT NULL,
  eur_per_mwh REAL NOT NULL, PRIMARY KEY (scenario_id, year, fuel),
  FOREIGN KEY (scenario_id, year) REFERENCES study_year(scenario_id, year) ON DELETE CASCADE);
CREATE TABLE project(
  id TEXT PRIMARY KEY, position INTEGER NOT NULL, name TEXT NOT NULL,
  description TEXT NOT NULL, kind TEXT NOT NULL, commissioning_year INTEGER NOT NULL,
  benefit_price_year INTEGER NOT NULL);
CREATE TABLE investment(
  project_id TEXT NOT NULL REFERENCES project(id) ON DELETE CASCADE,
  id TEXT NOT NULL, position INTEGER NOT NULL, name TEXT NOT NULL, asset_type TEXT NOT NULL,
  lifetime_years INTEGER NOT NULL, price_year INTEGER NOT NULL,
  lump_central_eur REAL NOT NULL, construction_years INTEGER NOT NULL,
  opex_eur_per_year REAL NOT NULL, opex_share_of_capex REAL NOT NULL,
  decommissioning_eur REAL NOT NULL, PRIMARY KEY (project_id, id));
CREATE TABLE capex(
  project_id TEXT NOT NULL, investment_id TEXT NOT NULL, position INTEGER NOT NULL,
  year INTEGER NOT NULL, central_eur REAL NOT NULL,
  PRIMARY KEY (project_id, investment_id, year),
  FOREIGN KEY (project_id, investment_id) REFERENCES investment(project_id, id) ON DELETE CASCADE);
CREATE TABLE border_change(
  project_id TEXT NOT NULL REFERENCES project(id) ON DELETE CASCADE,
  position INTEGER NOT NULL, from_zone TEXT NOT NULL, to_zone TEXT NOT NULL,
  forward_mw REAL NOT NULL, backward_mw REAL NOT NULL, PRIMARY KEY (project_id, position));
CREATE TABLE cost_share(
  project_id TEXT NOT NULL REFERENCES project(id) ON DELETE CASCADE,
  country TEXT NOT NULL, share REAL NOT NULL, PRIMARY KEY (project_id, country));
CREATE TABLE indicator_input(
  project_id TEXT NOT NULL REFERENCES project(id) ON DELETE CASCADE,
  position INTEGER NOT NULL, scenario_id TEXT NOT NULL, year INTEGER NOT NULL,
  origin TEXT NOT NULL, source TEXT NOT NULL,
  b1_eur REAL, b2_co2_t REAL, b3_curtailment_mwh REAL, b3_res_connected_mw REAL,
  b5_loss_mwh REAL, b5_eur REAL, b6_eens_mwh REAL, b6_lole_hours REAL, b9_reserve_mw REAL,
  PRIMARY KEY (project_id, scenario_id, year));
CREATE TABLE input_pollutant(
  project_id TEXT NOT NULL, scenario_id TEXT NOT NULL, year INTEGER NOT NULL,
  pollutant TEXT NOT NULL, tonnes REAL NOT NULL,
  PRIMARY KEY (project_id, scenario_id, year, pollutant),
  FOREIGN KEY (project_id, scenario_id, year)
    REFERENCES indicator_input(project_id, scenario_id, year) ON DELETE CASCADE);
CREATE TABLE other_benefit(
  project_id TEXT NOT NULL, scenario_id TEXT NOT NULL, year INTEGER NOT NULL,
  position INTEGER NOT NULL, name TEXT NOT NULL, eur_per_year REAL NOT NULL,
  in_npv INTEGER NOT NULL, PRIMARY KEY (project_id, scenario_id, year, position),
  FOREIGN KEY (project_id, scenario_id, year)
    REFERENCES indicator_input(project_id, scenario_id, year) ON DELETE CASCADE);
CREATE TABLE qualitative(
  project_id TEXT NOT NULL REFERENCES project(id) ON DELETE CASCADE,
  position INTEGER NOT NULL, indicator_id TEXT NOT NULL, score TEXT NOT NULL,
  justification TEXT NOT NULL, PRIMARY KEY (project_id, position));
)sql";

constexpr const char *kToVersion2 = R"sql(
ALTER TABLE capex ADD COLUMN low_eur REAL;
ALTER TABLE capex ADD COLUMN high_eur REAL;
UPDATE capex SET low_eur = central_eur, high_eur = central_eur;
ALTER TABLE investment ADD COLUMN lump_low_eur REAL;
ALTER TABLE investment ADD COLUMN lump_high_eur REAL;
UPDATE investment SET lump_low_eur = lump_central_eur, lump_high_eur = lump_central_eur;
)sql";

constexpr const char *kToVersion3 = R"sql(
CREATE TABLE analysis_run(
  id INTEGER PRIMARY KEY, kind TEXT NOT NULL, project_id TEXT NOT NULL, name TEXT NOT NULL,
  created_utc TEXT NOT NULL, software_version TEXT NOT NULL,
  definition_json TEXT NOT NULL, results_json TEXT NOT NULL);
)sql";

// The market model: settings, hourly profiles (values as little-endian IEEE doubles), the
// power system of each scenario and study year, the results of market work units, and the
// first study year whose reference grid holds a project.
constexpr const char *kToVersion4 = R"sql(
ALTER TABLE project ADD COLUMN reference_grid_from_year INTEGER;
CREATE TABLE market_settings(
  id INTEGER PRIMARY KEY CHECK (id = 1), hurdle_cost REAL NOT NULL,
  adequacy_years INTEGER NOT NULL, adequacy_seed TEXT NOT NULL,
  primal_tolerance REAL NOT NULL, dual_tolerance REAL NOT NULL);
CREATE TABLE profile(
  id TEXT NOT NULL, climate_year INTEGER NOT NULL, position INTEGER NOT NULL,
  hourly_values BLOB NOT NULL, PRIMARY KEY (id, climate_year));
CREATE TABLE power_system(
  position INTEGER PRIMARY KEY, scenario_id TEXT NOT NULL, year INTEGER NOT NULL,
  UNIQUE (scenario_id, year));
CREATE TABLE ps_zone(
  system INTEGER NOT NULL REFERENCES power_system(position) ON DELETE CASCADE,
  position INTEGER NOT NULL, id TEXT NOT NULL, name TEXT NOT NULL, country TEXT NOT NULL,
  eu_member INTEGER NOT NULL, annual_demand_mwh REAL NOT NULL, demand_profile TEXT NOT NULL,
  voll REAL, PRIMARY KEY (system, position));
CREATE TABLE ps_border(
  system INTEGER NOT NULL REFERENCES power_system(position) ON DELETE CASCADE,
  position INTEGER NOT NULL, from_zone TEXT NOT NULL, to_zone TEXT NOT NULL,
  forward_mw REAL NOT NULL, backward_mw REAL NOT NULL, forward_profile TEXT NOT NULL,
  backward_profile TEXT NOT NULL, loss_factor REAL NOT NULL, PRIMARY KEY (system, position));
CREATE TABLE ps_thermal(
  system INTEGER NOT NULL REFERENCES power_system(position) ON DELETE CASCADE,
  position INTEGER NOT NULL, id TEXT NOT NULL, zone TEXT NOT NULL, fuel TEXT NOT NULL,
  capacity_mw REAL NOT NULL, units INTEGER NOT NULL, availability REAL NOT NULL,
  forced_outage_rate REAL NOT NULL, mttr_hours REAL NOT NULL, efficiency REAL NOT NULL,
  co2_t_per_mwh_fuel REAL NOT NULL, vom_eur_per_mwh REAL NOT NULL, must_run_share REAL NOT NULL,
  nox REAL, nh3 REAL, sox REAL, pm25 REAL, pm10 REAL, nmvoc REAL,
  PRIMARY KEY (system, position));
CREATE TABLE ps_renewable(
  system INTEGER NOT NULL REFERENCES power_system(position) ON DELETE CASCADE,
  position INTEGER NOT NULL, zone TEXT NOT NULL, technology TEXT NOT NULL,
  capacity_mw REAL NOT NULL, profile TEXT NOT NULL, PRIMARY KEY (system, position));
CREATE TABLE ps_storage(
  system INTEGER NOT NULL REFERENCES power_system(position) ON DELETE CASCADE,
  position INTEGER NOT NULL, id TEXT NOT NULL, zone TEXT NOT NULL, technology TEXT NOT NULL,
  charge_mw REAL NOT NULL, discharge_mw REAL NOT NULL, energy_mwh REAL NOT NULL,
  round_trip_efficiency REAL NOT NULL, initial_level REAL NOT NULL,
  annual_inflow_mwh REAL NOT NULL, inflow_profile TEXT NOT NULL, PRIMARY KEY (system, position));
CREATE TABLE ps_dsr(
  system INTEGER NOT NULL REFERENCES power_system(position) ON DELETE CASCADE,
  position INTEGER NOT NULL, id TEXT NOT NULL, zone TEXT NOT NULL, capacity_mw REAL NOT NULL,
  price_eur_per_mwh REAL NOT NULL, PRIMARY KEY (system, position));
CREATE TABLE market_unit(
  project_id TEXT NOT NULL, scenario_id TEXT NOT NULL, year INTEGER NOT NULL,
  climate_year INTEGER NOT NULL, position INTEGER NOT NULL, created_utc TEXT NOT NULL,
  software_version TEXT NOT NULL, results_json TEXT NOT NULL,
  PRIMARY KEY (project_id, scenario_id, year, climate_year));
)sql";

constexpr std::array<const char *, kSchemaVersion> kLadder = {kToVersion1, kToVersion2,
                                                              kToVersion3, kToVersion4};

}  // namespace

std::optional<int> schemaVersion(const Database &db)
{
    Statement hasMeta(db, "SELECT count(*) FROM sqlite_master WHERE type='table' AND name='meta'");
    if (!hasMeta.ok() || !hasMeta.next())
        return std::nullopt;
    if (hasMeta.integer(0) == 0)
        return 0;
    Statement version(db, "SELECT value FROM meta WHERE key='schema_version'");
    if (!version.ok() || !version.next())
        return std::nullopt;
    bool ok = false;
    const int v = version.text(0).toInt(&ok);
    return ok ? std::optional<int>(v) : std::nullopt;
}

bool migrate(Database &db, int target, QString *error)
{
    const std::optional<int> current = schemaVersion(db);
    if (!current) {
        if (error)
            *error = Tr::tr("not a GridCBA study: it has no readable schema version");
        return false;
    }
    if (*current > kSchemaVersion) {
        if (error)
            //: %1 is the schema version of the file, %2 the newest this version reads
            *error = Tr::tr("the study was saved by a newer GridCBA (file schema %1, this "
                                    "version reads up to %2); update GridCBA to open it")
                         .arg(*current)
                         .arg(kSchemaVersion);
        return false;
    }
    if (*current >= target)
        return true;
    if (!db.exec("BEGIN", error))
        return false;
    for (int v = *current; v < target; ++v) {
        QString stepError;
        if (!db.exec(kLadder[std::size_t(v)], &stepError)) {
            db.exec("ROLLBACK", nullptr);
            if (error)
                //: %1 and %2 are schema version numbers, %3 the database error
                *error = Tr::tr("migration of the study from schema %1 to %2 failed: %3")
                             .arg(v)
                             .arg(v + 1)
                             .arg(stepError);
            return false;
        }
    }
    Statement set(db, "INSERT OR REPLACE INTO meta(key, value) VALUES ('schema_version', ?)");
    set.bind(0, QString::number(target));
    if (!set.run(error)) {
        db.exec("ROLLBACK", nullptr);
        return false;
    }
    return db.exec("COMMIT", error);
}

}  // namespace gridcba::storage
