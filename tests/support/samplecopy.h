#pragma once

// A writable copy of the bundled sample study file, for tests that open it in the main window.
// The desktop app locks a study file while it shows it, and test programs run in parallel: a
// shared file would be "in use by another program" for all but one of them.

#include <QDir>
#include <QFile>
#include <QString>

namespace gridcba::test {

// Copies the sample into `dir` under `name` (replacing an earlier copy) and returns its path.
inline QString copyOfSampleStudy(const QString &dir,
                                 const QString &name = QStringLiteral("sample-study.gridcba"))
{
    const QString path = QDir(dir).filePath(name);
    QFile::remove(path);
    if (!QFile::copy(QStringLiteral(GRIDCBA_SAMPLE_STUDY), path))
        qFatal("cannot copy the sample study to %s", qPrintable(path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup |
                                    QFile::ReadOther);
    return path;
}

} // namespace gridcba::test
