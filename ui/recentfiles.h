#pragma once

// The list behind File > Open Recent: most recent first, at most kMaxRecentFiles entries,
// kept in the settings so it survives restarts.

#include <QString>
#include <QStringList>

namespace gridcba::ui {

inline constexpr int kMaxRecentFiles = 8;

QStringList recentFiles();
// Moves `path` (made absolute) to the front, dropping the oldest entry beyond the maximum.
void addRecentFile(const QString &path);
void removeRecentFile(const QString &path);
void clearRecentFiles();

} // namespace gridcba::ui
