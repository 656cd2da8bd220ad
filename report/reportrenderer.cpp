#include "reportrenderer.h"

#include "reportrenderer_p.h"

#include <QPagedPaintDevice>
#include <QPainter>

namespace gridcba::report {

namespace {

constexpr double kTablePt = 7.8;
constexpr double kCellPadPt = 3.2;

template <class... Ts> struct Overloaded : Ts...
{
    using Ts::operator()...;
};
template <class... Ts> Overloaded(Ts...) -> Overloaded<Ts...>;

} // namespace

QPageLayout reportPageLayout(Paper paper)
{
    const QPageSize size(paper == Paper::Letter ? QPageSize::Letter : QPageSize::A4);
    return QPageLayout(size, QPageLayout::Portrait, QMarginsF(20, 16, 20, 14),
                       QPageLayout::Millimeter);
}

int renderReport(const ReportDocument &document, QPagedPaintDevice &device)
{
    return Renderer(document, device).run();
}

int Renderer::run()
{
    layout();
    QPainter p;
    if (!p.begin(&m_device))
        return 0;
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    paintTitlePage(p);
    for (int i = 0; i < m_tocPages; ++i) {
        m_device.newPage();
        paintContents(p, i);
        paintFrame(p, 2 + i);
    }
    for (std::size_t page = 0; page < m_pages.size(); ++page) {
        m_device.newPage();
        for (const Placed &item : m_pages[page])
            paintItem(p, item, m_body.top());
        paintFrame(p, 2 + m_tocPages + int(page));
    }
    p.end();
    return m_totalPages;
}

void Renderer::paintTitlePage(QPainter &p)
{
    const TitlePage &t = m_doc.titlePage;
    double y = m_page.height() * 0.16;
    const double w = m_page.width();
    p.fillRect(QRectF(0, y - mm(6), mm(28), mm(1.6)), kAccent);
    p.setPen(kMuted);
    p.setFont(font(11.0));
    p.drawText(QRectF(0, y, w, mm(10)), Qt::AlignLeft | Qt::AlignTop, t.kicker);
    y += mm(10);
    p.setPen(kAccent);
    p.setFont(font(22.0, true));
    // Keep "FR–ES" together: no line break at a dash between two words.
    QString title = t.title;
    title.replace(QStringLiteral("–"), QStringLiteral("\u2060–\u2060"));
    const QRectF titleRect = p.boundingRect(QRectF(0, y, w, mm(80)), Qt::TextWordWrap, title);
    p.drawText(titleRect, Qt::TextWordWrap, title);
    y = titleRect.bottom() + mm(4);
    p.setPen(kInk);
    p.setFont(font(12.0));
    const QRectF sub = p.boundingRect(QRectF(0, y, w, mm(30)), Qt::TextWordWrap, t.subtitle);
    p.drawText(sub, Qt::TextWordWrap, t.subtitle);
    y = sub.bottom() + mm(16);

    const double labelWidth = mm(42);
    for (const auto &[label, value] : t.facts) {
        p.setFont(font(8.5, true));
        p.setPen(kMuted);
        p.drawText(QRectF(0, y, labelWidth, mm(20)), Qt::AlignLeft | Qt::AlignTop, label);
        p.setFont(font(8.5));
        p.setPen(kInk);
        const QRectF r = p.boundingRect(QRectF(labelWidth, y, w - labelWidth, mm(40)),
                                        Qt::TextWrapAnywhere, value);
        p.drawText(r, Qt::TextWrapAnywhere, value);
        y = r.bottom() + mm(2.5);
    }
    p.setPen(QPen(kRule, pt(0.6)));
    p.drawLine(QPointF(0, m_page.height() - mm(24)), QPointF(w, m_page.height() - mm(24)));
    p.setPen(kMuted);
    p.setFont(font(8.0, false, true));
    p.drawText(QRectF(0, m_page.height() - mm(22), w, mm(22)), Qt::TextWordWrap, t.notice);
}

void Renderer::paintContents(QPainter &p, int tocPage)
{
    double y = m_body.top();
    if (tocPage == 0) {
        p.setPen(kAccent);
        p.setFont(headingFont(1));
        p.drawText(QRectF(0, y, m_page.width(), mm(12)), Qt::AlignLeft | Qt::AlignTop,
                   m_doc.contentsTitle);
        y += mm(14);
    }
    const double line = pt(15.0);
    const int perPage = std::max(1, int((m_page.height() - mm(30)) / line));
    const int first = tocPage * perPage;
    const int last = std::min(int(m_toc.size()), first + perPage);
    for (int i = first; i < last; ++i) {
        const TocEntry &e = m_toc[std::size_t(i)];
        const double indent = e.level <= 1 ? 0.0 : mm(8);
        p.setFont(font(e.level <= 1 ? 9.5 : 9.0, e.level <= 1));
        p.setPen(kInk);
        const QString label = e.number + QStringLiteral("  ") + e.text;
        const QString page = QString::number(e.page);
        const QFontMetricsF fm(p.font(), &m_device);
        const double pageWidth = mm(12);
        const QRectF textRect(indent, y, m_page.width() - indent - pageWidth, line);
        const QString elided = fm.elidedText(label, Qt::ElideRight, textRect.width() - mm(4));
        p.drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter, elided);
        // Dotted leader from the end of the title to the page number.
        const double from = indent + fm.horizontalAdvance(elided) + mm(2);
        const double to = m_page.width() - pageWidth + mm(1);
        p.setPen(QPen(kRule, pt(0.8), Qt::DotLine));
        if (to > from)
            p.drawLine(QPointF(from, y + line * 0.7), QPointF(to, y + line * 0.7));
        p.setPen(kInk);
        p.drawText(QRectF(m_page.width() - pageWidth, y, pageWidth, line),
                   Qt::AlignRight | Qt::AlignVCenter, page);
        y += line;
    }
}

