#include "projectadapters.h"

#include "projectfields.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace gridcba::ui {

using namespace projectfields;

namespace {

constexpr double kShareTolerance = 1e-6;

QString yearError(const QString &what, int year)
{
    if (year < kMinYear || year > kMaxYear)
        return Tr::tr("%1 must be between %2 and %3").arg(what).arg(kMinYear).arg(kMaxYear);
    return {};
}

// A price year other than the base year needs deflator indices for both years.
QString priceYearError(const model::Study &study, const QString &what, int year)
{
    if (QString error = yearError(what, year); !error.isEmpty())
        return error;
    const model::EconomicParameters &e = study.economics;
    if (year != e.priceBaseYear && (!e.deflator.count(year) || !e.deflator.count(e.priceBaseYear)))
        return Tr::tr("%1 %2 needs deflator indices for %2 and for the price base year %3 "
                      "(Economic parameters, Deflator)")
            .arg(what)
            .arg(year)
            .arg(e.priceBaseYear);
    return {};
}

int lastAssessedYear(const model::Study &study, const model::Project &project)
{
    return project.commissioningYear + study.economics.operatingYears - 1;
}

// --- CAPEX ranges -----------------------------------------------------------------------

enum class CapexEnd { Central, Low, High };

// Sets one end of a CAPEX range, keeping low <= central <= high. While low and high equal
// the central value (no range stated), a new central value moves them along.
QString setCapex(model::CapexYear &y, CapexEnd end, double eur, const Money &money,
                 const QString &what)
{
    if (eur < 0.0)
        return Tr::tr("%1 must be 0 or more").arg(what);
    switch (end) {
    case CapexEnd::Central:
        if (y.lowEur == y.centralEur && y.highEur == y.centralEur) {
            y.lowEur = y.centralEur = y.highEur = eur;
            return {};
        }
        if (eur < y.lowEur || eur > y.highEur)
            return Tr::tr("%1 must lie between the low (%2) and high (%3) values; change those "
                          "first")
                .arg(what, money.text(y.lowEur), money.text(y.highEur));
        y.centralEur = eur;
        return {};
    case CapexEnd::Low:
        if (eur > y.centralEur)
            return Tr::tr("%1 must not exceed the central value (%2)")
                .arg(what, money.text(y.centralEur));
        y.lowEur = eur;
        return {};
    case CapexEnd::High:
        if (eur < y.centralEur)
            return Tr::tr("%1 must not be below the central value (%2)")
                .arg(what, money.text(y.centralEur));
        y.highEur = eur;
        return {};
    }
    return {};
}

template <typename Row>
Field<Row> capexField(TableColumn column, model::CapexYear &(*range)(Row &), CapexEnd end,
                      const Money &money, const QString &what)
{
    column.type = ColumnType::Real;
    column.displayScale = money.scale;
    double model::CapexYear::*member = end == CapexEnd::Central ? &model::CapexYear::centralEur
                                       : end == CapexEnd::Low   ? &model::CapexYear::lowEur
                                                                : &model::CapexYear::highEur;
    return {column, [=](const Row &r) { return QVariant(range(const_cast<Row &>(r)).*member); },
            [=](model::Study &, Row &r, int, const QVariant &v) {
                return setCapex(range(r), end, v.toDouble(), money, what);
            }};
}

QString capexRangeNote()
{
    return Tr::tr("While low and high equal the central value (no range stated), they follow "
                  "it; otherwise low ≤ central ≤ high.");
}

// --- The project's general data ---------------------------------------------------------

QString kindLabel(model::ProjectKind kind)
{
    switch (kind) {
    case model::ProjectKind::Interconnector:
        return Tr::tr("Interconnector");
    case model::ProjectKind::InternalReinforcement:
        return Tr::tr("Internal reinforcement");
    case model::ProjectKind::Storage:
        return Tr::tr("Storage");
    case model::ProjectKind::Other:
        return Tr::tr("Other");
    }
    return {};
}

std::shared_ptr<FieldTable<model::Project>> projectInfoFields()
{
    using model::Project;
    auto table = std::make_shared<FieldTable<Project>>();
    auto &f = table->fields;

    Field<Project> id =
        textField(makeColumn(QStringLiteral("id"), Tr::tr("Id"),
                             Tr::tr("Identifies the project in the study and in reports; unique."),
                             ColumnType::Text),
                  &Project::id);
    id.set = [](model::Study &study, Project &p, int index, const QVariant &v) {
        const QString newId = v.toString().trimmed();
        if (newId.isEmpty())
            return Tr::tr("Project id must not be empty");
        for (size_t i = 0; i < study.projects.size(); ++i)
            if (int(i) != index && study.projects[i].id == newId)
                return Tr::tr("Project id “%1” is already used").arg(newId);
        // The stored sensitivity analyses name their project by id.
        for (model::AnalysisRun &run : study.analysisRuns)
            if (run.projectId == p.id)
                run.projectId = newId;
        p.id = newId;
        return QString();
    };
    f.push_back(std::move(id));
    f.push_back(textField(
        makeColumn(QStringLiteral("name"), Tr::tr("Name"),
                   Tr::tr("The project's full name, shown in the navigator, the charts and the "
                          "report."),
                   ColumnType::Text),
        &Project::name));
    Field<Project> description = textField(
        makeColumn(QStringLiteral("description"), Tr::tr("Description"),
                   Tr::tr("What the project is: assets, route, purpose."), ColumnType::Text),
        &Project::description);
    description.column.multiline = true;
    f.push_back(std::move(description));

    TableColumn kind = makeColumn(QStringLiteral("kind"), Tr::tr("Kind"),
                                  Tr::tr("The type of project."), ColumnType::Choice);
    for (model::ProjectKind k :
         {model::ProjectKind::Interconnector, model::ProjectKind::InternalReinforcement,
          model::ProjectKind::Storage, model::ProjectKind::Other}) {
        kind.choices << model::projectKindKey(k);
        kind.choiceLabels << kindLabel(k);
    }
    f.push_back({kind, [](const Project &p) { return QVariant(model::projectKindKey(p.kind)); },
                 [](model::Study &, Project &p, int, const QVariant &v) {
                     const auto k = model::projectKindFromKey(v.toString());
                     if (!k)
                         return Tr::tr("Kind “%1” is not a kind of project").arg(v.toString());
                     p.kind = *k;
                     return QString();
                 }});

    f.push_back(
        {makeColumn(QStringLiteral("commissioningYear"), Tr::tr("Commissioning year"),
                    Tr::tr("First year of operation. The assessment period runs from the first "
                           "CAPEX to commissioning year + operating years assessed − 1."),
                    ColumnType::Integer),
         [](const Project &p) { return QVariant(p.commissioningYear); },
         [](model::Study &study, Project &p, int, const QVariant &v) {
             const int year = v.toInt();
             if (QString error = yearError(Tr::tr("Commissioning year"), year); !error.isEmpty())
                 return error;
             const int last = year + study.economics.operatingYears - 1;
             for (const model::Investment &inv : p.investments)
                 for (const model::CapexYear &c : inv.capex)
                     if (c.year > last)
                         return Tr::tr("With commissioning in %1 the assessment period ends in "
                                       "%2, before the CAPEX of %3 in %4")
                             .arg(year)
                             .arg(last)
                             .arg(inv.id)
                             .arg(c.year);
             p.commissioningYear = year;
             return QString();
         }});
    f.push_back({makeColumn(QStringLiteral("benefitPriceYear"), Tr::tr("Benefit price year"),
                            Tr::tr("Year whose prices the money indicator inputs (B1, B5, other "
                                   "benefits) are in."),
                            ColumnType::Integer),
                 [](const Project &p) { return QVariant(p.benefitPriceYear); },
                 [](model::Study &study, Project &p, int, const QVariant &v) {
                     if (QString error =
                             priceYearError(study, Tr::tr("Benefit price year"), v.toInt());
                         !error.isEmpty())
                         return error;
                     p.benefitPriceYear = v.toInt();
                     return QString();
                 }});
    TableColumn referenceGrid = makeColumn(
        QStringLiteral("referenceGridFromYear"), Tr::tr("In reference grid from study year"),
        Tr::tr("First study year whose reference grid already holds the project: "
               "the market model assesses it by taking it out (TOOT) in that and "
               "later study years, and by putting it in (PINT) before. Empty: PINT "
               "in every study year."),
        ColumnType::Integer);
    referenceGrid.optional = true;
    f.push_back(
        {referenceGrid,
         [](const Project &p) {
             return p.referenceGridFromYear ? QVariant(*p.referenceGridFromYear) : QVariant();
         },
         [](model::Study &, Project &p, int, const QVariant &v) {
             if (!v.isValid()) {
                 p.referenceGridFromYear.reset();
                 return QString();
             }
             if (QString error = yearError(Tr::tr("In reference grid from study year"), v.toInt());
                 !error.isEmpty())
                 return error;
             p.referenceGridFromYear = v.toInt();
             return QString();
         }});
    return table;
}

// --- Investments ------------------------------------------------------------------------

std::shared_ptr<FieldTable<model::Investment>> investmentFields(int project)
{
    using model::Investment;
    const Money money;
    auto table = std::make_shared<FieldTable<Investment>>();
    auto &f = table->fields;
    auto siblings = [project](const model::Study &study) -> const std::vector<Investment> * {
        const model::Project *p = projectAt(study, project);
        return p ? &p->investments : nullptr;
    };
    f.push_back(idField<Investment>(
        makeColumn(QStringLiteral("id"), Tr::tr("Id"),
                   Tr::tr("Identifies the investment within the project; unique."),
                   ColumnType::Text),
        &Investment::id, Tr::tr("Investment id"), siblings));
    f.push_back(textField(
        makeColumn(QStringLiteral("name"), Tr::tr("Name"),
                   Tr::tr("What the investment is, e.g. “Converter stations” or “HVDC cable, "
                          "400 km”; shown in the report's cost tables."),
                   ColumnType::Text),
        &Investment::name));
    f.push_back(
        textField(makeColumn(QStringLiteral("assetType"), Tr::tr("Asset type"),
                             Tr::tr("Free text: “HVDC cable”, “400 kV OHL”, …"), ColumnType::Text),
                  &Investment::assetType));
    f.push_back(intField(
        makeColumn(QStringLiteral("technicalLifetimeYears"), Tr::tr("Technical lifetime (years)"),
                   Tr::tr("Technical lifetime T in years (1–200), used for the linear residual "
                          "value."),
                   ColumnType::Integer),
        &Investment::technicalLifetimeYears, 1, 200, Tr::tr("Technical lifetime (years)")));
    f.push_back({makeColumn(QStringLiteral("priceYear"), Tr::tr("Price year"),
                            Tr::tr("Year whose prices this investment's CAPEX, OPEX and "
                                   "decommissioning cost are in."),
                            ColumnType::Integer),
                 [](const Investment &i) { return QVariant(i.priceYear); },
                 [](model::Study &study, Investment &i, int, const QVariant &v) {
                     if (QString error = priceYearError(study, Tr::tr("Price year"), v.toInt());
                         !error.isEmpty())
                         return error;
                     i.priceYear = v.toInt();
                     return QString();
                 }});

    Field<Investment> construction = intField(
        makeColumn(QStringLiteral("constructionYears"), Tr::tr("Construction (years)"),
                   Tr::tr("Years before commissioning over which the CAPEX lump sum is spread "
                          "evenly. Used only when the CAPEX phasing is empty."),
                   ColumnType::Integer),
        &Investment::constructionYears, 0, 50, Tr::tr("Construction (years)"));
    construction.set = [inner = construction.set](model::Study &s, Investment &i, int index,
                                                  const QVariant &v) {
        if (v.toInt() < 1 && i.capex.empty() && i.capexLumpSum.centralEur > 0.0)
            return Tr::tr("A CAPEX lump sum needs at least 1 construction year");
        return inner(s, i, index, v);
    };
    f.push_back(std::move(construction));

    f.push_back({makeColumn(QStringLiteral("phasedCapexCentralEur"),
                            money.header(Tr::tr("Phased CAPEX, central")),
                            Tr::tr("Total central CAPEX of the investment's phasing (read only); "
                                   "empty when there is no phasing and the lump sum is used."),
                            ColumnType::Real, money.scale),
                 [](const Investment &i) {
                     if (i.capex.empty())
                         return QVariant();
                     double sum = 0.0;
                     for (const model::CapexYear &y : i.capex)
                         sum += y.centralEur;
                     return QVariant(sum);
                 },
                 {}});
    f.back().column.readOnly = true;
    f.back().column.optional = true;

    auto lumpSum = +[](Investment &i) -> model::CapexYear & { return i.capexLumpSum; };
    const QString lumpNote = Tr::tr("Used only when the CAPEX phasing is empty: spread evenly "
                                    "over the construction years before commissioning.");
    Field<Investment> central = capexField<Investment>(
        makeColumn(QStringLiteral("capexCentralEur"),
                   money.header(Tr::tr("Lump-sum CAPEX central")),
                   Tr::tr("Total CAPEX, central estimate. ") + lumpNote + u' ' + capexRangeNote(),
                   ColumnType::Real),
        lumpSum, CapexEnd::Central, money, Tr::tr("Lump-sum CAPEX central"));
    central.set = [inner = central.set](model::Study &s, Investment &i, int index,
                                        const QVariant &v) {
        if (v.toDouble() > 0.0 && i.capex.empty() && i.constructionYears < 1)
            return Tr::tr("A CAPEX lump sum needs at least 1 construction year: set Construction "
                          "(years) first");
        return inner(s, i, index, v);
    };
    f.push_back(std::move(central));
    f.push_back(capexField<Investment>(
        makeColumn(QStringLiteral("capexLowEur"), money.header(Tr::tr("Lump-sum CAPEX low")),
                   Tr::tr("Low end of the total CAPEX range. ") + lumpNote, ColumnType::Real),
        lumpSum, CapexEnd::Low, money, Tr::tr("Lump-sum CAPEX low")));
    f.push_back(capexField<Investment>(
        makeColumn(QStringLiteral("capexHighEur"), money.header(Tr::tr("Lump-sum CAPEX high")),
                   Tr::tr("High end of the total CAPEX range. ") + lumpNote, ColumnType::Real),
        lumpSum, CapexEnd::High, money, Tr::tr("Lump-sum CAPEX high")));

    Field<Investment> opex = nonNegativeField(
        makeColumn(QStringLiteral("opexEurPerYear"), money.perYearHeader(Tr::tr("OPEX")),
                   Tr::tr("Operating cost per year of operation. Give OPEX either this way or "
                          "as a share of CAPEX, not both."),
                   ColumnType::Real, money.scale),
        &Investment::opexEurPerYear, Tr::tr("OPEX"));
    opex.set = [inner = opex.set](model::Study &s, Investment &i, int index, const QVariant &v) {
        if (v.toDouble() > 0.0 && i.opexShareOfCapex > 0.0)
            return Tr::tr("Give OPEX either per year or as a share of CAPEX, not both: set OPEX "
                          "(% of CAPEX per year) to 0 first");
        return inner(s, i, index, v);
    };
    f.push_back(std::move(opex));
    Field<Investment> share = nonNegativeField(
        makeColumn(QStringLiteral("opexShareOfCapex"), Tr::tr("OPEX (% of CAPEX per year)"),
                   Tr::tr("Yearly OPEX as a percentage of the total CAPEX (e.g. 1.5 %). Give "
                          "OPEX either this way or per year, not both."),
                   ColumnType::Real, 0.01, 3),
        &Investment::opexShareOfCapex, Tr::tr("OPEX (% of CAPEX per year)"));
    share.set = [inner = share.set](model::Study &s, Investment &i, int index, const QVariant &v) {
        if (v.toDouble() > 1.0)
            return Tr::tr("OPEX (% of CAPEX per year) must be between 0 % and 100 %");
        if (v.toDouble() > 0.0 && i.opexEurPerYear > 0.0)
            return Tr::tr("Give OPEX either per year or as a share of CAPEX, not both: set OPEX "
                          "per year to 0 first");
        return inner(s, i, index, v);
    };
    f.push_back(std::move(share));
    f.push_back(nonNegativeField(
        makeColumn(QStringLiteral("decommissioningEur"), money.header(Tr::tr("Decommissioning")),
                   Tr::tr("Decommissioning cost, booked in the last year of the assessment "
                          "period."),
                   ColumnType::Real, money.scale),
        &Investment::decommissioningEur, Tr::tr("Decommissioning")));
    return table;
}

// --- CAPEX phasing ----------------------------------------------------------------------

std::shared_ptr<FieldTable<model::CapexYear>> capexPhasingFields(int project, int investment)
{
    using model::CapexYear;
    const Money money;
    auto table = std::make_shared<FieldTable<CapexYear>>();
    auto &f = table->fields;
    f.push_back(
        {makeColumn(QStringLiteral("year"), Tr::tr("Year"),
                    Tr::tr("Year the money is spent; each year once, not after the assessment "
                           "period."),
                    ColumnType::Integer),
         [](const CapexYear &y) { return QVariant(y.year); },
         [project, investment](model::Study &study, CapexYear &y, int index, const QVariant &v) {
             const int year = v.toInt();
             if (QString error = yearError(Tr::tr("Year"), year); !error.isEmpty())
                 return error;
             const model::Project &p = study.projects[size_t(project)];
             const auto &years = p.investments[size_t(investment)].capex;
             for (size_t i = 0; i < years.size(); ++i)
                 if (int(i) != index && years[i].year == year)
                     return Tr::tr("Year %1 is already in the table").arg(year);
             if (year > lastAssessedYear(study, p))
                 return Tr::tr("Year %1 falls after the assessment period, which ends in %2")
                     .arg(year)
                     .arg(lastAssessedYear(study, p));
             y.year = year;
             return QString();
         }});
    auto itself = +[](CapexYear &y) -> CapexYear & { return y; };
    f.push_back(capexField<CapexYear>(
        makeColumn(QStringLiteral("centralEur"), money.header(Tr::tr("Central")),
                   Tr::tr("CAPEX spent in the year, central estimate. ") + capexRangeNote(),
                   ColumnType::Real),
        itself, CapexEnd::Central, money, Tr::tr("Central CAPEX")));
    f.push_back(capexField<CapexYear>(
        makeColumn(QStringLiteral("lowEur"), money.header(Tr::tr("Low")),
                   Tr::tr("Low end of the year's CAPEX range."), ColumnType::Real),
        itself, CapexEnd::Low, money, Tr::tr("Low CAPEX")));
    f.push_back(capexField<CapexYear>(
        makeColumn(QStringLiteral("highEur"), money.header(Tr::tr("High")),
                   Tr::tr("High end of the year's CAPEX range."), ColumnType::Real),
        itself, CapexEnd::High, money, Tr::tr("High CAPEX")));
    return table;
}

// --- Borders ----------------------------------------------------------------------------

Field<model::BorderCapacityChange> zoneField(TableColumn column,
                                             QString model::BorderCapacityChange::*member,
                                             QString model::BorderCapacityChange::*other,
                                             const QString &what)
{
    column.type = ColumnType::Text;
    return {column, [member](const model::BorderCapacityChange &b) { return QVariant(b.*member); },
            [=](model::Study &, model::BorderCapacityChange &b, int, const QVariant &v) {
                const QString zone = v.toString().trimmed();
                if (zone.isEmpty())
                    return Tr::tr("%1 must not be empty").arg(what);
                if (zone == b.*other)
                    return Tr::tr("A border joins two different zones, both are “%1”").arg(zone);
                b.*member = zone;
                return QString();
            }};
}

std::shared_ptr<FieldTable<model::BorderCapacityChange>> borderFields()
{
    using model::BorderCapacityChange;
    auto table = std::make_shared<FieldTable<BorderCapacityChange>>();
    auto &f = table->fields;
    f.push_back(zoneField(
        makeColumn(QStringLiteral("fromZone"), Tr::tr("From zone"),
                   Tr::tr("Bidding zone at one end of the border (“FR00”)."), ColumnType::Text),
        &BorderCapacityChange::fromZone, &BorderCapacityChange::toZone, Tr::tr("From zone")));
    f.push_back(zoneField(
        makeColumn(QStringLiteral("toZone"), Tr::tr("To zone"),
                   Tr::tr("Bidding zone at the other end (“ES00”)."), ColumnType::Text),
        &BorderCapacityChange::toZone, &BorderCapacityChange::fromZone, Tr::tr("To zone")));
    f.push_back(finiteField(makeColumn(QStringLiteral("forwardMw"), Tr::tr("ΔNTC from → to (MW)"),
                                       Tr::tr("Change of net transfer capacity from the first "
                                              "zone to the second, in MW."),
                                       ColumnType::Real, 1.0, 0),
                            &BorderCapacityChange::forwardMw));
    f.push_back(finiteField(makeColumn(QStringLiteral("backwardMw"), Tr::tr("ΔNTC to → from (MW)"),
                                       Tr::tr("Change of net transfer capacity from the second "
                                              "zone to the first, in MW."),
                                       ColumnType::Real, 1.0, 0),
                            &BorderCapacityChange::backwardMw));
    return table;
}

} // namespace

