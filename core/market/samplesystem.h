#pragma once

// The bundled sample European system (resources/sample/system/*.csv): zones with their
// weather parameters, annual demand, thermal clusters, renewables, storage, demand-side
// response and NTCs per scenario and study year, turned into the study's power systems and
// the synthetic profiles (profilesynthesis.h) of every climate year of its scenarios.
// docs/market-model.md ("Sample European system") describes the tables and their sources.
//
// Columns named "<scenario>-<year>" ("NT-2030") hold the value of that scenario and study
// year; every such column must be a study year of a scenario of the study. Units: demand in
// TWh per year, capacities in MW (storage: discharge MW), prices in €/MWh.

#include "model/study.h"

#include <QByteArray>
#include <QString>

#include <map>
#include <optional>

namespace gridcba::market {

// The tables by file name: "zones.csv", "demand.csv", "technologies.csv", "thermal.csv",
// "renewables.csv", "storage.csv", "dsr.csv", "borders.csv"; optionally "results.json".
using SampleSystemFiles = std::map<QString, QByteArray>;

// Optional: the market results of the sample study's work units, computed by `gridcba-cli
// simulate --unit-out` from exactly these tables (and the sample study's projects), so that
// the sample's projects carry computed B1-B6 without 40 minutes of simulation at build time.
// Each unit's input fingerprint must match (unitsfile.h); scripts/sample-results.sh makes it.
inline const QString kSampleResultsFile = QStringLiteral("results.json");

// The file names the sample system is made of, in the order they are read.
const std::vector<QString> &sampleSystemFileNames();

// Reads the tables from a directory (a path on disk or a Qt resource folder such as
// ":/sample/system"). Null with `error` ("borders.csv: No such file") when one is missing.
std::optional<SampleSystemFiles> readSampleSystemFiles(const QString &directory, QString *error);

struct SampleSystemError
{
    QString file;    // "thermal.csv"
    int line = 0;    // 1-based; 0: the file as a whole
    QString message; // what is wrong and how to fix it

    QString toString() const; // "thermal.csv line 12: ..."
};

// Adds to `study` the power system of every scenario and study year the tables have columns
// for (replacing a system of the same scenario and year) and the profiles they refer to,
// synthesised for every climate year of the study's scenarios (replacing profiles of the
// same id and climate year). With "results.json", it then stores those unit results and
// writes the projects' computed indicator inputs, if every unit was computed from exactly
// these inputs and the study's market settings; if one was not, none is stored and
// `resultsNote` says why (the synthesised profiles are floating-point results of the C
// library's cos/exp/pow, which another platform may round differently: the sample must
// still open there). On error the study is unchanged.
std::optional<SampleSystemError> addSampleSystem(model::Study &study,
                                                 const SampleSystemFiles &files,
                                                 QString *resultsNote = nullptr);

} // namespace gridcba::market
