#pragma once

// What a market-model run covers: the projects (those with border changes; the others have
// nothing to simulate), the scenarios (those with a power system), and whether adequacy (B6)
// is computed. It shows how many work units (project × scenario × study year × climate year)
// that makes; Run is enabled when there is at least one.
//
// Tests find its parts by object name: "marketProjects" and "marketScenarios" (QListWidget
// with check boxes), "marketAdequacy" (QCheckBox), "marketUnitCount" (QLabel),
// "marketRunButton".

#include "market/simulation.h"
#include "model/study.h"

#include <QDialog>

#include <vector>

class QCheckBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace gridcba::ui {

class MarketRunDialog : public QDialog
{
    Q_OBJECT

  public:
    // `projectId`: the project to tick alone (the one shown); empty: every project.
    MarketRunDialog(const model::Study &study, const QString &projectId, QWidget *parent = nullptr);

    // The work units of the ticked projects and scenarios, in the study's order.
    std::vector<market::UnitKey> units() const;
    bool adequacy() const;
    QPushButton *runButton() const { return m_run; }

  private:
    void updateCount();

    const model::Study &m_study;
    QListWidget *m_projects;
    QListWidget *m_scenarios;
    QCheckBox *m_adequacy;
    QLabel *m_count;
    QPushButton *m_run;
};

} // namespace gridcba::ui
