// The libFuzzer main of every target, built once per target (fuzz/CMakeLists.txt) with
// GRIDCBA_FUZZ_NAME ("fuzz_json") and GRIDCBA_FUZZ_ENTRY, the entry function of
// fuzzentry.h it feeds:
//   fuzz_json        runJsonImport: the JSON exchange-format importer (io::studyFromJson, with
//                    validation), then export → import and evaluation of what it accepts
//   fuzz_csv         runCsvImport: the CSV import of the GUI tables over the sample study; the
//                    first byte picks the table
//   fuzz_studyfile   runStudyFileLoad: the study file loader (SQLite, migrations, reading)
//   fuzz_profilecsv  runProfileCsvImport: the hourly profile CSV import
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
    QCoreApplication::setApplicationName(QStringLiteral(GRIDCBA_FUZZ_NAME));
    gridcba::fuzz::sampleStudy();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data),
                                                     qsizetype(size));
    const gridcba::fuzz::Outcome outcome = gridcba::fuzz::GRIDCBA_FUZZ_ENTRY(bytes);
    if (!outcome.bug.isEmpty()) {
        std::fprintf(stderr, "BUG: %s\n", qPrintable(outcome.bug));
        std::abort();
    }
    return 0;
}
