#include "simulation.h"

#include "inputdigest.h"

#include <coin/ClpConfig.h>

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>
#include <mutex>
#include <thread>

namespace gridcba::market {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Simulation)
};

// Work of one adequacy sample year, in dispatch blocks, for the progress fraction.
constexpr double kSampleWeight = 4.0;

struct Group
{
    QString scenarioId;
    int year = 0;
    int climateYear = 0;
    std::vector<std::size_t> units;  // indices into the request
};

std::vector<Group> groupUnits(const std::vector<UnitKey> &units)
{
    std::vector<Group> groups;
    for (std::size_t i = 0; i < units.size(); ++i) {
        const UnitKey &u = units[i];
        auto g = std::find_if(groups.begin(), groups.end(), [&](const Group &x) {
            return x.scenarioId == u.scenarioId && x.year == u.year && x.climateYear == u.climateYear;
        });
        if (g == groups.end()) {
            groups.push_back({u.scenarioId, u.year, u.climateYear, {}});
            g = groups.end() - 1;
        }
        g->units.push_back(i);
    }
    return groups;
}

// Serialises the caller's progress callback and turns run-local fractions into the
// fraction of the whole request.
class Progress
{
public:
    Progress(const SimulationOptions &options, double total) : m_options(options), m_total(total) {}

    // A callback for one run worth `weight` units, described by `stage`.
    std::function<bool(double)> forRun(const QString &stage, double weight)
    {
        auto last = std::make_shared<double>(0.0);
        return [this, stage, weight, last](double fraction) {
            std::lock_guard lock(m_mutex);
            m_done += (fraction - *last) * weight;
            *last = fraction;
            if (m_cancelled)
                return false;
            if (m_options.progress && !m_options.progress(stage, std::min(1.0, m_done / m_total)))
                m_cancelled = true;
            return !m_cancelled;
        };
    }

    bool cancelled()
    {
        std::lock_guard lock(m_mutex);
        return m_cancelled;
    }

private:
    const SimulationOptions &m_options;
    double m_total;
    double m_done = 0.0;
    bool m_cancelled = false;
    std::mutex m_mutex;
};

RunSummary summary(RunTotals &&t)
{
    RunSummary s;
    s.zones = std::move(t.zones);
    s.blockObjectiveEur = std::move(t.blockObjectiveEur);
    s.iterations = t.iterations;
    s.hourlyFallbacks = t.hourlyFallbacks;
    s.seconds = t.seconds;
    return s;
}

}  // namespace

QString UnitKey::label() const
{
    //: %1 project, %2 scenario, %3 study year, %4 climate year
    return Tr::tr("%1 / %2 %3 / climate year %4").arg(projectId, scenarioId).arg(year).arg(climateYear);
}

QString solverDescription(const model::MarketSettings &settings)
{
    return QStringLiteral("COIN-OR Clp %1 (dual simplex, warm-started; primal tolerance %2, dual "
                          "tolerance %3)")
        .arg(QLatin1String(CLP_VERSION))
        .arg(settings.primalTolerance, 0, 'g', 3)
        .arg(settings.dualTolerance, 0, 'g', 3);
}

QString mpsFileName(const QString &scenarioId, int year, int climateYear, const QString &run, int week)
{
    return QStringLiteral("%1-%2-%3-%4-week%5.mps").arg(scenarioId).arg(year).arg(climateYear).arg(run).arg(week);
}

std::vector<UnitKey> workUnits(const model::Study &study, const UnitFilter &filter, QString *error)
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return std::vector<UnitKey>{};
    };
    if (!filter.projectId.isEmpty() && !study.project(filter.projectId))
        //: %1 is a project id
        return fail(Tr::tr("there is no project '%1' in the study").arg(filter.projectId));
    if (!filter.scenarioId.isEmpty() && !study.scenario(filter.scenarioId))
        //: %1 is a scenario id
        return fail(Tr::tr("there is no scenario '%1' in the study").arg(filter.scenarioId));
    std::vector<UnitKey> units;
    for (const model::Scenario &s : study.scenarios) {
        if (!filter.scenarioId.isEmpty() && s.id != filter.scenarioId)
            continue;
        for (const model::StudyYear &y : s.studyYears) {
            if ((filter.year && y.year != *filter.year) || !study.powerSystem(s.id, y.year))
                continue;
            for (const model::ClimateYear &cy : s.climateYears) {
                if (filter.climateYear && cy.year != *filter.climateYear)
                    continue;
                for (const model::Project &p : study.projects) {
                    if ((!filter.projectId.isEmpty() && p.id != filter.projectId) || p.borders.empty())
                        continue;
                    units.push_back({p.id, s.id, y.year, cy.year});
                }
            }
        }
    }
    if (units.empty())
        return fail(Tr::tr("nothing to simulate: no project with border changes in a scenario "
                           "and study year that has a power system matches"));
    return units;
}

