// The run store over a folder built from the input (the first byte picks the
// folder's shape: links in and out, a checkpoint, a trash; the rest is the
// run.json): list, find, rename, delete and restore never touch a file
// outside the store, never report a checkpoint that is not a plain file in
// its run folder, and list every folder as a run or as damaged with a reason.
#include "cnnlab/core/runstore.h"
#include "fuzzcheck.h"

#include <unistd.h>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>

using namespace cnnlab::core;
namespace fs = std::filesystem;

namespace {

void writeFile(const fs::path &path, const std::string &contents)
{
    std::ofstream(path, std::ios::binary) << contents;
}

std::string readFile(const fs::path &path)
{
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 1)
        return 0;
    const fs::path base = fs::temp_directory_path() / ("cnnlab-fuzz-store-" + std::to_string(getpid()));
    std::error_code ignored;
    fs::remove_all(base, ignored);
    const fs::path root = base / "runs";
    const fs::path outside = base / "outside";
    fs::create_directories(root / "run");
    fs::create_directories(outside);
    const std::string sentinel = "outside the store";
    writeFile(outside / "run.json", sentinel);
    writeFile(outside / "checkpoint.pt", sentinel);

    const std::uint8_t shape = data[0];
    const std::string record(reinterpret_cast<const char *>(data + 1), size - 1);
    const fs::path run = root / "run";
    if (shape & 1)
        fs::create_symlink(outside / "run.json", run / "run.json");
    else
        writeFile(run / "run.json", record);
    if (shape & 2)
        fs::create_symlink(outside / "checkpoint.pt", run / "checkpoint.pt");
    else if (shape & 4) // not both: writing it would go through the link
        writeFile(run / "checkpoint.pt", "model");
    if (shape & 8)
        fs::create_symlink(outside, root / "linked");
    if (shape & 16) {
        fs::create_directories(root / ".trash" / "old");
        writeFile(root / ".trash" / "old" / "run.json", record);
    }

    const RunStore store(root.string());
    for (const RunStore::Entry &entry : store.list()) {
        FUZZ_CHECK(entry.damaged != entry.record.has_value());
        FUZZ_CHECK(!entry.damaged || !entry.error.detail.empty());
        if (entry.hasCheckpoint) {
            const std::string name = entry.record && !entry.record->checkpoint.empty()
                ? entry.record->checkpoint
                : "checkpoint.pt";
            FUZZ_CHECK(name.find('/') == std::string::npos);
            FUZZ_CHECK(fs::is_regular_file(fs::symlink_status(fs::path(entry.directory) / name)));
        }
        if (!entry.damaged && !fs::is_symlink(fs::symlink_status(entry.directory))) {
            if (!store.rename(entry.id, "renamed")) {
                const auto renamed = store.find(entry.id);
                FUZZ_CHECK(renamed && renamed->record && renamed->record->name == "renamed");
            }
        }
        if (!store.remove(entry.id))
            (void)store.restore(entry.id);
    }
    (void)store.restore("old");
    FUZZ_CHECK(readFile(outside / "run.json") == sentinel);
    FUZZ_CHECK(readFile(outside / "checkpoint.pt") == sentinel);
    fs::remove_all(base, ignored);
    return 0;
}