template class RowsAdapter<model::Investment>;
template class RowsAdapter<model::CapexYear>;
template class RowsAdapter<model::BorderCapacityChange>;

// --- ProjectInfoAdapter -----------------------------------------------------------------

ProjectInfoAdapter::ProjectInfoAdapter(const model::Study &study, int projectIndex)
    : m_project(projectIndex),
      m_title(Tr::tr("General data of %1").arg(projectLabel(study, projectIndex))),
      m_fields(projectInfoFields())
{
}

std::vector<TableColumn> ProjectInfoAdapter::columns() const
{
    std::vector<TableColumn> columns;
    for (const Field<model::Project> &field : m_fields->fields)
        columns.push_back(field.column);
    return columns;
}

int ProjectInfoAdapter::rowCount(const model::Study &study) const
{
    return projectAt(study, m_project) ? 1 : -1;
}

QVariant ProjectInfoAdapter::value(const model::Study &study, int row, int column) const
{
    const model::Project *p = projectAt(study, m_project);
    return p && row == 0 ? displayValue(*m_fields, *p, column) : QVariant();
}

QString ProjectInfoAdapter::setValue(model::Study &study, int row, int column,
                                     const QVariant &value) const
{
    model::Project *p = projectAt(study, m_project);
    if (!p || row != 0)
        return Tr::tr("The project no longer exists");
    return setDisplayValue(*m_fields, study, *p, m_project, column, value);
}

