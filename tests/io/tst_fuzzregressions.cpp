// Replays, in the normal build and without sanitizers, every input of the libFuzzer targets
// (docs/fuzzing.md) through the same entry functions the fuzzers call (fuzz/fuzzentry.h):
//
//   fuzz/corpus/<target>/       the seeds: each must be accepted (imported), so that the
//                               fuzzers start from inputs that reach deep into the importers
//   fuzz/regressions/<target>/  every input a fuzzer found a crash, hang or broken
//                               invariant with: it must now be handled, and where a file
//                               <input>.expect exists, be refused with an error containing
//                               each of its lines (the field named, the reason given)
//
// Targets: json (io::studyFromJson), csv (ui::importCsvTable over the sample study, the
// first byte picks the table), studyfile (storage::loadStudyFromBytes) and profilecsv
// (io::readProfileCsv).

#include "fuzzentry.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

using namespace gridcba;

namespace {

const QStringList kTargets = {QStringLiteral("json"), QStringLiteral("csv"),
                              QStringLiteral("studyfile"), QStringLiteral("profilecsv")};

fuzz::Outcome run(const QString &target, const QByteArray &bytes)
{
    if (target == u"json")
        return fuzz::runJsonImport(bytes);
    if (target == u"csv")
        return fuzz::runCsvImport(bytes);
    if (target == u"profilecsv")
        return fuzz::runProfileCsvImport(bytes);
    return fuzz::runStudyFileLoad(bytes);
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

// The input files of a folder (not the .expect files beside them), sorted.
QStringList inputs(const QString &dir)
{
    QStringList out;
    for (const QFileInfo &fi : QDir(dir).entryInfoList(QDir::Files, QDir::Name))
        if (fi.suffix() != u"expect")
            out << fi.absoluteFilePath();
    return out;
}

QString source(const QString &path) { return QStringLiteral(GRIDCBA_SOURCE_DIR "/") + path; }

}  // namespace

class TestFuzzRegressions : public QObject
{
    Q_OBJECT

private slots:
    void seeds_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("path");
        for (const QString &t : kTargets) {
            const QStringList files = inputs(source(QStringLiteral("fuzz/corpus/") + t));
            if (files.isEmpty())
                qFatal("no seeds in fuzz/corpus/%s", qPrintable(t));
            for (const QString &f : files)
                QTest::newRow(qPrintable(t + u'/' + QFileInfo(f).fileName())) << t << f;
        }
    }

    // Every seed is a valid input of its importer and survives its round trip.
    void seeds()
    {
        QFETCH(QString, target);
        QFETCH(QString, path);
        const fuzz::Outcome out = run(target, readAll(path));
        QVERIFY2(out.bug.isEmpty(), qPrintable(out.bug));
        QVERIFY2(out.imported, qPrintable(out.errors.join(u'\n')));
    }

    // Each CSV table of the fuzzer has a seed (named after the table, first byte its selector).
    void everyCsvTableHasASeed()
    {
        const QStringList files = inputs(source(QStringLiteral("fuzz/corpus/csv")));
        for (int i = 0; i < fuzz::csvTableCount(); ++i) {
            const QString name = fuzz::csvTableName(i);
            const auto seed = std::find_if(files.begin(), files.end(), [&](const QString &f) {
                return QFileInfo(f).fileName().startsWith(name + u'.');
            });
            QVERIFY2(seed != files.end(), qPrintable(QStringLiteral("no seed for ") + name));
            QCOMPARE(readAll(*seed).at(0), fuzz::csvTableSelector(i));
        }
    }

    void regressions_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("path");
        for (const QString &t : kTargets)
            for (const QString &f : inputs(source(QStringLiteral("fuzz/regressions/") + t)))
                QTest::newRow(qPrintable(t + u'/' + QFileInfo(f).fileName())) << t << f;
    }

    // What once crashed, hung or broke an invariant is now refused with a clear message (or
    // accepted and round-tripped).
    void regressions()
    {
        QFETCH(QString, target);
        QFETCH(QString, path);
        const fuzz::Outcome out = run(target, readAll(path));
        QVERIFY2(out.bug.isEmpty(), qPrintable(out.bug));
        for (const QString &e : out.errors)
            QVERIFY2(!e.trimmed().isEmpty(), "an error without a message");
        const QString expectPath = path + QStringLiteral(".expect");
        if (!QFile::exists(expectPath))
            return;
        const QString all = out.errors.join(u'\n');
        QVERIFY2(!out.imported, qPrintable(QStringLiteral("accepted, expected refused with: ") +
                                           QString::fromUtf8(readAll(expectPath))));
        for (const QString &line : QString::fromUtf8(readAll(expectPath)).split(u'\n')) {
            if (line.trimmed().isEmpty())
                continue;
            QVERIFY2(all.contains(line.trimmed()),
                     qPrintable(QStringLiteral("expected “%1” in:\n%2").arg(line.trimmed(), all)));
        }
    }
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
