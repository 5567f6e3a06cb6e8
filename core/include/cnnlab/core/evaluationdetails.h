#pragma once

#include "cnnlab/core/metrics.h"

#include <array>
#include <cstdint>
#include <vector>

namespace cnnlab::core {

// Counts of (true class, predicted class) over one full evaluation.
struct ConfusionMatrix {
    std::array<std::array<std::int64_t, 10>, 10> counts {}; // [true][predicted]

    [[nodiscard]] std::int64_t total() const;
    [[nodiscard]] std::int64_t correct() const; // the diagonal
    [[nodiscard]] double accuracy() const; // correct / total, 0 when empty
    [[nodiscard]] std::int64_t rowTotal(int trueClass) const;
    // counts[t][p] / rowTotal(t); 0 for an empty row.
    [[nodiscard]] double rowFraction(int trueClass, int predictedClass) const;
    // Per-class accuracy (recall): counts[c][c] / rowTotal(c).
    [[nodiscard]] double classAccuracy(int trueClass) const;
    [[nodiscard]] bool isEmpty() const { return total() == 0; }
};

// One validation image the model got wrong, with what it believed.
struct Misclassified {
    int datasetIndex = 0; // index in the validation source (as SampleImage::datasetIndex)
    int trueLabel = 0;
    int predictedLabel = 0;
    std::array<int, 3> topClasses {};
    std::array<float, 3> topProbabilities {};
    std::vector<std::uint8_t> pixels; // 784 bytes, row-major
    [[nodiscard]] float confidence() const { return topProbabilities[0]; }
};

// What a full evaluation saw beyond loss and accuracy: reported after every
// full-validation evaluation (TrainingObserver::onEvaluationDetails).
struct EvaluationDetails {
    TrainingPosition position;
    ConfusionMatrix confusion;
    // Misclassified validation images, most confident mistake first; at most
    // `maxMisclassified` of them (TrainingConfig), so a diverged model's
    // 9,000 mistakes do not flood the GUI or the record.
    std::vector<Misclassified> misclassified;
};

// Inside the model, for the explanation views.
struct FeatureMaps {
    // The first two conv layers after their activation. The lab's network:
    // conv1: 32 maps of 26x26; conv2: 64 maps of 24x24. With one conv block
    // conv2 is empty and conv2Size 0.
    int conv1Size = 26;
    int conv2Size = 24;
    std::vector<std::vector<float>> conv1;
    std::vector<std::vector<float>> conv2;
};

// The first layer's learned filters (the lab's: 32 of 3x3) and biases.
struct FirstLayerFilters {
    int kernelSize = 3;
    std::vector<std::vector<float>> kernels; // kernelSize^2 weights each, row-major
    std::vector<std::array<float, 9>> weights; // the same, only for 3x3 kernels (else empty)
    std::vector<float> biases;
};

} // namespace cnnlab::core
