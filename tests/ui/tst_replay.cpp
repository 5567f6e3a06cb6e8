// Replay of a recorded run: the ReplayController's pacing (recorded seconds
// divided by the speed, measured with generous bounds), the order of what it
// reports, and the main window showing a replay through the live paths: the
// same chart point counts as opening the record, a visible REPLAY badge while
// it plays and none after Stop. No training and no dataset are involved.

#include "charts/chartspanel.h"
#include "charts/metricschart.h"
#include "common/filelocations.h"
#include "explain/confusionpanel.h"
#include "explain/explaindocks.h"
#include "run/replaycontroller.h"
#include "runfixtures.h"
#include "window/mainwindow.h"
#include "workbench/controlspanel.h"
#include "workbench/predictionsgrid.h"

#include "cnnlab/core/runrecord.h"
#include "cnnlab/core/runstore.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QToolBar>

#include <functional>

using cnnlab::ui::ChartsPanel;
using cnnlab::ui::MainWindow;
using cnnlab::ui::ReplayController;
using cnnlab::ui::RunState;

namespace {

const QString fixture = cnnlab::testing::runFixturePath;
using cnnlab::testing::syntheticRecord;

cnnlab::core::RunRecord loadFixture()
{
    return cnnlab::testing::loadRunFixture();
}

QWidget *toolButton(MainWindow &window, const char *actionName)
{
    auto *action = window.findChild<QAction *>(QLatin1String(actionName));
    auto *bar = window.findChild<QToolBar *>(QStringLiteral("runToolBar"));
    return action && bar ? bar->widgetForAction(action) : nullptr;
}

} // namespace

