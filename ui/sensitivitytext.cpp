#include "sensitivitytext.h"

#include "format.h"
#include "model/study.h"

#include <cmath>

namespace gridcba::ui {

using sensitivity::DistributionKind;
using sensitivity::InputId;

namespace {

bool isFraction(InputId id)
{
    return qstrcmp(sensitivity::inputInfo(id).unit, "fraction") == 0;
}

} // namespace

QString SensitivityText::label(InputId id)
{
    return QCoreApplication::translate("Input", sensitivity::inputInfo(id).label);
}

QString SensitivityText::toolTip(InputId id)
{
    switch (id) {
    case InputId::DiscountRate:
        return tr("The real discount rate applied to every yearly flow of the project.");
    case InputId::Capex:
        return tr("Scales the CAPEX of every investment (OPEX stated as a share of CAPEX and the "
                  "residual value follow); the default range is the project's stated CAPEX "
                  "uncertainty.");
    case InputId::Opex:
        return tr("Scales the yearly OPEX of every investment.");
    case InputId::OperatingYears:
        return tr("The number of operating years N counted in the assessment period, in whole "
                  "years.");
    case InputId::CommissioningShift:
        return tr("Moves the commissioning year, and the CAPEX phasing with it, by whole years; "
                  "positive values are a delay.");
    case InputId::SocietalCostOfCarbon:
        return tr("Scales the societal cost of carbon that monetises the change in CO2 emissions "
                  "(B2) in every study year.");
    case InputId::MarketCo2Price:
        return tr("Scales the market (ETS) CO2 price; this changes only B2, because the market "
                  "results (B1) are held fixed until a market model can recompute them.");
    case InputId::Voll:
        return tr("Scales the value of lost load that monetises the change in energy not served "
                  "(B6).");
    case InputId::Welfare:
        return tr("Scales socio-economic welfare (B1); it stands in for fuel prices, demand and "
                  "RES capacity until the market model exists to recompute them.");
    case InputId::Losses:
        return tr("Scales the monetised change in grid losses (B5).");
    case InputId::ReserveCost:
        return tr("Scales the cost of reserve capacity that monetises the reserve need avoided "
                  "(B9).");
    case InputId::FirstYearFraction:
        return tr("The share of the commissioning year's benefits and OPEX that is counted "
                  "(100 % = a full year).");
    }
    return {};
}

QString SensitivityText::unit(InputId id)
{
    if (isFraction(id))
        return tr("%");
    if (sensitivity::inputInfo(id).integer)
        return tr("years");
    return tr("× study value");
}

QString SensitivityText::labelWithUnit(InputId id)
{
    //: %1 an input, %2 its unit
    return tr("%1 (%2)").arg(label(id), unit(id));
}

bool SensitivityText::isWholeNumber(InputId id)
{
    return sensitivity::inputInfo(id).integer;
}

double SensitivityText::toDisplay(InputId id, double value)
{
    return isFraction(id) ? value * 100.0 : value;
}

double SensitivityText::fromDisplay(InputId id, double shown)
{
    return isFraction(id) ? shown / 100.0 : shown;
}

int SensitivityText::decimals(InputId id)
{
    return isWholeNumber(id) ? 0 : 2;
}

QString SensitivityText::value(InputId id, double v)
{
    if (isWholeNumber(id))
        v = std::round(v);
    return format::number(toDisplay(id, v), decimals(id));
}

QString SensitivityText::distributionName(DistributionKind kind)
{
    switch (kind) {
    case DistributionKind::Uniform:
        return tr("Uniform");
    case DistributionKind::Triangular:
        return tr("Triangular");
    case DistributionKind::Pert:
        return tr("PERT (beta)");
    case DistributionKind::Normal:
        return tr("Normal");
    case DistributionKind::Lognormal:
        return tr("Lognormal");
    }
    return {};
}

QStringList SensitivityText::parameterNames(DistributionKind kind)
{
    switch (kind) {
    case DistributionKind::Uniform:
        return {tr("Minimum"), tr("Maximum")};
    case DistributionKind::Triangular:
    case DistributionKind::Pert:
        return {tr("Minimum"), tr("Most likely"), tr("Maximum")};
    case DistributionKind::Normal:
        return {tr("Mean"), tr("Standard deviation")};
    case DistributionKind::Lognormal:
        return {tr("Mean"), tr("Standard deviation of the value")};
    }
    return {};
}

QString SensitivityText::parameterToolTip(DistributionKind kind, int index)
{
    const bool spread = kind == DistributionKind::Normal || kind == DistributionKind::Lognormal;
    if (spread && index == 0)
        return tr("The average of the draws.");
    if (kind == DistributionKind::Lognormal && index == 1)
        return tr("The spread of the draws around the mean: the standard deviation of the value "
                  "itself, not of its logarithm.");
    if (spread && index == 1)
        return tr("The spread of the draws around the mean; about 95 % of them fall within two "
                  "standard deviations of it.");
    const int last = kind == DistributionKind::Uniform ? 1 : 2;
    if (index == 0)
        return tr("The lowest value drawn.");
    if (index == last)
        return tr("The highest value drawn.");
    return tr("The mode: the value drawn most often.");
}

QString SensitivityText::summary(InputId id, const sensitivity::Distribution &d)
{
    const QStringList names = parameterNames(d.kind);
    // A standard deviation scales like the value but is never rounded to whole years.
    auto shown = [&](double v, bool spread) {
        return spread ? format::number(toDisplay(id, v), 2) : value(id, v);
    };
    const bool spread = d.kind == DistributionKind::Normal || d.kind == DistributionKind::Lognormal;
    QStringList values{shown(d.a, false), shown(d.b, spread)};
    if (names.size() > 2)
        values << shown(d.c, false);
    //: %1 distribution, %2 its parameters
    return tr("%1 (%2)").arg(distributionName(d.kind), values.join(QStringLiteral("; ")));
}

QString SensitivityText::scenarioName(const model::Study &study, const QString &scenarioId)
{
    const model::Scenario *s = study.scenario(scenarioId);
    return s ? s->name : scenarioId;
}

} // namespace gridcba::ui
