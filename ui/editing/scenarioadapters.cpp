#include "scenarioadapters.h"

#include "economics/evaluation.h"
#include "economicsadapters.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace gridcba::ui {

using editing::nonNegativeProblem;
using editing::yearProblem;

namespace {

constexpr double kPercent = 0.01;
constexpr double kSumTolerance = 1e-6; // as core/model/validation.cpp
constexpr int kDefaultStudyYear = 2030;
constexpr int kDefaultClimateYear = 2009; // a climate year of the TYNDP 2024 market studies
constexpr int kDefaultStudyYearStep = 10;

TableColumn yearColumn(const QString &header, const QString &toolTip)
{
    TableColumn c = editing::makeColumn(QStringLiteral("year"), header, toolTip);
    c.type = ColumnType::Integer;
    return c;
}

TableColumn realColumn(const QString &key, const QString &header, const QString &toolTip,
                       int decimals)
{
    TableColumn c = editing::makeColumn(key, header, toolTip);
    c.decimals = decimals;
    return c;
}

// A percentage for a message: one decimal, more when one decimal would hide the difference
// from 100 % that the message is about.
QString percentText(double fraction)
{
    const QLocale locale;
    const double percent = fraction / kPercent;
    QString text = locale.toString(percent, 'f', 1);
    if (text == locale.toString(100.0, 'f', 1))
        text = locale.toString(percent, 'g', 10);
    return text + QStringLiteral(" %");
}

QString rowMessage(int row, const QString &message)
{
    return QCoreApplication::translate("gridcba::ui::ScenarioEditing", "Row %1: %2")
        .arg(row + 1)
        .arg(message);
}

bool hasStudyYear(const model::Scenario &s, int year)
{
    return std::any_of(s.studyYears.begin(), s.studyYears.end(),
                       [year](const model::StudyYear &y) { return y.year == year; });
}

// The study years' money values converted by `factor` (a change of price year).
void scaleMoney(model::StudyYear &y, double factor)
{
    y.marketCo2PriceEurPerT *= factor;
    y.sccLowEurPerT *= factor;
    y.sccCentralEurPerT *= factor;
    y.sccHighEurPerT *= factor;
    y.vollEurPerMwh *= factor;
    y.reserveCostEurPerMwYear *= factor;
    for (auto &entry : y.damageCostEurPerT)
        entry.second *= factor;
    for (auto &entry : y.fuelPriceEurPerMwh)
        entry.second *= factor;
}

// The fuel-price rows of a scenario: (fuel, index of the study year), by fuel then year.
std::vector<std::pair<QString, int>> fuelRows(const model::Scenario &s)
{
    std::map<QString, std::vector<int>> byFuel;
    for (int i = 0; i < int(s.studyYears.size()); ++i)
        for (const auto &entry : s.studyYears[size_t(i)].fuelPriceEurPerMwh)
            byFuel[entry.first].push_back(i);
    std::vector<std::pair<QString, int>> rows;
    for (const auto &[fuel, years] : byFuel)
        for (int i : years)
            rows.emplace_back(fuel, i);
    return rows;
}

} // namespace

// --- ScenarioTableAdapter ------------------------------------------------------------------

ScenarioTableAdapter::ScenarioTableAdapter(const model::Study &study, int scenarioIndex)
    : m_index(scenarioIndex)
{
    if (scenarioIndex >= 0 && scenarioIndex < int(study.scenarios.size()))
        m_id = study.scenarios[size_t(scenarioIndex)].id;
}

const model::Scenario *ScenarioTableAdapter::scenario(const model::Study &study) const
{
    return m_index >= 0 && m_index < int(study.scenarios.size()) ? &study.scenarios[size_t(m_index)]
                                                                 : nullptr;
}

model::Scenario *ScenarioTableAdapter::scenario(model::Study &study) const
{
    return m_index >= 0 && m_index < int(study.scenarios.size()) ? &study.scenarios[size_t(m_index)]
                                                                 : nullptr;
}

// --- ScenarioInfoAdapter -------------------------------------------------------------------

QString ScenarioInfoAdapter::title() const
{
    return tr("Scenario %1").arg(scenarioId());
}

