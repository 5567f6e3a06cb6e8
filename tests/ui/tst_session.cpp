// The run session, the one document every view shows: it records and
// forwards its source's reports, drops the old run when the source changes
// (nothing the old source still says gets through), routes mid-run edits
// only to a source that trains, and the window's views follow it, so the
// Explain docks show a replay and an opened record, and a replay after
// another run leaves nothing of that run on screen.

#include "charts/chartspanel.h"
#include "charts/metricschart.h"
#include "explain/coachpanel.h"
#include "explain/confusionpanel.h"
#include "explain/drawpadpanel.h"
#include "explain/explaindocks.h"
#include "run/metatypes.h"
#include "run/runsession.h"
#include "run/runsource.h"
#include "runfixtures.h"
#include "window/mainwindow.h"
#include "workbench/controlspanel.h"
#include "workbench/predictionsgrid.h"

#include "cnnlab/core/coach.h"
#include "cnnlab/core/dataset.h"
#include "cnnlab/core/runrecord.h"

#include <QFile>
#include <QLocale>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using cnnlab::ui::ChartsPanel;
using cnnlab::ui::MainWindow;
using cnnlab::ui::RunSession;
using cnnlab::ui::RunState;

namespace {

const QString fixture = cnnlab::testing::runFixturePath;
using cnnlab::testing::syntheticRecord;

cnnlab::core::RunRecord loadFixture()
{
    return cnnlab::testing::loadRunFixture();
}

// A source the test drives by hand.
class FakeSource : public cnnlab::ui::RunSource
{
public:
    explicit FakeSource(bool steerable)
        : m_steerable(steerable)
    { }
    [[nodiscard]] RunState state() const override { return m_state; }
    void pause() override { }
    void resume() override { }
    void stop() override { ++stops; }
    void reset() override { }
    [[nodiscard]] const std::optional<cnnlab::core::RunInfo> &runInfo() const override { return m_info; }
    [[nodiscard]] const std::optional<cnnlab::core::RunResult> &lastResult() const override
    {
        return m_result;
    }
    [[nodiscard]] std::optional<cnnlab::core::RunRecord> endedRecord() const override { return ended; }
    [[nodiscard]] bool isSteerable() const override { return m_steerable; }
    void setLearningRate(double learningRate) override { rates.push_back(learningRate); }
    void setBatchSize(int batchSize) override { batches.push_back(batchSize); }

    void setState(RunState state)
    {
        m_state = state;
        Q_EMIT stateChanged(state);
    }
    void report(int steps, int evaluations)
    {
        cnnlab::core::RunInfo info;
        info.stepsPerEpoch = 10;
        Q_EMIT started(info);
        for (int i = 1; i <= steps; ++i) {
            cnnlab::core::StepMetrics s;
            s.position.step = i;
            Q_EMIT stepReported(s);
        }
        for (int i = 1; i <= evaluations; ++i) {
            cnnlab::core::EpochMetrics e;
            e.position.epoch = i;
            e.valAccuracy = 0.9;
            Q_EMIT evaluated(e);
        }
    }

    std::vector<double> rates;
    std::vector<int> batches;
    int stops = 0;
    std::optional<cnnlab::core::RunRecord> ended;

private:
    bool m_steerable = false;
    RunState m_state = RunState::Idle;
    std::optional<cnnlab::core::RunInfo> m_info;
    std::optional<cnnlab::core::RunResult> m_result;
};

QString mnistFolder()
{
    for (const std::string &dir : cnnlab::core::datasetSearchPath(cnnlab::core::DatasetKind::Mnist))
        for (const char *name : {"/train-images-idx3-ubyte", "/train-images-idx3-ubyte.gz"})
            if (QFile::exists(QString::fromStdString(dir) + QLatin1String(name)))
                return QString::fromStdString(dir);
    return {};
}

bool showAt1280x800(MainWindow &window)
{
    window.resize(1280, 800);
    window.show();
    return QTest::qWaitForWindowExposed(&window);
}

int trainingPoints(MainWindow &window)
{
    return window.chartsPanel()->accuracyChart()->pointCount(ChartsPanel::Training);
}

} // namespace

