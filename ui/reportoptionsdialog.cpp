#include "reportoptionsdialog.h"

#include "ui_reportoptionsdialog.h"

namespace gridcba::ui {

ReportOptionsDialog::ReportOptionsDialog(const model::Study &study, const QString &projectId,
                                         report::Paper paper, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ReportOptionsDialog>())
{
    m_ui->setupUi(this);
    m_ui->scope->addItem(tr("The whole study (%n project(s))", nullptr, int(study.projects.size())),
                         QString());
    for (const model::Project &p : study.projects)
        m_ui->scope->addItem(tr("Project %1 – %2").arg(p.id, p.name), p.id);
    m_ui->scope->setCurrentIndex(std::max(0, m_ui->scope->findData(projectId)));
    m_ui->paper->addItem(tr("A4 (210 × 297 mm)"), int(report::Paper::A4));
    m_ui->paper->addItem(tr("US Letter (8.5 × 11 in)"), int(report::Paper::Letter));
    m_ui->paper->setCurrentIndex(m_ui->paper->findData(int(paper)));
}

ReportOptionsDialog::~ReportOptionsDialog() = default;

QString ReportOptionsDialog::projectId() const
{
    return m_ui->scope->currentData().toString();
}

report::Paper ReportOptionsDialog::paper() const
{
    return report::Paper(m_ui->paper->currentData().toInt());
}

} // namespace gridcba::ui
