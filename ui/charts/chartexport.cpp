#include "chartexport.h"

#include "preferences.h"

#include <QApplication>
#include <QClipboard>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <qcustomplot.h>

namespace gridcba::ui {

namespace {

class ChartExport
{
    Q_DECLARE_TR_FUNCTIONS(gridcba::ui::ChartExport)
};

constexpr double kPngScale = 2.0; // pixels per screen pixel: sharp in documents and on HiDPI
const QSize kFallbackSize(800, 500);

QSize exportSize(const QCustomPlot *plot)
{
    // A chart never shown has the size of a new widget, too small to read.
    return plot->width() >= 200 && plot->height() >= 150 ? plot->size() : kFallbackSize;
}

// Paints the whole chart as vectors; `device` is already open on its file.
bool paintVectors(QCustomPlot *plot, QPaintDevice *device, QSize size)
{
    QCPPainter painter;
    if (!painter.begin(device))
        return false;
    painter.setMode(QCPPainter::pmVectorized);
    painter.setMode(QCPPainter::pmNoCaching);
    painter.setWindow(QRect(QPoint(0, 0), size));
    plot->toPainter(&painter, size.width(), size.height());
    return painter.end();
}

bool writeTo(QCustomPlot *plot, ChartFormat format, QSaveFile &file)
{
    const QSize size = exportSize(plot);
    const QString title = chartTitle(plot);
    switch (format) {
    case ChartFormat::Png:
        return plot->toPixmap(size.width(), size.height(), kPngScale).save(&file, "PNG");
    case ChartFormat::Svg: {
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        // Fonts keep their on-screen size relative to the drawing.
        svg.setResolution(plot->logicalDpiX());
        svg.setTitle(title);
        svg.setDescription(ChartExport::tr("Chart exported from GridCBA"));
        return paintVectors(plot, &svg, size);
    }
    case ChartFormat::Pdf: {
        // As QCustomPlot::savePdf does (one page the size of the chart, in points, at the
        // screen's resolution), but onto the QSaveFile.
        QPdfWriter pdf(&file);
        pdf.setCreator(QStringLiteral("GridCBA"));
        pdf.setTitle(title);
        pdf.setResolution(plot->logicalDpiX());
        pdf.setPageLayout(
            QPageLayout(QPageSize(QSizeF(size), QPageSize::Point, QString(), QPageSize::ExactMatch),
                        QPageLayout::Portrait, QMarginsF()));
        return paintVectors(plot, &pdf, size);
    }
    }
    return false;
}

// A file name from the title: "NPV per scenario — P1" -> "NPV per scenario - P1".
QString baseNameFor(const QString &title)
{
    QString name;
    for (QChar c : title)
        name += c.isLetterOrNumber() || c == u' ' || c == u'_' ? c : QChar(u'-');
    name = name.simplified();
    return name.isEmpty() ? ChartExport::tr("chart") : name;
}

} // namespace

std::optional<ChartFormat> chartFormatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"png")
        return ChartFormat::Png;
    if (suffix == u"svg")
        return ChartFormat::Svg;
    if (suffix == u"pdf")
        return ChartFormat::Pdf;
    return std::nullopt;
}

bool exportChart(QCustomPlot *plot, const QString &path, QString *error)
{
    const std::optional<ChartFormat> format = chartFormatForPath(path);
    auto fail = [&](const QString &why) {
        if (error)
            *error = ChartExport::tr("Cannot export the chart to %1: %2")
                         .arg(QDir::toNativeSeparators(path), why);
        return false;
    };
    if (!format)
        return fail(ChartExport::tr("the file name must end in .png, .svg or .pdf."));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    if (!writeTo(plot, *format, file)) {
        file.cancelWriting();
        return fail(file.error() != QFileDevice::NoError ? file.errorString()
                                                         : ChartExport::tr("drawing failed."));
    }
    if (!file.commit())
        return fail(file.errorString());
    return true;
}

QString chartTitle(QCustomPlot *plot)
{
    QCPLayoutGrid *layout = plot->plotLayout();
    for (int i = 0; i < layout->elementCount(); ++i)
        if (auto *text = qobject_cast<QCPTextElement *>(layout->elementAt(i)))
            return text->text();
    return {};
}

QMenu *createChartMenu(QCustomPlot *plot, QWidget *parent)
{
    auto *menu = new QMenu(parent);
    QAction *exportAction = menu->addAction(ChartExport::tr("Export chart…"));
    exportAction->setObjectName(QStringLiteral("exportChartAction"));
    exportAction->setToolTip(
        ChartExport::tr("Save the chart as a PNG image, an SVG drawing or a PDF"));
    QObject::connect(exportAction, &QAction::triggered, plot,
                     [plot] { exportChartInteractively(plot); });
    QAction *copyAction = menu->addAction(ChartExport::tr("Copy chart"));
    copyAction->setObjectName(QStringLiteral("copyChartAction"));
    QObject::connect(copyAction, &QAction::triggered, plot, [plot] {
        const QSize size = exportSize(plot);
        QApplication::clipboard()->setPixmap(
            plot->toPixmap(size.width(), size.height(), kPngScale));
    });
    return menu;
}

void addExportMenu(QCustomPlot *plot)
{
    plot->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(plot, &QWidget::customContextMenuRequested, plot, [plot](const QPoint &pos) {
        QMenu *menu = createChartMenu(plot, plot);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(plot->mapToGlobal(pos));
    });
}

void exportChartInteractively(QCustomPlot *plot)
{
    const QString png = ChartExport::tr("PNG image (*.png)");
    const QString svg = ChartExport::tr("SVG drawing (*.svg)");
    const QString pdf = ChartExport::tr("PDF document (*.pdf)");
    QString filter = png;
    const QString dir = preferences::lastDirectory().value();
    const QString suggested = QDir(dir.isEmpty() ? QDir::homePath() : dir)
                                  .filePath(baseNameFor(chartTitle(plot)) + QStringLiteral(".png"));
    QString path = QFileDialog::getSaveFileName(
        plot, ChartExport::tr("Export Chart"), suggested,
        QStringList{png, svg, pdf}.join(QStringLiteral(";;")), &filter);
    if (path.isEmpty())
        return;
    if (!chartFormatForPath(path))
        path += filter == svg   ? QStringLiteral(".svg")
                : filter == pdf ? QStringLiteral(".pdf")
                                : QStringLiteral(".png");
    preferences::lastDirectory().setValue(QFileInfo(path).absolutePath());
    QString error;
    if (!exportChart(plot, path, &error))
        QMessageBox::warning(plot, ChartExport::tr("Export Chart"), error);
}

} // namespace gridcba::ui
