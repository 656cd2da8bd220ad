#include "logpanel.h"

#include <QAction>
#include <QMenu>
#include <QPlainTextEdit>
#include <QTime>

namespace gridcba::ui {

namespace {

constexpr int kMaxLines = 5000;

} // namespace

LogPanel::LogPanel(QWidget *parent) : QDockWidget(tr("Log"), parent), m_text(new QPlainTextEdit)
{
    setObjectName(QStringLiteral("logPanel"));
    m_text->setObjectName(QStringLiteral("logText"));
    m_text->setReadOnly(true);
    m_text->setMaximumBlockCount(kMaxLines);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_text, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        std::unique_ptr<QMenu> menu(m_text->createStandardContextMenu());
        menu->addSeparator();
        menu->addAction(tr("Clear Log"), this, &LogPanel::clear);
        menu->exec(m_text->viewport()->mapToGlobal(pos));
    });
    setWidget(m_text);
    setAllowedAreas(Qt::BottomDockWidgetArea | Qt::TopDockWidgetArea);
}

void LogPanel::append(Level level, const QString &text)
{
    const QString time = QTime::currentTime().toString(QStringLiteral("HH:mm:ss"));
    QString color;
    QString prefix;
    switch (level) {
    case Level::Info:
        break;
    case Level::Warning:
        color = QStringLiteral("#9a6700");
        prefix = tr("Warning: ");
        break;
    case Level::Error:
        color = QStringLiteral("#b00020");
        prefix = tr("Error: ");
        break;
    }
    QString html = QStringLiteral("<span style=\"color:#666\">%1</span> ").arg(time);
    const QString body = (prefix + text).toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
    html += color.isEmpty() ? body : QStringLiteral("<span style=\"color:%1\">%2</span>").arg(color, body);
    m_text->appendHtml(html);
}

QString LogPanel::text() const
{
    return m_text->toPlainText();
}

void LogPanel::clear()
{
    m_text->clear();
}

} // namespace gridcba::ui
