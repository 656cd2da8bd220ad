#pragma once

// Settings of the desktop app, each declared once here with its type and default, so no
// key string is repeated across the code (Tiled's Preference<T>). Values live in QSettings
// under the application's organisation and name.

#include <QByteArray>
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
    const T &defaultValue() const { return m_default; }

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

// --- Defaults of the New Study wizard (methodology.md §3), edited in the settings dialog.

// Real discount rate, a fraction (0.04 = 4 %).
inline Preference<double> newStudyDiscountRate()
{
    return {QStringLiteral("newStudy/discountRate"), 0.04};
}

// Year whose prices all money is expressed in.
inline Preference<int> newStudyPriceBaseYear()
{
    return {QStringLiteral("newStudy/priceBaseYear"), 2023};
}

// t0 of the present values: the study's reference year.
inline Preference<int> newStudyDiscountingYear()
{
    return {QStringLiteral("newStudy/discountingYear"), 2025};
}

// N: years of operation assessed from commissioning.
inline Preference<int> newStudyOperatingYears()
{
    return {QStringLiteral("newStudy/operatingYears"), 25};
}

// --- Display and session

// How numbers are written: "system" (the desktop's locale), "C" (English, 1,234.5),
// "de_DE" (1.234,5) or "fr_FR" (1 234,5). Applied by applyNumberFormatSetting().
inline Preference<QString> numberFormat()
{
    return {QStringLiteral("display/numberFormat"), QStringLiteral("system")};
}

// The language of the interface and the report: "system" (the desktop's, when GridCBA has
// it, else English), "en", "de" or "fr". Read once at start-up (i18n::installTranslators).
inline Preference<QString> language()
{
    return {QStringLiteral("display/language"), QStringLiteral("system")};
}

// Minutes between autosaves of a modified study to its recovery file; 0 = autosave off.
inline Preference<int> autosaveIntervalMinutes()
{
    return {QStringLiteral("autosave/intervalMinutes"), 2};
}

// The main window's geometry and dock/toolbar state (QMainWindow::saveGeometry/saveState).
inline Preference<QByteArray> mainWindowGeometry()
{
    return {QStringLiteral("window/geometry"), {}};
}
inline Preference<QByteArray> mainWindowState()
{
    return {QStringLiteral("window/state"), {}};
}

} // namespace preferences

} // namespace gridcba::ui