SimulationOutcome simulate(const model::Study &study, const std::vector<UnitKey> &units,
                           const SimulationOptions &options)
{
    SimulationOutcome outcome;
    const std::vector<Group> groups = groupUnits(units);
    const int samples = options.adequacy ? std::max(0, study.market.adequacyYearsPerClimateYear) : 0;
    double total = 0.0;
    for (const Group &g : groups)
        total += double(g.units.size() + 1) * (kBlockCount + samples * kSampleWeight);
    Progress progress(options, std::max(total, 1.0));
    const int threads = std::max(1, options.threads > 0 ? options.threads
                                                        : int(std::thread::hardware_concurrency()));
    const QString solver = solverDescription(study.market);
    const QString created = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    std::vector<std::optional<UnitResult>> results(units.size());

    for (const Group &g : groups) {
        //: %1 scenario, %2 study year, %3 climate year
        const QString where = Tr::tr("%1 %2, climate year %3").arg(g.scenarioId).arg(g.year).arg(g.climateYear);
        const MarketInputResult resolved = resolveMarketInput(study, g.scenarioId, g.year, g.climateYear);
        if (!resolved.input) {
            outcome.error = where + QStringLiteral(": ") + resolved.error.path + QStringLiteral(": ")
                            + resolved.error.message;
            return outcome;
        }
        const MarketInput &input = *resolved.input;
        std::vector<ProjectVariant> variants;
        for (std::size_t i : g.units) {
            const model::Project *p = study.project(units[i].projectId);
            variants.push_back(projectVariant(study, input, *p, g.year));
            if (!variants.back().error.message.isEmpty()) {
                outcome.error = units[i].label() + QStringLiteral(": ") + variants.back().error.path
                                + QStringLiteral(": ") + variants.back().error.message;
                return outcome;
            }
        }

        // Dispatch: the reference and every project's NTCs, week by week (dispatchrun.h).
        std::vector<const std::vector<Ntc> *> ntcs{&input.ntcReference};
        for (const ProjectVariant &v : variants)
            ntcs.push_back(&v.ntc);
        DispatchOptions o;
        std::vector<DispatchTrace> traces;  // [run]
        if (options.adequacy)
            o.traces = &traces;
        o.primalTolerance = study.market.primalTolerance;
        o.dualTolerance = study.market.dualTolerance;
        o.threads = threads;
        o.progress = progress.forRun(where + Tr::tr(": dispatch"), double(ntcs.size()) * kBlockCount);
        if (!options.mpsWeeks.empty())
            o.mpsPath = [&](int run, int block) {
                const int week = block + 1;
                if (std::find(options.mpsWeeks.begin(), options.mpsWeeks.end(), week) == options.mpsWeeks.end())
                    return QString();
                const QString name = run == 0 ? QStringLiteral("reference") : units[g.units[std::size_t(run - 1)]].projectId;
                return options.mpsDirectory + u'/' + mpsFileName(g.scenarioId, g.year, g.climateYear, name, week);
            };
        DispatchResult dispatched = runYears(input, ntcs, o);
        if (dispatched.cancelled || progress.cancelled()) {
            outcome.cancelled = true;
            return outcome;
        }
        if (!dispatched.error.isEmpty()) {
            outcome.error = where + QStringLiteral(": ") + dispatched.error;
            return outcome;
        }
        std::vector<RunTotals> &runs = dispatched.runs;
        const std::size_t tasks = ntcs.size();

        // Adequacy: the reference once, then each project on the same samples.
        std::vector<std::optional<AdequacyResult>> adequacy(tasks);
        if (options.adequacy) {
            for (std::size_t t = 0; t < tasks; ++t) {
                AdequacyOptions a;
                a.sampleYears = samples;
                a.seed = study.market.adequacySeed;
                a.scenarioId = g.scenarioId;
                a.year = g.year;
                a.climateYear = g.climateYear;
                a.threads = threads;
                a.primalTolerance = study.market.primalTolerance;
                a.dualTolerance = study.market.dualTolerance;
                a.dispatch = &traces[t];
                a.progress = progress.forRun(
                    (t == 0 ? where : units[g.units[t - 1]].label()) + Tr::tr(": adequacy"),
                    samples * kSampleWeight);
                const AdequacyRun run =
                    runAdequacy(input, t == 0 ? input.ntcReference : variants[t - 1].ntc, a);
                if (run.cancelled) {
                    outcome.cancelled = true;
                    return outcome;
                }
                if (!run.result) {
                    outcome.error = where + QStringLiteral(": ") + run.error;
                    return outcome;
                }
                adequacy[t] = run.result;
            }
        }

        for (std::size_t k = 0; k < g.units.size(); ++k) {
            const UnitKey &key = units[g.units[k]];
            UnitResult r;
            r.projectId = key.projectId;
            r.scenarioId = key.scenarioId;
            r.year = key.year;
            r.climateYear = key.climateYear;
            r.method = variants[k].method;
            for (int z = 0; z < input.zoneCount(); ++z)
                r.zones.push_back({input.zoneIds[std::size_t(z)], input.countries[std::size_t(z)],
                                   input.euMember[std::size_t(z)]});
            const bool pint = r.method == model::AssessmentMethod::Pint;
            RunTotals ref = runs[0];  // copied: other projects use it too
            RunTotals own = std::move(runs[k + 1]);
            r.without = summary(pint ? std::move(ref) : std::move(own));
            r.with = summary(pint ? std::move(own) : std::move(ref));
            if (options.adequacy)
                r.adequacy = pint ? AdequacyPair{*adequacy[0], *adequacy[k + 1]}
                                  : AdequacyPair{*adequacy[k + 1], *adequacy[0]};
            r.solver = solver;
            r.settings = study.market;
            if (!options.adequacy)
                r.settings.adequacyYearsPerClimateYear = 0;
            r.createdUtc = created;
            r.softwareVersion = options.softwareVersion;
            r.inputDigest = unitInputDigest(input, variants[k], key.scenarioId, key.year, key.climateYear);
            results[g.units[k]] = std::move(r);
        }
    }
    for (auto &r : results)
        outcome.units.push_back(std::move(*r));
    return outcome;
}

}  // namespace gridcba::market
