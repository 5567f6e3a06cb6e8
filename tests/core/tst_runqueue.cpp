// The run queue's bookkeeping: one run at a time, pause, stop (back to pending), clear.
#include "cnnlab/core/runqueue.h"

#include <QTest>

using namespace cnnlab::core;
using State = RunQueue::EntryState;

class TestRunQueue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void runsInOrder();
    void oneAtATime();
    void stopGoesBackToPendingAndPauses();
    void pauseKeepsCurrentRun();
    void clearKeepsRunning();
    void finishWithoutRunningIsIgnored();
};

void TestRunQueue::runsInOrder()
{
    RunQueue queue;
    QVERIFY(queue.isIdle());
    QVERIFY(!queue.startNext()); // empty
    queue.enqueue(labPlan(1));
    QCOMPARE(queue.entries().size(), std::size_t(4));
    QCOMPARE(queue.pendingCount(), 4);
    QVERIFY(!queue.isIdle());

    const State ends[] = {State::Completed, State::Failed, State::Completed, State::Diverged};
    for (int i = 0; i < 4; ++i) {
        const auto index = queue.startNext();
        QVERIFY(index);
        QCOMPARE(*index, i);
        QCOMPARE(queue.currentIndex(), std::optional<int>(i));
        QCOMPARE(queue.entries()[std::size_t(i)].state, State::Running);
        queue.finishCurrent(ends[i], "/runs/" + std::to_string(i) + "/run.json", 0.9 + 0.01 * i);
        QVERIFY(!queue.currentIndex());
        QCOMPARE(queue.doneCount(), i + 1);
    }
    QVERIFY(queue.isIdle());
    QVERIFY(!queue.startNext());
    QCOMPARE(queue.entries()[1].state, State::Failed);
    QCOMPARE(queue.entries()[3].state, State::Diverged);
    QCOMPARE(QString::fromStdString(queue.entries()[2].recordPath), QStringLiteral("/runs/2/run.json"));
    QCOMPARE(queue.entries()[2].finalValAccuracy, 0.92);
    QCOMPARE(QString::fromStdString(queue.entries()[3].run.group), QString::fromLatin1(labGroupLr001));
}

void TestRunQueue::oneAtATime()
{
    RunQueue queue;
    queue.enqueue(labPlan(1));
    QCOMPARE(queue.startNext(), std::optional<int>(0));
    QVERIFY(!queue.startNext()); // a run is running
    QCOMPARE(queue.pendingCount(), 3);
    queue.enqueue(labPlan(1)); // more can be added while one runs
    QCOMPARE(queue.pendingCount(), 7);
    queue.finishCurrent(State::Completed);
    QCOMPARE(queue.startNext(), std::optional<int>(1));
}

void TestRunQueue::stopGoesBackToPendingAndPauses()
{
    RunQueue queue;
    queue.enqueue(labPlan(1));
    QCOMPARE(queue.startNext(), std::optional<int>(0));
    queue.finishCurrent(State::Completed, "/a/run.json", 0.99);
    QCOMPARE(queue.startNext(), std::optional<int>(1));
    queue.finishCurrent(State::Stopped, "/b/run.json", 0.5);

    // Kept, pending again, with nothing of the stopped attempt; the rest untouched.
    QCOMPARE(queue.entries()[1].state, State::Pending);
    QVERIFY(queue.entries()[1].recordPath.empty());
    QCOMPARE(queue.pendingCount(), 3);
    QCOMPARE(queue.doneCount(), 1);
    QVERIFY(queue.isPaused());
    QVERIFY(!queue.startNext());
    QVERIFY(!queue.isIdle());

    queue.setPaused(false); // continue: the stopped run runs again first
    QCOMPARE(queue.startNext(), std::optional<int>(1));
}

void TestRunQueue::pauseKeepsCurrentRun()
{
    RunQueue queue;
    queue.enqueue(labPlan(1));
    QCOMPARE(queue.startNext(), std::optional<int>(0));
    queue.setPaused(true);
    QCOMPARE(queue.currentIndex(), std::optional<int>(0)); // still running
    queue.finishCurrent(State::Completed);
    QCOMPARE(queue.entries()[0].state, State::Completed);
    QVERIFY(!queue.startNext()); // paused: nothing new starts
    QCOMPARE(queue.pendingCount(), 3);
    queue.setPaused(false);
    QCOMPARE(queue.startNext(), std::optional<int>(1));
}

void TestRunQueue::clearKeepsRunning()
{
    RunQueue queue;
    queue.enqueue(labPlan(2));
    QCOMPARE(queue.startNext(), std::optional<int>(0));
    queue.finishCurrent(State::Completed);
    QCOMPARE(queue.startNext(), std::optional<int>(1));
    queue.clear();
    QCOMPARE(queue.entries().size(), std::size_t(1));
    QCOMPARE(queue.currentIndex(), std::optional<int>(0));
    QCOMPARE(QString::fromStdString(queue.entries()[0].run.name), QStringLiteral("lab-dropout-seed42"));
    queue.finishCurrent(State::Completed);
    QVERIFY(queue.isIdle());
    queue.clear();
    QVERIFY(queue.entries().empty());
}

void TestRunQueue::finishWithoutRunningIsIgnored()
{
    RunQueue queue;
    queue.enqueue(labPlan(1));
    queue.finishCurrent(State::Completed, "/x"); // nothing running
    QCOMPARE(queue.pendingCount(), 4);
    QCOMPARE(queue.doneCount(), 0);
    QVERIFY(!queue.isPaused());
}

QTEST_GUILESS_MAIN(TestRunQueue)
#include "tst_runqueue.moc"
