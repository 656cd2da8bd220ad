#pragma once

// The tree on the left of the main window: the study's economic parameters, the results
// dashboard, its scenarios, its projects and the market model's inputs (power systems,
// profiles, settings). Selecting an entry asks the window to show its
// page; a right click offers adding, duplicating and removing scenarios and projects (the
// actions given with setContextActions).

#include <QList>
#include <QTreeWidget>

class QAction;

namespace gridcba::model {
struct Study;
}

namespace gridcba::ui {

enum class PageKind {
    Economics,
    Scenario,
    Project,
    Dashboard,
    PowerSystem,
    Profiles,
    MarketSettings
};

class StudyNavigator : public QTreeWidget
{
    Q_OBJECT

  public:
    explicit StudyNavigator(QWidget *parent = nullptr);

    // Rebuilds the tree for `study` (null: empty) and selects the economic parameters.
    void setStudy(const model::Study *study);
    // Rebuilds the tree after the study's structure changed, keeping the entry selected when
    // it still exists (found by id, or at the same position when it was renamed); otherwise
    // selects the economic parameters. Emits pageSelected only when the selection moved.
    void refresh(const model::Study &study);
    // Selects the entry of a page; false when there is none.
    bool select(PageKind kind, const QString &id = {});
    // Actions shown on a right click: on a scenario/the scenario group, a project/the
    // project group.
    void setContextActions(QList<QAction *> scenarioActions, QList<QAction *> projectActions);
    // The entry of a page, or null. `id` is the scenario or project id.
    QTreeWidgetItem *itemFor(PageKind kind, const QString &id = {}) const;

  signals:
    void pageSelected(gridcba::ui::PageKind kind, const QString &id);

  protected:
    void contextMenuEvent(QContextMenuEvent *event) override;

  private:
    void build(const model::Study *study);
    QTreeWidgetItem *addGroup(const QString &title);
    void onCurrentItemChanged(QTreeWidgetItem *current);

    QTreeWidgetItem *m_economics = nullptr;
    QTreeWidgetItem *m_dashboard = nullptr;
    QList<QAction *> m_scenarioActions;
    QList<QAction *> m_projectActions;
    QTreeWidgetItem *m_scenarios = nullptr;
    QTreeWidgetItem *m_projects = nullptr;
    QTreeWidgetItem *m_market = nullptr;
};

} // namespace gridcba::ui
