#pragma once

// Qt-free arithmetic behind the controls: the slider scales and the
// "updates per epoch" figure. Kept apart so it can be reasoned about (and
// tested) without widgets.

#include "cnnlab/core/trainingconfig.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstddef>
#include <cstdint>

namespace cnnlab::ui::scales {

// Learning-rate slider positions: 1, 1.5, 2, 3, 5, 7 per decade from 1e-5 to
// 1e-1. Roughly even steps in log space, and every stop is a number a teacher
// would say out loud (0.001, 0.003, 0.01), unlike 10^(k/n).
inline constexpr std::array<double, 6> learningRateMantissas {1.0, 1.5, 2.0, 3.0, 5.0, 7.0};
inline constexpr int learningRateMinExponent = -5;
inline constexpr int learningRateMaxExponent = -1;
inline constexpr int learningRateStops
    = (learningRateMaxExponent - learningRateMinExponent) * int(learningRateMantissas.size()) + 1;

inline double learningRateAt(int index)
{
    index = std::clamp(index, 0, learningRateStops - 1);
    const int perDecade = int(learningRateMantissas.size());
    const int exponent = learningRateMinExponent + index / perDecade;
    // Multiplying by the exact power of ten keeps 0.001 exactly 0.001 when printed.
    return learningRateMantissas[std::size_t(index % perDecade)] * std::pow(10.0, exponent);
}

// The learning rates the window offers, on the slider and in the Sweep
// dialog alike (one range: a sweep must not set what the slider cannot show).
inline double minLearningRate()
{
    return learningRateAt(0);
}
inline double maxLearningRate()
{
    return learningRateAt(learningRateStops - 1);
}
inline bool isOfferedLearningRate(double learningRate)
{
    // A hair of tolerance: 0.1 typed is 0.1 on the ladder.
    return learningRate >= minLearningRate() * (1.0 - 1e-9)
        && learningRate <= maxLearningRate() * (1.0 + 1e-9);
}

// The stop closest in log space (a value off the ladder keeps its own value;
// only the slider handle snaps).
inline int nearestLearningRateIndex(double learningRate)
{
    if (!(learningRate > 0.0))
        return 0;
    int best = 0;
    double bestDistance = 1e300;
    for (int i = 0; i < learningRateStops; ++i) {
        const double distance = std::abs(std::log(learningRateAt(i)) - std::log(learningRate));
        if (distance < bestDistance) {
            bestDistance = distance;
            best = i;
        }
    }
    return best;
}

// Batch-size slider: powers of two, 2^3 = 8 .. 2^12 = 4096.
inline constexpr int batchMinLog2 = 3;
inline constexpr int batchMaxLog2 = 12;

inline int batchSizeAt(int log2)
{
    return 1 << std::clamp(log2, batchMinLog2, batchMaxLog2);
}

inline int nearestBatchLog2(int batchSize)
{
    const double l = std::log2(double(std::max(batchSize, 1)));
    return std::clamp(int(std::lround(l)), batchMinLog2, batchMaxLog2);
}

inline constexpr int fullTrainingSetSize = 60000; // MNIST and Fashion-MNIST alike

// How many images one epoch trains on, as the engine will resolve it: the
// hold-out (if chosen) comes off the end of the 60000, then the subset limit.
inline int trainingSetSize(const core::TrainingConfig &config)
{
    int size = fullTrainingSetSize;
    if (config.validation == core::ValidationSource::Holdout)
        size -= config.holdoutSize;
    if (config.trainLimit > 0)
        size = std::min(size, config.trainLimit);
    return std::max(size, 0);
}

// Optimizer steps per epoch, as the engine counts them: the last partial
// batch is dropped (every step has the same shape), a batch larger than the
// training set is one step over all of it.
inline std::int64_t updatesPerEpoch(int trainingSize, int batchSize)
{
    if (batchSize <= 0 || trainingSize <= 0)
        return 0;
    const std::int64_t batch = std::min<std::int64_t>(batchSize, trainingSize);
    return std::max<std::int64_t>(1, trainingSize / batch);
}

// Images left out of each epoch by dropping the partial batch.
inline int imagesSkippedPerEpoch(int trainingSize, int batchSize)
{
    if (batchSize <= 0 || trainingSize <= 0 || batchSize >= trainingSize)
        return 0;
    return trainingSize % batchSize;
}

} // namespace cnnlab::ui::scales