class TestReplay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QSettings(QStringLiteral("cnnlab"), QStringLiteral("cnnlab")).clear();
        cnnlab::ui::registerMetaTypes();
    }

    void cleanup() { QSettings(QStringLiteral("cnnlab"), QStringLiteral("cnnlab")).clear(); }

    void fiftyTimesSpeedTakesAFiftiethOfTheRecordedTime()
    {
        // 20 recorded seconds at 50x: 0.4 s. Bounds are wide (a loaded CI
        // machine), but exclude both "all at once" and "in real time".
        ReplayController replay;
        replay.setSpeed(50);
        QSignalSpy finished(&replay, &ReplayController::finished);
        QElapsedTimer clock;
        clock.start();
        QVERIFY(replay.start(syntheticRecord(20.0)));
        QCOMPARE(replay.state(), RunState::Running);
        QVERIFY(finished.isEmpty()); // not everything at once
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        const qint64 ms = clock.elapsed();
        QVERIFY2(ms >= 300 && ms <= 2500, qPrintable(QStringLiteral("took %1 ms, expected ~400").arg(ms)));
        QCOMPARE(replay.state(), RunState::Finished);
        QCOMPARE(replay.playedCount(), replay.eventCount());
    }

    void slowerSpeedTakesLonger()
    {
        // 2 recorded seconds at 5x: 0.4 s too; at 1x it would be 2 s.
        ReplayController replay;
        replay.setSpeed(5);
        QSignalSpy finished(&replay, &ReplayController::finished);
        QElapsedTimer clock;
        clock.start();
        QVERIFY(replay.start(syntheticRecord(2.0)));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        const qint64 ms = clock.elapsed();
        QVERIFY2(ms >= 300 && ms <= 2500, qPrintable(QStringLiteral("took %1 ms, expected ~400").arg(ms)));
    }

    void fixtureArrivesInOrderAndComplete()
    {
        const cnnlab::core::RunRecord record = loadFixture();
        ReplayController replay;
        replay.setSpeed(ReplayController::maximumSpeed);
        QList<double> seconds;
        QList<double> epochs;
        int steps = 0;
        int evaluations = 0;
        int changes = 0;
        int predictions = 0;
        connect(&replay, &ReplayController::stepReported, this, [&](const cnnlab::core::StepMetrics &m) {
            ++steps;
            seconds.append(m.position.elapsedSeconds);
            epochs.append(m.position.epochPosition);
        });
        connect(&replay, &ReplayController::evaluated, this, [&](const cnnlab::core::EpochMetrics &m) {
            ++evaluations;
            seconds.append(m.position.elapsedSeconds);
        });
        connect(&replay, &ReplayController::configApplied, this,
            [&](const cnnlab::core::ConfigChange &) { ++changes; });
        connect(&replay, &ReplayController::predictionsReported, this,
            [&](const std::vector<cnnlab::core::Prediction> &p) {
                ++predictions;
                QCOMPARE(int(p.size()), int(record.predictions.size()));
            });
        QSignalSpy started(&replay, &ReplayController::started);
        QSignalSpy finished(&replay, &ReplayController::finished);
        QVERIFY(replay.start(record));
        QCOMPARE(started.count(), 1);
        const auto info = started.first().first().value<cnnlab::core::RunInfo>();
        QCOMPARE(int(info.samples.size()), int(record.samples.size()));
        QCOMPARE(info.classNames.size(), std::size_t(10));

        // 13.7 recorded seconds at 50x: ~0.27 s.
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        QCOMPARE(steps, int(record.trainCurve.size()));
        QCOMPARE(evaluations, int(record.history.size()));
        QCOMPARE(changes, int(record.changes.size()));
        QCOMPARE(predictions, 1);
        for (qsizetype i = 1; i < seconds.size(); ++i)
            QVERIFY2(seconds[i] >= seconds[i - 1], "reports out of recorded order");
        for (qsizetype i = 1; i < epochs.size(); ++i)
            QVERIFY(epochs[i] >= epochs[i - 1]);
        const auto result = finished.first().first().value<cnnlab::core::RunResult>();
        QCOMPARE(result.status, record.result.status);
        QCOMPARE(result.valAccuracy, record.result.valAccuracy);
    }

    void pauseHoldsAndStopEndsEarly()
    {
        ReplayController replay;
        replay.setSpeed(10);
        QSignalSpy steps(&replay, &ReplayController::stepReported);
        QSignalSpy finished(&replay, &ReplayController::finished);
        QVERIFY(replay.start(syntheticRecord(20.0))); // 2 s at 10x
        QTRY_VERIFY_WITH_TIMEOUT(steps.count() >= 5, 5000);
        replay.pause();
        QCOMPARE(replay.state(), RunState::Paused);
        const int held = int(steps.count());
        const double position = replay.position();
        QTest::qWait(300); // 3 recorded seconds would pass if the pause leaked
        QCOMPARE(int(steps.count()), held);
        QCOMPARE(replay.position(), position);
        replay.resume();
        QTRY_VERIFY_WITH_TIMEOUT(steps.count() > held, 5000);
        replay.stop();
        QCOMPARE(replay.state(), RunState::Stopped);
        QCOMPARE(finished.count(), 1);
        const auto result = finished.first().first().value<cnnlab::core::RunResult>();
        QCOMPARE(result.status, cnnlab::core::RunStatus::Stopped);
        QVERIFY(result.position.elapsedSeconds < 20.0);
        QVERIFY(replay.playedCount() < replay.eventCount());
        const int afterStop = int(steps.count());
        QTest::qWait(100);
        QCOMPARE(int(steps.count()), afterStop); // nothing after Stop
    }

    void speedIsClampedAndKeepsThePosition()
    {
        ReplayController replay;
        replay.setSpeed(500);
        QCOMPARE(replay.speed(), ReplayController::maximumSpeed);
        replay.setSpeed(0.1);
        QCOMPARE(replay.speed(), ReplayController::minimumSpeed);
        QVERIFY(!replay.start(cnnlab::core::RunRecord())); // nothing to play
        QCOMPARE(replay.state(), RunState::Idle);
    }

    void windowReplaysThroughTheLivePaths()
    {
        const cnnlab::core::RunRecord record = loadFixture();

        // What opening the record shows: the reference point counts.
        int expected[3][2] = {};
        {
            MainWindow viewer;
            QVERIFY(viewer.openRunRecord(fixture));
            for (int s = 0; s < 3; ++s) {
                expected[s][0] = viewer.chartsPanel()->accuracyChart()->pointCount(s);
                expected[s][1] = viewer.chartsPanel()->lossChart()->pointCount(s);
            }
            QVERIFY(expected[ChartsPanel::Training][0] > 0);
        }

        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *badge = window.findChild<QLabel *>(QStringLiteral("replayBadge"));
        QVERIFY(badge);
        QTRY_VERIFY(!badge->isVisible());

        window.setReplaySpeed(10); // 13.7 s recorded: ~1.4 s
        QVERIFY(window.startReplay(fixture));
        QVERIFY(window.isReplaying());
        QCOMPARE(window.state(), RunState::Running);
        QTRY_VERIFY(badge->isVisible()); // the tool bar lays out on the next event
        QCOMPARE(badge->text(), QStringLiteral("REPLAY 10×"));
        QVERIFY(window.stateText().startsWith(QStringLiteral("Replaying")));
        QVERIFY(window.chartsPanel()->accuracyChart()->title().contains(QStringLiteral("REPLAY 10×")));
        QVERIFY(!window.findChild<QAction *>(QStringLiteral("startAction"))->isEnabled());
        QVERIFY(!window.controlsPanel()->isEnabled());
        auto *speed = window.findChild<QSpinBox *>(QStringLiteral("replaySpeedSpin"));
        QVERIFY(speed);
        QTRY_VERIFY(speed->isVisible());

        // The speed control in the tool bar changes the badge.
        speed->setValue(50);
        QCOMPARE(window.replayController()->speed(), 50.0);
        QCOMPARE(badge->text(), QStringLiteral("REPLAY 50×"));

        QTRY_COMPARE_WITH_TIMEOUT(window.state(), RunState::Finished, 10000);
        window.chartsPanel()->flush();
        for (int s = 0; s < 3; ++s) {
            QCOMPARE(window.chartsPanel()->accuracyChart()->pointCount(s), expected[s][0]);
            QCOMPARE(window.chartsPanel()->lossChart()->pointCount(s), expected[s][1]);
        }
        // The mid-run changes as recorded (and, at the end, the coach's notes as
        // when the record is opened).
        qsizetype changes = 0;
        for (const auto &marker : window.chartsPanel()->accuracyChart()->markers())
            changes += marker.kind == cnnlab::ui::MetricsChart::MarkerKind::Change ? 1 : 0;
        QCOMPARE(changes, qsizetype(record.changes.size()));
        QCOMPARE(window.predictionsGrid()->sampleCount(), int(record.samples.size()));
        QCOMPARE(window.predictionsGrid()->predictionCount(), int(record.predictions.size()));
        QTRY_VERIFY(!badge->isVisible());
        QCOMPARE(window.stateText(), QStringLiteral("Replay finished"));
        QVERIFY(window.findChild<QAction *>(QStringLiteral("startAction"))->isEnabled());
        QVERIFY(window.controlsPanel()->isEnabled());
    }

    // Issue 15.6: a replay shows what the record holds in the Explain docks
    // (they said "appears after the first full evaluation"), and the cost
    // meter does not charge for it.
    void replayFillsTheExplainDocksAndCostsNothing()
    {
        cnnlab::core::RunRecord record = loadFixture();
        record.details.confusion.counts[3][3] = 7;
        record.details.confusion.counts[3][5] = 1;
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.setReplaySpeed(50);
        QVERIFY(window.startReplay(record, QStringLiteral("replayed")));
        auto *cost = window.findChild<QLabel *>(QStringLiteral("costLabel"));
        QVERIFY(cost);
        QTRY_COMPARE(cost->text(), QStringLiteral("Cost – (replay)"));
        QTRY_COMPARE_WITH_TIMEOUT(window.state(), RunState::Finished, 10000);
        QCOMPARE(window.explainDocks()->confusionPanel()->details().confusion.total(), std::int64_t(8));
        QVERIFY(window.explainDocks()->currentRecord().has_value());
        QCOMPARE(
            window.explainDocks()->currentRecord()->name, record.name); // the report is of the replayed run
        QVERIFY(!cost->text().contains(QStringLiteral("$")));
        QVERIFY(cost->toolTip().contains(QStringLiteral("costs nothing")));
    }

    void stopFromTheToolBarEndsTheReplay()
    {
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *badge = window.findChild<QLabel *>(QStringLiteral("replayBadge"));
        window.setReplaySpeed(1); // 13.7 s: far longer than this test
        QVERIFY(window.startReplay(fixture));
        QTRY_VERIFY(badge->isVisible()); // the tool bar lays out on the next event
        QTest::mouseClick(toolButton(window, "pauseAction"), Qt::LeftButton);
        QCOMPARE(window.state(), RunState::Paused);
        QCOMPARE(window.stateText(), QStringLiteral("Replay paused"));
        QTRY_VERIFY(badge->isVisible()); // the tool bar lays out on the next event
        QTest::mouseClick(toolButton(window, "stopAction"), Qt::LeftButton);
        QCOMPARE(window.state(), RunState::Stopped);
        QVERIFY(!window.isReplaying());
        QTRY_VERIFY(!badge->isVisible());
        QCOMPARE(window.stateText(), QStringLiteral("Replay stopped"));
        QVERIFY(!window.chartsPanel()->accuracyChart()->title().contains(QStringLiteral("REPLAY")));

        // Reset returns to an ordinary, empty window.
        window.resetRun();
        QCOMPARE(window.state(), RunState::Idle);
        QCOMPARE(window.stateText(), QStringLiteral("Idle"));
        QCOMPARE(window.chartsPanel()->accuracyChart()->title(), QStringLiteral("Accuracy"));
    }

    // Issue 15.10: file dialogs opened in the launch folder or the last
    // chart-export folder; runs are opened from the run store, and saved for
    // others into the documents folder.
    void fileDialogsStartWhereTheFilesAre()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto startFolder = [](const std::function<void()> &open) {
            QString folder;
            QTimer::singleShot(0, [&folder] {
                // The dialog is modal and runs its own loop: look for it from inside.
                std::function<void()> poll;
                poll = [&folder, &poll] {
                    if (auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget())) {
                        folder = QDir(dialog->directory()).absolutePath();
                        dialog->reject();
                    } else {
                        QTimer::singleShot(20, poll);
                    }
                };
                poll();
            });
            open();
            return folder;
        };
        const QString runs = QDir(cnnlab::ui::FileLocations::runsFolder()).absolutePath();
        QCOMPARE(runs, QDir(QString::fromStdString(cnnlab::core::RunStore::defaultRoot())).absolutePath());
        QCOMPARE(startFolder(
                     [&window] { window.findChild<QAction *>(QStringLiteral("replayAction"))->trigger(); }),
            runs);
        QCOMPARE(startFolder([&window] {
            window.findChild<QAction *>(QStringLiteral("openRecordAction"))->trigger();
        }),
            runs);
        auto *load = window.findChild<QPushButton *>(QStringLiteral("drawPadLoad"));
        QVERIFY(load);
        QCOMPARE(startFolder([load] { load->click(); }), runs);
    }

    void aMissingFileIsAnError()
    {
        MainWindow window;
        QString error;
        QVERIFY(!window.startReplay(QStringLiteral("/nonexistent/run.json"), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!window.isReplaying());
    }
};

QTEST_MAIN(TestReplay)
#include "tst_replay.moc"
