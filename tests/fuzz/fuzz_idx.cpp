// IDX images and labels (raw or gzip) from a file: on success the header's
// counts match the data exactly, checked against a minimal reader of the raw
// format written here; any failure is a named error, never a crash.
#include "cnnlab/core/gzip.h"
#include "cnnlab/core/idxfile.h"
#include "fuzzcheck.h"

#include <cstdint>
#include <cstdio>
#include <string>
#include <unistd.h>
#include <vector>

using namespace cnnlab::core;

namespace {

std::uint32_t be32(const std::uint8_t *p)
{
    return std::uint32_t(p[0]) << 24 | std::uint32_t(p[1]) << 16 | std::uint32_t(p[2]) << 8 | p[3];
}

const std::string &scratch()
{
    static const std::string path = "/tmp/cnnlab-fuzz-idx-" + std::to_string(getpid());
    return path;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    FILE *file = std::fopen(scratch().c_str(), "wb");
    if (!file)
        return 0;
    std::fwrite(data, 1, size, file);
    std::fclose(file);

    std::vector<std::uint8_t> raw(data, data + size);
    if (isGzip(raw)) {
        std::vector<std::uint8_t> inflated;
        if (gunzip(raw, inflated, scratch()))
            raw.clear(); // the oracle only judges what inflates
        else
            raw = std::move(inflated);
    }
    const auto images = readIdxImages(scratch());
    if (images) {
        const IdxImages &i = images.value();
        FUZZ_CHECK(i.rows == 28 && i.cols == 28 && i.count >= 0);
        FUZZ_CHECK(i.pixels.size() == std::size_t(i.count) * 28 * 28);
        FUZZ_CHECK(raw.size() == 16 + i.pixels.size() && be32(raw.data()) == 0x803);
        FUZZ_CHECK(be32(raw.data() + 4) == std::uint32_t(i.count));
        FUZZ_CHECK(std::equal(i.pixels.begin(), i.pixels.end(), raw.begin() + 16));
    } else {
        FUZZ_CHECK(images.error().code != ErrorCode::None && images.error().code != ErrorCode::Internal);
    }
    const auto labels = readIdxLabels(scratch());
    if (labels) {
        const IdxLabels &l = labels.value();
        FUZZ_CHECK(l.labels.size() == std::size_t(l.count));
        FUZZ_CHECK(raw.size() == 8 + l.labels.size() && be32(raw.data()) == 0x801);
        for (const std::uint8_t label : l.labels)
            FUZZ_CHECK(label < 10);
    } else {
        FUZZ_CHECK(labels.error().code != ErrorCode::None && labels.error().code != ErrorCode::Internal);
    }
    return 0;
}
