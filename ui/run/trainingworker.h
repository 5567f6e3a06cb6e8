#pragma once

#include "metatypes.h"

#include "cnnlab/core/remotetrainer.h"
#include "cnnlab/core/trainingengine.h"
#include "cnnlab/core/trainingobserver.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <optional>
#include <stop_token>

namespace cnnlab::ui {

// Lives on the training thread. run() blocks that thread for a whole training
// and turns every engine callback into a signal; the connections to the GUI are
// queued, so the GUI only ever sees copies. No extra throttling here: the
// engine already caps step reports (TrainingConfig::reportsPerSecond).
class TrainingWorker : public QObject, private core::TrainingObserver
{
    Q_OBJECT
public:
    explicit TrainingWorker(QObject *parent = nullptr);
    ~TrainingWorker() override;

    // The local engine: inference (predict, filters) for the GUI thread, also
    // after a remote run (its checkpoint is loaded here once saved).
    [[nodiscard]] const core::TrainingEngine &engine() const { return m_engine; }
    // What trains the current (or last) run: the engine, or the remote trainer.
    // pause/resume/stop/set* are thread-safe by core's contract, so the GUI
    // thread calls them directly instead of queueing behind a blocked run().
    core::Trainer &trainer() { return *m_active.load(); }

    // Call on the worker's thread. Trains here, or on `remote` through ssh.
    // Emits recordReady() then finished() last.
    void run(const cnnlab::core::TrainingConfig &config, std::stop_token stopToken,
        const std::optional<cnnlab::core::RemoteTarget> &remote = std::nullopt);
    // Call on the worker's thread after run(): saves `record` into the run
    // store at `root` and the trained model beside it as checkpoint.pt (both
    // written atomically). Here because the engine owns the model and is
    // idle between runs; file I/O never blocks the GUI. Emits runSaved().
    void saveRun(const QString &root, cnnlab::core::RunRecord record, quint64 ticket);

Q_SIGNALS:
    void started(const cnnlab::core::RunInfo &info);
    void stepReported(const cnnlab::core::StepMetrics &metrics);
    void evaluated(const cnnlab::core::EpochMetrics &metrics);
    void predictionsReported(const std::vector<cnnlab::core::Prediction> &predictions);
    // After each full-validation evaluation, right after evaluated().
    void evaluationDetailsReported(const cnnlab::core::EvaluationDetails &details);
    void configApplied(const cnnlab::core::ConfigChange &change);
    void pausedChanged(bool paused);
    void recordReady(const cnnlab::core::RunRecord &record);
    void finished(const cnnlab::core::RunResult &result);
    // `error`: the record could not be saved (id empty); `checkpointError`:
    // the record is saved but the model is not.
    void runSaved(quint64 ticket, const QString &id, const QString &directory,
        const cnnlab::core::Error &error, const cnnlab::core::Error &checkpointError);

private:
    void onStarted(const core::RunInfo &info) override;
    void onStep(const core::StepMetrics &metrics) override;
    void onEvaluation(const core::EpochMetrics &metrics) override;
    void onPredictions(const std::vector<core::Prediction> &predictions) override;
    void onEvaluationDetails(const core::EvaluationDetails &details) override;
    void onConfigChanged(const core::ConfigChange &change) override;
    void onPausedChanged(bool paused) override;

    core::TrainingEngine m_engine;
    core::RemoteTrainer m_remote;
    std::atomic<core::Trainer *> m_active {&m_engine};
};

} // namespace cnnlab::ui
