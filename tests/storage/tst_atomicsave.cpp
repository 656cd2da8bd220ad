// Saving survives a kill at any moment: a helper process (savekill_helper) saves two large
// studies A and B alternately over one file and is killed (SIGKILL) at seeded random moments,
// most of them aimed at the write itself; after every kill the file must open with loadStudy
// and be exactly A or exactly B, and nothing but what QSaveFile may leave is left beside it.
// Also: what a save does to permissions, and that a failed save leaves the file alone.

#include "fileutil.h"
#include "io/jsonformat.h"
#include "sensitivity/montecarlo.h"
#include "sensitivity/runjson.h"
#include "storage/studyfile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace gridcba;
using test::readAll;

namespace {

constexpr int kMinIterations = 200;
// Kills that must land between "the bytes are built" and "the file is in place".
constexpr int kMinKillsInWrite = 100;
constexpr int kMaxIterations = 600;
constexpr qint64 kStudyBytes = 7 * 512 * 1024; // of stored analyses: a file of about 4 MB

// A study as it grows in use: the bundled sample with its projects copied ten times, and
// stored Monte Carlo analyses (real ones, 400-bin histograms) until the file holds at least
// kStudyBytes. Mostly analyses rather than thousands of projects, so that loading it after
// every kill stays quick.
model::Study bigStudy()
{
    const io::StudyReadResult read = io::readStudyJsonFile(QStringLiteral(GRIDCBA_SAMPLE_JSON));
    if (!read.study)
        qFatal("the sample study does not load");
    model::Study study = *read.study;
    const std::vector<model::Project> originals = study.projects;
    for (int c = 1; c <= 10; ++c) {
        for (model::Project p : originals) {
            p.id += QStringLiteral("-c%1").arg(c);
            p.name += QStringLiteral(" (copy %1)").arg(c);
            study.projects.push_back(std::move(p));
        }
    }
    std::vector<model::AnalysisRun> runs;
    for (const model::Project &p : originals) {
        sensitivity::MonteCarloDefinition d;
        d.projectId = p.id;
        d.inputs = {
            {sensitivity::InputId::Capex, {sensitivity::DistributionKind::Pert, 0.9, 1.0, 1.3}},
            {sensitivity::InputId::DiscountRate,
             {sensitivity::DistributionKind::Uniform, 0.03, 0.05, 0.0}}};
        d.samples = 2000;
        d.histogramBins = 400;
        QString error;
        const auto r = sensitivity::runMonteCarlo(study, d, &error);
        if (!r)
            qFatal("%s", qPrintable(error));
        runs.push_back(sensitivity::makeRun(study, d, *r, QStringLiteral("CAPEX and rate")));
    }
    qsizetype bytes = 0;
    for (int id = 1; bytes < kStudyBytes; ++id) {
        model::AnalysisRun run = runs[std::size_t(id) % runs.size()];
        run.id = id;
        run.name += QStringLiteral(" #%1").arg(id);
        bytes += run.definitionJson.size() + run.resultsJson.size();
        study.analysisRuns.push_back(std::move(run));
    }
    return study;
}

// What the helper printed last before the kill.
enum class KilledIn { Startup, Serializing, Writing, BetweenSaves };

struct HelperLog
{
    KilledIn where = KilledIn::Startup;
    std::optional<qint64> serializeUs; // of the save that was interrupted or last finished
    std::optional<qint64> writeUs;
};

HelperLog parseHelperLog(const QByteArray &out)
{
    HelperLog log;
    qint64 start = -1;
    qint64 written = -1;
    for (const QByteArray &line : out.split('\n')) {
        const QList<QByteArray> f = line.split(' ');
        if (f.size() != 3)
            continue;
        const qint64 t = f[2].toLongLong();
        switch (f[0].at(0)) {
        case 'S':
            log.where = KilledIn::Serializing;
            start = t;
            break;
        case 'W':
            log.where = KilledIn::Writing;
            log.serializeUs = t - start;
            written = t;
            break;
        case 'E':
            log.where = KilledIn::BetweenSaves;
            log.writeUs = t - written;
            break;
        }
    }
    return log;
}

} // namespace

class TestAtomicSave : public QObject
{
    Q_OBJECT

  private slots:
    void initTestCase();
    void killDuringSaveLeavesOldOrNew();
    void saveKeepsPermissionsOfTheFile();
    void newFileFollowsTheUmask();
    void failedSaveLeavesNoTemporaryFile();

  private:
    QTemporaryDir m_refs;
    model::Study m_a;
    model::Study m_b;
    QByteArray m_bytesA;
    QByteArray m_bytesB;
};

