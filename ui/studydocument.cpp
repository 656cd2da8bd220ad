#include "studydocument.h"

#include "io/jsonformat.h"
#include "io/studysource.h"
#include "storage/studyfile.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace gridcba::ui {

StudyDocument::StudyDocument(model::Study study, QString filePath, bool isStudyFile,
                             QObject *parent)
    : QObject(parent), m_study(std::move(study)), m_filePath(std::move(filePath)),
      m_isStudyFile(isStudyFile)
{
    evaluate();
}

StudyDocument::~StudyDocument() = default;

std::unique_ptr<StudyDocument> StudyDocument::open(const QString &path, QString *error)
{
    io::OpenedStudy opened = io::openStudy(path);
    if (!opened.study) {
        if (error)
            *error = opened.errors.join(u'\n');
        return nullptr;
    }
    auto document =
        std::make_unique<StudyDocument>(std::move(*opened.study), path, !opened.fromJson);
    document->m_fileChecksum = opened.sha256;
    return document;
}

std::unique_ptr<StudyDocument> StudyDocument::fromJson(const QByteArray &json,
                                                       const QString &fileName, QString *error)
{
    io::StudyReadResult read = io::studyFromJson(json, fileName);
    if (!read.study) {
        if (error) {
            QStringList lines;
            for (const io::InputError &e : read.errors)
                lines << e.toString();
            *error = lines.join(u'\n');
        }
        return nullptr;
    }
    auto document = std::make_unique<StudyDocument>(std::move(*read.study), fileName, false);
    document->m_fileChecksum = io::sha256Hex(json);
    return document;
}

QString StudyDocument::fileName() const
{
    return QFileInfo(m_filePath).fileName();
}

const ProjectResult *StudyDocument::result(const QString &projectId) const
{
    const auto it = m_results.find(projectId);
    return it == m_results.end() ? nullptr : &it->second;
}

bool StudyDocument::saveAs(const QString &path, QString *error)
{
    if (!storage::saveStudy(m_study, path, error))
        return false;
    m_isStudyFile = true;
    if (m_filePath != path) {
        m_filePath = path;
        emit filePathChanged(m_filePath);
    }
    QFile saved(path);
    m_fileChecksum = saved.open(QIODevice::ReadOnly) ? io::sha256Hex(saved.readAll()) : QString();
    setModified(false);
    return true;
}

void StudyDocument::setModified(bool modified)
{
    if (m_modified == modified)
        return;
    m_modified = modified;
    emit modifiedChanged(m_modified);
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
    const QString projectId = run.projectId;
    m_study.analysisRuns.push_back(std::move(run));
    setModified(true);
    emit analysisRunsChanged(projectId);
}

bool StudyDocument::removeAnalysisRun(int id)
{
    auto &runs = m_study.analysisRuns;
    const auto it = std::find_if(runs.begin(), runs.end(),
                                 [id](const model::AnalysisRun &r) { return r.id == id; });
    if (it == runs.end())
        return false;
    const QString projectId = it->projectId;
    runs.erase(it);
    setModified(true);
    emit analysisRunsChanged(projectId);
    return true;
}

bool StudyDocument::renameAnalysisRun(int id, const QString &name)
{
    for (model::AnalysisRun &run : m_study.analysisRuns) {
        if (run.id != id)
            continue;
        if (run.name == name)
            return true;
        run.name = name;
        setModified(true);
        emit analysisRunsChanged(run.projectId);
        return true;
    }
    return false;
}

void StudyDocument::evaluate()
{
    m_results.clear();
    for (const model::Project &project : m_study.projects) {
        ProjectResult result;
        economics::EvaluationError error;
        result.evaluation = economics::evaluateProject(m_study, project, &error);
        if (!result.evaluation)
            result.error = error.path.isEmpty() ? error.message
                                                : error.path + QStringLiteral(": ") + error.message;
        m_results.emplace(project.id, std::move(result));
    }
}

} // namespace gridcba::ui
