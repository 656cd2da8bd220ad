#pragma once

// The log panel at the bottom of the main window: what the application did and found, one
// timestamped line each (study opened or saved, evaluations with their figures or errors,
// imports, analyses). Warnings and errors are coloured. It can be hidden (View menu) and
// cleared; the text can be selected and copied into a support request.

#include <QDockWidget>

class QPlainTextEdit;

namespace gridcba::ui {

class LogPanel : public QDockWidget
{
    Q_OBJECT

  public:
    enum class Level { Info, Warning, Error };

    explicit LogPanel(QWidget *parent = nullptr);

    void append(Level level, const QString &text);
    void info(const QString &text) { append(Level::Info, text); }
    void warning(const QString &text) { append(Level::Warning, text); }
    void error(const QString &text) { append(Level::Error, text); }

    // All lines, as plain text.
    QString text() const;
    void clear();

  private:
    QPlainTextEdit *m_text;
};

} // namespace gridcba::ui
