#include "charts/metricschart.h"

#include "charts/charttext.h"
#include "charts/metricschartview.h"

#include <QAction>
#include <QClipboard>
#include <QCoreApplication>
#include <QCursor>
#include <QEvent>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QImage>
#include <QLineF>
#include <QLocale>
#include <QMenu>
#include <QMouseEvent>
#include <QPaintEngine>
#include <QPainter>
#include <QResizeEvent>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>
#include <QtCharts/QChart>
#include <QtCharts/QLegend>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QLineSeries>
#include <QtCharts/QScatterSeries>
#include <QtCharts/QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>

namespace cnnlab::ui {

namespace {

constexpr int flushIntervalMs = 30; // ~33 redraws/s at most, only when data arrived

// 1, 2, 2.5 or 5 times a power of ten: the smallest such value >= value.
double niceCeiling(double value)
{
    if (!(value > 0.0) || !std::isfinite(value))
        return 1.0;
    const double power = std::pow(10.0, std::floor(std::log10(value)));
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (m * power >= value * (1 - 1e-9))
            return m * power;
    return 10.0 * power;
}

QFont scaledFont(const QFont &base, qreal factor, bool bold = false)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * factor);
    font.setBold(bold);
    return font;
}

} // namespace

MetricsChart::MetricsChart(QWidget *parent)
    : QWidget(parent)
    , m_chart(new QChart)
    , m_xAxis(new QValueAxis(this))
    , m_yAxis(new QValueAxis(this))
    , m_flushTimer(new QTimer(this))
    , m_fitTimer(new QTimer(this))
{
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->setBackgroundRoundness(0);
    m_chart->setMargins(QMargins(6, 6, 6, 6));
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->legend()->setShowToolTips(true);
    m_chart->addAxis(m_xAxis, Qt::AlignBottom);
    m_chart->addAxis(m_yAxis, Qt::AlignLeft);
    m_xAxis->setRange(0, 1);
    m_xAxis->setTickAnchor(0.0);
    m_xAxis->setTickInterval(1.0);
    m_xAxis->setTickType(QValueAxis::TicksDynamic); // see setXTicks
    m_xAxis->setLabelFormat(QStringLiteral("%g"));
    m_yAxis->setRange(0, 1);

    m_view = new MetricsChartView(m_chart, &m_markers, this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->viewport()->setMouseTracking(true);
    m_view->viewport()->installEventFilter(this);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setMinimumSize(320, 240);
    connect(m_view, &QWidget::customContextMenuRequested, this, &MetricsChart::showContextMenu);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);

    // After the layout that a resize or new words cause: see fitText.
    m_fitTimer->setSingleShot(true);
    m_fitTimer->setInterval(0);
    connect(m_fitTimer, &QTimer::timeout, this, &MetricsChart::fitText);

    m_flushTimer->setInterval(flushIntervalMs);
    connect(m_flushTimer, &QTimer::timeout, this, &MetricsChart::flush);
    m_flushTimer->start();

    applyPalette();
}

MetricsChart::~MetricsChart() = default;

void MetricsChart::setTitle(const QString &title)
{
    m_chart->setTitle(title);
    scheduleTextFit();
    // The view is what takes focus; a screen reader announces the title.
    m_view->setAccessibleName(title);
    m_view->setAccessibleDescription(
        tr("Chart of %1 against epochs. Context menu: export as image or CSV, full range.").arg(title));
}

QString MetricsChart::title() const
{
    return m_chart->title();
}

void MetricsChart::setAxisTitles(const QString &xTitle, const QString &yTitle)
{
    m_xAxis->setTitleText(xTitle);
    m_yTitle = yTitle;
    m_yAxis->setTitleText(yAxisTitle());
    scheduleTextFit();
}

void MetricsChart::setXKind(const QString &key, const QString &name, bool wholeEpochs)
{
    m_xKey = key;
    m_xName = name;
    m_wholeEpochs = wholeEpochs;
    m_xAxis->setLabelFormat(wholeEpochs ? QStringLiteral("%g") : QStringLiteral("%.0f"));
    m_dirty = true;
}

QString MetricsChart::xTitle() const
{
    return m_xAxis->titleText();
}

void MetricsChart::setValueName(const QString &name)
{
    m_valueName = name;
}

void MetricsChart::setYLabelFormat(const QString &format)
{
    m_yAxis->setLabelFormat(format);
}

void MetricsChart::setRangeMode(RangeMode mode)
{
    m_rangeMode = mode;
    m_dirty = true;
}

