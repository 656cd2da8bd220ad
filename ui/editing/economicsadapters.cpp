#include "economicsadapters.h"

#include "economics/evaluation.h"

#include <cmath>
#include <iterator>

namespace gridcba::ui {

namespace editing {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("gridcba::ui::editing", text);
}

} // namespace

TableColumn makeColumn(const QString &key, const QString &header, const QString &toolTip)
{
    TableColumn column;
    column.key = key;
    column.header = header;
    column.toolTip = toolTip;
    return column;
}

QString yearProblem(const QString &field, int year)
{
    if (year >= kMinYear && year <= kMaxYear)
        return {};
    //: %1 field name ("Year", "Price base year")
    return tr("%1 must be between %2 and %3").arg(field).arg(kMinYear).arg(kMaxYear);
}

QString nonNegativeProblem(const QString &field, double value)
{
    if (std::isfinite(value) && value >= 0.0)
        return {};
    return tr("%1 must be a number ≥ 0").arg(field);
}

QString priceYearProblem(const model::Study &study, const QString &field, int priceYear)
{
    const model::EconomicParameters &e = study.economics;
    if (economics::priceFactor(e, priceYear))
        return {};
    //: %1 field, %2 price year, %3 price base year
    return tr("%1: prices of %2 need price indices for %2 and for the price base year %3 in the "
              "deflator (Economic parameters page); add them first")
        .arg(field)
        .arg(priceYear)
        .arg(e.priceBaseYear);
}

} // namespace editing

namespace {

constexpr double kPercent = 0.01;

bool validRow(int row)
{
    return row == 0;
}

// Everything in the study that states a price year, as "scenario NT" → year: the price base
// year may only change to a year the deflator can convert all of them to.
std::vector<std::pair<QString, int>> priceYearsInUse(const model::Study &study)
{
    std::vector<std::pair<QString, int>> uses;
    for (const model::Scenario &s : study.scenarios)
        uses.emplace_back(EconomicParametersAdapter::tr("scenario %1").arg(s.id), s.priceYear);
    for (const model::Project &p : study.projects) {
        uses.emplace_back(EconomicParametersAdapter::tr("the benefits of project %1").arg(p.id),
                          p.benefitPriceYear);
        for (const model::Investment &i : p.investments)
            uses.emplace_back(EconomicParametersAdapter::tr("investment %1 / %2").arg(p.id, i.id),
                              i.priceYear);
    }
    return uses;
}

template <typename Key, typename Value> auto nth(std::map<Key, Value> &map, int row)
{
    return std::next(map.begin(), row);
}

template <typename Key, typename Value> auto nth(const std::map<Key, Value> &map, int row)
{
    return std::next(map.begin(), row);
}

} // namespace

// --- StudyInfoAdapter ----------------------------------------------------------------------

QString StudyInfoAdapter::title() const
{
    return tr("Study");
}

std::vector<TableColumn> StudyInfoAdapter::columns() const
{
    TableColumn name = editing::makeColumn(
        QStringLiteral("name"), tr("Name"),
        tr("The study's name, shown in the title bar and on the report's cover."));
    name.type = ColumnType::Text;
    TableColumn description =
        editing::makeColumn(QStringLiteral("description"), tr("Description"),
                            tr("What the study assesses and for whom; printed in the report."));
    description.type = ColumnType::Text;
    description.multiline = true;
    return {name, description};
}

int StudyInfoAdapter::rowCount(const model::Study &) const
{
    return 1;
}

QVariant StudyInfoAdapter::value(const model::Study &study, int row, int column) const
{
    if (!validRow(row))
        return {};
    switch (column) {
    case Name:
        return study.name;
    case Description:
        return study.description;
    }
    return {};
}

QString StudyInfoAdapter::setValue(model::Study &study, int row, int column,
                                   const QVariant &value) const
{
    if (!validRow(row))
        return tr("The study has a single record");
    switch (column) {
    case Name:
        study.name = value.toString().trimmed();
        return {};
    case Description:
        study.description = value.toString();
        return {};
    }
    return {};
}

// --- EconomicParametersAdapter -------------------------------------------------------------

QString EconomicParametersAdapter::title() const
{
    return tr("Economic parameters");
}

