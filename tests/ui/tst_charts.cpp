// The live charts: batched redraws, auto-ranging, markers, and every export
// format decoded back (not just "a file exists").

#include "charts/chartexport.h"
#include "charts/metricschart.h"
#include "chartspanel.h"

#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QLocale>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>

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
        QList<bool> real;
        const QList<QPointF> clipped = MetricsChart::clippedPolyline(
            {QPointF(0.0, 0.5), QPointF(1.0, 0.95), QPointF(1.5, 0.97), QPointF(2.0, 0.5)}, rect, &real);
        // Below, a crossing at y = 0.9, the two data points, a crossing, below.
        const QList<QPointF> expected = {QPointF(0.0, 0.9), QPointF(0.0 + 0.4 / 0.45, 0.9),
            QPointF(1.0, 0.95), QPointF(1.5, 0.97), QPointF(1.5 + 0.5 * 0.07 / 0.47, 0.9), QPointF(2.0, 0.9)};
        QCOMPARE(clipped.size(), expected.size());
        for (qsizetype i = 0; i < clipped.size(); ++i) {
            QVERIFY2(qAbs(clipped[i].x() - expected[i].x()) < 1e-9
                    && qAbs(clipped[i].y() - expected[i].y()) < 1e-9,
                qPrintable(QStringLiteral("point %1").arg(i)));
            QVERIFY(rect.contains(clipped[i]));
        }
        QCOMPARE(real, (QList<bool> {false, false, true, true, false, false}));
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
        QCOMPARE(ChartsPanel::changeLabel(batch), QStringLiteral("batch 32 → 1,000"));
        const cnnlab::core::ConfigChange dropout {{}, "dropout", "0.25/0.5", "off"};
        QCOMPARE(ChartsPanel::changeLabel(dropout), QStringLiteral("dropout 0.25/0.5 → off"));
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