void MetricsChart::setDisplayFormat(double scale, int decimals, const QString &suffix)
{
    m_scale = scale;
    m_decimals = decimals;
    m_suffix = suffix;
    for (Series &s : m_series)
        s.dirty = true;
    m_dirty = true;
}

int MetricsChart::addSeries(const QString &key, const QString &name, const QColor &lightColor,
    const QColor &darkColor, SeriesStyle style)
{
    Series s;
    s.key = key;
    s.name = name;
    s.lightColor = lightColor;
    s.darkColor = darkColor;
    s.style = style;
    if (style == SeriesStyle::Points) {
        auto *scatter = new QScatterSeries;
        scatter->setMarkerShape(QScatterSeries::MarkerShapeCircle);
        scatter->setMarkerSize(11 * m_lineScale);
        s.series = scatter;
    } else {
        s.series = new QLineSeries;
        if (style == SeriesStyle::Overlay) {
            s.series->setPointsVisible(true);
            s.series->setMarkerSize(5);
        } else if (style == SeriesStyle::LineWithPoints) {
            // Each point is a separate measurement (and a lone first point is
            // otherwise invisible: a line needs two).
            s.series->setPointsVisible(true);
            s.series->setMarkerSize(7 * m_lineScale);
        }
    }
    s.series->setName(name);
    m_chart->addSeries(s.series);
    s.series->attachAxis(m_xAxis);
    s.series->attachAxis(m_yAxis);
    const int index = int(m_series.size());
    // (Point tooltips: showTooltipNear, from the view's mouse moves.)
    for (QLegendMarker *marker : m_chart->legend()->markers(s.series))
        connect(marker, &QLegendMarker::hovered, this, [this, index](bool state) {
            const QString text = seriesDescription(index);
            if (state && !text.isEmpty())
                QToolTip::showText(QCursor::pos(), text, m_view);
            else if (!state)
                QToolTip::hideText();
        });
    m_series.push_back(std::move(s));
    applyPalette();
    return index;
}

void MetricsChart::removeSeriesFrom(int first)
{
    first = std::max(0, first);
    while (seriesCount() > first) {
        Series &s = m_series.back();
        m_chart->removeSeries(s.series);
        delete s.series;
        m_series.pop_back();
    }
    m_dirty = true;
    flush();
}

void MetricsChart::setSeriesName(int series, const QString &name, const QString &shortName)
{
    if (series < 0 || series >= seriesCount())
        return;
    m_series[std::size_t(series)].name = name;
    m_series[std::size_t(series)].shortName = shortName;
    m_series[std::size_t(series)].series->setName(m_shortLegend && !shortName.isEmpty() ? shortName : name);
    scheduleTextFit();
}

void MetricsChart::applyLegendNames()
{
    for (Series &s : m_series) {
        const QString shown = m_shortLegend && !s.shortName.isEmpty() ? s.shortName : s.name;
        if (s.series->name() != shown)
            s.series->setName(shown);
    }
}

void MetricsChart::setSeriesDescription(int series, const QString &description)
{
    if (series >= 0 && series < seriesCount())
        m_series[std::size_t(series)].description = description;
}

QString MetricsChart::seriesDescription(int series) const
{
    return series >= 0 && series < seriesCount() ? m_series[std::size_t(series)].description : QString();
}

QString MetricsChart::seriesName(int series) const
{
    return series >= 0 && series < seriesCount() ? m_series[std::size_t(series)].name : QString();
}

void MetricsChart::setSeriesColors(int series, const QColor &lightColor, const QColor &darkColor)
{
    if (series < 0 || series >= seriesCount())
        return;
    m_series[std::size_t(series)].lightColor = lightColor;
    m_series[std::size_t(series)].darkColor = darkColor;
    applyPalette();
}

void MetricsChart::setLineScale(double scale)
{
    m_lineScale = std::clamp(scale, 0.5, 4.0);
    for (Series &s : m_series) {
        if (s.style == SeriesStyle::Points)
            static_cast<QScatterSeries *>(s.series)->setMarkerSize(11 * m_lineScale);
        else if (s.style == SeriesStyle::LineWithPoints)
            s.series->setMarkerSize(7 * m_lineScale);
    }
    applyPalette();
}

double MetricsChart::lineWidth(int series) const
{
    if (series < 0 || series >= seriesCount())
        return 0.0;
    const Series &s = m_series[std::size_t(series)];
    return s.style == SeriesStyle::Points ? 0.0 : s.series->pen().widthF();
}