std::vector<TableColumn> ScenarioInfoAdapter::columns() const
{
    TableColumn id = editing::makeColumn(
        QStringLiteral("id"), tr("Id"),
        tr("Short unique code of the scenario (\"NT\"). The projects' indicator inputs "
           "refer to it: renaming it renames them too."));
    id.type = ColumnType::Text;
    TableColumn name =
        editing::makeColumn(QStringLiteral("name"), tr("Name"),
                            tr("The scenario's name in tables, charts and the report."));
    name.type = ColumnType::Text;
    TableColumn description =
        editing::makeColumn(QStringLiteral("description"), tr("Description"),
                            tr("What the scenario assumes (storyline, source)."));
    description.type = ColumnType::Text;
    description.multiline = true;
    TableColumn priceYear =
        editing::makeColumn(QStringLiteral("priceYear"), tr("Price year"),
                            tr("Year of the prices of this scenario's money values (CO2 prices, "
                               "SCC, VOLL, reserve cost, damage costs, fuel prices); they are "
                               "converted to the price base year with the deflator."));
    priceYear.type = ColumnType::Integer;
    return {id, name, description, priceYear};
}

int ScenarioInfoAdapter::rowCount(const model::Study &study) const
{
    return scenario(study) ? 1 : -1;
}

QVariant ScenarioInfoAdapter::value(const model::Study &study, int row, int column) const
{
    const model::Scenario *s = scenario(study);
    if (!s || row != 0)
        return {};
    switch (column) {
    case Id:
        return s->id;
    case Name:
        return s->name;
    case Description:
        return s->description;
    case PriceYear:
        return s->priceYear;
    }
    return {};
}

QString ScenarioInfoAdapter::setValue(model::Study &study, int row, int column,
                                      const QVariant &value) const
{
    model::Scenario *s = scenario(study);
    if (!s || row != 0)
        return tr("The scenario no longer exists");
    switch (column) {
    case Id: {
        const QString id = value.toString().trimmed();
        if (id == s->id)
            return {};
        if (id.isEmpty())
            return tr("Id must not be empty");
        if (study.scenario(id))
            return tr("Id “%1” is already used by another scenario").arg(id);
        for (model::Project &project : study.projects)
            for (model::IndicatorInput &input : project.indicatorInputs)
                if (input.scenarioId == s->id)
                    input.scenarioId = id;
        // The market model's system and results of the scenario go with it.
        for (model::PowerSystem &ps : study.powerSystems)
            if (ps.scenarioId == s->id)
                ps.scenarioId = id;
        for (model::MarketUnitRecord &unit : study.marketUnits)
            if (unit.scenarioId == s->id)
                unit.scenarioId = id;
        s->id = id;
        return {};
    }
    case Name: {
        const QString name = value.toString().trimmed();
        if (name.isEmpty())
            return tr("Name must not be empty");
        s->name = name;
        return {};
    }
    case Description:
        s->description = value.toString();
        return {};
    case PriceYear: {
        const int year = value.toInt();
        if (QString p = yearProblem(tr("Price year"), year); !p.isEmpty())
            return p;
        if (QString p = editing::priceYearProblem(study, tr("Price year"), year); !p.isEmpty())
            return p;
        s->priceYear = year;
        return {};
    }
    }
    return {};
}

// --- ClimateYearsAdapter -------------------------------------------------------------------

QString ClimateYearsAdapter::title() const
{
    return tr("Climate years of %1").arg(scenarioId());
}

std::vector<TableColumn> ClimateYearsAdapter::columns() const
{
    TableColumn weight = realColumn(
        QStringLiteral("weight"), tr("Weight (%)"),
        tr("Share of this climate year when results are combined over climate years; the "
           "weights of a scenario sum to 100 %."),
        1);
    weight.displayScale = kPercent;
    return {yearColumn(tr("Climate year"),
                       tr("Weather year of the market simulations (e.g. 1995, 2008, 2009).")),
            weight};
}

int ClimateYearsAdapter::rowCount(const model::Study &study) const
{
    const model::Scenario *s = scenario(study);
    return s ? int(s->climateYears.size()) : -1;
}

QVariant ClimateYearsAdapter::value(const model::Study &study, int row, int column) const
{
    const model::Scenario *s = scenario(study);
    if (!s || row < 0 || row >= int(s->climateYears.size()))
        return {};
    const model::ClimateYear &y = s->climateYears[size_t(row)];
    switch (column) {
    case Year:
        return y.year;
    case Weight:
        return y.weight / kPercent;
    }
    return {};
}

