// The measuring and pagination half of Renderer (reportrenderer_p.h).

#include "reportrenderer_p.h"

#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace gridcba::report {

namespace {

const QString kFamily = QStringLiteral("DejaVu Sans");
constexpr double kBodyPt = 9.0;
constexpr double kTablePt = 7.8;
constexpr double kCellPadPt = 3.2;
constexpr double kParagraphAfterPt = 5.5;
constexpr double kBlockAfterPt = 11.0;
constexpr double kHeaderZoneMm = 11.0;
constexpr double kFooterZoneMm = 10.0;
constexpr double kTocLinePt = 15.0;
constexpr int kMinRowsOnPage = 3;
constexpr double kFullWidthFrom = 0.45;  // tables at least this share of the width fill it
constexpr double kChapterNewPage = 0.4;  // a chapter starts a new page unless this much is left

template <class... Ts> struct Overloaded : Ts...
{
    using Ts::operator()...;
};
template <class... Ts> Overloaded(Ts...) -> Overloaded<Ts...>;

} // namespace

Renderer::Renderer(const ReportDocument &document, QPagedPaintDevice &device)
    : m_doc(document), m_device(device)
{
    m_dpi = device.logicalDpiY();
    const QRect paint = device.pageLayout().paintRectPixels(device.logicalDpiX());
    m_page = QRectF(0, 0, paint.width(), paint.height());
    m_body = m_page.adjusted(0, mm(kHeaderZoneMm), 0, -mm(kFooterZoneMm));
}

