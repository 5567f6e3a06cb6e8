#pragma once

#include "metatypes.h"
#include "run/runsource.h"
#include "runstate.h"

#include "cnnlab/core/remotetrainer.h"
#include "cnnlab/core/trainingengine.h"

#include <QObject>
#include <QString>

#include <optional>
#include <stop_token>

class QThread;

namespace cnnlab::ui {

class TrainingWorker;

// Owns the training thread and its worker: the run source that trains (here,
// or on a remote machine through ssh). Nothing here ever waits on training,
// except shutdown(), which the window calls once when it closes.
class TrainingController : public RunSource
{
    Q_OBJECT
public:
    explicit TrainingController(QObject *parent = nullptr);
    ~TrainingController() override; // shutdown()

    [[nodiscard]] RunState state() const override { return m_state; }

    // Starts a run unless one is active (then returns false: a second Start
    // is impossible by design, not queued).
    // With `remote`, the run trains on that machine through ssh.
    bool start(
        const core::TrainingConfig &config, const std::optional<core::RemoteTarget> &remote = std::nullopt);
    // The machine the current (or last) run trains on; empty: this one.
    [[nodiscard]] const std::optional<core::RemoteTarget> &remoteTarget() const { return m_remote; }
    void pause() override;
    void resume() override;
    void stop() override;
    void reset() override;

    // Mid-run changes; they reach the engine within one step (batch size at the
    // next epoch) and come back as configApplied().
    [[nodiscard]] bool isSteerable() const override { return true; }
    void setLearningRate(double learningRate) override;
    void setDropout(bool enabled, double convRate, double denseRate) override;
    void setBatchSize(int batchSize) override;

    // After a run: saves its record (and the trained model as a checkpoint)
    // into the run store at `root`, on the training thread. Returns a ticket
    // that runSaved() carries, or 0 when it cannot (a run is active, or the
    // thread is gone).
    quint64 saveRun(const QString &root, const core::RunRecord &record);

    // Stops any run and joins the thread, waiting at most `timeoutMs`. Returns
    // false if the thread did not end in time; it is then left to finish on its
    // own (never destroyed while running, which would abort the process).
    bool shutdown(int timeoutMs = 15000);

    // Whether the training thread still exists and runs (false after shutdown()).
    [[nodiscard]] bool isThreadRunning() const;

    [[nodiscard]] const core::TrainingConfig &startedConfig() const { return m_startedConfig; }
    [[nodiscard]] const std::optional<core::RunInfo> &runInfo() const override { return m_runInfo; }
    [[nodiscard]] const std::optional<core::RunResult> &lastResult() const override { return m_lastResult; }
    [[nodiscard]] const std::optional<core::RunRecord> &lastRecord() const { return m_lastRecord; }
    [[nodiscard]] std::optional<core::RunRecord> endedRecord() const override;

    // For inference from the GUI thread (predict, firstLayerFilters, featureMaps),
    // also mid-run: those use the engine's own CPU copy of the weights, never the
    // model being trained, so they are thread-safe. Valid until shutdown().
    [[nodiscard]] const core::TrainingEngine &engine() const;
    // The engine while its thread lives, then null.
    [[nodiscard]] const core::TrainingEngine *inferenceEngine() const override;

Q_SIGNALS:
    // The RunSource signals, and:
    void runSaved(quint64 ticket, const QString &id, const QString &directory,
        const cnnlab::core::Error &error, const cnnlab::core::Error &checkpointError);

private:
    void setState(RunState state);
    void handleStarted(const core::RunInfo &info);
    void handlePausedChanged(bool paused);
    void handleFinished(const core::RunResult &result);

    QThread *m_thread = nullptr;
    TrainingWorker *m_worker = nullptr;
    RunState m_state = RunState::Idle;
    std::stop_source m_stopSource;
    core::TrainingConfig m_startedConfig;
    std::optional<core::RemoteTarget> m_remote;
    std::optional<core::RunInfo> m_runInfo;
    std::optional<core::RunResult> m_lastResult;
    std::optional<core::RunRecord> m_lastRecord;
    quint64 m_nextTicket = 1;
};

} // namespace cnnlab::ui
