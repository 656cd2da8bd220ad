// Help > User Guide on the real main window, offscreen: the menu action opens the bundled
// guide with its sections in the contents; every heading has an anchor and every internal
// link reaches one; a click on a link and on an entry of the contents scrolls to the section,
// Back returns; the pictures load and fit the text column; Ctrl+F finds words; F1 opens the
// section about the page shown.

#include "documentactions.h"
#include "helpactions.h"
#include "mainwindow.h"
#include "recentfiles.h"
#include "studynavigator.h"
#include "userguidewindow.h"

#include <QAbstractTextDocumentLayout>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTreeWidget>

#include <algorithm>
#include <map>
#include <memory>

using namespace gridcba;
using ui::MainWindow;
using ui::PageKind;
using ui::UserGuideWindow;

namespace {

struct Link
{
    QString href;
    QString text;
    int position = 0; // of its first character
};

std::vector<Link> linksIn(const QTextDocument *document)
{
    std::vector<Link> links;
    for (QTextBlock b = document->begin(); b.isValid(); b = b.next())
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextFragment f = it.fragment();
            if (f.charFormat().isAnchor() && !f.charFormat().anchorHref().isEmpty())
                links.push_back({f.charFormat().anchorHref(), f.text(), f.position()});
        }
    return links;
}

// Anchor name -> the position of its block.
std::map<QString, int> anchorsIn(const QTextDocument *document)
{
    std::map<QString, int> anchors;
    for (QTextBlock b = document->begin(); b.isValid(); b = b.next())
        for (auto it = b.begin(); !it.atEnd(); ++it)
            for (const QString &name : it.fragment().charFormat().anchorNames())
                anchors.emplace(name, b.position());
    return anchors;
}

// The document position shown at the top of the browser's viewport.
int topPosition(const QTextBrowser *browser)
{
    return browser->cursorForPosition(QPoint(2, 2)).position();
}

} // namespace

class TestUserGuide : public QObject
{
    Q_OBJECT

  private slots:
    void initTestCase();
    void init();
    void cleanup();

    void helpMenuOpensGuide();
    void headingsHaveAnchorsAndLinksResolve();
    void picturesLoadAndFit();
    void clickOnLinkScrollsToSection();
    void contentsNavigateAndFollow();
    void findInGuide();
    void f1OpensSectionOfPage_data();
    void f1OpensSectionOfPage();
    void screenshots();

  private:
    UserGuideWindow *openThroughMenu();

    std::unique_ptr<MainWindow> m_window;
};

void TestUserGuide::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("GridCBA-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_userguide"));
}