double MetricsChart::markerSize(int series) const
{
    if (series < 0 || series >= seriesCount())
        return 0.0;
    const Series &s = m_series[std::size_t(series)];
    return s.style == SeriesStyle::Points ? static_cast<QScatterSeries *>(s.series)->markerSize()
                                          : s.series->markerSize();
}

QColor MetricsChart::seriesColor(int series) const
{
    if (series < 0 || series >= seriesCount())
        return {};
    const Series &s = m_series[std::size_t(series)];
    return isDark() ? s.darkColor : s.lightColor;
}

QWidget *MetricsChart::view() const
{
    return m_view;
}

void MetricsChart::addSeriesPoint(int series, double x, double y)
{
    if (series < 0 || series >= seriesCount() || !std::isfinite(x))
        return;
    // A diverged run reports NaN/inf; plotting it would wreck the axes, and the
    // window says "diverged" in words instead.
    if (!std::isfinite(y))
        return;
    Series &s = m_series[std::size_t(series)];
    s.points.append(QPointF(x, y));
    s.dirty = true;
    m_dirty = true;
}

void MetricsChart::addMarker(double x, const QString &label, MarkerKind kind)
{
    m_markers.append(Marker {x, label, kind});
    m_dirty = true;
}

void MetricsChart::removeMarkers(MarkerKind kind)
{
    const qsizetype removed
        = m_markers.removeIf([kind](const Marker &marker) { return marker.kind == kind; });
    if (removed > 0)
        m_dirty = true;
}

void MetricsChart::clear()
{
    for (Series &s : m_series) {
        s.points.clear();
        s.dirty = true;
    }
    m_markers.clear();
    m_dirty = true;
    flush();
}

void MetricsChart::flush()
{
    if (!m_dirty)
        return;
    m_dirty = false;
    bool legendChanged = false;
    for (Series &s : m_series) {
        if (!s.dirty)
            continue;
        s.dirty = false;
        QList<QPointF> shown;
        shown.reserve(s.points.size());
        for (const QPointF &p : std::as_const(s.points))
            shown.append(QPointF(p.x(), p.y() * m_scale));
        const bool wasEmpty = s.series->count() == 0;
        s.series->replace(shown); // one repaint for the whole batch
        // A series with nothing to show stays out of the legend: overlays of
        // saved runs get the room (their names were cut to "lr0.001-b32-dro…").
        for (QLegendMarker *marker : m_chart->legend()->markers(s.series))
            marker->setVisible(!shown.isEmpty());
        legendChanged = legendChanged || wasEmpty != shown.isEmpty();
    }
    if (legendChanged)
        scheduleTextFit();
    updateRanges();
    m_view->viewport()->update(); // markers live in the foreground
    ++m_redraws;
}

void MetricsChart::setFullRange(bool fullRange)
{
    if (m_fullRange == fullRange)
        return;
    m_fullRange = fullRange;
    m_dirty = true;
    flush();
    Q_EMIT fullRangeToggled(fullRange);
}

int MetricsChart::pointCount(int series) const
{
    return series >= 0 && series < seriesCount() ? int(m_series[std::size_t(series)].points.size()) : 0;
}

QList<QPointF> MetricsChart::points(int series) const
{
    return series >= 0 && series < seriesCount() ? m_series[std::size_t(series)].points : QList<QPointF>();
}

int MetricsChart::shownPointCount(int series) const
{
    return series >= 0 && series < seriesCount() ? m_series[std::size_t(series)].series->count() : 0;
}

double MetricsChart::yMinimum() const
{
    return m_yAxis->min() / m_scale;
}

double MetricsChart::yMaximum() const
{
    return m_yAxis->max() / m_scale;
}

double MetricsChart::xMaximum() const
{
    return m_xAxis->max();
}

// The x axis from 0 to `xMax` with a major tick every `interval`. Qt Charts
// lays the ticks out on every change, so the order matters: the new range with
// the old interval (or the old range with the new one) could mean hundreds of
// thousands of ticks (epochs -> images seen: 600,000 / 1) and freeze the
// window. Whichever of range and interval makes fewer ticks goes first, so no
// step in between has more ticks than before or after.
void MetricsChart::setXTicks(double xMax, double interval, int minorTicks)
{
    m_xAxis->setMinorTickCount(0);
    if (interval > m_xAxis->tickInterval()) {
        m_xAxis->setTickInterval(interval);
        m_xAxis->setRange(0.0, xMax);
    } else {
        m_xAxis->setRange(0.0, xMax);
        m_xAxis->setTickInterval(interval);
    }
    m_xAxis->setMinorTickCount(minorTicks);
}

