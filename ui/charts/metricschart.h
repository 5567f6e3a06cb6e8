#pragma once

#include <QColor>
#include <QList>
#include <QPointF>
#include <QString>
#include <QWidget>

#include <vector>

class QChart;
class QTimer;
class QValueAxis;
class QXYSeries;

namespace cnnlab::ui {

class MetricsChartView;

// One live chart (accuracy or loss against fractional epochs) behind a plain
// API, so nothing outside ui/charts/ sees Qt Charts.
//
// Points are appended to plain vectors; a 30 ms timer pushes them to the
// chart with QXYSeries::replace() only when something changed, so a burst of
// reports costs one redraw and the chart stays smooth (>= 30 redraws/s) while
// data arrives. Animations and OpenGL are off: both make exports and offscreen
// rendering differ from what is on screen.
class MetricsChart : public QWidget
{
    Q_OBJECT
public:
    // Fraction: values in [0, 1], shown over [0, 1] or zoomed to [band, 1]
    // once every recent value is above the band. ZeroBased: [0, a nice
    // ceiling of the recent maximum].
    enum class RangeMode { Fraction, ZeroBased };
    // Overlay: a thinner dashed line with small points, for saved runs drawn
    // next to the live one.
    enum class SeriesStyle { Line, LineWithPoints, Points, Overlay };
    // Change: a hyperparameter changed mid-run. Warning: the coach saw a
    // problem (overfitting, stalling, divergence). Best: the best epoch so far.
    // Each kind has its own colour, so a room can tell them apart.
    enum class MarkerKind { Change, Warning, Best };
    struct Marker {
        double x = 0.0;
        QString label;
        MarkerKind kind = MarkerKind::Change;
    };

    explicit MetricsChart(QWidget *parent = nullptr);
    ~MetricsChart() override;

    void setTitle(const QString &title);
    [[nodiscard]] QString title() const;
    void setAxisTitles(const QString &xTitle, const QString &yTitle);
    // What x means: `key` is the CSV column ("epoch", "step", "samples",
    // "seconds"), `name` the word in tooltips; `wholeEpochs` keeps the
    // epoch-style ticks (whole epochs, quarter-epoch minor grid).
    void setXKind(const QString &key, const QString &name, bool wholeEpochs);
    [[nodiscard]] QString xTitle() const;
    // Name of the value column in CSV exports ("accuracy", "loss").
    void setValueName(const QString &name);
    [[nodiscard]] QString valueName() const { return m_valueName; }
    void setRangeMode(RangeMode mode);
    // How values are shown (axis, tooltips): value * scale, `decimals`, `suffix`.
    // Exports (CSV) always carry the raw value.
    void setDisplayFormat(double scale, int decimals, const QString &suffix);
    void setZoomBand(double lower) { m_zoomBand = lower; }
    // printf-style format of the y axis labels; empty: chosen from the range.
    void setYLabelFormat(const QString &format);

    // `lightColor` on light palettes, `darkColor` on dark ones. Returns the index.
    int addSeries(const QString &key, const QString &name, const QColor &lightColor, const QColor &darkColor,
        SeriesStyle style = SeriesStyle::Line);
    // Drops the series from index `first` on (overlays come and go).
    void removeSeriesFrom(int first);
    [[nodiscard]] QString seriesName(int series) const;
    // The legend's words (language switch); `shortName` where even small
    // text would be cut ("Val." for "Val. (quick)").
    void setSeriesName(int series, const QString &name, const QString &shortName = {});
    // What a series is, shown when the pointer rests on its legend entry.
    void setSeriesDescription(int series, const QString &description);
    [[nodiscard]] QString seriesDescription(int series) const;
    // Replaces a series' colours (colour-blind-safe palettes, high contrast).
    void setSeriesColors(int series, const QColor &lightColor, const QColor &darkColor);
    // Line widths and marker sizes times `scale` (presenter mode: thicker lines
    // that survive a projector). 1.0 is the desk default.
    void setLineScale(double scale);
    [[nodiscard]] double lineScale() const { return m_lineScale; }
    [[nodiscard]] double lineWidth(int series) const; // the pen width drawn now
    [[nodiscard]] double markerSize(int series) const;
    [[nodiscard]] QColor seriesColor(int series) const; // the colour drawn now
    // The chart view, for accessibility and focus (tests walk the widget tree).
    [[nodiscard]] QWidget *view() const;

    // Buffered: shown by the next flush (at most ~30 ms later).
    void addSeriesPoint(int series, double x, double y);
    void addMarker(double x, const QString &label, MarkerKind kind = MarkerKind::Change);
    // The best-epoch marker moves as training goes on: the old one goes first.
    void removeMarkers(MarkerKind kind);
    void clear();
    // Pushes buffered points to the chart now (exports and tests).
    void flush();

