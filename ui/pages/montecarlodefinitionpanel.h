#pragma once

// The definition of a Monte Carlo analysis for one project: which inputs are sampled and
// from which distribution (edited beside the list, with a density preview), optional rank
// correlations between pairs of inputs, the number of samples, the seed, and the name the
// run will be stored under.

#include "sensitivity/montecarlo.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableView;

namespace gridcba::ui {

class DistributionEditor;
class McInputsModel;

class MonteCarloDefinitionPanel : public QWidget
{
    Q_OBJECT

  public:
    explicit MonteCarloDefinitionPanel(QWidget *parent = nullptr);

    void setProject(const model::Study &study, const model::Project &project);
    sensitivity::MonteCarloDefinition definition(const QString &projectId) const;
    QString runName() const; // empty: the caller chooses one
    void clearRunName();
    void setRunEnabled(bool enabled);

    McInputsModel *inputsModel() const { return m_model; }
    QTableView *inputsTable() const { return m_table; }
    DistributionEditor *editor() const { return m_editor; }
    QSpinBox *samplesBox() const { return m_samples; }
    QSpinBox *seedBox() const { return m_seed; }
    QPushButton *runButton() const { return m_run; }
    // Adds a rank correlation as the Add button does.
    void addCorrelation(sensitivity::InputId a, sensitivity::InputId b, double rho);

  signals:
    void runRequested();

  private:
    QWidget *createCorrelations();
    void editRow(int row);
    void addChosenCorrelation();
    void rebuildCorrelationList();

    McInputsModel *m_model;
    QTableView *m_table;
    DistributionEditor *m_editor;
    QComboBox *m_corrA;
    QComboBox *m_corrB;
    QDoubleSpinBox *m_rho;
    QListWidget *m_correlationList;
    std::vector<sensitivity::RankCorrelation> m_correlations;
    QSpinBox *m_samples;
    QSpinBox *m_seed;
    QLineEdit *m_name;
    QPushButton *m_run;
    int m_editedRow = 0;
};

} // namespace gridcba::ui
