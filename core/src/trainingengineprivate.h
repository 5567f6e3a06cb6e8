#pragma once

// The training engine's insides, shared by its files: trainingengine.cpp (data,
// model, the run loop and its control), engineevaluation.cpp (evaluations,
// their details, sample predictions), engineinference.cpp (the CPU copy that
// answers the GUI mid-run) and enginecheckpoint.cpp (save, load, resume).
#include "cnnlab/core/trainingengine.h"

#include "cnnnet.h"

#include <torch/torch.h>

#include <atomic>
#include <chrono>
#include <cmath>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>
#include <stop_token>
#include <string>
#include <tuple>
#include <vector>

namespace cnnlab::core {

using Clock = std::chrono::steady_clock;

inline constexpr int checkpointFormat = 1;

// Cross-entropy over 10 classes starts near ln 10 = 2.3. A loss above 10^4
// means the true class got probability e^-10000: the weights have blown up
// (Adam at lr 10 reaches ~5e10 on its second step) and training cannot recover.
inline constexpr double divergedLoss = 1e4;

// Largest chunk of a training step on CPU (see TrainingEngine::setStepChunk).
// Picked by measurement at batch 1000: tests/bench/README.md, "Large batches".
inline constexpr int defaultStepChunk = 128;

inline bool isDivergedLoss(double loss)
{
    return !std::isfinite(loss) || loss > divergedLoss;
}

// One training step's forward and backward passes.
struct StepOutcome {
    torch::Tensor loss; // the batch's mean loss (detached)
    torch::Tensor correct; // int64 count of right answers
    bool diverged = false;
    double lossValue = 0.0; // read only when checked (diverged: the offending loss)
};

struct EvaluationResult {
    double loss = 0.0;
    double accuracy = 0.0;
    // Filled only when asked for (full evaluations): every image's logits and
    // predicted class, left on the device.
    torch::Tensor logits; // [N, 10]
    torch::Tensor predicted; // [N], int64
};

class TrainingEngine::Private
{
public:
    // Data resident on the device for the whole run.
    struct DeviceData {
        torch::Tensor trainX, trainY;
        torch::Tensor valX, valY;
        std::int64_t valFirst = 0; // index of valX[0] in the validation source
        torch::Tensor quickX, quickY; // fixed subset for the quick evaluations
        torch::Tensor sampleX; // the fixed sample digits
        std::vector<SampleImage> samples;
        std::vector<std::string> classNames;
    };

    // Control state, shared with the threads that call pause()/setX().
    mutable std::mutex mutex;
    std::condition_variable_any pauseChanged;
    bool paused = false;
    std::atomic<bool> stopRequested {false};
    std::atomic<bool> running {false};
    std::atomic<bool> hasPending {false}; // cheap per-step check before taking the mutex
    std::optional<double> pendingLearningRate;
    std::optional<std::tuple<bool, double, double>> pendingDropout;
    std::optional<int> pendingBatchSize;
    std::atomic<int> stepChunkSetting {0};

    // Model state (the run's thread while running; any thread otherwise).
    CnnNet model {nullptr};
    std::unique_ptr<torch::optim::Optimizer> optimizer;
    TrainingConfig config;
    torch::Device device {torch::kCPU};
    int epochsDone = 0;
    std::int64_t stepsDone = 0;
    std::int64_t samplesDone = 0;
    int stepChunk = 0; // resolved for the run: largest chunk; 0: never split
    std::atomic<std::int64_t> passes {0};

    // A CPU copy of the weights for inference from any thread (the GUI's draw
    // pad asks mid-run); never the model being trained. Only under its mutex.
    mutable std::mutex inferenceMutex;
    CnnNet inference {nullptr};
    void updateInferenceModel();

    Expected<DeviceData> loadData(const TrainingConfig &c);
    void buildModel(const TrainingConfig &c);
    // A fresh model for `c`, or the checkpoint it resumes from; progress counters reset.
    Error prepareModel(const TrainingConfig &c);
    Error restoreCheckpoint(const std::string &path, bool withOptimizer);
    EvaluationResult evaluate(const torch::Tensor &x, const torch::Tensor &y, bool keepOutputs = false);
    // Forward + backward of one batch, split into chunks above `stepChunk`
    // (gradients accumulate). `checkLoss`: read the loss (on CPU it is free).
    // The loss minimised is cross-entropy (label-smoothed if asked) plus the
    // kernel penalties; the loss reported is the plain cross-entropy.
    StepOutcome forwardBackward(const torch::Tensor &x, const torch::Tensor &y, bool checkLoss);
    // Adds the gradient of the L1/L2 kernel penalties (none by default).
    void backwardWeightPenalty();
    int resolveStepChunk() const;
    // Confusion matrix and most confident mistakes of a full evaluation (its
    // position is the caller's to fill in).
    EvaluationDetails evaluationDetails(const DeviceData &data, const EvaluationResult &evaluation) const;
    std::vector<Prediction> predictSamples(const DeviceData &data);
    void applyPending(TrainingObserver *observer, const TrainingPosition &position, bool epochStart);
    // Returns false if a stop was requested while waiting.
    bool waitWhilePaused(
        const std::stop_token &token, TrainingObserver *observer, Clock::duration &pausedFor);
    double learningRate() const;
    void setOptimizerLearningRate(double lr);
};

} // namespace cnnlab::core
