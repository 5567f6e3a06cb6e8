#include "charts/chartexport.h"

#include "charts/metricschart.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QImageWriter>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <algorithm>
#include <cmath>

namespace cnnlab::ui {

namespace {

struct Layout {
    QSize total;
    QList<QRect> rects; // one per chart, side by side
};

Layout layoutCharts(const QList<MetricsChart *> &charts)
{
    Layout layout;
    int x = 0;
    int height = 0;
    for (MetricsChart *chart : charts) {
        const QSize size = chart->renderSize().expandedTo(QSize(320, 240));
        layout.rects.append(QRect(QPoint(x, 0), size));
        x += size.width();
        height = std::max(height, size.height());
    }
    layout.total = QSize(x, height);
    return layout;
}

void paintCharts(QPainter *painter, const QList<MetricsChart *> &charts, const Layout &layout)
{
    for (qsizetype i = 0; i < charts.size(); ++i)
        charts[i]->render(painter, QRectF(layout.rects[i]));
}

int logicalDpi(const QList<MetricsChart *> &charts)
{
    // Fonts are in points: painting on a device with another DPI than the
    // screen's would change text size relative to the layout.
    return charts.isEmpty() ? 96 : charts.first()->logicalDpiX();
}

} // namespace

ChartExport::Format ChartExport::formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return Format::Png;
    if (suffix == QLatin1String("svg"))
        return Format::Svg;
    if (suffix == QLatin1String("pdf"))
        return Format::Pdf;
    if (suffix == QLatin1String("csv"))
        return Format::Csv;
    return Format::Unknown;
}

QString ChartExport::suffix(Format format)
{
    switch (format) {
    case Format::Png: return QStringLiteral("png");
    case Format::Svg: return QStringLiteral("svg");
    case Format::Pdf: return QStringLiteral("pdf");
    case Format::Csv: return QStringLiteral("csv");
    case Format::Unknown: break;
    }
    return {};
}

QString ChartExport::filter(Format format)
{
    switch (format) {
    case Format::Png: return tr("PNG image (*.png)");
    case Format::Svg: return tr("SVG drawing (*.svg)");
    case Format::Pdf: return tr("PDF document (*.pdf)");
    case Format::Csv: return tr("CSV table (*.csv)");
    case Format::Unknown: break;
    }
    return {};
}

QImage ChartExport::toImage(const QList<MetricsChart *> &charts, qreal pngScale)
{
    if (charts.isEmpty())
        return {};
    const Layout layout = layoutCharts(charts);
    const int dpi = logicalDpi(charts);
    const qreal scale = std::max<qreal>(pngScale, 1.0);
    QImage image(layout.total * scale, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return {};
    image.setDevicePixelRatio(scale);
    // Logical DPI as on screen: the device pixel ratio alone makes it sharper.
    image.setDotsPerMeterX(int(std::lround(dpi / 0.0254)));
    image.setDotsPerMeterY(int(std::lround(dpi / 0.0254)));
    image.fill(charts.first()->palette().color(QPalette::Base));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    paintCharts(&painter, charts, layout);
    painter.end();
    return image;
}

QByteArray ChartExport::toSvg(const QList<MetricsChart *> &charts)
{
    if (charts.isEmpty())
        return {};
    const Layout layout = layoutCharts(charts);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(layout.total);
    generator.setViewBox(QRect(QPoint(0, 0), layout.total));
    generator.setResolution(logicalDpi(charts));
    generator.setTitle(charts.first()->title());
    generator.setDescription(tr("Exported from cnnlab"));
    QPainter painter;
    if (!painter.begin(&generator))
        return {};
    paintCharts(&painter, charts, layout);
    painter.end();
    return buffer.data();
}

bool ChartExport::write(
    const QList<MetricsChart *> &charts, const QString &path, QString *error, qreal pngScale)
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (charts.isEmpty())
        return fail(tr("There is no chart to export."));
    const Format format = formatForPath(path);
    if (format == Format::Unknown)
        return fail(tr("Choose a file name ending in .png, .svg, .pdf or .csv (got “%1”).").arg(path));

    switch (format) {
    case Format::Png: {
        const QImage image = toImage(charts, std::max<qreal>(pngScale, 2.0)); // >= 2: sharp on slides
        if (image.isNull())
            return fail(tr("The image is too large to create in memory."));
        QImageWriter writer(path, "png");
        if (!writer.write(image))
            return fail(tr("Could not write “%1”: %2").arg(path, writer.errorString()));
        return true;
    }
    case Format::Svg: {
        const QByteArray svg = toSvg(charts);
        QSaveFile file(path);
        if (svg.isEmpty() || !file.open(QIODevice::WriteOnly))
            return fail(tr("Could not write “%1”.").arg(path));
        file.write(svg);
        if (!file.commit())
            return fail(tr("Could not write “%1”: %2").arg(path, file.errorString()));
        return true;
    }
    case Format::Pdf: {
        const Layout layout = layoutCharts(charts);
        const int dpi = logicalDpi(charts);
        QPdfWriter writer(path);
        writer.setResolution(dpi);
        writer.setTitle(charts.first()->title());
        writer.setCreator(QStringLiteral("cnnlab"));
        // A page exactly the size of the charts (points = pixels * 72 / dpi).
        writer.setPageSize(QPageSize(QSizeF(layout.total) * 72.0 / dpi, QPageSize::Point));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPainter painter;
        if (!painter.begin(&writer))
            return fail(tr("Could not write “%1”.").arg(path));
        paintCharts(&painter, charts, layout);
        painter.end();
        if (QFileInfo(path).size() <= 0)
            return fail(tr("Could not write “%1”.").arg(path));
        return true;
    }
    case Format::Csv: {
        QString csv;
        if (charts.size() == 1) {
            csv = charts.first()->toCsv();
        } else {
            // One long table: which chart, which series, where, what value.
            csv = QStringLiteral("metric,series,epoch,value\n");
            for (MetricsChart *chart : charts) {
                const QStringList lines = chart->toCsv().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
                for (qsizetype i = 1; i < lines.size(); ++i)
                    csv += chart->valueName() + QLatin1Char(',') + lines[i] + QLatin1Char('\n');
            }
        }
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
            return fail(tr("Could not write “%1”: %2").arg(path, file.errorString()));
        file.write(csv.toUtf8());
        if (!file.commit())
            return fail(tr("Could not write “%1”: %2").arg(path, file.errorString()));
        return true;
    }
    case Format::Unknown: break;
    }
    return false;
}

} // namespace cnnlab::ui
