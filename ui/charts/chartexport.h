#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QString>

namespace cnnlab::ui {

class MetricsChart;

// Writes one or more charts, side by side, to a file whose suffix picks the
// format: .png (at `pngScale` times the on-screen size, >= 2), .svg and .pdf
// (vector), .csv (the numbers behind the charts).
class ChartExport
{
    Q_DECLARE_TR_FUNCTIONS(ChartExport)
public:
    enum class Format { Unknown, Png, Svg, Pdf, Csv };

    static Format formatForPath(const QString &path);
    static QString suffix(Format format);
    // A file-dialog filter for `format` ("PNG image (*.png)").
    static QString filter(Format format);

    // In memory, for reports: an SVG document, and an image at `scale` times
    // the logical size (device pixel ratio `scale`).
    static QByteArray toSvg(const QList<MetricsChart *> &charts);
    static QImage toImage(const QList<MetricsChart *> &charts, qreal scale = 2.0);

    // On failure returns false and a sentence for the user in `error`.
    static bool write(
        const QList<MetricsChart *> &charts, const QString &path, QString *error, qreal pngScale = 2.0);
};

} // namespace cnnlab::ui
