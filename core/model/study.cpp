#include "study.h"

#include <algorithm>

namespace gridcba::model {

namespace {
constexpr std::array<const char *, kPollutantCount> kPollutantKeys = {"nox", "nh3",  "sox",
                                                                     "pm25", "pm10", "nmvoc"};
constexpr std::array<const char *, 4> kKindKeys = {"interconnector", "internal", "storage",
                                                   "other"};
}  // namespace

QString pollutantKey(Pollutant p)
{
    return QString::fromLatin1(kPollutantKeys[static_cast<std::size_t>(p)]);
}

QString pollutantName(Pollutant p)
{
    switch (p) {
    case Pollutant::NOx:
        return QStringLiteral("NOx");
    case Pollutant::NH3:
        return QStringLiteral("NH3");
    case Pollutant::SOx:
        return QStringLiteral("SOx");
    case Pollutant::PM25:
        return QStringLiteral("PM2.5");
    case Pollutant::PM10:
        return QStringLiteral("PM10");
    case Pollutant::NMVOC:
        return QStringLiteral("NMVOC");
    }
    return {};
}

QString pollutantIndicatorId(Pollutant p)
{
    return QStringLiteral("B4") + QChar(u'a' + static_cast<char16_t>(p));
}

std::optional<Pollutant> pollutantFromKey(const QString &key)
{
    for (Pollutant p : kPollutants)
        if (pollutantKey(p) == key)
            return p;
    return std::nullopt;
}

QString projectKindKey(ProjectKind kind)
{
    return QString::fromLatin1(kKindKeys[static_cast<std::size_t>(kind)]);
}

std::optional<ProjectKind> projectKindFromKey(const QString &key)
{
    for (std::size_t i = 0; i < kKindKeys.size(); ++i)
        if (key == QLatin1String(kKindKeys[i]))
            return static_cast<ProjectKind>(i);
    return std::nullopt;
}

std::optional<ResidualValueMethod> residualValueFromKey(const QString &k)
{
    if (k == QLatin1String("none"))
        return ResidualValueMethod::None;
    if (k == QLatin1String("linear"))
        return ResidualValueMethod::Linear;
    return std::nullopt;
}

std::optional<BcRatioDefinition> bcRatioFromKey(const QString &k)
{
    if (k == QLatin1String("benefitsOverCosts"))
        return BcRatioDefinition::BenefitsOverCosts;
    if (k == QLatin1String("netOfOpex"))
        return BcRatioDefinition::NetOfOpex;
    return std::nullopt;
}

std::optional<InputOrigin> inputOriginFromKey(const QString &k)
{
    if (k == QLatin1String("entered"))
        return InputOrigin::Entered;
    if (k == QLatin1String("computed"))
        return InputOrigin::Computed;
    return std::nullopt;
}

QString residualValueKey(ResidualValueMethod m)
{
    return m == ResidualValueMethod::Linear ? QStringLiteral("linear") : QStringLiteral("none");
}
QString bcRatioKey(BcRatioDefinition d)
{
    return d == BcRatioDefinition::NetOfOpex ? QStringLiteral("netOfOpex")
                                             : QStringLiteral("benefitsOverCosts");
}
QString inputOriginKey(InputOrigin o)
{
    return o == InputOrigin::Computed ? QStringLiteral("computed") : QStringLiteral("entered");
}

const Scenario *Study::scenario(const QString &id) const
{
    auto it = std::find_if(scenarios.begin(), scenarios.end(),
                           [&](const Scenario &s) { return s.id == id; });
    return it == scenarios.end() ? nullptr : &*it;
}

const Project *Study::project(const QString &id) const
{
    auto it = std::find_if(projects.begin(), projects.end(),
                           [&](const Project &p) { return p.id == id; });
    return it == projects.end() ? nullptr : &*it;
}

}  // namespace gridcba::model
