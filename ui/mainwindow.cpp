#include "mainwindow.h"

#include "autosave.h"
#include "documentactions.h"
#include "editactions.h"
#include "editing/editabletable.h"
#include "helpactions.h"
#include "logpanel.h"
#include "marketactions.h"
#include "pages/dashboardpage.h"
#include "pages/economicspage.h"
#include "pages/marketresultsview.h"
#include "pages/marketsettingspage.h"
#include "pages/powersystempage.h"
#include "pages/profilespage.h"
#include "pages/projectpage.h"
#include "pages/scenariopage.h"
#include "pages/sensitivitypage.h"
#include "pages/welcomepage.h"
#include "reportactions.h"
#include "runactions.h"
#include "sensitivityactions.h"
#include "settingsdialog.h"
#include "studydocument.h"
#include "studynavigator.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QUndoView>

namespace gridcba::ui {

namespace {

constexpr int kNavigatorWidth = 250;
constexpr int kStatusMessageMs = 6000;

template <typename T> int indexOf(const std::vector<T> &items, const QString &id)
{
    for (size_t i = 0; i < items.size(); ++i)
        if (items[i].id == id)
            return int(i);
    return -1;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_actions(new DocumentActions(this)),
      m_reports(new ReportActions(*m_actions, this)), m_edit(new EditActions(*m_actions, this)),
      m_log(new LogPanel(this)), m_run(new RunActions(*m_actions, m_log, this)),
      m_help(new HelpActions(this)),
      m_market(new MarketActions(*m_actions, m_log, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    addDockWidget(Qt::BottomDockWidgetArea, m_log);
    m_historyDock = new QDockWidget(tr("Undo History"), this);
    m_historyDock->setObjectName(QStringLiteral("undoHistory"));
    auto *history = new QUndoView(m_edit->undoGroup());
    history->setEmptyLabel(tr("<opened>"));
    m_historyDock->setWidget(history);
    addDockWidget(Qt::RightDockWidgetArea, m_historyDock);
    m_historyDock->hide();
    createMenus();
    createCentralWidget();
    statusBar();
    resize(1280, 800);
    resizeDocks({m_log}, {120}, Qt::Vertical);
    restoreWindowState(this); // the size and docks of the last session, if any
    connect(m_actions, &DocumentActions::documentChanged, this, &MainWindow::showDocument);
    connect(m_edit, &EditActions::navigateTo, this,
            [this](PageKind kind, const QString &id) { m_navigator->select(kind, id); });
    connect(m_edit, &EditActions::statusMessage, this, [this](const QString &message) {
        statusBar()->showMessage(message, kStatusMessageMs);
    });
    connect(qApp, &QApplication::focusChanged, this,
            [this](QWidget *, QWidget *now) { onFocusChanged(now); });
    showDocument(nullptr);
}

MainWindow::~MainWindow() = default;

bool MainWindow::openFile(const QString &path)
{
    return m_actions->openFile(path);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_actions->maybeSave()) {
        saveWindowState(this);
        event->accept();
    } else {
        event->ignore();
    }
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_actions->newAction());
    file->addAction(m_actions->openAction());
    file->addMenu(m_actions->recentFilesMenu());
    file->addSeparator();
    file->addAction(m_actions->saveAction());
    file->addAction(m_actions->saveAsAction());
    file->addSeparator();
    QAction *import = file->addAction(tr("&Import CSV…"), this, &MainWindow::importCsv);
    import->setObjectName(QStringLiteral("importCsvAction"));
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    import->setStatusTip(tr("Replace the table you last clicked in by the rows of a CSV file, "
                            "after a preview"));
    file->addSeparator();
    file->addAction(m_reports->printPreviewAction());
    file->addAction(m_reports->exportReportAction());
    file->addAction(m_reports->exportTablesAction());
    file->addSeparator();
    file->addAction(m_actions->quitAction());

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_edit->undoAction());
    edit->addAction(m_edit->redoAction());
    edit->addSeparator();
    edit->addAction(m_edit->addScenarioAction());
    edit->addAction(m_edit->duplicateScenarioAction());
    edit->addAction(m_edit->removeScenarioAction());
    edit->addSeparator();
    edit->addAction(m_edit->addProjectAction());
    edit->addAction(m_edit->duplicateProjectAction());
    edit->addAction(m_edit->removeProjectAction());
    edit->addSeparator();
    QAction *settings = edit->addAction(tr("Se&ttings…"), this, &MainWindow::showSettings);
    settings->setMenuRole(QAction::PreferencesRole);
    settings->setShortcut(QKeySequence::Preferences);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *log = m_log->toggleViewAction();
    log->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    view->addAction(log);
    view->addAction(m_historyDock->toggleViewAction());

