#pragma once

// The File and Help actions of the main window and the document they act on: opening
// (dialog, recent files, the bundled sample), saving as a .gridcba file, About and Quit.
// The main window only places the actions in its menus and shows whatever document this
// class reports through documentChanged().
//
// A study file is opened holding its lock (storage::StudyLock). When another process holds it,
// the user chooses between opening the study read-only and not opening it; a read-only study
// is never saved over (Save is disabled, Save As writes a copy elsewhere).

#include <QMessageBox>
#include <QObject>
#include <QString>

#include <memory>

class QAction;
class QMenu;
class QWidget;

namespace gridcba::storage {
class StudyLock;
}

namespace gridcba::ui {

class StudyDocument;

class DocumentActions : public QObject
{
    Q_OBJECT

  public:
    // `window` parents the dialogs and is closed by Quit.
    explicit DocumentActions(QWidget *window);
    ~DocumentActions() override;

    StudyDocument *document() const { return m_document.get(); }

    QAction *newAction() const { return m_new; }
    QAction *openAction() const { return m_open; }
    QMenu *recentFilesMenu() const { return m_recentMenu; }
    QAction *saveAction() const { return m_save; }
    QAction *saveAsAction() const { return m_saveAs; }
    QAction *quitAction() const { return m_quit; }
    QAction *openSampleAction() const { return m_openSample; }
    QAction *aboutAction() const { return m_about; }

    // Each returns false, after telling the user why, when nothing changed.
    // Opening another study first asks to save a modified one (maybeSave).
    bool openFile(const QString &path);
    bool openSample();
    // File > New: asks to save a modified study, then runs the New Study wizard.
    bool newStudy();
    // Shows `document` (a new study, a recovered one), after asking to save the current one.
    bool openDocument(std::unique_ptr<StudyDocument> document);
    bool saveAs(const QString &path);

    // When the document has unsaved changes, asks whether to save them (Save / Discard /
    // Cancel). Returns false when the user cancels or saving fails: keep the document.
    bool maybeSave();

    // The resource holding the bundled sample study.
    static QString sampleStudyPath();

  signals:
    // The document shown changed; the previous one is deleted after this returns.
    void documentChanged(gridcba::ui::StudyDocument *document);

  private:
    // The lock a study file about to be shown needs: taken over from the current document
    // when it shows the same file, else taken; when another process holds it, the user is
    // asked whether to open the study read-only.
    struct OpeningLock
    {
        std::unique_ptr<storage::StudyLock> lock;
        QString readOnlyReason; // non-empty: open read-only
        bool cancelled = false;
        bool fromCurrent = false; // taken from the document shown now
    };
    OpeningLock lockForOpening(const QString &path);
    bool askOpenReadOnly(const QString &path, const QString &why);
    // Gives `document` the lock, or makes it read-only.
    void applyLock(StudyDocument &document, OpeningLock &lock);
    void returnLock(OpeningLock &lock);
    void createActions();
    void chooseAndOpen();
    bool save();
    bool chooseAndSaveAs();
    void showAbout();
    void openRecent(const QString &path);
    void rebuildRecentFilesMenu();
    void setDocument(std::unique_ptr<StudyDocument> document);
    void updateActions();
    void showError(const QString &title, const QString &text, const QString &details,
                   QMessageBox::Icon icon = QMessageBox::Critical);

    QWidget *m_window;
    std::unique_ptr<StudyDocument> m_document;
    QAction *m_new = nullptr;
    QAction *m_open = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_save = nullptr;
    QAction *m_saveAs = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_openSample = nullptr;
    QAction *m_about = nullptr;
};

} // namespace gridcba::ui