class TestSession : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dataHome;
    QString m_mnist;

    // Right after a replay of syntheticRecord(2.0) started: nothing of the run
    // shown before is left in any view.
    static void verifyNothingStale(MainWindow &window)
    {
        cnnlab::ui::ExplainDocks *docks = window.explainDocks();
        QCOMPARE(trainingPoints(window), 0);
        QCOMPARE(window.chartsPanel()->accuracyChart()->pointCount(ChartsPanel::Validation), 0);
        QCOMPARE(window.predictionsGrid()->predictionCount(), 0);
        QVERIFY(docks->confusionPanel()->details().confusion.isEmpty());
        QVERIFY(docks->coachPanel()->notes().empty());
        QVERIFY(!docks->drawPadPanel()->hasLoadedCheckpoint());
        QVERIFY(docks->drawPadPanel()->currentEngine() == nullptr); // never the last run's model
        QVERIFY(window.session()->record().history.empty());
        QVERIFY(window.session()->isReplay());
    }

    static void verifyTheReplayOnly(MainWindow &window, const cnnlab::core::RunRecord &replayed)
    {
        QTRY_COMPARE_WITH_TIMEOUT(window.state(), RunState::Finished, 10000);
        ChartsPanel whole;
        whole.showRecord(replayed);
        QCOMPARE(trainingPoints(window), whole.accuracyChart()->pointCount(ChartsPanel::Training));
        QCOMPARE(window.chartsPanel()->accuracyChart()->pointCount(ChartsPanel::Validation),
            whole.accuracyChart()->pointCount(ChartsPanel::Validation));
        QCOMPARE(window.predictionsGrid()->predictionCount(), 0); // the replay has none
        QVERIFY(window.explainDocks()->confusionPanel()->details().confusion.isEmpty());
        const std::optional<cnnlab::core::RunRecord> report = window.explainDocks()->currentRecord();
        QVERIFY(report.has_value());
        QCOMPARE(report->name, replayed.name);
        QCOMPARE(report->history.size(), replayed.history.size());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QSettings(QStringLiteral("cnnlab"), QStringLiteral("cnnlab")).clear();
        cnnlab::ui::registerMetaTypes();
        // A finished live run goes into the run store: keep it out of the
        // user's (MNIST is then found through CNNLAB_DATA_DIR).
        m_mnist = mnistFolder();
        if (!m_mnist.isEmpty())
            qputenv("CNNLAB_DATA_DIR", QFile::encodeName(m_mnist));
        QVERIFY(m_dataHome.isValid());
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_dataHome.path()));
    }

    void cleanup() { QSettings(QStringLiteral("cnnlab"), QStringLiteral("cnnlab")).clear(); }

    void recordsAndForwardsItsSourcesReports()
    {
        FakeSource source(true);
        RunSession session;
        QSignalSpy cleared(&session, &RunSession::cleared);
        QSignalSpy steps(&session, &RunSession::stepReported);
        QSignalSpy evaluations(&session, &RunSession::evaluated);
        session.setSource(&source, RunSession::Kind::Live);
        QCOMPARE(cleared.count(), 1);
        QVERIFY(!session.hasRun());
        source.report(5, 2);
        QCOMPARE(steps.count(), 5);
        QCOMPARE(evaluations.count(), 2);
        QCOMPARE(session.record().trainCurve.size(), std::size_t(5));
        QCOMPARE(session.record().history.size(), std::size_t(2));
        // Mid-run, the report is of what came so far.
        const std::optional<cnnlab::core::RunRecord> soFar = session.currentRecord();
        QVERIFY(soFar.has_value());
        QCOMPARE(soFar->history.size(), std::size_t(2));
        QCOMPARE(soFar->result.status, cnnlab::core::RunStatus::Stopped);
        // Once the source has its whole record, that is the report.
        cnnlab::core::RunRecord whole = syntheticRecord(2.0);
        source.ended = whole;
        QCOMPARE(session.currentRecord()->name, whole.name);
    }

    void switchingTheSourceDropsTheOldRunAndIgnoresItsReports()
    {
        FakeSource live(true);
        FakeSource replay(false);
        RunSession session;
        session.setSource(&live, RunSession::Kind::Live);
        live.report(5, 1);
        QSignalSpy cleared(&session, &RunSession::cleared);
        QSignalSpy steps(&session, &RunSession::stepReported);
        QSignalSpy states(&session, &RunSession::stateChanged);
        session.setSource(&replay, RunSession::Kind::Replay, QStringLiteral("old run"), fixture);
        QCOMPARE(cleared.count(), 1);
        QVERIFY(session.isReplay());
        QCOMPARE(session.name(), QStringLiteral("old run"));
        QVERIFY(session.record().trainCurve.empty());
        QVERIFY(!session.currentRecord().has_value());
        live.report(3, 1); // late reports of the old source
        live.setState(RunState::Running);
        QCOMPARE(steps.count(), 0);
        QCOMPARE(states.count(), 1); // only the switch itself
        QVERIFY(session.record().trainCurve.empty());
        replay.report(2, 0);
        QCOMPARE(steps.count(), 2);
    }

    void openingARecordDetachesTheSource()
    {
        FakeSource live(true);
        RunSession session;
        session.setSource(&live, RunSession::Kind::Live);
        live.setState(RunState::Finished);
        QSignalSpy opened(&session, &RunSession::recordOpened);
        const cnnlab::core::RunRecord record = loadFixture();
        session.openRecord(record, QStringLiteral("small"), fixture);
        QCOMPARE(opened.count(), 1);
        QVERIFY(session.source() == nullptr);
        QCOMPARE(session.state(), RunState::Idle);
        QCOMPARE(session.record().history.size(), record.history.size());
        QCOMPARE(session.currentRecord()->name, record.name);
        QSignalSpy steps(&session, &RunSession::stepReported);
        live.report(1, 0);
        QCOMPARE(steps.count(), 0);
    }

    // The charts keep no copy of the run: a redraw (another x axis, another
    // smoothing) reads the session's record, and a panel fed by hand ignores
    // hand-fed points while it shows a session.
    void chartsRedrawFromTheSessionsRecord()
    {
        FakeSource live(true);
        RunSession session;
        ChartsPanel charts;
        charts.setSession(&session);
        session.setSource(&live, RunSession::Kind::Live);
        live.report(6, 2);
        charts.flush();
        cnnlab::ui::MetricsChart *accuracy = charts.accuracyChart();
        QCOMPARE(accuracy->pointCount(ChartsPanel::Training), 6);
        QCOMPARE(&charts.shownRun(), &session.record());

        cnnlab::core::StepMetrics stray;
        stray.position.step = 99;
        charts.addStep(stray); // not the session's: never drawn
        charts.setXAxis(ChartsPanel::XAxis::Steps);
        QCOMPARE(accuracy->pointCount(ChartsPanel::Training), 6);
        QCOMPARE(accuracy->points(ChartsPanel::Training).last().x(), 6.0);
        charts.setSmoothing(0.0);
        QCOMPARE(accuracy->pointCount(ChartsPanel::Validation), 2);

        // A new source: the redraw finds an empty record, not the old run.
        FakeSource replay(false);
        session.setSource(&replay, RunSession::Kind::Replay);
        QCOMPARE(accuracy->pointCount(ChartsPanel::Training), 0);
        charts.setXAxis(ChartsPanel::XAxis::Epochs);
        QCOMPARE(accuracy->pointCount(ChartsPanel::Training), 0);
        QCOMPARE(accuracy->pointCount(ChartsPanel::Validation), 0);

        // An opened record is drawn from the session too.
        const cnnlab::core::RunRecord record = loadFixture();
        session.openRecord(record, QStringLiteral("small"), fixture);
        charts.flush();
        QCOMPARE(accuracy->pointCount(ChartsPanel::Validation), int(record.history.size()));
        charts.setXAxis(ChartsPanel::XAxis::Samples);
        QCOMPARE(accuracy->pointCount(ChartsPanel::Validation), int(record.history.size()));
        QCOMPARE(accuracy->points(ChartsPanel::Validation).last().x(),
            double(record.history.back().position.samplesSeen));
    }

    // "The learning-rate slider changes the rate mid-run": the Controls panel
    // hands its edits to the session, which passes them to a source that
    // trains; the panel locks what a run cannot change and is read-only
    // during a replay. No window takes part.
    void controlsSteerThroughTheSession()
    {
        FakeSource live(true);
        FakeSource replay(false);
        RunSession session;
        cnnlab::ui::ControlsPanel controls;
        controls.setSession(&session);
        session.setSource(&live, RunSession::Kind::Live);
        QVERIFY(!controls.isRunning());
        controls.stepLearningRate(1); // idle: only the next Start's setting
        QVERIFY(live.rates.empty());

        QSignalSpy deferred(&session, &RunSession::batchSizeDeferred);
        live.setState(RunState::Running);
        QVERIFY(controls.isRunning());
        QVERIFY(controls.isEnabled());
        controls.stepLearningRate(1);
        QCOMPARE(live.rates.size(), std::size_t(1));
        QCOMPARE(live.rates.back(), controls.config().learningRate);
        controls.stepBatchSize(1);
        QCOMPARE(live.batches.size(), std::size_t(1));
        QCOMPARE(live.batches.back(), controls.config().batchSize);
        QCOMPARE(deferred.count(), 1);
        QCOMPARE(deferred.first().first().toInt(), controls.config().batchSize);

        // A replay is shown, not steered: the panel is read-only while it plays.
        live.setState(RunState::Finished);
        session.setSource(&replay, RunSession::Kind::Replay);
        replay.setState(RunState::Running);
        QVERIFY(!controls.isEnabled());
        replay.setState(RunState::Finished);
        QVERIFY(controls.isEnabled());
        QVERIFY(!controls.isRunning());

        // A panel that no longer follows the session edits nothing.
        controls.setSession(nullptr);
        session.setSource(&live, RunSession::Kind::Live);
        live.setState(RunState::Running);
        controls.stepLearningRate(1);
        QCOMPARE(live.rates.size(), std::size_t(1));
    }

    void editsReachOnlyARunningSourceThatTrains()
    {
        FakeSource live(true);
        FakeSource replay(false);
        RunSession session;
        session.setSource(&live, RunSession::Kind::Live);
        QVERIFY(!session.setLearningRate(0.01)); // idle: only the next Start's setting
        live.setState(RunState::Running);
        QVERIFY(session.setLearningRate(0.01));
        QCOMPARE(live.rates, std::vector<double> {0.01});
        session.stop();
        QCOMPARE(live.stops, 1);
        session.setSource(&replay, RunSession::Kind::Replay);
        replay.setState(RunState::Running);
        QVERIFY(!session.setLearningRate(0.02)); // a replay plays what happened
        QVERIFY(replay.rates.empty());
        QCOMPARE(live.rates.size(), std::size_t(1));
    }

    void explainDocksFollowAReplayAsItPlays()
    {
        cnnlab::core::RunRecord record = loadFixture();
        record.details.confusion.counts[3][3] = 7;
        record.details.confusion.counts[3][5] = 1;
        MainWindow window;
        QVERIFY(showAt1280x800(window));
        window.setReplaySpeed(1); // slow enough to look mid-way
        QSignalSpy evaluations(window.session(), &RunSession::evaluated);
        QVERIFY(window.startReplay(record, QStringLiteral("replayed")));
        // Up to the first full validation (the coach's best-epoch note needs one).
        const auto fullSoFar = [&window] {
            for (const cnnlab::core::EpochMetrics &m : window.session()->record().history)
                if (m.fullValidation)
                    return true;
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(fullSoFar(), 30000);
        window.togglePause();
        QTRY_COMPARE(window.state(), RunState::Paused);
        cnnlab::ui::ExplainDocks *docks = window.explainDocks();
        // The coach reads the replayed evaluations, as it reads a live run's.
        QVERIFY(docks->coachPanel()->hasNote(cnnlab::core::CoachNoteKind::BestEpoch));
        QVERIFY(window.state() == RunState::Paused); // mid-way, not the end's whole record
        QVERIFY(docks->currentRecord()->history.size() < record.history.size());
        QVERIFY(docks->drawPadPanel()->currentEngine() == nullptr);
        QCOMPARE(docks->currentRecord()->history.size(), std::size_t(evaluations.count()));
        window.setReplaySpeed(50);
        window.togglePause();
        QTRY_COMPARE_WITH_TIMEOUT(window.state(), RunState::Finished, 20000);
        QCOMPARE(docks->confusionPanel()->details().confusion.total(), std::int64_t(8));
        QCOMPARE(docks->currentRecord()->history.size(), record.history.size());
    }

    void explainDocksShowAnOpenedRecord()
    {
        cnnlab::core::RunRecord record = loadFixture();
        record.details.confusion.counts[1][1] = 9;
        record.details.confusion.counts[1][7] = 2;
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("run.json"));
        QVERIFY(!cnnlab::core::writeRunRecord(record, path.toStdString()));
        MainWindow window;
        QVERIFY(showAt1280x800(window));
        QVERIFY(window.explainDocks()->coachPanel()->notes().empty());
        QString error;
        QVERIFY2(window.openRunRecord(path, &error), qPrintable(error));
        cnnlab::ui::ExplainDocks *docks = window.explainDocks();
        QCOMPARE(docks->confusionPanel()->details().confusion.total(), std::int64_t(11));
        QVERIFY(!docks->coachPanel()->notes().empty());
        QCOMPARE(window.session()->kind(), RunSession::Kind::Record);
        QCOMPARE(docks->currentRecord()->name, record.name);
        QCOMPARE(window.predictionsGrid()->predictionCount(), int(record.predictions.size()));
        QVERIFY(trainingPoints(window) > 0);
    }

    void replayAfterAnOpenedRecordLeavesNothingStale()
    {
        cnnlab::core::RunRecord record = loadFixture();
        record.details.confusion.counts[2][2] = 5;
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("run.json"));
        QVERIFY(!cnnlab::core::writeRunRecord(record, path.toStdString()));
        MainWindow window;
        QVERIFY(showAt1280x800(window));
        QVERIFY(window.openRunRecord(path));
        QVERIFY(window.predictionsGrid()->predictionCount() > 0);
        QVERIFY(!window.explainDocks()->confusionPanel()->details().confusion.isEmpty());
        window.setReplaySpeed(1);
        const cnnlab::core::RunRecord replayed = syntheticRecord(2.0);
        QVERIFY(window.startReplay(replayed, QStringLiteral("synthetic")));
        verifyNothingStale(window);
        window.setReplaySpeed(50);
        verifyTheReplayOnly(window, replayed);
    }

    void replayAfterALiveRunLeavesNothingStale()
    {
        if (m_mnist.isEmpty())
            QSKIP("MNIST is not installed (scripts/fetch-mnist); the live run needs it");
        MainWindow window;
        QVERIFY(showAt1280x800(window));
        cnnlab::core::TrainingConfig config;
        config.validation = cnnlab::core::ValidationSource::Holdout;
        config.holdoutSize = 100;
        config.trainLimit = 500;
        config.epochs = 1;
        config.device = "cpu";
        window.setConfig(config);
        window.startRun();
        QTRY_COMPARE_WITH_TIMEOUT(window.state(), RunState::Finished, 180000);
        QTRY_VERIFY(window.predictionsGrid()->predictionCount() > 0);
        QVERIFY(!window.explainDocks()->confusionPanel()->details().confusion.isEmpty());
        QVERIFY(window.explainDocks()->drawPadPanel()->currentEngine() != nullptr);
        QVERIFY(trainingPoints(window) > 0);
        window.setReplaySpeed(1);
        const cnnlab::core::RunRecord replayed = syntheticRecord(2.0);
        QVERIFY(window.startReplay(replayed, QStringLiteral("synthetic")));
        verifyNothingStale(window);
        window.setReplaySpeed(50);
        verifyTheReplayOnly(window, replayed);
    }
};

QTEST_MAIN(TestSession)
#include "tst_session.moc"
