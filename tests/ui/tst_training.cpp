// The main window driving the real engine on real MNIST (skipped when the
// dataset is not installed): Start fills the charts and the predictions, Pause
// stops new points, a mid-run learning-rate change is marked, Stop ends
// cleanly, closing mid-run leaves no thread, a missing dataset is a message.
//
// Runs are kept tiny (1000 training images, a 100-image hold-out for
// validation) so the whole file takes well under a minute on two cores.

#include "charts/chartspanel.h"
#include "charts/metricschart.h"
#include "common/messagebanner.h"
#include "common/settings.h"
#include "run/trainingcontroller.h"
#include "window/mainwindow.h"
#include "workbench/controlscales.h"
#include "workbench/controlspanel.h"
#include "workbench/predictionsgrid.h"

#include "cnnlab/core/dataset.h"
#include "cnnlab/core/runstore.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

#include <optional>

using cnnlab::ui::ChartsPanel;
using cnnlab::ui::MainWindow;
using cnnlab::ui::RunState;

namespace {

constexpr int runTimeoutMs = 180000; // generous: the CI machine may be slow; nothing here is timed

// The smallest honest run: 1000 images, validation on a 100-image hold-out.
cnnlab::core::TrainingConfig smallConfig(int trainLimit = 1000, int epochs = 1)
{
    cnnlab::core::TrainingConfig c;
    c.validation = cnnlab::core::ValidationSource::Holdout;
    c.holdoutSize = 100;
    c.trainLimit = trainLimit;
    c.epochs = epochs;
    c.device = "cpu";
    return c;
}

QWidget *toolButton(MainWindow &window, const char *actionName)
{
    auto *action = window.findChild<QAction *>(QLatin1String(actionName));
    auto *bar = window.findChild<QToolBar *>(QStringLiteral("runToolBar"));
    return action && bar ? bar->widgetForAction(action) : nullptr;
}

int trainingPoints(MainWindow &window)
{
    return window.chartsPanel()->accuracyChart()->pointCount(ChartsPanel::Training);
}

} // namespace