void TestAtomicSave::initTestCase()
{
    QVERIFY(m_refs.isValid());
    m_a = bigStudy();
    m_b = m_a;
    m_b.name = QStringLiteral("Content B");
    m_b.economics.discountRate = 0.05;
    m_b.projects.push_back(m_b.projects.front());
    m_b.projects.back().id = QStringLiteral("B-only");
    m_b.analysisRuns.pop_back();
    QString error;
    QVERIFY2(storage::saveStudy(m_a, m_refs.filePath(QStringLiteral("a.gridcba")), &error),
             qPrintable(error));
    QVERIFY2(storage::saveStudy(m_b, m_refs.filePath(QStringLiteral("b.gridcba")), &error),
             qPrintable(error));
    m_bytesA = readAll(m_refs.filePath(QStringLiteral("a.gridcba")));
    m_bytesB = readAll(m_refs.filePath(QStringLiteral("b.gridcba")));
    QVERIFY2(m_bytesA.size() >= 4'000'000, qPrintable(QString::number(m_bytesA.size())));
    QVERIFY(m_bytesA != m_bytesB);
    // Saving is deterministic, so "the file is A" can be checked byte for byte as well.
    QCOMPARE(*storage::serializeStudy(
                 *storage::loadStudy(m_refs.filePath(QStringLiteral("a.gridcba"))).study, &error),
             m_bytesA);
    qInfo("study A: %lld bytes, %zu projects, %zu stored analyses; B: %lld bytes",
          qint64(m_bytesA.size()), m_a.projects.size(), m_a.analysisRuns.size(),
          qint64(m_bytesB.size()));
}

void TestAtomicSave::killDuringSaveLeavesOldOrNew()
{
#ifndef Q_OS_UNIX
    QSKIP("QProcess::kill is SIGKILL on Unix only");
#endif
    QTemporaryDir work;
    QVERIFY(work.isValid());
    const QString target = work.filePath(QStringLiteral("study.gridcba"));
    QVERIFY(QFile::copy(m_refs.filePath(QStringLiteral("a.gridcba")), target));
    // What QSaveFile names a temporary file it has not renamed yet.
    const QRegularExpression saveFileTemporary(
        QStringLiteral("^study\\.gridcba\\.[A-Za-z0-9]{6}$"));

    QRandomGenerator random(20240607); // seeded: the same moments on every run
    // First guesses, refined from what the helper reports.
    double serializeUs = 200000.0;
    double writeUs = 20000.0;
    int kills[4] = {};
    int strays = 0;
    int onDiskA = 0;
    int iterations = 0;
    for (; iterations < kMaxIterations; ++iterations) {
        if (iterations >= kMinIterations && kills[int(KilledIn::Writing)] >= kMinKillsInWrite)
            break;
        const QByteArray before = readAll(target);
        const bool isA = before == m_bytesA;
        QProcess helper;
        helper.start(QStringLiteral(GRIDCBA_SAVEKILL_HELPER),
                     {target, m_refs.filePath(QStringLiteral("a.gridcba")),
                      m_refs.filePath(QStringLiteral("b.gridcba")),
                      // the other content first, so that an interrupted save would show
                      isA ? QStringLiteral("1") : QStringLiteral("0")});
        QVERIFY(helper.waitForStarted());
        QByteArray out;
        while (!out.contains("ready\n")) {
            QVERIFY2(helper.waitForReadyRead(60000), helper.readAllStandardError().constData());
            out += helper.readAllStandardOutput();
        }
        // One kill in five at any moment of the first two saves. The others aimed at the
        // write: once the helper says the bytes are built ("W"), after a random part of the
        // time a write takes (and a little beyond, to also hit the rename).
        double delayUs;
        if (iterations % 5 == 0) {
            delayUs = random.bounded(2.0 * (serializeUs + writeUs));
        } else {
            while (!out.contains("\nW ")) {
                QVERIFY2(helper.waitForReadyRead(60000), helper.readAllStandardError().constData());
                out += helper.readAllStandardOutput();
            }
            delayUs = random.bounded(1.2) * writeUs;
        }
        QThread::usleep(static_cast<unsigned long>(delayUs));
        helper.kill();
        QVERIFY(helper.waitForFinished(60000));
        // Killed, never ended by itself (a failed save would end it with a message).
        QVERIFY2(helper.exitStatus() == QProcess::CrashExit,
                 helper.readAllStandardError().constData());
        out += helper.readAllStandardOutput();
        const HelperLog log = parseHelperLog(out);
        ++kills[int(log.where)];
        if (log.serializeUs)
            serializeUs = 0.7 * serializeUs + 0.3 * double(*log.serializeUs);
        if (log.writeUs)
            writeUs = 0.7 * writeUs + 0.3 * double(*log.writeUs);

        // The file is one of the two, whole: byte for byte, and as loadStudy reads it.
        const QByteArray after = readAll(target);
        QVERIFY2(after == m_bytesA || after == m_bytesB,
                 qPrintable(QStringLiteral("iteration %1: the file is neither A nor B (%2 bytes)")
                                .arg(iterations)
                                .arg(after.size())));
        const storage::LoadResult loaded = storage::loadStudy(target);
        QVERIFY2(loaded.study, qPrintable(loaded.error));
        QVERIFY(*loaded.study == (after == m_bytesA ? m_a : m_b));
        onDiskA += after == m_bytesA ? 1 : 0;

        // Nothing else is left, except a temporary file of QSaveFile's own naming; removed so
        // that none accumulate (see docs/desktop.md, "Saving").
        for (const QString &name : QDir(work.path()).entryList(QDir::Files | QDir::Hidden)) {
            if (name == QLatin1String("study.gridcba"))
                continue;
            QVERIFY2(saveFileTemporary.match(name).hasMatch(), qPrintable(name));
            QVERIFY(QFile::remove(work.filePath(name)));
            ++strays;
        }
    }
    qInfo("%d kills: %d during start-up, %d while serializing, %d while writing the file, %d "
          "between saves; the file held A %d times and B %d times; %d temporary files of "
          "QSaveFile were left; save: %.0f ms serializing, %.1f ms writing",
          iterations, kills[int(KilledIn::Startup)], kills[int(KilledIn::Serializing)],
          kills[int(KilledIn::Writing)], kills[int(KilledIn::BetweenSaves)], onDiskA,
          iterations - onDiskA, strays, serializeUs / 1000.0, writeUs / 1000.0);
    QVERIFY(iterations >= kMinIterations);
    QVERIFY2(kills[int(KilledIn::Writing)] >= kMinKillsInWrite,
             "too few kills landed inside the write to say anything about it");
    // Both contents were on disk at some point: the helper's saves did replace the file.
    QVERIFY(onDiskA > 0 && onDiskA < iterations);
}

