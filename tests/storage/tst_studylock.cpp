// The lock of a study file: taken once, refused to a second taker with who holds it (this
// process, or another one: lockholder_helper), released on unlock and destruction; a lock left
// by a killed process, by a reused PID or by an earlier boot is stale and taken over; a lock
// from another host or merely old is not.

#include "helperprocesses.h"
#include "storage/studylock.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace gridcba;
using storage::StudyLock;

namespace {

// A lock file as QLockFile writes it: PID, program, host name, host id, boot id.
void writeLockFile(const QString &path, qint64 pid, const QString &app, const QString &host,
                   const QByteArray &hostId, const QByteArray &bootId)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    f.write(QByteArray::number(pid) + '\n' + app.toUtf8() + '\n' + host.toUtf8() + '\n' + hostId +
            '\n' + bootId + '\n');
}

QString helperName()
{
    return QFileInfo(QStringLiteral(GRIDCBA_LOCKHOLDER_HELPER)).fileName();
}

} // namespace

class TestStudyLock : public QObject
{
    Q_OBJECT

  private slots:
    void init();
    void lockIsExclusiveWithinTheProcess();
    void lockHeldByAnotherProcess();
    void lockOfAKilledProcessIsTakenOver();
    void reusedPidOrEarlierBootIsStale_data();
    void reusedPidOrEarlierBootIsStale();
    void lockOfAnotherHostIsNeverTakenOver();
    void lockInAMissingFolder();

  private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_study;
};

void TestStudyLock::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_study = m_dir->filePath(QStringLiteral("s.gridcba"));
}

void TestStudyLock::lockIsExclusiveWithinTheProcess()
{
    QCOMPARE(StudyLock::lockPathFor(m_study), m_study + QStringLiteral(".lock"));
    {
        StudyLock first(m_study);
        QCOMPARE(first.tryLock(), StudyLock::Status::Acquired);
        QVERIFY(first.isLocked());
        QVERIFY(QFileInfo::exists(m_study + QStringLiteral(".lock")));
        QCOMPARE(first.tryLock(), StudyLock::Status::Acquired); // already ours

        StudyLock second(m_study);
        QCOMPARE(second.tryLock(), StudyLock::Status::HeldByOther);
        QVERIFY(!second.isLocked());
        QVERIFY(second.holder());
        QCOMPARE(second.holder()->pid, QCoreApplication::applicationPid());
        QCOMPARE(second.holder()->hostName, QSysInfo::machineHostName());
        const QString message = second.errorString();
        QVERIFY2(message.startsWith(QDir::toNativeSeparators(m_study) + QStringLiteral(": ")),
                 qPrintable(message));
        QVERIFY2(message.contains(QString::number(QCoreApplication::applicationPid())),
                 qPrintable(message));
        QVERIFY2(message.contains(QSysInfo::machineHostName()), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("s.gridcba.lock")), qPrintable(message));

        first.unlock();
        QVERIFY(!QFileInfo::exists(m_study + QStringLiteral(".lock")));
        QCOMPARE(second.tryLock(), StudyLock::Status::Acquired);
        QVERIFY(!second.holder());
        QVERIFY(second.errorString().isEmpty());
    }
    // Destroying the holder releases it.
    QVERIFY(!QFileInfo::exists(m_study + QStringLiteral(".lock")));
    QString error;
    QVERIFY(storage::lockStudy(m_study, &error));
}

void TestStudyLock::lockHeldByAnotherProcess()
{
    test::LockHolderProcess holder(m_study);
    QVERIFY2(holder.holdsLock(), qPrintable(holder.line()));
    QString error;
    storage::StudyLock::Status status;
    QVERIFY(!storage::lockStudy(m_study, &error, &status));
    QCOMPARE(status, StudyLock::Status::HeldByOther);
    QVERIFY2(error.contains(QStringLiteral("PID %1").arg(holder.pid())), qPrintable(error));
    QVERIFY2(error.contains(helperName()), qPrintable(error));

    StudyLock lock(m_study);
    QCOMPARE(lock.tryLock(), StudyLock::Status::HeldByOther);
    QCOMPARE(lock.holder()->pid, holder.pid());
    QCOMPARE(lock.holder()->appName, helperName());

    // The holder ends normally: the lock is free.
    QCOMPARE(holder.release(), 0);
    QVERIFY(!QFileInfo::exists(m_study + QStringLiteral(".lock")));
    QCOMPARE(lock.tryLock(), StudyLock::Status::Acquired);
}

