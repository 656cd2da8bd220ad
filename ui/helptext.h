#pragma once

// How the fields' help reaches the user: in tool tips and in What's This mode (Help > What's
// This, Shift+F1).
//
// Every field of GridCBA describes itself once, in its tool tip: what the value means, its unit
// and sign convention (for the study tables, TableColumn::toolTip, see columnHelp()). Two gaps
// in Qt are closed here, for all widgets at once, by an event filter on the application:
// - Qt's What's This mode only shows a widget's whatsThis() or an item's Qt::WhatsThisRole,
//   so it would answer "no help" almost everywhere, or every text would have to be written
//   twice. The filter answers with the tool tip of the widget clicked, or of the table cell or
//   header section under the mouse; a widget with a What's This text of its own keeps it.
// - Qt shows a plain-text tool tip on one line, as wide as the screen for the sentences that
//   explain a field. The filter shows such a tool tip as a wrapped paragraph instead.

#include <QObject>
#include <QPoint>
#include <QString>

class QWidget;

namespace gridcba::ui {

// The help text for a click or hover at `pos` (in `widget`'s coordinates) on `widget` itself,
// not its parents: its What's This or tool tip; for the viewport of an item view, the What's
// This or tool tip of the cell or header section at `pos`. Empty when there is none (Qt then
// asks the parent widget: the view itself, its page, ...).
QString whatsThisText(const QWidget *widget, const QPoint &pos);

// `text` as Qt shows it in a tool tip or What's This box: rich text as it is, plain text as a
// paragraph that wraps (line breaks kept).
QString wrappedHelp(const QString &text);

// Installed on the application by the main window (HelpActions): answers What's This queries
// and clicks with whatsThisText(), and shows long plain tool tips wrapped.
class HelpTextFilter : public QObject
{
    Q_OBJECT

  public:
    using QObject::QObject;

  protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace gridcba::ui
