#pragma once

// The inputs of a Monte Carlo definition as a table: one row per sensitivity input,
// checkable (sampled or held at the study's value), with its distribution summarised.
// Distributions are edited through setDistribution (the page's form), in engine units.

#include "sensitivity/montecarlo.h"

#include <QAbstractTableModel>

#include <vector>

namespace gridcba::ui {

class McInputsModel : public QAbstractTableModel
{
    Q_OBJECT

  public:
    enum class Column { Input, Distribution };
    static constexpr int kColumnCount = static_cast<int>(Column::Distribution) + 1;

    explicit McInputsModel(QObject *parent = nullptr);

    // Every input with a triangular distribution over its default sweep range around the
    // study's value; CAPEX, welfare (B1) and the societal cost of carbon are checked.
    void setProject(const model::Study &study, const model::Project &project);

    sensitivity::InputId inputAt(int row) const;
    double studyValue(int row) const;
    const sensitivity::Distribution &distribution(int row) const;
    void setDistribution(int row, const sensitivity::Distribution &distribution);
    void setChecked(sensitivity::InputId id, bool checked);
    // The checked inputs with their distributions.
    std::vector<sensitivity::McInput> checkedInputs() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

  private:
    struct Row
    {
        sensitivity::InputId id;
        bool checked = false;
        double base = 0.0;
        sensitivity::Distribution distribution;
    };
    std::vector<Row> m_rows;
};

} // namespace gridcba::ui
