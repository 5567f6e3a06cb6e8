#pragma once

#include "metatypes.h"

#include "cnnlab/core/trainingengine.h"
#include "cnnlab/core/trainingobserver.h"

#include <QObject>

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

    // pause/resume/stop/set* are thread-safe by core's contract, so the GUI
    // thread calls them directly instead of queueing behind a blocked run().
    core::TrainingEngine &engine() { return m_engine; }
    [[nodiscard]] const core::TrainingEngine &engine() const { return m_engine; }

    // Call on the worker's thread. Emits recordReady() then finished() last.
    void run(const cnnlab::core::TrainingConfig &config, std::stop_token stopToken);

Q_SIGNALS:
    void started(const cnnlab::core::RunInfo &info);
    void stepReported(const cnnlab::core::StepMetrics &metrics);
    void evaluated(const cnnlab::core::EpochMetrics &metrics);
    void predictionsReported(const std::vector<cnnlab::core::Prediction> &predictions);
    // After each full-validation evaluation, right after evaluated().
    void evaluationDetails(const cnnlab::core::EvaluationDetails &details);
    void configChanged(const cnnlab::core::ConfigChange &change);
    void pausedChanged(bool paused);
    void recordReady(const cnnlab::core::RunRecord &record);
    void finished(const cnnlab::core::RunResult &result);

private:
    void onStarted(const core::RunInfo &info) override;
    void onStep(const core::StepMetrics &metrics) override;
    void onEvaluation(const core::EpochMetrics &metrics) override;
    void onPredictions(const std::vector<core::Prediction> &predictions) override;
    void onEvaluationDetails(const core::EvaluationDetails &details) override;
    void onConfigChanged(const core::ConfigChange &change) override;
    void onPausedChanged(bool paused) override;

    core::TrainingEngine m_engine;
};

} // namespace cnnlab::ui
