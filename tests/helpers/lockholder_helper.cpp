// Built only for the tests: another process holding a study's lock.
//
//   lockholder_helper STUDY
//
// Takes the lock of STUDY (storage::StudyLock), prints "locked PID" (or "failed: why" and
// exits 1), then holds it until its standard input closes, when it releases the lock and
// exits 0. Killing it instead leaves the lock file behind, as a crash would.

#include "storage/studylock.h"

#include <QCoreApplication>

#include <cstdio>

using namespace gridcba;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 2) {
        std::fprintf(stderr, "usage: lockholder_helper STUDY\n");
        return 2;
    }
    QString error;
    const std::unique_ptr<storage::StudyLock> lock = storage::lockStudy(args[1], &error);
    if (!lock) {
        std::printf("failed: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("locked %lld\n", static_cast<long long>(QCoreApplication::applicationPid()));
    std::fflush(stdout);
    while (std::getchar() != EOF) {
    }
    return 0;
}