void TestStudyLock::lockOfAKilledProcessIsTakenOver()
{
    test::LockHolderProcess holder(m_study);
    QVERIFY2(holder.holdsLock(), qPrintable(holder.line()));
    const qint64 deadPid = holder.pid();
    holder.crash();
    // What a crash leaves: the lock file, naming a process that is gone.
    QFile left(m_study + QStringLiteral(".lock"));
    QVERIFY(left.open(QIODevice::ReadOnly));
    QCOMPARE(left.readLine().trimmed().toLongLong(), deadPid);
    left.close();

    StudyLock lock(m_study);
    QCOMPARE(lock.tryLock(), StudyLock::Status::Acquired);
    QVERIFY(left.open(QIODevice::ReadOnly));
    QCOMPARE(left.readLine().trimmed().toLongLong(), QCoreApplication::applicationPid());
}

void TestStudyLock::reusedPidOrEarlierBootIsStale_data()
{
    QTest::addColumn<bool>("otherProgram");
    QTest::addColumn<bool>("otherBoot");
    QTest::addColumn<bool>("stale");
    // This test process is running: its PID in the lock file names a live process.
    QTest::newRow("live process of the same program") << false << false << false;
    QTest::newRow("PID reused by another program") << true << false << true;
    QTest::newRow("lock from before a reboot") << false << true << true;
}

void TestStudyLock::reusedPidOrEarlierBootIsStale()
{
    QFETCH(bool, otherProgram);
    QFETCH(bool, otherBoot);
    QFETCH(bool, stale);
    const QString self = QFileInfo(QCoreApplication::applicationFilePath()).fileName();
    writeLockFile(m_study + QStringLiteral(".lock"), QCoreApplication::applicationPid(),
                  otherProgram ? QStringLiteral("gridcba") : self, QSysInfo::machineHostName(),
                  QSysInfo::machineUniqueId(),
                  otherBoot ? QByteArray("00000000-0000-0000-0000-000000000000")
                            : QSysInfo::bootUniqueId());
    // Old, too: age alone never makes a lock stale.
    QFile file(m_study + QStringLiteral(".lock"));
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.setFileTime(QDateTime::currentDateTime().addDays(-3),
                             QFileDevice::FileModificationTime));
    file.close();
    StudyLock lock(m_study);
    QCOMPARE(lock.tryLock(), stale ? StudyLock::Status::Acquired : StudyLock::Status::HeldByOther);
}

void TestStudyLock::lockOfAnotherHostIsNeverTakenOver()
{
    // Its process cannot be checked from here, however old the lock.
    writeLockFile(m_study + QStringLiteral(".lock"), 4242, QStringLiteral("gridcba"),
                  QStringLiteral("planning-ws-07"), QByteArray("0123456789abcdef0123456789abcdef"),
                  QByteArray("fedcba98-7654-3210-fedc-ba9876543210"));
    StudyLock lock(m_study);
    QCOMPARE(lock.tryLock(), StudyLock::Status::HeldByOther);
    QCOMPARE(lock.holder()->hostName, QStringLiteral("planning-ws-07"));
    QCOMPARE(lock.holder()->pid, 4242);
    const QString message = lock.errorString();
    QVERIFY2(message.contains(QStringLiteral("gridcba (PID 4242) on host 'planning-ws-07'")),
             qPrintable(message));
    // ... and says how to get out of it.
    QVERIFY2(message.contains(QStringLiteral("delete the lock file")), qPrintable(message));
    QVERIFY(QFileInfo::exists(m_study + QStringLiteral(".lock")));
}

void TestStudyLock::lockInAMissingFolder()
{
    StudyLock lock(m_dir->filePath(QStringLiteral("gone/s.gridcba")));
    QCOMPARE(lock.tryLock(), StudyLock::Status::CannotCreate);
    QVERIFY2(lock.errorString().contains(QStringLiteral("does not exist")),
             qPrintable(lock.errorString()));
}

QTEST_GUILESS_MAIN(TestStudyLock)
#include "tst_studylock.moc"