void TestUserGuide::init()
{
    ui::clearRecentFiles();
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestUserGuide::cleanup()
{
    m_window.reset();
    ui::clearRecentFiles();
}

// Help > User Guide, as a user chooses it.
UserGuideWindow *TestUserGuide::openThroughMenu()
{
    QMenu *help = nullptr;
    for (QAction *a : m_window->menuBar()->actions())
        if (a->text() == QStringLiteral("&Help"))
            help = a->menu();
    if (!help)
        return nullptr;
    QAction *guide = nullptr;
    for (QAction *a : help->actions())
        if (a->objectName() == QStringLiteral("userGuideAction"))
            guide = a;
    if (!guide || guide->text() != QStringLiteral("&User Guide") ||
        guide->shortcut() != QKeySequence(QKeySequence::HelpContents))
        return nullptr;
    guide->trigger();
    auto *window = m_window->findChild<UserGuideWindow *>();
    if (window && !QTest::qWaitForWindowExposed(window))
        return nullptr;
    return window;
}

void TestUserGuide::helpMenuOpensGuide()
{
    QVERIFY(!m_window->findChild<UserGuideWindow *>());
    UserGuideWindow *guide = openThroughMenu();
    QVERIFY(guide);
    QVERIFY(guide->isVisible());
    QVERIFY(guide->isWindow());
    QCOMPARE(guide->windowTitle(), QStringLiteral("GridCBA User Guide"));
    QCOMPARE(guide->browser()->source().adjusted(QUrl::RemoveFragment),
             UserGuideWindow::guideUrl());
    QCOMPARE(m_window->helpActions()->guideWindow(), guide);

    // The chapters and the methodology's sections, read from the document's headings.
    QTreeWidget *contents = guide->contents();
    QStringList chapters;
    for (int i = 0; i < contents->topLevelItemCount(); ++i)
        chapters << contents->topLevelItem(i)->text(0);
    QCOMPARE(chapters, (QStringList{QStringLiteral("1. What GridCBA does"),
                                    QStringLiteral("2. The methodology in plain words"),
                                    QStringLiteral("3. A walk through the sample study"),
                                    QStringLiteral("4. The market model"),
                                    QStringLiteral("5. Building your own study"),
                                    QStringLiteral("6. Getting help in the application"),
                                    QStringLiteral("7. The command line")}));
    QTreeWidgetItem *methodology = contents->topLevelItem(1);
    QStringList sections;
    for (int i = 0; i < methodology->childCount(); ++i)
        sections << methodology->child(i)->text(0);
    for (const char *s : {"2.2 TOOT and PINT", "2.3 The indicators B1 to B9",
                          "2.4 Monetised, quantified and qualitative", "2.8 Discounting",
                          "2.9 NPV, benefit/cost ratio and IRR", "2.10 Residual value",
                          "2.11 Results across scenarios", "2.12 Sensitivities and Monte Carlo"})
        QVERIFY2(sections.contains(QString::fromUtf8(s)), s);
    QCOMPARE(contents->topLevelItem(2)->childCount(), 8); // the walk-through's pages

    // The text itself: the worked example's figures and every indicator.
    const QString text = guide->browser()->document()->toPlainText();
    for (const char *term : {"NPV = 804.68 M€", "B/C = 1.74", "9.83 %", "Help > Open Sample Study",
                             "Run > Evaluate Study", "File > Print Preview", "Shift+F1"})
        QVERIFY2(text.contains(QString::fromUtf8(term)), term);
    for (int b = 1; b <= 9; ++b)
        QVERIFY(text.contains(QStringLiteral("B%1 ").arg(b)));

    // A second time raises the same window.
    QCOMPARE(openThroughMenu(), guide);
    QCOMPARE(m_window->findChildren<UserGuideWindow *>().size(), 1);
}

void TestUserGuide::headingsHaveAnchorsAndLinksResolve()
{
    UserGuideWindow *guide = openThroughMenu();
    QVERIFY(guide);
    const QTextDocument *document = guide->browser()->document();
    const std::map<QString, int> anchors = anchorsIn(document);
    int headings = 0;
    for (QTextBlock b = document->begin(); b.isValid(); b = b.next()) {
        const int level = b.blockFormat().headingLevel();
        if (level < 2)
            continue;
        ++headings;
        bool anchored = false;
        for (auto it = b.begin(); !it.atEnd(); ++it)
            anchored |= !it.fragment().charFormat().anchorNames().isEmpty();
        QVERIFY2(anchored, qPrintable(QStringLiteral("no anchor: ") + b.text()));
    }
    QVERIFY(headings >= 25);

    const std::vector<Link> links = linksIn(document);
    int internal = 0;
    for (const Link &link : links) {
        if (!link.href.startsWith(u'#'))
            continue;
        ++internal;
        QVERIFY2(anchors.count(link.href.mid(1)),
                 qPrintable(QStringLiteral("“%1” points to %2, which is not in the guide")
                                .arg(link.text, link.href)));
    }
    QVERIFY(internal >= 10);
    // The sections F1 opens for the main window's pages.
    for (const char *anchor : {"economics-page", "scenario-page", "project-page", "dashboard"})
        QVERIFY2(anchors.count(QString::fromLatin1(anchor)), anchor);
}

void TestUserGuide::picturesLoadAndFit()
{
    UserGuideWindow *guide = openThroughMenu();
    QVERIFY(guide);
    QTextBrowser *browser = guide->browser();
    QStringList images;
    for (QTextBlock b = browser->document()->begin(); b.isValid(); b = b.next())
        for (auto it = b.begin(); !it.atEnd(); ++it)
            if (it.fragment().charFormat().isImageFormat())
                images << it.fragment().charFormat().toImageFormat().name();
    QCOMPARE(images.size(), 7);
    const int textWidth =
        browser->viewport()->width() - 2 * int(browser->document()->documentMargin()) - 4;
    QVERIFY(!browser->horizontalScrollBar()->isVisible());
    for (const QString &name : images) {
        const QUrl url = browser->source().resolved(QUrl(name));
        const QVariant resource = browser->loadResource(QTextDocument::ImageResource, url);
        const QImage image = QImage::fromData(resource.toByteArray());
        QVERIFY2(!image.isNull(), qPrintable(url.toString()));
        // Narrow enough for the text column of the guide's window, no scrolling sideways.
        QVERIFY2(image.width() <= textWidth, qPrintable(QStringLiteral("%1 is %2 px wide, the "
                                                                       "text %3 px")
                                                            .arg(name)
                                                            .arg(image.width())
                                                            .arg(textWidth)));
        QVERIFY2(image.height() >= 200, qPrintable(name));
    }
}

void TestUserGuide::clickOnLinkScrollsToSection()
{
    UserGuideWindow *guide = openThroughMenu();
    QVERIFY(guide);
    QTextBrowser *browser = guide->browser();
    const std::map<QString, int> anchors = anchorsIn(browser->document());
    const std::vector<Link> links = linksIn(browser->document());
    const auto link = std::find_if(links.begin(), links.end(), [](const Link &l) {
        return l.href == QStringLiteral("#walkthrough");
    });
    QVERIFY(link != links.end());
    QCOMPARE(browser->verticalScrollBar()->value(), 0);
    QTextCursor cursor(browser->document());
    cursor.setPosition(link->position + 2);
    const QPoint at = browser->cursorRect(cursor).center();
    QVERIFY(browser->viewport()->rect().contains(at)); // in the introduction, on screen

    QTest::mouseClick(browser->viewport(), Qt::LeftButton, {}, at);
    QTRY_COMPARE(browser->source().fragment(), QStringLiteral("walkthrough"));
    QVERIFY(browser->verticalScrollBar()->value() > 0);
    // The section's heading is at the top of the text.
    const int top = topPosition(browser);
    const int heading = anchors.at(QStringLiteral("walkthrough"));
    QVERIFY2(std::abs(top - heading) <= 2,
             qPrintable(QStringLiteral("%1 %2").arg(top).arg(heading)));
    QCOMPARE(guide->contents()->currentItem()->text(0),
             QStringLiteral("3. A walk through the sample study"));

    browser->backward();
    QTRY_COMPARE(browser->verticalScrollBar()->value(), 0);
    QVERIFY(browser->source().fragment().isEmpty());
}

void TestUserGuide::contentsNavigateAndFollow()
{
    UserGuideWindow *guide = openThroughMenu();
    QVERIFY(guide);
    QTextBrowser *browser = guide->browser();
    QTreeWidget *contents = guide->contents();
    const std::map<QString, int> anchors = anchorsIn(browser->document());
    const QList<QTreeWidgetItem *> found = contents->findItems(
        QStringLiteral("2.8 Discounting"), Qt::MatchExactly | Qt::MatchRecursive);
    QCOMPARE(found.size(), 1);
    QTest::mouseClick(contents->viewport(), Qt::LeftButton, {},
                      contents->visualItemRect(found.front()).center());
    QCOMPARE(browser->source().fragment(), QStringLiteral("discounting"));
    QVERIFY(std::abs(topPosition(browser) - anchors.at(QStringLiteral("discounting"))) <= 2);

    // Scrolling the text moves the mark in the contents.
    guide->showSection(QStringLiteral("residual-value"));
    QCOMPARE(contents->currentItem()->text(0), QStringLiteral("2.10 Residual value"));
    const QTextBlock scenarios =
        browser->document()->findBlock(anchors.at(QStringLiteral("scenarios")));
    const int y = int(browser->document()->documentLayout()->blockBoundingRect(scenarios).top());
    browser->verticalScrollBar()->setValue(y);
    QCOMPARE(contents->currentItem()->text(0), QStringLiteral("2.11 Results across scenarios"));

    // The last chapter is too short to reach the top: it stays marked when chosen.
    const QList<QTreeWidgetItem *> last =
        contents->findItems(QStringLiteral("7. The command line"), Qt::MatchExactly);
    QCOMPARE(last.size(), 1);
    contents->scrollToItem(last.front());
    QTest::mouseClick(contents->viewport(), Qt::LeftButton, {},
                      contents->visualItemRect(last.front()).center());
    QCOMPARE(browser->source().fragment(), QStringLiteral("command-line"));
    QCOMPARE(contents->currentItem(), last.front());
    QTextCursor heading(browser->document());
    heading.setPosition(anchors.at(QStringLiteral("command-line")));
    QVERIFY(browser->viewport()->rect().contains(browser->cursorRect(heading).center()));
}

void TestUserGuide::findInGuide()
{
    UserGuideWindow *guide = openThroughMenu();
    QVERIFY(guide);
    guide->activateWindow();
    QTextBrowser *browser = guide->browser();
    auto *field = guide->findChild<QLineEdit *>(QStringLiteral("guideFind"));
    auto *status = guide->findChild<QLabel *>(QStringLiteral("guideFindStatus"));
    QVERIFY(field && status);
    browser->setFocus();
    QTest::keyClick(browser, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(field->hasFocus());

    QTest::keyClicks(field, QStringLiteral("switching value"));
    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(browser->textCursor().selectedText().toLower(), QStringLiteral("switching value"));
    const int first = browser->textCursor().position();
    QVERIFY(browser->viewport()->rect().contains(browser->cursorRect().center()));
    QTest::keyClick(field, Qt::Key_Return);
    const int second = browser->textCursor().position();
    QVERIFY(second > first);
    // Further down: the text scrolled to show it.
    QVERIFY(browser->verticalScrollBar()->value() > 0);
    QVERIFY(browser->viewport()->rect().contains(browser->cursorRect().center()));
    QTest::keyClick(field, Qt::Key_Return, Qt::ShiftModifier);
    QCOMPARE(browser->textCursor().position(), first);
    QVERIFY(status->text().isEmpty());

    field->clear();
    QTest::keyClicks(field, QStringLiteral("zzz-not-in-the-guide"));
    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(status->text(), QStringLiteral("Not found"));
    QVERIFY(!guide->find(QStringLiteral("zzz-not-in-the-guide")));
    QVERIFY(guide->find(QStringLiteral("PINT")));
    QVERIFY(status->text().isEmpty());
}

void TestUserGuide::f1OpensSectionOfPage_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("section");
    QTest::newRow("no study") << -1 << QString() << QString();
    QTest::newRow("economic parameters")
        << int(PageKind::Economics) << QString() << QStringLiteral("economics-page");
    QTest::newRow("scenario") << int(PageKind::Scenario) << QStringLiteral("DE")
                              << QStringLiteral("scenario-page");
    QTest::newRow("project") << int(PageKind::Project) << QStringLiteral("P2")
                             << QStringLiteral("project-page");
    QTest::newRow("dashboard") << int(PageKind::Dashboard) << QString()
                               << QStringLiteral("dashboard");
}

void TestUserGuide::f1OpensSectionOfPage()
{
    QFETCH(int, kind);
    QFETCH(QString, id);
    QFETCH(QString, section);
    if (kind >= 0) {
        QVERIFY(m_window->documentActions()->openSample());
        ui::StudyNavigator *navigator = m_window->navigator();
        QTreeWidgetItem *item = navigator->itemFor(PageKind(kind), id);
        QVERIFY(item);
        QTest::mouseClick(navigator->viewport(), Qt::LeftButton, {},
                          navigator->visualItemRect(item).center());
    }
    m_window->activateWindow();
    QTest::keyClick(m_window.get(), Qt::Key_F1);
    auto *guide = m_window->findChild<UserGuideWindow *>();
    QVERIFY(guide);
    QTRY_VERIFY(guide->isVisible());
    QCOMPARE(guide->browser()->source().fragment(), section);
    if (section.isEmpty())
        QCOMPARE(guide->browser()->verticalScrollBar()->value(), 0);
    else
        QVERIFY(std::abs(topPosition(guide->browser()) -
                         anchorsIn(guide->browser()->document()).at(section)) <= 2);
}

// Pictures of the guide window for a person to look at: in GRIDCBA_SCREENSHOT_DIR, else in a
// temporary folder. Checks that they were written.
void TestUserGuide::screenshots()
{
    QTemporaryDir temporary;
    QString dir = qEnvironmentVariable("GRIDCBA_SCREENSHOT_DIR");
    if (dir.isEmpty())
        dir = temporary.path();
    UserGuideWindow *guide = openThroughMenu();
    QVERIFY(guide);
    QVERIFY(guide->grab().save(dir + QStringLiteral("/guide-start.png")));
    guide->showSection(QStringLiteral("indicators"));
    QVERIFY(guide->grab().save(dir + QStringLiteral("/guide-indicators.png")));
    guide->showSection(QStringLiteral("project-page"));
    QVERIFY(guide->grab().save(dir + QStringLiteral("/guide-project-page.png")));
}

QTEST_MAIN(TestUserGuide)
#include "tst_userguide.moc"