QString ClimateYearsAdapter::setValue(model::Study &study, int row, int column,
                                      const QVariant &value) const
{
    model::Scenario *s = scenario(study);
    if (!s || row < 0 || row >= int(s->climateYears.size()))
        return tr("Row %1 no longer exists").arg(row + 1);
    model::ClimateYear &y = s->climateYears[size_t(row)];
    switch (column) {
    case Year: {
        const int year = value.toInt();
        if (year == y.year)
            return {};
        if (QString p = yearProblem(tr("Climate year"), year); !p.isEmpty())
            return p;
        for (const model::ClimateYear &other : s->climateYears)
            if (other.year == year)
                return tr("Climate year %1 is already in the table").arg(year);
        y.year = year;
        return {};
    }
    case Weight: {
        const double weight = value.toDouble() * kPercent;
        if (!std::isfinite(weight) || weight < 0.0 || weight > 1.0)
            return tr("Weight must be between 0 % and 100 %");
        y.weight = weight;
        return {};
    }
    }
    return {};
}

void ClimateYearsAdapter::insertRow(model::Study &study, int row) const
{
    model::Scenario *s = scenario(study);
    if (!s)
        return;
    auto &years = s->climateYears;
    if (years.empty()) {
        years.push_back({kDefaultClimateYear, 1.0});
        return;
    }
    const int at = std::clamp(row, 0, int(years.size()));
    // The year after the one above (before the first for the top row) that is not taken;
    // weight 0 so the sum does not change.
    const int step = at > 0 ? 1 : -1;
    int year = years[size_t(at > 0 ? at - 1 : 0)].year + step;
    auto taken = [&](int y) {
        return std::any_of(years.begin(), years.end(),
                           [y](const model::ClimateYear &c) { return c.year == y; });
    };
    while (taken(year))
        year += step;
    years.insert(years.begin() + at, model::ClimateYear{year, 0.0});
}

void ClimateYearsAdapter::removeRow(model::Study &study, int row) const
{
    model::Scenario *s = scenario(study);
    if (s && row >= 0 && row < int(s->climateYears.size()))
        s->climateYears.erase(s->climateYears.begin() + row);
}

QStringList ClimateYearsAdapter::checkTable(const model::Study &study) const
{
    const model::Scenario *s = scenario(study);
    if (!s)
        return {};
    QStringList problems;
    for (int i = 0; i < int(s->climateYears.size()); ++i) {
        const model::ClimateYear &y = s->climateYears[size_t(i)];
        if (QString p = yearProblem(tr("Climate year"), y.year); !p.isEmpty())
            problems << rowMessage(i, p);
        for (int j = 0; j < i; ++j)
            if (s->climateYears[size_t(j)].year == y.year)
                problems << rowMessage(
                    i, tr("Climate year %1 is already in row %2").arg(y.year).arg(j + 1));
        if (QString p = nonNegativeProblem(tr("Weight (%)"), y.weight); !p.isEmpty())
            problems << rowMessage(i, p);
    }
    return problems + warnings(study);
}

QStringList ClimateYearsAdapter::warnings(const model::Study &study) const
{
    const model::Scenario *s = scenario(study);
    if (!s || s->climateYears.empty())
        return {};
    double sum = 0.0;
    for (const model::ClimateYear &y : s->climateYears)
        sum += y.weight;
    if (std::abs(sum - 1.0) <= kSumTolerance)
        return {};
    return {tr("The weights sum to %1; they must sum to 100 % before the study can be evaluated.")
                .arg(percentText(sum))};
}

// --- StudyYearsAdapter ---------------------------------------------------------------------

QString StudyYearsAdapter::title() const
{
    return tr("Study years of %1").arg(scenarioId());
}

std::vector<TableColumn> StudyYearsAdapter::columns() const
{
    const QString scc = tr("Societal cost of carbon, %1 level, valuing B2 beyond the market CO2 "
                           "price; low ≤ central ≤ high. TYNDP 2024: 126 / 238 / 315 €/t in "
                           "2030, 339 / 628 / 662 €/t in 2040.");
    return {
        yearColumn(tr("Year"),
                   tr("A year the market studies simulate. Benefits are interpolated linearly "
                      "between study years and held after the last. Changing a year moves the "
                      "projects' indicator inputs for it along.")),
        realColumn(QStringLiteral("marketCo2PriceEurPerT"), tr("Market CO2 price (€/t)"),
                   tr("CO2 price paid inside the market model (EU ETS), already part of B1; B2 "
                      "counts only the societal cost above it."),
                   1),
        realColumn(QStringLiteral("sccLowEurPerT"), tr("SCC low (€/t)"), scc.arg(tr("low")), 0),
        realColumn(QStringLiteral("sccCentralEurPerT"), tr("SCC central (€/t)"),
                   scc.arg(tr("central (the headline)")), 0),
        realColumn(QStringLiteral("sccHighEurPerT"), tr("SCC high (€/t)"), scc.arg(tr("high")), 0),
        realColumn(QStringLiteral("vollEurPerMwh"), tr("VOLL (€/MWh)"),
                   tr("Value of lost load, valuing the change of energy not served (B6). There "
                      "is no default: the study sets it."),
                   0),
        realColumn(QStringLiteral("reserveCostEurPerMwYear"), tr("Reserve cost (€/MW/yr)"),
                   tr("Annual cost of holding reserve, valuing the reserve avoided (B9); 0 "
                      "means B9 is not monetised in this year."),
                   0),
    };
}

