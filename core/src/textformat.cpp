#include "cnnlab/core/textformat.h"

#include <charconv>
#include <cmath>

namespace cnnlab::core {

namespace {

std::string nonFinite(double value)
{
    if (std::isnan(value))
        return "nan";
    return value > 0 ? "inf" : "-inf";
}

std::string strftimeText(const std::tm &time, const char *pattern)
{
    char text[32];
    const std::size_t length = std::strftime(text, sizeof text, pattern, &time);
    return std::string(text, length);
}

} // namespace

std::string shortestNumber(double value)
{
    if (!std::isfinite(value))
        return nonFinite(value);
    char text[64];
    const auto end = std::to_chars(text, text + sizeof text, value).ptr;
    return std::string(text, end);
}

std::string fixedNumber(double value, int decimals)
{
    if (!std::isfinite(value))
        return nonFinite(value);
    char text[512];
    const auto end = std::to_chars(text, text + sizeof text, value, std::chars_format::fixed, decimals).ptr;
    std::string result(text, end);
    if (result.find_first_not_of("-0.") == std::string::npos && result.front() == '-')
        result.erase(0, 1); // -0.00 reads as a sign where there is none
    return result;
}

std::string settingNumber(double value)
{
    if (!std::isfinite(value))
        return nonFinite(value);
    char text[64];
    const auto end = std::to_chars(text, text + sizeof text, value, std::chars_format::general, 6).ptr;
    return std::string(text, end);
}

std::string isoUtcTime(std::time_t time)
{
    std::tm utc {};
    gmtime_r(&time, &utc);
    return strftimeText(utc, "%Y-%m-%dT%H:%M:%SZ");
}

std::string isoUtcNow()
{
    return isoUtcTime(std::time(nullptr));
}

std::string localTimeStamp()
{
    const std::time_t now = std::time(nullptr);
    std::tm local {};
    localtime_r(&now, &local);
    return strftimeText(local, "%Y%m%d-%H%M%S");
}

} // namespace cnnlab::core
