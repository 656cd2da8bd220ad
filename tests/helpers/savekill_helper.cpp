// Built only for tst_atomicsave: saves two studies, A and B, alternately over one file until
// it is killed, so that the test can kill it at random moments of a save.
//
//   savekill_helper TARGET A.gridcba B.gridcba FIRST
//
// FIRST (0 or 1) is which of A and B to save first. The helper prints, each line flushed at
// once, "ready" when both studies are loaded, then for save n: "S n t" before serializing,
// "W n t" once the bytes are built and the file is about to be written, "E n t" when the
// file is in place (t in microseconds since the start). From the last line it printed, the
// test knows what a kill interrupted.

#include "storage/studyfile.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

using namespace gridcba;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 5) {
        std::fprintf(stderr, "usage: savekill_helper TARGET A.gridcba B.gridcba FIRST\n");
        return 2;
    }
    QElapsedTimer clock;
    clock.start();
    const storage::LoadResult a = storage::loadStudy(args[2]);
    const storage::LoadResult b = storage::loadStudy(args[3]);
    if (!a.study || !b.study) {
        std::fprintf(stderr, "%s\n", qPrintable(a.study ? b.error : a.error));
        return 2;
    }
    const model::Study *studies[] = {&*a.study, &*b.study};
    const int first = args[4].toInt();
    auto mark = [&](char what, long long n) {
        std::printf("%c %lld %lld\n", what, n, static_cast<long long>(clock.nsecsElapsed() / 1000));
        std::fflush(stdout);
    };
    std::printf("ready\n");
    std::fflush(stdout);
    for (long long n = 0;; ++n) {
        const model::Study &study = *studies[(first + n) % 2];
        mark('S', n);
        QString error;
        const std::optional<QByteArray> bytes = storage::serializeStudy(study, &error);
        mark('W', n);
        // What saveStudy does after serializing, so a kill here is a kill inside a save.
        if (!bytes || !storage::writeStudyFile(*bytes, args[1], &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        mark('E', n);
    }
}
