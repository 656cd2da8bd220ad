#pragma once

// The language of the user interface and of the report: GridCBA's own translations (embedded
// as :/i18n/gridcba_<lang>.qm) plus Qt's, when Debian's qt6-translations-l10n is installed.

#include <QLocale>
#include <QString>
#include <QStringList>

namespace gridcba::i18n {

// The languages GridCBA has translations for, as ISO 639-1 codes; "en" (the source
// language) first.
QStringList availableLanguages();

// The name of a language in that language ("Deutsch"), as language pickers show it.
QString nativeLanguageName(const QString &code);

// The language to use for a setting: "en", "de" or "fr" as given; "system" (or empty) picks
// the first of the locale's UI languages that GridCBA has, else English.
QString resolveLanguage(const QString &setting, const QLocale &system = QLocale::system());

// Installs the translators of `code` on the running QCoreApplication, replacing those of an
// earlier call ("en" removes them). Returns false, and leaves English, for a language
// GridCBA has no translation for.
bool installTranslators(const QString &code);

// The language installed by the last installTranslators() ("en" before any).
QString currentLanguage();

} // namespace gridcba::i18n
