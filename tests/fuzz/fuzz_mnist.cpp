// A downloaded MNIST file: unpackVerified accepts only bytes whose (inflated)
// content has the expected SHA-256, and installVerifiedFile leaves nothing
// behind when it refuses.
#include "cnnlab/core/mnistfiles.h"
#include "cnnlab/core/sha256.h"
#include "fuzzcheck.h"

#include <unistd.h>

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

using namespace cnnlab::core;
namespace fs = std::filesystem;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::vector<std::uint8_t> bytes(data, data + size);
    // The expected sum of the first half-byte-count bytes: sometimes right.
    const std::vector<std::uint8_t> head(data, data + size / 2);
    const std::string expected = Sha256::hexOf(head.data(), head.size());
    const auto content = unpackVerified(bytes, expected, "fuzz");
    if (content)
        FUZZ_CHECK(Sha256::hexOf(content.value().data(), content.value().size()) == expected);
    else
        FUZZ_CHECK(content.error().code == ErrorCode::ChecksumMismatch
            || content.error().code == ErrorCode::GzipCorrupt
            || content.error().code == ErrorCode::CountTooLarge);

    const fs::path dir = fs::temp_directory_path() / ("cnnlab-fuzz-mnist-" + std::to_string(getpid()));
    std::error_code ignored;
    fs::remove_all(dir, ignored);
    const Error installed = installVerifiedFile(dir.string(), "file", bytes, expected);
    FUZZ_CHECK(!installed == bool(content));
    std::size_t files = 0;
    for (const auto &entry : fs::directory_iterator(dir, ignored)) {
        (void)entry;
        ++files;
    }
    FUZZ_CHECK(files == (installed ? 0u : 1u));
    fs::remove_all(dir, ignored);
    return 0;
}
