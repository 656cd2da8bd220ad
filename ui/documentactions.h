#pragma once

// The File and Help actions of the main window and the document they act on: opening
// (dialog, recent files, the bundled sample), saving as a .gridcba file, About and Quit.
// The main window only places the actions in its menus and shows whatever document this
// class reports through documentChanged().

#include <QMessageBox>
#include <QObject>
#include <QString>

#include <memory>

class QAction;
class QMenu;
class QWidget;

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
