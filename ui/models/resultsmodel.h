#pragma once

// The economic results of one project as a table: one row per quantity (PV of each benefit
// stream, PV of costs, NPV, B/C, IRR), one column per evaluated scenario. Read-only.
//
// Qt::DisplayRole gives the locale-formatted text (M€ for money, 2 decimals for B/C, % for
// IRR); ValueRole the engine's raw number (euros for money, fractions for B/C and IRR),
// invalid where the value does not exist (B/C with zero costs, no single IRR).

#include "economics/evaluation.h"

#include <QAbstractTableModel>
#include <QStringList>

#include <optional>

namespace gridcba::ui {

class ResultsModel : public QAbstractTableModel
{
    Q_OBJECT

  public:
    enum class Row {
        B1,
        B2,
        B5,
        B6,
        B9,
        Other,
        B4,
        HeadlineBenefits,
        ResidualValue,
        Capex,
        Opex,
        Decommissioning,
        Npv,
        BcRatio,
        Irr,
    };
    static constexpr int kRowCount = static_cast<int>(Row::Irr) + 1;
    static constexpr int ValueRole = Qt::UserRole;

    explicit ResultsModel(QObject *parent = nullptr);

    // `scenarioNames` are the column titles, in the order of `evaluation.scenarios`.
    void setEvaluation(const economics::ProjectEvaluation &evaluation,
                       const QStringList &scenarioNames);
    void clear();
    static int row(Row r) { return static_cast<int>(r); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

  private:
    QVariant value(Row row, const economics::ScenarioEvaluation &s) const;
    QString text(Row row, const economics::ScenarioEvaluation &s) const;
    QString cellToolTip(Row row, const economics::ScenarioEvaluation &s) const;
    QVariant rowHeader(Row row, int role) const;

    std::optional<economics::ProjectEvaluation> m_evaluation;
    QStringList m_scenarioNames;
};

// The label and tooltip of a row, as shown in the table's vertical header.
QString resultsRowLabel(ResultsModel::Row row);
QString resultsRowToolTip(ResultsModel::Row row);

} // namespace gridcba::ui
