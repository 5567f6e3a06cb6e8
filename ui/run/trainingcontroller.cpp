#include "trainingcontroller.h"

#include "trainingworker.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QSignalBlocker>
#include <QThread>
#include <QtDebug>

namespace cnnlab::ui {

TrainingController::TrainingController(QObject *parent)
    : RunSource(parent)
    , m_thread(new QThread)
    , m_worker(new TrainingWorker)
{
    registerMetaTypes();
    m_thread->setObjectName(QStringLiteral("cnnlab training"));
    m_worker->moveToThread(m_thread);

    // The worker emits on the training thread; these connections are queued
    // (AutoConnection across threads), so every slot below runs on the GUI thread.
    connect(m_worker, &TrainingWorker::started, this, &TrainingController::handleStarted);
    connect(m_worker, &TrainingWorker::stepReported, this, &TrainingController::stepReported);
    connect(m_worker, &TrainingWorker::evaluated, this, &TrainingController::evaluated);
    connect(m_worker, &TrainingWorker::predictionsReported, this, &TrainingController::predictionsReported);
    connect(m_worker, &TrainingWorker::evaluationDetailsReported, this,
        &TrainingController::evaluationDetailsReported);
    connect(m_worker, &TrainingWorker::configApplied, this, &TrainingController::configApplied);
    connect(m_worker, &TrainingWorker::pausedChanged, this, &TrainingController::handlePausedChanged);
    connect(m_worker, &TrainingWorker::recordReady, this,
        [this](const core::RunRecord &record) { m_lastRecord = record; });
    connect(m_worker, &TrainingWorker::finished, this, &TrainingController::handleFinished);
    connect(m_worker, &TrainingWorker::runSaved, this, &TrainingController::runSaved);
    m_thread->start();
}

TrainingController::~TrainingController()
{
    shutdown();
}

bool TrainingController::start(
    const core::TrainingConfig &config, const std::optional<core::RemoteTarget> &remote)
{
    if (isActive() || !m_worker)
        return false;
    m_startedConfig = config;
    m_remote = remote;
    m_runInfo.reset();
    m_lastResult.reset();
    m_lastRecord.reset();
    // A fresh stop source per run: a Stop pressed while data is still loading
    // (before run() could see engine.stop()) still ends this run, and never the next.
    m_stopSource = std::stop_source();
    const std::stop_token token = m_stopSource.get_token();
    TrainingWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, config, token, remote] { worker->run(config, token, remote); },
        Qt::QueuedConnection);
    setState(RunState::Starting);
    return true;
}

void TrainingController::pause()
{
    if (m_state == RunState::Running)
        m_worker->trainer().pause(); // the state follows when the engine confirms
}

void TrainingController::resume()
{
    if (m_state == RunState::Paused)
        m_worker->trainer().resume();
}

void TrainingController::stop()
{
    if (!isActive() || m_state == RunState::Stopping)
        return;
    m_stopSource.request_stop();
    m_worker->trainer().stop();
    setState(RunState::Stopping);
}

void TrainingController::reset()
{
    if (isActive())
        return;
    m_runInfo.reset();
    m_lastResult.reset();
    m_lastRecord.reset();
    setState(RunState::Idle);
}

void TrainingController::setLearningRate(double learningRate)
{
    if (isActive())
        m_worker->trainer().setLearningRate(learningRate);
}

void TrainingController::setDropout(bool enabled, double convRate, double denseRate)
{
    if (isActive())
        m_worker->trainer().setDropout(enabled, convRate, denseRate);
}

void TrainingController::setBatchSize(int batchSize)
{
    if (isActive())
        m_worker->trainer().setBatchSize(batchSize);
}

quint64 TrainingController::saveRun(const QString &root, const core::RunRecord &record)
{
    if (isActive() || !m_worker)
        return 0;
    const quint64 ticket = m_nextTicket++;
    TrainingWorker *worker = m_worker;
    if (!m_thread->isRunning()) {
        // Shutting down (the window closes right after a run ended): nothing
        // else can touch the worker now, so save here and now rather than lose
        // the run. Nobody is left to hear runSaved().
        const QSignalBlocker blocker(worker);
        worker->saveRun(root, record, ticket);
        return ticket;
    }
    // Queued behind nothing (the thread is idle) and ahead of the next start().
    QMetaObject::invokeMethod(
        worker, [worker, root, record, ticket] { worker->saveRun(root, record, ticket); },
        Qt::QueuedConnection);
    return ticket;
}

bool TrainingController::shutdown(int timeoutMs)
{
    if (!m_thread)
        return true;
    m_stopSource.request_stop();
    m_worker->trainer().stop();
    m_thread->quit(); // handled once run() returns to the thread's event loop
    if (!m_thread->wait(QDeadlineTimer(timeoutMs))) {
        // Destroying a running QThread aborts the process; leaking it lets the
        // run end by itself while the application exits.
        qWarning("cnnlab: the training thread did not stop within %d ms; leaving it behind", timeoutMs);
        m_worker = nullptr;
        m_thread = nullptr;
        return false;
    }
    // A run stopped by this shutdown has reported its end (record, result)
    // through queued signals: deliver them now, so it is saved, not dropped.
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
    // The thread has ended, so deleting its objects from here is safe.
    m_worker->disconnect(this);
    delete m_worker;
    delete m_thread;
    m_worker = nullptr;
    m_thread = nullptr;
    if (isActive())
        setState(RunState::Stopped);
    return true;
}

const core::TrainingEngine &TrainingController::engine() const
{
    Q_ASSERT(m_worker); // gone after shutdown()
    return m_worker->engine();
}

std::optional<core::RunRecord> TrainingController::endedRecord() const
{
    if (isActive())
        return std::nullopt;
    return m_lastRecord;
}

const core::TrainingEngine *TrainingController::inferenceEngine() const
{
    return m_worker ? &m_worker->engine() : nullptr;
}

bool TrainingController::isThreadRunning() const
{
    return m_thread && m_thread->isRunning();
}

void TrainingController::setState(RunState state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void TrainingController::handleStarted(const core::RunInfo &info)
{
    m_runInfo = info;
    if (m_state == RunState::Starting)
        setState(RunState::Running);
    Q_EMIT started(info);
}

void TrainingController::handlePausedChanged(bool paused)
{
    if (m_state == RunState::Stopping || !isActive())
        return;
    setState(paused ? RunState::Paused : RunState::Running);
}

void TrainingController::handleFinished(const core::RunResult &result)
{
    m_lastResult = result;
    switch (result.status) {
    case core::RunStatus::Completed: setState(RunState::Finished); break;
    case core::RunStatus::Stopped: setState(RunState::Stopped); break;
    case core::RunStatus::Diverged: setState(RunState::Diverged); break;
    case core::RunStatus::Failed: setState(RunState::Failed); break;
    }
    Q_EMIT finished(result);
}

} // namespace cnnlab::ui
