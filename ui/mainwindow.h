#pragma once

// The main window: menus, the study navigator on the left and the page of the selected
// entry on the right. Opening and saving live in DocumentActions, reports and exports in
// ReportActions, sensitivity analyses in
// SensitivityActions; the pages present the document the window is given and know nothing
// of files.

#include <QMainWindow>

class QSplitter;
class QStackedWidget;

namespace gridcba::ui {

class DocumentActions;
class ReportActions;
class EconomicsPage;
class ProjectPage;
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
    StudyNavigator *navigator() const { return m_navigator; }
    // Opens a .gridcba or JSON study; on failure tells the user and keeps the current one.
    bool openFile(const QString &path);

  protected:
    void closeEvent(QCloseEvent *event) override;

  private:
    void createMenus();
    void createCentralWidget();
    void showDocument(StudyDocument *document);
    void showPage(PageKind kind, const QString &id);
    void updateTitle();

    DocumentActions *m_actions;
    ReportActions *m_reports;
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
};

} // namespace gridcba::ui
