#include "studydocument.h"

#include "io/jsonformat.h"
#include "io/studysource.h"
#include "storage/studyfile.h"
#include "storage/studylock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUndoCommand>
#include <QUndoStack>

#include <algorithm>

namespace gridcba::ui {

namespace {

template <typename T> QStringList idsAndNames(const std::vector<T> &items)
{
    QStringList list;
    for (const T &item : items)
        list << item.id << item.name;
    return list;
}

// Whether two paths name the same file, also when it does not exist yet.
bool sameFile(const QString &a, const QString &b)
{
    if (a.isEmpty() || b.isEmpty())
        return false;
    const QFileInfo fa(a);
    const QFileInfo fb(b);
    const QString ca = fa.canonicalFilePath();
    return (!ca.isEmpty() && ca == fb.canonicalFilePath()) ||
           fa.absoluteFilePath() == fb.absoluteFilePath();
}

// Every problem of a failed read, one per line.
QString errorLines(const std::vector<io::InputError> &errors)
{
    QStringList lines;
    for (const io::InputError &e : errors)
        lines << e.toString();
    return lines.join(u'\n');
}

} // namespace

StudyDocument::Changes studyChanges(const model::Study &before, const model::Study &after)
{
    StudyDocument::Changes changes;
    if (before.name != after.name || before.description != after.description)
        changes |= StudyDocument::Change::Info;
    if (before.economics != after.economics)
        changes |= StudyDocument::Change::Economics;
    if (before.scenarios != after.scenarios)
        changes |= StudyDocument::Change::Scenarios;
    if (before.projects != after.projects)
        changes |= StudyDocument::Change::Projects;
    if (before.analysisRuns != after.analysisRuns)
        changes |= StudyDocument::Change::Runs;
    if (before.market != after.market || before.profiles != after.profiles ||
        before.powerSystems != after.powerSystems || before.marketUnits != after.marketUnits)
        changes |= StudyDocument::Change::Market;
    if (idsAndNames(before.scenarios) != idsAndNames(after.scenarios) ||
        idsAndNames(before.projects) != idsAndNames(after.projects))
        changes |= StudyDocument::Change::Structure;
    return changes;
}

// One edit: the whole study before and after it. The hourly profiles (8,760 doubles each,
// in a std::vector that is not implicitly shared) are held apart and shared between the
// commands whose profiles are equal, so that an edit of one cell does not keep two copies
// of the profile library in the undo history.
class StudyEditCommand : public QUndoCommand
{
  public:
    using Profiles = std::shared_ptr<const std::vector<model::Profile>>;

    StudyEditCommand(StudyDocument *document, const QString &text, model::Study before,
                     Profiles beforeProfiles, model::Study after, Profiles afterProfiles)
        : QUndoCommand(text), m_document(document), m_before(std::move(before)),
          m_after(std::move(after)), m_beforeProfiles(std::move(beforeProfiles)),
          m_afterProfiles(std::move(afterProfiles))
    {
    }

    void redo() override { restore(m_after, m_afterProfiles); }
    void undo() override { restore(m_before, m_beforeProfiles); }

  private:
    void restore(const model::Study &withoutProfiles, const Profiles &profiles)
    {
        model::Study study = withoutProfiles;
        study.profiles = *profiles;
        m_document->m_sharedProfiles = profiles;
        m_document->replaceStudy(study);
    }

