// gridcba-cli refuses to write into a study another process has open (its lock is held: here
// by this test process, or by lockholder_helper), naming the file and the holder, and leaves
// the file as it was; reading a locked study is fine; a lock left by a killed process does not
// block; the CLI's own lock is gone when it ends.

#include "clirun.h"
#include "fileutil.h"
#include "helperprocesses.h"
#include "samplecopy.h"
#include "storage/studylock.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace gridcba;
using test::CliRun;
using test::readAll;
using test::runCli;

class TestCliLock : public QObject
{
    Q_OBJECT

  private slots:
    void init();
    void writingCommandsRefuseALockedStudy_data();
    void writingCommandsRefuseALockedStudy();
    void readingALockedStudyIsFine();
    void lockOfAKilledProcessDoesNotBlock();

  private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_study;
};

void TestCliLock::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_study = test::copyOfSampleStudy(m_dir->path(), QStringLiteral("study.gridcba"));
}

void TestCliLock::writingCommandsRefuseALockedStudy_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("import-json over an open study")
        << QStringList{QStringLiteral("import-json"), QStringLiteral(GRIDCBA_SAMPLE_JSON),
                       QStringLiteral("STUDY")};
    QTest::newRow("sweep --save") << QStringList{
        QStringLiteral("sweep"),  QStringLiteral("STUDY"),   QStringLiteral("--project"),
        QStringLiteral("P1"),     QStringLiteral("--input"), QStringLiteral("capex"),
        QStringLiteral("--save"), QStringLiteral("run")};
    QTest::newRow("montecarlo --save")
        << QStringList{QStringLiteral("montecarlo"), QStringLiteral("STUDY"),
                       QStringLiteral("--project"),  QStringLiteral("P1"),
                       QStringLiteral("--input"),    QStringLiteral("capex=uniform:0.9,1.1"),
                       QStringLiteral("--samples"),  QStringLiteral("200"),
                       QStringLiteral("--save"),     QStringLiteral("run")};
}

void TestCliLock::writingCommandsRefuseALockedStudy()
{
    QFETCH(QStringList, args);
    args.replaceInStrings(QStringLiteral("STUDY"), m_study);
    const QByteArray before = readAll(m_study);

    QString error;
    std::unique_ptr<storage::StudyLock> held = storage::lockStudy(m_study, &error);
    QVERIFY2(held, qPrintable(error));
    const CliRun locked = runCli(args);
    QCOMPARE(locked.exitCode, 1);
    const QString message = QString::fromUtf8(locked.err);
    // The file, who holds it and what to do.
    QVERIFY2(message.startsWith(m_study + QStringLiteral(": the study is in use by ")),
             qPrintable(message));
    const QString self = QFileInfo(QCoreApplication::applicationFilePath()).fileName();
    QVERIFY2(message.contains(
                 QStringLiteral("%1 (PID %2)").arg(self).arg(QCoreApplication::applicationPid())),
             qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("Close it there")), qPrintable(message));
    QCOMPARE(readAll(m_study), before);
    // Nothing printed as a result: the command stopped before running.
    QVERIFY2(locked.out.isEmpty(), locked.out.constData());

    // Released, the same command writes and lets the lock go again.
    held.reset();
    const CliRun free = runCli(args);
    QVERIFY2(free.exitCode == 0, free.err.constData());
    QVERIFY2(free.err.contains("saved "), free.err.constData());
    QVERIFY(!QFileInfo::exists(storage::StudyLock::lockPathFor(m_study)));
}

void TestCliLock::readingALockedStudyIsFine()
{
    QString error;
    std::unique_ptr<storage::StudyLock> held = storage::lockStudy(m_study, &error);
    QVERIFY(held);
    const CliRun evaluate = runCli({QStringLiteral("evaluate"), m_study, QStringLiteral("--json")});
    QVERIFY2(evaluate.exitCode == 0, evaluate.err.constData());
    const CliRun sweep =
        runCli({QStringLiteral("sweep"), m_study, QStringLiteral("--project"), QStringLiteral("P1"),
                QStringLiteral("--input"), QStringLiteral("capex")});
    QVERIFY2(sweep.exitCode == 0, sweep.err.constData());
    QVERIFY(held->isLocked());
}

void TestCliLock::lockOfAKilledProcessDoesNotBlock()
{
    test::LockHolderProcess holder(m_study);
    QVERIFY2(holder.holdsLock(), qPrintable(holder.line()));
    const CliRun whileAlive =
        runCli({QStringLiteral("import-json"), QStringLiteral(GRIDCBA_SAMPLE_JSON), m_study});
    QCOMPARE(whileAlive.exitCode, 1);
    QVERIFY2(whileAlive.err.contains("lockholder_helper (PID"), whileAlive.err.constData());

    holder.crash(); // the lock file stays, naming a dead process
    QVERIFY(QFileInfo::exists(storage::StudyLock::lockPathFor(m_study)));
    const CliRun afterCrash =
        runCli({QStringLiteral("import-json"), QStringLiteral(GRIDCBA_SAMPLE_JSON), m_study});
    QVERIFY2(afterCrash.exitCode == 0, afterCrash.err.constData());
    QVERIFY(!QFileInfo::exists(storage::StudyLock::lockPathFor(m_study)));
}

QTEST_GUILESS_MAIN(TestCliLock)
#include "tst_cli_lock.moc"
