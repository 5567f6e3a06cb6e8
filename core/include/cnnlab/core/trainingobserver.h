#pragma once

#include "cnnlab/core/evaluationdetails.h"
#include "cnnlab/core/metrics.h"
#include "cnnlab/core/runinfo.h"

#include <vector>

namespace cnnlab::core {

// How the engine reports. All calls come on the thread that runs
// TrainingEngine::run(); a GUI forwards them through queued signals.
class TrainingObserver
{
public:
    virtual ~TrainingObserver() = default;
    virtual void onStarted(const RunInfo &) { }
    virtual void onStep(const StepMetrics &) { }
    virtual void onEvaluation(const EpochMetrics &) { }
    virtual void onPredictions(const std::vector<Prediction> &) { }
    // After each full-validation evaluation (right after its onEvaluation).
    virtual void onEvaluationDetails(const EvaluationDetails &) { }
    virtual void onConfigChanged(const ConfigChange &) { }
    // Adaptive threads only (RunInfo::adaptiveThreads): the count was changed.
    virtual void onThreadsChanged(const ThreadChange &) { }
    virtual void onPausedChanged(bool) { }
    virtual void onFinished(const RunResult &) { }
};

} // namespace cnnlab::core
