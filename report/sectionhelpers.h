#pragma once

// Small helpers shared by the section builders (sections*.cpp).

#include "model/study.h"
#include "reportdocument.h"

#include <QCoreApplication>

#include <utility>
#include <vector>

namespace gridcba::report {

// Translation context of the report's texts.
struct Report
{
    Q_DECLARE_TR_FUNCTIONS(gridcba::report::Report)
};

void addHeading(ReportDocument &doc, int level, const QString &text);
void addParagraph(ReportDocument &doc, const QString &text,
                  Paragraph::Style style = Paragraph::Style::Body);
// Numbers the caption: "Table 4: …".
void addTable(ReportDocument &doc, const QString &caption, TableBlock table);
// Numbers the caption: "Figure 2: …".
void addChart(ReportDocument &doc, const QString &caption, double heightMm,
              std::function<void(QPainter &, const QRectF &, double)> paint);

// Two columns, label and value, for facts about one object.
TableBlock factsTable(const std::vector<std::pair<QString, QString>> &facts);

QString scenarioName(const model::Study &study, const QString &id);
// "M€ of 2023": the unit of every present value in the report.
QString meurUnit(const model::Study &study);
QString projectKindName(model::ProjectKind kind);

} // namespace gridcba::report
