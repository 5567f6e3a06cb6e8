#include "cnnlab/core/devices.h"
#include "cnnlab/core/runrecord.h"

#include "cnnlab/core/textformat.h"
#include "cnnlab/core/trainingengine.h"

namespace cnnlab::core {

RunRecorder::RunRecorder(TrainingObserver *forwardTo)
    : m_forward(forwardTo)
{
    // Set up front so a run that fails before it starts still has them.
    m_record.createdAt = isoUtcNow();
    m_record.versions = libraryVersions();
}

void RunRecorder::onStarted(const RunInfo &info)
{
    m_record.config = info.config;
    m_record.deviceName = info.deviceName;
    m_record.adaptiveThreads = info.adaptiveThreads;
    m_record.trainSize = info.trainSize;
    m_record.validationSize = info.validationSize;
    m_record.stepsPerEpoch = info.stepsPerEpoch;
    m_record.samples = info.samples;
    if (m_forward)
        m_forward->onStarted(info);
}

void RunRecorder::onStep(const StepMetrics &metrics)
{
    m_record.trainCurve.push_back(metrics);
    if (m_forward)
        m_forward->onStep(metrics);
}

void RunRecorder::onEvaluation(const EpochMetrics &metrics)
{
    m_record.history.push_back(metrics);
    if (m_forward)
        m_forward->onEvaluation(metrics);
}

void RunRecorder::onPredictions(const std::vector<Prediction> &predictions)
{
    m_record.predictions = predictions;
    if (m_forward)
        m_forward->onPredictions(predictions);
}

void RunRecorder::onEvaluationDetails(const EvaluationDetails &details)
{
    m_record.details = details;
    if (m_forward)
        m_forward->onEvaluationDetails(details);
}

void RunRecorder::onConfigChanged(const ConfigChange &change)
{
    m_record.changes.push_back(change);
    if (m_forward)
        m_forward->onConfigChanged(change);
}

void RunRecorder::onThreadsChanged(const ThreadChange &change)
{
    m_record.threadChanges.push_back(change);
    if (m_forward)
        m_forward->onThreadsChanged(change);
}

void RunRecorder::onPausedChanged(bool paused)
{
    if (m_forward)
        m_forward->onPausedChanged(paused);
}

void RunRecorder::onFinished(const RunResult &result)
{
    m_record.result = result;
    if (m_forward)
        m_forward->onFinished(result);
}

} // namespace cnnlab::core