// --- InvestmentsAdapter -----------------------------------------------------------------

InvestmentsAdapter::InvestmentsAdapter(const model::Study &study, int projectIndex)
    : RowsAdapter(Tr::tr("Investments of %1").arg(projectLabel(study, projectIndex)),
                  investmentFields(projectIndex)),
      m_project(projectIndex)
{
}

std::vector<model::Investment> *InvestmentsAdapter::rows(model::Study &study) const
{
    model::Project *p = projectAt(study, m_project);
    return p ? &p->investments : nullptr;
}

void InvestmentsAdapter::insertRow(model::Study &study, int row) const
{
    std::vector<model::Investment> *investments = rows(study);
    if (!investments)
        return;
    model::Investment inv;
    for (int n = 1;; ++n) {
        inv.id = QStringLiteral("I%1").arg(n);
        if (std::none_of(investments->begin(), investments->end(),
                         [&](const model::Investment &i) { return i.id == inv.id; }))
            break;
    }
    inv.priceYear = study.economics.priceBaseYear;
    insertAt(*investments, row, inv);
}

// --- CapexPhasingAdapter ----------------------------------------------------------------

namespace {

QString investmentLabel(const model::Study &study, int project, int investment)
{
    const model::Project *p = projectAt(study, project);
    if (!p || investment < 0 || investment >= int(p->investments.size()))
        return Tr::tr("investment %1").arg(investment + 1);
    const model::Investment &inv = p->investments[size_t(investment)];
    return inv.name.isEmpty() ? inv.id : inv.name;
}

} // namespace