std::vector<TableColumn> EconomicParametersAdapter::columns() const
{
    auto integer = [](const QString &key, const QString &header, const QString &toolTip) {
        TableColumn c = editing::makeColumn(key, header, toolTip);
        c.type = ColumnType::Integer;
        return c;
    };
    auto percent = [](const QString &key, const QString &header, const QString &toolTip) {
        TableColumn c = editing::makeColumn(key, header, toolTip);
        c.displayScale = kPercent;
        return c;
    };
    TableColumn residual =
        editing::makeColumn(QStringLiteral("residualValue"), tr("Residual value"),
                            tr("Value of the assets left at the end of the assessment period: none "
                               "(the guideline's default), or linear, total CAPEX × (T − N) / T "
                               "counted as a benefit in the last year."));
    residual.type = ColumnType::Choice;
    residual.choices = {model::residualValueKey(model::ResidualValueMethod::None),
                        model::residualValueKey(model::ResidualValueMethod::Linear)};
    residual.choiceLabels = {tr("None"), tr("Linear: CAPEX × (T − N) / T")};
    TableColumn bc = editing::makeColumn(
        QStringLiteral("bcRatio"), tr("B/C ratio definition"),
        tr("Benefits over costs (default): [PV(benefits) + PV(residual)] / [PV(CAPEX) "
           "+ PV(OPEX) + PV(decommissioning)]; net of OPEX, used by some regulators, "
           "moves OPEX to the numerator."));
    bc.type = ColumnType::Choice;
    bc.choices = {model::bcRatioKey(model::BcRatioDefinition::BenefitsOverCosts),
                  model::bcRatioKey(model::BcRatioDefinition::NetOfOpex)};
    bc.choiceLabels = {tr("Benefits / costs"), tr("Net of OPEX")};
    return {
        integer(QStringLiteral("priceBaseYear"), tr("Price base year"),
                tr("All results are in euros of this year's prices; money of other years is "
                   "converted with the deflator (default 2023).")),
        percent(QStringLiteral("discountRate"), tr("Discount rate, real (%)"),
                tr("The real social discount rate r, in % per year: a cash flow of year t is "
                   "divided by (1 + r)^(t − t0) to express it in money of the discounting "
                   "year t0. The guideline's default is 4 %.")),
        integer(QStringLiteral("discountingYear"), tr("Discounting year t0"),
                tr("Present values are expressed in this year: factor 1 / (1 + r)^(t − t0); "
                   "default the study's reference year.")),
        integer(QStringLiteral("operatingYears"), tr("Operating years assessed N (years)"),
                tr("Benefits and OPEX are counted for N years from the commissioning year; "
                   "the guideline's default is 25.")),
        residual,
        bc,
        percent(QStringLiteral("firstYearFraction"), tr("First-year fraction (%)"),
                tr("Share of the commissioning year's benefits and OPEX that is counted; "
                   "default 100 % (a full year).")),
    };
}

int EconomicParametersAdapter::rowCount(const model::Study &) const
{
    return 1;
}

QVariant EconomicParametersAdapter::value(const model::Study &study, int row, int column) const
{
    if (!validRow(row))
        return {};
    const model::EconomicParameters &e = study.economics;
    switch (column) {
    case PriceBaseYear:
        return e.priceBaseYear;
    case DiscountRate:
        return e.discountRate / kPercent;
    case DiscountingYear:
        return e.discountingYear;
    case OperatingYears:
        return e.operatingYears;
    case ResidualValue:
        return model::residualValueKey(e.residualValue);
    case BcRatio:
        return model::bcRatioKey(e.bcRatio);
    case FirstYearFraction:
        return e.firstYearFraction / kPercent;
    }
    return {};
}

QString EconomicParametersAdapter::setValue(model::Study &study, int row, int column,
                                            const QVariant &value) const
{
    if (!validRow(row))
        return tr("The economic parameters are a single record");
    model::EconomicParameters &e = study.economics;
    switch (column) {
    case PriceBaseYear: {
        const int year = value.toInt();
        if (QString p = editing::yearProblem(tr("Price base year"), year); !p.isEmpty())
            return p;
        model::EconomicParameters changed = e;
        changed.priceBaseYear = year;
        for (const auto &[what, priceYear] : priceYearsInUse(study))
            if (!economics::priceFactor(changed, priceYear))
                //: %1 new base year, %2 "scenario NT", %3 its price year
                return tr("Price base year %1 needs deflator indices for %1 and %3, because %2 "
                          "gives prices of %3; add them to the deflator first")
                    .arg(year)
                    .arg(what)
                    .arg(priceYear);
        e.priceBaseYear = year;
        return {};
    }
    case DiscountRate: {
        const double rate = value.toDouble() * kPercent;
        if (!std::isfinite(rate) || rate <= -1.0 || rate >= 1.0)
            return tr("Discount rate must be greater than −100 % and less than 100 %");
        e.discountRate = rate;
        return {};
    }
    case DiscountingYear: {
        const int year = value.toInt();
        if (QString p = editing::yearProblem(tr("Discounting year"), year); !p.isEmpty())
            return p;
        e.discountingYear = year;
        return {};
    }
    case OperatingYears: {
        const int years = value.toInt();
        if (years < 1 || years > 100)
            return tr("Operating years assessed must be between 1 and 100");
        e.operatingYears = years;
        return {};
    }
    case ResidualValue: {
        const auto method = model::residualValueFromKey(value.toString());
        if (!method)
            return tr("Residual value must be none or linear");
        e.residualValue = *method;
        return {};
    }
    case BcRatio: {
        const auto definition = model::bcRatioFromKey(value.toString());
        if (!definition)
            return tr("B/C ratio definition must be benefits over costs or net of OPEX");
        e.bcRatio = *definition;
        return {};
    }
    case FirstYearFraction: {
        const double fraction = value.toDouble() * kPercent;
        if (!(fraction > 0.0 && fraction <= 1.0))
            return tr("First-year fraction must be greater than 0 % and at most 100 %");
        e.firstYearFraction = fraction;
        return {};
    }
    }
    return {};
}