int StudyYearsAdapter::rowCount(const model::Study &study) const
{
    const model::Scenario *s = scenario(study);
    return s ? int(s->studyYears.size()) : -1;
}

QVariant StudyYearsAdapter::value(const model::Study &study, int row, int column) const
{
    const model::Scenario *s = scenario(study);
    if (!s || row < 0 || row >= int(s->studyYears.size()))
        return {};
    const model::StudyYear &y = s->studyYears[size_t(row)];
    switch (column) {
    case Year:
        return y.year;
    case MarketCo2:
        return y.marketCo2PriceEurPerT;
    case SccLow:
        return y.sccLowEurPerT;
    case SccCentral:
        return y.sccCentralEurPerT;
    case SccHigh:
        return y.sccHighEurPerT;
    case Voll:
        return y.vollEurPerMwh;
    case ReserveCost:
        return y.reserveCostEurPerMwYear;
    }
    return {};
}

QString StudyYearsAdapter::setValue(model::Study &study, int row, int column,
                                    const QVariant &value) const
{
    model::Scenario *s = scenario(study);
    if (!s || row < 0 || row >= int(s->studyYears.size()))
        return tr("Row %1 no longer exists").arg(row + 1);
    auto &years = s->studyYears;
    model::StudyYear &y = years[size_t(row)];
    if (column == Year) {
        const int year = value.toInt();
        const int old = y.year;
        if (year == old)
            return {};
        if (QString p = yearProblem(tr("Year"), year); !p.isEmpty())
            return p;
        if (hasStudyYear(*s, year))
            return tr("%1 is already a study year of %2").arg(year).arg(s->id);
        if (row > 0 && year < years[size_t(row) - 1].year)
            return tr("Study years are kept in ascending order: %1 would come before %2 (row "
                      "%3). Change that year first, or add a row.")
                .arg(year)
                .arg(years[size_t(row) - 1].year)
                .arg(row);
        if (row + 1 < int(years.size()) && year > years[size_t(row) + 1].year)
            return tr("Study years are kept in ascending order: %1 would come after %2 (row "
                      "%3). Change that year first, or add a row.")
                .arg(year)
                .arg(years[size_t(row) + 1].year)
                .arg(row + 2);
        y.year = year;
        // The inputs for the old year now belong to the new one (unless a project already
        // has inputs for it, which a removed study year may have left).
        for (model::Project &project : study.projects) {
            auto &inputs = project.indicatorInputs;
            const bool occupied = std::any_of(inputs.begin(), inputs.end(), [&](const auto &in) {
                return in.scenarioId == s->id && in.year == year;
            });
            if (occupied)
                continue;
            for (model::IndicatorInput &input : inputs)
                if (input.scenarioId == s->id && input.year == old)
                    input.year = year;
        }
        // So does the year's power system (the new year has none: it was not a study year).
        for (model::PowerSystem &ps : study.powerSystems)
            if (ps.scenarioId == s->id && ps.year == old && !study.powerSystem(s->id, year))
                ps.year = year;
        return {};
    }
    double model::StudyYear::*field = nullptr;
    switch (column) {
    case MarketCo2:
        field = &model::StudyYear::marketCo2PriceEurPerT;
        break;
    case SccLow:
        field = &model::StudyYear::sccLowEurPerT;
        break;
    case SccCentral:
        field = &model::StudyYear::sccCentralEurPerT;
        break;
    case SccHigh:
        field = &model::StudyYear::sccHighEurPerT;
        break;
    case Voll:
        field = &model::StudyYear::vollEurPerMwh;
        break;
    case ReserveCost:
        field = &model::StudyYear::reserveCostEurPerMwYear;
        break;
    default:
        return {};
    }
    const double v = value.toDouble();
    if (QString p = nonNegativeProblem(columns()[size_t(column)].header, v); !p.isEmpty())
        return p;
    y.*field = v;
    return {};
}

