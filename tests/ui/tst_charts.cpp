// The live charts: batched redraws, auto-ranging, markers, and every export
// format decoded back (not just "a file exists").

#include "charts/chartexport.h"
#include "charts/chartspanel.h"
#include "charts/metricschart.h"
#include "common/changewording.h"

#include <QAction>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QLocale>
#include <QMenu>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>
#include <QtCharts/QChartView>
#include <QtCharts/QLegend>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QValueAxis>
#include <QtCharts/QXYSeries>

#include <algorithm>
#include <cmath>

using cnnlab::ui::ChangeWording;
using cnnlab::ui::ChartExport;
using cnnlab::ui::ChartsPanel;
using cnnlab::ui::MetricsChart;

namespace {

cnnlab::core::StepMetrics step(double epoch, double loss, double accuracy)
{
    cnnlab::core::StepMetrics m;
    m.position.epochPosition = epoch;
    m.position.epoch = int(epoch);
    m.trainLoss = loss;
    m.trainAccuracy = accuracy;
    return m;
}

cnnlab::core::EpochMetrics evaluation(double epoch, double loss, double accuracy, bool full)
{
    cnnlab::core::EpochMetrics m;
    m.position.epochPosition = epoch;
    m.fullValidation = full;
    m.valLoss = loss;
    m.valAccuracy = accuracy;
    return m;
}

// A plausible two-epoch run: accuracy climbs above 0.9 in the second half.
void fill(ChartsPanel &panel)
{
    for (int i = 1; i <= 80; ++i) {
        const double x = i / 40.0;
        panel.addStep(step(x, 2.3 / (1 + 20 * x), 1.0 - 0.9 / (1 + 25 * x)));
    }
    for (int i = 1; i <= 8; ++i) {
        const double x = i / 4.0;
        panel.addEvaluation(evaluation(x, 0.5 / (1 + 10 * x), 1.0 - 0.3 / (1 + 30 * x), i % 4 == 0));
    }
    cnnlab::core::ConfigChange change;
    change.position.epochPosition = 1.25;
    change.parameter = "learning_rate";
    change.oldValue = "0.001";
    change.newValue = "0.01";
    panel.addConfigChange(change);
}

// How many ticks (major and minor) Qt Charts lays out for `axis` right now.
double ticksOf(QValueAxis *axis)
{
    const double span = axis->max() - axis->min();
    if (axis->tickType() == QValueAxis::TicksFixed)
        return double(axis->tickCount()) * (axis->minorTickCount() + 1);
    return axis->tickInterval() > 0.0 ? span / axis->tickInterval() * (axis->minorTickCount() + 1) : 0.0;
}

QValueAxis *xAxisOf(MetricsChart *chart)
{
    auto *view = qobject_cast<QChartView *>(chart->view());
    if (!view || !view->chart())
        return nullptr;
    const QList<QAbstractAxis *> axes = view->chart()->axes(Qt::Horizontal);
    return axes.isEmpty() ? nullptr : qobject_cast<QValueAxis *>(axes.first());
}

// A run as the app records it: `epochs` over `images` at `batch`, 100 step
// reports and 4 evaluations per epoch, `secondsPerStep` * steps of wall time.
cnnlab::core::RunRecord syntheticRun(int epochs, int images, int batch, double secondsPerStep)
{
    cnnlab::core::RunRecord record;
    record.config.epochs = epochs;
    record.config.batchSize = batch;
    record.trainSize = images;
    record.stepsPerEpoch = (images + batch - 1) / batch;
    auto position = [&](double epochPosition) {
        cnnlab::core::TrainingPosition p;
        p.epoch = std::min(epochs - 1, int(epochPosition));
        p.epochPosition = epochPosition;
        p.step = std::int64_t(std::llround(epochPosition * double(record.stepsPerEpoch)));
        p.samplesSeen = std::min<std::int64_t>(p.step * batch, std::int64_t(epochPosition * images + 0.5));
        p.elapsedSeconds = double(p.step) * secondsPerStep / 1000.0;
        return p;
    };
    for (int i = 1; i <= epochs * 100; ++i) {
        cnnlab::core::StepMetrics m;
        m.position = position(i / 100.0);
        m.stepsPerEpoch = record.stepsPerEpoch;
        m.trainLoss = 2.3 / (1 + i / 10.0);
        m.trainAccuracy = 1.0 - 0.9 / (1 + i / 10.0);
        record.trainCurve.push_back(m);
    }
    for (int i = 1; i <= epochs * 4; ++i) {
        cnnlab::core::EpochMetrics m;
        m.position = position(i / 4.0);
        m.fullValidation = i % 4 == 0;
        m.valLoss = 0.5 / (1 + i);
        m.valAccuracy = 1.0 - 0.2 / (1 + i);
        record.history.push_back(m);
    }
    return record;
}

// Qt Charts draws a line series segment by segment: joined where one ends
// and the next begins, in the order they were drawn.
QList<QList<QPointF>> chained(const QList<QList<QPointF>> &pieces)
{
    QList<QList<QPointF>> lines;
    for (const QList<QPointF> &piece : pieces) {
        if (piece.isEmpty())
            continue;
        if (!lines.isEmpty() && !lines.back().isEmpty() && lines.back().constLast() == piece.first())
            lines.back().append(piece.mid(1));
        else
            lines.append(piece);
    }
    return lines;
}

// Every polyline in an SVG from QSvgGenerator: <polyline points="x,y ..."> and
// <path d="M x,y L x,y ...">, a new line at each M.
QList<QList<QPointF>> svgPolylines(const QString &svg)
{
    QList<QList<QPointF>> lines;
    const QRegularExpression number(QStringLiteral("[-+]?[0-9]*\\.?[0-9]+(?:[eE][-+]?[0-9]+)?"));
    const QRegularExpression polyline(QStringLiteral("<polyline[^>]*\\spoints=\"([^\"]*)\""));
    for (auto it = polyline.globalMatch(svg); it.hasNext();) {
        QList<double> values;
        for (auto n = number.globalMatch(it.next().captured(1)); n.hasNext();)
            values.append(n.next().captured(0).toDouble());
        QList<QPointF> line;
        for (qsizetype i = 0; i + 1 < values.size(); i += 2)
            line.append(QPointF(values[i], values[i + 1]));
        lines.append(line);
    }
    const QRegularExpression path(QStringLiteral("<path[^>]*\\sd=\"([^\"]*)\""));
    const QRegularExpression command(QStringLiteral("([MLC])([^MLCZz]*)"));
    for (auto it = path.globalMatch(svg); it.hasNext();) {
        const QString d = it.next().captured(1);
        for (auto c = command.globalMatch(d); c.hasNext();) {
            const QRegularExpressionMatch match = c.next();
            QList<double> values;
            for (auto n = number.globalMatch(match.captured(2)); n.hasNext();)
                values.append(n.next().captured(0).toDouble());
            if (match.captured(1) == QLatin1String("M") || lines.isEmpty())
                lines.append(QList<QPointF>());
            if (match.captured(1) == QLatin1String("C"))
                continue; // curves (markers) carry no line data
            for (qsizetype i = 0; i + 1 < values.size(); i += 2)
                lines.back().append(QPointF(values[i], values[i + 1]));
        }
    }
    return lines;
}

} // namespace

