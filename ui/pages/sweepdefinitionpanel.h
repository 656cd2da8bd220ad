#pragma once

// The definition of a one-at-a-time sweep for one project: which inputs, each over which
// range, how many points per sweep curve, how many years earlier and later the
// commissioning year is assessed, and the name the run will be stored under.

#include "sensitivity/sweep.h"

#include <QWidget>

class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace gridcba::ui {

class SweepInputsModel;

class SweepDefinitionPanel : public QWidget
{
    Q_OBJECT

  public:
    explicit SweepDefinitionPanel(QWidget *parent = nullptr);

    void setProject(const model::Study &study, const model::Project &project);
    sensitivity::SweepDefinition definition(const QString &projectId) const;
    QString runName() const; // empty: the caller chooses one
    void clearRunName();
    void setRunEnabled(bool enabled);

    SweepInputsModel *inputsModel() const { return m_model; }
    QPushButton *runButton() const { return m_run; }

  signals:
    void runRequested();

  private:
    SweepInputsModel *m_model;
    QTableView *m_table;
    QSpinBox *m_points;
    QSpinBox *m_years;
    QLineEdit *m_name;
    QPushButton *m_run;
};

} // namespace gridcba::ui
