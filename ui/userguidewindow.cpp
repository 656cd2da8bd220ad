#include "userguidewindow.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QStyle>
#include <QTextBlock>
#include <QTextBrowser>
#include <QToolBar>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <functional>

namespace gridcba::ui {

namespace {

constexpr int kContentsWidth = 290;
// The guide's pictures are 800 px wide (resources/guide/screenshots.cpp): room for them,
// the page margins and a scroll bar.
constexpr int kTextWidth = 850;
constexpr int kWindowHeight = 780;
constexpr int kDeepestLevel = 3; // h2 and h3 in the contents; h1 is the guide's title

// The first anchor name in a heading block, or empty.
QString anchorOf(const QTextBlock &block)
{
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QStringList names = it.fragment().charFormat().anchorNames();
        if (!names.isEmpty())
            return names.first();
    }
    return {};
}

// Return and Shift+Return in the find field: next and previous match.
class FindField : public QLineEdit
{
  public:
    std::function<void(bool backward)> findRequested;

  protected:
    void keyPressEvent(QKeyEvent *event) override
    {
        if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && findRequested) {
            findRequested(event->modifiers() & Qt::ShiftModifier);
            return;
        }
        QLineEdit::keyPressEvent(event);
    }
};

} // namespace

UserGuideWindow::UserGuideWindow(QWidget *parent)
    : QWidget(parent, Qt::Window), m_browser(new QTextBrowser), m_contents(new QTreeWidget)
{
    setObjectName(QStringLiteral("userGuide"));
    setWindowTitle(tr("GridCBA User Guide"));
    m_browser->setObjectName(QStringLiteral("guideBrowser"));
    m_browser->setOpenExternalLinks(true);
    m_contents->setObjectName(QStringLiteral("guideContents"));
    m_contents->setHeaderHidden(true);
    m_contents->setRootIsDecorated(true);
    m_contents->setIndentation(14);
    m_contents->header()->setStretchLastSection(true);
    m_contents->setToolTip(tr("The sections of the guide; click one to go there"));

    auto *toolBar = new QToolBar;
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    QAction *back = toolBar->addAction(style()->standardIcon(QStyle::SP_ArrowBack), tr("Back"),
                                       m_browser, &QTextBrowser::backward);
    back->setShortcut(QKeySequence::Back);
    back->setEnabled(false);
    QAction *forward = toolBar->addAction(style()->standardIcon(QStyle::SP_ArrowForward),
                                          tr("Forward"), m_browser, &QTextBrowser::forward);
    forward->setShortcut(QKeySequence::Forward);
    forward->setEnabled(false);
    toolBar->addAction(style()->standardIcon(QStyle::SP_DirHomeIcon), tr("Start"), this,
                       [this] { showSection(); });
    connect(m_browser, &QTextBrowser::backwardAvailable, back, &QAction::setEnabled);
    connect(m_browser, &QTextBrowser::forwardAvailable, forward, &QAction::setEnabled);
    auto *spacer = new QWidget;
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolBar->addWidget(spacer);
    toolBar->addWidget(createFindBar());

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_contents);
    splitter->addWidget(m_browser);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({kContentsWidth, kTextWidth});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(toolBar);
    layout->addWidget(splitter, 1);
    resize(kContentsWidth + kTextWidth + 30, kWindowHeight);

    connect(m_browser, &QTextBrowser::sourceChanged, this, &UserGuideWindow::onSourceChanged);
    // A link within the guide changes the source without sourceChanged, after scrolling.
    connect(m_browser, &QTextBrowser::historyChanged, this, &UserGuideWindow::syncContents);
    connect(m_contents, &QTreeWidget::itemClicked, this, &UserGuideWindow::followContents);
    connect(m_contents, &QTreeWidget::itemActivated, this, &UserGuideWindow::followContents);
    connect(m_browser->verticalScrollBar(), &QScrollBar::valueChanged, this,
            &UserGuideWindow::syncContents);
    m_browser->setSource(guideUrl());
}

QUrl UserGuideWindow::guideUrl()
{
    return QUrl(QStringLiteral("qrc:/guide/userguide.html"));
}

