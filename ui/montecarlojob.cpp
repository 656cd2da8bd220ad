#include "montecarlojob.h"

#include <QElapsedTimer>
#include <QThread>

#include <atomic>
#include <exception>

namespace gridcba::ui {

struct MonteCarloJob::Shared
{
    model::Study study;
    std::atomic<bool> cancel{false};
    std::atomic<double> progress{0.0};
    // Written by the worker before it finishes, read after finished() only.
    std::optional<sensitivity::MonteCarloResult> result;
    QString error;
    qint64 elapsedMs = 0;
};

MonteCarloJob::MonteCarloJob(model::Study study, sensitivity::MonteCarloDefinition definition,
                             QObject *parent)
    : QObject(parent), m_definition(std::move(definition)), m_shared(std::make_shared<Shared>())
{
    m_shared->study = std::move(study);
}

MonteCarloJob::~MonteCarloJob()
{
    if (m_thread) {
        cancel();
        m_thread->wait();
    }
}

void MonteCarloJob::start()
{
    Q_ASSERT(!m_thread);
    m_thread = QThread::create([shared = m_shared, definition = m_definition] {
        QElapsedTimer timer;
        timer.start();
        try {
            shared->result = sensitivity::runMonteCarlo(
                shared->study, definition, &shared->error, 0, [shared](double done) {
                    shared->progress.store(done, std::memory_order_relaxed);
                    return !shared->cancel.load(std::memory_order_relaxed);
                });
        } catch (const std::exception &e) {
            shared->result.reset();
            shared->error = QString::fromLocal8Bit(e.what());
        } catch (...) {
            shared->result.reset();
            shared->error = tr("unexpected error in the Monte Carlo engine");
        }
        shared->elapsedMs = timer.elapsed();
    });
    m_thread->setParent(this);
    connect(m_thread, &QThread::finished, this, &MonteCarloJob::finished);
    m_thread->start();
}

void MonteCarloJob::cancel()
{
    m_shared->cancel.store(true);
}

bool MonteCarloJob::isCancelled() const
{
    return m_shared->cancel.load();
}

double MonteCarloJob::progress() const
{
    return m_shared->progress.load(std::memory_order_relaxed);
}

const std::optional<sensitivity::MonteCarloResult> &MonteCarloJob::result() const
{
    return m_shared->result;
}

QString MonteCarloJob::error() const
{
    return m_shared->error;
}

qint64 MonteCarloJob::elapsedMs() const
{
    return m_shared->elapsedMs;
}

} // namespace gridcba::ui
