#include "sensitivityactions.h"

#include "documentactions.h"
#include "format.h"
#include "montecarlojob.h"
#include "pages/montecarlodefinitionpanel.h"
#include "pages/montecarloresultsview.h"
#include "pages/runhistoryview.h"
#include "pages/sensitivitypage.h"
#include "pages/sweepdefinitionpanel.h"
#include "pages/sweepresultsview.h"
#include "sensitivity/runjson.h"
#include "studydocument.h"

#include <QAbstractButton>
#include <QElapsedTimer>
#include <QMainWindow>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>

#include <exception>

namespace gridcba::ui {

namespace {

constexpr int kProgressSteps = 1000;
constexpr int kProgressPollMs = 50;
constexpr int kProgressDelayMs = 400; // short runs finish without a dialog flashing up
constexpr int kStatusTimeoutMs = 15000;

const QString kSweep = QLatin1String(sensitivity::kSweepKind);
const QString kMonteCarlo = QLatin1String(sensitivity::kMonteCarloKind);

} // namespace

SensitivityActions::SensitivityActions(DocumentActions &documents, QWidget *window)
    : QObject(window), m_window(window), m_page(new SensitivityPage),
      m_progressTimer(new QTimer(this))
{
    m_progressTimer->setInterval(kProgressPollMs);
    connect(m_progressTimer, &QTimer::timeout, this, [this] {
        if (m_progress && m_job)
            m_progress->setValue(int(m_job->progress() * kProgressSteps));
    });
    connect(&documents, &DocumentActions::documentChanged, this, &SensitivityActions::setDocument);
    connect(m_page->sweepDefinition(), &SweepDefinitionPanel::runRequested, this,
            &SensitivityActions::runSweep);
    connect(m_page->monteCarloDefinition(), &MonteCarloDefinitionPanel::runRequested, this,
            &SensitivityActions::startMonteCarlo);
    connect(m_page->history(), &RunHistoryView::deleteRequested, this,
            &SensitivityActions::deleteRuns);
    connect(m_page->history(), &RunHistoryView::rerunRequested, this, &SensitivityActions::rerun);
    setDocument(documents.document());
}

SensitivityActions::~SensitivityActions() = default;

void SensitivityActions::setDocument(StudyDocument *document)
{
    // A run still going belongs to the study being closed: stop it, store nothing.
    if (m_job)
        m_job->cancel();
    m_document = document;
    m_projectId.clear();
}

void SensitivityActions::setProject(const QString &projectId)
{
    if (m_projectId == projectId)
        return;
    m_projectId = projectId;
    m_page->setProject(m_document, projectId);
}

QString SensitivityActions::defaultRunName(const QString &kind) const
{
    int n = 1;
    for (const model::AnalysisRun *run : m_document->analysisRuns(m_projectId))
        n += run->kind == kind ? 1 : 0;
    return kind == kSweep ? tr("Sweep %1").arg(n) : tr("Monte Carlo %1").arg(n);
}

bool SensitivityActions::runSweep()
{
    if (!m_document || m_projectId.isEmpty() || m_job)
        return false;
    const sensitivity::SweepDefinition definition =
        m_page->sweepDefinition()->definition(m_projectId);
    // An empty list would mean "every input" to the engine: say so instead.
    if (definition.inputs.empty()) {
        warn(tr("Nothing to Sweep"), tr("Check at least one input to sweep."));
        return false;
    }
    // Synchronous: the sweep of the sample takes milliseconds. It is a pure function of a
    // study copy and the definition, so it can move to a MonteCarloJob-like worker as is.
    QString error;
    std::optional<sensitivity::SweepResult> result;
    QElapsedTimer timer;
    timer.start();
    try {
        result = sensitivity::runSweep(m_document->study(), definition, &error);
    } catch (const std::exception &e) {
        error = QString::fromLocal8Bit(e.what());
    }
    m_lastSweepMs = timer.elapsed();
    if (!result) {
        warn(tr("Sweep Failed"), tr("The sweep could not be run: %1").arg(error));
        emit sweepFinished(false);
        return false;
    }
    QString name = m_page->sweepDefinition()->runName();
    if (name.isEmpty())
        name = defaultRunName(kSweep);
    model::AnalysisRun run = sensitivity::makeRun(m_document->study(), definition, *result, name);
    const int id = run.id;
    m_document->addAnalysisRun(std::move(run));
    m_page->sweepDefinition()->clearRunName();
    //: %1 run name, %2 inputs, %3 scenarios, %4 evaluations, %5 milliseconds
    const QString caption =
        tr("“%1”: %2 inputs in %3 scenarios, %4 evaluations in %5 ms. Stored in the run history.")
            .arg(name)
            .arg(definition.inputs.size())
            .arg(result->scenarios.size())
            .arg(QLocale().toString(result->evaluations))
            .arg(QLocale().toString(m_lastSweepMs));
    m_page->sweepResults()->setResult(m_document->study(), *result, caption);
    m_page->showDefinitions(false);
    m_page->history()->selectRuns({id});
    showStatus(caption);
    emit sweepFinished(true);
    return true;
}

bool SensitivityActions::startMonteCarlo()
{
    if (!m_document || m_projectId.isEmpty() || m_job)
        return false;
    sensitivity::MonteCarloDefinition definition =
        m_page->monteCarloDefinition()->definition(m_projectId);
    if (definition.inputs.empty()) {
        warn(tr("Nothing to Sample"), tr("Check at least one input to sample."));
        return false;
    }
    m_pendingName = m_page->monteCarloDefinition()->runName();
    if (m_pendingName.isEmpty())
        m_pendingName = defaultRunName(kMonteCarlo);
    startJob(std::make_unique<MonteCarloJob>(m_document->study(), std::move(definition)), -1);
    return true;
}

void SensitivityActions::startJob(std::unique_ptr<MonteCarloJob> job, int rerunOf)
{
    m_job = std::move(job);
    m_rerunOf = rerunOf;
    m_jobDocument = m_document;
    m_jobProjectId = m_projectId;
    m_page->setBusy(true);
    m_progress = new QProgressDialog(tr("Sampling %1 draws of the project's NPV…")
                                         .arg(QLocale().toString(m_job->definition().samples)),
                                     tr("Cancel"), 0, kProgressSteps, m_window);
    m_progress->setObjectName(QStringLiteral("monteCarloProgress"));
    m_progress->setWindowTitle(tr("Monte Carlo"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(kProgressDelayMs);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setValue(0);
    connect(m_progress, &QProgressDialog::canceled, m_job.get(), &MonteCarloJob::cancel);
    connect(m_job.get(), &MonteCarloJob::finished, this, &SensitivityActions::finishJob);
    m_progressTimer->start();
    m_job->start();
}

void SensitivityActions::finishJob()
{
    m_progressTimer->stop();
    if (m_progress) {
        m_progress->deleteLater();
        m_progress = nullptr;
    }
    const std::unique_ptr<MonteCarloJob> job = std::move(m_job);
    m_page->setBusy(false);
    const bool sameStudy = m_jobDocument && m_jobDocument == m_document;
    if (!job->result()) {
        if (job->isCancelled())
            showStatus(tr("Monte Carlo cancelled; nothing was stored."));
        else if (sameStudy)
            warn(tr("Monte Carlo Failed"),
                 tr("The Monte Carlo analysis could not be run: %1").arg(job->error()));
        if (m_rerunOf >= 0)
            emit rerunFinished(false);
        else
            emit monteCarloFinished(false);
        return;
    }
    if (!sameStudy) { // the study was closed while the job ran
        emit monteCarloFinished(false);
        return;
    }
    if (m_rerunOf >= 0) {
        const model::AnalysisRun *stored = m_document->analysisRun(m_rerunOf);
        const bool identical = stored && sensitivity::toJson(*job->result()) ==
                                             sensitivity::parseObject(stored->resultsJson);
        reportRerun(m_rerunOf, identical);
        return;
    }
    m_lastMonteCarloMs = job->elapsedMs();
    storeMonteCarlo(*job);
}

void SensitivityActions::storeMonteCarlo(const MonteCarloJob &job)
{
    const sensitivity::MonteCarloResult &result = *job.result();
    model::AnalysisRun run =
        sensitivity::makeRun(m_document->study(), job.definition(), result, m_pendingName);
    const int id = run.id;
    m_document->addAnalysisRun(std::move(run));
    m_page->monteCarloDefinition()->clearRunName();
    //: %1 run name, %2 samples, %3 inputs, %4 seed, %5 seconds
    QString caption = tr("“%1”: %2 samples of %3 inputs (seed %4) in %5 s. Stored in the run "
                         "history.")
                          .arg(m_pendingName, QLocale().toString(result.samples))
                          .arg(job.definition().inputs.size())
                          .arg(QLocale().toString(job.definition().seed))
                          .arg(format::number(job.elapsedMs() / 1000.0, 2));
    if (result.clampedSamples > 0)
        caption += u' ' + tr("%1 draws were moved into their input's valid domain.")
                              .arg(QLocale().toString(result.clampedSamples));
    m_page->monteCarloResults()->setResult(m_document->study(), result, caption);
    m_page->showDefinitions(false);
    m_page->history()->selectRuns({id});
    showStatus(caption);
    emit monteCarloFinished(true);
}

bool SensitivityActions::deleteRuns(const QList<int> &runIds)
{
    if (!m_document || runIds.isEmpty() || m_job)
        return false;
    const model::AnalysisRun *first = m_document->analysisRun(runIds.front());
    const QString question =
        runIds.size() == 1 && first
            ? tr("Delete the run “%1” from the study?").arg(first->name)
            : tr("Delete the %1 selected runs from the study?").arg(runIds.size());
    QMessageBox box(QMessageBox::Question, tr("Delete Runs"), question,
                    QMessageBox::Yes | QMessageBox::No, m_window);
    box.setInformativeText(tr("Their stored results are removed; the change is kept when the "
                              "study is saved."));
    box.setDefaultButton(QMessageBox::No);
    box.button(QMessageBox::Yes)->setText(tr("Delete"));
    if (box.exec() != QMessageBox::Yes)
        return false;
    for (int id : runIds)
        m_document->removeAnalysisRun(id);
    showStatus(tr("%1 run(s) deleted from the study.").arg(runIds.size()));
    return true;
}

void SensitivityActions::rerun(int runId)
{
    const model::AnalysisRun *run = m_document ? m_document->analysisRun(runId) : nullptr;
    if (!run || m_job)
        return;
    QString error;
    const QJsonObject json = sensitivity::parseObject(run->definitionJson);
    if (run->kind == kSweep) {
        const auto definition = sensitivity::sweepDefinitionFromJson(json, &error);
        std::optional<sensitivity::SweepResult> result;
        if (definition)
            result = sensitivity::runSweep(m_document->study(), *definition, &error);
        if (!result) {
            warn(tr("Re-run Failed"), tr("“%1” could not be re-run: %2").arg(run->name, error));
            emit rerunFinished(false);
            return;
        }
        reportRerun(runId,
                    sensitivity::toJson(*result) == sensitivity::parseObject(run->resultsJson));
        return;
    }
    auto definition = sensitivity::monteCarloDefinitionFromJson(json, &error);
    if (!definition) {
        warn(tr("Re-run Failed"), tr("“%1” could not be re-run: %2").arg(run->name, error));
        emit rerunFinished(false);
        return;
    }
    startJob(std::make_unique<MonteCarloJob>(m_document->study(), std::move(*definition)), runId);
}

void SensitivityActions::reportRerun(int runId, bool identical)
{
    const model::AnalysisRun *run = m_document->analysisRun(runId);
    const QString name = run ? run->name : QString();
    const QString text =
        identical ? tr("Re-run of “%1”: identical numbers to the stored results.").arg(name)
                  : tr("Re-run of “%1”: the numbers differ from the stored results (the study's "
                       "inputs or the software changed since it was run).")
                        .arg(name);
    m_page->history()->showRerunOutcome(text);
    showStatus(text);
    emit rerunFinished(identical);
}

void SensitivityActions::showStatus(const QString &text)
{
    if (auto *window = qobject_cast<QMainWindow *>(m_window))
        window->statusBar()->showMessage(text, kStatusTimeoutMs);
}

void SensitivityActions::warn(const QString &title, const QString &text)
{
    QMessageBox::warning(m_window, title, text);
}

} // namespace gridcba::ui