void StudyYearsAdapter::insertRow(model::Study &study, int row) const
{
    model::Scenario *s = scenario(study);
    if (!s)
        return;
    auto &years = s->studyYears;
    if (years.empty()) {
        model::StudyYear first;
        first.year = kDefaultStudyYear;
        years.push_back(first);
        return;
    }
    // A copy of the neighbour with a year that keeps the order: halfway to the next study
    // year when there is room, else after the last one (by the last step between years).
    const int at = std::clamp(row, 0, int(years.size()));
    if (at == 0) {
        model::StudyYear first = years.front();
        first.year -= years.size() > 1 ? years[1].year - years[0].year : kDefaultStudyYearStep;
        years.insert(years.begin(), first);
        return;
    }
    const model::StudyYear &before = years[size_t(at) - 1];
    if (at < int(years.size()) && years[size_t(at)].year > before.year + 1) {
        model::StudyYear added = before;
        added.year = (before.year + years[size_t(at)].year) / 2;
        years.insert(years.begin() + at, added);
        return;
    }
    model::StudyYear last = years.back();
    const size_t n = years.size();
    last.year += n > 1 ? years[n - 1].year - years[n - 2].year : kDefaultStudyYearStep;
    years.push_back(last);
}

void StudyYearsAdapter::removeRow(model::Study &study, int row) const
{
    model::Scenario *s = scenario(study);
    if (s && row >= 0 && row < int(s->studyYears.size()))
        s->studyYears.erase(s->studyYears.begin() + row);
}

QStringList StudyYearsAdapter::checkTable(const model::Study &study) const
{
    const model::Scenario *s = scenario(study);
    if (!s)
        return {};
    QStringList problems;
    const std::vector<TableColumn> cols = columns();
    for (int i = 0; i < int(s->studyYears.size()); ++i) {
        const model::StudyYear &y = s->studyYears[size_t(i)];
        if (QString p = yearProblem(tr("Year"), y.year); !p.isEmpty())
            problems << rowMessage(i, p);
        if (i > 0 && y.year <= s->studyYears[size_t(i) - 1].year)
            problems << rowMessage(i, tr("study years must be strictly ascending: %1 follows %2")
                                          .arg(y.year)
                                          .arg(s->studyYears[size_t(i) - 1].year));
        for (int c = MarketCo2; c <= ReserveCost; ++c)
            if (QString p =
                    nonNegativeProblem(cols[size_t(c)].header, value(study, i, c).toDouble());
                !p.isEmpty())
                problems << rowMessage(i, p);
    }
    // Inputs of projects left without their study year are not this table's problem.
    return problems + tableWarnings(*s);
}

QStringList StudyYearsAdapter::warnings(const model::Study &study) const
{
    const model::Scenario *s = scenario(study);
    if (!s)
        return {};
    return tableWarnings(*s) + orphanedInputs(study, *s);
}

QStringList StudyYearsAdapter::tableWarnings(const model::Scenario &s)
{
    QStringList warnings;
    if (s.studyYears.empty())
        warnings << tr("A scenario needs at least one study year.");
    for (int i = 0; i < int(s.studyYears.size()); ++i) {
        const model::StudyYear &y = s.studyYears[size_t(i)];
        if (y.sccLowEurPerT > y.sccCentralEurPerT || y.sccCentralEurPerT > y.sccHighEurPerT) {
            const QLocale locale;
            warnings << rowMessage(i, tr("the SCC must satisfy low ≤ central ≤ high, it is "
                                         "%1 / %2 / %3 €/t in %4.")
                                          .arg(locale.toString(y.sccLowEurPerT))
                                          .arg(locale.toString(y.sccCentralEurPerT))
                                          .arg(locale.toString(y.sccHighEurPerT))
                                          .arg(y.year));
        }
    }
    return warnings;
}

