#include "charts/metricschartview.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QtCharts/QChart>

#include <algorithm>

namespace cnnlab::ui {

MetricsChartView::MetricsChartView(QChart *chart, const QList<MetricsChart::Marker> *markers, QWidget *parent)
    : QChartView(chart, parent)
    , m_markers(markers)
{ }

void MetricsChartView::setMarkerColors(const QColor &line, const QColor &text, const QColor &background)
{
    m_lineColor = line;
    m_textColor = text;
    m_backgroundColor = background;
    viewport()->update();
}

void MetricsChartView::setNoteColors(const QColor &warning, const QColor &best)
{
    m_warningColor = warning;
    m_bestColor = best;
    viewport()->update();
}

QColor MetricsChartView::lineColor(MetricsChart::MarkerKind kind) const
{
    if (kind == MetricsChart::MarkerKind::Warning && m_warningColor.isValid())
        return m_warningColor;
    if (kind == MetricsChart::MarkerKind::Best && m_bestColor.isValid())
        return m_bestColor;
    return m_lineColor;
}

QList<QRectF> MetricsChartView::placeLabels(
    const QList<qreal> &xs, const QList<qreal> &widths, const QRectF &plot, qreal rowHeight)
{
    QList<QRectF> boxes;
    QList<QList<QRectF>> rows;
    const int maxRows = std::max(1, int((plot.height() - 8) / rowHeight));
    for (qsizetype i = 0; i < xs.size(); ++i) {
        QRectF box(xs[i] + 4, 0, widths[i], rowHeight - 2);
        if (box.right() > plot.right())
            box.moveRight(xs[i] - 4);
        if (box.left() < plot.left()) // never over the axis' numbers
            box.moveLeft(plot.left() + 1);
        const QRectF spaced = box.adjusted(-3, 0, 3, 0);
        int row = 0;
        for (; row < maxRows; ++row) {
            if (row == rows.size())
                rows.append(QList<QRectF>());
            const QList<QRectF> &taken = rows[row];
            if (std::none_of(
                    taken.cbegin(), taken.cend(), [&](const QRectF &r) { return r.intersects(spaced); }))
                break;
        }
        if (row == maxRows) {
            boxes.append(QRectF()); // no room left: the line alone, never a label over another
            continue;
        }
        box.moveTop(plot.top() + 4 + row * rowHeight);
        rows[row].append(spaced);
        boxes.append(box);
    }
    return boxes;
}

void MetricsChartView::drawForeground(QPainter *painter, const QRectF &rect)
{
    QChartView::drawForeground(painter, rect);
    m_labelRects.clear();
    QChart *c = chart();
    if (!c || m_markers->isEmpty() || c->series().isEmpty())
        return;
    const QRectF plot = c->mapRectToScene(c->plotArea());
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    // In pixels, not points: exports paint on devices with other DPIs (PDF,
    // SVG, 2x images) and the label must keep its size relative to the plot.
    QFont font = c->font();
    font.setPixelSize(qMax(1, qRound(font.pointSizeF() * 0.95 * logicalDpiY() / 72.0)));
    painter->setFont(font);
    const QFontMetricsF metrics(font, painter->device());
    const qreal rowHeight = metrics.height() + 6;
    QList<const MetricsChart::Marker *> shown;
    QList<qreal> xs;
    QList<qreal> widths;
    for (const MetricsChart::Marker &marker : *m_markers) {
        const QPointF pos = c->mapToScene(c->mapToPosition(QPointF(marker.x, 0)));
        if (pos.x() < plot.left() - 0.5 || pos.x() > plot.right() + 0.5)
            continue;
        shown.append(&marker);
        xs.append(pos.x());
        widths.append(metrics.horizontalAdvance(marker.label) + 10);
    }
    // Labels of nearby markers (several changes at one step) take rows of
    // their own, so none is drawn over another.
    const QList<QRectF> boxes = placeLabels(xs, widths, plot, rowHeight);
    for (qsizetype i = 0; i < shown.size(); ++i) {
        const MetricsChart::Marker &marker = *shown[i];
        const QColor line = lineColor(marker.kind);
        QPen pen(line, 2, marker.kind == MetricsChart::MarkerKind::Change ? Qt::DashLine : Qt::DotLine);
        painter->setPen(pen);
        painter->drawLine(QPointF(xs[i], plot.top()), QPointF(xs[i], plot.bottom()));
    }
    for (qsizetype i = 0; i < shown.size(); ++i) {
        const MetricsChart::Marker &marker = *shown[i];
        const QColor line = lineColor(marker.kind);
        if (boxes[i].isNull())
            continue;
        painter->setPen(QPen(line, marker.kind == MetricsChart::MarkerKind::Change ? 1 : 2));
        painter->setBrush(m_backgroundColor);
        painter->drawRoundedRect(boxes[i], 3, 3);
        painter->setPen(m_textColor);
        painter->drawText(boxes[i], Qt::AlignCenter, marker.label);
        m_labelRects.append(boxes[i]);
    }
    painter->restore();
}

} // namespace cnnlab::ui
