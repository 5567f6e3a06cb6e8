// run.json: whatever the reader accepts is written back and read again to the
// very same text (saving twice changes nothing), and never names a
// checkpoint outside its folder.
#include "cnnlab/core/runrecord.h"
#include "fuzzcheck.h"

#include <cstdint>
#include <string>

using namespace cnnlab::core;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string text(reinterpret_cast<const char *>(data), size);
    const auto record = runRecordFromJson(text);
    if (!record) {
        FUZZ_CHECK(record.error().code == ErrorCode::FileUnreadable);
        FUZZ_CHECK(!record.error().detail.empty());
        return 0;
    }
    FUZZ_CHECK(record.value().checkpoint.empty() || isPlainFileName(record.value().checkpoint));
    const std::string once = toJson(record.value());
    const auto again = runRecordFromJson(once);
    FUZZ_CHECK(again.hasValue());
    FUZZ_CHECK(toJson(again.value()) == once);
    FUZZ_CHECK(toJson(again.value(), -1) == toJson(record.value(), -1));
    return 0;
}
