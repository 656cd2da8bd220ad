#include "editactions.h"

#include "documentactions.h"
#include "editing/projectadapters.h"
#include "editing/scenarioadapters.h"
#include "studydocument.h"
#include "studynavigator.h"

#include <QAction>
#include <QUndoGroup>
#include <QUndoStack>

namespace gridcba::ui {

EditActions::EditActions(DocumentActions &documents, QWidget *window)
    : QObject(window), m_documents(documents), m_group(new QUndoGroup(this)),
      m_undo(m_group->createUndoAction(this, tr("&Undo"))),
      m_redo(m_group->createRedoAction(this, tr("&Redo"))),
      m_addScenario(new QAction(tr("Add &Scenario"), this)),
      m_duplicateScenario(new QAction(tr("D&uplicate Scenario"), this)),
      m_removeScenario(new QAction(tr("Remove Scenario"), this)),
      m_addProject(new QAction(tr("Add &Project"), this)),
      m_duplicateProject(new QAction(tr("Du&plicate Project"), this)),
      m_removeProject(new QAction(tr("Remove Project"), this))
{
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    m_undo->setObjectName(QStringLiteral("undoAction"));
    m_redo->setObjectName(QStringLiteral("redoAction"));
    m_addScenario->setStatusTip(tr("Add a scenario with one study year and one climate year"));
    m_duplicateScenario->setStatusTip(
        tr("Copy the selected scenario, with the projects' indicator inputs for it"));
    m_removeScenario->setStatusTip(
        tr("Remove the selected scenario and the projects' indicator inputs for it"));
    m_addProject->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_addProject->setStatusTip(tr("Add a project with one empty investment"));
    m_duplicateProject->setStatusTip(tr("Copy the selected project (without its stored analyses)"));
    m_removeProject->setStatusTip(tr("Remove the selected project and its stored analyses"));
    connect(m_addScenario, &QAction::triggered, this, &EditActions::addScenario);
    connect(m_duplicateScenario, &QAction::triggered, this, &EditActions::duplicateScenario);
    connect(m_removeScenario, &QAction::triggered, this, &EditActions::removeScenario);
    connect(m_addProject, &QAction::triggered, this, &EditActions::addProject);
    connect(m_duplicateProject, &QAction::triggered, this, &EditActions::duplicateProject);
    connect(m_removeProject, &QAction::triggered, this, &EditActions::removeProject);
    connect(&m_documents, &DocumentActions::documentChanged, this, &EditActions::setDocument);
    setDocument(m_documents.document());
}

void EditActions::setDocument(StudyDocument *document)
{
    for (QUndoStack *stack : m_group->stacks())
        m_group->removeStack(stack);
    if (document) {
        m_group->addStack(document->undoStack());
        m_group->setActiveStack(document->undoStack());
        connect(document, &StudyDocument::studyChanged, this, &EditActions::updateActions);
    }
    m_kind = -1;
    m_id.clear();
    updateActions();
}

void EditActions::setCurrentPage(PageKind kind, const QString &id)
{
    m_kind = static_cast<int>(kind);
    m_id = id;
    updateActions();
}

int EditActions::currentIndex(PageKind kind) const
{
    const StudyDocument *document = m_documents.document();
    if (!document || m_kind != static_cast<int>(kind))
        return -1;
    const model::Study &study = document->study();
    if (kind == PageKind::Scenario) {
        for (size_t i = 0; i < study.scenarios.size(); ++i)
            if (study.scenarios[i].id == m_id)
                return int(i);
    } else if (kind == PageKind::Project) {
        for (size_t i = 0; i < study.projects.size(); ++i)
            if (study.projects[i].id == m_id)
                return int(i);
    }
    return -1;
}

void EditActions::updateActions()
{
    const bool open = m_documents.document() != nullptr;
    m_addScenario->setEnabled(open);
    m_addProject->setEnabled(open);
    const bool scenario = currentIndex(PageKind::Scenario) >= 0;
    const bool project = currentIndex(PageKind::Project) >= 0;
    m_duplicateScenario->setEnabled(scenario);
    m_removeScenario->setEnabled(scenario);
    m_duplicateProject->setEnabled(project);
    m_removeProject->setEnabled(project);
}

void EditActions::addScenario()
{
    StudyDocument *document = m_documents.document();
    if (!document)
        return;
    int index = -1;
    model::Study study = withNewScenario(document->study(), &index);
    const QString id = study.scenarios[size_t(index)].id;
    document->commit(tr("Add scenario %1").arg(id), std::move(study));
    emit navigateTo(PageKind::Scenario, id);
}

void EditActions::duplicateScenario()
{
    StudyDocument *document = m_documents.document();
    const int current = currentIndex(PageKind::Scenario);
    if (!document || current < 0)
        return;
    int index = -1;
    model::Study study = withScenarioDuplicated(document->study(), current, &index);
    const QString id = study.scenarios[size_t(index)].id;
    document->commit(tr("Duplicate scenario %1 as %2").arg(m_id, id), std::move(study));
    emit navigateTo(PageKind::Scenario, id);
}

void EditActions::removeScenario()
{
    StudyDocument *document = m_documents.document();
    const int current = currentIndex(PageKind::Scenario);
    if (!document || current < 0)
        return;
    const QString id = m_id;
    document->commit(tr("Remove scenario %1").arg(id),
                     withScenarioRemoved(document->study(), current));
    emit navigateTo(PageKind::Economics, {});
    emit statusMessage(tr("Scenario %1 removed. Edit > Undo (Ctrl+Z) brings it back.").arg(id));
}

void EditActions::addProject()
{
    StudyDocument *document = m_documents.document();
    if (!document)
        return;
    int index = -1;
    model::Study study = withNewProject(document->study(), &index);
    const QString id = study.projects[size_t(index)].id;
    document->commit(tr("Add project %1").arg(id), std::move(study));
    emit navigateTo(PageKind::Project, id);
}

void EditActions::duplicateProject()
{
    StudyDocument *document = m_documents.document();
    const int current = currentIndex(PageKind::Project);
    if (!document || current < 0)
        return;
    int index = -1;
    model::Study study = withProjectDuplicated(document->study(), current, &index);
    const QString id = study.projects[size_t(index)].id;
    document->commit(tr("Duplicate project %1 as %2").arg(m_id, id), std::move(study));
    emit navigateTo(PageKind::Project, id);
}

void EditActions::removeProject()
{
    StudyDocument *document = m_documents.document();
    const int current = currentIndex(PageKind::Project);
    if (!document || current < 0)
        return;
    const QString id = m_id;
    document->commit(tr("Remove project %1").arg(id),
                     withProjectRemoved(document->study(), current));
    emit navigateTo(PageKind::Economics, {});
    emit statusMessage(tr("Project %1 removed. Edit > Undo (Ctrl+Z) brings it back.").arg(id));
}

} // namespace gridcba::ui
