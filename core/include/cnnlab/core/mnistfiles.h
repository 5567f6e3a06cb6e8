#pragma once

#include "cnnlab/core/expected.h"

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace cnnlab::core {

// One of the four raw MNIST IDX files and the SHA-256 of its raw
// (decompressed) content.
struct MnistFile {
    std::string_view name;
    std::string_view sha256;
};

// The one place cnnlab pins MNIST. scripts/fetch-mnist pins the same sums
// (tst_mnistfiles reads the script and fails when the two drift apart).
inline constexpr std::array<MnistFile, 4> mnistFiles = {{
    {"train-images-idx3-ubyte", "ba891046e6505d7aadcbbe25680a0738ad16aec93bde7f9b65e87a2fc25776db"},
    {"train-labels-idx1-ubyte", "65a50cbbf4e906d70832878ad85ccda5333a97f0f4c3dd2ef09a8a9eef7101c5"},
    {"t10k-images-idx3-ubyte", "0fa7898d509279e482958e8ce81c8e77db3f2f8254e26661ceb7762c4d494ce7"},
    {"t10k-labels-idx1-ubyte", "ff7bcfd416de33731a308c3f266cc351222c34898ecbeaf847f06e48f7ec33f2"},
}};

// The pinned SHA-256 of `name` (one of mnistFiles); empty for any other name.
std::string_view mnistSha256(std::string_view name);

// `bytes` as content: gunzipped when they are gzip (by content, not name),
// then checked against `expectedSha256` (hex, either case). GzipCorrupt for a
// damaged or truncated gzip stream, ChecksumMismatch when the content differs;
// `label` names the file in the Error.
Expected<std::vector<std::uint8_t>> unpackVerified(
    const std::vector<std::uint8_t> &bytes, std::string_view expectedSha256, const std::string &label);

// unpackVerified, then writes the content to dir/name atomically (a temporary
// file in `dir`, then rename), creating `dir` if needed. On any failure nothing
// is left behind and an existing dir/name is untouched. `name` must be a plain
// file name.
Error installVerifiedFile(const std::string &dir, const std::string &name,
    const std::vector<std::uint8_t> &bytes, std::string_view expectedSha256);

// installVerifiedFile against the pinned checksum of `name`.
Error installMnistFile(
    const std::string &dir, const std::string &name, const std::vector<std::uint8_t> &bytes);

} // namespace cnnlab::core
