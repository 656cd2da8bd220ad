#include "studysource.h"

#include "jsonformat.h"
#include "storage/studyfile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>

namespace gridcba::io {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(StudyFile)
};
} // namespace

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

OpenedStudy openStudy(const QString &path, storage::Validation validation)
{
    OpenedStudy out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        //: %1 is the file name, %2 the system error
        out.errors << Tr::tr("%1: cannot open: %2").arg(path, file.errorString());
        return out;
    }
    const QByteArray bytes = file.readAll();
    out.sha256 = sha256Hex(bytes);
    if (storage::looksLikeStudyFile(bytes)) {
        storage::LoadResult r = storage::loadStudyFromBytes(bytes, path, validation);
        if (r.study)
            out.study = std::move(r.study);
        else
            out.errors << r.error;
        for (const QString &issue : r.issues)
            out.issues << path + QStringLiteral(": ") + issue;
        return out;
    }
    out.fromJson = true;
    StudyReadResult r = studyFromJson(bytes, path, validation == storage::Validation::Refuse);
    for (const InputError &e : r.errors)
        out.errors << e.toString();
    for (const InputError &e : r.issues)
        out.issues << e.toString();
    out.study = std::move(r.study);
    return out;
}

}  // namespace gridcba::io
