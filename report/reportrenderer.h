#pragma once

// Lays out a ReportDocument on pages and paints it with QPainter onto a paged device (a
// QPdfWriter for files, the QPrinter of a print preview): a title page, a table of contents
// with page numbers, then the body with a running header (study, project) and footer
// (software, page X of Y). Tables repeat their header row when they continue on a new page
// and are moved whole to the next page when they fit on one. Everything is drawn as text and
// vector shapes; nothing is rasterised.

#include "reportdocument.h"

#include <QPageLayout>

class QPagedPaintDevice;

namespace gridcba::report {

enum class Paper { A4, Letter };

// Portrait, with the report's margins.
QPageLayout reportPageLayout(Paper paper);

// Paints the document; returns the number of pages, or 0 when the device cannot be painted
// on (e.g. the file of a QPdfWriter cannot be opened).
int renderReport(const ReportDocument &document, QPagedPaintDevice &device);

} // namespace gridcba::report
