#include "replaycontroller.h"

#include "cnnlab/core/dataset.h"

#include <QTimer>

#include <algorithm>

namespace cnnlab::ui {

namespace {

constexpr int tickIntervalMs = 15; // smoother than the charts' 30 ms redraws, far from busy

} // namespace

ReplayController::ReplayController(QObject *parent)
    : RunSource(parent)
    , m_timer(new QTimer(this))
{
    registerMetaTypes();
    m_timer->setInterval(tickIntervalMs);
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &ReplayController::tick);
}

ReplayController::~ReplayController() = default;

bool ReplayController::start(const core::RunRecord &record)
{
    if (isActive())
        return false;
    std::vector<Event> events;
    events.reserve(record.trainCurve.size() + record.history.size() + record.changes.size());
    for (std::size_t i = 0; i < record.trainCurve.size(); ++i)
        events.push_back({record.trainCurve[i].position.elapsedSeconds, Kind::Step, i});
    for (std::size_t i = 0; i < record.history.size(); ++i)
        events.push_back({record.history[i].position.elapsedSeconds, Kind::Evaluation, i});
    for (std::size_t i = 0; i < record.changes.size(); ++i)
        events.push_back({record.changes[i].position.elapsedSeconds, Kind::Change, i});
    if (events.empty())
        return false;
    // By time; at equal times steps before evaluations before changes, as the
    // engine reports them, and each kind in its recorded order.
    std::stable_sort(events.begin(), events.end(), [](const Event &a, const Event &b) {
        if (a.seconds != b.seconds)
            return a.seconds < b.seconds;
        return int(a.kind) < int(b.kind);
    });

    m_record = record;
    m_events = std::move(events);
    m_next = 0;
    m_predictionsShown = false;
    m_predictionsAfter = m_events.size() - 1;
    for (std::size_t i = m_events.size(); i-- > 0;) {
        if (m_events[i].kind == Kind::Evaluation) {
            m_predictionsAfter = i;
            break;
        }
    }
    m_duration = std::max(m_events.back().seconds, record.result.position.elapsedSeconds);
    m_lastResult.reset();

    core::RunInfo info;
    info.config = record.config;
    info.deviceName = record.deviceName;
    info.classNames = core::classNames(record.config.dataset);
    info.trainSize = record.trainSize;
    info.validationSize = record.validationSize;
    info.stepsPerEpoch = record.stepsPerEpoch;
    info.samples = record.samples;
    m_runInfo = info;

    m_base = 0.0;
    setState(RunState::Running);
    Q_EMIT started(info);
    m_clock.start();
    m_timer->start();
    tick(); // whatever was recorded at time 0 shows at once
    return true;
}

void ReplayController::pause()
{
    if (m_state != RunState::Running)
        return;
    m_base = position();
    m_clock.invalidate();
    m_timer->stop();
    setState(RunState::Paused);
}

void ReplayController::resume()
{
    if (m_state != RunState::Paused)
        return;
    m_clock.start();
    m_timer->start();
    setState(RunState::Running);
}

void ReplayController::stop()
{
    if (!isActive())
        return;
    finish(core::RunStatus::Stopped);
}

void ReplayController::reset()
{
    if (isActive())
        return;
    m_record.reset();
    m_runInfo.reset();
    m_lastResult.reset();
    m_events.clear();
    m_next = 0;
    m_duration = 0.0;
    m_base = 0.0;
    setState(RunState::Idle);
}

void ReplayController::setSpeed(double speed)
{
    speed = std::clamp(speed, minimumSpeed, maximumSpeed);
    if (speed == m_speed)
        return;
    if (m_clock.isValid()) {
        m_base = position();
        m_clock.start();
    }
    m_speed = speed;
    Q_EMIT speedChanged(speed);
}

double ReplayController::position() const
{
    const double running = m_clock.isValid() ? double(m_clock.elapsed()) / 1000.0 * m_speed : 0.0;
    return std::min(m_base + running, m_duration);
}

void ReplayController::tick()
{
    if (m_state != RunState::Running)
        return;
    const double now = position();
    while (m_next < m_events.size() && m_events[m_next].seconds <= now) {
        emitEvent(m_events[m_next]);
        if (m_next == m_predictionsAfter && !m_predictionsShown) {
            // The record keeps the last evaluation's predictions only; they
            // appear with that evaluation.
            m_predictionsShown = true;
            Q_EMIT predictionsReported(m_record->predictions);
        }
        ++m_next;
    }
    if (m_next >= m_events.size() && now >= m_duration)
        finish(m_record->result.status);
}

void ReplayController::emitEvent(const Event &event)
{
    switch (event.kind) {
    case Kind::Step: Q_EMIT stepReported(m_record->trainCurve[event.index]); break;
    case Kind::Evaluation: Q_EMIT evaluated(m_record->history[event.index]); break;
    case Kind::Change: Q_EMIT configApplied(m_record->changes[event.index]); break;
    }
}

core::TrainingPosition ReplayController::lastPosition() const
{
    core::TrainingPosition position;
    for (std::size_t i = 0; i < m_next; ++i) {
        const Event &e = m_events[i];
        const core::TrainingPosition &p = e.kind == Kind::Step ? m_record->trainCurve[e.index].position
            : e.kind == Kind::Evaluation                       ? m_record->history[e.index].position
                                                               : m_record->changes[e.index].position;
        if (p.epochPosition >= position.epochPosition)
            position = p;
    }
    return position;
}

void ReplayController::finish(core::RunStatus status)
{
    m_base = position();
    m_timer->stop();
    m_clock.invalidate();
    core::RunResult result;
    if (status == core::RunStatus::Stopped && m_next < m_events.size()) {
        // Stopped part-way: the figures so far, not the recorded run's end.
        result.status = core::RunStatus::Stopped;
        result.position = lastPosition();
        result.epochsCompleted = result.position.epoch;
        result.trainSeconds = result.position.elapsedSeconds;
        result.seconds = result.position.elapsedSeconds;
        for (std::size_t i = m_next; i-- > 0;) {
            if (m_events[i].kind == Kind::Evaluation) {
                const core::EpochMetrics &m = m_record->history[m_events[i].index];
                result.valLoss = m.valLoss;
                result.valAccuracy = m.valAccuracy;
                result.trainLoss = m.trainLoss;
                result.trainAccuracy = m.trainAccuracy;
                break;
            }
        }
    } else {
        result = m_record->result;
        if (!m_predictionsShown) {
            m_predictionsShown = true;
            Q_EMIT predictionsReported(m_record->predictions);
        }
    }
    m_lastResult = result;
    switch (result.status) {
    case core::RunStatus::Completed: setState(RunState::Finished); break;
    case core::RunStatus::Stopped: setState(RunState::Stopped); break;
    case core::RunStatus::Diverged: setState(RunState::Diverged); break;
    case core::RunStatus::Failed: setState(RunState::Failed); break;
    }
    Q_EMIT finished(result);
}

std::optional<core::RunRecord> ReplayController::endedRecord() const
{
    if (isActive() || !m_record || m_next < m_events.size())
        return std::nullopt;
    return m_record;
}

void ReplayController::setState(RunState state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace cnnlab::ui
