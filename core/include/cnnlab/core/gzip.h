#pragma once

#include "cnnlab/core/error.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace cnnlab::core {

// Bound on what one gunzip call produces (no IDX set comes close).
inline constexpr std::uint64_t maxGunzipBytes = std::uint64_t {1} << 30;

// True when `bytes` start with the gzip magic (1f 8b).
bool isGzip(const std::vector<std::uint8_t> &bytes);

// Inflates every gzip member in `in` (gzip allows concatenated members) into
// `out`, at most `maxBytes`. Anything that is not a complete, CRC-checked gzip
// stream is GzipCorrupt (a truncated download included); more than `maxBytes`
// is CountTooLarge. `path` only labels the Error.
Error gunzip(const std::vector<std::uint8_t> &in, std::vector<std::uint8_t> &out,
    const std::string &path = {}, std::uint64_t maxBytes = maxGunzipBytes);

} // namespace cnnlab::core
