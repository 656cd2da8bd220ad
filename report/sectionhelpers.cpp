#include "sectionhelpers.h"

namespace gridcba::report {

namespace {

template <class T> int countOf(const ReportDocument &doc)
{
    int n = 0;
    for (const Block &b : doc.blocks)
        n += std::holds_alternative<T>(b) ? 1 : 0;
    return n;
}

} // namespace

void addHeading(ReportDocument &doc, int level, const QString &text)
{
    doc.add(Heading{level, text});
}

void addParagraph(ReportDocument &doc, const QString &text, Paragraph::Style style)
{
    doc.add(Paragraph{text, style});
}

void addTable(ReportDocument &doc, const QString &caption, TableBlock table)
{
    table.caption = Report::tr("Table %1: %2").arg(countOf<TableBlock>(doc) + 1).arg(caption);
    doc.add(std::move(table));
}

void addChart(ReportDocument &doc, const QString &caption, double heightMm,
              std::function<void(QPainter &, const QRectF &, double)> paint)
{
    ChartBlock chart;
    chart.caption = Report::tr("Figure %1: %2").arg(countOf<ChartBlock>(doc) + 1).arg(caption);
    chart.heightMm = heightMm;
    chart.paint = std::move(paint);
    doc.add(std::move(chart));
}

TableBlock factsTable(const std::vector<std::pair<QString, QString>> &facts)
{
    TableBlock t;
    t.columns = {{Report::tr("Item"), Align::Left, false}, {Report::tr("Value"), Align::Left, true}};
    for (const auto &[label, value] : facts)
        t.rows.push_back({label, value});
    return t;
}

QString scenarioName(const model::Study &study, const QString &id)
{
    const model::Scenario *s = study.scenario(id);
    return s ? s->name : id;
}

QString meurUnit(const model::Study &study)
{
    return Report::tr("M€ of %1").arg(study.economics.priceBaseYear);
}

QString projectKindName(model::ProjectKind kind)
{
    switch (kind) {
    case model::ProjectKind::Interconnector: return Report::tr("Interconnector");
    case model::ProjectKind::InternalReinforcement: return Report::tr("Internal reinforcement");
    case model::ProjectKind::Storage: return Report::tr("Storage");
    case model::ProjectKind::Other: return Report::tr("Other project");
    }
    return {};
}

} // namespace gridcba::report