// --- DeflatorAdapter -----------------------------------------------------------------------

QString DeflatorAdapter::title() const
{
    return tr("Deflator");
}

std::vector<TableColumn> DeflatorAdapter::columns() const
{
    TableColumn year = editing::makeColumn(QStringLiteral("year"), tr("Year"),
                                           tr("The year whose prices the index measures."));
    year.type = ColumnType::Integer;
    TableColumn index = editing::makeColumn(
        QStringLiteral("priceIndex"), tr("Price index"),
        tr("Price level of the year (any base: only ratios matter), e.g. the HICP. "
           "Money of year Y is converted to the price base year B by "
           "index(B) / index(Y)."));
    index.decimals = 3;
    TableColumn factor = editing::makeColumn(
        QStringLiteral("factorToBaseYear"), tr("Factor to base-year prices"),
        tr("index(price base year) / index(year): multiply money of this year by "
           "it to express it in prices of the price base year. Empty when the "
           "deflator has no index for the price base year."));
    factor.readOnly = true;
    factor.optional = true;
    factor.decimals = 4;
    return {year, index, factor};
}

int DeflatorAdapter::rowCount(const model::Study &study) const
{
    return int(study.economics.deflator.size());
}

QVariant DeflatorAdapter::value(const model::Study &study, int row, int column) const
{
    const auto &deflator = study.economics.deflator;
    if (row < 0 || row >= int(deflator.size()))
        return {};
    const auto it = nth(deflator, row);
    switch (column) {
    case Year:
        return it->first;
    case PriceIndex:
        return it->second;
    case Factor:
        if (const auto factor = economics::priceFactor(study.economics, it->first))
            return *factor;
        return {};
    }
    return {};
}

QString DeflatorAdapter::setValue(model::Study &study, int row, int column,
                                  const QVariant &value) const
{
    auto &deflator = study.economics.deflator;
    if (row < 0 || row >= int(deflator.size()))
        return tr("Row %1 no longer exists").arg(row + 1);
    const auto it = nth(deflator, row);
    switch (column) {
    case Year: {
        const int year = value.toInt();
        if (year == it->first)
            return {};
        if (QString p = editing::yearProblem(tr("Year"), year); !p.isEmpty())
            return p;
        if (deflator.count(year))
            return tr("Year %1 is already in the deflator").arg(year);
        if (it != deflator.begin() && year < std::prev(it)->first)
            return tr("The deflator is kept in ascending order: %1 would come before %2 "
                      "(row %3). Change that year first, or add a row.")
                .arg(year)
                .arg(std::prev(it)->first)
                .arg(row);
        if (std::next(it) != deflator.end() && year > std::next(it)->first)
            return tr("The deflator is kept in ascending order: %1 would come after %2 "
                      "(row %3). Change that year first, or add a row.")
                .arg(year)
                .arg(std::next(it)->first)
                .arg(row + 2);
        const double index = it->second;
        deflator.erase(it);
        deflator.emplace(year, index);
        return {};
    }
    case PriceIndex: {
        const double index = value.toDouble();
        if (!std::isfinite(index) || index <= 0.0)
            return tr("Price index must be greater than 0");
        it->second = index;
        return {};
    }
    case Factor:
        return {}; // computed
    }
    return {};
}

void DeflatorAdapter::insertRow(model::Study &study, int row) const
{
    auto &deflator = study.economics.deflator;
    if (deflator.empty()) {
        deflator.emplace(study.economics.priceBaseYear, 1.0);
        return;
    }
    // Between the neighbours when there is room (the row lands where it was asked for), else
    // after the last year; the index of the year before, a guess the user corrects.
    const int size = int(deflator.size());
    if (row <= 0) {
        deflator.emplace(deflator.begin()->first - 1, deflator.begin()->second);
        return;
    }
    const auto before = nth(deflator, std::min(row, size) - 1);
    const bool room = row < size && std::next(before)->first > before->first + 1;
    if (room)
        deflator.emplace(before->first + 1, before->second);
    else
        deflator.emplace(deflator.rbegin()->first + 1, deflator.rbegin()->second);
}

void DeflatorAdapter::removeRow(model::Study &study, int row) const
{
    auto &deflator = study.economics.deflator;
    if (row >= 0 && row < int(deflator.size()))
        deflator.erase(nth(deflator, row));
}

QStringList DeflatorAdapter::checkTable(const model::Study &study) const
{
    QStringList problems;
    int row = 1;
    for (const auto &[year, index] : study.economics.deflator) {
        if (QString p = editing::yearProblem(tr("Year"), year); !p.isEmpty())
            problems << tr("Row %1: %2").arg(row).arg(p);
        if (!std::isfinite(index) || index <= 0.0)
            problems << tr("Row %1: Price index must be greater than 0").arg(row);
        ++row;
    }
    return problems;
}

} // namespace gridcba::ui