QStringList StudyYearsAdapter::orphanedInputs(const model::Study &study, const model::Scenario &s)
{
    QStringList warnings;
    for (const model::Project &project : study.projects) {
        QStringList orphans;
        for (const model::IndicatorInput &input : project.indicatorInputs)
            if (input.scenarioId == s.id && !hasStudyYear(s, input.year))
                orphans << QString::number(input.year);
        if (orphans.size() == 1)
            warnings << tr("Project %1 has indicator inputs for %2, which is not a study year "
                           "of this scenario: change them on the project's page.")
                            .arg(project.id, orphans.front());
        else if (orphans.size() > 1)
            warnings << tr("Project %1 has indicator inputs for %2, which are not study years "
                           "of this scenario: change them on the project's page.")
                            .arg(project.id, orphans.join(QStringLiteral(", ")));
    }
    return warnings;
}

// --- DamageCostsAdapter --------------------------------------------------------------------

QString DamageCostsAdapter::title() const
{
    return tr("Damage costs of %1").arg(scenarioId());
}

std::vector<TableColumn> DamageCostsAdapter::columns() const
{
    TableColumn year = yearColumn(tr("Year"), tr("The study year (change it in Study years)."));
    year.readOnly = true;
    std::vector<TableColumn> columns{year};
    for (model::Pollutant p : model::kPollutants) {
        TableColumn c = realColumn(
            model::pollutantKey(p), tr("%1 (€/t)").arg(model::pollutantName(p)),
            tr("Damage cost of %1 emissions (%2) in €/t of the scenario's price year. Empty: "
               "%2 is not monetised in this year.")
                .arg(model::pollutantName(p), model::pollutantIndicatorId(p)),
            0);
        c.optional = true;
        columns.push_back(c);
    }
    return columns;
}

int DamageCostsAdapter::rowCount(const model::Study &study) const
{
    const model::Scenario *s = scenario(study);
    return s ? int(s->studyYears.size()) : -1;
}

QVariant DamageCostsAdapter::value(const model::Study &study, int row, int column) const
{
    const model::Scenario *s = scenario(study);
    if (!s || row < 0 || row >= int(s->studyYears.size()))
        return {};
    const model::StudyYear &y = s->studyYears[size_t(row)];
    if (column == Year)
        return y.year;
    if (column < FirstPollutant || column >= FirstPollutant + model::kPollutantCount)
        return {};
    const auto it = y.damageCostEurPerT.find(model::kPollutants[size_t(column - FirstPollutant)]);
    return it == y.damageCostEurPerT.end() ? QVariant() : QVariant(it->second);
}

QString DamageCostsAdapter::setValue(model::Study &study, int row, int column,
                                     const QVariant &value) const
{
    model::Scenario *s = scenario(study);
    if (!s || row < 0 || row >= int(s->studyYears.size()))
        return tr("Row %1 no longer exists").arg(row + 1);
    if (column < FirstPollutant || column >= FirstPollutant + model::kPollutantCount)
        return {}; // the year is read-only
    const model::Pollutant p = model::kPollutants[size_t(column - FirstPollutant)];
    auto &costs = s->studyYears[size_t(row)].damageCostEurPerT;
    if (!value.isValid()) {
        costs.erase(p);
        return {};
    }
    const double cost = value.toDouble();
    if (QString e = nonNegativeProblem(tr("Damage cost of %1").arg(model::pollutantName(p)), cost);
        !e.isEmpty())
        return e;
    costs[p] = cost;
    return {};
}

// --- FuelPricesAdapter ---------------------------------------------------------------------

QString FuelPricesAdapter::placeholderFuel()
{
    // Starts with "…" (U+2026), which sorts after the letters of every usual fuel name. Not
    // translated: it is stored in the study as the fuel's name until the user changes it.
    return QStringLiteral("…new fuel");
}

QString FuelPricesAdapter::title() const
{
    return tr("Fuel prices of %1").arg(scenarioId());
}

std::vector<TableColumn> FuelPricesAdapter::columns() const
{
    TableColumn fuel = editing::makeColumn(
        QStringLiteral("fuel"), tr("Fuel"),
        tr("Fuel name as the market model uses it (gas, hardCoal, lignite, …)."));
    fuel.type = ColumnType::Text;
    return {yearColumn(tr("Study year"), tr("One of the scenario's study years.")),
            realColumn(QStringLiteral("priceEurPerMwh"), tr("Price (€/MWh of fuel)"),
                       tr("Fuel price per MWh of fuel (thermal) in the scenario's price year; "
                          "for the market model (the evaluation does not use it)."),
                       2),
            fuel};
}

int FuelPricesAdapter::rowCount(const model::Study &study) const
{
    const model::Scenario *s = scenario(study);
    return s ? int(fuelRows(*s).size()) : -1;
}

