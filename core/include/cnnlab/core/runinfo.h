#pragma once

#include "cnnlab/core/error.h"
#include "cnnlab/core/metrics.h"
#include "cnnlab/core/trainingconfig.h"

#include <cstdint>
#include <string>
#include <vector>

namespace cnnlab::core {

// Reported once, when data is loaded and training is about to begin.
struct RunInfo {
    TrainingConfig config; // as resolved (device, threads filled in)
    std::string deviceName; // "CPU (2 threads)", "cuda:0 (NVIDIA H100)"
    // CPU, config.threads == 0: the thread count adapts to the machine's load
    // (ThreadChange reports); config.threads holds the count it starts with.
    bool adaptiveThreads = false;
    std::vector<std::string> classNames;
    int trainSize = 0;
    int validationSize = 0;
    std::int64_t stepsPerEpoch = 0;
    std::int64_t parameterCount = 0;
    int startEpoch = 0; // > 0 when resumed from a checkpoint
    std::vector<SampleImage> samples;
};

// A hyperparameter change that took effect during the run.
struct ConfigChange {
    TrainingPosition position; // where it took effect
    std::string parameter; // "learning_rate" | "batch_size" | "dropout"
    std::string oldValue;
    std::string newValue;
};

// The adaptive thread count kept another number of CPU threads: a thread
// fewer was faster (another process is taking a core), or more are faster again.
struct ThreadChange {
    TrainingPosition position; // where it took effect
    int from = 0;
    int to = 0;
    std::string reason; // "machine busy: 1 thread 1.90x faster than 2"
};

enum class RunStatus { Completed, Stopped, Diverged, Failed };
const char *runStatusName(RunStatus status); // "completed" | "stopped" | "diverged" | "failed"

struct RunResult {
    RunStatus status = RunStatus::Failed;
    Error error; // set when status == Failed
    TrainingPosition position;
    int epochsCompleted = 0;
    double trainLoss = 0.0;
    double trainAccuracy = 0.0;
    double valLoss = 0.0;
    double valAccuracy = 0.0;
    double seconds = 0.0; // wall time of the whole run (loading included)
    double trainSeconds = 0.0; // training only, pauses excluded
    // Completed by early stopping (TrainingConfig::earlyStopPatience): the model
    // holds the weights of epoch `bestEpoch` (1-based), whose validation figures
    // valLoss and valAccuracy are; epochsCompleted counts every epoch trained.
    bool stoppedEarly = false;
    int bestEpoch = 0; // 0 unless stoppedEarly
};

} // namespace cnnlab::core
