#pragma once

// Runs the market model over work units (project × scenario × study year × climate year)
// and returns their results (unitresult.h). Units of the same scenario, study year and
// climate year share one resolved input and one reference run (the grid as the scenario
// has it): a PINT project's "without" is the reference, a TOOT project's "with" is. Each
// project's other run starts every week from the reference's optimal basis of that week
// and follows it in a second thread, so without + with cost little more than one run.
//
// One unit can be run on its own (a batch scheduler's array job) and the results merged
// into the study afterwards (`storeUnit`, then `applyComputedInputs`).

#include "unitresult.h"

#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace gridcba::market {

struct UnitKey
{
    QString projectId;
    QString scenarioId;
    int year = 0;
    int climateYear = 0;

    bool operator==(const UnitKey &) const = default;
    QString label() const;  // "P1 / NT 2030 / climate year 2009"
};

// Filters; empty / absent: all.
struct UnitFilter
{
    QString projectId;
    QString scenarioId;
    std::optional<int> year;
    std::optional<int> climateYear;
};

// The units the study can run: projects with border changes × scenarios' study years that
// have a power system × their climate years. `error` names a filter that matches nothing.
std::vector<UnitKey> workUnits(const model::Study &study, const UnitFilter &filter,
                               QString *error = nullptr);

struct SimulationOptions
{
    bool adequacy = true;
    int threads = 0;                  // 0: the machine's cores
    bool recordPrices = false;        // hourly prices in `SimulationOutcome::prices`
    QString softwareVersion;          // recorded with every result
    // Writes the LP of these weeks (1-based) of every run into `mpsDirectory` as
    // "<scenario>-<year>-<climate year>-<reference|project>-week<W>.mps", as solved.
    std::vector<int> mpsWeeks;
    QString mpsDirectory;
    // Progress of the whole request: a short description of the current step and the
    // fraction done. Called from worker threads; returning false cancels.
    std::function<bool(const QString &, double)> progress;
};

struct SimulationOutcome
{
    std::vector<UnitResult> units;    // in the order of the request
    bool cancelled = false;
    QString error;                    // names the unit and the field when a unit failed
};

SimulationOutcome simulate(const model::Study &study, const std::vector<UnitKey> &units,
                           const SimulationOptions &options);

// The file name `simulate` gives the MPS of a run ("reference" or the project id).
QString mpsFileName(const QString &scenarioId, int year, int climateYear, const QString &run,
                    int week);

// "COIN-OR Clp 1.17.6 (dual simplex, primal and dual tolerance 1e-09)"
QString solverDescription(const model::MarketSettings &settings);

}  // namespace gridcba::market
