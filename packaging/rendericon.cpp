// rendericon: a build-time host tool that renders an SVG icon to a square PNG.
//   rendericon IN.svg OUT.png SIZE
// The hicolor PNGs of the .deb are made with it from packaging/icons/*.svg, so the
// repository holds only the SVG drawings. Exit code 0 on success, 1 on any error.

#include <QImage>
#include <QPainter>
#include <QString>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char *argv[])
{
    if (argc != 4) {
        std::fprintf(stderr, "usage: rendericon IN.svg OUT.png SIZE\n");
        return 1;
    }
    const QString in = QString::fromLocal8Bit(argv[1]);
    const QString out = QString::fromLocal8Bit(argv[2]);
    bool ok = false;
    const int size = QString::fromLocal8Bit(argv[3]).toInt(&ok);
    if (!ok || size < 1 || size > 4096) {
        std::fprintf(stderr, "rendericon: SIZE must be a pixel count from 1 to 4096, got '%s'\n",
                     argv[3]);
        return 1;
    }

    QSvgRenderer renderer(in);
    if (!renderer.isValid()) {
        std::fprintf(stderr, "rendericon: %s: not a valid SVG file\n", argv[1]);
        return 1;
    }

    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        renderer.render(&painter, QRectF(0, 0, size, size));
    }
    // Straight alpha is what PNG stores; converting first avoids dark fringes.
    if (!image.convertToFormat(QImage::Format_ARGB32).save(out, "PNG")) {
        std::fprintf(stderr, "rendericon: %s: cannot write\n", argv[2]);
        return 1;
    }
    return 0;
}