    QMenu *run = menuBar()->addMenu(tr("&Run"));
    run->addAction(m_run->evaluateAction());
    run->addAction(m_market->runAction());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_help->userGuideAction());
    help->addAction(m_help->whatsThisAction());
    help->addSeparator();
    help->addAction(m_actions->openSampleAction());
    help->addSeparator();
    help->addAction(m_actions->aboutAction());
}

void MainWindow::createCentralWidget()
{
    m_navigator = new StudyNavigator;
    m_navigator->setContextActions({m_edit->addScenarioAction(), m_edit->duplicateScenarioAction(),
                                    m_edit->removeScenarioAction()},
                                   {m_edit->addProjectAction(), m_edit->duplicateProjectAction(),
                                    m_edit->removeProjectAction()});
    m_pages = new QStackedWidget;
    m_pages->setObjectName(QStringLiteral("pages"));
    m_economicsPage = new EconomicsPage;
    m_scenarioPage = new ScenarioPage;
    m_projectPage = new ProjectPage;
    m_dashboardPage = new DashboardPage;
    m_sensitivity = new SensitivityActions(*m_actions, this);
    m_marketResults = new MarketResultsView(m_market->runAction());
    m_projectPage->addTab(m_marketResults, tr("Market model"));
    m_projectPage->addTab(m_sensitivity->page(), tr("Sensitivity"));
    m_powerSystemPage = new PowerSystemPage;
    m_profilesPage = new ProfilesPage;
    m_marketSettingsPage = new MarketSettingsPage;
    m_pages->addWidget(m_economicsPage);
    m_pages->addWidget(m_scenarioPage);
    m_pages->addWidget(m_projectPage);
    m_pages->addWidget(m_dashboardPage);
    m_pages->addWidget(m_powerSystemPage);
    m_pages->addWidget(m_profilesPage);
    m_pages->addWidget(m_marketSettingsPage);

    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_navigator);
    m_splitter->addWidget(m_pages);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({kNavigatorWidth, 1000});

    m_welcomePage = new WelcomePage(*m_actions);
    m_central = new QStackedWidget;
    m_central->addWidget(m_welcomePage);
    m_central->addWidget(m_splitter);
    setCentralWidget(m_central);
    connect(m_navigator, &StudyNavigator::pageSelected, this, &MainWindow::showPage);
    connect(m_navigator, &StudyNavigator::pageSelected, m_reports, &ReportActions::setCurrentPage);
    connect(m_navigator, &StudyNavigator::pageSelected, m_edit, &EditActions::setCurrentPage);
    connect(m_navigator, &StudyNavigator::pageSelected, m_help, &HelpActions::setCurrentPage);
}

void MainWindow::showDocument(StudyDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_pageKind = -1;
    m_pageId.clear();
    m_help->clearCurrentPage();
    if (m_document) {
        connect(m_document, &StudyDocument::filePathChanged, this, &MainWindow::updateTitle);
        connect(m_document, &StudyDocument::modifiedChanged, this, &MainWindow::updateTitle);
        connect(m_document, &StudyDocument::readOnlyChanged, this, &MainWindow::updateTitle);
        if (m_document->isReadOnly())
            m_log->warning(tr("Opened read-only: %1").arg(m_document->readOnlyReason()));
        connect(m_document, &StudyDocument::studyChanged, this,
                [this](StudyDocument::Changes changes) { onStudyChanged(int(changes)); });
        if (auto *saver = m_document->findChild<AutoSaver *>())
            connect(saver, &AutoSaver::saveFailed, m_log, &LogPanel::warning);
    }
    m_economicsPage->setDocument(m_document);
    m_scenarioPage->setDocument(m_document);
    m_projectPage->setDocument(m_document);
    m_dashboardPage->setDocument(m_document);
    m_powerSystemPage->setDocument(m_document);
    m_profilesPage->setDocument(m_document);
    m_marketSettingsPage->setDocument(m_document);
    m_marketResults->setDocument(m_document);
    m_central->setCurrentWidget(m_document ? static_cast<QWidget *>(m_splitter) : m_welcomePage);
    m_navigator->setStudy(m_document ? &m_document->study() : nullptr);
    updateTitle();
}

void MainWindow::onStudyChanged(int changes)
{
    const auto flags = StudyDocument::Changes::fromInt(changes);
    if (flags & StudyDocument::Change::Structure)
        m_navigator->refresh(m_document->study());
    if (flags & StudyDocument::Change::Info)
        updateTitle();
}

