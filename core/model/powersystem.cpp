#include "powersystem.h"

#include "study.h"

namespace gridcba::model {

const Zone *PowerSystem::zone(const QString &id) const
{
    for (const Zone &z : zones)
        if (z.id == id)
            return &z;
    return nullptr;
}

const PowerSystem *Study::powerSystem(const QString &scenarioId, int year) const
{
    for (const PowerSystem &s : powerSystems)
        if (s.scenarioId == scenarioId && s.year == year)
            return &s;
    return nullptr;
}

const Profile *Study::profile(const QString &id, int climateYear) const
{
    const Profile *always = nullptr;
    for (const Profile &p : profiles) {
        if (p.id != id)
            continue;
        if (p.climateYear == climateYear)
            return &p;
        if (p.climateYear == 0)
            always = &p;
    }
    return always;
}

QString assessmentMethodKey(AssessmentMethod m)
{
    return m == AssessmentMethod::Toot ? QStringLiteral("toot") : QStringLiteral("pint");
}

std::optional<AssessmentMethod> assessmentMethodFromKey(const QString &key)
{
    if (key == QLatin1String("pint"))
        return AssessmentMethod::Pint;
    if (key == QLatin1String("toot"))
        return AssessmentMethod::Toot;
    return std::nullopt;
}

}  // namespace gridcba::model
