#pragma once

// The main window: menus, the study navigator on the left, the page of the selected entry on
// the right, and the log panel at the bottom. Opening and saving live in DocumentActions,
// the Edit menu (undo, adding and removing scenarios and projects) in EditActions, the Run
// menu in RunActions and MarketActions (the market model), reports and exports in ReportActions,
// sensitivity analyses in SensitivityActions, the user guide and What's This in HelpActions; the
// pages edit and present the document the window gives them and know nothing of files.

#include <QMainWindow>
#include <QPointer>

class QSplitter;
class QStackedWidget;
class QUndoView;
class QDockWidget;

namespace gridcba::ui {

class DashboardPage;
class DocumentActions;
class EditActions;
class EditableTable;
class EconomicsPage;
class HelpActions;
class LogPanel;
class MarketActions;
class MarketResultsView;
class MarketSettingsPage;
class PowerSystemPage;
class ProfilesPage;
class ProjectPage;
class ReportActions;
class RunActions;
class ScenarioPage;
class SensitivityActions;
class StudyDocument;
class StudyNavigator;
class WelcomePage;
enum class PageKind;

class MainWindow : public QMainWindow
{
    Q_OBJECT

  public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    DocumentActions *documentActions() const { return m_actions; }
    ReportActions *reportActions() const { return m_reports; }
    EditActions *editActions() const { return m_edit; }
    RunActions *runActions() const { return m_run; }
    HelpActions *helpActions() const { return m_help; }
    MarketActions *marketActions() const { return m_market; }
    StudyNavigator *navigator() const { return m_navigator; }
    LogPanel *logPanel() const { return m_log; }
    // Opens a .gridcba or JSON study; on failure tells the user and keeps the current one.
    bool openFile(const QString &path);
    // File > Import CSV: into the table that last had the keyboard focus on the page shown.
    void importCsv();
    // Offers to restore studies autosaved by a session that ended without saving them.
    void offerRecovery();

  protected:
    void closeEvent(QCloseEvent *event) override;

  private:
    void createMenus();
    void createCentralWidget();
    void showDocument(StudyDocument *document);
    void showPage(PageKind kind, const QString &id);
    void onStudyChanged(int changes);
    void onFocusChanged(QWidget *now);
    void showSettings();
    void updateTitle();

    DocumentActions *m_actions;
    ReportActions *m_reports;
    EditActions *m_edit;
    LogPanel *m_log;
    RunActions *m_run;
    HelpActions *m_help;
    SensitivityActions *m_sensitivity = nullptr;
    StudyDocument *m_document = nullptr;
    QStackedWidget *m_central = nullptr; // the welcome page, or the navigator and pages
    QSplitter *m_splitter = nullptr;
    StudyNavigator *m_navigator = nullptr;
    QStackedWidget *m_pages = nullptr;
    WelcomePage *m_welcomePage = nullptr;
    EconomicsPage *m_economicsPage = nullptr;
    ScenarioPage *m_scenarioPage = nullptr;
    ProjectPage *m_projectPage = nullptr;
    DashboardPage *m_dashboardPage = nullptr;
    MarketActions *m_market = nullptr;
    PowerSystemPage *m_powerSystemPage = nullptr;
    ProfilesPage *m_profilesPage = nullptr;
    MarketSettingsPage *m_marketSettingsPage = nullptr;
    MarketResultsView *m_marketResults = nullptr;
    QDockWidget *m_historyDock = nullptr;
    QPointer<EditableTable> m_lastTable;
    int m_pageKind = -1;
    QString m_pageId;
};

} // namespace gridcba::ui
