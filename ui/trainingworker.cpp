#include "trainingworker.h"

#include "cnnlab/core/runrecord.h"

#include <exception>
#include <new>

namespace cnnlab::ui {

TrainingWorker::TrainingWorker(QObject *parent)
    : QObject(parent)
{ }

TrainingWorker::~TrainingWorker() = default;

void TrainingWorker::run(const core::TrainingConfig &config, std::stop_token stopToken)
{
    // The recorder sees every report first and forwards it to us, so a finished
    // run can be saved as run.json exactly as cnnlab-train would write it.
    core::RunRecorder recorder(this);
    core::RunResult result;
    try {
        result = m_engine.run(config, &recorder, stopToken);
    } catch (const std::bad_alloc &) {
        // The engine should report these itself; an escaped exception must
        // still not take the window down with it.
        result.status = core::RunStatus::Failed;
        result.error = core::Error {core::ErrorCode::OutOfMemory, {}, "std::bad_alloc"};
    } catch (const std::exception &e) {
        result.status = core::RunStatus::Failed;
        result.error = core::Error {core::ErrorCode::Internal, {}, e.what()};
    } catch (...) {
        result.status = core::RunStatus::Failed;
        result.error = core::Error {core::ErrorCode::Internal, {}, "unknown exception"};
    }
    recorder.record().result = result;
    Q_EMIT recordReady(recorder.record());
    Q_EMIT finished(result);
}

void TrainingWorker::onStarted(const core::RunInfo &info)
{
    Q_EMIT started(info);
}

void TrainingWorker::onStep(const core::StepMetrics &metrics)
{
    Q_EMIT stepReported(metrics);
}

void TrainingWorker::onEvaluation(const core::EpochMetrics &metrics)
{
    Q_EMIT evaluated(metrics);
}

void TrainingWorker::onPredictions(const std::vector<core::Prediction> &predictions)
{
    Q_EMIT predictionsReported(predictions);
}

void TrainingWorker::onEvaluationDetails(const core::EvaluationDetails &details)
{
    Q_EMIT evaluationDetails(details);
}

void TrainingWorker::onConfigChanged(const core::ConfigChange &change)
{
    Q_EMIT configChanged(change);
}

void TrainingWorker::onPausedChanged(bool paused)
{
    Q_EMIT pausedChanged(paused);
}

} // namespace cnnlab::ui