CapexPhasingAdapter::CapexPhasingAdapter(const model::Study &study, int projectIndex,
                                         int investmentIndex)
    : RowsAdapter(Tr::tr("CAPEX phasing of %1 / %2")
                      .arg(projectLabel(study, projectIndex),
                           investmentLabel(study, projectIndex, investmentIndex)),
                  capexPhasingFields(projectIndex, investmentIndex)),
      m_project(projectIndex), m_investment(investmentIndex)
{
}

std::vector<model::CapexYear> *CapexPhasingAdapter::rows(model::Study &study) const
{
    model::Project *p = projectAt(study, m_project);
    if (!p || m_investment < 0 || m_investment >= int(p->investments.size()))
        return nullptr;
    return &p->investments[size_t(m_investment)].capex;
}

void CapexPhasingAdapter::insertRow(model::Study &study, int row) const
{
    std::vector<model::CapexYear> *years = rows(study);
    if (!years)
        return;
    row = std::clamp(row, 0, int(years->size()));
    const auto used = [&](int y) {
        return std::any_of(years->begin(), years->end(),
                           [y](const model::CapexYear &c) { return c.year == y; });
    };
    // The year after the row above, or before the row below; the year before commissioning
    // in an empty table.
    model::CapexYear year;
    if (row > 0) {
        year.year = (*years)[size_t(row) - 1].year + 1;
        while (used(year.year))
            ++year.year;
    } else if (!years->empty()) {
        year.year = years->front().year - 1;
        while (used(year.year))
            --year.year;
    } else {
        const int commissioning = study.projects[size_t(m_project)].commissioningYear;
        year.year = commissioning > 0 ? commissioning - 1 : study.economics.priceBaseYear;
    }
    insertAt(*years, row, year);
}

