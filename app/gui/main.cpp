// gridcba: the desktop application. `gridcba [STUDY]` opens STUDY (.gridcba or JSON) at
// start; everything else happens in the main window.

#include "language.h"
#include "mainwindow.h"
#include "preferences.h"
#include "settingsdialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("GridCBA"));
    QApplication::setApplicationName(QStringLiteral("GridCBA"));
    QApplication::setApplicationDisplayName(QStringLiteral("GridCBA"));
    QApplication::setApplicationVersion(QStringLiteral(GRIDCBA_VERSION));
    // The id of the desktop entry and AppStream metadata (packaging/), so that task bars
    // match the window to its menu entry, and the icon drawn in packaging/icons/.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.gridcba.GridCBA"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/gridcba.svg")));
    // Before any text is built: the language of the settings, else the desktop's.
    gridcba::i18n::installTranslators(
        gridcba::i18n::resolveLanguage(gridcba::ui::preferences::language().value()));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Cost-benefit analysis of electricity grid projects (ENTSO-E CBA guideline)"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("study"),
        QApplication::translate("main", "A study file (.gridcba) or JSON study to open."),
        QStringLiteral("[STUDY]"));
    parser.process(app);

    gridcba::ui::applyNumberFormatSetting();
    gridcba::ui::MainWindow window;
    window.show();
    const QStringList studies = parser.positionalArguments();
    // Once the window is up, so a dialog has a parent to sit on: the study asked for, or the
    // offer to restore what a session that ended without saving left behind.
    if (!studies.isEmpty()) {
        QTimer::singleShot(0, &window,
                           [&window, path = studies.constFirst()] { window.openFile(path); });
    } else {
        QTimer::singleShot(0, &window, [&window] { window.offerRecovery(); });
    }
    return app.exec();
}
