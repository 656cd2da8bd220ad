#pragma once

// The content of a report as a list of blocks, independent of paper and device: section
// builders fill it, the PDF renderer lays it out on pages. Texts are final (translated,
// numbers formatted for the report's locale).

#include <QColor>
#include <QString>
#include <QStringList>

#include <functional>
#include <set>
#include <variant>
#include <vector>

class QPainter;
class QRectF;

namespace gridcba::report {

// Level 1 starts a chapter on a new page; the renderer numbers headings ("2", "2.3") and
// lists them in the table of contents.
struct Heading
{
    int level = 1;
    QString text;
};

struct Paragraph
{
    enum class Style { Body, Note, Emphasis };
    QString text;
    Style style = Style::Body;
};

enum class Align { Left, Right };

struct TableColumn
{
    QString header; // may hold '\n' to break the header on purpose; carries the unit
    Align align = Align::Left;
    bool wrap = false; // a text column that may wrap instead of widening the table
};

struct TableBlock
{
    std::vector<TableColumn> columns;
    std::vector<QStringList> rows;
    std::set<int> emphasisRows; // rows printed bold (totals, key results)
    std::set<int> mutedRows;    // rows printed grey (shown apart, not in the NPV)
    QString caption;            // printed above the table: "Table 3: ..."
};

// A chart drawn with QPainter straight into the page, so it stays vector graphics in a PDF.
// `paint` gets the rectangle to fill and the scale of one typographic point in device units.
struct ChartBlock
{
    std::function<void(QPainter &painter, const QRectF &rect, double pointSize)> paint;
    double heightMm = 90.0;
    QString caption;
};

struct PageBreak
{
};

using Block = std::variant<Heading, Paragraph, TableBlock, ChartBlock, PageBreak>;

struct TitlePage
{
    QString kicker;   // "Cost-benefit analysis report"
    QString title;    // the project or study name
    QString subtitle; // "Project P1 · Interconnector"
    std::vector<std::pair<QString, QString>> facts; // label, value: study, file, checksum, ...
    QString notice;   // a sentence at the foot of the title page
};

struct ReportDocument
{
    TitlePage titlePage;
    QString headerLeft;  // running header: the study
    QString headerRight; // running header: the project
    QString footerLeft;  // "GridCBA 0.1.0 · sample.gridcba"
    QString pageOfTemplate; // "Page %1 of %2"
    QString contentsTitle;  // "Contents"
    std::vector<Block> blocks;

    void add(Block block) { blocks.push_back(std::move(block)); }
};

} // namespace gridcba::report
