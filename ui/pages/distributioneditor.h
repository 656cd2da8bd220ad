#pragma once

// Edits the distribution of one Monte Carlo input: its kind and parameters, named for the
// kind ("Minimum", "Most likely", "Maximum"; "Mean", "Standard deviation"), in the unit the
// input is shown in, with a live preview of the density and the problem, if any, in words.

#include "sensitivity/montecarlo.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;

namespace gridcba::ui {

class DensityChart;

class DistributionEditor : public QWidget
{
    Q_OBJECT

  public:
    explicit DistributionEditor(QWidget *parent = nullptr);

    void setInput(sensitivity::InputId id, const sensitivity::Distribution &distribution,
                  double studyValue);
    sensitivity::Distribution distribution() const;

    QComboBox *kindBox() const { return m_kind; }
    QDoubleSpinBox *parameterBox(int i) const { return m_values[i]; }
    DensityChart *preview() const { return m_preview; }

  signals:
    void distributionChanged(const sensitivity::Distribution &distribution);

  private:
    void changeKind();
    void showParameters(const sensitivity::Distribution &d);
    void edited();
    void updatePreview();

    QLabel *m_title;
    QComboBox *m_kind;
    QLabel *m_names[3];
    QDoubleSpinBox *m_values[3];
    QLabel *m_problem;
    DensityChart *m_preview;
    sensitivity::InputId m_id = sensitivity::InputId::DiscountRate;
    double m_studyValue = 0.0;
    sensitivity::DistributionKind m_shownKind = sensitivity::DistributionKind::Uniform;
};

} // namespace gridcba::ui
