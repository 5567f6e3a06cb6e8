#pragma once

#include "cnnlab/core/expected.h"
#include "cnnlab/core/runrecord.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace cnnlab::core {

// Where run records live: <root>/<id>/run.json (+ metrics.csv, checkpoint.pt),
// root = $XDG_DATA_HOME/cnnlab/runs (default ~/.local/share/cnnlab/runs). The
// GUI saves every run here; cnnlab-train does too when no --out is given.
// Nothing here ever deletes a damaged record; delete moves a run into
// <root>/.trash/<id> so it can be restored (undo).
class RunStore
{
public:
    struct Entry {
        std::string id; // folder name, unique in the store
        std::string directory;
        std::string recordPath; // <directory>/run.json
        bool damaged = false;
        Error error; // why it is damaged (unreadable, truncated JSON, wrong types, unknown version)
        std::optional<RunRecord> record; // set unless damaged
        bool hasCheckpoint = false;
        // run.json as it was read (size, modification time in ns): list(previous)
        // reuses an entry whose file has not changed since.
        std::uint64_t recordSize = 0;
        std::int64_t recordModified = 0;
    };

    explicit RunStore(std::string root = defaultRoot());
    static std::string defaultRoot();
    [[nodiscard]] const std::string &root() const { return m_root; }

    // Every run folder (sorted by creation time, newest last), damaged ones
    // included; folders without run.json are skipped.
    [[nodiscard]] std::vector<Entry> list() const;
    // The same, but an entry of `previous` whose run.json has the same size and
    // modification time is taken as it is instead of being read again: a long
    // history is not re-parsed on every save.
    [[nodiscard]] std::vector<Entry> list(const std::vector<Entry> &previous) const;
    [[nodiscard]] std::optional<Entry> find(const std::string &id) const;

    // A new, empty, uniquely named folder for a run: <yyyymmdd-hhmmss>-<slug of name>.
    Expected<std::string> createRunDirectory(const std::string &name) const;
    // createRunDirectory + writeRunRecord (+ metrics.csv). Returns the id.
    Expected<std::string> save(const RunRecord &record) const;

    Error rename(const std::string &id, const std::string &newName) const; // rewrites run.json atomically
    Error remove(const std::string &id) const; // moves into .trash
    Error restore(const std::string &id) const; // back from .trash
    Error purgeTrash() const;

private:
    std::string m_root;
};

} // namespace cnnlab::core