// --- BordersAdapter ---------------------------------------------------------------------

BordersAdapter::BordersAdapter(const model::Study &study, int projectIndex)
    : RowsAdapter(Tr::tr("Borders of %1").arg(projectLabel(study, projectIndex)), borderFields()),
      m_project(projectIndex)
{
}

std::vector<model::BorderCapacityChange> *BordersAdapter::rows(model::Study &study) const
{
    model::Project *p = projectAt(study, m_project);
    return p ? &p->borders : nullptr;
}

void BordersAdapter::insertRow(model::Study &study, int row) const
{
    if (std::vector<model::BorderCapacityChange> *borders = rows(study))
        insertAt(*borders, row, model::BorderCapacityChange{});
}

QStringList BordersAdapter::checkTable(const model::Study &study) const
{
    QStringList problems;
    const model::Project *p = projectAt(study, m_project);
    if (!p)
        return problems;
    for (size_t i = 0; i < p->borders.size(); ++i) {
        const model::BorderCapacityChange &b = p->borders[i];
        if (b.fromZone.trimmed().isEmpty() || b.toZone.trimmed().isEmpty())
            problems << Tr::tr("Row %1: a border needs both zones (From zone, To zone)").arg(i + 1);
        else if (b.fromZone == b.toZone)
            problems << Tr::tr("Row %1: a border joins two different zones (To zone)").arg(i + 1);
    }
    return problems;
}

