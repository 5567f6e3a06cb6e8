// gunzip: never more than maxBytes, every error a gzip/size error, and what it
// accepts is exactly what zlib's own gz* reader (a second decoder) reads.
#include "cnnlab/core/gzip.h"
#include "fuzzcheck.h"

#include <zlib.h>

#include <sys/mman.h>
#include <unistd.h>

#include <cstdint>
#include <vector>

using namespace cnnlab::core;

namespace {

// zlib's gzread over the same bytes (through a memfd), members concatenated.
bool gzreadAll(const std::uint8_t *data, std::size_t size, std::vector<std::uint8_t> &out)
{
    const int fd = memfd_create("fuzz", 0);
    if (fd < 0 || write(fd, data, size) != static_cast<ssize_t>(size) || lseek(fd, 0, SEEK_SET) != 0)
        return false;
    gzFile file = gzdopen(fd, "rb");
    if (!file)
        return false;
    std::uint8_t buffer[65536];
    int n = 0;
    while ((n = gzread(file, buffer, sizeof buffer)) > 0)
        out.insert(out.end(), buffer, buffer + n);
    int error = Z_OK;
    gzerror(file, &error);
    gzclose(file);
    return n == 0 && error == Z_OK;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::vector<std::uint8_t> in(data, data + size);
    constexpr std::uint64_t maxBytes = 1 << 20;
    std::vector<std::uint8_t> out;
    const Error error = gunzip(in, out, "fuzz.gz", maxBytes);
    if (error) {
        FUZZ_CHECK(error.code == ErrorCode::GzipCorrupt || error.code == ErrorCode::CountTooLarge);
        return 0;
    }
    FUZZ_CHECK(out.size() <= maxBytes);
    FUZZ_CHECK(isGzip(in));
    std::vector<std::uint8_t> oracle;
    FUZZ_CHECK(gzreadAll(data, size, oracle));
    FUZZ_CHECK(oracle == out);
    return 0;
}
