#pragma once

#include <ctime>
#include <string>

// Numbers and times as core writes them into files and messages: always in
// the C locale (printf would follow the process locale, which the GUI sets
// from the environment, so a German desktop would write 99,07), and in one
// form each, so every writer and reader of records agrees.
namespace cnnlab::core {

// The shortest text that reads back as the same double ("0.9907", "5e-05");
// "nan", "inf", "-inf" for the non-finite. For CSV and Markdown tables.
std::string shortestNumber(double value);
// `decimals` after the point ("99.07"); never "-0.00".
std::string fixedNumber(double value, int decimals);
// Six significant digits as %g writes them ("0.001", "0.0005", "128"): the
// values of a mid-run change, which the GUI reads back to word them.
std::string settingNumber(double value);

// ISO 8601 in UTC, "2026-12-04T18:55:00Z".
std::string isoUtcTime(std::time_t time);
std::string isoUtcNow();
// Local time for folder names, "20261204-195500".
std::string localTimeStamp();

} // namespace cnnlab::core
