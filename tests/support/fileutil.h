#pragma once

// Reading and writing whole files in tests, and who holds a study's lock.

#include "storage/studylock.h"

#include <QByteArray>
#include <QFile>
#include <QString>

namespace gridcba::test {

// The file's bytes; empty when it cannot be read.
inline QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

// The PID a study's lock file names (its first line); 0 when there is no lock file.
inline qint64 lockOwnerPid(const QString &study)
{
    QFile f(storage::StudyLock::lockPathFor(study));
    return f.open(QIODevice::ReadOnly) ? f.readLine().trimmed().toLongLong() : 0;
}

} // namespace gridcba::test
