// ThreadTuner on synthetic step times: it backs off when a thread fewer is
// faster, comes back when the load is gone, and never moves when fixed.
#include "threadtuner.h"

#include <QtTest>

#include <functional>
#include <map>

using namespace cnnlab::core;

namespace {

// Drives a tuner with steps of `images` images whose duration depends on the
// thread count the tuner asks for (and on the time), for `seconds` seconds.
struct Driver {
    explicit Driver(ThreadTuner &t)
        : tuner(t)
    { } // g++ 14 warns on a partial aggregate

    ThreadTuner &tuner;
    double now = 0.0;
    std::vector<ThreadTuner::Change> kept; // changes with a reason
    std::vector<int> threadsPerStep;
    std::map<int, double> secondsAt; // wall time spent at each thread count

    void run(double seconds, const std::function<double(int threads)> &stepSeconds, int images = 32)
    {
        const double end = now + seconds;
        while (now < end) {
            const double s = stepSeconds(tuner.threads());
            now += s;
            threadsPerStep.push_back(tuner.threads());
            secondsAt[tuner.threads()] += s;
            if (auto change = tuner.record(now, s, images); change && !change->reason.empty())
                kept.push_back(*change);
        }
    }
    // Share of the steps in the last `steps` that ran at `threads`.
    double shareAt(int threads, std::size_t steps) const
    {
        const auto first = threadsPerStep.size() - std::min(steps, threadsPerStep.size());
        int n = 0;
        for (auto i = first; i < threadsPerStep.size(); ++i)
            n += threadsPerStep[i] == threads;
        return double(n) / double(threadsPerStep.size() - first);
    }
};

double idle(int threads)
{
    return threads == 2 ? 0.020 : 0.036; // 2 threads 1.8x faster
}

double busy(int threads)
{
    return threads == 2 ? 0.080 : 0.040; // a foreign process on one core: 2 threads 2x slower
}

} // namespace

class TestThreadTuner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aRunStartingUnderLoadBacksOffWithinASecond()
    {
        ThreadTuner tuner(2, true);
        Driver driver {tuner};
        driver.run(1.0, busy);
        QCOMPARE(tuner.threads(), 1);
    }

    void staysAtAllCoresOnAnIdleMachine()
    {
        ThreadTuner tuner(2, true);
        Driver driver {tuner};
        driver.run(30.0, idle);
        QCOMPARE(tuner.threads(), 2);
        QVERIFY(driver.kept.empty());
        // Probing costs little: nearly every step ran at 2 threads.
        QVERIFY2(driver.shareAt(2, driver.threadsPerStep.size()) > 0.9,
            qPrintable(QString::number(driver.shareAt(2, driver.threadsPerStep.size()))));
    }

    void backsOffUnderLoadAndReturnsWhenItGoes()
    {
        ThreadTuner tuner(2, true);
        Driver driver {tuner};
        driver.run(5.0, idle);
        QCOMPARE(tuner.threads(), 2);
        driver.run(10.0, busy);
        QCOMPARE(tuner.threads(), 1);
        QCOMPARE(driver.kept.size(), std::size_t(1));
        QCOMPARE(driver.kept[0].from, 2);
        QCOMPARE(driver.kept[0].to, 1);
        QVERIFY(driver.kept[0].reason.find("busy") != std::string::npos);
        // Under lasting load nearly every step runs at the faster count: a
        // probe that is clearly slower ends after its first measured step.
        driver.run(60.0, busy);
        QVERIFY2(driver.shareAt(1, 1000) > 0.95, qPrintable(QString::number(driver.shareAt(1, 1000))));
        // Load gone: back to 2 threads within the longest probe interval.
        driver.run(25.0, idle);
        QCOMPARE(tuner.threads(), 2);
        QCOMPARE(driver.kept.back().to, 2);
    }

    // Slow steps (a contended batch-32 step: 0.25 s at 1 thread, 0.65 s at 2):
    // the probes back to 2 threads must not eat the gain of backing off.
    void aLosingProbeCostsLittleUnderLoad()
    {
        ThreadTuner tuner(2, true);
        Driver driver {tuner};
        auto heavy = [](int threads) { return threads == 2 ? 0.65 : 0.25; };
        driver.run(10.0, heavy);
        QCOMPARE(tuner.threads(), 1);
        driver.secondsAt.clear();
        driver.run(120.0, heavy);
        const double share = driver.secondsAt[2] / (driver.secondsAt[1] + driver.secondsAt[2]);
        QVERIFY2(share < 0.08, qPrintable(QString::number(share)));
    }

    void reactsToASuddenSlowdownBeforeTheNextScheduledProbe()
    {
        ThreadTuner tuner(2, true);
        Driver driver {tuner};
        driver.run(60.0, idle); // probes lost: the interval is at its longest
        const double loadStart = driver.now;
        driver.run(3.0, busy);
        QCOMPARE(tuner.threads(), 1);
        QVERIFY(driver.now - loadStart < 3.5);
    }

    void fixedThreadsNeverChange()
    {
        ThreadTuner tuner(2, false);
        Driver driver {tuner};
        driver.run(10.0, busy);
        QCOMPARE(tuner.threads(), 2);
        QVERIFY(driver.kept.empty());
        for (int t : driver.threadsPerStep)
            QCOMPARE(t, 2);
    }

    void oneCoreHasNothingToTune()
    {
        ThreadTuner tuner(1, true);
        QVERIFY(!tuner.adaptive());
        QVERIFY(!tuner.record(1.0, 0.1, 32));
        QCOMPARE(tuner.threads(), 1);
    }
};

QTEST_APPLESS_MAIN(TestThreadTuner)
#include "tst_threadtuner.moc"
