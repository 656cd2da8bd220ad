#include "studydocument.h"

#include "io/jsonformat.h"
#include "io/studysource.h"
#include "storage/studyfile.h"

#include <QFileInfo>

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
    return std::make_unique<StudyDocument>(std::move(*opened.study), path, !opened.fromJson);
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
    return std::make_unique<StudyDocument>(std::move(*read.study), fileName, false);
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
    return true;
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