// --- CostSharesAdapter ------------------------------------------------------------------

namespace {

enum CostShareColumn { ShareColumn, CountryColumn };

// Placeholder codes of rows still without a country: "…", "……", … sort after every
// country code, so a new row stays last until its code is given.
const QChar kPlaceholder(0x2026);

bool isCountryCode(const QString &code)
{
    return code.size() == 2 && code[0] >= u'A' && code[0] <= u'Z' && code[1] >= u'A' &&
           code[1] <= u'Z';
}

} // namespace

CostSharesAdapter::CostSharesAdapter(const model::Study &study, int projectIndex)
    : m_project(projectIndex),
      m_title(Tr::tr("Cost shares of %1").arg(projectLabel(study, projectIndex)))
{
    m_columns.push_back(makeColumn(QStringLiteral("share"), Tr::tr("Share (%)"),
                                   Tr::tr("Share of the project's CAPEX and OPEX this country "
                                          "bears, 0–100 %. The shares sum to 100 %."),
                                   ColumnType::Real, 0.01, 1));
    m_columns.push_back(makeColumn(QStringLiteral("country"), Tr::tr("Country"),
                                   Tr::tr("Two-letter country code (“FR”)."), ColumnType::Text));
}

std::vector<TableColumn> CostSharesAdapter::columns() const
{
    return m_columns;
}

