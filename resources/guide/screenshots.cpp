// Takes the pictures of the user guide (resources/guide/images/*.png) from the real main
// window on the bundled sample study, offscreen, as the guide's walk-through describes it:
//
//   QT_QPA_PLATFORM=offscreen build/test/resources/guide_screenshots resources/guide/images
//
// Settings are read from a throw-away location and numbers are written in English, so the
// pictures do not depend on who takes them. Run it again after changing a page the guide
// shows; it prints each file with its size.

#include "documentactions.h"
#include "mainwindow.h"
#include "pages/sensitivitypage.h"
#include "pages/sweepdefinitionpanel.h"
#include "studydocument.h"
#include "studynavigator.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QPainter>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <vector>

using namespace gridcba::ui;

namespace {

constexpr QSize kWindowSize(1180, 740);
constexpr int kDashboardHeight = 920; // four charts need more height than one page
constexpr int kNavigatorWidth = 210;
// Pictures are scaled to the width of the guide's text column (userguidewindow.cpp).
constexpr int kPictureWidth = 800;
constexpr int kDistinctColour = 9 * 24 * 24; // weighted squared RGB distance

void settle()
{
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
}

// The 256 most frequent colours, every other colour mapped to the nearest of them. Window
// pictures are mostly flat areas and grey anti-aliasing, so this looks the same as the
// original at about half the file size, without the noise of Qt's dithered conversion.
QImage toPalette(const QImage &source)
{
    const QImage rgb = source.convertToFormat(QImage::Format_RGB32);
    QHash<QRgb, int> counts;
    for (int y = 0; y < rgb.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); ++x)
            ++counts[line[x]];
    }
    std::vector<std::pair<int, QRgb>> byCount;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        byCount.emplace_back(it.value(), it.key());
    std::sort(byCount.begin(), byCount.end(), std::greater<>());
    auto distance = [](QRgb a, QRgb b) {
        const int dr = qRed(a) - qRed(b), dg = qGreen(a) - qGreen(b), db = qBlue(a) - qBlue(b);
        return 2 * dr * dr + 4 * dg * dg + 3 * db * db;
    };
    // Frequent colours first, but a rare colour far from all chosen ones (a small legend
    // swatch) gets in before shades of the chosen ones; then the most frequent of the rest.
    QList<QRgb> palette;
    std::vector<bool> taken(byCount.size(), false);
    for (const int minDistance : {kDistinctColour, 0})
        for (size_t i = 0; i < byCount.size() && palette.size() < 256; ++i) {
            const QRgb c = byCount[i].second | 0xff000000u;
            if (taken[i] || std::any_of(palette.cbegin(), palette.cend(),
                                        [&](QRgb p) { return distance(c, p) <= minDistance; }))
                continue;
            taken[i] = true;
            palette << c;
        }
    QHash<QRgb, uchar> nearest;
    QImage indexed(rgb.size(), QImage::Format_Indexed8);
    indexed.setColorTable(palette);
    for (int y = 0; y < rgb.height(); ++y) {
        const auto *in = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
        uchar *out = indexed.scanLine(y);
        for (int x = 0; x < rgb.width(); ++x) {
            auto it = nearest.find(in[x]);
            if (it == nearest.end()) {
                int best = 0;
                for (int i = 1; i < palette.size(); ++i)
                    if (distance(in[x], palette[i]) < distance(in[x], palette[best]))
                        best = i;
                it = nearest.insert(in[x], uchar(best));
            }
            out[x] = *it;
        }
    }
    return indexed;
}

bool save(const QImage &original, const QDir &dir, const QString &name)
{
    const QImage image = toPalette(original);
    const QString path = dir.filePath(name);
    // PNG "quality" 0 is the strongest compression; the pictures stay small.
    if (!image.save(path, "PNG", 0)) {
        QTextStream(stderr) << path << ": cannot write\n";
        return false;
    }
    QTextStream(stdout) << path << ": " << image.width() << "×" << image.height() << ", "
                        << QFileInfo(path).size() / 1024 << " KiB\n";
    return true;
}

// The widget as it is drawn, at most kPictureWidth wide, with a thin frame that sets it off
// from the guide's white page.
QImage grab(QWidget *widget)
{
    settle();
    QImage image = widget->grab().toImage().convertToFormat(QImage::Format_RGB32);
    if (image.width() > kPictureWidth)
        image = image.scaledToWidth(kPictureWidth, Qt::SmoothTransformation);
    QPainter painter(&image);
    painter.setPen(QColor(0xa0, 0xa0, 0xa0));
    painter.drawRect(image.rect().adjusted(0, 0, -1, -1));
    return image;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("GridCBA-screenshots"));
    QCoreApplication::setApplicationName(QStringLiteral("guide_screenshots"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    if (argc != 2) {
        QTextStream(stderr) << "usage: guide_screenshots OUTPUT_FOLDER\n";
        return 2;
    }
    const QDir dir(QString::fromLocal8Bit(argv[1]));
    if (!dir.exists()) {
        QTextStream(stderr) << dir.path() << ": no such folder\n";
        return 2;
    }

    MainWindow window;
    window.resize(kWindowSize);
    window.show();
    if (!window.documentActions()->openSample())
        return 1;
    StudyDocument *document = window.documentActions()->document();
    document->ensureEvaluated();
    auto *pages = window.findChild<QWidget *>(QStringLiteral("pages"));
    auto *projectTabs = window.findChild<QTabWidget *>(QStringLiteral("projectTabs"));
    StudyNavigator *navigator = window.navigator();
    settle();
    for (QSplitter *splitter : window.findChildren<QSplitter *>())
        if (splitter->widget(0) == navigator)
            splitter->setSizes({kNavigatorWidth, splitter->width() - kNavigatorWidth});
    bool ok = true;

    navigator->select(PageKind::Project, QStringLiteral("P1"));
    projectTabs->setCurrentIndex(0); // Economic results
    ok &= save(grab(&window), dir, QStringLiteral("main-window.png"));
    ok &= save(grab(pages), dir, QStringLiteral("project-results.png"));

    projectTabs->setCurrentIndex(4); // Indicator inputs
    ok &= save(grab(pages), dir, QStringLiteral("project-inputs.png"));

    auto *sensitivity = window.findChild<SensitivityPage *>();
    projectTabs->setCurrentWidget(sensitivity);
    sensitivity->tabs()->setCurrentIndex(SensitivityPage::SweepTab);
    sensitivity->sweepDefinition()->runButton()->click();
    ok &= save(grab(pages), dir, QStringLiteral("sensitivity-sweep.png"));

    navigator->select(PageKind::Economics);
    ok &= save(grab(pages), dir, QStringLiteral("economics-page.png"));

    navigator->select(PageKind::Scenario, QStringLiteral("NT"));
    ok &= save(grab(pages), dir, QStringLiteral("scenario-page.png"));

    window.resize(kWindowSize.width(), kDashboardHeight);
    navigator->select(PageKind::Dashboard);
    auto *project = window.findChild<QComboBox *>(QStringLiteral("dashboardProject"));
    project->setCurrentIndex(project->findData(QStringLiteral("P1")));
    ok &= save(grab(pages), dir, QStringLiteral("dashboard.png"));

    return ok ? 0 : 1;
}