QWidget *UserGuideWindow::createFindBar()
{
    auto *field = new FindField;
    field->findRequested = [this](bool backward) { find(m_find->text(), backward); };
    m_find = field;
    m_find->setObjectName(QStringLiteral("guideFind"));
    m_find->setPlaceholderText(tr("Find in the guide (Ctrl+F)"));
    m_find->setToolTip(tr("Text to find in the guide: Return finds the next match, Shift+Return "
                          "the previous one"));
    m_find->setClearButtonEnabled(true);
    m_find->setMinimumWidth(220);
    m_find->setMaximumWidth(320);
    m_findStatus = new QLabel;
    m_findStatus->setObjectName(QStringLiteral("guideFindStatus"));
    connect(m_find, &QLineEdit::textEdited, this, [this] {
        m_find->setStyleSheet({});
        m_findStatus->clear();
    });

    auto *focusFind = new QShortcut(QKeySequence::Find, this);
    connect(focusFind, &QShortcut::activated, this, [this] {
        m_find->setFocus(Qt::ShortcutFocusReason);
        m_find->selectAll();
    });
    auto *next = new QShortcut(QKeySequence::FindNext, this);
    connect(next, &QShortcut::activated, this, [this] { find(m_find->text()); });
    auto *previous = new QShortcut(QKeySequence::FindPrevious, this);
    connect(previous, &QShortcut::activated, this, [this] { find(m_find->text(), true); });

    auto *bar = new QWidget;
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_findStatus);
    layout->addWidget(m_find);
    return bar;
}

void UserGuideWindow::showSection(const QString &anchor)
{
    QUrl url = guideUrl();
    if (!anchor.isEmpty())
        url.setFragment(anchor);
    m_browser->setSource(url);
    if (anchor.isEmpty())
        m_browser->verticalScrollBar()->setValue(0);
}

bool UserGuideWindow::find(const QString &text, bool backward)
{
    if (text.isEmpty())
        return false;
    const QTextDocument::FindFlags flags =
        backward ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    bool found = m_browser->find(text, flags);
    if (!found) { // wrap around
        QTextCursor cursor = m_browser->textCursor();
        cursor.movePosition(backward ? QTextCursor::End : QTextCursor::Start);
        m_browser->setTextCursor(cursor);
        found = m_browser->find(text, flags);
    }
    m_find->setStyleSheet(found ? QString() : QStringLiteral("background: #ffd7d7;"));
    m_findStatus->setText(found ? QString() : tr("Not found"));
    return found;
}

void UserGuideWindow::onSourceChanged(const QUrl &url)
{
    // Links inside the guide change only the fragment: the contents stay as they are.
    if (url.adjusted(QUrl::RemoveFragment) != m_builtFor)
        buildContents();
    m_builtFor = url.adjusted(QUrl::RemoveFragment);
    syncContents();
}

void UserGuideWindow::buildContents()
{
    m_contents->clear();
    m_headings.clear();
    QTreeWidgetItem *parent = nullptr;
    const QTextDocument *document = m_browser->document();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        const int level = block.blockFormat().headingLevel();
        if (level < 2 || level > kDeepestLevel)
            continue;
        auto *item = new QTreeWidgetItem({block.text().simplified()});
        item->setToolTip(0, item->text(0)); // when the contents are too narrow for it
        if (level == 2 || !parent) {
            m_contents->addTopLevelItem(item);
            parent = item;
        } else {
            parent->addChild(item);
        }
        const QString anchor = anchorOf(block);
        item->setData(0, Qt::UserRole, anchor);
        m_headings.push_back({block.position(), anchor, item});
    }
    m_contents->expandAll();
}

void UserGuideWindow::followContents(QTreeWidgetItem *item)
{
    if (!item)
        return;
    const QString anchor = item->data(0, Qt::UserRole).toString();
    if (!anchor.isEmpty())
        showSection(anchor);
}

// Marks the section at the top of the text in the contents, as the reader scrolls; or the
// section last gone to, while its heading is in view (the last sections of the guide never
// reach the top).
void UserGuideWindow::syncContents()
{
    if (m_headings.empty())
        return;
    const int top = m_browser->cursorForPosition(QPoint(0, 0)).position();
    const Heading *current = &m_headings.front();
    for (const Heading &h : m_headings) {
        if (h.position <= top)
            current = &h;
    }
    const QString target = m_browser->source().fragment();
    for (const Heading &h : m_headings) {
        if (target.isEmpty() || h.anchor != target || h.position <= current->position)
            continue;
        QTextCursor cursor(m_browser->document());
        cursor.setPosition(h.position);
        if (m_browser->viewport()->rect().contains(m_browser->cursorRect(cursor).center()))
            current = &h;
    }
    if (m_contents->currentItem() != current->item) {
        const QSignalBlocker blocker(m_contents);
        m_contents->setCurrentItem(current->item);
    }
}

} // namespace gridcba::ui