QVariant FuelPricesAdapter::value(const model::Study &study, int row, int column) const
{
    const model::Scenario *s = scenario(study);
    if (!s)
        return {};
    const auto rows = fuelRows(*s);
    if (row < 0 || row >= int(rows.size()))
        return {};
    const auto &[fuel, yearIndex] = rows[size_t(row)];
    const model::StudyYear &y = s->studyYears[size_t(yearIndex)];
    switch (column) {
    case Year:
        return y.year;
    case Price:
        return y.fuelPriceEurPerMwh.at(fuel);
    case Fuel:
        return fuel;
    }
    return {};
}

QString FuelPricesAdapter::setValue(model::Study &study, int row, int column,
                                    const QVariant &value) const
{
    model::Scenario *s = scenario(study);
    if (!s)
        return tr("The scenario no longer exists");
    const auto rows = fuelRows(*s);
    if (row < 0 || row >= int(rows.size()))
        return tr("Row %1 no longer exists").arg(row + 1);
    const auto &[fuel, yearIndex] = rows[size_t(row)];
    model::StudyYear &y = s->studyYears[size_t(yearIndex)];
    switch (column) {
    case Year: {
        const int year = value.toInt();
        if (year == y.year)
            return {};
        const auto target = std::find_if(s->studyYears.begin(), s->studyYears.end(),
                                         [year](const auto &sy) { return sy.year == year; });
        if (target == s->studyYears.end()) {
            QStringList years;
            for (const model::StudyYear &sy : s->studyYears)
                years << QString::number(sy.year);
            return tr("Study year must be one of the study years of %1 (%2)")
                .arg(s->id, years.join(QStringLiteral(", ")));
        }
        if (target->fuelPriceEurPerMwh.count(fuel))
            return tr("%1 already has a price for %2").arg(fuel).arg(year);
        target->fuelPriceEurPerMwh[fuel] = y.fuelPriceEurPerMwh.at(fuel);
        y.fuelPriceEurPerMwh.erase(fuel);
        return {};
    }
    case Price: {
        const double price = value.toDouble();
        if (QString p = nonNegativeProblem(tr("Price"), price); !p.isEmpty())
            return p;
        y.fuelPriceEurPerMwh[fuel] = price;
        return {};
    }
    case Fuel: {
        const QString name = value.toString().trimmed();
        if (name == fuel)
            return {};
        if (name.isEmpty())
            return tr("Fuel must have a name");
        if (y.fuelPriceEurPerMwh.count(name))
            return tr("%1 already has a price for %2").arg(name).arg(y.year);
        const double price = y.fuelPriceEurPerMwh.at(fuel);
        y.fuelPriceEurPerMwh.erase(fuel);
        y.fuelPriceEurPerMwh[name] = price;
        return {};
    }
    }
    return {};
}

void FuelPricesAdapter::insertRow(model::Study &study, int row) const
{
    model::Scenario *s = scenario(study);
    if (!s || s->studyYears.empty())
        return;
    const auto rows = fuelRows(*s);
    // The study year of the row above; a placeholder fuel that sorts after every fuel of the
    // scenario, so the row is the last one until its fuel is named.
    const int yearIndex = row > 0 && row - 1 < int(rows.size()) ? rows[size_t(row) - 1].second : 0;
    QString largest;
    for (const auto &r : rows)
        largest = std::max(largest, r.first);
    QString name = placeholderFuel();
    if (name <= largest)
        name = largest + QStringLiteral(" 2");
    s->studyYears[size_t(yearIndex)].fuelPriceEurPerMwh[name] = 0.0;
}

void FuelPricesAdapter::removeRow(model::Study &study, int row) const
{
    model::Scenario *s = scenario(study);
    if (!s)
        return;
    const auto rows = fuelRows(*s);
    if (row >= 0 && row < int(rows.size()))
        s->studyYears[size_t(rows[size_t(row)].second)].fuelPriceEurPerMwh.erase(
            rows[size_t(row)].first);
}

QStringList FuelPricesAdapter::warnings(const model::Study &study) const
{
    const model::Scenario *s = scenario(study);
    if (!s)
        return {};
    QStringList warnings;
    const auto rows = fuelRows(*s);
    for (int i = 0; i < int(rows.size()); ++i)
        if (rows[size_t(i)].first.startsWith(placeholderFuel()))
            warnings << rowMessage(
                i, tr("name the fuel (it is still called “%1”).").arg(rows[size_t(i)].first));
    return warnings;
}

// --- Adding, removing and duplicating scenarios --------------------------------------------