void Renderer::paintFrame(QPainter &p, int pageNumber)
{
    const double w = m_page.width();
    p.setFont(font(7.5));
    p.setPen(kMuted);
    const double headerBase = mm(5.5);
    const QFontMetricsF fm(p.font(), &m_device);
    const QString right = fm.elidedText(m_doc.headerRight, Qt::ElideRight, w * 0.55);
    const QString left = fm.elidedText(m_doc.headerLeft, Qt::ElideRight,
                                       w - fm.horizontalAdvance(right) - mm(6));
    p.drawText(QRectF(0, 0, w, headerBase), Qt::AlignLeft | Qt::AlignBottom, left);
    p.drawText(QRectF(0, 0, w, headerBase), Qt::AlignRight | Qt::AlignBottom, right);
    p.setPen(QPen(kRule, pt(0.5)));
    p.drawLine(QPointF(0, headerBase + mm(1.2)), QPointF(w, headerBase + mm(1.2)));
    const double footerTop = m_page.height() - mm(6);
    p.drawLine(QPointF(0, footerTop), QPointF(w, footerTop));
    p.setPen(kMuted);
    const QRectF footer(0, footerTop + mm(1.2), w, mm(5));
    p.drawText(footer, Qt::AlignLeft | Qt::AlignTop, m_doc.footerLeft);
    p.drawText(footer, Qt::AlignRight | Qt::AlignTop,
               m_doc.pageOfTemplate.arg(pageNumber).arg(m_totalPages));
}

void Renderer::paintHeading(QPainter &p, const Heading &h, const QString &number, const QRectF &r)
{
    p.setFont(headingFont(h.level));
    p.setPen(h.level <= 2 ? kAccent : kInk);
    const double after = pt(h.level <= 1 ? 12.0 : 4.5);
    const QRectF text(r.left(), r.top(), r.width(), r.height() - after);
    p.drawText(text, Qt::AlignLeft | Qt::AlignBottom | Qt::TextWordWrap,
               number + QStringLiteral("  ") + h.text);
    if (h.level <= 1) {
        p.setPen(QPen(kAccent, pt(1.0)));
        p.drawLine(QPointF(r.left(), text.bottom() + pt(4)), QPointF(r.right(), text.bottom() + pt(4)));
    }
}