void MetricsChart::updateRanges()
{
    double lastX = 0.0;
    for (const Series &s : m_series)
        if (!s.points.isEmpty())
            lastX = std::max(lastX, s.points.constLast().x());

    if (m_wholeEpochs) {
        // x: whole epochs, growing with the run, so the first epoch is not a
        // sliver at the left of a ten-epoch axis.
        double xMax = std::max(1.0, std::ceil(lastX - 1e-9));
        double step = 1.0;
        for (double candidate : {1.0, 2.0, 5.0, 10.0, 20.0, 50.0, 100.0, 200.0, 500.0}) {
            step = candidate;
            if (xMax / step <= 10.0)
                break;
        }
        xMax = std::ceil(xMax / step) * step;
        // A little room past the last epoch, so the end-of-epoch points are not
        // cut in half by the plot edge; ticks stay on whole epochs.
        // Quarter-epoch minor grid when epochs are the major step: the quick
        // evaluations land on it.
        setXTicks(xMax * 1.03, step, step == 1.0 && xMax <= 4.0 ? 3 : 0);
    } else {
        // Steps, samples, seconds: round ticks (1, 2, 5 x 10^k), at most ten.
        const double top = std::max(lastX, 1.0);
        double step = niceCeiling(top / 10.0);
        if (step < 1.0)
            step = 1.0;
        const double xMax = std::ceil(top / step - 1e-9) * step;
        setXTicks(xMax * 1.03, step, 0);
    }

    // "Recent" = the last quarter of the run so far (and at least each
    // series' last point): what a viewer is looking at right now.
    const double windowStart = lastX * 0.75;
    bool anyRecent = false;
    bool allRecentAboveBand = true;
    double recentMax = 0.0;
    double allMax = 0.0;
    for (const Series &s : m_series) {
        for (qsizetype i = 0; i < s.points.size(); ++i) {
            const QPointF &p = s.points[i];
            allMax = std::max(allMax, p.y());
            if (p.x() >= windowStart || i == s.points.size() - 1) {
                anyRecent = true;
                recentMax = std::max(recentMax, p.y());
                if (p.y() < m_zoomBand)
                    allRecentAboveBand = false;
            }
        }
    }

    if (m_rangeMode == RangeMode::Fraction) {
        m_zoomed = !m_fullRange && anyRecent && allRecentAboveBand;
        m_yShown = 1.0;
    } else {
        // Nothing yet: a plain 0..1 axis rather than one scaled to 1e-6.
        m_yShown = anyRecent ? (m_fullRange ? allMax : recentMax) * 1.1 : 1.0;
        double step = 0.0;
        double fullStep = 0.0;
        m_zoomed
            = !m_fullRange && anyRecent && niceTop(allMax * 1.1, 8, fullStep) > niceTop(m_yShown, 8, step);
    }
    applyYTicks();
    const QString title = yAxisTitle();
    if (m_yAxis->titleText() != title) {
        m_yAxis->setTitleText(title);
        scheduleTextFit();
    }
}

// Ticks on round numbers (0.1, 0.2, 0.25, 0.5 ...), four to eight of them,
// fewer when the axis is too short for their labels (Qt Charts would hide
// every other one: "100, 96, 92, 90").
double MetricsChart::niceTop(double maximum, int maxTicks, double &step)
{
    step = niceCeiling(std::max(maximum, 1e-6) / 6.0);
    double top = std::max(1.0, std::ceil(maximum / step - 1e-9)) * step;
    while (top / step + 1.0 > maxTicks + 1e-9) {
        step = niceCeiling(step * 1.5);
        top = std::max(1.0, std::ceil(maximum / step - 1e-9)) * step;
    }
    return top;
}

void MetricsChart::applyYTicks()
{
    if (m_rangeMode == RangeMode::Fraction) {
        // 90..100 or 0..100 in 6, 3 or 2 ticks: every step a round number.
        const double low = m_zoomed ? m_zoomBand : 0.0;
        m_yAxis->setRange(low * m_scale, 1.0 * m_scale);
        m_yAxis->setTickCount(m_maxYTicks >= 6 ? 6 : m_maxYTicks >= 3 ? 3 : 2);
        return;
    }
    double step = 0.0;
    const double top = niceTop(m_yShown, std::clamp(m_maxYTicks, 2, 8), step);
    m_yAxis->setRange(0.0, top * m_scale);
    m_yAxis->setTickCount(int(std::lround(top / step)) + 1);
}