namespace {

QString scenarioTr(const char *text)
{
    return QCoreApplication::translate("gridcba::ui::ScenarioEditing", text);
}

void copyInputs(model::Study &study, const QString &fromId, const QString &toId)
{
    for (model::Project &project : study.projects) {
        std::vector<model::IndicatorInput> copies;
        for (const model::IndicatorInput &input : project.indicatorInputs)
            if (input.scenarioId == fromId) {
                copies.push_back(input);
                copies.back().scenarioId = toId;
            }
        project.indicatorInputs.insert(project.indicatorInputs.end(), copies.begin(), copies.end());
    }
}

} // namespace

model::Study withNewScenario(const model::Study &study, int *newIndex)
{
    model::Study result = study;
    model::Scenario s;
    int n = 1;
    while (study.scenario(QStringLiteral("S%1").arg(n)))
        ++n;
    s.id = QStringLiteral("S%1").arg(n);
    s.name = scenarioTr("New scenario");
    s.priceYear = study.economics.priceBaseYear;
    model::StudyYear year;
    year.year = kDefaultStudyYear;
    int climateYear = kDefaultClimateYear;
    if (!study.scenarios.empty()) {
        const model::Scenario &first = study.scenarios.front();
        if (!first.studyYears.empty()) {
            year = first.studyYears.front();
            if (const auto factor = economics::priceFactor(study.economics, first.priceYear))
                scaleMoney(year, *factor);
            else
                s.priceYear = first.priceYear; // the values stay valid in their own prices
        }
        if (!first.climateYears.empty())
            climateYear = first.climateYears.front().year;
    }
    s.studyYears = {year};
    s.climateYears = {model::ClimateYear{climateYear, 1.0}};
    result.scenarios.push_back(std::move(s));
    if (newIndex)
        *newIndex = int(result.scenarios.size()) - 1;
    return result;
}

model::Study withScenarioRemoved(const model::Study &study, int index)
{
    model::Study result = study;
    if (index < 0 || index >= int(result.scenarios.size()))
        return result;
    const QString id = result.scenarios[size_t(index)].id;
    result.scenarios.erase(result.scenarios.begin() + index);
    for (model::Project &project : result.projects)
        std::erase_if(project.indicatorInputs,
                      [&id](const model::IndicatorInput &in) { return in.scenarioId == id; });
    std::erase_if(result.powerSystems,
                  [&id](const model::PowerSystem &ps) { return ps.scenarioId == id; });
    std::erase_if(result.marketUnits,
                  [&id](const model::MarketUnitRecord &u) { return u.scenarioId == id; });
    return result;
}

model::Study withScenarioDuplicated(const model::Study &study, int index, int *newIndex)
{
    model::Study result = study;
    if (index < 0 || index >= int(result.scenarios.size())) {
        if (newIndex)
            *newIndex = -1;
        return result;
    }
    model::Scenario copy = result.scenarios[size_t(index)];
    const QString base = copy.id + QStringLiteral("-copy");
    QString id = base;
    for (int n = 2; study.scenario(id); ++n)
        id = base + QString::number(n);
    copyInputs(result, copy.id, id);
    for (const model::PowerSystem &ps : study.powerSystems)
        if (ps.scenarioId == copy.id) {
            result.powerSystems.push_back(ps);
            result.powerSystems.back().scenarioId = id;
        }
    copy.id = id;
    //: %1 the name of the scenario copied
    copy.name = scenarioTr("%1 (copy)").arg(copy.name);
    result.scenarios.insert(result.scenarios.begin() + index + 1, std::move(copy));
    if (newIndex)
        *newIndex = index + 1;
    return result;
}

} // namespace gridcba::ui

namespace gridcba::ui {

void StudyYearsAdapter::keepHiddenFields(model::Study &imported, const model::Study &before) const
{
    const model::Scenario *old = scenario(before);
    model::Scenario *now = scenario(imported);
    if (!old || !now)
        return;
    for (model::StudyYear &year : now->studyYears)
        for (const model::StudyYear &previous : old->studyYears)
            if (previous.year == year.year) {
                year.damageCostEurPerT = previous.damageCostEurPerT;
                year.fuelPriceEurPerMwh = previous.fuelPriceEurPerMwh;
            }
    // Setting a row's year moves the projects' inputs with it (right for a single edit, not
    // for rows an import builds from defaults): the projects stay as they were.
    imported.projects = before.projects;
}

} // namespace gridcba::ui