QFont Renderer::font(double points, bool bold, bool italic) const
{
    QFont f(kFamily);
    f.setPointSizeF(points);
    f.setBold(bold);
    f.setItalic(italic);
    // No ligatures: "fi" stays two letters, so the PDF's text can be searched and copied.
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

QFont Renderer::headingFont(int level) const
{
    return font(level <= 1 ? 15.0 : level == 2 ? 11.5 : 9.8, true);
}

QFont Renderer::paragraphFont(Paragraph::Style style) const
{
    switch (style) {
    case Paragraph::Style::Note: return font(kBodyPt - 1.0, false, true);
    case Paragraph::Style::Emphasis: return font(kBodyPt, true);
    case Paragraph::Style::Body: break;
    }
    return font(kBodyPt);
}

double Renderer::textHeight(const QFont &f, const QString &text, double width) const
{
    const QFontMetricsF fm(f, &m_device);
    return fm.boundingRect(QRectF(0, 0, width, 1e9), Qt::TextWordWrap, text).height();
}

double Renderer::headingHeight(int index, bool atTop) const
{
    const auto &h = std::get<Heading>(m_doc.blocks[std::size_t(index)]);
    const double before = atTop ? 0.0 : pt(h.level <= 1 ? 26.0 : h.level == 2 ? 13.0 : 9.0);
    const double after = pt(h.level <= 1 ? 12.0 : 4.5);
    const QString text = m_numbers[std::size_t(index)] + QStringLiteral("  ") + h.text;
    return before + textHeight(headingFont(h.level), text, m_body.width()) + after;
}

double Renderer::blockHeight(int index) const
{
    const Block &b = m_doc.blocks[std::size_t(index)];
    return std::visit(
        Overloaded{
            [&](const Heading &) { return headingHeight(index, false); },
            [&](const Paragraph &p) {
                return textHeight(paragraphFont(p.style), p.text, m_body.width()) +
                       pt(kParagraphAfterPt);
            },
            [&](const TableBlock &) {
                const TableGeometry &g = m_tables[std::size_t(index)];
                double h = g.captionHeight + g.headerHeight + pt(kBlockAfterPt);
                for (double r : g.rowHeights)
                    h += r;
                return h;
            },
            [&](const ChartBlock &c) {
                return mm(c.heightMm) + textHeight(font(kBodyPt - 0.5, true), c.caption,
                                                   m_body.width()) +
                       pt(kBlockAfterPt);
            },
            [&](const PageBreak &) { return 0.0; }},
        b);
}

// The height that must fit below a heading so that it is not left alone at a page's foot.
double Renderer::keepWithNext(int index) const
{
    const int next = index + 1;
    if (next >= int(m_doc.blocks.size()))
        return 0.0;
    const Block &b = m_doc.blocks[std::size_t(next)];
    if (std::holds_alternative<Heading>(b))
        return headingHeight(next, false) + keepWithNext(next);
    if (const auto *t = std::get_if<TableBlock>(&b)) {
        const TableGeometry &g = m_tables[std::size_t(next)];
        const double whole = blockHeight(next);
        if (whole <= m_body.height())
            return whole;
        double h = g.captionHeight + g.headerHeight;
        for (int r = 0; r < std::min<int>(kMinRowsOnPage, int(t->rows.size())); ++r)
            h += g.rowHeights[std::size_t(r)];
        return h;
    }
    // A short introduction stays with the table or chart it introduces.
    const bool introduces = std::holds_alternative<Paragraph>(b) && next + 1 < int(m_doc.blocks.size()) &&
                            (std::holds_alternative<TableBlock>(m_doc.blocks[std::size_t(next + 1)]) ||
                             std::holds_alternative<ChartBlock>(m_doc.blocks[std::size_t(next + 1)]));
    if (introduces)
        return blockHeight(next) + keepWithNext(next);
    return std::min(blockHeight(next), m_body.height() / 3.0);
}

TableGeometry Renderer::measureTable(const TableBlock &t) const
{
    TableGeometry g;
    const QFont normal = font(kTablePt);
    const QFont bold = font(kTablePt, true);
    const QFontMetricsF fm(normal, &m_device);
    const QFontMetricsF fb(bold, &m_device);
    const double pad = pt(kCellPadPt);
    const std::size_t n = t.columns.size();
    std::vector<double> natural(n, 0.0);
    for (std::size_t c = 0; c < n; ++c) {
        // A header may wrap at spaces: its widest word counts, not the whole line.
        // A header may wrap at spaces, to about three lines at most.
        const QString &text = t.columns[c].header;
        double header = 0.0;
        for (const QString &word : text.split(QRegularExpression(QStringLiteral("[ \n]"))))
            header = std::max(header, fb.horizontalAdvance(word));
        if (!text.contains(u'\n'))
            header = std::max(header, std::min(fb.horizontalAdvance(text) / 2.6, mm(28)));
        double cells = 0.0;
        for (const QStringList &row : t.rows)
            cells = std::max(cells, fb.horizontalAdvance(row.value(int(c))));
        const double cap = t.columns[c].wrap ? mm(70) : mm(200);
        natural[c] = std::min(std::max(header, cells), cap) + 2 * pad;
    }
    double total = 0.0, fixed = 0.0, flexible = 0.0;
    for (std::size_t c = 0; c < n; ++c) {
        total += natural[c];
        (t.columns[c].wrap ? flexible : fixed) += natural[c];
    }
    g.widths = natural;
    const double available = m_body.width();
    if (total < available && total > available * kFullWidthFrom) {
        // Tables that are most of the width take all of it: the spare goes to the wrapping
        // text columns, or to every column when there is none.
        for (std::size_t c = 0; c < n; ++c)
            if (flexible <= 0.0 || t.columns[c].wrap)
                g.widths[c] += (available - total) * natural[c] / (flexible > 0.0 ? flexible : total);
    } else if (total > available) {
        if (flexible > 0.0 && fixed < available) {
            for (std::size_t c = 0; c < n; ++c)
                if (t.columns[c].wrap)
                    g.widths[c] = natural[c] * (available - fixed) / flexible;
        } else {
            for (double &w : g.widths)
                w *= available / total;
        }
    }
    auto rowHeight = [&](const QStringList &cells, bool isBold) {
        double h = 0.0;
        for (std::size_t c = 0; c < n; ++c)
            h = std::max(h, textHeight(isBold ? bold : normal, cells.value(int(c)),
                                       g.widths[c] - 2 * pad));
        return h + 2 * pt(2.2);
    };
    QStringList headers;
    for (const TableColumn &c : t.columns)
        headers << c.header;
    g.headerHeight = rowHeight(headers, true) + pt(1.5);
    for (int r = 0; r < int(t.rows.size()); ++r)
        g.rowHeights.push_back(rowHeight(t.rows[std::size_t(r)], t.emphasisRows.count(r) > 0));
    g.captionHeight = t.caption.isEmpty()
                          ? 0.0
                          : textHeight(font(kBodyPt - 0.5, true), t.caption, m_body.width()) + pt(3);
    return g;
}

void Renderer::newPage(double &y)
{
    m_pages.emplace_back();
    y = 0.0;
}

void Renderer::placeTable(int index, double &y)
{
    const auto &t = std::get<TableBlock>(m_doc.blocks[std::size_t(index)]);
    const TableGeometry &g = m_tables[std::size_t(index)];
    const double whole = blockHeight(index);
    if (y + whole <= m_body.height() || t.rows.empty()) {
        m_pages.back().push_back({index, y, whole, 0, int(t.rows.size()), false});
        y += whole;
        return;
    }
    if (whole <= m_body.height()) { // fits on a page of its own: do not split it
        newPage(y);
        m_pages.back().push_back({index, y, whole, 0, int(t.rows.size()), false});
        y += whole;
        return;
    }
    int row = 0;
    bool continued = false;
    while (row < int(t.rows.size())) {
        double h = g.captionHeight + g.headerHeight;
        int last = row;
        while (last < int(t.rows.size()) && y + h + g.rowHeights[std::size_t(last)] <= m_body.height())
            h += g.rowHeights[std::size_t(last++)];
        const int remaining = int(t.rows.size()) - row;
        if (last - row < std::min(kMinRowsOnPage, remaining) && y > 0.0) {
            newPage(y);
            continue;
        }
        last = std::max(last, row + 1); // a row taller than a page is printed anyway
        if (last == int(t.rows.size()))
            h += pt(kBlockAfterPt);
        m_pages.back().push_back({index, y, h, row, last, continued});
        y += h;
        row = last;
        continued = true;
        if (row < int(t.rows.size()))
            newPage(y);
    }
}

int Renderer::tocPageCount() const
{
    int entries = 0;
    for (const Block &b : m_doc.blocks)
        if (const auto *h = std::get_if<Heading>(&b); h && h->level <= 2)
            ++entries;
    const double usable = m_page.height() - mm(30);
    const int perPage = std::max(1, int(usable / pt(kTocLinePt)));
    return std::max(1, (entries + perPage - 1) / perPage);
}

void Renderer::layout()
{
    const int count = int(m_doc.blocks.size());
    m_tables.assign(std::size_t(count), {});
    m_numbers.assign(std::size_t(count), {});
    int counters[3] = {0, 0, 0};
    for (int i = 0; i < count; ++i) {
        const Block &b = m_doc.blocks[std::size_t(i)];
        if (const auto *t = std::get_if<TableBlock>(&b))
            m_tables[std::size_t(i)] = measureTable(*t);
        if (const auto *h = std::get_if<Heading>(&b)) {
            const int level = std::clamp(h->level, 1, 3);
            ++counters[level - 1];
            for (int l = level; l < 3; ++l)
                counters[l] = 0;
            QStringList parts;
            for (int l = 0; l < level; ++l)
                parts << QString::number(counters[l]);
            m_numbers[std::size_t(i)] = parts.join(u'.');
        }
    }
    m_tocPages = tocPageCount();
    const int firstBodyPage = 2 + m_tocPages;
    m_pages.clear();
    double y = 0.0;
    newPage(y);
    for (int i = 0; i < count; ++i) {
        const Block &b = m_doc.blocks[std::size_t(i)];
        if (std::holds_alternative<PageBreak>(b)) {
            if (y > 0.0)
                newPage(y);
            continue;
        }
        if (const auto *h = std::get_if<Heading>(&b)) {
            if (h->level <= 1 && y > 0.0 && m_body.height() - y < m_body.height() * kChapterNewPage)
                newPage(y);
            if (y > 0.0 && y + headingHeight(i, false) + keepWithNext(i) > m_body.height())
                newPage(y);
            const double height = headingHeight(i, y == 0.0);
            m_pages.back().push_back({i, y, height});
            if (h->level <= 2)
                m_toc.push_back({h->level, m_numbers[std::size_t(i)], h->text,
                                 firstBodyPage + int(m_pages.size()) - 1});
            y += height;
            continue;
        }
        if (std::holds_alternative<TableBlock>(b)) {
            placeTable(i, y);
            continue;
        }
        const double height = blockHeight(i);
        // A paragraph introducing a table or chart is not left alone at the foot of a page.
        const double keep = std::holds_alternative<Paragraph>(b) && i + 1 < count &&
                                    (std::holds_alternative<TableBlock>(m_doc.blocks[std::size_t(i + 1)]) ||
                                     std::holds_alternative<ChartBlock>(m_doc.blocks[std::size_t(i + 1)]))
                                ? keepWithNext(i)
                                : 0.0;
        if (y > 0.0 && y + height + std::min(keep, m_body.height() / 2.0) > m_body.height())
            newPage(y);
        m_pages.back().push_back({i, y, height});
        y += height;
    }
    if (m_pages.back().empty())
        m_pages.pop_back();
    m_totalPages = 1 + m_tocPages + int(m_pages.size());
}

} // namespace gridcba::report
