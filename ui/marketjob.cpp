#include "marketjob.h"

#include <QElapsedTimer>
#include <QThread>

#include <atomic>
#include <exception>
#include <mutex>

namespace gridcba::ui {

struct MarketJob::Shared
{
    model::Study study;
    std::atomic<bool> cancel{false};
    std::atomic<bool> running{false};
    std::atomic<double> progress{0.0};
    mutable std::mutex stepMutex;
    QString step;
    // Written by the worker before it finishes, read after finished() only.
    market::SimulationOutcome outcome;
    qint64 elapsedMs = 0;
};

MarketJob::MarketJob(model::Study study, std::vector<market::UnitKey> units, bool adequacy,
                     QObject *parent)
    : QObject(parent), m_units(std::move(units)), m_adequacy(adequacy),
      m_shared(std::make_shared<Shared>())
{
    m_shared->study = std::move(study);
}

MarketJob::~MarketJob()
{
    if (m_thread) {
        cancel();
        m_thread->wait();
    }
}

void MarketJob::start()
{
    Q_ASSERT(!m_thread);
    m_shared->running = true;
    m_thread = QThread::create([shared = m_shared, units = m_units, adequacy = m_adequacy] {
        QElapsedTimer timer;
        timer.start();
        market::SimulationOptions options;
        options.adequacy = adequacy;
        options.softwareVersion = QStringLiteral("GridCBA " GRIDCBA_VERSION);
        options.progress = [shared](const QString &step, double done) {
            {
                const std::lock_guard lock(shared->stepMutex);
                shared->step = step;
            }
            shared->progress.store(done, std::memory_order_relaxed);
            return !shared->cancel.load(std::memory_order_relaxed);
        };
        try {
            shared->outcome = market::simulate(shared->study, units, options);
        } catch (const std::exception &e) {
            shared->outcome = {};
            shared->outcome.error = QString::fromLocal8Bit(e.what());
        } catch (...) {
            shared->outcome = {};
            shared->outcome.error = tr("unexpected error in the market model");
        }
        if (shared->cancel.load())
            shared->outcome.cancelled = true;
        shared->elapsedMs = timer.elapsed();
        shared->running = false;
    });
    m_thread->setParent(this);
    connect(m_thread, &QThread::finished, this, &MarketJob::finished);
    m_thread->start();
}

void MarketJob::cancel()
{
    m_shared->cancel.store(true);
}

bool MarketJob::isCancelled() const
{
    return m_shared->cancel.load();
}

bool MarketJob::isRunning() const
{
    return m_shared->running.load();
}

double MarketJob::progress() const
{
    return m_shared->progress.load(std::memory_order_relaxed);
}

QString MarketJob::step() const
{
    const std::lock_guard lock(m_shared->stepMutex);
    return m_shared->step;
}

const market::SimulationOutcome &MarketJob::outcome() const
{
    return m_shared->outcome;
}

qint64 MarketJob::elapsedMs() const
{
    return m_shared->elapsedMs;
}

} // namespace gridcba::ui