void Renderer::paintItem(QPainter &p, const Placed &item, double top)
{
    const Block &b = m_doc.blocks[std::size_t(item.block)];
    const QRectF r(0, top + item.y, m_body.width(), item.height);
    std::visit(
        Overloaded{
            [&](const Heading &h) { paintHeading(p, h, m_numbers[std::size_t(item.block)], r); },
            [&](const Paragraph &para) {
                p.setFont(paragraphFont(para.style));
                p.setPen(para.style == Paragraph::Style::Note ? kMuted : kInk);
                p.drawText(r, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, para.text);
            },
            [&](const TableBlock &t) {
                paintTable(p, t, m_tables[std::size_t(item.block)], item, top);
            },
            [&](const ChartBlock &c) {
                p.setFont(font(8.5, true));
                p.setPen(kInk);
                const QRectF cap = p.boundingRect(r, Qt::TextWordWrap, c.caption);
                p.drawText(cap, Qt::TextWordWrap, c.caption);
                const QRectF area(r.left(), cap.bottom() + pt(2), r.width(), mm(c.heightMm));
                p.save();
                c.paint(p, area, pt(1.0));
                p.restore();
            },
            [&](const PageBreak &) {}},
        b);
}

void Renderer::paintTable(QPainter &p, const TableBlock &t, const TableGeometry &g,
                          const Placed &item, double top)
{
    const double pad = pt(kCellPadPt);
    double y = top + item.y;
    double width = 0.0;
    for (double w : g.widths)
        width += w;
    if (!t.caption.isEmpty()) {
        p.setFont(font(8.5, true));
        p.setPen(kInk);
        const QString caption = item.continued ? t.caption + tr(" (continued)") : t.caption;
        p.drawText(QRectF(0, y, m_body.width(), g.captionHeight), Qt::TextWordWrap, caption);
        y += g.captionHeight;
    }
    auto paintRow = [&](const QStringList &cells, double h, bool header, bool bold, bool muted) {
        double x = 0.0;
        p.setFont(font(kTablePt, header || bold));
        p.setPen(muted ? kMuted : kInk);
        for (std::size_t c = 0; c < g.widths.size(); ++c) {
            const Qt::Alignment align =
                (t.columns[c].align == Align::Right ? Qt::AlignRight : Qt::AlignLeft) |
                (header ? Qt::AlignBottom : Qt::AlignTop);
            const QRectF cell(x + pad, y + pt(2.2), g.widths[c] - 2 * pad, h - 2 * pt(2.2));
            p.drawText(cell, int(align) | Qt::TextWordWrap, cells.value(int(c)));
            x += g.widths[c];
        }
    };
    p.fillRect(QRectF(0, y, width, g.headerHeight), kHeaderFill);
    QStringList headers;
    for (const TableColumn &c : t.columns)
        headers << c.header;
    paintRow(headers, g.headerHeight, true, true, false);
    p.setPen(QPen(kAccent, pt(0.8)));
    p.drawLine(QPointF(0, y + g.headerHeight), QPointF(width, y + g.headerHeight));
    y += g.headerHeight;
    for (int r = item.rowFrom; r < item.rowTo; ++r) {
        const double h = g.rowHeights[std::size_t(r)];
        if ((r - item.rowFrom) % 2 == 1)
            p.fillRect(QRectF(0, y, width, h), kZebra);
        if (t.emphasisRows.count(r)) {
            p.setPen(QPen(kRule, pt(0.5)));
            p.drawLine(QPointF(0, y), QPointF(width, y));
        }
        paintRow(t.rows[std::size_t(r)], h, false, t.emphasisRows.count(r) > 0,
                 t.mutedRows.count(r) > 0);
        y += h;
    }
    p.setPen(QPen(kAccent, pt(0.8)));
    p.drawLine(QPointF(0, y), QPointF(width, y));
}

} // namespace gridcba::report
