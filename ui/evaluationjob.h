#pragma once

// The economic evaluation of every project of a study on a worker thread (QThread::create),
// so the GUI never waits for it. The job evaluates its own copy of the study one project at
// a time; cancel() takes effect before the next project (a project takes well under a
// millisecond, so a cancel is honoured at once). finished() is delivered in the thread that
// owns the job; results() then holds one entry per project evaluated.

#include "economics/evaluation.h"
#include "model/study.h"

#include <QObject>
#include <QString>

#include <map>
#include <memory>
#include <optional>

class QThread;

namespace gridcba::ui {

// The evaluation of one project, or why it could not be evaluated.
struct ProjectResult
{
    std::optional<economics::ProjectEvaluation> evaluation;
    QString error; // "field path: message" when `evaluation` is empty
};

// Evaluates one project of `study` (on the calling thread).
ProjectResult evaluateProjectResult(const model::Study &study, const model::Project &project);

class EvaluationJob : public QObject
{
    Q_OBJECT

  public:
    EvaluationJob(model::Study study, QObject *parent = nullptr);
    // Cancels a running evaluation and waits for the worker (at most one project).
    ~EvaluationJob() override;

    void start();
    void cancel();
    bool isCancelled() const;
    bool isRunning() const;
    int projectsDone() const;
    int projectCount() const;
    const model::Study &study() const;

    // Valid after finished(); complete unless the job was cancelled.
    const std::map<QString, ProjectResult> &results() const;
    qint64 elapsedMs() const;

  signals:
    void progressChanged(int done, int total);
    void finished();

  private:
    struct Shared;
    std::shared_ptr<Shared> m_shared;
    QThread *m_thread = nullptr;
};

} // namespace gridcba::ui
