#pragma once

// Shared set-up of the read-only tables of the pages, so they all look and behave alike.

#include <QString>
#include <QStringList>
#include <QVector>

class QAbstractItemView;
class QLabel;
class QTableView;
class QScrollArea;
class QTableWidget;
class QWidget;

namespace gridcba::ui {

// No editing, whole-row selection, alternating rows, rows one line of text tall.
void setUpReadOnlyTable(QTableView *table);

// Makes every column as wide as its widest text plus some padding.
void fitColumns(QTableView *table);
// The width that shows every column and the row headers without scrolling.
int tableWidth(const QTableView *table);

// Resizes a table so it shows all its rows without a vertical scroll bar (small tables).
void fitTableHeight(QTableView *table);
// Also fixes the width to the columns' contents (small tables that need no scrolling).
void fitTableSize(QTableView *table);

// A cell is a display text; numeric cells (`numericColumns`) are right-aligned.
struct TableContent
{
    QStringList headers;
    QVector<QStringList> rows;
    QVector<int> numericColumns;
};
void setTableContent(QTableWidget *table, const TableContent &content);

// The large bold title at the top of a page.
QLabel *pageTitle(const QString &text = {}, QWidget *parent = nullptr);
// A bold section title.
QLabel *sectionTitle(const QString &text, QWidget *parent = nullptr);
// A selectable, word-wrapped text label.
QLabel *textLabel(const QString &text = {}, QWidget *parent = nullptr);

// A hidden, word-wrapped orange line under a table for what validation still finds but an
// edit need not be refused for; show it with setText and setVisible.
QLabel *warningLabel(const QString &objectName);

// Puts a page's content in a frameless scroll area, for pages taller than small windows.
QScrollArea *scrollable(QWidget *content);

} // namespace gridcba::ui
