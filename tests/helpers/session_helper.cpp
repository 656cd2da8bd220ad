// Built only for the tests: a desktop session that dies with unsaved changes.
//
//   session_helper STUDY APPNAME
//
// Runs the real main window (offscreen), with settings and recovery files in Qt's test
// locations under APPNAME, opens STUDY (so it holds its lock), makes the edit of
// test::withUnsavedEdit without saving, has the autosave write it, prints
// "autosaved RECOVERYFILE" and waits to be killed. The test then finds what a crash leaves:
// the recovery file and its sidecar, and a lock file naming a process that is gone.

#include "autosave.h"
#include "documentactions.h"
#include "mainwindow.h"
#include "studydocument.h"
#include "unsavededit.h"

#include <QApplication>
#include <QStandardPaths>

#include <cstdio>

using namespace gridcba;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: session_helper STUDY APPNAME\n");
        return 2;
    }
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("GridCBA-tests"));
    QCoreApplication::setApplicationName(args[2]);

    ui::MainWindow window;
    if (!window.openFile(args[1]))
        return 1;
    ui::StudyDocument *document = window.documentActions()->document();
    auto *saver = document->findChild<ui::AutoSaver *>();
    if (!saver || document->isReadOnly())
        return 1;
    document->commit(QStringLiteral("Edit"), test::withUnsavedEdit(document->study()));
    QString error;
    if (!saver->saveNow(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    std::printf("autosaved %s\n", qPrintable(saver->recoveryPath()));
    std::fflush(stdout);
    return app.exec();
}
