#pragma once

#include "threadtuner.h"
#include "trainingengineprivate.h"

#include <stop_token>
#include <string>

namespace cnnlab::core {

// One run's epochs, steps and reports, on the engine's prepared model and
// data: TrainingEngine::run sets up (device, threads, data, model, resume) and
// hands over to this. Read top-down: run() → runEpoch() → trainStep(), with
// the reports (reportStep, reportEvaluation) and the thread tuner beside them.
class TrainingLoop
{
public:
    using DeviceData = TrainingEngine::Private::DeviceData;

    // `threads`: the count set for the run; the tuner adapts it on CPU unless
    // the config fixed it.
    TrainingLoop(TrainingEngine::Private &engine, const DeviceData &data, TrainingObserver *observer,
        std::stop_token stopToken, int threads);

    // What onStarted() reports; call once, before run().
    [[nodiscard]] RunInfo runInfo() const;
    // Trains until the last epoch, a stop or divergence; the figures of the end.
    RunResult run();

private:
    // The running sums of one epoch (on the device until read).
    struct Epoch {
        int index = 0;
        int batchSize = 0;
        std::int64_t steps = 0;
        torch::Tensor permutation;
        torch::Tensor lossSum;
        torch::Tensor correct;
        std::int64_t samples = 0;
        int nextQuickEvaluation = 1;
    };
    enum class StepEnd { Continue, Stopped, Diverged };

    // Returns false when the run ends (stopped or diverged) inside this epoch.
    bool runEpoch(int epoch);
    StepEnd trainStep(Epoch &epoch, std::int64_t step);
    void adaptThreads(
        const Epoch &epoch, std::int64_t step, Clock::time_point stepStart, Clock::time_point now);
    // The throttled step report; false when the loss read for it has diverged.
    bool reportStep(const Epoch &epoch, std::int64_t step, Clock::time_point now);
    void reportEvaluation(const Epoch &epoch, std::int64_t stepInEpoch, bool full);
    // After a full evaluation: keeps the best weights; true when patience ran
    // out (the best weights are back in the model).
    bool earlyStopAfter(int epoch);
    // Reads the epoch's mean loss and accuracy from the device.
    void syncTrainMetrics(const Epoch &epoch);

    [[nodiscard]] std::int64_t stepsFor(int batchSize) const;
    [[nodiscard]] TrainingPosition positionAt(const Epoch &epoch, std::int64_t stepInEpoch) const;
    [[nodiscard]] double trainSeconds() const;
    [[nodiscard]] bool shouldStop() const;

    TrainingEngine::Private &d;
    const DeviceData &m_data;
    TrainingObserver *m_observer = nullptr;
    std::stop_token m_stopToken;
    const std::int64_t m_trainSize;
    ThreadTuner m_tuner;
    std::string m_deviceName;
    // On CPU reading the loss costs nothing (no device to sync with), so a
    // NaN is caught before it reaches the weights. On CUDA it is checked at
    // each report (<= 50 ms) to keep the GPU queue full.
    const bool m_checkEveryStep;
    const Clock::duration m_reportInterval;

    Clock::time_point m_trainStart;
    Clock::duration m_pausedFor {};
    Clock::time_point m_lastReport;
    Clock::time_point m_rateWindowStart;
    std::int64_t m_rateWindowSamples = 0;
    double m_samplesPerSecond = 0.0;

    bool m_stopped = false;
    bool m_diverged = false;
    double m_lastTrainLoss = 0.0;
    double m_lastTrainAccuracy = 0.0;
    EvaluationResult m_lastEvaluation;
    double m_epochPosition = 0.0; // where training stands, fractional
    double m_learningRate = 0.0; // the optimizer's, as the schedule set it

    // Early stopping: the lowest full validation loss, its epoch and weights.
    struct Best {
        double valLoss = 0.0;
        double valAccuracy = 0.0;
        int epoch = 0; // 1-based; 0: none yet
        std::vector<torch::Tensor> state; // parameters, then buffers (batch norm's)
    };
    Best m_best;
    int m_epochsSinceBest = 0;
    bool m_stoppedEarly = false;
};

} // namespace cnnlab::core
