#include "cnnlab/core/lrschedule.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace cnnlab::core {

namespace {

constexpr double oneCycleStart = 1.0 / 25.0; // PyTorch's div_factor
constexpr double oneCycleEnd = oneCycleStart / 1e4; // and final_div_factor

double halfCosine(double t) // 1 at t = 0, 0 at t = 1
{
    return 0.5 * (1.0 + std::cos(std::numbers::pi * std::clamp(t, 0.0, 1.0)));
}

} // namespace

double scheduledLearningRate(const TrainingConfig &c, double epochPosition)
{
    const double base = c.learningRate;
    const double position = std::max(0.0, epochPosition);
    const double progress = c.epochs > 0 ? position / c.epochs : 0.0;
    switch (c.schedule) {
    case LrSchedule::Constant: break;
    case LrSchedule::Step:
        return base
            * std::pow(
                c.lrStepFactor, std::floor(position / static_cast<double>(std::max(1, c.lrStepEpochs))));
    case LrSchedule::Cosine: return base * halfCosine(progress);
    case LrSchedule::OneCycle: {
        const double warmup = c.warmupFraction;
        if (progress < warmup)
            return base * (oneCycleStart + (1.0 - oneCycleStart) * progress / warmup);
        const double t = warmup < 1.0 ? (progress - warmup) / (1.0 - warmup) : 1.0;
        return base * (oneCycleEnd + (1.0 - oneCycleEnd) * halfCosine(t));
    }
    }
    return base;
}

} // namespace cnnlab::core
