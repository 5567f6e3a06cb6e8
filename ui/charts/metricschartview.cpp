#include "charts/metricschartview.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QtCharts/QChart>

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

void MetricsChartView::drawForeground(QPainter *painter, const QRectF &rect)
{
    QChartView::drawForeground(painter, rect);
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
    int row = 0;
    for (const MetricsChart::Marker &marker : *m_markers) {
        const QPointF pos = c->mapToScene(c->mapToPosition(QPointF(marker.x, 0)));
        if (pos.x() < plot.left() - 0.5 || pos.x() > plot.right() + 0.5)
            continue;
        const QColor line = marker.kind == MetricsChart::MarkerKind::Warning && m_warningColor.isValid()
            ? m_warningColor
            : marker.kind == MetricsChart::MarkerKind::Best && m_bestColor.isValid() ? m_bestColor
                                                                                     : m_lineColor;
        QPen pen(line, 2, marker.kind == MetricsChart::MarkerKind::Change ? Qt::DashLine : Qt::DotLine);
        painter->setPen(pen);
        painter->drawLine(QPointF(pos.x(), plot.top()), QPointF(pos.x(), plot.bottom()));

        // Labels of nearby markers are staggered over three rows so they do not
        // overwrite each other; a label that would leave the plot goes left.
        const qreal width = metrics.horizontalAdvance(marker.label) + 10;
        QRectF box(pos.x() + 4, plot.top() + 4 + row * rowHeight, width, rowHeight - 2);
        if (box.right() > plot.right())
            box.moveRight(pos.x() - 4);
        painter->setPen(QPen(line, marker.kind == MetricsChart::MarkerKind::Change ? 1 : 2));
        painter->setBrush(m_backgroundColor);
        painter->drawRoundedRect(box, 3, 3);
        painter->setPen(m_textColor);
        painter->drawText(box, Qt::AlignCenter, marker.label);
        row = (row + 1) % 3;
    }
    painter->restore();
}

} // namespace cnnlab::ui
