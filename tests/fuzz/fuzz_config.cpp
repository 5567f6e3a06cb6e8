// A training config (run.json's `config`, also inside checkpoints): accepted
// configs round-trip exactly, and validate() judges any of them without crashing.
#include "cnnlab/core/runrecord.h"
#include "cnnlab/core/trainingconfig.h"
#include "fuzzcheck.h"

#include <cstdint>
#include <string>

using namespace cnnlab::core;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string text(reinterpret_cast<const char *>(data), size);
    const auto config = configFromJson(text);
    if (!config) {
        FUZZ_CHECK(!config.error().detail.empty());
        return 0;
    }
    const Error invalid = validate(config.value());
    FUZZ_CHECK(!invalid || invalid.code == ErrorCode::InvalidConfig);
    const std::string once = configToJson(config.value());
    const auto again = configFromJson(once);
    FUZZ_CHECK(again.hasValue());
    FUZZ_CHECK(configToJson(again.value()) == once);
    return 0;
}
