// gridcba: the desktop application. `gridcba [STUDY]` opens STUDY (.gridcba or JSON) at
// start; everything else happens in the main window.

#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("GridCBA"));
    QApplication::setApplicationName(QStringLiteral("GridCBA"));
    QApplication::setApplicationDisplayName(QStringLiteral("GridCBA"));
    QApplication::setApplicationVersion(QStringLiteral(GRIDCBA_VERSION));

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

    gridcba::ui::MainWindow window;
    window.resize(1280, 800);
    window.show();
    const QStringList studies = parser.positionalArguments();
    if (!studies.isEmpty()) {
        // Once the window is up, so an error message has a parent to sit on.
        QTimer::singleShot(0, &window,
                           [&window, path = studies.constFirst()] { window.openFile(path); });
    }
    return app.exec();
}
