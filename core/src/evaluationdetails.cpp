#include "cnnlab/core/evaluationdetails.h"

namespace cnnlab::core {

std::int64_t ConfusionMatrix::total() const
{
    std::int64_t sum = 0;
    for (const auto &row : counts)
        for (const std::int64_t count : row)
            sum += count;
    return sum;
}

std::int64_t ConfusionMatrix::correct() const
{
    std::int64_t sum = 0;
    for (int c = 0; c < 10; ++c)
        sum += counts[c][c];
    return sum;
}

double ConfusionMatrix::accuracy() const
{
    const auto all = total();
    return all > 0 ? static_cast<double>(correct()) / static_cast<double>(all) : 0.0;
}

std::int64_t ConfusionMatrix::rowTotal(int trueClass) const
{
    if (trueClass < 0 || trueClass >= 10)
        return 0;
    std::int64_t sum = 0;
    for (const std::int64_t count : counts[trueClass])
        sum += count;
    return sum;
}

double ConfusionMatrix::rowFraction(int trueClass, int predictedClass) const
{
    const auto row = rowTotal(trueClass);
    if (row == 0 || predictedClass < 0 || predictedClass >= 10)
        return 0.0;
    return static_cast<double>(counts[trueClass][predictedClass]) / static_cast<double>(row);
}

double ConfusionMatrix::classAccuracy(int trueClass) const
{
    return rowFraction(trueClass, trueClass);
}

} // namespace cnnlab::core