QString MetricsChart::yAxisTitle() const
{
    if (!m_zoomed || m_yTitleForm != YTitleForm::Full)
        return m_yTitle;
    //: Axis title while the y axis shows only the recent values; %1 is the title ("Accuracy (%)")
    return tr("%1 — zoomed").arg(m_yTitle);
}

QString MetricsChart::displayValue(double raw) const
{
    return QLocale().toString(raw * m_scale, 'f', m_decimals) + m_suffix;
}

bool MetricsChart::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport()) {
        if (event->type() == QEvent::MouseMove)
            showTooltipNear(static_cast<QMouseEvent *>(event)->position().toPoint());
        else if (event->type() == QEvent::Leave && m_tooltipShown) {
            QToolTip::hideText();
            m_tooltipShown = false;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void MetricsChart::showTooltipNear(const QPoint &viewportPos)
{
    constexpr double reach = 10.0; // pixels
    const QPointF scenePos = m_view->mapToScene(viewportPos);
    int bestSeries = -1;
    QPointF bestPoint;
    double bestDistance = reach;
    for (int i = 0; i < seriesCount(); ++i) {
        const Series &s = m_series[std::size_t(i)];
        if (s.points.isEmpty() || !s.series->isVisible())
            continue;
        // Points are in x order: look at the two around the pointer's x, and
        // a few more either side (a steep line's nearest point is off in x).
        const double x = m_chart->mapToValue(m_chart->mapFromScene(scenePos), s.series).x();
        const auto at = std::lower_bound(
            s.points.cbegin(), s.points.cend(), x, [](const QPointF &p, double v) { return p.x() < v; });
        const qsizetype middle = at - s.points.cbegin();
        for (qsizetype j = std::max<qsizetype>(0, middle - 4); j < std::min(s.points.size(), middle + 4);
             ++j) {
            const QPointF raw = s.points[j];
            const QPointF pixel
                = m_chart->mapToScene(m_chart->mapToPosition(QPointF(raw.x(), raw.y() * m_scale), s.series));
            if (!m_chart->plotArea().contains(m_chart->mapFromScene(pixel)))
                continue; // zoomed out of view
            const double distance = QLineF(pixel, scenePos).length();
            if (distance <= bestDistance) { // a tie goes to the later series, drawn on top
                bestDistance = distance;
                bestSeries = i;
                bestPoint = raw;
            }
        }
    }
    if (bestSeries >= 0) {
        showPointTooltip(bestSeries, bestPoint);
    } else if (m_tooltipShown) {
        QToolTip::hideText();
        m_tooltipShown = false;
    }
}

void MetricsChart::showPointTooltip(int series, const QPointF &rawPoint)
{
    const Series &s = m_series[std::size_t(series)];
    //: Chart tooltip: series name, what x is ("epoch", "step", ...) and where, value
    const QString text
        = tr("<b>%1</b><br>%2 %3<br>%4")
              .arg(s.name.toHtmlEscaped(), (m_xName.isEmpty() ? tr("epoch") : m_xName).toHtmlEscaped(),
                  m_wholeEpochs ? QLocale().toString(rawPoint.x(), 'f', 2)
                                : QLocale().toString(rawPoint.x(), 'f', 0),
                  displayValue(rawPoint.y()).toHtmlEscaped());
    QToolTip::showText(m_view->mapToGlobal(m_view->mapFromScene(m_chart->mapToScene(
                           m_chart->mapToPosition(QPointF(rawPoint.x(), rawPoint.y() * m_scale), s.series)))),
        text, m_view);
    m_tooltipShown = true;
}

bool MetricsChart::isDark() const
{
    return palette().color(QPalette::Base).lightness() < 128;
}

void MetricsChart::applyPalette()
{
    const QPalette pal = palette();
    const bool dark = isDark();
    const QColor background = pal.color(QPalette::Base);
    const QColor text = pal.color(QPalette::Text);
    QColor grid = text;
    grid.setAlphaF(dark ? 0.18f : 0.14f);
    QColor minorGrid = text;
    minorGrid.setAlphaF(0.07f);
    QColor axisLine = text;
    axisLine.setAlphaF(0.5f);

    m_chart->setBackgroundBrush(background);
    m_chart->setBackgroundPen(Qt::NoPen);
    m_chart->setPlotAreaBackgroundVisible(false);
    // Sized for a projector: read from the back of a classroom (the title,
    // legend and axis-title fonts are fitText's: sized to what fits).
    m_chart->setTitleBrush(text);
    m_chart->legend()->setLabelColor(text);
    for (QValueAxis *axis : {m_xAxis, m_yAxis}) {
        axis->setLabelsFont(scaledFont(font(), 1.05));
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setGridLineColor(grid);
        axis->setMinorGridLineColor(minorGrid);
        axis->setLinePenColor(axisLine);
    }
    for (Series &s : m_series) {
        const QColor color = dark ? s.darkColor : s.lightColor;
        if (s.style == SeriesStyle::Points) {
            auto *scatter = static_cast<QScatterSeries *>(s.series);
            scatter->setColor(color);
            scatter->setBorderColor(background);
        } else if (s.style == SeriesStyle::Overlay) {
            QPen pen(color, 2 * m_lineScale, Qt::DashLine);
            pen.setCapStyle(Qt::RoundCap);
            s.series->setPen(pen);
            s.series->setColor(color);
        } else {
            QPen pen(color, 3 * m_lineScale);
            pen.setCapStyle(Qt::RoundCap);
            pen.setJoinStyle(Qt::RoundJoin);
            s.series->setPen(pen);
        }
    }
    QColor markerBackground = background;
    markerBackground.setAlphaF(0.9f);
    const QColor markerColor = dark ? QColor(0xd0, 0xa0, 0xff) : QColor(0x6a, 0x1b, 0x9a);
    m_view->setMarkerColors(markerColor, text, markerBackground);
    // The coach's colours: orange for a warning, green for the best epoch.
    m_view->setNoteColors(dark ? QColor(0xff, 0xb7, 0x4d) : QColor(0xe6, 0x51, 0x00),
        dark ? QColor(0x81, 0xc7, 0x84) : QColor(0x2e, 0x7d, 0x32));
    m_view->setBackgroundBrush(background);
    fitText(); // now: a palette or font change must not paint one frame in the old sizes
}

void MetricsChart::scheduleTextFit()
{
    m_fitTimer->start();
}

// Large text (presenter mode, a big text scale, a longer language) on a small
// chart: Qt Charts would cut the title, an axis title or a legend entry to
// "..." and hide y labels that touch. Starting from the projector sizes, what
// was cut (as laid out, not estimated) shrinks a step at a time, down to a
// little below the plain text size; a zoomed y title then drops "— zoomed"
// (the 90..100 ticks still say it); the y axis takes as many ticks as fit.
void MetricsChart::fitText()
{
    const QFont base = font();
    QFont title = scaledFont(base, 1.35, true);
    QFont legend = scaledFont(base, 1.1);
    QFont axisTitle = scaledFont(base, 1.1, true);
    const auto apply = [&] {
        m_chart->setTitleFont(title);
        m_chart->legend()->setFont(legend);
        m_xAxis->setTitleFont(axisTitle);
        m_yAxis->setTitleFont(axisTitle);
        m_yAxis->setTitleText(yAxisTitle());
        m_yAxis->setTitleVisible(m_yTitleForm != YTitleForm::Hidden);
        applyLegendNames();
    };
    const auto shrink = [&base](QFont &font, qreal lowest) {
        if (font.pointSizeF() <= base.pointSizeF() * lowest)
            return false;
        font.setPointSizeF(std::max(base.pointSizeF() * lowest, font.pointSizeF() * 0.92));
        return true;
    };
    m_yTitleForm = YTitleForm::Full;
    m_shortLegend = false;
    apply();
    for (int attempt = 0; attempt < 24; ++attempt) {
        const QList<ChartText::Cut> cuts = ChartText::cutTexts(m_chart);
        const int ticks = ChartText::labelsThatFit(m_chart->plotArea().height(), m_yAxis->labelsFont());
        if (m_chart->plotArea().height() > 0 && ticks != m_maxYTicks) {
            m_maxYTicks = ticks;
            applyYTicks();
        }
        const auto isCut = [&cuts](ChartText::Part part) {
            return std::any_of(
                cuts.cbegin(), cuts.cend(), [part](const ChartText::Cut &c) { return c.part == part; });
        };
        bool changed = false;
        if (isCut(ChartText::Part::Title))
            changed = shrink(title, 0.85) || changed;
        if (isCut(ChartText::Part::Legend)) {
            if (shrink(legend, 0.8))
                changed = true;
            else if (!m_shortLegend)
                changed = m_shortLegend = true;
        }
        const bool yCut = isCut(ChartText::Part::YTitle);
        if (yCut || isCut(ChartText::Part::XTitle))
            changed = shrink(axisTitle, 0.85) || changed;
        if (!changed && yCut && m_yTitleForm != YTitleForm::Hidden) {
            m_yTitleForm
                = m_zoomed && m_yTitleForm == YTitleForm::Full ? YTitleForm::Plain : YTitleForm::Hidden;
            changed = true;
        }
        if (!changed)
            break;
        apply();
    }
}

void MetricsChart::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    scheduleTextFit();
}

void MetricsChart::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        applyPalette();
}

