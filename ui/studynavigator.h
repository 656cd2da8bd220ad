#pragma once

// The tree on the left of the main window: the study's economic parameters, its scenarios
// and its projects. Selecting an entry asks the window to show its page.

#include <QTreeWidget>

namespace gridcba::model {
struct Study;
}

namespace gridcba::ui {

enum class PageKind { Economics, Scenario, Project };

class StudyNavigator : public QTreeWidget
{
    Q_OBJECT

  public:
    explicit StudyNavigator(QWidget *parent = nullptr);

    // Rebuilds the tree for `study` (null: empty) and selects the economic parameters.
    void setStudy(const model::Study *study);
    // The entry of a page, or null. `id` is the scenario or project id.
    QTreeWidgetItem *itemFor(PageKind kind, const QString &id = {}) const;

  signals:
    void pageSelected(gridcba::ui::PageKind kind, const QString &id);

  private:
    QTreeWidgetItem *addGroup(const QString &title);
    void onCurrentItemChanged(QTreeWidgetItem *current);

    QTreeWidgetItem *m_economics = nullptr;
    QTreeWidgetItem *m_scenarios = nullptr;
    QTreeWidgetItem *m_projects = nullptr;
};

} // namespace gridcba::ui
