#pragma once

#include <nlohmann/json.hpp>

#include <string>

namespace cnnlab::bench {

// The load table (cnnlab-bench --load): images/s of the real engine at batch
// 32 with the machine idle, with one busy background process at nice 0 and at
// nice 19 (the bench's own child, killed after each situation), for the
// default (adaptive) thread count and every fixed count. Prints the table and
// returns its figures. Each cell is the median of `rounds` interleaved runs.
nlohmann::json runLoadTable(const std::string &dataDir, int images, double maxSecondsPerRun, int rounds);

} // namespace cnnlab::bench
