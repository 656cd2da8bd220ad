#include "indicatorlines.h"

#include <QCoreApplication>

#include <algorithm>

namespace gridcba::io {

namespace {

struct Terms
{
    Q_DECLARE_TR_FUNCTIONS(gridcba::indicators)
};

constexpr char kContext[] = "gridcba::indicators";

struct StreamText
{
    const char *label;
    const char *shortLabel;
    const char *toolTip;
};

// In the order of economics::kStreams.
constexpr StreamText kStreamTexts[economics::kStreamCount] = {
    {QT_TRANSLATE_NOOP("gridcba::indicators", "Socio-economic welfare (B1)"),
     QT_TRANSLATE_NOOP("gridcba::indicators", "Welfare (B1)"),
     QT_TRANSLATE_NOOP("gridcba::indicators",
                       "Gain in consumer and producer surplus and congestion rent that the "
                       "project brings, from market simulations with and without it.")},
    {QT_TRANSLATE_NOOP("gridcba::indicators", "CO2 emissions beyond market price (B2)"),
     QT_TRANSLATE_NOOP("gridcba::indicators", "CO2 emissions (B2)"),
     QT_TRANSLATE_NOOP("gridcba::indicators",
                       "Change of CO2 emissions valued at the societal cost of carbon minus the "
                       "CO2 price already paid in the market (and so counted in B1).")},
    {QT_TRANSLATE_NOOP("gridcba::indicators", "Grid losses (B5)"),
     QT_TRANSLATE_NOOP("gridcba::indicators", "Grid losses (B5)"),
     QT_TRANSLATE_NOOP("gridcba::indicators",
                       "Cost of the change in transmission losses; negative when the project "
                       "increases losses.")},
    {QT_TRANSLATE_NOOP("gridcba::indicators", "Adequacy (B6)"),
     QT_TRANSLATE_NOOP("gridcba::indicators", "Adequacy (B6)"),
     QT_TRANSLATE_NOOP("gridcba::indicators",
                       "Reduction of expected energy not served, valued at the value of lost "
                       "load.")},
    {QT_TRANSLATE_NOOP("gridcba::indicators", "Reserves (B9)"),
     QT_TRANSLATE_NOOP("gridcba::indicators", "Reserves (B9)"),
     QT_TRANSLATE_NOOP("gridcba::indicators",
                       "Reserve capacity that no longer needs to be procured thanks to the "
                       "project, valued at the reserve cost.")},
    {QT_TRANSLATE_NOOP("gridcba::indicators", "Other benefits"),
     QT_TRANSLATE_NOOP("gridcba::indicators", "Other benefits"),
     QT_TRANSLATE_NOOP("gridcba::indicators",
                       "Benefits entered by the promoter and counted in the NPV, such as avoided "
                       "renewal of assets or redispatch savings.")},
    {QT_TRANSLATE_NOOP("gridcba::indicators", "Non-CO2 emissions (B4, not in NPV)"),
     QT_TRANSLATE_NOOP("gridcba::indicators", "Non-CO2 emissions (B4)"),
     QT_TRANSLATE_NOOP("gridcba::indicators",
                       "Change of NOx, SOx, NH3, particulate and NMVOC emissions valued at their "
                       "damage costs; shown apart and not included in the NPV or B/C ratio.")},
};

const StreamText &texts(economics::Stream s)
{
    return kStreamTexts[static_cast<std::size_t>(s)];
}

double monetisedOf(const economics::StreamValues &v, economics::Stream s)
{
    return v[static_cast<std::size_t>(s)];
}

QString pollutantLabel(model::Pollutant p)
{
    switch (p) {
    case model::Pollutant::NOx: return Terms::tr("NOx emissions (B4a)");
    case model::Pollutant::NH3: return Terms::tr("NH3 emissions (B4b)");
    case model::Pollutant::SOx: return Terms::tr("SOx emissions (B4c)");
    case model::Pollutant::PM25: return Terms::tr("PM2.5 emissions (B4d)");
    case model::Pollutant::PM10: return Terms::tr("PM10 emissions (B4e)");
    case model::Pollutant::NMVOC: return Terms::tr("NMVOC emissions (B4f)");
    }
    return {};
}

} // namespace

QString reliabilityName(Reliability r)
{
    switch (r) {
    case Reliability::Monetised: return Terms::tr("monetised");
    case Reliability::Quantified: return Terms::tr("quantified");
    case Reliability::Qualitative: return Terms::tr("qualitative");
    }
    return {};
}

QString streamLabel(economics::Stream s)
{
    return QCoreApplication::translate(kContext, texts(s).label);
}

QString streamShortLabel(economics::Stream s)
{
    return QCoreApplication::translate(kContext, texts(s).shortLabel);
}

QString streamToolTip(economics::Stream s)
{
    return QCoreApplication::translate(kContext, texts(s).toolTip);
}

std::vector<IndicatorLine> indicatorLines(const model::Study &study, const model::Project &project,
                                          const model::Scenario &scenario,
                                          const model::IndicatorInput &in,
                                          const economics::StreamValues &monetised)
{
    using economics::Stream;
    const model::StudyYear *year = nullptr;
    for (const model::StudyYear &y : scenario.studyYears)
        if (y.year == in.year)
            year = &y;
    const QString entered = Terms::tr("€/yr (%1 prices)").arg(project.benefitPriceYear);
    const QString base = Terms::tr("€/yr (%1 prices)").arg(study.economics.priceBaseYear);
    std::vector<IndicatorLine> lines;
    auto add = [&](QString id, QString label, QString unit, std::optional<double> quantity,
                   std::optional<double> money, Reliability r, bool inNpv) {
        const bool isMoney = unit == entered || unit == base;
        lines.push_back({std::move(id), std::move(label), std::move(unit), quantity, isMoney,
                         money, r, inNpv});
    };
    auto money = [&](Stream s) { return std::optional<double>(monetisedOf(monetised, s)); };

    if (in.b1Eur)
        add(QStringLiteral("B1"), streamLabel(Stream::B1), entered, in.b1Eur, money(Stream::B1),
            Reliability::Monetised, true);
    if (in.b2Co2T)
        add(QStringLiteral("B2"), Terms::tr("CO2 emissions (B2)"), Terms::tr("t/yr"), in.b2Co2T,
            money(Stream::B2), Reliability::Monetised, true);
    if (in.b3CurtailmentMwh)
        add(QStringLiteral("B3"), Terms::tr("Avoided RES curtailment (B3)"), Terms::tr("MWh/yr"),
            in.b3CurtailmentMwh, std::nullopt, Reliability::Quantified, false);
    if (in.b3ResConnectedMw)
        add(QStringLiteral("B3"), Terms::tr("RES connected (B3)"), Terms::tr("MW"),
            in.b3ResConnectedMw, std::nullopt, Reliability::Quantified, false);
    bool anyDamageCost = false;
    for (const auto &[pollutant, tonnes] : in.b4PollutantT) {
        add(model::pollutantIndicatorId(pollutant), pollutantLabel(pollutant), Terms::tr("t/yr"),
            tonnes, std::nullopt, Reliability::Quantified, false);
        anyDamageCost = anyDamageCost || (year && year->damageCostEurPerT.count(pollutant));
    }
    if (anyDamageCost)
        add(QStringLiteral("B4"), Terms::tr("Non-CO2 emissions at damage cost (B4, not in NPV)"),
            base, std::nullopt, money(Stream::B4), Reliability::Monetised, false);
    if (in.b5LossMwh || in.b5Eur)
        add(QStringLiteral("B5"), streamLabel(Stream::B5), Terms::tr("MWh/yr"), in.b5LossMwh,
            in.b5Eur ? money(Stream::B5) : std::nullopt,
            in.b5Eur ? Reliability::Monetised : Reliability::Quantified, bool(in.b5Eur));
    if (in.b6EensMwh)
        add(QStringLiteral("B6"), Terms::tr("Expected energy not served (B6)"),
            Terms::tr("MWh/yr"), in.b6EensMwh, money(Stream::B6), Reliability::Monetised, true);
    if (in.b6LoleHours)
        add(QStringLiteral("B6"), Terms::tr("Loss of load expectation (B6)"), Terms::tr("h/yr"),
            in.b6LoleHours, std::nullopt, Reliability::Quantified, false);
    if (in.b9ReserveMw) {
        const bool priced = year && year->reserveCostEurPerMwYear > 0.0;
        add(QStringLiteral("B9"), streamLabel(Stream::B9), Terms::tr("MW"), in.b9ReserveMw,
            priced ? money(Stream::B9) : std::nullopt,
            priced ? Reliability::Monetised : Reliability::Quantified, priced);
    }
    for (const model::OtherBenefit &b : in.other)
        add(QStringLiteral("Other"),
            b.inNpv ? b.name : Terms::tr("%1 (not in NPV)").arg(b.name), entered, b.eurPerYear,
            std::nullopt, Reliability::Monetised, b.inNpv);
    if (std::any_of(in.other.begin(), in.other.end(), [](auto &b) { return b.inNpv; }))
        add(QStringLiteral("Other"), Terms::tr("Other benefits in the NPV, total"), base,
            std::nullopt, money(Stream::Other), Reliability::Monetised, true);
    return lines;
}

QStringList indicatorsNotAssessed(const model::Project &project, const model::Scenario &scenario)
{
    bool b1 = false, b2 = false, b3 = false, b4 = false, b5 = false, b6 = false, b9 = false;
    for (const model::IndicatorInput &in : project.indicatorInputs) {
        if (in.scenarioId != scenario.id)
            continue;
        b1 = b1 || in.b1Eur;
        b2 = b2 || in.b2Co2T;
        b3 = b3 || in.b3CurtailmentMwh || in.b3ResConnectedMw;
        b4 = b4 || !in.b4PollutantT.empty();
        b5 = b5 || in.b5LossMwh || in.b5Eur;
        b6 = b6 || in.b6EensMwh || in.b6LoleHours;
        b9 = b9 || in.b9ReserveMw;
    }
    QStringList out;
    const std::pair<bool, const char *> given[] = {{b1, "B1"}, {b2, "B2"}, {b3, "B3"}, {b4, "B4"},
                                                   {b5, "B5"}, {b6, "B6"}, {b9, "B9"}};
    for (const auto &[present, id] : given)
        if (!present)
            out << QString::fromLatin1(id);
    return out;
}

QString qualitativeIndicatorName(const QString &id)
{
    static const std::pair<const char *, const char *> names[] = {
        {"B7", QT_TRANSLATE_NOOP("gridcba::indicators", "Flexibility")},
        {"B8.1", QT_TRANSLATE_NOOP("gridcba::indicators", "Frequency stability")},
        {"B8.2", QT_TRANSLATE_NOOP("gridcba::indicators", "Voltage stability")},
        {"B8.3", QT_TRANSLATE_NOOP("gridcba::indicators", "Transient stability")},
        {"B8.4", QT_TRANSLATE_NOOP("gridcba::indicators", "Black-start capability")},
        {"S1", QT_TRANSLATE_NOOP("gridcba::indicators", "Residual environmental impact")},
        {"S2", QT_TRANSLATE_NOOP("gridcba::indicators", "Residual social impact")},
        {"S3", QT_TRANSLATE_NOOP("gridcba::indicators", "Other residual impact")},
    };
    for (const auto &[key, name] : names)
        if (id == QLatin1String(key))
            return QCoreApplication::translate(kContext, name);
    return id;
}

} // namespace gridcba::io
