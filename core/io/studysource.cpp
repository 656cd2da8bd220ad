#include "studysource.h"

#include "jsonformat.h"
#include "storage/studyfile.h"

#include <QFile>

namespace gridcba::io {

OpenedStudy openStudy(const QString &path)
{
    OpenedStudy out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        out.errors << path + QStringLiteral(": cannot open: ") + file.errorString();
        return out;
    }
    const QByteArray bytes = file.readAll();
    if (storage::looksLikeStudyFile(bytes)) {
        storage::LoadResult r = storage::loadStudyFromBytes(bytes, path);
        if (r.study)
            out.study = std::move(r.study);
        else
            out.errors << r.error;
        return out;
    }
    out.fromJson = true;
    StudyReadResult r = studyFromJson(bytes, path);
    for (const InputError &e : r.errors)
        out.errors << e.toString();
    out.study = std::move(r.study);
    return out;
}

}  // namespace gridcba::io
