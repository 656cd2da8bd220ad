#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>

namespace gridcba::i18n {

namespace {

struct Installed
{
    QString code = QStringLiteral("en");
    std::unique_ptr<QTranslator> own;
    std::unique_ptr<QTranslator> qt;
};

Installed &installed()
{
    static Installed state;
    return state;
}

void remove(std::unique_ptr<QTranslator> &translator)
{
    if (translator) {
        QCoreApplication::removeTranslator(translator.get());
        translator.reset();
    }
}

} // namespace

QStringList availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")};
}

QString nativeLanguageName(const QString &code)
{
    const QString name = QLocale(code).nativeLanguageName();
    return name.isEmpty() ? code : name.left(1).toUpper() + name.mid(1);
}

QString resolveLanguage(const QString &setting, const QLocale &system)
{
    const QStringList available = availableLanguages();
    if (available.contains(setting))
        return setting;
    for (const QString &ui : system.uiLanguages()) {
        const QString code = QLocale(ui).name().section(u'_', 0, 0);
        if (available.contains(code))
            return code;
    }
    return QStringLiteral("en");
}

bool installTranslators(const QString &code)
{
    Installed &state = installed();
    remove(state.own);
    remove(state.qt);
    state.code = QStringLiteral("en");
    if (code == QLatin1String("en"))
        return true;
    if (!availableLanguages().contains(code))
        return false;

    auto own = std::make_unique<QTranslator>();
    if (!own->load(QStringLiteral(":/i18n/gridcba_%1.qm").arg(code)))
        return false;
    QCoreApplication::installTranslator(own.get());
    state.own = std::move(own);
    state.code = code;

    // Qt's own strings (standard buttons, file dialogs): optional, from the system.
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QLocale(code), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        state.qt = std::move(qt);
    }
    return true;
}

QString currentLanguage()
{
    return installed().code;
}

} // namespace gridcba::i18n
