#include "cnnlab/core/trainingcurve.h"

#include <algorithm>
#include <cmath>

namespace cnnlab::core {

TrainingCurve::TrainingCurve(double smoothing)
{
    setSmoothing(smoothing);
}

void TrainingCurve::setSmoothing(double smoothing)
{
    m_smoothing = std::isfinite(smoothing) ? std::clamp(smoothing, 0.0, maximumSmoothing) : defaultSmoothing;
    reset();
}

void TrainingCurve::reset()
{
    m_epoch = -1;
    m_stepsInEpoch = 0;
    m_previousMean = {};
    m_average = {};
    m_weight = 0.0;
}

TrainingCurve::Point TrainingCurve::add(const StepMetrics &report)
{
    const Point mean {report.trainLoss, report.trainAccuracy};
    if (report.stepsPerEpoch <= 0)
        return mean;
    // Steps of this epoch so far, from the position (a report is throttled,
    // so several steps lie between two).
    const double fraction = report.position.epochPosition - double(report.position.epoch);
    const auto steps = std::max<std::int64_t>(
        1, std::llround(std::clamp(fraction, 0.0, 1.0) * double(report.stepsPerEpoch)));
    Point window = mean;
    std::int64_t newSteps = steps;
    if (report.position.epoch == m_epoch && steps > m_stepsInEpoch) {
        // The running mean over `steps` steps minus that over the earlier
        // ones: the mean of the steps in between.
        newSteps = steps - m_stepsInEpoch;
        const auto unroll = [&](double now, double before) {
            return (now * double(steps) - before * double(m_stepsInEpoch)) / double(newSteps);
        };
        window = {unroll(mean.loss, m_previousMean.loss), unroll(mean.accuracy, m_previousMean.accuracy)};
    } else if (report.position.epoch == m_epoch) {
        newSteps = 0; // no step since the last report: nothing new
    }
    m_epoch = report.position.epoch;
    if (newSteps > 0) {
        m_stepsInEpoch = steps;
        m_previousMean = mean;
        const double scale = std::max(1.0, double(report.stepsPerEpoch) / 10.0);
        const double timeConstant = m_smoothing / (1.0 - m_smoothing) * scale;
        const double decay = timeConstant > 0.0 ? std::exp(-double(newSteps) / timeConstant) : 0.0;
        m_average.loss = m_average.loss * decay + window.loss * (1.0 - decay);
        m_average.accuracy = m_average.accuracy * decay + window.accuracy * (1.0 - decay);
        m_weight = m_weight * decay + (1.0 - decay);
    }
    if (m_weight <= 0.0)
        return mean;
    // Unrolled means of a handful of steps are noisy; a smoothed accuracy
    // stays a fraction.
    return {std::max(0.0, m_average.loss / m_weight), std::clamp(m_average.accuracy / m_weight, 0.0, 1.0)};
}

} // namespace cnnlab::core
