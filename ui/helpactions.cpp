#include "helpactions.h"

#include "helptext.h"
#include "studynavigator.h"
#include "userguidewindow.h"

#include <QAction>
#include <QApplication>
#include <QWhatsThis>
#include <QWidget>

namespace gridcba::ui {

namespace {

// The guide's section (userguide.html anchor) that explains each page of the main window.
QString sectionFor(PageKind kind)
{
    switch (kind) {
    case PageKind::Economics:
        return QStringLiteral("economics-page");
    case PageKind::Scenario:
        return QStringLiteral("scenario-page");
    case PageKind::Project:
        return QStringLiteral("project-page");
    case PageKind::Dashboard:
        return QStringLiteral("dashboard");
    case PageKind::PowerSystem:
    case PageKind::Profiles:
        return QStringLiteral("market-inputs");
    case PageKind::MarketSettings:
        return QStringLiteral("market-run");
    }
    return {};
}

} // namespace

HelpActions::HelpActions(QWidget *window)
    : QObject(window), m_window(window), m_userGuide(new QAction(tr("&User Guide"), this)),
      m_whatsThis(QWhatsThis::createAction(this))
{
    m_userGuide->setObjectName(QStringLiteral("userGuideAction"));
    m_userGuide->setShortcut(QKeySequence::HelpContents);
    m_userGuide->setStatusTip(tr("Read the guide: the methodology in plain words and a "
                                 "walk-through on the sample study"));
    connect(m_userGuide, &QAction::triggered, this, [this] { showUserGuide(m_pageSection); });

    m_whatsThis->setObjectName(QStringLiteral("whatsThisAction"));
    m_whatsThis->setText(tr("What's &This?"));
    m_whatsThis->setStatusTip(tr("Click a field, a column header or a button to read what it "
                                 "means and its unit"));
    // Every field with a tool tip answers What's This with it, and long tool tips wrap.
    qApp->installEventFilter(new HelpTextFilter(this));
}

UserGuideWindow *HelpActions::guideWindow() const
{
    return m_guide;
}

void HelpActions::showUserGuide(const QString &anchor)
{
    if (!m_guide)
        m_guide = new UserGuideWindow(m_window);
    m_guide->showSection(anchor);
    m_guide->show();
    m_guide->raise();
    m_guide->activateWindow();
}

void HelpActions::setCurrentPage(PageKind kind, const QString &id)
{
    Q_UNUSED(id);
    m_pageSection = sectionFor(kind);
}

void HelpActions::clearCurrentPage()
{
    m_pageSection.clear();
}

} // namespace gridcba::ui