void MainWindow::showPage(PageKind kind, const QString &id)
{
    if (!m_document)
        return;
    m_pageKind = static_cast<int>(kind);
    m_pageId = id;
    const model::Study &study = m_document->study();
    switch (kind) {
    case PageKind::Economics:
        m_pages->setCurrentWidget(m_economicsPage);
        break;
    case PageKind::Dashboard:
        m_pages->setCurrentWidget(m_dashboardPage);
        break;
    case PageKind::PowerSystem:
        m_pages->setCurrentWidget(m_powerSystemPage);
        break;
    case PageKind::Profiles:
        m_pages->setCurrentWidget(m_profilesPage);
        break;
    case PageKind::MarketSettings:
        m_pages->setCurrentWidget(m_marketSettingsPage);
        break;
    case PageKind::Scenario:
        if (const int index = indexOf(study.scenarios, id); index >= 0) {
            m_scenarioPage->showScenario(index);
            m_pages->setCurrentWidget(m_scenarioPage);
        }
        break;
    case PageKind::Project:
        if (const int index = indexOf(study.projects, id); index >= 0) {
            m_projectPage->showProject(index);
            m_sensitivity->setProject(id);
            m_market->setProject(id);
            m_marketResults->setProject(id);
            m_pages->setCurrentWidget(m_projectPage);
        }
        break;
    }
}

void MainWindow::onFocusChanged(QWidget *now)
{
    for (QWidget *w = now; w; w = w->parentWidget()) {
        if (auto *table = qobject_cast<EditableTable *>(w)) {
            m_lastTable = table;
            return;
        }
    }
}

void MainWindow::importCsv()
{
    if (!m_document)
        return;
    if (!m_lastTable || !m_lastTable->isVisible()) {
        QMessageBox::information(this, tr("Import CSV"),
                                 tr("Click in the table you want to import into (study years, "
                                    "CAPEX phasing, indicator inputs, …), then choose File > "
                                    "Import CSV again, or drop the .csv file on the table."));
        return;
    }
    m_lastTable->chooseAndImportCsv();
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // Units and number format changed: rebuild the pages' tables with the new headers.
    if (m_document) {
        m_economicsPage->setDocument(m_document);
        m_scenarioPage->setDocument(m_document);
        m_projectPage->setDocument(m_document);
        m_dashboardPage->setDocument(m_document);
        m_powerSystemPage->setDocument(m_document);
        m_profilesPage->setDocument(m_document);
        m_marketSettingsPage->setDocument(m_document);
        m_marketResults->setDocument(m_document);
        if (m_pageKind >= 0)
            showPage(static_cast<PageKind>(m_pageKind), m_pageId);
    }
}

void MainWindow::offerRecovery()
{
    std::vector<RecoveryEntry> entries = findRecoveries();
    while (!entries.empty()) {
        RecoveryDialog dialog(entries, this);
        if (dialog.exec() != QDialog::Accepted || !dialog.chosenEntry())
            return;
        const RecoveryEntry entry = *dialog.chosenEntry();
        QString error;
        std::unique_ptr<StudyDocument> document = openRecovery(entry, &error);
        if (!document) {
            QMessageBox::warning(this, tr("Cannot Restore Study"),
                                 tr("The autosaved copy of “%1” could not be read. It stays where "
                                    "it is; use Discard to remove it.")
                                     .arg(entry.studyName),
                                 QMessageBox::Ok);
            m_log->error(error);
            entries = findRecoveries();
            continue;
        }
        StudyDocument *restored = document.get();
        if (!m_actions->openDocument(std::move(document)))
            return;
        // From now on the files are this session's autosave of the restored study.
        if (auto *saver = restored->findChild<AutoSaver *>())
            saver->adopt(entry);
        m_log->info(tr("Restored the autosaved changes of “%1” from %2; save to keep them")
                        .arg(entry.studyName, QLocale().toString(entry.savedUtc.toLocalTime(),
                                                                 QLocale::ShortFormat)));
        return; // one study per window
    }
}

void MainWindow::updateTitle()
{
    if (!m_document) {
        setWindowTitle(tr("GridCBA"));
        setWindowModified(false);
        return;
    }
    const QString name =
        m_document->study().name.isEmpty() ? tr("Untitled study") : m_document->study().name;
    //: %1 study name, %2 file name; [*] is where Qt shows "*" while there are unsaved changes.
    QString title = tr("%1 — %2[*] — GridCBA").arg(name, m_document->fileName());
    if (m_document->isReadOnly())
        //: %1 study name, %2 file name of a study another program has open
        title = tr("%1 — %2 (read-only)[*] — GridCBA").arg(name, m_document->fileName());
    setWindowTitle(title);
    setWindowModified(m_document->isModified());
}

} // namespace gridcba::ui
