#pragma once

// Autosave and crash recovery.
//
// An AutoSaver watches one StudyDocument. While the document is modified it writes the study,
// at most once per interval (preferences::autosaveIntervalMinutes(), 0 = off), to a recovery
// file of its own in <AppDataLocation>/recovery/: "<name>-<uuid>.gridcba", written through
// storage::saveStudy (QSaveFile, so a crash mid-write leaves the previous recovery whole), and
// next to it a sidecar "<name>-<uuid>.json" saying whose it is: the document's file path, the
// study name, when (UTC), the GridCBA version and the PID of the writing process. It never
// touches the document's own file, path or clean state.
//
// When the document becomes clean (saved, or undone back to the saved state) and when the
// AutoSaver is destroyed (the document closed normally) both files are removed. Only a process
// that dies leaves them behind; findRecoveries() lists those of processes no longer running,
// so two windows, or two running instances, never offer each other's live files.
//
// Restoring: openRecovery() builds a document whose file is the original one and which holds
// the recovered study as one undoable, unsaved edit; an AutoSaver attached to it adopts() the
// recovery files, so they stay on disk until the user saves.

#include "studydocument.h"

#include <QDateTime>
#include <QDialog>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <chrono>
#include <memory>
#include <optional>
#include <vector>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace gridcba::ui {

// A recovery file left behind by a process that is no longer running.
struct RecoveryEntry
{
    QString recoveryPath; // the .gridcba recovery file
    QString originalPath; // the document's file when it was written; may be empty or ":/…"
    QString studyName;
    QDateTime savedUtc;
    qint64 pid = 0; // of the process that wrote it
};

class AutoSaver : public QObject
{
    Q_OBJECT

  public:
    // Watches `document` (not owned; parent the saver to the document or outlive it). A
    // document that is already modified (a restored one) is written at once.
    explicit AutoSaver(StudyDocument *document, QObject *parent = nullptr);
    // Removes the recovery files unless keepRecoveryFiles() was called.
    ~AutoSaver() override;

    // <AppDataLocation>/recovery, where every recovery file lives.
    static QString recoveryDirectory();

    // Writes the study now if the document is modified, whatever the interval. Returns false,
    // writing nothing, when it is not modified (then `error` stays empty) or the write failed.
    bool saveNow(QString *error = nullptr);
    // Removes this document's recovery file and sidecar (nothing happens when there are none).
    void discard();
    // The app is going down abnormally: leave the recovery files for the next start.
    void keepRecoveryFiles() { m_keepOnDestruction = true; }

    // Takes over the files of a restored entry (see openRecovery): from now on they are this
    // process's, rewritten at once with its PID, and removed when the document is saved.
    bool adopt(const RecoveryEntry &entry, QString *error = nullptr);

    // The files this saver writes; they exist only after a successful save.
    QString recoveryPath() const;
    QString sidecarPath() const;
    bool hasRecoveryFile() const { return m_written; }

    // The time between autosaves: the preference, unless set here (tests); zero is off.
    std::chrono::milliseconds interval() const;
    void setInterval(std::chrono::milliseconds interval);

  signals:
    void saved(const QString &recoveryPath);
    // A write failed (disk full, directory not writable); `message` says which file and why.
    void saveFailed(const QString &message);

  private:
    void onStudyChanged();
    void onModifiedChanged(bool modified);
    void scheduleSave();
    bool writeSidecar(QString *error) const;

    QPointer<StudyDocument> m_document;
    QString m_basePath; // without extension
    QTimer m_timer;
    std::optional<std::chrono::milliseconds> m_interval;
    bool m_pending = false; // changed since the last write
    bool m_written = false;
    bool m_keepOnDestruction = false;
};

// Recovery files of processes no longer running (never this process's), newest first. Sidecars
// that cannot be read, or whose recovery file is missing or is no study file, are skipped with
// a warning (qWarning), each naming the file.
std::vector<RecoveryEntry> findRecoveries();
// Removes the entry's recovery file and sidecar; false when one could not be removed.
bool discardRecovery(const RecoveryEntry &entry);

// Reads the recovery file and builds a document whose file is the entry's original one (a
// .gridcba file that Save writes back to, or a JSON study or the bundled sample that Save
// asks a new name for) holding the original study and then, as one undoable step "Recover
// autosaved changes", the recovered study: it is modified until saved, and Undo shows the
// original. When the original file is gone or unreadable the document is untitled (and its
// undo goes back to an empty study). Returns null with `error` set when the recovery file is
// damaged or truncated; it is then left on disk for the caller to discard.
std::unique_ptr<StudyDocument> openRecovery(const RecoveryEntry &entry, QString *error);

// Offers the recovery files found at start-up: Restore (returns the selected entry through
// chosenEntry()), Discard (removes the selected entry's files at once; the dialog closes when
// none is left) and Later (closes, keeping every file for the next start).
class RecoveryDialog : public QDialog
{
    Q_OBJECT

  public:
    explicit RecoveryDialog(std::vector<RecoveryEntry> entries, QWidget *parent = nullptr);
    ~RecoveryDialog() override;

    // After exec() returned Accepted: the entry to restore.
    std::optional<RecoveryEntry> chosenEntry() const { return m_chosen; }
    // The entries not discarded.
    const std::vector<RecoveryEntry> &entries() const { return m_entries; }

  private:
    void fillList();
    int selectedIndex() const;
    void restoreSelected();
    void discardSelected();
    void updateButtons();

    std::vector<RecoveryEntry> m_entries;
    std::optional<RecoveryEntry> m_chosen;
    QTreeWidget *m_list;
    QLabel *m_message;
    QPushButton *m_restore;
    QPushButton *m_discard;
    QPushButton *m_later;
};

} // namespace gridcba::ui
