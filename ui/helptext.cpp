#include "helptext.h"

#include <QAbstractItemView>
#include <QHeaderView>
#include <QHelpEvent>
#include <QTextDocument>
#include <QToolTip>
#include <QWhatsThis>
#include <QWidget>

namespace gridcba::ui {

namespace {

// Plain tool tips up to this many characters stay on one line, as Qt shows them.
constexpr int kOneLineTip = 80;

// The text of `role` (falling back to the tool tip) of the cell or header section at `pos`
// when `widget` is an item view's viewport, with the rectangle it covers there.
QString itemText(const QWidget *widget, const QPoint &pos, Qt::ItemDataRole role,
                 QRect *area = nullptr)
{
    auto *view = qobject_cast<const QAbstractItemView *>(widget->parentWidget());
    if (!view || view->viewport() != widget || !view->model())
        return {};
    QVariant text;
    QVariant toolTip;
    if (auto *header = qobject_cast<const QHeaderView *>(view)) {
        const int section = header->logicalIndexAt(pos);
        if (section < 0)
            return {};
        text = header->model()->headerData(section, header->orientation(), role);
        toolTip = header->model()->headerData(section, header->orientation(), Qt::ToolTipRole);
        if (area)
            *area = header->orientation() == Qt::Horizontal
                        ? QRect(header->sectionViewportPosition(section), 0,
                                header->sectionSize(section), header->height())
                        : QRect(0, header->sectionViewportPosition(section), header->width(),
                                header->sectionSize(section));
    } else {
        const QModelIndex index = view->indexAt(pos);
        if (!index.isValid())
            return {};
        text = index.data(role);
        toolTip = index.data(Qt::ToolTipRole);
        if (area)
            *area = view->visualRect(index);
    }
    return text.toString().isEmpty() ? toolTip.toString() : text.toString();
}

bool showWrappedToolTip(QWidget *widget, const QHelpEvent *help)
{
    QRect area = widget->rect();
    QString text = itemText(widget, help->pos(), Qt::ToolTipRole, &area);
    if (text.isEmpty())
        text = widget->toolTip();
    if (text.size() <= kOneLineTip || Qt::mightBeRichText(text))
        return false; // Qt shows it well as it is
    QToolTip::showText(help->globalPos(), wrappedHelp(text), widget, area,
                       widget->toolTipDuration());
    return true;
}

} // namespace

QString whatsThisText(const QWidget *widget, const QPoint &pos)
{
    if (!widget)
        return {};
    if (!widget->whatsThis().isEmpty())
        return widget->whatsThis();
    if (QString text = itemText(widget, pos, Qt::WhatsThisRole); !text.isEmpty())
        return text;
    return widget->toolTip();
}

QString wrappedHelp(const QString &text)
{
    if (Qt::mightBeRichText(text))
        return text;
    return QStringLiteral("<p>") + text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br/>")) +
           QStringLiteral("</p>");
}

bool HelpTextFilter::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type type = event->type();
    if ((type != QEvent::ToolTip && type != QEvent::WhatsThis && type != QEvent::QueryWhatsThis) ||
        !watched->isWidgetType())
        return false;
    auto *widget = static_cast<QWidget *>(watched);
    auto *help = static_cast<QHelpEvent *>(event);
    if (type == QEvent::ToolTip) {
        if (!showWrappedToolTip(widget, help))
            return false;
        event->accept();
        return true;
    }
    if (!widget->whatsThis().isEmpty())
        return false; // Qt shows the widget's own text
    const QString text = whatsThisText(widget, help->pos());
    if (text.isEmpty())
        return false; // Qt asks the parent widget next
    if (type == QEvent::WhatsThis)
        QWhatsThis::showText(help->globalPos(), text, widget);
    event->accept();
    return true;
}

} // namespace gridcba::ui