class TestCharts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void pointsAreBatchedUntilTheFlushTimer()
    {
        MetricsChart chart;
        const int series
            = chart.addSeries(QStringLiteral("train"), QStringLiteral("Training"), Qt::blue, Qt::cyan);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        const int redrawsBefore = chart.redrawCount();
        for (int i = 0; i < 500; ++i)
            chart.addSeriesPoint(series, i / 100.0, 0.5);
        QCOMPARE(chart.pointCount(series), 500);
        QCOMPARE(chart.shownPointCount(series), 0); // nothing drawn per point
        QTRY_COMPARE(chart.shownPointCount(series), 500);
        // 500 points cost one (or very few) redraws, not 500.
        QVERIFY(chart.redrawCount() - redrawsBefore <= 2);
        // NaN (a diverged run) is not plotted.
        chart.addSeriesPoint(series, 6.0, std::numeric_limits<double>::quiet_NaN());
        QCOMPARE(chart.pointCount(series), 500);
    }

    void accuracyZoomsIntoTheTopBand()
    {
        ChartsPanel panel;
        MetricsChart *accuracy = panel.accuracyChart();
        panel.addStep(step(0.1, 2.0, 0.4));
        panel.addStep(step(0.2, 1.5, 0.7));
        panel.flush();
        QCOMPARE(accuracy->yMinimum(), 0.0);
        QCOMPARE(accuracy->yMaximum(), 1.0);
        QVERIFY(!accuracy->isZoomed());

        fill(panel);
        panel.flush();
        QVERIFY(accuracy->isZoomed());
        QCOMPARE(accuracy->yMinimum(), 0.9);
        QCOMPARE(accuracy->yMaximum(), 1.0);
        QCOMPARE(accuracy->xMaximum() >= 2.0, true);

        QSignalSpy toggled(&panel, &ChartsPanel::fullRangeToggled);
        accuracy->setFullRange(true); // e.g. from its context menu
        QCOMPARE(toggled.count(), 1);
        QVERIFY(panel.lossChart()->isFullRange()); // both charts follow
        QCOMPARE(accuracy->yMinimum(), 0.0);
        QVERIFY(panel.lossChart()->yMaximum() >= 2.0); // the first loss values are in view again
    }

    void svgExportClipsToThePlot()
    {
        const QRectF rect(QPointF(0.0, 0.9), QPointF(2.0, 1.0));
        // Below, a crossing at y = 0.9, the two data points, a crossing, below:
        // one piece from crossing to crossing, nothing moved onto the edge.
        const QList<MetricsChart::ClippedPiece> pieces = MetricsChart::clippedSegments(
            {QPointF(0.0, 0.5), QPointF(1.0, 0.95), QPointF(1.5, 0.97), QPointF(2.0, 0.5)}, rect);
        QCOMPARE(pieces.size(), 1);
        const QList<QPointF> expected = {QPointF(0.0 + 0.4 / 0.45, 0.9), QPointF(1.0, 0.95),
            QPointF(1.5, 0.97), QPointF(1.5 + 0.5 * 0.07 / 0.47, 0.9)};
        const QList<QPointF> clipped = pieces.first().points;
        QCOMPARE(clipped.size(), expected.size());
        for (qsizetype i = 0; i < clipped.size(); ++i) {
            QVERIFY2(qAbs(clipped[i].x() - expected[i].x()) < 1e-9
                    && qAbs(clipped[i].y() - expected[i].y()) < 1e-9,
                qPrintable(QStringLiteral("point %1").arg(i)));
            QVERIFY(rect.contains(clipped[i]));
        }
        QCOMPARE(pieces.first().real, (QList<bool> {false, true, true, false}));
        // Out and back in: two pieces, no line along the edge in between.
        const QList<MetricsChart::ClippedPiece> twice = MetricsChart::clippedSegments(
            {QPointF(0.0, 0.95), QPointF(0.5, 0.5), QPointF(0.6, 0.5), QPointF(1.0, 0.95)}, rect);
        QCOMPARE(twice.size(), 2);
        QCOMPARE(twice[0].points.size(), 2);
        QCOMPARE(twice[0].points[0], QPointF(0.0, 0.95));
        QVERIFY(qAbs(twice[0].points[1].y() - 0.9) < 1e-12 && twice[0].points[1].x() < 0.5);
        QCOMPARE(twice[1].points.size(), 2);
        QVERIFY(qAbs(twice[1].points[0].y() - 0.9) < 1e-12 && twice[1].points[0].x() > 0.6);
        QCOMPARE(twice[1].points[1], QPointF(1.0, 0.95));
        // Entirely outside: nothing at all.
        QVERIFY(MetricsChart::clippedSegments({QPointF(0.0, 0.2), QPointF(2.0, 0.5)}, rect).isEmpty());
        QCOMPARE(MetricsChart::pointsInside({QPointF(1.0, 0.5), QPointF(1.0, 0.95)}, rect),
            (QList<QPointF> {QPointF(1.0, 0.95)}));

        // Exporting puts the chart's own data back.
        ChartsPanel panel;
        panel.addStep(step(0.1, 2.0, 0.4));
        fill(panel);
        panel.flush();
        MetricsChart *accuracy = panel.accuracyChart();
        QVERIFY(accuracy->isZoomed());
        const int shown = accuracy->shownPointCount(ChartsPanel::Training);
        QVERIFY(!ChartExport::toSvg({accuracy}).isEmpty());
        QCOMPARE(accuracy->shownPointCount(ChartsPanel::Training), shown);
    }

    // Issue 15.2: a zoomed chart's SVG (also the HTML report's charts) must not
    // draw lines that are not in the data: out-of-range points cut, not pinned
    // to the axis edge (a flat line at exactly 90 % for the whole first epoch).
    void svgExportDrawsNoLineAlongTheEdge()
    {
        ChartsPanel panel;
        panel.resize(1000, 420);
        // Accuracy below 90 % for the first epoch, then above; loss falling
        // from 2.3; every value different, so no flat run is in the data.
        for (int i = 1; i <= 80; ++i) {
            const double x = i / 40.0;
            panel.addStep(step(x, 2.3 / (1 + 20 * x), i <= 40 ? 0.5 + 0.01 * i : 0.9 + 0.002 * (i - 40)));
        }
        for (int i = 1; i <= 8; ++i)
            panel.addEvaluation(evaluation(i / 4.0, 0.5 / (1 + 10 * i), 0.93 + 0.008 * i, i % 4 == 0));
        panel.flush();
        QVERIFY(panel.accuracyChart()->isZoomed());
        QVERIFY(panel.lossChart()->isZoomed());
        for (MetricsChart *chart : panel.charts()) {
            const QString svg = QString::fromUtf8(ChartExport::toSvg({chart}));
            QVERIFY(!svg.isEmpty());
            if (!qEnvironmentVariableIsEmpty("CNNLAB_SVG_DUMP")) {
                QFile dump(
                    qEnvironmentVariable("CNNLAB_SVG_DUMP") + chart->objectName() + QStringLiteral(".svg"));
                if (dump.open(QIODevice::WriteOnly))
                    dump.write(svg.toUtf8());
            }
            const QList<QList<QPointF>> lines = chained(svgPolylines(svg));
            int dataPoints = 0;
            for (const QList<QPointF> &line : lines) {
                if (line.size() < 3)
                    continue; // grid lines, ticks, axis lines, legend swatches
                dataPoints += int(line.size());
                // Three points in a row at one y: a line along the edge.
                for (qsizetype i = 2; i < line.size(); ++i)
                    QVERIFY2(!(line[i].y() == line[i - 1].y() && line[i - 1].y() == line[i - 2].y()),
                        qPrintable(QStringLiteral("%1: flat run at y=%2 from x=%3")
                                       .arg(chart->objectName())
                                       .arg(line[i].y())
                                       .arg(line[i - 2].x())));
            }
            QVERIFY2(dataPoints >= 30, qPrintable(QString::number(dataPoints))); // the curves are there
        }
        // The chart shows all its data again afterwards.
        QCOMPARE(panel.accuracyChart()->shownPointCount(ChartsPanel::Training), 80);
        QCOMPARE(panel.accuracyChart()->seriesCount(), 3);
    }

    // Issue 15.1: switching the x axis of a full-MNIST, batch-8, ten-epoch run
    // (75,000 optimizer steps, 600,000 images) froze the window for minutes:
    // the new range was set while the old tick interval was still in force,
    // so Qt Charts laid out up to 618,000 ticks. No step of a switch may ask
    // for more than a few dozen.
    void xAxisSwitchNeverLaysOutThousandsOfTicks()
    {
        const cnnlab::core::RunRecord big = syntheticRun(10, 60000, 8, 2.0);
        const cnnlab::core::RunRecord overlay = syntheticRun(3, 30000, 32, 1.0);
        QCOMPARE(big.stepsPerEpoch, 7500);
        ChartsPanel panel;
        panel.resize(1000, 420);
        panel.setOverlays({{QStringLiteral("other"), Qt::darkGreen, overlay}});
        panel.showRecord(big);
        double worst = 0.0;
        QList<QMetaObject::Connection> connections;
        for (MetricsChart *chart : panel.charts()) {
            QValueAxis *axis = xAxisOf(chart);
            QVERIFY(axis);
            auto check = [axis, &worst] { worst = std::max(worst, ticksOf(axis)); };
            connections << connect(axis, &QValueAxis::rangeChanged, this, check);
            connections << connect(axis, &QValueAxis::tickIntervalChanged, this, check);
            connections << connect(axis, &QValueAxis::minorTickCountChanged, this, check);
            connections << connect(axis, &QValueAxis::tickTypeChanged, this, check);
        }
        using X = ChartsPanel::XAxis;
        const QList<X> order = {X::WallTime, X::Samples, X::Epochs, X::Samples, X::Steps, X::Epochs, X::Steps,
            X::WallTime, X::Epochs};
        for (X axis : order) {
            worst = 0.0;
            panel.setXAxis(axis);
            QVERIFY2(worst <= 60.0,
                qPrintable(QStringLiteral("%1: %2 ticks").arg(ChartsPanel::xAxisTitle(axis)).arg(worst)));
            for (MetricsChart *chart : panel.charts())
                QVERIFY(ticksOf(xAxisOf(chart)) <= 40.0);
        }
        QCOMPARE(panel.accuracyChart()->xMaximum() >= 10.0, true);
        for (const QMetaObject::Connection &c : connections)
            disconnect(c);
    }

    // Issue 15.4: overlay names were cut to "lr0.001-b32-dro…" while the
    // legend also listed the live run's empty series. Only series with data
    // are in the legend.
    // Issue 10 item 6: the training curve restarted its running mean at every
    // epoch, drawing a cliff a class asks about. Drawn smoothed over steps, it
    // moves no more across an epoch boundary than anywhere else; the
    // smoothing is shown in the legend's tooltip and chosen in a menu.
    void trainingCurveHasNoCliffAtEpochBoundaries()
    {
        ChartsPanel panel;
        constexpr int steps = 200;
        for (int e = 0; e < 3; ++e) {
            double sum = 0.0;
            for (int s = 1; s <= steps; ++s) {
                sum += 1.0 - 0.6 * std::exp(-(e * steps + s) / 100.0);
                if (s % 5 != 0)
                    continue;
                cnnlab::core::StepMetrics m = step(e + double(s) / steps, 1.0 - sum / s, sum / s);
                m.position.epoch = e;
                m.position.step = e * steps + s;
                m.stepsPerEpoch = steps;
                panel.addStep(m);
            }
        }
        panel.flush();
        const auto largestJumps = [&panel] {
            const QList<QPointF> points = panel.accuracyChart()->points(ChartsPanel::Training);
            double boundary = 0.0, inside = 0.0;
            for (qsizetype i = 1; i < points.size(); ++i) {
                const double d = std::abs(points[i].y() - points[i - 1].y());
                if (std::floor(points[i].x() - 1e-9) != std::floor(points[i - 1].x() - 1e-9))
                    boundary = std::max(boundary, d);
                else
                    inside = std::max(inside, d);
            }
            return std::pair {boundary, inside};
        };
        const auto [boundary, inside] = largestJumps();
        QVERIFY2(boundary <= 1.5 * inside, qPrintable(QStringLiteral("%1 vs %2").arg(boundary).arg(inside)));
        QCOMPARE(panel.accuracyChart()->pointCount(ChartsPanel::Training), 3 * steps / 5);

        // The menu shows the setting and changes it; the curve is redrawn.
        QMenu *menu = panel.smoothingMenu();
        QVERIFY(menu && !menu->title().isEmpty());
        const QList<QAction *> choices = menu->actions();
        QVERIFY(choices.size() >= 3);
        QCOMPARE(
            std::count_if(choices.cbegin(), choices.cend(), [](QAction *a) { return a->isChecked(); }), 1);
        const QList<QPointF> before = panel.accuracyChart()->points(ChartsPanel::Training);
        QSignalSpy changed(&panel, &ChartsPanel::smoothingChanged);
        choices.last()->trigger();
        QCOMPARE(changed.count(), 1);
        QVERIFY(choices.last()->isChecked());
        QCOMPARE(panel.smoothing(), choices.last()->data().toDouble());
        panel.flush();
        const QList<QPointF> after = panel.accuracyChart()->points(ChartsPanel::Training);
        QCOMPARE(after.size(), before.size());
        QVERIFY(after[after.size() / 2].y() < before[before.size() / 2].y()); // more lag on a rising curve
        const auto [strongBoundary, strongInside] = largestJumps();
        QVERIFY(strongBoundary <= 1.5 * strongInside);
    }

    void legendListsOnlySeriesWithData()
    {
        ChartsPanel panel;
        panel.resize(1000, 420);
        panel.show(); // a legend marker's visibility is that of a shown item
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.setOverlays({{QStringLiteral("b8 · 10 epochs"), Qt::darkGreen, syntheticRun(2, 1000, 8, 1.0)}});
        panel.flush();
        auto visibleLabels = [](MetricsChart *chart) {
            QTest::qWait(50); // the legend lays its markers out on the next pass
            QStringList labels;
            auto *view = qobject_cast<QChartView *>(chart->view());
            for (QLegendMarker *marker : view->chart()->legend()->markers())
                if (marker->isVisible())
                    labels << marker->label();
            return labels;
        };
        for (MetricsChart *chart : panel.charts())
            QCOMPARE(visibleLabels(chart), QStringList {QStringLiteral("b8 · 10 epochs")});
        panel.addStep(step(0.1, 2.0, 0.4));
        panel.flush();
        QCOMPARE(visibleLabels(panel.accuracyChart()),
            (QStringList {QStringLiteral("Training"), QStringLiteral("b8 · 10 epochs")}));
        panel.addEvaluation(evaluation(0.25, 1.0, 0.6, false));
        panel.flush();
        QCOMPARE(visibleLabels(panel.lossChart()).size(), 3);
    }

    // Issue 15.10: the two validation curves are told apart: distinct names,
    // and each legend entry explains itself when the pointer rests on it.
    void legendExplainsTheValidationCurves()
    {
        ChartsPanel panel;
        panel.resize(1000, 420);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        MetricsChart *chart = panel.accuracyChart();
        QVERIFY(chart->seriesName(ChartsPanel::Validation) != QStringLiteral("Validation"));
        QVERIFY(chart->seriesName(ChartsPanel::Validation) != chart->seriesName(ChartsPanel::FullValidation));
        const QString quick = chart->seriesDescription(ChartsPanel::Validation);
        const QString full = chart->seriesDescription(ChartsPanel::FullValidation);
        QVERIFY(!quick.isEmpty() && !full.isEmpty() && quick != full);
        auto *view = qobject_cast<QChartView *>(chart->view());
        QLegendMarker *marker = nullptr;
        for (QLegendMarker *m : view->chart()->legend()->markers())
            if (m->label() == chart->seriesName(ChartsPanel::FullValidation))
                marker = m;
        QVERIFY(marker);
        Q_EMIT marker->hovered(true);
        QTRY_COMPARE(QToolTip::text(), full);
        Q_EMIT marker->hovered(false);
    }

    // Issue 15.10: hovering a point showed no value (the README promises it).
    void hoveringAPointShowsItsValue()
    {
        ChartsPanel panel;
        panel.resize(1000, 420);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.addEvaluation(evaluation(1.0, 0.5, 0.9, true));
        panel.addEvaluation(evaluation(2.0, 0.4, 0.95, true));
        panel.flush();
        QTest::qWait(50);
        auto *view = qobject_cast<QChartView *>(panel.accuracyChart()->view());
        QChart *chart = view->chart();
        QAbstractSeries *full = nullptr;
        for (QAbstractSeries *series : chart->series())
            if (series->name() == panel.accuracyChart()->seriesName(ChartsPanel::FullValidation))
                full = series;
        QVERIFY(full);
        auto *xy = qobject_cast<QXYSeries *>(full);
        QVERIFY(xy && xy->count() >= 2);
        const QPointF at = chart->mapToPosition(xy->at(xy->count() - 1), full);
        const QPoint pixel = view->mapFromScene(chart->mapToScene(at));
        QTest::mouseMove(view->viewport(), pixel - QPoint(12, 12));
        QTest::mouseMove(view->viewport(), pixel);
        QTRY_VERIFY2(QToolTip::text().contains(QStringLiteral("95")), qPrintable(QToolTip::text()));
        QVERIFY(QToolTip::text().contains(panel.accuracyChart()->seriesName(ChartsPanel::FullValidation)));
        QToolTip::hideText();
        panel.hide();

        // And on the thin training line of a zoomed chart.
        ChartsPanel zoomed;
        zoomed.resize(1000, 420);
        zoomed.show();
        QVERIFY(QTest::qWaitForWindowExposed(&zoomed));
        fill(zoomed);
        zoomed.flush();
        QTest::qWait(50);
        auto *zoomedView = qobject_cast<QChartView *>(zoomed.accuracyChart()->view());
        QXYSeries *training = nullptr;
        for (QAbstractSeries *series : zoomedView->chart()->series())
            if (series->name() == zoomed.accuracyChart()->seriesName(ChartsPanel::Training))
                training = qobject_cast<QXYSeries *>(series);
        QVERIFY(training && training->count() >= 2);
        const QPointF onLine
            = zoomedView->chart()->mapToPosition(training->at(training->count() * 3 / 4), training);
        const QPoint linePixel = zoomedView->mapFromScene(zoomedView->chart()->mapToScene(onLine));
        QTest::mouseMove(zoomedView->viewport(), linePixel - QPoint(0, 15));
        // A few pixels off a 3-pixel line is still "on" it for a hand on a
        // touchpad in front of a class (Qt Charts' hover wanted an exact hit).
        QTest::mouseMove(zoomedView->viewport(), linePixel + QPoint(0, 7));
        QTRY_VERIFY2(QToolTip::text().contains(zoomed.accuracyChart()->seriesName(ChartsPanel::Training)),
            qPrintable(QToolTip::text()));
    }

    void lossRangeIsZeroBasedAndRound()
    {
        ChartsPanel panel;
        fill(panel);
        panel.flush();
        MetricsChart *loss = panel.lossChart();
        QCOMPARE(loss->yMinimum(), 0.0);
        QVERIFY(loss->yMaximum() > 0.0);
        QVERIFY(loss->yMaximum() < 1.0); // zoomed to the recent values
        QVERIFY(loss->isZoomed());
    }

    void markersCarryTheChange()
    {
        ChartsPanel panel;
        fill(panel);
        QCOMPARE(panel.accuracyChart()->markers().size(), 1);
        QCOMPARE(panel.lossChart()->markers().size(), 1);
        QCOMPARE(panel.accuracyChart()->markers().first().x, 1.25);
        QCOMPARE(panel.accuracyChart()->markers().first().label, QStringLiteral("lr 0.001 → 0.01"));

        const cnnlab::core::ConfigChange batch {{}, "batch_size", "32", "1000"};
        QCOMPARE(ChangeWording::label(batch), QStringLiteral("batch 32 → 1,000"));
        const cnnlab::core::ConfigChange dropout {{}, "dropout", "0.25/0.5", "off"};
        QCOMPARE(ChangeWording::label(dropout), QStringLiteral("dropout 0.25/0.5 → off"));
        panel.clear();
        QCOMPARE(panel.accuracyChart()->markers().size(), 0);
        QCOMPARE(panel.accuracyChart()->pointCount(ChartsPanel::Training), 0);
    }

    void exportsDecode_data()
    {
        QTest::addColumn<bool>("shown");
        QTest::newRow("on screen") << true;
        QTest::newRow("never shown (headless)") << false;
    }

    void exportsDecode()
    {
        QFETCH(bool, shown);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        ChartsPanel panel;
        panel.resize(1000, 420);
        if (shown) {
            panel.show();
            QVERIFY(QTest::qWaitForWindowExposed(&panel));
        }
        fill(panel);
        MetricsChart *chart = panel.accuracyChart();
        const QSize logical = chart->renderSize();
        QVERIFY(logical.width() >= 320);
        QString error;

        const QString png = dir.filePath(QStringLiteral("accuracy.png"));
        QVERIFY2(ChartExport::write({chart}, png, &error), qPrintable(error));
        const QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY2(image.width() >= 2 * logical.width() && image.height() >= 2 * logical.height(),
            qPrintable(QStringLiteral("%1x%2").arg(image.width()).arg(image.height())));
        // Not blank: the curves put more than one colour on the image.
        QVERIFY(image.pixelColor(image.width() / 2, image.height() / 2) != image.pixelColor(5, 5)
            || image.convertToFormat(QImage::Format_Indexed8).colorCount() > 8);

        const QString svg = dir.filePath(QStringLiteral("accuracy.svg"));
        QVERIFY2(ChartExport::write({chart}, svg, &error), qPrintable(error));
        QSvgRenderer renderer(svg);
        QVERIFY(renderer.isValid());
        QCOMPARE(renderer.viewBox().size(), logical); // drawn in the chart's own coordinates

        const QString pdf = dir.filePath(QStringLiteral("accuracy.pdf"));
        QVERIFY2(ChartExport::write({chart}, pdf, &error), qPrintable(error));
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        QVERIFY(pdfFile.read(4) == "%PDF");
        QVERIFY(pdfFile.size() > 1024);

        const QString csv = dir.filePath(QStringLiteral("accuracy.csv"));
        QVERIFY2(ChartExport::write({chart}, csv, &error), qPrintable(error));
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly | QIODevice::Text));
        const QStringList lines
            = QString::fromUtf8(csvFile.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.first(), QStringLiteral("series,epoch,accuracy"));
        QCOMPARE(lines.size(), 1 + 80 + 8 + 2); // header, steps, evaluations, full evaluations
        QVERIFY(lines.contains(
            QStringLiteral("validation_full,2,%1").arg(QString::number(1.0 - 0.3 / 61, 'g', 10))));

        // Both charts side by side.
        const QString both = dir.filePath(QStringLiteral("both.png"));
        QVERIFY2(ChartExport::write(panel.charts(), both, &error), qPrintable(error));
        QVERIFY(QImage(both).width()
            >= 2 * (panel.accuracyChart()->renderSize().width() + panel.lossChart()->renderSize().width()));
        const QString bothCsv = dir.filePath(QStringLiteral("both.csv"));
        QVERIFY(ChartExport::write(panel.charts(), bothCsv, &error));

        QVERIFY(!ChartExport::write({chart}, dir.filePath(QStringLiteral("chart.gif")), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!ChartExport::write({chart}, QStringLiteral("/nonexistent/dir/chart.png"), &error));
    }
};

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
