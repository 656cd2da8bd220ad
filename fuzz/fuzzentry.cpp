#include "fuzzentry.h"

#include "economics/evaluation.h"
#include "editing/csvimport.h"
#include "io/profilecsv.h"

#include <QSet>
#include <cmath>
#include "editing/economicsadapters.h"
#include "editing/projectadapters.h"
#include "editing/scenarioadapters.h"
#include "io/jsonformat.h"
#include "storage/studyfile.h"

#include <QFile>

#include <cmath>
#include <cstdlib>
#include <functional>

#ifndef GRIDCBA_SAMPLE_JSON
#error "GRIDCBA_SAMPLE_JSON (path of resources/sample/sample-study.json) must be defined"
#endif

namespace gridcba::fuzz {

namespace {

const QString kJsonName = QStringLiteral("fuzz.json");

void addJsonErrors(Outcome &out, const std::vector<io::InputError> &errors)
{
    for (const io::InputError &e : errors) {
        out.errors << e.toString();
        out.lines.push_back(e.line);
        out.fields.push_back(e.path);
        if (e.message.trimmed().isEmpty())
            out.bug = QStringLiteral("an error without a message: ") + e.toString();
    }
}

bool finite(double v) { return std::isfinite(v); }

// What in an evaluation is not a finite number, or empty.
QString nonFinite(const economics::ProjectEvaluation &p)
{
    for (const economics::ScenarioEvaluation &s : p.scenarios) {
        const QString where = p.projectId + u'/' + s.scenarioId + QStringLiteral(": ");
        for (double v : {s.pvHeadlineBenefitsEur, s.pvCapexEur, s.pvOpexEur,
                         s.pvDecommissioningEur, s.pvResidualValueEur, s.npvEur, s.npvSccLowEur,
                         s.npvSccHighEur, s.npvCapexLowEur, s.npvCapexHighEur})
            if (!finite(v))
                return where + QStringLiteral("a present value or NPV is %1").arg(v);
        for (double v : s.pvBenefits)
            if (!finite(v))
                return where + QStringLiteral("a benefit present value is %1").arg(v);
        if (s.bcRatio && !finite(*s.bcRatio))
            return where + QStringLiteral("the B/C ratio is %1").arg(*s.bcRatio);
        if (s.irr && !finite(*s.irr))
            return where + QStringLiteral("the IRR is %1").arg(*s.irr);
        for (const economics::CashFlowYear &y : s.cashFlows)
            if (!finite(y.netEur()) || !finite(y.discountFactor))
                return where + QStringLiteral("the cash flow of %1 is %2").arg(y.year).arg(y.netEur());
    }
    return {};
}

// The round trip every accepted study must survive: export → import equal, export again
// byte-identical.
QString jsonRoundTrip(const model::Study &study, bool refuseInvalid)
{
    const QByteArray exported = io::studyToJson(study);
    const io::StudyReadResult again = io::studyFromJson(exported, kJsonName, refuseInvalid);
    if (!again.study) {
        QStringList errors;
        for (const io::InputError &e : again.errors)
            errors << e.toString();
        return QStringLiteral("the exported study does not import again: ") +
               errors.join(QStringLiteral("; "));
    }
    if (!(*again.study == study))
        return QStringLiteral("export → import gives a different study");
    if (io::studyToJson(*again.study) != exported)
        return QStringLiteral("export → import → export is not byte-identical");
    return {};
}

// --- CSV tables over the sample study ---------------------------------------------------

struct CsvTarget
{
    const char *name;
    std::function<ui::TableAdapterPtr(const model::Study &)> make;
};

template <typename A, typename... Args> auto maker(Args... args)
{
    return [=](const model::Study &s) -> ui::TableAdapterPtr {
        if constexpr (std::is_constructible_v<A, const model::Study &, Args...>)
            return std::make_shared<A>(s, args...);
        else
            return std::make_shared<A>(args...);
    };
}

const std::vector<CsvTarget> &csvTargets()
{
    static const std::vector<CsvTarget> targets = {
        {"economic-parameters", maker<ui::EconomicParametersAdapter>()},
        {"deflator", maker<ui::DeflatorAdapter>()},
        {"study-info", maker<ui::StudyInfoAdapter>()},
        {"scenario-info", maker<ui::ScenarioInfoAdapter>(0)},
        {"climate-years", maker<ui::ClimateYearsAdapter>(0)},
        {"study-years", maker<ui::StudyYearsAdapter>(0)},
        {"damage-costs", maker<ui::DamageCostsAdapter>(0)},
        {"fuel-prices", maker<ui::FuelPricesAdapter>(0)},
        {"project-info", maker<ui::ProjectInfoAdapter>(0)},
        {"investments", maker<ui::InvestmentsAdapter>(0)},
        {"capex-phasing", maker<ui::CapexPhasingAdapter>(0, 0)},
        {"borders", maker<ui::BordersAdapter>(0)},
        {"cost-shares", maker<ui::CostSharesAdapter>(0)},
        {"indicator-inputs", maker<ui::IndicatorInputsAdapter>(0)},
        {"other-benefits", maker<ui::OtherBenefitsAdapter>(0, 0)},
        {"qualitative", maker<ui::QualitativeAdapter>(0)},
    };
    return targets;
}

// The adapters are made once: they read the study (ids, money unit) when made.
const std::vector<ui::TableAdapterPtr> &csvAdapters()
{
    static const std::vector<ui::TableAdapterPtr> adapters = [] {
        std::vector<ui::TableAdapterPtr> out;
        for (const CsvTarget &t : csvTargets())
            out.push_back(t.make(sampleStudy()));
        return out;
    }();
    return adapters;
}

} // namespace

const model::Study &sampleStudy()
{
    static const model::Study study = [] {
        QFile file(QStringLiteral(GRIDCBA_SAMPLE_JSON));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot open the sample study %s", GRIDCBA_SAMPLE_JSON);
        io::StudyReadResult r = io::studyFromJson(file.readAll(), file.fileName());
        if (!r.study)
            qFatal("the sample study does not import");
        return std::move(*r.study);
    }();
    return study;
}

Outcome runJsonImport(const QByteArray &bytes)
{
    Outcome out;
    const io::StudyReadResult r = io::studyFromJson(bytes, kJsonName);
    if (!r.study) {
        if (r.errors.empty())
            out.bug = QStringLiteral("no study and no error");
        addJsonErrors(out, r.errors);
        return out;
    }
    out.imported = true;
    if (!r.errors.empty())
        out.bug = QStringLiteral("a study and errors");
    else
        out.bug = jsonRoundTrip(*r.study, true);
    if (!out.bug.isEmpty())
        return out;
    // A valid study evaluates to finite numbers or says why it cannot.
    for (const model::Project &p : r.study->projects) {
        economics::EvaluationError error;
        const auto evaluation = economics::evaluateProject(*r.study, p, &error);
        if (!evaluation) {
            if (error.message.trimmed().isEmpty())
                out.bug = QStringLiteral("an evaluation error without a message");
            out.errors << error.path + QStringLiteral(": ") + error.message;
            out.lines.push_back(0);
            out.fields.push_back(error.path);
        } else if (const QString bad = nonFinite(*evaluation); !bad.isEmpty()) {
            out.bug = QStringLiteral("evaluation gives a number that is not finite: ") + bad;
        }
        if (!out.bug.isEmpty())
            break;
    }
    return out;
}

int csvTableCount() { return int(csvTargets().size()); }

QString csvTableName(int index) { return QString::fromLatin1(csvTargets().at(size_t(index)).name); }

char csvTableSelector(int index) { return char('A' + index); }

ui::TableAdapterPtr csvAdapter(int index) { return csvAdapters().at(std::size_t(index)); }

Outcome runCsvImport(const QByteArray &bytes)
{
    Outcome out;
    if (bytes.isEmpty())
        return out;
    const int n = csvTableCount();
    const int index = (int(static_cast<unsigned char>(bytes[0])) + 256 - 'A') % n;
    const ui::TableAdapter &adapter = *csvAdapters()[size_t(index)];
    QString error;
    const std::optional<ui::CsvTable> table = ui::readCsv(bytes.mid(1), &error);
    if (!table) {
        if (error.trimmed().isEmpty())
            out.bug = QStringLiteral("readCsv failed without a message");
        out.errors << error;
        out.lines.push_back(0);
        out.fields.push_back(QString());
        return out;
    }
    if (table->rows.size() != table->lineNumbers.size())
        out.bug = QStringLiteral("rows and line numbers differ");
    const ui::CsvImportResult r = ui::importCsvTable(sampleStudy(), adapter, *table);
    for (qsizetype i = 0; i < r.errors.size(); ++i) {
        out.errors << r.errors[i];
        out.lines.push_back(size_t(i) < r.errorLines.size() ? r.errorLines[size_t(i)] : -1);
        out.fields.push_back(QString());
        if (r.errors[i].trimmed().isEmpty())
            out.bug = QStringLiteral("an import error without a message");
    }
    if (r.errorLines.size() != size_t(r.errors.size()))
        out.bug = QStringLiteral("errors and error lines differ");
    if (r.study.has_value() == !r.errors.isEmpty())
        out.bug = QStringLiteral("a study and errors, or neither");
    if (!r.study || !out.bug.isEmpty())
        return out;
    out.imported = true;
    // What the editors accept must be savable: the study may be work in progress (not
    // valid yet), but it must export and import again unchanged.
    out.bug = jsonRoundTrip(*r.study, false);
    return out;
}

Outcome runStudyFileLoad(const QByteArray &bytes)
{
    Outcome out;
    const storage::LoadResult r =
        storage::loadStudyFromBytes(bytes, QStringLiteral("fuzz.gridcba"), storage::Validation::Report);
    if (!r.study) {
        if (r.error.trimmed().isEmpty())
            out.bug = QStringLiteral("no study and no error");
        out.errors << r.error;
        out.lines.push_back(0);
        out.fields.push_back(QString());
        return out;
    }
    out.imported = true;
    QString error;
    const std::optional<QByteArray> saved = storage::serializeStudy(*r.study, &error);
    if (!saved) {
        out.bug = QStringLiteral("a loaded study cannot be saved: ") + error;
        return out;
    }
    const storage::LoadResult again = storage::loadStudyFromBytes(
        *saved, QStringLiteral("fuzz.gridcba"), storage::Validation::Report);
    if (!again.study)
        out.bug = QStringLiteral("a saved study does not load: ") + again.error;
    else if (!(*again.study == *r.study))
        out.bug = QStringLiteral("save → load gives a different study");
    return out;
}

Outcome runProfileCsvImport(const QByteArray &bytes)
{
    Outcome out;
    const io::ProfileCsvResult r = io::readProfileCsv(bytes, QStringLiteral("fuzz.csv"), 2009);
    for (const QString &e : r.errors) {
        out.errors << e;
        out.lines.push_back(0);
        out.fields.push_back(QString());
        if (!e.contains(QStringLiteral("fuzz.csv")))
            out.bug = QStringLiteral("an error that does not name the file: ") + e;
    }
    if (r.errors.isEmpty() && r.profiles.empty())
        out.bug = QStringLiteral("no profile and no error");
    if (!r.errors.isEmpty())
        return out;
    out.imported = true;
    QSet<QString> ids;
    for (const model::Profile &p : r.profiles) {
        if (p.values.size() != std::size_t(model::kHoursPerYear))
            out.bug = QStringLiteral("profile %1 has %2 values").arg(p.id).arg(p.values.size());
        for (double v : p.values)
            if (!std::isfinite(v) || v < 0.0) {
                out.bug = QStringLiteral("profile %1 holds %2").arg(p.id).arg(v);
                break;
            }
        if (p.id.isEmpty() || ids.contains(p.id))
            out.bug = QStringLiteral("empty or repeated profile id “%1”").arg(p.id);
        ids.insert(p.id);
    }
    return out;
}

} // namespace gridcba::fuzz
