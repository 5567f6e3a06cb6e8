#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace cnnlab::core {

// Where in training a report was taken. `epochPosition` is fractional
// (1.25 = a quarter into the second epoch), the x axis of the live charts.
struct TrainingPosition {
    int epoch = 0; // 0-based epoch in progress
    double epochPosition = 0.0; // completed epochs + fraction of the current one
    std::int64_t step = 0; // optimizer steps since the run began
    std::int64_t samplesSeen = 0;
    double elapsedSeconds = 0.0; // training wall time, pauses excluded
};

// Running training figures, reported at most `reportsPerSecond` times a second.
struct StepMetrics {
    TrainingPosition position;
    std::int64_t stepsPerEpoch = 0;
    double trainLoss = 0.0; // mean over the current epoch so far
    double trainAccuracy = 0.0; // fraction in [0, 1], current epoch so far
    double samplesPerSecond = 0.0;
    double learningRate = 0.0;
    int batchSize = 0;
    int threads = 0; // CPU threads the last steps ran with (0: not a CPU run)
    // The device as a status bar shows it now, "CPU (1 of 2 threads, machine
    // busy)" after the adaptive thread count backed off. Not stored in run.json.
    std::string deviceName;
};

// One evaluation: a quick one on the fixed validation subset, or the full
// validation set at each epoch end.
struct EpochMetrics {
    TrainingPosition position;
    bool fullValidation = false;
    double trainLoss = 0.0;
    double trainAccuracy = 0.0;
    double valLoss = 0.0;
    double valAccuracy = 0.0;
    int validationSize = 0;
};

// The model's verdict on one of the fixed sample digits.
struct Prediction {
    int sampleIndex = 0; // index into RunInfo::samples
    int trueLabel = 0;
    int predictedLabel = 0;
    std::array<int, 3> topClasses {};
    std::array<float, 3> topProbabilities {};
    [[nodiscard]] bool isCorrect() const { return trueLabel == predictedLabel; }
};

// A 28x28 grey image (0 = background) with its label.
struct SampleImage {
    int datasetIndex = 0; // index in the validation source
    int label = 0;
    std::vector<std::uint8_t> pixels; // 784 bytes, row-major
};

} // namespace cnnlab::core