void MetricsChart::showContextMenu(const QPoint &pos)
{
    QMenu menu(this);
    menu.addAction(tr("Export as PNG…"), this, [this] { Q_EMIT exportRequested(QStringLiteral("png")); });
    menu.addAction(tr("Export as SVG…"), this, [this] { Q_EMIT exportRequested(QStringLiteral("svg")); });
    menu.addAction(tr("Export as PDF…"), this, [this] { Q_EMIT exportRequested(QStringLiteral("pdf")); });
    menu.addAction(
        tr("Export Data as CSV…"), this, [this] { Q_EMIT exportRequested(QStringLiteral("csv")); });
    menu.addSeparator();
    menu.addAction(tr("Copy Image"), this, &MetricsChart::copyToClipboard);
    menu.addSeparator();
    QAction *full = menu.addAction(tr("Full Range"));
    full->setCheckable(true);
    full->setChecked(m_fullRange);
    connect(full, &QAction::toggled, this, &MetricsChart::setFullRange);
    menu.exec(m_view->mapToGlobal(pos));
}

QString MetricsChart::toCsv() const
{
    QString csv = QStringLiteral("series,") + m_xKey + QLatin1Char(',') + m_valueName + QLatin1Char('\n');
    for (const Series &s : m_series)
        for (const QPointF &p : s.points)
            csv += s.key + QLatin1Char(',') + QString::number(p.x(), 'g', 10) + QLatin1Char(',')
                + QString::number(p.y(), 'g', 10) + QLatin1Char('\n');
    return csv;
}

