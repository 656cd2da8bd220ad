#include "cliutil.h"

#include "io/studysource.h"
#include "storage/studyfile.h"

#include <QFile>
#include <QSaveFile>

#include <cstdio>

namespace gridcba::cli {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

std::optional<model::Study> openStudyOrReport(const QString &path)
{
    io::OpenedStudy opened = io::openStudy(path);
    for (const QString &e : opened.errors)
        err() << e << '\n';
    err().flush();
    return opened.study;
}

bool lockStudyForWriting(const QString &path, std::unique_ptr<storage::StudyLock> &lock,
                         bool onlyIfStudyFile)
{
    if (onlyIfStudyFile) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly) || !storage::looksLikeStudyFile(file.read(16)))
            return true;
    }
    QString error;
    lock = storage::lockStudy(path, &error);
    if (!lock) {
        err() << error << '\n';
        err().flush();
        return false;
    }
    return true;
}

bool writeOutput(const QString &path, const QByteArray &bytes)
{
    if (path.isEmpty() || path == QLatin1String("-")) {
        out().flush();
        std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stdout);
        std::fflush(stdout);
        return true;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        err() << path << ": cannot write: " << file.errorString() << '\n';
        return false;
    }
    return true;
}

QString meur(double eur)
{
    return QString::number(eur / 1e6, 'f', 2);
}

}  // namespace gridcba::cli
