#pragma once

// The entry functions of the fuzz targets (fuzz/fuzz_*.cpp), shared with the regression
// test tests/io/tst_fuzzregressions.cpp so that every crash a fuzzer found, and every seed,
// is replayed by the normal build through exactly the code the fuzzer ran.
//
// Each function feeds bytes to one importer and checks what came out. Ordinary bad input
// gives an Outcome with errors; `bug` is set only for a broken invariant (a study accepted
// that does not survive export and re-import, an error without a message, an evaluation
// that gives a number that is not finite), which the fuzzers turn into abort().

#include "editing/tableadapter.h"
#include "model/study.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace gridcba::fuzz {

struct Outcome
{
    bool imported = false;       // the importer gave a study
    QStringList errors;          // what it reported, as users read it
    std::vector<int> lines;      // per error: its line in the file, 0 when none is given
    std::vector<QString> fields; // per error: the field (JSON path or table column), or empty
    QString bug;                 // non-empty: an invariant is broken (a real bug)
};

// Bytes → io::studyFromJson (what `gridcba-cli import-json` runs, validation included). An
// imported study must export → import to an equal study, export byte-identically, and
// evaluate (economics::evaluateProject) to finite numbers or a clear error.
Outcome runJsonImport(const QByteArray &bytes);

// The CSV tables the CSV fuzzer can import into, over the sample study; the first byte of
// the input picks one: (byte − 'A') mod csvTableCount(), so 'A' is table 0, 'B' table 1, …
int csvTableCount();
QString csvTableName(int index); // "deflator", "capex-phasing", …: seed file names start so
char csvTableSelector(int index);
// The table's adapter over the sample study (made once).
ui::TableAdapterPtr csvAdapter(int index);

// First byte: the table; the rest: a CSV file → ui::readCsv and ui::importCsvTable over the
// sample study. An imported study must survive JSON export → import (no NaN, no infinity,
// nothing the study file cannot hold).
Outcome runCsvImport(const QByteArray &bytes);

// Bytes → storage::loadStudyFromBytes (a .gridcba SQLite file), reporting invalid studies.
// A loaded study must survive serializeStudy → loadStudyFromBytes.
Outcome runStudyFileLoad(const QByteArray &bytes);

// Bytes → io::readProfileCsv (the hourly profile import of the power-system pages). Profiles
// read must have 8,760 finite values >= 0 and ids that are unique; a refusal must name
// the file.
Outcome runProfileCsvImport(const QByteArray &bytes);

// The sample study (resources/sample/sample-study.json), read once.
const model::Study &sampleStudy();

} // namespace gridcba::fuzz
