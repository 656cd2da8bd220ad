#pragma once

// The definition of a one-at-a-time sweep as an editable table: one row per sensitivity
// input, checkable, with the study's value and the low and high ends of the range swept,
// shown and edited in the input's displayed unit (SensitivityText: fractions in %).
// Ranges are validated in setData: low <= study value <= high is not required, but low <=
// high is, and whole-number inputs take whole numbers.

#include "sensitivity/sweep.h"

#include <QAbstractTableModel>

#include <vector>

namespace gridcba::ui {

class SweepInputsModel : public QAbstractTableModel
{
    Q_OBJECT

  public:
    enum class Column { Input, Unit, StudyValue, Low, High };
    static constexpr int kColumnCount = static_cast<int>(Column::High) + 1;

    explicit SweepInputsModel(QObject *parent = nullptr);

    // Every input, checked, over its default range for this project.
    void setProject(const model::Study &study, const model::Project &project);
    // The checked inputs with their ranges, in engine units.
    std::vector<sensitivity::SweepInput> checkedInputs() const;
    void setAllChecked(bool checked);

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
        bool checked = true;
        double base = 0.0;
        double low = 0.0;
        double high = 0.0;
    };
    QVariant editValue(const Row &row, double value) const;

    std::vector<Row> m_rows;
};

} // namespace gridcba::ui
