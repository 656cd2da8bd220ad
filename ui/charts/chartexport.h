#pragma once

// Saving a chart as a file: PNG (raster, twice the on-screen resolution), SVG and PDF
// (vectors, text stays text), the format chosen from the file name's suffix; and the
// context menu every chart carries ("Export chart…", "Copy chart").

#include <QString>

#include <optional>

class QCustomPlot;
class QMenu;
class QWidget;

namespace gridcba::ui {

enum class ChartFormat { Png, Svg, Pdf };

// From the suffix of `path`, case-insensitive; none for any other suffix.
std::optional<ChartFormat> chartFormatForPath(const QString &path);

// Writes `plot` at its on-screen size (800 × 500 px when it was never laid out) to `path`
// through a QSaveFile, so a failed export leaves an existing file intact. On failure returns
// false and sets `error` to what went wrong and where.
bool exportChart(QCustomPlot *plot, const QString &path, QString *error);

// The chart's title (the first text element of its layout), or empty.
QString chartTitle(QCustomPlot *plot);

// The context menu of a chart: "Export chart…" (file dialog, then exportChart(); errors in a
// message box) and "Copy chart" (a picture on the clipboard). The caller owns the menu.
QMenu *createChartMenu(QCustomPlot *plot, QWidget *parent);
// Shows createChartMenu() on a right click on `plot`.
void addExportMenu(QCustomPlot *plot);
// Asks for a file name (PNG, SVG or PDF) and exports `plot` there.
void exportChartInteractively(QCustomPlot *plot);

} // namespace gridcba::ui
