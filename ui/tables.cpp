#include "tables.h"

#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableView>
#include <QTableWidget>

namespace gridcba::ui {

namespace {

constexpr int kCellPadding = 14; // px added to the widest text of a column
constexpr int kRowPadding = 8;   // px added to the text height of a row

} // namespace

void setUpReadOnlyTable(QTableView *table)
{
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->setCornerButtonEnabled(false);
    QHeaderView *rows = table->verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(table->fontMetrics().height() + kRowPadding);
    rows->setHighlightSections(false);
    QHeaderView *columns = table->horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::Interactive);
    columns->setDefaultAlignment(Qt::AlignCenter);
    columns->setHighlightSections(false);
}

void fitColumns(QTableView *table)
{
    for (int c = 0; c < table->model()->columnCount(); ++c) {
        table->resizeColumnToContents(c);
        table->setColumnWidth(c, table->columnWidth(c) + kCellPadding);
    }
}

void fitTableHeight(QTableView *table)
{
    fitColumns(table);
    int height = table->horizontalHeader()->sizeHint().height() + 2 * table->frameWidth();
    height += table->verticalHeader()->length();
    if (table->horizontalScrollBarPolicy() != Qt::ScrollBarAlwaysOff)
        height += table->horizontalScrollBar()->sizeHint().height();
    table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->setFixedHeight(height);
}

void fitTableSize(QTableView *table)
{
    table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    fitTableHeight(table);
    table->setFixedWidth(tableWidth(table));
}

int tableWidth(const QTableView *table)
{
    int width = table->horizontalHeader()->length() + 2 * table->frameWidth();
    if (!table->verticalHeader()->isHidden())
        width += table->verticalHeader()->sizeHint().width();
    return width;
}

void setTableContent(QTableWidget *table, const TableContent &content)
{
    table->clear();
    table->setColumnCount(int(content.headers.size()));
    table->setRowCount(int(content.rows.size()));
    table->setHorizontalHeaderLabels(content.headers);
    table->verticalHeader()->setVisible(false);
    for (int r = 0; r < content.rows.size(); ++r) {
        for (int c = 0; c < content.rows[r].size(); ++c) {
            auto *item = new QTableWidgetItem(content.rows[r][c]);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            const bool numeric = content.numericColumns.contains(c);
            item->setTextAlignment(Qt::AlignVCenter | (numeric ? Qt::AlignRight : Qt::AlignLeft));
            table->setItem(r, c, item);
        }
    }
}

QLabel *pageTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.35);
    font.setBold(true);
    label->setFont(font);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QLabel *textLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QScrollArea *scrollable(QWidget *content)
{
    auto *area = new QScrollArea;
    area->setFrameShape(QFrame::NoFrame);
    area->setWidgetResizable(true);
    area->setWidget(content);
    return area;
}

QLabel *warningLabel(const QString &objectName)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setStyleSheet(QStringLiteral("color: #8a5300;"));
    label->hide();
    return label;
}

} // namespace gridcba::ui
