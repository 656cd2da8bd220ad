#pragma once

// Settings of the desktop app, each declared once here with its type and default, so no
// key string is repeated across the code (Tiled's Preference<T>). Values live in QSettings
// under the application's organisation and name.

#include <QSettings>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <utility>

namespace gridcba::ui {

template <typename T> class Preference
{
  public:
    Preference(QString key, T defaultValue)
        : m_key(std::move(key)), m_default(std::move(defaultValue))
    {
    }

    T value() const
    {
        const QVariant v = QSettings().value(m_key);
        return v.isValid() && v.canConvert<T>() ? v.value<T>() : m_default;
    }
    void setValue(const T &value) const { QSettings().setValue(m_key, QVariant::fromValue(value)); }
    void reset() const { QSettings().remove(m_key); }
    const QString &key() const { return m_key; }

  private:
    QString m_key;
    T m_default;
};

namespace preferences {

// Most recent first; absolute paths of study files opened or saved.
inline Preference<QStringList> recentFiles()
{
    return {QStringLiteral("files/recent"), {}};
}

// Where the last Open or Save As dialog was left.
inline Preference<QString> lastDirectory()
{
    return {QStringLiteral("files/lastDirectory"), {}};
}

} // namespace preferences

} // namespace gridcba::ui
