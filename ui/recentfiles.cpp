#include "recentfiles.h"

#include "preferences.h"

#include <QFileInfo>

namespace gridcba::ui {

namespace {

QString normalised(const QString &path)
{
    return QFileInfo(path).absoluteFilePath();
}

} // namespace

QStringList recentFiles()
{
    QStringList files = preferences::recentFiles().value();
    files.removeAll(QString());
    files.removeDuplicates();
    return files.mid(0, kMaxRecentFiles);
}

void addRecentFile(const QString &path)
{
    const QString file = normalised(path);
    QStringList files = recentFiles();
    files.removeAll(file);
    files.prepend(file);
    preferences::recentFiles().setValue(files.mid(0, kMaxRecentFiles));
}

void removeRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    files.removeAll(normalised(path));
    preferences::recentFiles().setValue(files);
}

void clearRecentFiles()
{
    preferences::recentFiles().reset();
}

} // namespace gridcba::ui