QSize MetricsChart::renderSize() const
{
    if (isVisible())
        return m_view->viewport()->size();
    return testAttribute(Qt::WA_Resized) ? size() : QSize(800, 500);
}

void MetricsChart::ensureLaidOut(QSize logical)
{
    flush();
    // A chart that was never shown has not had the resize event that sizes
    // its viewport and QChart; deliver it now, as show() would.
    if (!isVisible() && m_view->size() != logical) {
        const QSize old = m_view->size();
        m_view->resize(logical);
        QResizeEvent resize(logical, old);
        QCoreApplication::sendEvent(m_view, &resize);
    }
    const QSizeF viewSize = m_view->viewport()->size();
    if (m_chart->size() != viewSize) {
        m_chart->resize(viewSize);
        m_view->setSceneRect(m_chart->geometry());
    }
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    if (m_fitTimer->isActive()) {
        m_fitTimer->stop();
        fitText(); // what is painted next must not wait for the timer
    }
}

// The points of `points` inside `rect` (value space).
QList<QPointF> MetricsChart::pointsInside(const QList<QPointF> &points, const QRectF &rect)
{
    QList<QPointF> inside;
    for (const QPointF &p : points)
        if (p.x() >= rect.left() && p.x() <= rect.right() && p.y() >= rect.top() && p.y() <= rect.bottom())
            inside.append(p);
    return inside;
}

