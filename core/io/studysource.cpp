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

namespace {

// The first character that is not white space (after a UTF-8 byte order mark) opens an object.
bool looksLikeJsonObject(const QByteArray &bytes)
{
    QByteArrayView rest(bytes);
    if (rest.startsWith("\xEF\xBB\xBF"))
        rest = rest.sliced(3);
    for (const char c : rest) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
            continue;
        return c == '{';
    }
    return false;
}

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
    // Neither a study file nor JSON (which starts with "{"): an empty file, a .gridcba file
    // whose header is damaged, or something else. Saying "invalid JSON" would mislead.
    if (!looksLikeJsonObject(bytes)) {
        out.errors << (bytes.isEmpty()
                           //: %1 is the file name
                           ? Tr::tr("%1: the file is empty").arg(path)
                           : Tr::tr("%1: not a GridCBA study: neither a study file (it does not "
                                    "start like one: damaged, or another kind of file) nor a "
                                    "JSON study")
                                 .arg(path));
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
