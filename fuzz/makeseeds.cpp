// Writes the seed corpora of the fuzz targets that are generated rather than written by hand
// (docs/fuzzing.md), so they follow the formats when those change:
//
//   fuzz_makeseeds <fuzz/corpus directory>
//
//   csv/<table>.csv         one per CSV table of the CSV target: the sample study's rows, the
//                           selector byte first; tables alternate between keys (base units,
//                           comma) and the shown headers (display units, semicolon)
//   json/market-*.json      small studies with a power system and 8,760-value profiles
//   studyfile/*.gridcba     study files at the current schema, with 512-byte pages to keep
//                           them small (the loader reads any page size); the market one
//                           with profiles cut to 24 hours (see withDayLongProfiles)
//
// tests/io/tst_fuzzregressions.cpp checks that every seed is accepted by its importer.

#include "fuzzentry.h"

#include "io/jsonformat.h"
#include "marketstudies.h"
#include "storage/studyfile.h"
#include "studies.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <cstdio>

using namespace gridcba;

namespace {

bool write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size()) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
        return false;
    }
    std::printf("%s: %lld bytes\n", qPrintable(path), static_cast<long long>(bytes.size()));
    return true;
}

QString quoted(QString text, QChar delimiter)
{
    if (!text.contains(delimiter) && !text.contains(u'"') && !text.contains(u'\n'))
        return text;
    return u'"' + text.replace(u'"', QStringLiteral("\"\"")) + u'"';
}

// One table of the sample study as CSV: by key in base units, or by header as shown.
QByteArray csvOf(const ui::TableAdapter &adapter, bool byKey)
{
    const QChar delimiter = byKey ? u',' : u';';
    model::Study study = fuzz::sampleStudy();
    // A table the sample leaves empty gets the row a user adds first, named.
    if (adapter.rowCount(study) == 0) {
        adapter.insertRow(study, 0);
        for (std::size_t c = 0; c < adapter.columns().size(); ++c)
            if (adapter.columns()[c].type == ui::ColumnType::Text && !adapter.columns()[c].readOnly)
                adapter.setValue(study, 0, int(c), QStringLiteral("Seed row"));
    }
    const std::vector<ui::TableColumn> columns = adapter.columns();
    QStringList header;
    for (const ui::TableColumn &c : columns)
        if (!c.readOnly)
            header << quoted(byKey ? c.key : c.header, delimiter);
    QString text = header.join(delimiter) + u'\n';
    for (int r = 0; r < adapter.rowCount(study); ++r) {
        QStringList cells;
        for (std::size_t c = 0; c < columns.size(); ++c) {
            const ui::TableColumn &column = columns[c];
            if (column.readOnly)
                continue;
            const QVariant v = adapter.value(study, r, int(c));
            QString cell;
            if (!byKey || !v.isValid())
                cell = ui::formatCell(column, v);
            else if (column.type == ui::ColumnType::Real)
                cell = QString::number(v.toDouble() * column.displayScale, 'g', 17);
            else if (column.type == ui::ColumnType::Bool)
                cell = v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
            else
                cell = v.toString();
            cells << quoted(cell, delimiter);
        }
        text += cells.join(delimiter) + u'\n';
    }
    return text.toUtf8();
}

// Compact JSON: the exchange format allows any layout, and small seeds fuzz faster.
QByteArray compactJson(const model::Study &s)
{
    return QJsonDocument::fromJson(io::studyToJson(s)).toJson(QJsonDocument::Compact);
}

// SQLite changes the page size of a file database only (VACUUM on the in-memory copy keeps
// 4 KB pages), so the file is written, shrunk in place and read back.
std::optional<QByteArray> smallStudyFile(const model::Study &s)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("seed.gridcba"));
    QString error;
    sqlite3 *db = nullptr;
    bool ok = storage::saveStudy(s, path, &error) &&
              sqlite3_open(QFile::encodeName(path).constData(), &db) == SQLITE_OK &&
              sqlite3_exec(db, "PRAGMA page_size = 512; VACUUM;", nullptr, nullptr, nullptr) ==
                  SQLITE_OK;
    if (db && !ok && error.isEmpty())
        error = QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_close(db);
    QFile f(path);
    if (!ok || !f.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot build a study file: %s\n", qPrintable(error));
        return std::nullopt;
    }
    return f.readAll();
}

// The loader reads a profile of any length (validation, reported with Validation::Report,
// asks for 8,760 values), so the study-file seed keeps 24 hours of each: 8,760 would make it
// 180 KB, and fuzzing slower without reaching other code.
model::Study withDayLongProfiles(model::Study s)
{
    for (model::Profile &p : s.profiles)
        p.values.resize(24);
    return s;
}

}  // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: fuzz_makeseeds <fuzz/corpus directory>\n");
        return 2;
    }
    const QDir corpus(QString::fromLocal8Bit(argv[1]));
    for (const char *sub : {"csv", "json", "studyfile"})
        if (!corpus.mkpath(QLatin1String(sub)))
            return 1;
    bool ok = true;
    for (int i = 0; i < fuzz::csvTableCount(); ++i) {
        const bool byKey = i % 2 == 0;
        const QByteArray text = csvOf(*fuzz::csvAdapter(i), byKey);
        ok &= write(corpus.filePath(QStringLiteral("csv/%1.csv").arg(fuzz::csvTableName(i))),
                    fuzz::csvTableSelector(i) + text);
    }

    const model::Study market = test::twoZoneMarketStudy();
    ok &= write(corpus.filePath(QStringLiteral("json/market-two-zones.json")), compactJson(market));
    const std::pair<const char *, model::Study> files[] = {
        {"worked-example.gridcba", test::workedExampleStudy()},
        {"market-two-zones-24h-profiles.gridcba", withDayLongProfiles(market)},
    };
    for (const auto &[name, study] : files) {
        const std::optional<QByteArray> bytes = smallStudyFile(study);
        ok = ok && bytes && write(corpus.filePath(QStringLiteral("studyfile/") + QLatin1String(name)), *bytes);
    }
    return ok ? 0 : 1;
}
