#include "studynavigator.h"

#include "model/study.h"

#include <QContextMenuEvent>
#include <QHeaderView>
#include <QMenu>

namespace gridcba::ui {

namespace {

constexpr int kKindRole = Qt::UserRole;
constexpr int kIdRole = Qt::UserRole + 1;

QTreeWidgetItem *pageItem(QTreeWidgetItem *parent, PageKind kind, const QString &id,
                          const QString &text, const QString &toolTip)
{
    auto *item = new QTreeWidgetItem(parent, {text});
    item->setData(0, kKindRole, static_cast<int>(kind));
    item->setData(0, kIdRole, id);
    item->setToolTip(0, toolTip);
    return item;
}

} // namespace

StudyNavigator::StudyNavigator(QWidget *parent) : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("studyNavigator"));
    setHeaderHidden(true);
    setColumnCount(1);
    setRootIsDecorated(true);
    setUniformRowHeights(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    header()->setStretchLastSection(true);
    connect(this, &QTreeWidget::currentItemChanged, this, &StudyNavigator::onCurrentItemChanged);
}

void StudyNavigator::setStudy(const model::Study *study)
{
    build(study);
    if (m_economics)
        setCurrentItem(m_economics);
}

void StudyNavigator::refresh(const model::Study &study)
{
    QTreeWidgetItem *current = currentItem();
    const QVariant kind = current ? current->data(0, kKindRole) : QVariant();
    const QString id = current ? current->data(0, kIdRole).toString() : QString();
    const int position =
        current && current->parent() ? current->parent()->indexOfChild(current) : -1;
    const int oldCount = current && current->parent() ? current->parent()->childCount() : -1;
    {
        const QSignalBlocker blocker(this);
        build(&study);
    }
    if (kind.isValid()) {
        const auto pageKind = static_cast<PageKind>(kind.toInt());
        if (QTreeWidgetItem *same = itemFor(pageKind, id)) {
            const QSignalBlocker blocker(this);
            setCurrentItem(same);
            return;
        }
        // Renamed: the same position in a group of the same size.
        QTreeWidgetItem *group = pageKind == PageKind::Scenario  ? m_scenarios
                                 : pageKind == PageKind::Project ? m_projects
                                                                 : nullptr;
        if (group && position >= 0 && group->childCount() == oldCount) {
            setCurrentItem(group->child(position)); // the page shows the new id
            return;
        }
    }
    setCurrentItem(m_economics);
    if (m_economics)
        emit pageSelected(PageKind::Economics, {});
}

bool StudyNavigator::select(PageKind kind, const QString &id)
{
    QTreeWidgetItem *item = itemFor(kind, id);
    if (!item)
        return false;
    setCurrentItem(item);
    return true;
}

void StudyNavigator::setContextActions(QList<QAction *> scenarioActions,
                                       QList<QAction *> projectActions)
{
    m_scenarioActions = std::move(scenarioActions);
    m_projectActions = std::move(projectActions);
}

void StudyNavigator::contextMenuEvent(QContextMenuEvent *event)
{
    QTreeWidgetItem *item = itemAt(event->pos());
    if (!item)
        return;
    if (item->data(0, kKindRole).isValid())
        setCurrentItem(item);
    QTreeWidgetItem *group = item->parent() ? item->parent() : item;
    const QList<QAction *> &actions = group == m_scenarios  ? m_scenarioActions
                                      : group == m_projects ? m_projectActions
                                                            : QList<QAction *>();
    if (actions.isEmpty())
        return;
    QMenu::exec(actions, event->globalPos(), nullptr, this);
}

void StudyNavigator::build(const model::Study *study)
{
    clear();
    m_economics = m_dashboard = m_scenarios = m_projects = m_market = nullptr;
    if (!study)
        return;
    m_economics = new QTreeWidgetItem(this, {tr("Economic parameters")});
    m_economics->setData(0, kKindRole, static_cast<int>(PageKind::Economics));
    m_economics->setToolTip(0, tr("Name of the study, price base year, discount rate, "
                                  "assessment period and deflator"));
    m_dashboard = new QTreeWidgetItem(this, {tr("Results dashboard")});
    m_dashboard->setData(0, kKindRole, static_cast<int>(PageKind::Dashboard));
    m_dashboard->setToolTip(0, tr("Charts of the results: benefits against costs, NPV and B/C "
                                  "per scenario, cash flows, cost bearers"));
    m_scenarios = addGroup(tr("Scenarios"));
    for (const model::Scenario &s : study->scenarios)
        pageItem(m_scenarios, PageKind::Scenario, s.id, s.name,
                 tr("%1 (%2): study years and their parameters").arg(s.name, s.id));
    m_projects = addGroup(tr("Projects"));
    for (const model::Project &p : study->projects)
        pageItem(m_projects, PageKind::Project, p.id, tr("%1 – %2").arg(p.id, p.name),
                 tr("%1: %2").arg(p.id, p.name));
    m_market = addGroup(tr("Market model"));
    pageItem(m_market, PageKind::PowerSystem, {}, tr("Power systems"),
             tr("Zones, borders and plant per scenario and study year, which the market model "
                "dispatches to compute B1–B6"));
    pageItem(m_market, PageKind::Profiles, {}, tr("Profiles"),
             tr("Hourly demand, renewable, inflow and NTC profiles per climate year"));
    pageItem(m_market, PageKind::MarketSettings, {}, tr("Settings"),
             tr("Hurdle cost, adequacy Monte Carlo years and seed, solver tolerances"));
    expandAll();
}

QTreeWidgetItem *StudyNavigator::itemFor(PageKind kind, const QString &id) const
{
    if (kind == PageKind::Economics)
        return m_economics;
    if (kind == PageKind::Dashboard)
        return m_dashboard;
    if (kind == PageKind::PowerSystem || kind == PageKind::Profiles ||
        kind == PageKind::MarketSettings) {
        for (int i = 0; m_market && i < m_market->childCount(); ++i)
            if (m_market->child(i)->data(0, kKindRole).toInt() == static_cast<int>(kind))
                return m_market->child(i);
        return nullptr;
    }
    QTreeWidgetItem *group = kind == PageKind::Scenario ? m_scenarios : m_projects;
    for (int i = 0; group && i < group->childCount(); ++i)
        if (group->child(i)->data(0, kIdRole).toString() == id)
            return group->child(i);
    return nullptr;
}

QTreeWidgetItem *StudyNavigator::addGroup(const QString &title)
{
    auto *group = new QTreeWidgetItem(this, {title});
    // Groups only hold their entries; they have no page of their own.
    group->setFlags(Qt::ItemIsEnabled);
    QFont font = group->font(0);
    font.setBold(true);
    group->setFont(0, font);
    return group;
}

void StudyNavigator::onCurrentItemChanged(QTreeWidgetItem *current)
{
    if (!current || !current->data(0, kKindRole).isValid())
        return;
    emit pageSelected(static_cast<PageKind>(current->data(0, kKindRole).toInt()),
                      current->data(0, kIdRole).toString());
}

} // namespace gridcba::ui
