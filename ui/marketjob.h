#pragma once

// One market-model run (market::simulate) on a worker thread, so the GUI thread never
// blocks. The job works on its own copy of the study. The engine reports its current step
// and the fraction done from its own threads; they land in a mutex-guarded text and an
// atomic that the GUI polls, and its progress callback returns false once cancel() was
// called (the engine stops after the current week). finished() is delivered in the thread
// that owns the job; then outcome() holds the result. Exceptions stay on the worker: they
// become the outcome's error.

#include "market/simulation.h"
#include "model/study.h"

#include <QObject>

#include <memory>
#include <vector>

class QThread;

namespace gridcba::ui {

class MarketJob : public QObject
{
    Q_OBJECT

  public:
    MarketJob(model::Study study, std::vector<market::UnitKey> units, bool adequacy,
              QObject *parent = nullptr);
    // Cancels a running job and waits for the worker (at most one week of dispatch).
    ~MarketJob() override;

    void start();
    void cancel();
    bool isCancelled() const;
    bool isRunning() const;
    double progress() const; // fraction done, 0..1
    QString step() const;    // "NT 2030 / climate year 2009: week 12 of 53"
    const std::vector<market::UnitKey> &units() const { return m_units; }

    // Valid after finished():
    const market::SimulationOutcome &outcome() const;
    qint64 elapsedMs() const;

  signals:
    void finished();

  private:
    struct Shared;
    std::vector<market::UnitKey> m_units;
    bool m_adequacy;
    std::shared_ptr<Shared> m_shared;
    QThread *m_thread = nullptr;
};

} // namespace gridcba::ui