void TestAtomicSave::saveKeepsPermissionsOfTheFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.gridcba"));
    QVERIFY(storage::saveStudy(m_a, path, nullptr));
    const QFile::Permissions shared = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup;
    QVERIFY(QFile::setPermissions(path, shared));
    QString error;
    QVERIFY2(storage::saveStudy(m_b, path, &error), qPrintable(error));
    // The temporary file was created private and given the old file's permissions on commit.
    QCOMPARE(QFileInfo(path).permissions() & ~(QFile::ReadUser | QFile::WriteUser), shared);
    QCOMPARE(readAll(path), m_bytesB);
}

void TestAtomicSave::newFileFollowsTheUmask()
{
#ifndef Q_OS_UNIX
    QSKIP("umask is POSIX");
#else
    QTemporaryDir dir;
    const mode_t old = ::umask(022);
    const bool saved =
        storage::saveStudy(m_a, dir.filePath(QStringLiteral("new.gridcba")), nullptr);
    ::umask(old);
    QVERIFY(saved);
    // Like any file the user creates (rw-r--r-- here), not a private temporary (rw-------).
    struct stat st;
    QCOMPARE(
        ::stat(QFile::encodeName(dir.filePath(QStringLiteral("new.gridcba"))).constData(), &st), 0);
    QCOMPARE(st.st_mode & 0777, mode_t(0644));
#endif
}

void TestAtomicSave::failedSaveLeavesNoTemporaryFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.gridcba"));
    QVERIFY(storage::saveStudy(m_a, path, nullptr));
    // A directory where the file should be, and a study that cannot be written (duplicate ids
    // break the file's keys): both fail, naming the file, leaving everything as it was.
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("folder.gridcba")));
    QString error;
    QVERIFY(!storage::saveStudy(m_a, dir.filePath(QStringLiteral("folder.gridcba")), &error));
    QVERIFY2(error.contains(QStringLiteral("folder.gridcba")), qPrintable(error));
    model::Study bad = m_a;
    bad.projects.push_back(bad.projects.front());
    QVERIFY(!storage::saveStudy(bad, path, &error));
    QVERIFY2(error.startsWith(path), qPrintable(error));
    QCOMPARE(readAll(path), m_bytesA);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("s.gridcba")});
}

QTEST_GUILESS_MAIN(TestAtomicSave)
#include "tst_atomicsave.moc"
