#include "trainingloop.h"

#include "augmentation.h"
#include "cnnlab/core/devices.h"
#include "cnnlab/core/lrschedule.h"
#include "cnnlab/core/trainingengine.h"

#include <algorithm>

namespace cnnlab::core {

namespace {

std::string cpuDeviceName(int threads)
{
    return "CPU (" + std::to_string(threads) + " threads)";
}

} // namespace

TrainingLoop::TrainingLoop(TrainingEngine::Private &engine, const DeviceData &data,
    TrainingObserver *observer, std::stop_token stopToken, int threads)
    : d(engine)
    , m_data(data)
    , m_observer(observer)
    , m_stopToken(std::move(stopToken))
    , m_trainSize(data.trainX.size(0))
    // Adaptive threads: the default on CPU; an explicit count stays fixed
    // (and with it, bit-identical runs for a seed).
    , m_tuner(threads, engine.config.threads <= 0 && !engine.device.is_cuda())
    , m_deviceName(cpuDeviceName(threads))
    , m_checkEveryStep(!engine.device.is_cuda())
    , m_reportInterval(std::chrono::duration_cast<Clock::duration>(
          std::chrono::duration<double>(1.0 / engine.config.reportsPerSecond)))
{ }

RunInfo TrainingLoop::runInfo() const
{
    RunInfo info;
    info.config = d.config;
    info.config.threads = m_tuner.maxThreads();
    info.adaptiveThreads = m_tuner.adaptive();
    info.config.device = d.device.str();
    info.deviceName = d.device.is_cuda() ? "CUDA " + d.device.str() : m_deviceName;
    for (const auto &device : availableDevices())
        if (device.id == d.device.str() && d.device.is_cuda())
            info.deviceName = device.id + " (" + device.name + ")";
    info.classNames = m_data.classNames;
    info.trainSize = static_cast<int>(m_trainSize);
    info.validationSize = static_cast<int>(m_data.valX.size(0));
    info.stepsPerEpoch = stepsFor(d.config.batchSize);
    for (const auto &parameter : d.model->parameters())
        info.parameterCount += parameter.numel();
    info.startEpoch = d.epochsDone;
    info.samples = m_data.samples;
    return info;
}

RunResult TrainingLoop::run()
{
    m_trainStart = Clock::now();
    m_lastReport = m_trainStart;
    m_rateWindowStart = m_trainStart;
    m_epochPosition = d.epochsDone;
    m_learningRate = d.learningRate();
    for (int epoch = d.epochsDone; epoch < d.config.epochs; ++epoch)
        if (!runEpoch(epoch))
            break;

    // A stopped run trained past its last evaluation: inference gets those
    // weights. A diverged model's weights are garbage (inf/NaN); inference
    // keeps the last evaluated ones.
    if (!m_diverged)
        d.updateInferenceModel();
    RunResult result;
    result.status = m_diverged ? RunStatus::Diverged : m_stopped ? RunStatus::Stopped : RunStatus::Completed;
    result.position
        = {static_cast<int>(m_epochPosition), m_epochPosition, d.stepsDone, d.samplesDone, trainSeconds()};
    result.epochsCompleted = d.epochsDone;
    result.trainLoss = m_lastTrainLoss; // on divergence: the offending loss
    result.trainAccuracy = m_lastTrainAccuracy;
    result.valLoss = m_lastEvaluation.loss;
    result.valAccuracy = m_lastEvaluation.accuracy;
    result.trainSeconds = trainSeconds();
    if (m_stoppedEarly) {
        result.stoppedEarly = true;
        result.bestEpoch = m_best.epoch;
    }
    return result;
}

bool TrainingLoop::runEpoch(int index)
{
    d.applyPending(
        m_observer, {index, static_cast<double>(index), d.stepsDone, d.samplesDone, trainSeconds()}, true);
    const auto scalarOptions = torch::TensorOptions().device(d.device);
    const auto longOptions = torch::TensorOptions().dtype(torch::kInt64).device(d.device);
    Epoch epoch;
    epoch.index = index;
    epoch.batchSize = static_cast<int>(std::min<std::int64_t>(d.config.batchSize, m_trainSize));
    epoch.steps = stepsFor(epoch.batchSize);
    epoch.permutation = torch::randperm(m_trainSize, longOptions);
    epoch.lossSum = torch::zeros({}, scalarOptions.dtype(torch::kFloat32));
    epoch.correct = torch::zeros({}, longOptions);

    m_tuner.restartMeasurement(); // new epoch: maybe another batch size
    for (std::int64_t step = 0; step < epoch.steps; ++step) {
        const StepEnd end = trainStep(epoch, step);
        if (end == StepEnd::Stopped)
            m_stopped = true;
        if (end == StepEnd::Diverged)
            m_diverged = true;
        if (end != StepEnd::Continue)
            return false;
    }
    syncTrainMetrics(epoch);
    if (isDivergedLoss(m_lastTrainLoss)) {
        m_diverged = true;
        return false;
    }
    d.epochsDone = index + 1;
    reportEvaluation(epoch, epoch.steps, true);
    if (d.config.earlyStopPatience > 0 && earlyStopAfter(index)) {
        m_stoppedEarly = true;
        return false;
    }
    return true;
}

bool TrainingLoop::earlyStopAfter(int epoch)
{
    auto tensors = [this] {
        std::vector<torch::Tensor> all = d.model->parameters();
        for (const auto &buffer : d.model->buffers())
            all.push_back(buffer);
        return all;
    };
    torch::NoGradGuard noGrad;
    if (m_best.epoch == 0 || m_lastEvaluation.loss < m_best.valLoss) {
        m_best.valLoss = m_lastEvaluation.loss;
        m_best.valAccuracy = m_lastEvaluation.accuracy;
        m_best.epoch = epoch + 1;
        m_best.state.clear();
        for (const auto &tensor : tensors())
            m_best.state.push_back(tensor.detach().clone());
        m_epochsSinceBest = 0;
        return false;
    }
    if (++m_epochsSinceBest < d.config.earlyStopPatience)
        return false;
    auto current = tensors();
    for (std::size_t i = 0; i < current.size(); ++i)
        current[i].copy_(m_best.state[i]);
    m_lastEvaluation.loss = m_best.valLoss;
    m_lastEvaluation.accuracy = m_best.valAccuracy;
    return true;
}

TrainingLoop::StepEnd TrainingLoop::trainStep(Epoch &epoch, std::int64_t step)
{
    const auto pausedBefore = m_pausedFor;
    if (shouldStop() || !d.waitWhilePaused(m_stopToken, m_observer, m_pausedFor))
        return StepEnd::Stopped;
    if (m_pausedFor != pausedBefore)
        m_tuner.restartMeasurement();
    if (d.hasPending.load(std::memory_order_relaxed))
        d.applyPending(m_observer, positionAt(epoch, step), false);

    const auto stepStart = Clock::now();
    const auto indices = epoch.permutation.narrow(0, step * epoch.batchSize, epoch.batchSize);
    const auto x
        = augmentBatch(m_data.trainX.index_select(0, indices), d.config.augmentShift, d.config.augmentRotate);
    const auto y = m_data.trainY.index_select(0, indices);

    // The schedule's rate at the step's start (the constant schedule: the base rate as set).
    const double rate = scheduledLearningRate(
        d.config, epoch.index + static_cast<double>(step) / static_cast<double>(epoch.steps));
    if (rate != m_learningRate) {
        d.setOptimizerLearningRate(rate);
        m_learningRate = rate;
    }
    d.optimizer->zero_grad();
    const StepOutcome outcome = d.forwardBackward(x, y, m_checkEveryStep);
    if (outcome.diverged) {
        m_lastTrainLoss = outcome.lossValue;
        return StepEnd::Diverged;
    }
    d.optimizer->step();

    epoch.lossSum += outcome.loss;
    epoch.correct += outcome.correct;
    epoch.samples += epoch.batchSize;
    m_rateWindowSamples += epoch.batchSize;
    d.stepsDone += 1;
    m_epochPosition = epoch.index + static_cast<double>(step + 1) / static_cast<double>(epoch.steps);
    d.samplesDone += epoch.batchSize;

    const auto now = Clock::now();
    adaptThreads(epoch, step, stepStart, now);
    if (now - m_lastReport >= m_reportInterval && !reportStep(epoch, step, now))
        return StepEnd::Diverged;

    // Quick evaluations at evenly spaced points inside the epoch.
    const int evaluations = d.config.evaluationsPerEpoch;
    if (epoch.nextQuickEvaluation < evaluations
        && (step + 1) * evaluations >= epoch.nextQuickEvaluation * epoch.steps) {
        ++epoch.nextQuickEvaluation;
        if (step + 1 < epoch.steps)
            reportEvaluation(epoch, step + 1, false);
    }
    return StepEnd::Continue;
}

void TrainingLoop::adaptThreads(
    const Epoch &epoch, std::int64_t step, Clock::time_point stepStart, Clock::time_point now)
{
    if (!m_tuner.adaptive())
        return;
    const auto change = m_tuner.record(std::chrono::duration<double>(now - m_trainStart).count(),
        std::chrono::duration<double>(now - stepStart).count(), epoch.batchSize);
    if (!change)
        return;
    torch::set_num_threads(m_tuner.threads());
    if (change->reason.empty())
        return;
    m_deviceName = "CPU (" + std::to_string(change->to) + " of " + std::to_string(m_tuner.maxThreads())
        + " threads" + (change->to < m_tuner.maxThreads() ? ", machine busy)" : ")");
    if (m_observer)
        m_observer->onThreadsChanged({positionAt(epoch, step + 1), change->from, change->to, change->reason});
}

bool TrainingLoop::reportStep(const Epoch &epoch, std::int64_t step, Clock::time_point now)
{
    m_lastReport = now;
    syncTrainMetrics(epoch);
    if (isDivergedLoss(m_lastTrainLoss))
        return false;
    const double window = std::chrono::duration<double>(now - m_rateWindowStart).count();
    if (window >= 0.25) {
        m_samplesPerSecond = static_cast<double>(m_rateWindowSamples) / window;
        m_rateWindowStart = now;
        m_rateWindowSamples = 0;
    }
    if (!m_observer)
        return true;
    StepMetrics metrics;
    metrics.position = positionAt(epoch, step + 1);
    metrics.stepsPerEpoch = epoch.steps;
    metrics.trainLoss = m_lastTrainLoss;
    metrics.trainAccuracy = m_lastTrainAccuracy;
    metrics.samplesPerSecond = m_samplesPerSecond;
    metrics.learningRate = m_learningRate; // the schedule's, not the base rate
    metrics.batchSize = epoch.batchSize;
    if (!d.device.is_cuda()) {
        metrics.threads = m_tuner.threads();
        metrics.deviceName = m_deviceName;
    }
    m_observer->onStep(metrics);
    return true;
}

void TrainingLoop::reportEvaluation(const Epoch &epoch, std::int64_t stepInEpoch, bool full)
{
    syncTrainMetrics(epoch);
    const auto evaluationStart = Clock::now();
    m_lastEvaluation = full ? d.evaluate(m_data.valX, m_data.valY, m_observer != nullptr)
                            : d.evaluate(m_data.quickX, m_data.quickY);
    auto predictions = d.predictSamples(m_data);
    std::optional<EvaluationDetails> details;
    if (full && m_observer)
        details = d.evaluationDetails(m_data, m_lastEvaluation);
    m_lastEvaluation.logits = torch::Tensor();
    m_lastEvaluation.predicted = torch::Tensor();
    d.updateInferenceModel();
    // Evaluation time is not training throughput.
    m_rateWindowStart += Clock::now() - evaluationStart;
    m_tuner.restartMeasurement();
    if (!m_observer)
        return;
    EpochMetrics metrics;
    metrics.position = positionAt(epoch, stepInEpoch);
    metrics.fullValidation = full;
    metrics.trainLoss = m_lastTrainLoss;
    metrics.trainAccuracy = m_lastTrainAccuracy;
    metrics.valLoss = m_lastEvaluation.loss;
    metrics.valAccuracy = m_lastEvaluation.accuracy;
    metrics.validationSize = static_cast<int>(full ? m_data.valX.size(0) : m_data.quickX.size(0));
    m_observer->onEvaluation(metrics);
    if (details) {
        details->position = metrics.position;
        m_observer->onEvaluationDetails(*details);
    }
    m_observer->onPredictions(predictions);
}

void TrainingLoop::syncTrainMetrics(const Epoch &epoch)
{
    if (epoch.samples <= 0)
        return;
    m_lastTrainLoss = epoch.lossSum.item<double>() * epoch.batchSize / static_cast<double>(epoch.samples);
    m_lastTrainAccuracy
        = static_cast<double>(epoch.correct.item<std::int64_t>()) / static_cast<double>(epoch.samples);
}

std::int64_t TrainingLoop::stepsFor(int batchSize) const
{
    // The last partial batch is dropped so every step has the same shape
    // (CUDA-graph friendly); for 60000 images at 32 or 1000 nothing is dropped.
    const auto batch = std::min<std::int64_t>(batchSize, m_trainSize);
    return std::max<std::int64_t>(1, m_trainSize / batch);
}

TrainingPosition TrainingLoop::positionAt(const Epoch &epoch, std::int64_t stepInEpoch) const
{
    return {epoch.index, epoch.index + static_cast<double>(stepInEpoch) / static_cast<double>(epoch.steps),
        d.stepsDone, d.samplesDone, trainSeconds()};
}

double TrainingLoop::trainSeconds() const
{
    return std::chrono::duration<double>(Clock::now() - m_trainStart - m_pausedFor).count();
}

bool TrainingLoop::shouldStop() const
{
    return m_stopToken.stop_requested() || d.stopRequested.load();
}

} // namespace cnnlab::core
