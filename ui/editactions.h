#pragma once

// The Edit menu: undo and redo of every change to the study (through a QUndoGroup that
// follows the open document), the undo history, and adding, duplicating and removing
// scenarios and projects. Removing is undoable like any edit, so it asks no confirmation;
// the status bar says how to get it back.

#include <QObject>
#include <QString>

class QAction;
class QUndoGroup;
class QWidget;

namespace gridcba::ui {

class DocumentActions;
class StudyDocument;
enum class PageKind;

class EditActions : public QObject
{
    Q_OBJECT

  public:
    EditActions(DocumentActions &documents, QWidget *window);

    QUndoGroup *undoGroup() const { return m_group; }
    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }
    QAction *addScenarioAction() const { return m_addScenario; }
    QAction *duplicateScenarioAction() const { return m_duplicateScenario; }
    QAction *removeScenarioAction() const { return m_removeScenario; }
    QAction *addProjectAction() const { return m_addProject; }
    QAction *duplicateProjectAction() const { return m_duplicateProject; }
    QAction *removeProjectAction() const { return m_removeProject; }

    // The page shown, which the duplicate and remove actions act on.
    void setCurrentPage(gridcba::ui::PageKind kind, const QString &id);

  signals:
    // Asks the window to show the page of a scenario or project just added.
    void navigateTo(gridcba::ui::PageKind kind, const QString &id);
    void statusMessage(const QString &message);

  private:
    void setDocument(StudyDocument *document);
    void updateActions();
    int currentIndex(PageKind kind) const;
    void addScenario();
    void duplicateScenario();
    void removeScenario();
    void addProject();
    void duplicateProject();
    void removeProject();

    DocumentActions &m_documents;
    QUndoGroup *m_group;
    QAction *m_undo;
    QAction *m_redo;
    QAction *m_addScenario;
    QAction *m_duplicateScenario;
    QAction *m_removeScenario;
    QAction *m_addProject;
    QAction *m_duplicateProject;
    QAction *m_removeProject;
    int m_kind = -1;
    QString m_id;
};

} // namespace gridcba::ui
