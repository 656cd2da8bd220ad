#pragma once

// One Monte Carlo analysis running on a worker thread (QThread::create), so the GUI thread
// never blocks. The job works on its own copy of the study; progress and cancellation pass
// through atomics polled by runMonteCarlo's progress callback (cancel takes effect within
// one block of 1,024 samples). finished() is delivered in the thread that owns the job,
// after which result() or error() hold the outcome. Exceptions stay on the worker: they
// become the error.

#include "model/study.h"
#include "sensitivity/montecarlo.h"

#include <QObject>

#include <memory>

class QThread;

namespace gridcba::ui {

class MonteCarloJob : public QObject
{
    Q_OBJECT

  public:
    MonteCarloJob(model::Study study, sensitivity::MonteCarloDefinition definition,
                  QObject *parent = nullptr);
    // Cancels a running analysis and waits for the worker (at most one block).
    ~MonteCarloJob() override;

    void start();
    void cancel();
    bool isCancelled() const;
    double progress() const; // fraction done, 0..1

    const sensitivity::MonteCarloDefinition &definition() const { return m_definition; }
    // Valid after finished():
    const std::optional<sensitivity::MonteCarloResult> &result() const;
    QString error() const;
    qint64 elapsedMs() const;

  signals:
    void finished();

  private:
    struct Shared;
    sensitivity::MonteCarloDefinition m_definition;
    std::shared_ptr<Shared> m_shared;
    QThread *m_thread = nullptr;
};

} // namespace gridcba::ui