int CostSharesAdapter::rowCount(const model::Study &study) const
{
    const model::Project *p = projectAt(study, m_project);
    return p ? int(p->costShares.size()) : -1;
}

QVariant CostSharesAdapter::value(const model::Study &study, int row, int column) const
{
    const model::Project *p = projectAt(study, m_project);
    if (!p || row < 0 || row >= int(p->costShares.size()))
        return {};
    const auto it = std::next(p->costShares.begin(), row);
    if (column == ShareColumn)
        return it->second / m_columns[ShareColumn].displayScale;
    if (column == CountryColumn)
        return it->first;
    return {};
}

QString CostSharesAdapter::setValue(model::Study &study, int row, int column,
                                    const QVariant &value) const
{
    model::Project *p = projectAt(study, m_project);
    if (!p || row < 0 || row >= int(p->costShares.size()))
        return Tr::tr("Row %1 of %2 no longer exists").arg(row + 1).arg(m_title);
    const auto it = std::next(p->costShares.begin(), row);
    if (column == ShareColumn) {
        const double share = value.toDouble() * m_columns[ShareColumn].displayScale;
        if (!value.isValid() || !std::isfinite(share) || share < 0.0 || share > 1.0)
            return Tr::tr("Share must be between 0 % and 100 %");
        it->second = share;
        return {};
    }
    if (column == CountryColumn) {
        const QString code = value.toString().trimmed().toUpper();
        if (!isCountryCode(code))
            return Tr::tr("Country must be a two-letter code such as FR, got “%1”")
                .arg(value.toString());
        if (code == it->first)
            return {};
        if (p->costShares.count(code))
            return Tr::tr("Country %1 already has a share").arg(code);
        const double share = it->second;
        p->costShares.erase(it);
        p->costShares[code] = share;
        return {};
    }
    return Tr::tr("There is no column %1").arg(column + 1);
}

void CostSharesAdapter::insertRow(model::Study &study, int) const
{
    model::Project *p = projectAt(study, m_project);
    if (!p)
        return;
    double sum = 0.0;
    for (const auto &entry : p->costShares)
        sum += entry.second;
    QString code(kPlaceholder);
    while (p->costShares.count(code))
        code += kPlaceholder;
    p->costShares[code] = std::max(0.0, 1.0 - sum);
}