// The parts of a polyline inside `rect` (Liang–Barsky per segment): where the
// line leaves, the piece ends at the exact crossing and the next piece starts
// where it comes back. Nothing is moved onto the edge, so no line appears
// that the data does not have.
QList<MetricsChart::ClippedPiece> MetricsChart::clippedSegments(
    const QList<QPointF> &points, const QRectF &rect)
{
    QList<ClippedPiece> pieces;
    auto add = [&](const QPointF &p, bool real, bool startNew) {
        if (startNew || pieces.isEmpty())
            pieces.append(ClippedPiece {});
        ClippedPiece &piece = pieces.back();
        if (!piece.points.isEmpty() && piece.points.constLast() == p) {
            piece.real.back() = piece.real.back() || real;
            return;
        }
        piece.points.append(p);
        piece.real.append(real);
    };
    bool open = false; // the last piece ends inside the rectangle
    if (points.size() == 1 && rect.contains(points.first()))
        add(points.first(), true, true);
    for (qsizetype i = 1; i < points.size(); ++i) {
        const QPointF a = points[i - 1];
        const QPointF d = points[i] - a;
        double t0 = 0.0;
        double t1 = 1.0;
        auto limit = [&](double p, double q) { // p * t <= q
            if (p == 0.0)
                return q >= 0.0;
            const double t = q / p;
            if (p < 0.0)
                t0 = std::max(t0, t);
            else
                t1 = std::min(t1, t);
            return t0 <= t1;
        };
        const bool visible = limit(-d.x(), a.x() - rect.left()) && limit(d.x(), rect.right() - a.x())
            && limit(-d.y(), a.y() - rect.top()) && limit(d.y(), rect.bottom() - a.y());
        if (!visible) {
            open = false;
            continue;
        }
        add(a + d * t0, t0 == 0.0, !open || t0 > 0.0);
        add(a + d * t1, t1 == 1.0, false);
        open = t1 == 1.0;
    }
    return pieces;
}

void MetricsChart::render(QPainter *painter, const QRectF &target)
{
    ensureLaidOut(renderSize());
    // QSvgGenerator ignores the clip Qt Charts sets to the plot area, so a
    // zoomed chart's lines would spill over the axes in an SVG: hand it data
    // already clipped to the visible ranges, and put the real data back after.
    const bool clipData = painter->paintEngine() && painter->paintEngine()->type() == QPaintEngine::SVG;
    std::vector<QList<QPointF>> shown;
    QList<QXYSeries *> extra;
    if (clipData) {
        const QRectF visible(
            QPointF(m_xAxis->min(), m_yAxis->min()), QPointF(m_xAxis->max(), m_yAxis->max()));
        for (Series &s : m_series) {
            shown.push_back(s.series->points());
            if (s.style == SeriesStyle::Points)
                s.series->replace(pointsInside(shown.back(), visible));
            else
                extra += showClipped(s, clippedSegments(shown.back(), visible));
        }
    }
    painter->save();
    painter->fillRect(target, palette().color(QPalette::Base));
    m_view->render(painter, target, m_view->viewport()->rect(), Qt::IgnoreAspectRatio);
    painter->restore();
    if (clipData) {
        for (QXYSeries *series : std::as_const(extra)) {
            m_chart->removeSeries(series);
            delete series;
        }
        for (std::size_t i = 0; i < m_series.size(); ++i) {
            m_series[i].series->clearPointsConfiguration();
            m_series[i].series->replace(shown[i]);
        }
    }
}

// The first piece goes into the series itself, every further one into a
// temporary line series drawn the same way (kept out of the legend); markers
// only on data points, not on the crossings.
QList<QXYSeries *> MetricsChart::showClipped(Series &s, const QList<ClippedPiece> &pieces)
{
    QList<QXYSeries *> extra;
    auto fill = [](QXYSeries *series, const ClippedPiece &piece) {
        series->replace(piece.points);
        for (qsizetype i = 0; i < piece.real.size(); ++i)
            if (!piece.real[i])
                series->setPointConfiguration(int(i), QXYSeries::PointConfiguration::Visibility, false);
    };
    s.series->replace(QList<QPointF>());
    for (qsizetype i = 0; i < pieces.size(); ++i) {
        if (i == 0) {
            fill(s.series, pieces[i]);
            continue;
        }
        auto *series = new QLineSeries;
        series->setPen(s.series->pen());
        series->setPointsVisible(s.series->pointsVisible());
        series->setMarkerSize(s.series->markerSize());
        series->setColor(s.series->color());
        m_chart->addSeries(series);
        series->attachAxis(m_xAxis);
        series->attachAxis(m_yAxis);
        for (QLegendMarker *marker : m_chart->legend()->markers(series))
            marker->setVisible(false);
        fill(series, pieces[i]);
        extra.append(series);
    }
    return extra;
}

QImage MetricsChart::toImage(qreal scale)
{
    const QSize logical = renderSize();
    ensureLaidOut(logical);
    QImage image(logical * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(palette().color(QPalette::Base));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    render(&painter, QRectF(QPointF(0, 0), QSizeF(logical)));
    painter.end();
    return image;
}

void MetricsChart::copyToClipboard()
{
    QGuiApplication::clipboard()->setImage(toImage(std::max<qreal>(2.0, 2.0 * devicePixelRatioF())));
}

} // namespace cnnlab::ui
