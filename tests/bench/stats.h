#pragma once

// Order statistics the bench's tables share.

#include <algorithm>
#include <cmath>
#include <vector>

namespace cnnlab::bench {

// Linear interpolation between the order statistics; NaN for no values.
inline double quantile(std::vector<double> values, double q)
{
    if (values.empty())
        return std::nan("");
    std::sort(values.begin(), values.end());
    const double position = q * static_cast<double>(values.size() - 1);
    const auto low = static_cast<std::size_t>(std::floor(position));
    const auto high = std::min(values.size() - 1, low + 1);
    return values[low] + (values[high] - values[low]) * (position - static_cast<double>(low));
}

inline double median(const std::vector<double> &values)
{
    return quantile(values, 0.5);
}

} // namespace cnnlab::bench
