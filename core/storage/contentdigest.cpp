#include "contentdigest.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QStringList>
#include <QtEndian>

#include <sqlite3.h>

#include <cstring>

namespace gridcba::storage {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(StudyFile)
};

// Owns one prepared statement of the raw C API (Statement does not expose column types).
class RawStatement
{
  public:
    RawStatement(sqlite3 *db, const QByteArray &sql)
    {
        if (sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &m_stmt, nullptr) != SQLITE_OK)
            m_stmt = nullptr;
    }
    ~RawStatement() { sqlite3_finalize(m_stmt); }
    RawStatement(const RawStatement &) = delete;
    RawStatement &operator=(const RawStatement &) = delete;
    sqlite3_stmt *get() const { return m_stmt; }

  private:
    sqlite3_stmt *m_stmt = nullptr;
};

void addInt(QCryptographicHash &hash, qint64 v)
{
    const qint64 le = qToLittleEndian(v);
    hash.addData(QByteArrayView(reinterpret_cast<const char *>(&le), sizeof le));
}

void addBytes(QCryptographicHash &hash, const void *data, int size)
{
    addInt(hash, size);
    if (size > 0)
        hash.addData(QByteArrayView(static_cast<const char *>(data), size));
}

// Every row of a statement, each value tagged with its type so that 1, 1.0, '1' and NULL
// all hash differently. Returns false when the statement fails (a damaged page).
bool addRows(QCryptographicHash &hash, sqlite3_stmt *stmt)
{
    const int columns = sqlite3_column_count(stmt);
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        hash.addData(QByteArrayView("R"));
        for (int c = 0; c < columns; ++c) {
            const int type = sqlite3_column_type(stmt, c);
            addInt(hash, type);
            switch (type) {
            case SQLITE_INTEGER:
                addInt(hash, sqlite3_column_int64(stmt, c));
                break;
            case SQLITE_FLOAT: {
                const double d = sqlite3_column_double(stmt, c);
                qint64 bits;
                std::memcpy(&bits, &d, sizeof bits);
                addInt(hash, bits);
                break;
            }
            case SQLITE_TEXT:
                addBytes(hash, sqlite3_column_text(stmt, c), sqlite3_column_bytes(stmt, c));
                break;
            case SQLITE_BLOB:
                addBytes(hash, sqlite3_column_blob(stmt, c), sqlite3_column_bytes(stmt, c));
                break;
            default: // NULL: the tag says it all
                break;
            }
        }
    }
    return rc == SQLITE_DONE;
}

QByteArray quoted(const QString &identifier)
{
    QString q = identifier;
    q.replace(u'"', QStringLiteral("\"\""));
    return (u'"' + q + u'"').toUtf8();
}

std::optional<QString> storedDigest(const Database &db)
{
    Statement hasMeta(db, "SELECT count(*) FROM sqlite_master WHERE type='table' AND name='meta'");
    if (!hasMeta.next() || hasMeta.integer(0) == 0)
        return std::nullopt;
    Statement stored(db, "SELECT value FROM meta WHERE key=?");
    stored.bind(0, QString::fromLatin1(kContentDigestKey));
    if (!stored.next())
        return std::nullopt;
    return stored.text(0);
}

} // namespace

std::optional<QByteArray> contentDigest(const Database &db, QString *error)
{
    auto fail = [&] {
        if (error)
            *error = Tr::tr("cannot read the file's content: %1").arg(db.lastError());
        return std::nullopt;
    };
    QCryptographicHash hash(QCryptographicHash::Sha256);
    // The schema as SQL text, not the page numbers where SQLite happens to keep each table.
    RawStatement schema(db.handle(), "SELECT type, name, tbl_name, sql FROM sqlite_master "
                                     "ORDER BY type, name");
    if (!schema.get() || !addRows(hash, schema.get()))
        return fail();
    QStringList tables;
    {
        RawStatement list(db.handle(), "SELECT name FROM sqlite_master WHERE type='table' AND "
                                       "name NOT LIKE 'sqlite_%' ORDER BY name");
        if (!list.get())
            return fail();
        int rc;
        while ((rc = sqlite3_step(list.get())) == SQLITE_ROW)
            tables << QString::fromUtf8(
                reinterpret_cast<const char *>(sqlite3_column_text(list.get(), 0)));
        if (rc != SQLITE_DONE)
            return fail();
    }
    for (const QString &table : tables) {
        hash.addData(QByteArrayView("T"));
        const QByteArray name = table.toUtf8();
        addBytes(hash, name.constData(), int(name.size()));
        QByteArray sql = "SELECT * FROM " + quoted(table);
        if (table == QLatin1String("meta"))
            sql += " WHERE key <> '" + QByteArray(kContentDigestKey) + '\'';
        sql += " ORDER BY rowid";
        RawStatement rows(db.handle(), sql);
        if (!rows.get() || !addRows(hash, rows.get()))
            return fail();
    }
    return hash.result().toHex();
}

bool storeContentDigest(Database &db, QString *error)
{
    const std::optional<QByteArray> digest = contentDigest(db, error);
    if (!digest)
        return false;
    Statement set(db, "INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)");
    return set.bind(0, QString::fromLatin1(kContentDigestKey))
        .bind(1, QString::fromLatin1(*digest))
        .run(error);
}

bool verifyContentDigest(const Database &db, QString *error)
{
    const std::optional<QString> stored = storedDigest(db);
    if (!stored)
        return true;
    QString why;
    const std::optional<QByteArray> actual = contentDigest(db, &why);
    if (!actual) {
        if (error)
            *error = why;
        return false;
    }
    if (*stored == QString::fromLatin1(*actual))
        return true;
    if (error)
        *error = Tr::tr("the file is damaged: its content no longer matches the checksum stored "
                        "when it was saved. Open a backup copy, or the autosaved copy if GridCBA "
                        "offers one");
    return false;
}

} // namespace gridcba::storage