    StudyDocument *m_document;
    model::Study m_before;
    model::Study m_after;
    Profiles m_beforeProfiles;
    Profiles m_afterProfiles;
};

StudyDocument::StudyDocument(model::Study study, QString filePath, bool isStudyFile,
                             QObject *parent)
    : QObject(parent), m_study(std::move(study)), m_filePath(std::move(filePath)),
      m_isStudyFile(isStudyFile), m_undoStack(new QUndoStack(this))
{
    m_undoStack->setUndoLimit(500);
    connect(m_undoStack, &QUndoStack::cleanChanged, this,
            [this](bool clean) { emit modifiedChanged(!clean); });
    for (const model::Project &project : m_study.projects)
        m_results.emplace(project.id, evaluateProjectResult(m_study, project));
}

StudyDocument::~StudyDocument()
{
    // The undo stack is a child, but its commands refer to this document: delete them
    // while the document is still whole, telling nobody (its owners are going away too).
    blockSignals(true);
    m_undoStack->blockSignals(true);
    m_undoStack->clear();
    delete m_job;
}

std::unique_ptr<StudyDocument> StudyDocument::open(const QString &path, QString *error)
{
    io::OpenedStudy opened = io::openStudy(path, storage::Validation::Report);
    if (!opened.study) {
        if (error)
            *error = opened.errors.join(u'\n');
        return nullptr;
    }
    auto document =
        std::make_unique<StudyDocument>(std::move(*opened.study), path, !opened.fromJson);
    document->m_fileChecksum = opened.sha256;
    document->m_openIssues = opened.issues;
    return document;
}

std::unique_ptr<StudyDocument> StudyDocument::fromJson(const QByteArray &json,
                                                       const QString &fileName, QString *error)
{
    io::StudyReadResult read = io::studyFromJson(json, fileName);
    if (!read.study) {
        if (error)
            *error = errorLines(read.errors);
        return nullptr;
    }
    auto document = std::make_unique<StudyDocument>(std::move(*read.study), fileName, false);
    document->m_fileChecksum = io::sha256Hex(json);
    return document;
}

std::unique_ptr<StudyDocument> StudyDocument::fromSample(const QByteArray &json,
                                                         const market::SampleSystemFiles &system,
                                                         const QString &fileName, QString *error)
{
    io::StudyReadResult read = io::studyFromJson(json, fileName);
    if (!read.study) {
        if (error)
            *error = errorLines(read.errors);
        return nullptr;
    }
    if (const auto failure = market::addSampleSystem(*read.study, system)) {
        if (error)
            *error = failure->toString();
        return nullptr;
    }
    QByteArray everything = json;
    for (const auto &[name, bytes] : system)
        everything += name.toUtf8() + bytes;
    auto document = std::make_unique<StudyDocument>(std::move(*read.study), fileName, false);
    document->m_fileChecksum = io::sha256Hex(everything);
    return document;
}

QString StudyDocument::fileName() const
{
    return m_filePath.isEmpty() ? tr("Untitled") : QFileInfo(m_filePath).fileName();
}

bool StudyDocument::commit(const QString &text, model::Study after)
{
    if (after == m_study)
        return false;
    // The current profiles, shared with the commands that hold the same library.
    if (!m_sharedProfiles || *m_sharedProfiles != m_study.profiles)
        m_sharedProfiles = std::make_shared<const std::vector<model::Profile>>(m_study.profiles);
    const StudyEditCommand::Profiles before = m_sharedProfiles;
    const StudyEditCommand::Profiles afterProfiles =
        after.profiles == *before
            ? before
            : std::make_shared<const std::vector<model::Profile>>(std::move(after.profiles));
    model::Study beforeStudy = m_study;
    beforeStudy.profiles.clear();
    after.profiles.clear();
    m_undoStack->push(new StudyEditCommand(this, text, std::move(beforeStudy), before,
                                           std::move(after), afterProfiles));
    return true;
}

void StudyDocument::replaceStudy(const model::Study &study)
{
    const Changes changes = studyChanges(m_study, study);
    QStringList runProjects;
    if (changes & Change::Runs) {
        // Every project whose stored runs differ, so each sensitivity page can refresh.
        auto runsOf = [](const model::Study &s, const QString &projectId) {
            std::vector<model::AnalysisRun> runs;
            for (const model::AnalysisRun &run : s.analysisRuns)
                if (run.projectId == projectId)
                    runs.push_back(run);
            return runs;
        };
        QStringList candidates;
        for (const model::AnalysisRun &run : m_study.analysisRuns)
            candidates << run.projectId;
        for (const model::AnalysisRun &run : study.analysisRuns)
            candidates << run.projectId;
        candidates.removeDuplicates();
        for (const QString &id : candidates)
            if (runsOf(m_study, id) != runsOf(study, id))
                runProjects << id;
    }
    m_study = study;
    const Changes inputs = Change::Economics | Change::Scenarios | Change::Projects;
    if (changes & inputs)
        startEvaluation();
    emit studyChanged(changes);
    for (const QString &id : runProjects)
        emit analysisRunsChanged(id);
}

const ProjectResult *StudyDocument::result(const QString &projectId) const
{
    const auto it = m_results.find(projectId);
    return it == m_results.end() ? nullptr : &it->second;
}

EvaluationJob *StudyDocument::startEvaluation()
{
    if (m_job) {
        // Its results would be of older inputs: drop it (the destructor waits at most one
        // project).
        disconnect(m_job, nullptr, this, nullptr);
        m_job->cancel();
        m_job->deleteLater();
    }
    m_resultsUpToDate = false;
    auto *job = new EvaluationJob(m_study, this);
    m_job = job;
    connect(job, &EvaluationJob::finished, this, [this, job] { onEvaluationFinished(job); });
    emit evaluationStarted(job);
    job->start();
    return job;
}

void StudyDocument::ensureEvaluated()
{
    if (m_resultsUpToDate)
        return;
    if (m_job) {
        disconnect(m_job, nullptr, this, nullptr);
        m_job->cancel();
        m_job->deleteLater();
        m_job = nullptr;
    }
    m_results.clear();
    for (const model::Project &project : m_study.projects)
        m_results.emplace(project.id, evaluateProjectResult(m_study, project));
    m_resultsUpToDate = true;
    emit resultsChanged();
}

void StudyDocument::onEvaluationFinished(EvaluationJob *job)
{
    if (job != m_job)
        return;
    if (!job->isCancelled()) {
        m_results = job->results();
        m_resultsUpToDate = true;
    }
    m_job = nullptr;
    job->deleteLater();
    if (m_resultsUpToDate)
        emit resultsChanged();
}

bool StudyDocument::saveAs(const QString &path, QString *error)
{
    if (m_readOnly && m_isStudyFile && sameFile(path, m_filePath)) {
        if (error)
            //: %1 file name, %2 why the study is read-only
            *error = tr("%1: the study is open read-only, so it is not saved over. %2\nUse Save "
                        "As to save a copy under another name.")
                         .arg(QDir::toNativeSeparators(path), m_readOnlyReason);
        return false;
    }
    // Never write a file another process has open: hold its lock first (or already).
    std::unique_ptr<storage::StudyLock> lock;
    if (!m_lock || !sameFile(path, m_lock->studyPath())) {
        lock = storage::lockStudy(path, error);
        if (!lock)
            return false;
    }
    if (!storage::saveStudy(m_study, path, error))
        return false;
    if (lock)
        m_lock = std::move(lock); // and the lock of the previous file goes
    if (m_readOnly) {
        m_readOnly = false;
        m_readOnlyReason.clear();
        emit readOnlyChanged(false);
    }
    m_isStudyFile = true;
    const bool wasUntitled = m_filePath.isEmpty();
    if (m_filePath != path) {
        m_filePath = path;
        emit filePathChanged(m_filePath);
    }
    QFile saved(path);
    m_fileChecksum = saved.open(QIODevice::ReadOnly) ? io::sha256Hex(saved.readAll()) : QString();
    m_undoStack->setClean();
    if (wasUntitled)
        emit modifiedChanged(false); // cleanChanged does not fire when the stack was clean
    return true;
}

void StudyDocument::setLock(std::unique_ptr<storage::StudyLock> lock)
{
    m_lock = std::move(lock);
    if (m_readOnly && m_lock) {
        m_readOnly = false;
        m_readOnlyReason.clear();
        emit readOnlyChanged(false);
    }
}

std::unique_ptr<storage::StudyLock> StudyDocument::takeLock()
{
    return std::move(m_lock);
}

bool StudyDocument::holdsLockOf(const QString &path) const
{
    return m_lock && m_lock->isLocked() && sameFile(path, m_lock->studyPath());
}

void StudyDocument::setReadOnly(const QString &reason)
{
    m_lock.reset();
    m_readOnlyReason = reason;
    if (!m_readOnly) {
        m_readOnly = true;
        emit readOnlyChanged(true);
    }
}

bool StudyDocument::isModified() const
{
    return !m_undoStack->isClean() || m_filePath.isEmpty();
}

std::vector<const model::AnalysisRun *> StudyDocument::analysisRuns(const QString &projectId) const
{
    std::vector<const model::AnalysisRun *> runs;
    for (const model::AnalysisRun &run : m_study.analysisRuns)
        if (run.projectId == projectId)
            runs.push_back(&run);
    return runs;
}

const model::AnalysisRun *StudyDocument::analysisRun(int id) const
{
    for (const model::AnalysisRun &run : m_study.analysisRuns)
        if (run.id == id)
            return &run;
    return nullptr;
}

void StudyDocument::addAnalysisRun(model::AnalysisRun run)
{
    Q_ASSERT(!analysisRun(run.id));
    model::Study after = m_study;
    const QString text = tr("Store analysis “%1”").arg(run.name);
    after.analysisRuns.push_back(std::move(run));
    commit(text, std::move(after));
}

bool StudyDocument::removeAnalysisRun(int id)
{
    model::Study after = m_study;
    auto &runs = after.analysisRuns;
    const auto it = std::find_if(runs.begin(), runs.end(),
                                 [id](const model::AnalysisRun &r) { return r.id == id; });
    if (it == runs.end())
        return false;
    const QString text = tr("Delete analysis “%1”").arg(it->name);
    runs.erase(it);
    commit(text, std::move(after));
    return true;
}

bool StudyDocument::renameAnalysisRun(int id, const QString &name)
{
    model::Study after = m_study;
    for (model::AnalysisRun &run : after.analysisRuns) {
        if (run.id != id)
            continue;
        run.name = name;
        commit(tr("Rename analysis to “%1”").arg(name), std::move(after));
        return true;
    }
    return false;
}

} // namespace gridcba::ui
