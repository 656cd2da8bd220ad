#include "reportactions.h"

#include "documentactions.h"
#include "io/csvexport.h"
#include "io/resultstables.h"
#include "reportoptionsdialog.h"
#include "studydocument.h"
#include "studynavigator.h"
#include "xlsxexport.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStatusBar>

namespace gridcba::ui {

namespace {

constexpr int kStatusMessageMs = 8000;

report::Paper localPaper()
{
    // Letter where the locale measures in inches (US), A4 elsewhere.
    return QLocale().measurementSystem() == QLocale::ImperialUSSystem ? report::Paper::Letter
                                                                      : report::Paper::A4;
}

} // namespace

ReportActions::ReportActions(DocumentActions &documents, QWidget *window)
    : QObject(window), m_documents(documents), m_window(window), m_paper(localPaper())
{
    createActions();
    connect(&m_documents, &DocumentActions::documentChanged, this, [this] {
        m_currentProject.clear();
        updateActions();
    });
    updateActions();
}

void ReportActions::createActions()
{
    m_preview = new QAction(tr("Print Pre&view…"), this);
    m_preview->setShortcut(QKeySequence::Print);
    m_preview->setStatusTip(tr("Preview and print the CBA report of a project or of the study"));
    connect(m_preview, &QAction::triggered, this, &ReportActions::preview);

    m_exportReport = new QAction(tr("Export &Report (PDF)…"), this);
    m_exportReport->setStatusTip(tr("Write the CBA report of a project or of the study as a PDF"));
    connect(m_exportReport, &QAction::triggered, this, &ReportActions::chooseAndExportReport);

    m_exportTables = new QAction(tr("Export &Tables (CSV/XLSX)…"), this);
    m_exportTables->setStatusTip(
        tr("Write every results table, with the yearly cash flows, for a spreadsheet"));
    connect(m_exportTables, &QAction::triggered, this, &ReportActions::chooseAndExportTables);
}

void ReportActions::updateActions()
{
    const bool open = m_documents.document() != nullptr;
    for (QAction *a : {m_preview, m_exportReport, m_exportTables})
        a->setEnabled(open);
}

void ReportActions::setCurrentPage(PageKind kind, const QString &id)
{
    m_currentProject = kind == PageKind::Project ? id : QString();
}

report::ReportDocument ReportActions::buildReport(const QString &projectId) const
{
    StudyDocument *doc = m_documents.document();
    Q_ASSERT(doc);
    doc->ensureEvaluated(); // never print figures of older inputs
    report::StudyResults results;
    for (const model::Project &p : doc->study().projects)
        if (const ProjectResult *r = doc->result(p.id))
            results.emplace(p.id, report::ProjectResults{r->evaluation, r->error});
    const QString file = doc->filePath().startsWith(u':') ? doc->fileName() + tr(" (bundled sample)")
                                                          : doc->fileName();
    const report::ReportSource source{file, doc->fileChecksum(), QStringLiteral(GRIDCBA_VERSION),
                                      QDateTime::currentDateTime(), doc->isModified()};
    return report::buildReport(doc->study(), results, projectId, source);
}

bool ReportActions::exportReport(const QString &path, const QString &projectId,
                                 report::Paper paper, QString *error) const
{
    if (!m_documents.document())
        return false;
    return report::writeReportPdf(buildReport(projectId), paper, path, error);
}

bool ReportActions::exportTables(const QString &path, TableFormat format, QString *error) const
{
    StudyDocument *doc = m_documents.document();
    if (!doc)
        return false;
    doc->ensureEvaluated();
    std::vector<economics::ProjectEvaluation> evaluations;
    for (const model::Project &p : doc->study().projects)
        if (const ProjectResult *r = doc->result(p.id); r && r->evaluation)
            evaluations.push_back(*r->evaluation);
    const std::vector<io::Table> tables = io::allTables(doc->study(), evaluations);
    return format == TableFormat::Csv ? io::writeCsvFiles(tables, path, nullptr, error)
                                      : report::writeXlsx(tables, path, error);
}

bool ReportActions::chooseOptions(QString *projectId, report::Paper *paper)
{
    ReportOptionsDialog dialog(m_documents.document()->study(), m_currentProject, m_paper, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    *projectId = dialog.projectId();
    *paper = m_paper = dialog.paper();
    return true;
}

void ReportActions::preview()
{
    QString projectId;
    report::Paper paper;
    if (!m_documents.document() || !chooseOptions(&projectId, &paper))
        return;
    const report::ReportDocument document = buildReport(projectId);
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(report::reportPageLayout(paper));
    printer.setDocName(document.titlePage.title);
    QPrintPreviewDialog dialog(&printer, m_window);
    dialog.setWindowTitle(tr("Print Preview — %1").arg(document.titlePage.title));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
            [&document](QPrinter *p) { report::renderReport(document, *p); });
    dialog.exec();
}

void ReportActions::chooseAndExportReport()
{
    QString projectId;
    report::Paper paper;
    if (!m_documents.document() || !chooseOptions(&projectId, &paper))
        return;
    const QFileInfo study(m_documents.document()->filePath());
    const QString base = projectId.isEmpty() ? study.completeBaseName() : projectId;
    const QString dir = study.filePath().startsWith(u':') ? QDir::homePath() : study.absolutePath();
    const QString path = QFileDialog::getSaveFileName(
        m_window, tr("Export Report"), QDir(dir).filePath(base + tr("-report") + QStringLiteral(".pdf")),
        tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    showResult(exportReport(path, projectId, paper, &error),
               tr("Report written to %1").arg(QDir::toNativeSeparators(path)), error);
}

void ReportActions::chooseAndExportTables()
{
    if (!m_documents.document())
        return;
    const QString xlsx = tr("Excel workbook (*.xlsx)");
    const QString csv = tr("CSV files, one per table, in a new folder (*)");
    const QFileInfo study(m_documents.document()->filePath());
    const QString dir = study.filePath().startsWith(u':') ? QDir::homePath() : study.absolutePath();
    QString filter = xlsx;
    const QString path = QFileDialog::getSaveFileName(
        m_window, tr("Export Tables"), QDir(dir).filePath(study.completeBaseName() + tr("-tables")),
        xlsx + QStringLiteral(";;") + csv, &filter);
    if (path.isEmpty())
        return;
    const bool isCsv = filter == csv;
    const QString target = isCsv || path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive)
                               ? path
                               : path + QStringLiteral(".xlsx");
    QString error;
    showResult(exportTables(target, isCsv ? TableFormat::Csv : TableFormat::Xlsx, &error),
               tr("Tables written to %1").arg(QDir::toNativeSeparators(target)), error);
}

void ReportActions::showResult(bool ok, const QString &what, const QString &error)
{
    if (ok) {
        if (auto *main = qobject_cast<QMainWindow *>(m_window))
            main->statusBar()->showMessage(what, kStatusMessageMs);
        return;
    }
    QMessageBox box(QMessageBox::Critical, tr("Export Failed"),
                    tr("Nothing was written."), QMessageBox::Ok, m_window);
    box.setInformativeText(error);
    box.exec();
}

} // namespace gridcba::ui
