#include "studylock.h"

#include <QDir>
#include <QFileInfo>

namespace gridcba::storage {

StudyLock::StudyLock(const QString &studyPath)
    : m_studyPath(studyPath), m_lock(lockPathFor(studyPath))
{
    // Only a dead holder makes a lock stale, never its age (see the header).
    m_lock.setStaleLockTime(0);
}

StudyLock::~StudyLock() = default;

QString StudyLock::lockPathFor(const QString &studyPath)
{
    return studyPath + QStringLiteral(".lock");
}

StudyLock::Status StudyLock::tryLock()
{
    m_holder.reset();
    m_error.clear();
    if (m_lock.isLocked())
        return Status::Acquired;
    // tryLock(0) removes a stale lock (its process gone, or the host rebooted) and retries.
    if (m_lock.tryLock(0))
        return Status::Acquired;
    const QString study = QDir::toNativeSeparators(m_studyPath);
    const QString lockFile = QDir::toNativeSeparators(m_lock.fileName());
    if (m_lock.error() != QLockFile::LockFailedError) {
        const QFileInfo folder(QFileInfo(m_studyPath).absolutePath());
        if (!folder.isDir())
            //: %1 is the study file, %2 its folder
            m_error = tr("%1: the folder %2 does not exist")
                          .arg(study, QDir::toNativeSeparators(folder.filePath()));
        else if (m_lock.error() == QLockFile::PermissionError)
            //: %1 is the study file, %2 the lock file
            m_error = tr("%1: cannot create the lock file %2: the folder is not writable")
                          .arg(study, lockFile);
        else
            m_error = tr("%1: cannot create the lock file %2").arg(study, lockFile);
        return Status::CannotCreate;
    }
    LockHolder holder;
    if (m_lock.getLockInfo(&holder.pid, &holder.hostName, &holder.appName)) {
        m_holder = holder;
        //: %1 study file, %2 program, %3 process id, %4 host name, %5 lock file
        m_error = tr("%1: the study is in use by %2 (PID %3) on host '%4'. Close it there and "
                     "try again; if that program is no longer running on that host, delete the "
                     "lock file %5.")
                      .arg(study, holder.appName.isEmpty() ? tr("another program") : holder.appName)
                      .arg(holder.pid)
                      .arg(holder.hostName, lockFile);
    } else {
        // Being created by another process this instant, or unreadable.
        //: %1 study file, %2 lock file
        m_error = tr("%1: the study is locked by another program (lock file %2). Close it there "
                     "and try again.")
                      .arg(study, lockFile);
    }
    return Status::HeldByOther;
}

std::unique_ptr<StudyLock> lockStudy(const QString &studyPath, QString *error,
                                     StudyLock::Status *status)
{
    auto lock = std::make_unique<StudyLock>(studyPath);
    const StudyLock::Status s = lock->tryLock();
    if (status)
        *status = s;
    if (s == StudyLock::Status::Acquired)
        return lock;
    if (error)
        *error = lock->errorString();
    return nullptr;
}

} // namespace gridcba::storage
