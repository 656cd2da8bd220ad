#pragma once

// File > New Study: a wizard that starts a study from the ENTSO-E defaults
// (methodology.md §3) in four pages: name and description; economic parameters (prefilled
// from the settings' defaults for new studies); scenarios (TYNDP templates with their study
// years, the VOLL the user must give, one climate year); an optional first project. After
// exec() returns Accepted, study() is the new study (see studytemplates.h for what it holds
// and what the user must still fill in); the caller opens it as a new document.
//
// Fields carry object names so tests can fill them: studyName, studyDescription,
// priceBaseYear, discountRate (in %), discountingYear, operatingYears, scenario_<ID> and
// studyYears_<ID> for ID in NT, DE, GA, voll, climateYear, firstProject (checkable group),
// projectId, projectName, projectKind, commissioningYear.

#include "studytemplates.h"

#include <QWizard>

namespace gridcba::ui {

class NewStudyInfoPage;
class NewStudyEconomicsPage;
class NewStudyScenariosPage;
class NewStudyProjectPage;

class NewStudyWizard : public QWizard
{
    Q_OBJECT

  public:
    enum PageId { InfoPageId, EconomicsPageId, ScenariosPageId, ProjectPageId };

    explicit NewStudyWizard(QWidget *parent = nullptr);
    ~NewStudyWizard() override;

    // What the pages hold now.
    NewStudyOptions options() const;
    // newStudyFromDefaults(options()); meaningful once the wizard was accepted.
    model::Study study() const;

  private:
    NewStudyInfoPage *m_info;
    NewStudyEconomicsPage *m_economics;
    NewStudyScenariosPage *m_scenarios;
    NewStudyProjectPage *m_project;
};

} // namespace gridcba::ui
