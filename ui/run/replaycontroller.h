#pragma once

#include "metatypes.h"
#include "run/runsource.h"
#include "runstate.h"

#include <QElapsedTimer>
#include <QObject>

#include <optional>
#include <vector>

class QTimer;

namespace cnnlab::ui {

// Plays a saved run (run.json) back as if it were training now: a RunSource
// like TrainingController, reporting in the order and at the pace the run
// recorded (its elapsedSeconds), sped up 1x to 50x. No engine, no thread, no
// GPU: a QTimer on the GUI thread releases what is due at each tick, so the
// run session feeds every view through the paths a live run uses.
class ReplayController : public RunSource
{
    Q_OBJECT
public:
    static constexpr double minimumSpeed = 1.0;
    static constexpr double maximumSpeed = 50.0;

    explicit ReplayController(QObject *parent = nullptr);
    ~ReplayController() override;

    [[nodiscard]] RunState state() const override { return m_state; }

    // Starts playing `record` from its beginning; false while a replay is
    // active or when the record has nothing to play.
    bool start(const core::RunRecord &record);
    void pause() override;
    void resume() override;
    void stop() override;
    void reset() override;

    // Clamped to [minimumSpeed, maximumSpeed]; takes effect at once, the
    // replay position is kept.
    [[nodiscard]] double speed() const { return m_speed; }
    void setSpeed(double speed);

    // Recorded training seconds played so far, and the whole run's.
    [[nodiscard]] double position() const;
    [[nodiscard]] double duration() const { return m_duration; }
    [[nodiscard]] int eventCount() const { return int(m_events.size()); }
    [[nodiscard]] int playedCount() const { return int(m_next); }
    [[nodiscard]] const std::optional<core::RunRecord> &record() const { return m_record; }
    // The record once the replay played to its end (not after Stop).
    [[nodiscard]] std::optional<core::RunRecord> endedRecord() const override;
    [[nodiscard]] const std::optional<core::RunInfo> &runInfo() const override { return m_runInfo; }
    [[nodiscard]] const std::optional<core::RunResult> &lastResult() const override { return m_lastResult; }

Q_SIGNALS:
    // The RunSource signals, and:
    void speedChanged(double speed);

private:
    enum class Kind { Step, Evaluation, Change };
    struct Event {
        double seconds = 0.0;
        Kind kind = Kind::Step;
        std::size_t index = 0; // into the record's trainCurve, history or changes
    };

    void tick();
    void emitEvent(const Event &event);
    void finish(core::RunStatus status);
    void setState(RunState state);
    [[nodiscard]] core::TrainingPosition lastPosition() const;

    QTimer *m_timer = nullptr;
    RunState m_state = RunState::Idle;
    double m_speed = 10.0;
    std::optional<core::RunRecord> m_record;
    std::optional<core::RunInfo> m_runInfo;
    std::optional<core::RunResult> m_lastResult;
    std::vector<Event> m_events;
    std::size_t m_next = 0;
    std::size_t m_predictionsAfter = 0; // event index after which the predictions are shown
    bool m_predictionsShown = false;
    double m_duration = 0.0;
    // Replay time = m_base + wall time since m_clock started, times the speed:
    // a speed change or a pause folds what has played into m_base.
    double m_base = 0.0;
    QElapsedTimer m_clock;
};

} // namespace cnnlab::ui