void CostSharesAdapter::removeRow(model::Study &study, int row) const
{
    model::Project *p = projectAt(study, m_project);
    if (p && row >= 0 && row < int(p->costShares.size()))
        p->costShares.erase(std::next(p->costShares.begin(), row));
}

QStringList CostSharesAdapter::checkTable(const model::Study &study) const
{
    QStringList problems;
    const model::Project *p = projectAt(study, m_project);
    if (!p || p->costShares.empty())
        return problems;
    double sum = 0.0;
    int row = 1;
    for (const auto &[code, share] : p->costShares) {
        if (!isCountryCode(code))
            problems << Tr::tr("Row %1: Country is not given yet (a two-letter code)").arg(row);
        sum += share;
        ++row;
    }
    if (std::abs(sum - 1.0) > kShareTolerance)
        problems << Tr::tr("The cost shares sum to %1 %, not 100 %")
                        .arg(QLocale().toString(sum * 100.0, 'f', 1));
    return problems;
}

// --- Free functions -----------------------------------------------------------------------

std::vector<model::CapexYear> capexSchedule(const model::Investment &investment,
                                            int commissioningYear)
{
    std::vector<model::CapexYear> years = investment.capex;
    if (years.empty() && investment.constructionYears > 0) {
        const double n = investment.constructionYears;
        for (int k = investment.constructionYears; k >= 1; --k)
            years.push_back({commissioningYear - k, investment.capexLumpSum.centralEur / n,
                             investment.capexLumpSum.lowEur / n,
                             investment.capexLumpSum.highEur / n});
    }
    std::sort(years.begin(), years.end(),
              [](const model::CapexYear &a, const model::CapexYear &b) { return a.year < b.year; });
    return years;
}

namespace {

bool projectIdUsed(const model::Study &study, const QString &id)
{
    return study.project(id) != nullptr;
}

} // namespace

model::Study withNewProject(const model::Study &study, int *newIndex)
{
    model::Study after = study;
    model::Project p;
    for (int n = 1;; ++n) {
        p.id = QStringLiteral("P%1").arg(n);
        if (!projectIdUsed(study, p.id))
            break;
    }
    p.name = Tr::tr("New project");
    int first = 0;
    for (const model::Scenario &s : study.scenarios)
        for (const model::StudyYear &y : s.studyYears)
            if (first == 0 || y.year < first)
                first = y.year;
    p.commissioningYear = first > 0 ? first : study.economics.discountingYear;
    p.benefitPriceYear = study.economics.priceBaseYear;
    model::Investment inv;
    inv.id = QStringLiteral("I1");
    inv.priceYear = study.economics.priceBaseYear;
    p.investments.push_back(inv);
    after.projects.push_back(std::move(p));
    if (newIndex)
        *newIndex = int(after.projects.size()) - 1;
    return after;
}

model::Study withProjectRemoved(const model::Study &study, int index)
{
    model::Study after = study;
    if (index < 0 || index >= int(after.projects.size()))
        return after;
    const QString id = after.projects[size_t(index)].id;
    after.projects.erase(after.projects.begin() + index);
    std::erase_if(after.analysisRuns,
                  [&](const model::AnalysisRun &run) { return run.projectId == id; });
    return after;
}

model::Study withProjectDuplicated(const model::Study &study, int index, int *newIndex)
{
    model::Study after = study;
    if (index < 0 || index >= int(after.projects.size())) {
        if (newIndex)
            *newIndex = -1;
        return after;
    }
    model::Project copy = after.projects[size_t(index)];
    const QString base = copy.id + QStringLiteral("-copy");
    copy.id = base;
    for (int n = 2; projectIdUsed(study, copy.id); ++n)
        copy.id = base + QString::number(n);
    copy.name = Tr::tr("%1 (copy)").arg(copy.name);
    after.projects.insert(after.projects.begin() + index + 1, std::move(copy));
    if (newIndex)
        *newIndex = index + 1;
    return after;
}

} // namespace gridcba::ui

namespace gridcba::ui {

void InvestmentsAdapter::keepHiddenFields(model::Study &imported, const model::Study &before) const
{
    if (m_project < 0 || size_t(m_project) >= imported.projects.size() ||
        size_t(m_project) >= before.projects.size())
        return;
    for (model::Investment &investment : imported.projects[size_t(m_project)].investments)
        for (const model::Investment &previous : before.projects[size_t(m_project)].investments)
            if (previous.id == investment.id)
                investment.capex = previous.capex;
}

} // namespace gridcba::ui
