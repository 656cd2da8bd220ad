#pragma once

// Internals of reportrenderer.cpp and reportlayout.cpp: one Renderer lays out (measures and
// paginates) and then paints a document. Lengths are in device units.

#include "reportdocument.h"

#include <QCoreApplication>
#include <QFont>
#include <QRectF>

#include <vector>

class QPagedPaintDevice;
class QPainter;

namespace gridcba::report {

struct Placed
{
    int block = 0;
    double y = 0.0; // top, relative to the body area
    double height = 0.0;
    int rowFrom = 0; // tables: the rows on this page
    int rowTo = 0;
    bool continued = false; // a table continued from the previous page
};

struct TocEntry
{
    int level = 1;
    QString number;
    QString text;
    int page = 0;
};

struct TableGeometry
{
    std::vector<double> widths;
    double headerHeight = 0.0;
    std::vector<double> rowHeights;
    double captionHeight = 0.0;
};

class Renderer
{
    Q_DECLARE_TR_FUNCTIONS(gridcba::report::Renderer)

  public:
    Renderer(const ReportDocument &document, QPagedPaintDevice &device);
    int run();

  private:
    // reportlayout.cpp
    double pt(double points) const { return points * m_dpi / 72.0; }
    double mm(double millimetres) const { return millimetres * m_dpi / 25.4; }
    QFont font(double points, bool bold = false, bool italic = false) const;
    QFont headingFont(int level) const;
    QFont paragraphFont(Paragraph::Style style) const;
    double textHeight(const QFont &font, const QString &text, double width) const;
    double headingHeight(int index, bool atTop) const;
    double blockHeight(int index) const;
    double keepWithNext(int index) const;
    TableGeometry measureTable(const TableBlock &table) const;
    void layout();
    void placeTable(int index, double &y);
    void newPage(double &y);
    int tocPageCount() const;

    // reportrenderer.cpp
    void paintTitlePage(QPainter &p);
    void paintContents(QPainter &p, int firstPage);
    void paintFrame(QPainter &p, int pageNumber);
    void paintItem(QPainter &p, const Placed &item, double top);
    void paintHeading(QPainter &p, const Heading &h, const QString &number, const QRectF &r);
    void paintTable(QPainter &p, const TableBlock &t, const TableGeometry &g, const Placed &item,
                    double top);

    const ReportDocument &m_doc;
    QPagedPaintDevice &m_device;
    double m_dpi = 72.0;
    QRectF m_page;  // the paintable area (inside the margins)
    QRectF m_body;  // below the running header, above the footer
    std::vector<TableGeometry> m_tables; // by block index (empty for non-tables)
    std::vector<QString> m_numbers;      // heading numbers by block index
    std::vector<std::vector<Placed>> m_pages;
    std::vector<TocEntry> m_toc;
    int m_tocPages = 1;
    int m_totalPages = 0;
};

// Colours of the report's typography.
inline const QColor kInk(0x1A, 0x1A, 0x1A);
inline const QColor kAccent(0x1F, 0x3A, 0x5F);
inline const QColor kMuted(0x6B, 0x6B, 0x6B);
inline const QColor kRule(0xB8, 0xC2, 0xCC);
inline const QColor kHeaderFill(0xE4, 0xEA, 0xF1);
inline const QColor kZebra(0xF5, 0xF7, 0xF9);

} // namespace gridcba::report