    [[nodiscard]] bool isFullRange() const { return m_fullRange; }
    void setFullRange(bool fullRange);
    [[nodiscard]] bool isZoomed() const { return m_zoomed; }

    [[nodiscard]] int seriesCount() const { return int(m_series.size()); }
    [[nodiscard]] int pointCount(int series) const;
    [[nodiscard]] QList<QPointF> points(int series) const;
    [[nodiscard]] int shownPointCount(int series) const; // what the chart draws right now
    [[nodiscard]] const QList<Marker> &markers() const { return m_markers; }
    [[nodiscard]] double yMinimum() const;
    [[nodiscard]] double yMaximum() const;
    [[nodiscard]] double xMaximum() const;
    [[nodiscard]] int redrawCount() const { return m_redraws; }

    // "series,<x key>,<valueName>" and one row per point, C locale.
    [[nodiscard]] QString toCsv() const;
    // The logical size exports use: the on-screen size, or for a chart that
    // was never shown (headless), its explicit size or 800x500.
    [[nodiscard]] QSize renderSize() const;
    // SVG exports get data clipped to the axes (QSvgGenerator ignores
    // clipping): points inside `rect`, and the pieces of a polyline inside
    // `rect`, cut at the exact crossings (`real`: which points are data points).
    struct ClippedPiece {
        QList<QPointF> points;
        QList<bool> real;
    };
    [[nodiscard]] static QList<QPointF> pointsInside(const QList<QPointF> &points, const QRectF &rect);
    [[nodiscard]] static QList<ClippedPiece> clippedSegments(
        const QList<QPointF> &points, const QRectF &rect);
    // Paints the chart as it is on screen, scaled into `target`.
    void render(QPainter *painter, const QRectF &target);
    // At `scale` times the widget's logical size (device pixel ratio `scale`).
    [[nodiscard]] QImage toImage(qreal scale);
    void copyToClipboard();

Q_SIGNALS:
    void fullRangeToggled(bool fullRange);
    // From the context menu: "png", "svg", "pdf" or "csv". The window asks
    // for the file name, so every export goes through one place.
    void exportRequested(const QString &format);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Series {
        QString key;
        QString name;
        QString shortName;
        QString description;
        QColor lightColor;
        QColor darkColor;
        SeriesStyle style = SeriesStyle::Line;
        QList<QPointF> points; // raw values
        QXYSeries *series = nullptr;
        bool dirty = false;
    };

    [[nodiscard]] bool isDark() const;
    void applyPalette();
    void scheduleTextFit();
    void fitText();
    void applyYTicks();
    static double niceTop(double maximum, int maxTicks, double &step);
    void updateRanges();
    void setXTicks(double xMax, double interval, int minorTicks);
    QList<QXYSeries *> showClipped(Series &s, const QList<ClippedPiece> &pieces);
    void ensureLaidOut(QSize logical);
    void showContextMenu(const QPoint &pos);
    // The data point nearest to `viewportPos` (within a few pixels) of any
    // series, as a tooltip; Qt Charts' own hover never fires on a line.
    void showTooltipNear(const QPoint &viewportPos);
    void showPointTooltip(int series, const QPointF &rawPoint);
    [[nodiscard]] QString displayValue(double raw) const;
    [[nodiscard]] QString yAxisTitle() const;

    MetricsChartView *m_view = nullptr;
    bool m_tooltipShown = false;
    QChart *m_chart = nullptr;
    QValueAxis *m_xAxis = nullptr;
    QValueAxis *m_yAxis = nullptr;
    QTimer *m_flushTimer = nullptr;
    QTimer *m_fitTimer = nullptr;
    std::vector<Series> m_series;
    QList<Marker> m_markers;
    QString m_valueName = QStringLiteral("value");
    QString m_xKey = QStringLiteral("epoch");
    QString m_xName;
    bool m_wholeEpochs = true;
    QString m_yTitle;
    RangeMode m_rangeMode = RangeMode::ZeroBased;
    double m_scale = 1.0;
    int m_decimals = 3;
    QString m_suffix;
    double m_zoomBand = 0.9;
    bool m_fullRange = false;
    bool m_zoomed = false;
    // What did not fit at the smallest text: the zoomed y title (then the
    // plain one: the title is hidden, the chart title names the quantity), the
    // legend's full names.
    enum class YTitleForm { Full, Plain, Hidden };
    YTitleForm m_yTitleForm = YTitleForm::Full;
    bool m_shortLegend = false;
    void applyLegendNames();
    double m_yShown = 1.0; // ZeroBased: the value the y axis must reach
    int m_maxYTicks = 8; // labels the y axis has room for
    bool m_dirty = false;
    int m_redraws = 0;
    double m_lineScale = 1.0;
};

} // namespace cnnlab::ui
