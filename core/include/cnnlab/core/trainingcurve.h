#pragma once

#include "cnnlab/core/metrics.h"

#include <cstdint>

namespace cnnlab::core {

// The training curve as a chart should draw it. A step report carries the
// running mean over the epoch so far (what Keras prints), which restarts at
// every epoch: drawn as is, the curve drops or jumps at each epoch boundary
// although the model did not change there. This unrolls the running means
// into the mean of the steps between two reports, then smooths those with an
// exponential moving average over optimizer steps (as TensorBoard's
// smoothing slider does; bias-corrected, so it starts at the first value).
//
// `smoothing` in [0, 0.95]: 0 draws the unrolled step means; larger values
// average over more steps (a time constant of smoothing / (1 - smoothing)
// tenths of an epoch, so one setting means the same on any data size).
// Reports without a step count (stepsPerEpoch 0) pass through unchanged.
class TrainingCurve
{
public:
    struct Point {
        double loss = 0.0;
        double accuracy = 0.0;
    };

    explicit TrainingCurve(double smoothing = defaultSmoothing);

    static constexpr double defaultSmoothing = 0.6;
    static constexpr double maximumSmoothing = 0.95;

    [[nodiscard]] double smoothing() const { return m_smoothing; }
    // Starts over (the caller adds the reports again).
    void setSmoothing(double smoothing);
    void reset();
    // The point to draw for `report` (reports in the order they came).
    Point add(const StepMetrics &report);

private:
    double m_smoothing = defaultSmoothing;
    int m_epoch = -1;
    std::int64_t m_stepsInEpoch = 0;
    Point m_previousMean; // the running mean of the previous report
    Point m_average; // the moving average, not yet bias-corrected
    double m_weight = 0.0; // 1 - the product of the decays so far
};

} // namespace cnnlab::core
