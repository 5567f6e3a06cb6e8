#pragma once

#include "cnnlab/core/expected.h"

#include <cstdint>
#include <string>
#include <vector>

namespace cnnlab::core {

// Images from an IDX3 file (magic 0x00000803), validated: 28x28 only.
struct IdxImages {
    int count = 0;
    int rows = 0;
    int cols = 0;
    std::vector<std::uint8_t> pixels; // count * rows * cols, row-major
};

// Labels from an IDX1 file (magic 0x00000801).
struct IdxLabels {
    int count = 0;
    std::vector<std::uint8_t> labels;
};

// Raw or gzip-compressed (detected by content, not by name). Every failure is
// a distinct ErrorCode with the path and what was expected; nothing is
// silently truncated.
Expected<IdxImages> readIdxImages(const std::string &path);
Expected<IdxLabels> readIdxLabels(const std::string &path, int classCount = 10);

} // namespace cnnlab::core
