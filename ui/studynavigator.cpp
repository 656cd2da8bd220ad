#include "studynavigator.h"

#include "model/study.h"

#include <QHeaderView>

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
    clear();
    m_economics = m_scenarios = m_projects = nullptr;
    if (!study)
        return;
    m_economics = new QTreeWidgetItem(this, {tr("Economic parameters")});
    m_economics->setData(0, kKindRole, static_cast<int>(PageKind::Economics));
    m_economics->setToolTip(0, tr("Price base year, discount rate, assessment period and "
                                  "deflator of the study"));
    m_scenarios = addGroup(tr("Scenarios"));
    for (const model::Scenario &s : study->scenarios)
        pageItem(m_scenarios, PageKind::Scenario, s.id, s.name,
                 tr("%1 (%2): study years and their parameters").arg(s.name, s.id));
    m_projects = addGroup(tr("Projects"));
    for (const model::Project &p : study->projects)
        pageItem(m_projects, PageKind::Project, p.id, tr("%1 – %2").arg(p.id, p.name),
                 tr("%1: %2").arg(p.id, p.name));
    expandAll();
    setCurrentItem(m_economics);
}

QTreeWidgetItem *StudyNavigator::itemFor(PageKind kind, const QString &id) const
{
    if (kind == PageKind::Economics)
        return m_economics;
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
