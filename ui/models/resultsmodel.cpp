#include "resultsmodel.h"

#include "format.h"
#include "indicatornames.h"

#include <QBrush>
#include <QFont>
#include <QPalette>

namespace gridcba::ui {

namespace {

using economics::ScenarioEvaluation;
using economics::Stream;
using Row = ResultsModel::Row;

std::optional<Stream> streamOf(Row row)
{
    switch (row) {
    case Row::B1:
        return Stream::B1;
    case Row::B2:
        return Stream::B2;
    case Row::B5:
        return Stream::B5;
    case Row::B6:
        return Stream::B6;
    case Row::B9:
        return Stream::B9;
    case Row::Other:
        return Stream::Other;
    case Row::B4:
        return Stream::B4;
    default:
        return std::nullopt;
    }
}

bool isKeyResult(Row row)
{
    return row == Row::Npv || row == Row::BcRatio;
}

} // namespace

QString resultsRowLabel(Row row)
{
    if (const auto stream = streamOf(row))
        return streamLabel(*stream);
    switch (row) {
    case Row::HeadlineBenefits:
        return ResultsModel::tr("Headline benefits (in NPV)");
    case Row::ResidualValue:
        return ResultsModel::tr("Residual value");
    case Row::Capex:
        return ResultsModel::tr("CAPEX");
    case Row::Opex:
        return ResultsModel::tr("OPEX");
    case Row::Decommissioning:
        return ResultsModel::tr("Decommissioning");
    case Row::Npv:
        return ResultsModel::tr("Net present value (NPV)");
    case Row::BcRatio:
        return ResultsModel::tr("Benefit/cost ratio (B/C)");
    case Row::Irr:
        return ResultsModel::tr("Economic IRR");
    default:
        return {};
    }
}

QString resultsRowToolTip(Row row)
{
    if (const auto stream = streamOf(row))
        return streamToolTip(*stream);
    switch (row) {
    case Row::HeadlineBenefits:
        return ResultsModel::tr("Present value of B1, B2, B5, B6, B9 and other benefits; B4 is "
                                "not included.");
    case Row::ResidualValue:
        return ResultsModel::tr("Value of the assets left at the end of the assessment period, "
                                "counted as a benefit.");
    case Row::Capex:
        return ResultsModel::tr("Present value of the investment costs.");
    case Row::Opex:
        return ResultsModel::tr("Present value of the operation and maintenance costs.");
    case Row::Decommissioning:
        return ResultsModel::tr("Present value of the decommissioning costs.");
    case Row::Npv:
        return ResultsModel::tr("Benefits in NPV plus residual value minus CAPEX, OPEX and "
                                "decommissioning, all discounted.");
    case Row::BcRatio:
        return ResultsModel::tr("Present value of benefits divided by present value of costs, "
                                "as defined in the study's economic parameters.");
    case Row::Irr:
        return ResultsModel::tr("Discount rate at which the NPV is zero.");
    default:
        return {};
    }
}

ResultsModel::ResultsModel(QObject *parent) : QAbstractTableModel(parent) {}

void ResultsModel::setEvaluation(const economics::ProjectEvaluation &evaluation,
                                 const QStringList &scenarioNames)
{
    Q_ASSERT(scenarioNames.size() == qsizetype(evaluation.scenarios.size()));
    beginResetModel();
    m_evaluation = evaluation;
    m_scenarioNames = scenarioNames;
    endResetModel();
}

void ResultsModel::clear()
{
    beginResetModel();
    m_evaluation.reset();
    m_scenarioNames.clear();
    endResetModel();
}

int ResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_evaluation ? 0 : kRowCount;
}

int ResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_evaluation ? 0 : int(m_evaluation->scenarios.size());
}

Qt::ItemFlags ResultsModel::flags(const QModelIndex &index) const
{
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::NoItemFlags;
}

QVariant ResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row row = static_cast<Row>(index.row());
    const ScenarioEvaluation &s = m_evaluation->scenarios[std::size_t(index.column())];
    switch (role) {
    case Qt::DisplayRole:
        return text(row, s);
    case ValueRole:
        return value(row, s);
    case Qt::ToolTipRole:
        return cellToolTip(row, s);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (isKeyResult(row)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (row == Row::B4)
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    default:
        return {};
    }
}

QVariant ResultsModel::value(Row row, const ScenarioEvaluation &s) const
{
    if (const auto stream = streamOf(row))
        return s.pvBenefits[static_cast<std::size_t>(*stream)];
    switch (row) {
    case Row::HeadlineBenefits:
        return s.pvHeadlineBenefitsEur;
    case Row::ResidualValue:
        return s.pvResidualValueEur;
    case Row::Capex:
        return s.pvCapexEur;
    case Row::Opex:
        return s.pvOpexEur;
    case Row::Decommissioning:
        return s.pvDecommissioningEur;
    case Row::Npv:
        return s.npvEur;
    case Row::BcRatio:
        return s.bcRatio ? QVariant(*s.bcRatio) : QVariant();
    case Row::Irr:
        return s.irr ? QVariant(*s.irr) : QVariant();
    default:
        return {};
    }
}

QString ResultsModel::text(Row row, const ScenarioEvaluation &s) const
{
    const QVariant v = value(row, s);
    if (row == Row::BcRatio)
        return v.isValid() ? format::ratio(v.toDouble()) : tr("n/a");
    if (row == Row::Irr) {
        if (s.irrOutcome == economics::IrrOutcome::Multiple)
            return tr("several");
        return v.isValid() ? format::percent(v.toDouble()) : format::none();
    }
    return format::meur(v.toDouble());
}

QString ResultsModel::cellToolTip(Row row, const ScenarioEvaluation &s) const
{
    if (row == Row::BcRatio && !s.bcRatio)
        return tr("No ratio: the present value of the costs is zero.");
    if (row == Row::Irr && s.irrOutcome == economics::IrrOutcome::NoSignChange)
        return tr("No IRR: the yearly net cash flow never changes sign.");
    if (row == Row::Irr && s.irrOutcome == economics::IrrOutcome::Multiple) {
        QStringList roots;
        for (double r : s.irrRoots)
            roots << format::percent(r);
        return tr("No single IRR: the NPV is zero at several discount rates (%1).")
            .arg(roots.join(QStringLiteral(", ")));
    }
    return {};
}

QVariant ResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= columnCount())
            return {};
        if (role == Qt::DisplayRole)
            return format::twoLines(m_scenarioNames.value(section));
        if (role == Qt::ToolTipRole)
            return tr("%1 (%2)").arg(m_scenarioNames.value(section),
                                     m_evaluation->scenarios[std::size_t(section)].scenarioId);
        return {};
    }
    if (section < 0 || section >= rowCount())
        return {};
    return rowHeader(static_cast<Row>(section), role);
}

QVariant ResultsModel::rowHeader(Row row, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return resultsRowLabel(row);
    case Qt::ToolTipRole:
        return resultsRowToolTip(row);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::FontRole:
        if (isKeyResult(row)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

} // namespace gridcba::ui
