#include "runactions.h"

#include "documentactions.h"
#include "evaluationjob.h"
#include "format.h"
#include "logpanel.h"
#include "studydocument.h"

#include <QAction>
#include <QProgressDialog>
#include <QWidget>

namespace gridcba::ui {

namespace {

// "NPV 13.16 / 353.22 / 112.54 M€, B/C 1.01 / 1.17 / 1.05 (NT / DE / GA)"
QString summary(const economics::ProjectEvaluation &evaluation)
{
    QStringList npv, bc, ids;
    for (const economics::ScenarioEvaluation &s : evaluation.scenarios) {
        npv << format::meur(s.npvEur);
        bc << (s.bcRatio ? format::ratio(*s.bcRatio) : format::none());
        ids << s.scenarioId;
    }
    if (ids.isEmpty())
        return RunActions::tr("no scenario with indicator inputs");
    QString text = RunActions::tr("NPV %1 M€, B/C %2 (%3)")
                       .arg(npv.join(QStringLiteral(" / ")), bc.join(QStringLiteral(" / ")),
                            ids.join(QStringLiteral(" / ")));
    if (!evaluation.scenariosNotAssessed.isEmpty())
        text += RunActions::tr("; not assessed: %1")
                    .arg(evaluation.scenariosNotAssessed.join(QStringLiteral(", ")));
    return text;
}

} // namespace

RunActions::RunActions(DocumentActions &documents, LogPanel *log, QWidget *window)
    : QObject(window), m_documents(documents), m_log(log), m_window(window),
      m_evaluate(new QAction(tr("&Evaluate Study"), this))
{
    m_evaluate->setShortcut(QKeySequence(Qt::Key_F5));
    m_evaluate->setStatusTip(
        tr("Compute NPV, B/C and IRR of every project in every scenario, and log the results"));
    m_evaluate->setEnabled(false);
    connect(m_evaluate, &QAction::triggered, this, [this] { evaluate(); });
    connect(&m_documents, &DocumentActions::documentChanged, this, &RunActions::setDocument);
}

RunActions::~RunActions() = default;

QProgressDialog *RunActions::progressDialog() const
{
    return m_progress;
}

void RunActions::setDocument(StudyDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_evaluate->setEnabled(document != nullptr);
    m_lastErrors.clear();
    if (!document)
        return;
    m_log->info(tr("Opened “%1” (%2): %3 scenario(s), %4 project(s)")
                    .arg(document->study().name, document->fileName())
                    .arg(document->study().scenarios.size())
                    .arg(document->study().projects.size()));
    logResults(false, -1);
    connect(document, &StudyDocument::resultsChanged, this, [this] { logResults(false, -1); });
}

EvaluationJob *RunActions::evaluate()
{
    if (!m_document)
        return nullptr;
    EvaluationJob *job = m_document->startEvaluation();
    delete m_progress;
    auto *progress = new QProgressDialog(tr("Evaluating %n project(s)…", nullptr,
                                            job->projectCount()),
                                         tr("Cancel"), 0, std::max(1, job->projectCount()),
                                         m_window);
    progress->setObjectName(QStringLiteral("evaluationProgress"));
    progress->setWindowTitle(tr("Evaluate Study"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(400); // a quick evaluation does not flash a dialog
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    progress->setValue(0);
    m_progress = progress;
    connect(job, &EvaluationJob::progressChanged, progress,
            [progress](int done, int) { progress->setValue(done); });
    connect(progress, &QProgressDialog::canceled, job, &EvaluationJob::cancel);
    connect(job, &EvaluationJob::finished, this, [this, job] { onFinished(job, true); });
    m_log->info(tr("Evaluation started"));
    return job;
}

void RunActions::onFinished(EvaluationJob *job, bool onDemand)
{
    if (m_progress) {
        m_progress->deleteLater();
        m_progress = nullptr;
    }
    if (job->isCancelled()) {
        m_log->warning(tr("Evaluation cancelled after %1 of %2 project(s); the results shown are "
                          "those of the previous inputs")
                           .arg(job->projectsDone())
                           .arg(job->projectCount()));
        return;
    }
    logResults(onDemand, job->elapsedMs());
}

void RunActions::logResults(bool onDemand, qint64 elapsedMs)
{
    if (!m_document || !m_document->resultsUpToDate())
        return;
    const model::Study &study = m_document->study();
    if (onDemand)
        m_log->info(tr("Evaluated %n project(s) in %1 ms", nullptr, int(study.projects.size()))
                        .arg(elapsedMs));
    std::map<QString, QString> errors;
    for (const model::Project &project : study.projects) {
        const ProjectResult *result = m_document->result(project.id);
        if (!result)
            continue;
        if (!result->evaluation)
            errors[project.id] = result->error;
        // On demand every project is logged; in the background only what changed.
        const auto last = m_lastErrors.find(project.id);
        const bool failedBefore = last != m_lastErrors.end();
        if (!result->evaluation) {
            if (onDemand || !failedBefore || last->second != result->error)
                m_log->error(tr("%1 cannot be evaluated: %2").arg(project.id, result->error));
        } else if (onDemand || failedBefore) {
            m_log->info(tr("%1: %2").arg(project.id, summary(*result->evaluation)));
        }
    }
    m_lastErrors = std::move(errors);
}

} // namespace gridcba::ui
