#pragma once

// Who may write a study file: the process holding "<study>.lock".
//
// The desktop app holds the lock of the study it shows for as long as it shows it; the
// command-line commands that write into a study (import-json, sweep/montecarlo --save) hold
// it while they run. A second process finds the lock taken and is told who holds it: the
// desktop app then offers the study read-only, the command line refuses.
//
// The lock file is a QLockFile: it records the PID, the program name, the host name and the
// host's and boot's ids. A lock whose process is gone (a crash, a kill, a reboot) is stale and
// taken over silently, so a crashed process never blocks a study for good. A lock made on
// another host (a shared network folder) cannot be checked from here and stays taken until
// that host releases it or someone deletes the lock file; lockedMessage() says so. Locks never
// expire by age: the desktop app legitimately holds one for days.

#include <QCoreApplication>
#include <QLockFile>
#include <QString>

#include <memory>
#include <optional>

namespace gridcba::storage {

struct LockHolder
{
    qint64 pid = 0;
    QString hostName;
    QString appName; // the program, e.g. "gridcba" or "gridcba-cli"
};

class StudyLock
{
    Q_DECLARE_TR_FUNCTIONS(StudyLock)

  public:
    enum class Status {
        Acquired,     // this object holds the lock
        HeldByOther,  // another process (or another StudyLock of this one) holds it
        CannotCreate, // the lock file cannot be written (folder read-only, disk full)
    };

    explicit StudyLock(const QString &studyPath);
    ~StudyLock(); // releases the lock if held
    StudyLock(const StudyLock &) = delete;
    StudyLock &operator=(const StudyLock &) = delete;

    // "<study>.lock", beside the study.
    static QString lockPathFor(const QString &studyPath);

    // Takes the lock at once if it is free or stale; never waits for a live holder.
    Status tryLock();
    bool isLocked() const { return m_lock.isLocked(); }
    void unlock() { m_lock.unlock(); }

    const QString &studyPath() const { return m_studyPath; }
    QString lockFilePath() const { return m_lock.fileName(); }
    // After HeldByOther: who holds it, when the lock file says so.
    const std::optional<LockHolder> &holder() const { return m_holder; }
    // After a failed tryLock(): what happened, naming the study, the holder and what to do
    // ("s.gridcba: the study is open in gridcba (PID 4711) on host 'ws-12'; ...").
    QString errorString() const { return m_error; }

  private:
    QString m_studyPath;
    QLockFile m_lock;
    std::optional<LockHolder> m_holder;
    QString m_error;
};

// The lock of `studyPath` when it could be taken, else null with `error` set (errorString()).
std::unique_ptr<StudyLock> lockStudy(const QString &studyPath, QString *error,
                                     StudyLock::Status *status = nullptr);

} // namespace gridcba::storage
