#include "marketresultsmodel.h"

#include "format.h"
#include "model/study.h"
#include "units.h"

#include <QLocale>

#include <algorithm>
#include <tuple>

namespace gridcba::ui {

namespace {

bool isMoney(int column)
{
    return column == MarketResultsModel::B1 || column == MarketResultsModel::CostWithout ||
           column == MarketResultsModel::CostWith || column == MarketResultsModel::B5Value;
}

double pollutantsT(const market::UnitResult &u)
{
    double sum = 0.0;
    for (int p = 0; p < model::kPollutantCount; ++p)
        sum += u.b4PollutantT(p);
    return sum;
}

} // namespace

MarketResultsModel::MarketResultsModel(QObject *parent) : QAbstractTableModel(parent) {}

void MarketResultsModel::setResults(const model::Study &study, const QString &projectId)
{
    beginResetModel();
    m_units.clear();
    m_unreadable = 0;
    for (const model::MarketUnitRecord &record : study.marketUnits) {
        if (record.projectId != projectId)
            continue;
        QString error;
        if (std::optional<market::UnitResult> u = market::fromRecord(record, &error))
            m_units.push_back(std::move(*u));
        else
            ++m_unreadable;
    }
    // Scenarios in the study's order, then years and climate years ascending.
    auto scenarioIndex = [&](const QString &id) {
        for (size_t i = 0; i < study.scenarios.size(); ++i)
            if (study.scenarios[i].id == id)
                return int(i);
        return int(study.scenarios.size());
    };
    std::stable_sort(m_units.begin(), m_units.end(), [&](const auto &a, const auto &b) {
        return std::tuple(scenarioIndex(a.scenarioId), a.year, a.climateYear) <
               std::tuple(scenarioIndex(b.scenarioId), b.year, b.climateYear);
    });
    endResetModel();
}

int MarketResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_units.size());
}

int MarketResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MarketResultsModel::value(const market::UnitResult &u, int column) const
{
    switch (column) {
    case Scenario:
        return u.scenarioId;
    case Year:
        return u.year;
    case ClimateYear:
        return u.climateYear;
    case Method:
        return u.method == model::AssessmentMethod::Toot ? tr("TOOT") : tr("PINT");
    case B1:
        return u.b1Eur();
    case CostWithout:
        return u.without.sum(&market::ZoneTotals::generationCostEur);
    case CostWith:
        return u.with.sum(&market::ZoneTotals::generationCostEur);
    case B2:
        return u.b2Co2T();
    case B3:
        return u.b3CurtailmentMwh();
    case B4:
        return pollutantsT(u);
    case B5Mwh:
        return u.b5LossMwh();
    case B5Value:
        return u.b5LossValueEur();
    case B6Eens:
        return u.b6EensMwh() ? QVariant(*u.b6EensMwh()) : QVariant();
    case B6Lole:
        return u.b6LoleHours() ? QVariant(*u.b6LoleHours()) : QVariant();
    case Solver:
        return u.solver;
    case Settings:
        //: market settings recorded with a result
        return tr("hurdle %1 €/MWh; %n Monte Carlo year(s) per climate year, seed %2", nullptr,
                  u.settings.adequacyYearsPerClimateYear)
            .arg(QLocale().toString(u.settings.hurdleCostEurPerMwh, 'g', 4))
            .arg(u.settings.adequacySeed);
    case Created:
        return tr("%1, %2").arg(u.createdUtc, u.softwareVersion);
    }
    return {};
}

QVariant MarketResultsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_units.size()))
        return {};
    const market::UnitResult &u = m_units[size_t(index.row())];
    const int c = index.column();
    const QVariant v = value(u, c);
    switch (role) {
    case Qt::UserRole:
        return v;
    case Qt::DisplayRole: {
        if (c == Year || c == ClimateYear)
            return QString::number(v.toInt());
        if (v.typeId() != QMetaType::Double)
            return v.isValid() ? v.toString() : format::none();
        const QLocale locale;
        if (isMoney(c))
            return locale.toString(v.toDouble() / units::moneyScale(), 'f', 3);
        return locale.toString(v.toDouble(), 'f', c == B6Lole || c == B4 ? 2 : 0);
    }
    case Qt::TextAlignmentRole:
        return v.typeId() == QMetaType::Double || c == Year || c == ClimateYear
                   ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (c == B4) {
            QStringList lines;
            for (model::Pollutant p : model::kPollutants)
                lines << tr("%1 (%2): %3 t/yr")
                             .arg(model::pollutantName(p), model::pollutantIndicatorId(p),
                                  QLocale().toString(u.b4PollutantT(int(p)), 'f', 3));
            return lines.join(u'\n');
        }
        return headerData(c, Qt::Horizontal, Qt::ToolTipRole);
    default:
        return {};
    }
}

QVariant MarketResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    const QString m = units::moneySymbol();
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Scenario:
            return tr("Scenario");
        case Year:
            return tr("Study year");
        case ClimateYear:
            return tr("Climate year");
        case Method:
            return tr("Method");
        case B1:
            return tr("B1 (%1/yr)").arg(m);
        case CostWithout:
            return tr("Generation cost without (%1/yr)").arg(m);
        case CostWith:
            return tr("Generation cost with (%1/yr)").arg(m);
        case B2:
            return tr("B2 ΔCO2 (t/yr)");
        case B3:
            return tr("B3 avoided curtailment (MWh/yr)");
        case B4:
            return tr("B4 Δpollutants (t/yr)");
        case B5Mwh:
            return tr("B5 Δlosses (MWh/yr)");
        case B5Value:
            return tr("B5 value, inside B1 (%1/yr)").arg(m);
        case B6Eens:
            return tr("B6 ΔEENS (MWh/yr)");
        case B6Lole:
            return tr("B6 ΔLOLE (h/yr)");
        case Solver:
            return tr("Solver");
        case Settings:
            return tr("Settings");
        case Created:
            return tr("Computed");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Method:
            return tr("PINT: the project is put in a grid without it; TOOT: taken out of a grid "
                      "with it (from the project's “In reference grid from study year”).");
        case B1:
            return tr("Socio-economic welfare: generation cost without minus with the project, "
                      "in € of the scenario's price year; positive = benefit. Equals the sum of "
                      "the zones' surplus split in the chart.");
        case CostWithout:
        case CostWith:
            return tr("Yearly generation cost (fuel, CO2 at the market price, variable O&M, "
                      "demand response) of the run without / with the project.");
        case B2:
            return tr("CO2 emissions with minus without; negative = reduction.");
        case B3:
            return tr("RES curtailment without minus with; positive = benefit.");
        case B4:
            return tr("Non-CO2 pollutants with minus without, all six summed; hover a cell for "
                      "each. Negative = reduction.");
        case B5Mwh:
            return tr("Losses on the modelled borders with minus without; negative = "
                      "reduction.");
        case B5Value:
            return tr("−Δ(losses × hourly price): the losses' value is already part of B1, so it "
                      "is shown here and never added to it.");
        case B6Eens:
            return tr("Expected energy not served with minus without, from the Monte Carlo "
                      "over forced outages; empty when the run had no adequacy.");
        case B6Lole:
            return tr("Loss-of-load expectation with minus without, hours per year.");
        case Solver:
            return tr("The LP solver, its version and settings, the same in both runs.");
        case Settings:
            return tr("The market settings the run used.");
        case Created:
            return tr("When (UTC) and by which version the result was computed.");
        default:
            return {};
        }
    }
    return {};
}

} // namespace gridcba::ui
