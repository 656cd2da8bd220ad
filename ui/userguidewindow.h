#pragma once

// Help > User Guide: the bundled guide (resources/guide/userguide.html, compiled into the Qt
// resources) in a window of its own: its table of contents on the left, read from the
// guide's headings so it never goes stale; the text on the right with working internal
// links, Back and Forward; and a find bar (Ctrl+F, Return / Shift+Return for the next and
// previous match).

#include <QUrl>
#include <QWidget>

#include <vector>

class QLabel;
class QLineEdit;
class QTextBrowser;
class QTreeWidget;
class QTreeWidgetItem;

namespace gridcba::ui {

class UserGuideWindow : public QWidget
{
    Q_OBJECT

  public:
    // A top-level window; `parent` (the main window) owns it.
    explicit UserGuideWindow(QWidget *parent = nullptr);

    // Where the guide is: qrc:/guide/userguide.html.
    static QUrl guideUrl();

    // Shows the section whose heading holds the anchor `anchor` ("discounting"); the start
    // of the guide when `anchor` is empty.
    void showSection(const QString &anchor = {});

    QTextBrowser *browser() const { return m_browser; }
    QTreeWidget *contents() const { return m_contents; }
    // Finds `text` after (or, `backward`, before) the selection, wrapping around the end.
    // Returns false, and marks the find field, when the guide does not contain it.
    bool find(const QString &text, bool backward = false);

  private:
    struct Heading
    {
        int position = 0; // in the document
        QString anchor;
        QTreeWidgetItem *item = nullptr;
    };

    QWidget *createFindBar();
    void onSourceChanged(const QUrl &url);
    void buildContents();
    void followContents(QTreeWidgetItem *item);
    void syncContents();

    QTextBrowser *m_browser;
    QTreeWidget *m_contents;
    QLineEdit *m_find = nullptr;
    QLabel *m_findStatus = nullptr;
    QUrl m_builtFor; // the document the contents were read from
    std::vector<Heading> m_headings;
};

} // namespace gridcba::ui
