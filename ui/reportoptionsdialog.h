#pragma once

// Asks what a report covers (one project or the whole study) and on which paper.

#include "reportrenderer.h"
#include "model/study.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ReportOptionsDialog;
}

namespace gridcba::ui {

class ReportOptionsDialog : public QDialog
{
    Q_OBJECT

  public:
    // `projectId` is preselected; empty preselects the whole study.
    ReportOptionsDialog(const model::Study &study, const QString &projectId, report::Paper paper,
                        QWidget *parent = nullptr);
    ~ReportOptionsDialog() override;

    QString projectId() const; // empty: the whole study
    report::Paper paper() const;

  private:
    std::unique_ptr<Ui::ReportOptionsDialog> m_ui;
};

} // namespace gridcba::ui
