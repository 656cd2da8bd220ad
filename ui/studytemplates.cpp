#include "studytemplates.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <array>

namespace gridcba::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("StudyTemplates", text);
}

struct TemplateText
{
    const char *id;
    const char *name;
    const char *description;
};

constexpr std::array<TemplateText, 3> kTemplates = {{
    {"NT", QT_TRANSLATE_NOOP("StudyTemplates", "National Trends"),
     QT_TRANSLATE_NOOP("StudyTemplates",
                       "Bottom-up scenario following the national energy and climate plans.")},
    {"DE", QT_TRANSLATE_NOOP("StudyTemplates", "Distributed Energy"),
     QT_TRANSLATE_NOOP("StudyTemplates", "Decentralised pathway to the EU climate targets: "
                                         "rooftop PV, prosumers, electrified heat.")},
    {"GA", QT_TRANSLATE_NOOP("StudyTemplates", "Global Ambition"),
     QT_TRANSLATE_NOOP("StudyTemplates", "Centralised pathway to the EU climate targets: "
                                         "offshore wind, hydrogen imports, nuclear.")},
}};

// One point of the TYNDP 2024 default table (methodology.md §3), € of 2023 per tonne.
struct TablePoint
{
    int year;
    double value;
};

constexpr std::array<TablePoint, 2> kSccLow = {{{2030, 126.0}, {2040, 339.0}}};
constexpr std::array<TablePoint, 2> kSccCentral = {{{2030, 238.0}, {2040, 628.0}}};
constexpr std::array<TablePoint, 2> kSccHigh = {{{2030, 315.0}, {2040, 662.0}}};
constexpr std::array<TablePoint, 3> kMarketCo2 = {{{2030, 113.4}, {2040, 147.0}, {2050, 168.0}}};

// Linear between the table's years, the nearest end's value outside them.
template <std::size_t N> double interpolate(const std::array<TablePoint, N> &table, int year)
{
    if (year <= table.front().year)
        return table.front().value;
    for (std::size_t i = 1; i < N; ++i) {
        const TablePoint &a = table[i - 1];
        const TablePoint &b = table[i];
        if (year <= b.year)
            return a.value + (b.value - a.value) * double(year - a.year) / double(b.year - a.year);
    }
    return table.back().value;
}

model::Scenario makeScenario(const ScenarioTemplate &t, std::vector<int> years,
                             const NewStudyOptions &options)
{
    model::Scenario s;
    s.id = t.id;
    s.name = t.name;
    s.description = t.description;
    s.priceYear = kTyndpTablePriceYear;
    s.climateYears = {{options.climateYear, 1.0}};
    std::sort(years.begin(), years.end());
    years.erase(std::unique(years.begin(), years.end()), years.end());
    for (const int year : years) {
        const YearDefaults d = tyndp2024Defaults(year);
        model::StudyYear y;
        y.year = year;
        y.marketCo2PriceEurPerT = d.marketCo2PriceEurPerT;
        y.sccLowEurPerT = d.sccLowEurPerT;
        y.sccCentralEurPerT = d.sccCentralEurPerT;
        y.sccHighEurPerT = d.sccHighEurPerT;
        y.vollEurPerMwh = options.vollEurPerMwh;
        s.studyYears.push_back(y);
    }
    return s;
}

} // namespace

std::vector<ScenarioTemplate> scenarioTemplates()
{
    std::vector<ScenarioTemplate> templates;
    for (const TemplateText &t : kTemplates)
        templates.push_back({QLatin1String(t.id), tr(t.name), tr(t.description)});
    return templates;
}

std::optional<ScenarioTemplate> scenarioTemplate(const QString &id)
{
    for (const ScenarioTemplate &t : scenarioTemplates())
        if (t.id == id)
            return t;
    return std::nullopt;
}

YearDefaults tyndp2024Defaults(int year)
{
    return {interpolate(kSccLow, year), interpolate(kSccCentral, year), interpolate(kSccHigh, year),
            interpolate(kMarketCo2, year)};
}

bool sccExtrapolated(int year)
{
    return year < kSccCentral.front().year || year > kSccCentral.back().year;
}

model::Study newStudyFromDefaults(const NewStudyOptions &options)
{
    Q_ASSERT_X(options.vollEurPerMwh > 0.0, "newStudyFromDefaults",
               "VOLL has no default: the caller must ask the user for it");
    model::Study study;
    study.name = options.name;
    study.description = options.description;

    model::EconomicParameters &e = study.economics;
    e.priceBaseYear = options.priceBaseYear;
    e.discountRate = options.discountRate;
    e.discountingYear = options.discountingYear;
    e.operatingYears = options.operatingYears;
    e.residualValue = model::ResidualValueMethod::None;
    e.bcRatio = model::BcRatioDefinition::BenefitsOverCosts;
    e.firstYearFraction = 1.0;
    e.deflator = {{options.priceBaseYear, 1.0}};

    for (const ScenarioChoice &choice : options.scenarios)
        if (const auto t = scenarioTemplate(choice.templateId))
            study.scenarios.push_back(makeScenario(*t, choice.studyYears, options));

    if (const auto &fp = options.firstProject) {
        model::Project p;
        p.id = fp->id;
        p.name = fp->name;
        p.kind = fp->kind;
        p.commissioningYear = fp->commissioningYear;
        p.benefitPriceYear = options.priceBaseYear;
        study.projects.push_back(p);
    }
    return study;
}

std::optional<std::vector<int>> parseYearList(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    const QStringList parts = text.split(separators, Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return std::nullopt;
    std::vector<int> years;
    for (const QString &part : parts) {
        bool ok = false;
        const int year = part.toInt(&ok);
        if (!ok || year < 1900 || year > 2200)
            return std::nullopt;
        years.push_back(year);
    }
    std::sort(years.begin(), years.end());
    years.erase(std::unique(years.begin(), years.end()), years.end());
    return years;
}

} // namespace gridcba::ui
