// libFuzzer target: bytes → the hourly profile CSV import (io::readProfileCsv) of the power-system pages; what it accepts must be 8,760 finite values >= 0 per unique profile id.
// Built with -DGRIDCBA_FUZZ=ON by scripts/fuzz.sh; see docs/fuzzing.md.

#include "fuzzentry.h"

#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // Qt's translations and settings want an application object; settings go to a name of
    // their own so that a fuzz run never reads or writes the user's GridCBA settings.
    static QCoreApplication app(*argc, *argv);
    QCoreApplication::setOrganizationName(QStringLiteral("GridCBA-fuzz"));
    QCoreApplication::setApplicationName(QStringLiteral("fuzz_profilecsv"));
    gridcba::fuzz::sampleStudy();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data),
                                                     qsizetype(size));
    const gridcba::fuzz::Outcome outcome = gridcba::fuzz::runProfileCsvImport(bytes);
    if (!outcome.bug.isEmpty()) {
        std::fprintf(stderr, "BUG: %s\n", qPrintable(outcome.bug));
        std::abort();
    }
    return 0;
}
