#pragma once

#include "charts/metricschart.h"

#include <QtCharts/QChartView>

namespace cnnlab::ui {

// QChartView that draws the hyperparameter-change markers (a dashed vertical
// line and a label) over the plot. Drawing them in the foreground, rather
// than as extra series, keeps them out of the legend and the CSV and lets
// labels sit in readable boxes; render() includes the foreground, so exports
// show them too.
class MetricsChartView : public QChartView
{
    Q_OBJECT
public:
    MetricsChartView(QChart *chart, const QList<MetricsChart::Marker> *markers, QWidget *parent = nullptr);

    void setMarkerColors(const QColor &line, const QColor &text, const QColor &background);
    // Line colours of the coach's markers (MetricsChart::MarkerKind Warning, Best).
    void setNoteColors(const QColor &warning, const QColor &best);
    // The label boxes of the last paint, in scene coordinates.
    [[nodiscard]] const QList<QRectF> &labelRects() const { return m_labelRects; }
    // Boxes of `widths` for markers at `xs` (sorted or not): right of each line,
    // left of it near the plot's right edge, each in the first row down where
    // it overlaps no other box; a null box where no row is left (a short plot
    // crowded with changes: the line is drawn without its label).
    [[nodiscard]] static QList<QRectF> placeLabels(
        const QList<qreal> &xs, const QList<qreal> &widths, const QRectF &plot, qreal rowHeight);

protected:
    void drawForeground(QPainter *painter, const QRectF &rect) override;

private:
    [[nodiscard]] QColor lineColor(MetricsChart::MarkerKind kind) const;

    const QList<MetricsChart::Marker> *m_markers;
    QColor m_lineColor;
    QColor m_textColor;
    QColor m_backgroundColor;
    QColor m_warningColor;
    QColor m_bestColor;
    QList<QRectF> m_labelRects;
};

} // namespace cnnlab::ui
