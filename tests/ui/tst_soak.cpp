// Soak: many start/stop cycles of real training in the window (offscreen) and
// many replays, then no leaked thread and resident memory within 5 % of what
// it was after the first 20 cycles. CNNLAB_SOAK_CYCLES sets the count (default
// 200 each); the figures are printed for the record.

#include "common/settings.h"
#include "run/replaycontroller.h"
#include "run/trainingcontroller.h"
#include "window/mainwindow.h"

#include "cnnlab/core/dataset.h"
#include "cnnlab/core/runrecord.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using cnnlab::ui::MainWindow;
using cnnlab::ui::RunState;

namespace {

constexpr int waitMs = 120000;

long residentKiB()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields[1].toLong() * (sysconf(_SC_PAGESIZE) / 1024) : 0;
}

int threadCount()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("Threads:"))
            return line.mid(8).trimmed().toInt();
    return 0;
}

int cycles()
{
    const int n = qEnvironmentVariableIntValue("CNNLAB_SOAK_CYCLES");
    return n > 20 ? n : 200;
}

bool isEnded(RunState state)
{
    return state == RunState::Stopped || state == RunState::Finished;
}

} // namespace

class TestSoak : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dataHome;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings(QStringLiteral("cnnlab"), QStringLiteral("cnnlab")).clear();
        QString found;
        for (const std::string &dir : cnnlab::core::datasetSearchPath(cnnlab::core::DatasetKind::Mnist))
            if (found.isEmpty()
                && QFile::exists(QString::fromStdString(dir) + QStringLiteral("/train-images-idx3-ubyte")))
                found = QString::fromStdString(dir);
        if (found.isEmpty())
            QSKIP("MNIST is not installed (scripts/fetch-mnist)");
        qputenv("CNNLAB_DATA_DIR", QFile::encodeName(found));
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_dataHome.path())); // never the user's run history
    }

    void startStopCycles()
    {
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        cnnlab::core::TrainingConfig config;
        config.validation = cnnlab::core::ValidationSource::Holdout;
        config.holdoutSize = 100;
        config.trainLimit = 640;
        config.epochs = 1;
        config.device = "cpu";
        config.threads = 1;
        long rssAt20 = 0;
        int threadsAt20 = 0;
        QElapsedTimer clock;
        clock.start();
        for (int cycle = 1; cycle <= cycles(); ++cycle) {
            if (cycle % 20 == 0)
                qInfo(
                    "cycle %d: %.1f s, RSS %ld KiB", cycle, double(clock.elapsed()) / 1000.0, residentKiB());
            QVERIFY(window.controller()->start(config));
            QTRY_VERIFY_WITH_TIMEOUT(window.controller()->runInfo().has_value(), waitMs);
            window.controller()->stop();
            QTRY_VERIFY_WITH_TIMEOUT(isEnded(window.state()), waitMs);
            if (cycle == 20) {
                rssAt20 = residentKiB();
                threadsAt20 = threadCount();
            }
        }
        const long rss = residentKiB();
        const int threads = threadCount();
        qInfo("start/stop: %d cycles, RSS %ld KiB at cycle 20 -> %ld KiB (%+.1f %%), threads %d -> %d",
            cycles(), rssAt20, rss, 100.0 * double(rss - rssAt20) / double(rssAt20), threadsAt20, threads);
        QVERIFY2(threads <= threadsAt20, "a thread leaked per run");
        QVERIFY2(double(rss) < 1.05 * double(rssAt20), "resident memory grew more than 5 %");
    }

    void replayCycles()
    {
        const auto record = cnnlab::core::readRunRecord(CNNLAB_SOURCE_DIR "/tests/fixtures/run-small.json");
        QVERIFY(record.hasValue());
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.replayController()->setSpeed(cnnlab::ui::ReplayController::maximumSpeed);
        long rssAt20 = 0;
        int threadsAt20 = 0;
        for (int cycle = 1; cycle <= cycles(); ++cycle) {
            QVERIFY(window.startReplay(record.value(), QStringLiteral("soak")));
            QTest::qWait(20);
            window.replayController()->stop();
            QTRY_VERIFY_WITH_TIMEOUT(isEnded(window.replayController()->state()), waitMs);
            if (cycle == 20) {
                rssAt20 = residentKiB();
                threadsAt20 = threadCount();
            }
        }
        const long rss = residentKiB();
        const int threads = threadCount();
        qInfo("replay: %d cycles, RSS %ld KiB at cycle 20 -> %ld KiB (%+.1f %%), threads %d -> %d", cycles(),
            rssAt20, rss, 100.0 * double(rss - rssAt20) / double(rssAt20), threadsAt20, threads);
        QVERIFY(threads <= threadsAt20);
        QVERIFY2(double(rss) < 1.05 * double(rssAt20), "resident memory grew more than 5 %");
    }
};

QTEST_MAIN(TestSoak)
#include "tst_soak.moc"
