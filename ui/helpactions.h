#pragma once

// The Help menu's own actions: User Guide (F1), which opens the bundled guide at the section
// about the page shown, and What's This (Shift+F1), whose answers come from the fields' tool
// tips (helptext.h). Opening the sample study and About stay with DocumentActions.

#include <QObject>
#include <QPointer>
#include <QString>

class QAction;
class QWidget;

namespace gridcba::ui {

class UserGuideWindow;
enum class PageKind;

class HelpActions : public QObject
{
    Q_OBJECT

  public:
    // `window` (the main window) parents the guide's window.
    explicit HelpActions(QWidget *window);

    QAction *userGuideAction() const { return m_userGuide; }
    QAction *whatsThisAction() const { return m_whatsThis; }
    // The guide's window once it was opened, else null.
    UserGuideWindow *guideWindow() const;

    // Opens (or raises) the guide at the section with `anchor`; at its start when empty.
    void showUserGuide(const QString &anchor = {});

  public slots:
    // The page the main window shows (the navigator's pageSelected): F1 opens its section.
    void setCurrentPage(gridcba::ui::PageKind kind, const QString &id);
    // No study is open: F1 opens the guide at its start.
    void clearCurrentPage();

  private:
    QWidget *m_window;
    QAction *m_userGuide;
    QAction *m_whatsThis;
    QPointer<UserGuideWindow> m_guide;
    QString m_pageSection; // the guide's anchor for the page shown
};

} // namespace gridcba::ui
