#include "mainwindow.h"

#include "documentactions.h"
#include "pages/economicspage.h"
#include "pages/projectpage.h"
#include "pages/scenariopage.h"
#include "pages/sensitivitypage.h"
#include "pages/welcomepage.h"
#include "reportactions.h"
#include "sensitivityactions.h"
#include "studydocument.h"
#include "studynavigator.h"

#include <QCloseEvent>
#include <QMenuBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>

namespace gridcba::ui {

namespace {

constexpr int kNavigatorWidth = 270;

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_actions(new DocumentActions(this)),
      m_reports(new ReportActions(*m_actions, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    createMenus();
    createCentralWidget();
    statusBar();
    connect(m_actions, &DocumentActions::documentChanged, this, &MainWindow::showDocument);
    showDocument(nullptr);
}

MainWindow::~MainWindow() = default;

bool MainWindow::openFile(const QString &path)
{
    return m_actions->openFile(path);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_actions->maybeSave())
        event->accept();
    else
        event->ignore();
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_actions->openAction());
    file->addMenu(m_actions->recentFilesMenu());
    file->addSeparator();
    file->addAction(m_actions->saveAction());
    file->addAction(m_actions->saveAsAction());
    file->addSeparator();
    file->addAction(m_reports->printPreviewAction());
    file->addAction(m_reports->exportReportAction());
    file->addAction(m_reports->exportTablesAction());
    file->addSeparator();
    file->addAction(m_actions->quitAction());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_actions->openSampleAction());
    help->addSeparator();
    help->addAction(m_actions->aboutAction());
}

void MainWindow::createCentralWidget()
{
    m_navigator = new StudyNavigator;
    m_pages = new QStackedWidget;
    m_pages->setObjectName(QStringLiteral("pages"));
    m_economicsPage = new EconomicsPage;
    m_scenarioPage = new ScenarioPage;
    m_projectPage = new ProjectPage;
    m_sensitivity = new SensitivityActions(*m_actions, this);
    m_projectPage->addTab(m_sensitivity->page(), tr("Sensitivity"));
    m_pages->addWidget(m_economicsPage);
    m_pages->addWidget(m_scenarioPage);
    m_pages->addWidget(m_projectPage);

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
}

void MainWindow::showDocument(StudyDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document) {
        connect(m_document, &StudyDocument::filePathChanged, this, &MainWindow::updateTitle);
        connect(m_document, &StudyDocument::modifiedChanged, this, &MainWindow::updateTitle);
    }
    m_central->setCurrentWidget(m_document ? static_cast<QWidget *>(m_splitter) : m_welcomePage);
    m_navigator->setStudy(m_document ? &m_document->study() : nullptr);
    updateTitle();
}

void MainWindow::showPage(PageKind kind, const QString &id)
{
    if (!m_document)
        return;
    const model::Study &study = m_document->study();
    switch (kind) {
    case PageKind::Economics:
        m_economicsPage->setStudy(study);
        m_pages->setCurrentWidget(m_economicsPage);
        break;
    case PageKind::Scenario:
        if (const model::Scenario *scenario = study.scenario(id)) {
            m_scenarioPage->setScenario(*scenario);
            m_pages->setCurrentWidget(m_scenarioPage);
        }
        break;
    case PageKind::Project: {
        const model::Project *project = study.project(id);
        const ProjectResult *result = m_document->result(id);
        if (project && result) {
            m_projectPage->setProject(study, *project, *result);
            m_sensitivity->setProject(id);
            m_pages->setCurrentWidget(m_projectPage);
        }
        break;
    }
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
    setWindowTitle(tr("%1 — %2[*] — GridCBA").arg(name, m_document->fileName()));
    setWindowModified(m_document->isModified());
}

} // namespace gridcba::ui
