#include "evaluationjob.h"

#include <QElapsedTimer>
#include <QMetaObject>
#include <QThread>

#include <atomic>
#include <exception>

namespace gridcba::ui {

ProjectResult evaluateProjectResult(const model::Study &study, const model::Project &project)
{
    ProjectResult result;
    economics::EvaluationError error;
    try {
        result.evaluation = economics::evaluateProject(study, project, &error);
        if (!result.evaluation)
            result.error = error.path.isEmpty()
                               ? error.message
                               : error.path + QStringLiteral(": ") + error.message;
    } catch (const std::exception &e) {
        result.evaluation.reset();
        result.error = QString::fromLocal8Bit(e.what());
    }
    return result;
}

struct EvaluationJob::Shared
{
    model::Study study;
    std::atomic<bool> cancel{false};
    std::atomic<int> done{0};
    // Written by the worker before it finishes, read after finished() only.
    std::map<QString, ProjectResult> results;
    qint64 elapsedMs = 0;
};

EvaluationJob::EvaluationJob(model::Study study, QObject *parent)
    : QObject(parent), m_shared(std::make_shared<Shared>())
{
    m_shared->study = std::move(study);
}

EvaluationJob::~EvaluationJob()
{
    if (m_thread) {
        cancel();
        m_thread->wait();
    }
}

void EvaluationJob::start()
{
    Q_ASSERT(!m_thread);
    // The destructor waits for the worker, so `job` outlives it; a progress event still
    // queued when the job is deleted is discarded by Qt.
    EvaluationJob *job = this;
    const int total = projectCount();
    m_thread = QThread::create([shared = m_shared, job, total] {
        QElapsedTimer timer;
        timer.start();
        for (const model::Project &project : shared->study.projects) {
            if (shared->cancel.load(std::memory_order_relaxed))
                break;
            shared->results[project.id] = evaluateProjectResult(shared->study, project);
            const int done = shared->done.fetch_add(1) + 1;
            QMetaObject::invokeMethod(
                job, [job, done, total] { emit job->progressChanged(done, total); },
                Qt::QueuedConnection);
        }
        shared->elapsedMs = timer.elapsed();
    });
    m_thread->setParent(this);
    connect(m_thread, &QThread::finished, this, [this] {
        m_thread->deleteLater();
        m_thread = nullptr;
        emit finished();
    });
    m_thread->start();
}

void EvaluationJob::cancel()
{
    m_shared->cancel.store(true);
}

bool EvaluationJob::isCancelled() const
{
    return m_shared->cancel.load();
}

bool EvaluationJob::isRunning() const
{
    return m_thread != nullptr;
}

int EvaluationJob::projectsDone() const
{
    return m_shared->done.load();
}

int EvaluationJob::projectCount() const
{
    return static_cast<int>(m_shared->study.projects.size());
}

const model::Study &EvaluationJob::study() const
{
    return m_shared->study;
}

const std::map<QString, ProjectResult> &EvaluationJob::results() const
{
    return m_shared->results;
}

qint64 EvaluationJob::elapsedMs() const
{
    return m_shared->elapsedMs;
}

} // namespace gridcba::ui