class TestTraining : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dataHome;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        cnnlab::ui::Settings().sync();
        QSettings(QStringLiteral("cnnlab"), QStringLiteral("cnnlab")).clear();
        QString found;
        for (const std::string &dir : cnnlab::core::datasetSearchPath(cnnlab::core::DatasetKind::Mnist))
            if (found.isEmpty()
                && (QFile::exists(QString::fromStdString(dir) + QStringLiteral("/train-images-idx3-ubyte"))
                    || QFile::exists(
                        QString::fromStdString(dir) + QStringLiteral("/train-images-idx3-ubyte.gz"))))
                found = QString::fromStdString(dir);
        if (found.isEmpty())
            QSKIP("MNIST is not installed (scripts/fetch-mnist); the training tests need it");
        // Every finished run goes into the run store under XDG_DATA_HOME: keep
        // these out of the user's history (MNIST is then found through CNNLAB_DATA_DIR).
        QVERIFY(m_dataHome.isValid());
        qputenv("CNNLAB_DATA_DIR", QFile::encodeName(found));
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_dataHome.path()));
    }

    void cleanup() { QSettings(QStringLiteral("cnnlab"), QStringLiteral("cnnlab")).clear(); }

    void startFillsChartsAndPredictions()
    {
        MainWindow window;
        window.setConfig(smallConfig(5000, 1));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // Set the run up through the controls, as a person would.
        auto *subset = window.findChild<QComboBox *>(QStringLiteral("subsetCombo"));
        subset->setCurrentIndex(subset->findData(1000));
        window.findChild<QSpinBox *>(QStringLiteral("batchSpin"))->setValue(64);
        auto *lr = window.findChild<QSlider *>(QStringLiteral("learningRateSlider"));
        lr->setValue(cnnlab::ui::scales::nearestLearningRateIndex(0.002));
        QCOMPARE(window.currentConfig().trainLimit, 1000);
        QCOMPARE(window.currentConfig().batchSize, 64);
        QCOMPARE(window.currentConfig().learningRate, 0.002);

        QSignalSpy started(window.controller(), &cnnlab::ui::TrainingController::started);
        QSignalSpy details(window.controller(), &cnnlab::ui::TrainingController::evaluationDetailsReported);
        QTest::mouseClick(toolButton(window, "startAction"), Qt::LeftButton);
        QVERIFY(cnnlab::ui::isActive(window.state()));
        // A second Start while running is impossible by design.
        QVERIFY(!window.findChild<QAction *>(QStringLiteral("startAction"))->isEnabled());
        QVERIFY(!window.controller()->start(window.currentConfig()));

        QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, runTimeoutMs);
        const cnnlab::core::RunInfo info = started.first().first().value<cnnlab::core::RunInfo>();
        // What the engine received is what the controls said.
        QCOMPARE(info.config.trainLimit, 1000);
        QCOMPARE(info.config.batchSize, 64);
        QCOMPARE(info.config.learningRate, 0.002);
        QCOMPARE(info.config.epochs, 1);
        QCOMPARE(info.trainSize, 1000);
        QCOMPARE(info.stepsPerEpoch, 15);
        QCOMPARE(window.predictionsGrid()->sampleCount(), int(info.samples.size()));

        QTRY_COMPARE_WITH_TIMEOUT(window.state(), RunState::Finished, runTimeoutMs);
        window.chartsPanel()->flush();
        QVERIFY(trainingPoints(window) > 0);
        QVERIFY(window.chartsPanel()->lossChart()->pointCount(ChartsPanel::Validation) >= 1);
        QCOMPARE(window.chartsPanel()->accuracyChart()->pointCount(ChartsPanel::FullValidation), 1);
        QVERIFY(window.chartsPanel()->accuracyChart()->shownPointCount(ChartsPanel::Training) > 0);
        QVERIFY(window.predictionsGrid()->updateCount() >= 1);
        QCOMPARE(window.predictionsGrid()->predictionCount(), window.predictionsGrid()->sampleCount());
        QCOMPARE(window.stateText(), QStringLiteral("Finished"));
        QVERIFY(window.banner()->text().startsWith(QLatin1String("Finished.")));
        QCOMPARE(window.findChild<QProgressBar *>(QStringLiteral("runProgress"))->value(), 1000);
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("etaLabel"))->text(), QStringLiteral("ETA done"));
        QVERIFY(window.findChild<QAction *>(QStringLiteral("startAction"))->isEnabled());
        // The full evaluation's details reach the GUI thread, and so does inference.
        QCOMPARE(details.count(), 1);
        const auto evaluation = details.first().first().value<cnnlab::core::EvaluationDetails>();
        QCOMPARE(evaluation.confusion.total(), std::int64_t(info.validationSize));
        QVERIFY(!evaluation.misclassified.empty());
        QVERIFY(window.controller()->engine().hasInferenceModel());
        QCOMPARE(int(window.controller()->engine().predict({std::vector<float>(784, 0.0f)}).size()), 1);

        // The run can be saved and opened again.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("run.json"));
        QString error;
        QVERIFY2(window.saveRunRecord(path, &error), qPrintable(error));
        QVERIFY2(window.openRunRecord(path, &error), qPrintable(error));
        QVERIFY(trainingPoints(window) > 0);
        QCOMPARE(window.predictionsGrid()->predictionCount(), window.predictionsGrid()->sampleCount());

        // Issue 15.10: the next Start begins with a clean status bar, not the
        // last run's "ETA done / 100 %".
        window.startRun();
        QVERIFY(cnnlab::ui::isActive(window.state()));
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("etaLabel"))->text(), QStringLiteral("ETA –"));
        QCOMPARE(window.findChild<QProgressBar *>(QStringLiteral("runProgress"))->value(), 0);
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("elapsedLabel"))->text(),
            QStringLiteral("Elapsed 0:00"));
        window.stopRun();
        QTRY_VERIFY_WITH_TIMEOUT(!cnnlab::ui::isActive(window.state()), runTimeoutMs);

        // Reset clears everything.
        QTest::keyClick(&window, Qt::Key_R, Qt::ControlModifier);
        QCOMPARE(window.state(), RunState::Idle);
        QCOMPARE(trainingPoints(window), 0);
        QCOMPARE(window.predictionsGrid()->predictionCount(), 0);
    }

    void pauseResumeMarkerAndStop()
    {
        MainWindow window;
        window.setConfig(smallConfig(20000, 3)); // long enough never to finish here
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));

        QTest::keyClick(&window, Qt::Key_Space); // Space starts...
        QVERIFY(cnnlab::ui::isActive(window.state()));
        QTRY_VERIFY_WITH_TIMEOUT(trainingPoints(window) >= 2, runTimeoutMs);

        // A mid-run learning-rate change reaches the engine and is marked.
        auto *lr = window.findChild<QSlider *>(QStringLiteral("learningRateSlider"));
        lr->setValue(cnnlab::ui::scales::nearestLearningRateIndex(0.003));
        QTRY_COMPARE_WITH_TIMEOUT(window.chartsPanel()->accuracyChart()->markers().size(), 1, runTimeoutMs);
        QCOMPARE(window.chartsPanel()->accuracyChart()->markers().first().label,
            QStringLiteral("lr 0.001 → 0.003"));
        QCOMPARE(window.chartsPanel()->lossChart()->markers().size(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(window.controller()->runInfo().has_value(), runTimeoutMs);

        QTest::keyClick(&window, Qt::Key_Space); // ...and pauses
        QTRY_COMPARE_WITH_TIMEOUT(window.state(), RunState::Paused, runTimeoutMs);
        QCOMPARE(window.stateText(), QStringLiteral("Paused"));
        const int pausedAt = trainingPoints(window);
        // Issue 15.10: Elapsed and Cost stand still while paused.
        auto *elapsed = window.findChild<QLabel *>(QStringLiteral("elapsedLabel"));
        auto *cost = window.findChild<QLabel *>(QStringLiteral("costLabel"));
        QVERIFY(elapsed && cost);
        QTest::qWait(300);
        const QString elapsedAtPause = elapsed->text();
        const QString costAtPause = cost->text();
        QTest::qWait(2300); // several report intervals and status updates: nothing may move
        QCOMPARE(trainingPoints(window), pausedAt);
        QCOMPARE(elapsed->text(), elapsedAtPause);
        QCOMPARE(cost->text(), costAtPause);

        QTest::mouseClick(toolButton(window, "pauseAction"), Qt::LeftButton); // Resume
        QTRY_COMPARE_WITH_TIMEOUT(window.state(), RunState::Running, runTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(trainingPoints(window) > pausedAt, runTimeoutMs);

        QTest::keyClick(&window, Qt::Key_Escape); // Stop
        QTRY_COMPARE_WITH_TIMEOUT(window.state(), RunState::Stopped, runTimeoutMs);
        QVERIFY(window.banner()->text().startsWith(QLatin1String("Stopped")));
        QVERIFY(window.controller()->lastResult().has_value());
        QCOMPARE(window.controller()->lastResult()->status, cnnlab::core::RunStatus::Stopped);
        // Issue 15.10: a stopped run has no time left to estimate (nor is it done).
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("etaLabel"))->text(), QStringLiteral("ETA –"));
        QVERIFY(window.findChild<QAction *>(QStringLiteral("startAction"))->isEnabled());
        // The stopped run is recorded with its change.
        QVERIFY(window.controller()->lastRecord().has_value());
        QCOMPARE(window.controller()->lastRecord()->changes.size(), std::size_t(1));
    }

    // Issue 15.3: with too little room some digits are cut off; the heading
    // said "32 of 32 correct" over 26 visible ones.
    void predictionsHeadingCountsOnlyTheShownDigits()
    {
        cnnlab::ui::PredictionsGrid grid;
        std::vector<cnnlab::core::SampleImage> samples(32);
        std::vector<cnnlab::core::Prediction> predictions;
        for (int i = 0; i < 32; ++i) {
            samples[std::size_t(i)].label = i % 10;
            samples[std::size_t(i)].pixels.assign(784, std::uint8_t(i * 7));
            cnnlab::core::Prediction p;
            p.sampleIndex = i;
            p.trueLabel = i % 10;
            p.predictedLabel = i == 0 ? 1 : i % 10; // one mistake, in the first tile
            predictions.push_back(p);
        }
        grid.setSamples(samples, {});
        grid.setPredictions(predictions);
        grid.resize(1400, 500);
        grid.show();
        QVERIFY(QTest::qWaitForWindowExposed(&grid));
        QCOMPARE(grid.shownCount(), 32);
        QCOMPARE(grid.headingText(), QStringLiteral("Sample predictions — 31 of 32 correct"));
        grid.resize(700, grid.minimumSizeHint().height()); // one row of the smallest tiles
        QTRY_VERIFY(grid.shownCount() < 32);
        const int shown = grid.shownCount();
        QVERIFY(shown > 0);
        QCOMPARE(grid.headingText(),
            QStringLiteral("Sample predictions — %1 of %2 shown correct (%3 more hidden: enlarge this panel)")
                .arg(shown - 1)
                .arg(shown)
                .arg(32 - shown));
    }

    void stopWhilePausedAndWhileLoading()
    {
        MainWindow window;
        window.setConfig(smallConfig(20000, 3));
        window.show();
        window.startRun();
        window.stopRun(); // while the data is still loading
        QTRY_VERIFY_WITH_TIMEOUT(!cnnlab::ui::isActive(window.state()), runTimeoutMs);
        QVERIFY(window.state() == RunState::Stopped || window.state() == RunState::Finished);

        window.startRun();
        QTRY_VERIFY_WITH_TIMEOUT(trainingPoints(window) >= 1, runTimeoutMs);
        window.togglePause();
        QTRY_COMPARE_WITH_TIMEOUT(window.state(), RunState::Paused, runTimeoutMs);
        window.stopRun();
        QTRY_COMPARE_WITH_TIMEOUT(window.state(), RunState::Stopped, runTimeoutMs);
    }

    void closingMidRunLeavesNoThread()
    {
        auto *window = new MainWindow;
        window->setConfig(smallConfig(20000, 3));
        window->show();
        window->startRun();
        QTRY_VERIFY_WITH_TIMEOUT(trainingPoints(*window) >= 1, runTimeoutMs);
        cnnlab::ui::TrainingController *controller = window->controller();
        QVERIFY(controller->isThreadRunning());
        const std::size_t runsBefore = cnnlab::core::RunStore().list().size();
        QVERIFY(window->close());
        QVERIFY(!controller->isThreadRunning());
        delete window;
        // The run that the close stopped is in the history, not lost.
        const std::vector<cnnlab::core::RunStore::Entry> runs = cnnlab::core::RunStore().list();
        QCOMPARE(runs.size(), runsBefore + 1);
        QVERIFY(runs.back().record.has_value());
        QCOMPARE(runs.back().record->result.status, cnnlab::core::RunStatus::Stopped);
    }

    void missingDatasetIsAMessage()
    {
        // Point every dataset search location at an empty directory.
        QTemporaryDir empty;
        const QByteArray savedHome = qgetenv("XDG_DATA_HOME");
        const QByteArray savedDirs = qgetenv("XDG_DATA_DIRS");
        const QByteArray savedData = qgetenv("CNNLAB_DATA_DIR");
        qputenv("XDG_DATA_HOME", empty.path().toLocal8Bit());
        qputenv("XDG_DATA_DIRS", empty.path().toLocal8Bit());
        qunsetenv("CNNLAB_DATA_DIR");
        auto restore = qScopeGuard([&] {
            qputenv("XDG_DATA_HOME", savedHome);
            qputenv("XDG_DATA_DIRS", savedDirs);
            if (!savedData.isEmpty())
                qputenv("CNNLAB_DATA_DIR", savedData);
        });
        // Whichever dataset is not also installed system-wide (/usr/share/datasets).
        std::optional<cnnlab::core::DatasetKind> missing;
        for (auto kind : {cnnlab::core::DatasetKind::Mnist, cnnlab::core::DatasetKind::FashionMnist})
            if (!missing && !cnnlab::core::loadDataset(kind))
                missing = kind;
        if (!missing)
            QSKIP("both datasets are installed system-wide; cannot provoke a missing dataset");

        MainWindow window;
        cnnlab::core::TrainingConfig c = smallConfig();
        c.dataset = *missing;
        window.setConfig(c);
        window.show();
        window.startRun();
        QTRY_COMPARE_WITH_TIMEOUT(window.state(), RunState::Failed, runTimeoutMs);
        QVERIFY(window.banner()->isVisible());
        QCOMPARE(window.banner()->level(), cnnlab::ui::MessageBanner::Level::Error);
        const QString text = window.banner()->text();
        QVERIFY2(text.contains(QLatin1String("Install it with:")), qPrintable(text));
        QVERIFY2(
            text.contains(QString::fromStdString(cnnlab::core::installHint(*missing))), qPrintable(text));
        QCOMPARE(window.stateText(), QStringLiteral("Failed"));
        // Still usable: Start is offered again.
        QVERIFY(window.findChild<QAction *>(QStringLiteral("startAction"))->isEnabled());
    }

    void invalidConfigIsRefusedBeforeStarting()
    {
        MainWindow window;
        cnnlab::core::TrainingConfig c = smallConfig();
        c.quickEvaluationSize = 0; // no control for it; only a loaded config can carry it
        window.setConfig(c);
        window.startRun();
        QCOMPARE(window.state(), RunState::Idle);
        QVERIFY(window.banner()->text().contains(QLatin1String("quick evaluation size")));
    }

    void preferencesPersist()
    {
        {
            MainWindow window;
            window.setConfig(smallConfig(5000, 7));
            window.controlsPanel()->setCostPerHour(1.25);
            window.findChild<QAction *>(QStringLiteral("fullRangeAction"))->setChecked(true);
            window.show();
            window.close();
        }
        MainWindow window;
        QCOMPARE(window.currentConfig().epochs, 7);
        QCOMPARE(window.currentConfig().trainLimit, 5000);
        QCOMPARE(window.currentConfig().validation, cnnlab::core::ValidationSource::Holdout);
        QCOMPARE(window.controlsPanel()->costPerHour(), 1.25);
        QVERIFY(window.chartsPanel()->isFullRange());
        // The test-mode settings file, never the user's.
        QVERIFY(cnnlab::ui::Settings().fileName().contains(QLatin1String(".qttest")));
    }
};

QTEST_MAIN(TestTraining)
#include "tst_training.moc"
