#include "cnnlab/core/runstore.h"
#include "cnnlab/core/textformat.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <map>
#include <system_error>
#include <tuple>

#include <sys/stat.h>

namespace cnnlab::core {

namespace {

namespace fs = std::filesystem;

constexpr const char *recordFile = "run.json";
constexpr const char *metricsFile = "metrics.csv";
constexpr const char *checkpointFile = "checkpoint.pt";
constexpr const char *trashDir = ".trash";

std::string envOrEmpty(const char *name)
{
    const char *value = std::getenv(name);
    return value ? std::string(value) : std::string();
}

// Per the XDG base directory spec, relative entries are invalid and ignored.
bool isAbsolute(const std::string &dir)
{
    return !dir.empty() && dir.front() == '/';
}

// An id names a folder directly under the root: no separators, no dot names
// (".trash", "..") that would reach outside it.
bool isValidId(const std::string &id)
{
    return !id.empty() && id.front() != '.' && id.find('/') == std::string::npos
        && id.find('\0') == std::string::npos;
}

Error notFound(const std::string &path, const std::string &detail)
{
    return Error {ErrorCode::FileNotFound, path, detail};
}

Error writeFailed(const std::string &path, const std::string &detail)
{
    return Error {ErrorCode::WriteFailed, path, detail};
}

// Lower-case letters, digits, '.', '_' and '-'; anything else becomes one '-'.
std::string slugOf(const std::string &name)
{
    std::string slug;
    for (const char c : name) {
        const auto u = static_cast<unsigned char>(c);
        if (std::isalnum(u) && u < 0x80)
            slug += char(std::tolower(u));
        else if (c == '.' || c == '_' || c == '-')
            slug += c;
        else if (!slug.empty() && slug.back() != '-')
            slug += '-';
        if (slug.size() >= 60)
            break;
    }
    while (!slug.empty() && (slug.back() == '-' || slug.back() == '.'))
        slug.pop_back();
    while (!slug.empty() && (slug.front() == '.' || slug.front() == '-'))
        slug.erase(0, 1);
    return slug.empty() ? std::string("run") : slug;
}

// A damaged record has no created_at: its file's time stands in, in the same
// ISO form, so every entry sorts on one key.
std::string fileTimeIso(const std::string &path)
{
    struct stat info {
    };
    if (::stat(path.c_str(), &info) != 0)
        return {};
    return isoUtcTime(info.st_mtime);
}

// Size and modification time (ns) of a file, not following a link; {0, 0} if absent.
std::pair<std::uint64_t, std::int64_t> fileStamp(const std::string &path)
{
    struct stat info {
    };
    if (::lstat(path.c_str(), &info) != 0)
        return {0, 0};
    return {
        std::uint64_t(info.st_size), std::int64_t(info.st_mtim.tv_sec) * 1000000000 + info.st_mtim.tv_nsec};
}

// A regular file itself, not a link to one (which may lie outside the folder).
bool isRegularFileNoLink(const fs::path &path)
{
    std::error_code error;
    return fs::is_regular_file(fs::symlink_status(path, error));
}

// The first of `dir` and `record` that is a symbolic link, or empty.
std::string linkOutOfFolder(const fs::path &dir, const fs::path &record)
{
    std::error_code error;
    for (const fs::path &path : {dir, record})
        if (fs::is_symlink(fs::symlink_status(path, error)))
            return path.string();
    return {};
}

} // namespace

RunStore::RunStore(std::string root)
    : m_root(std::move(root))
{ }

std::string RunStore::defaultRoot()
{
    std::string home = envOrEmpty("XDG_DATA_HOME");
    if (!isAbsolute(home)) {
        const std::string user = envOrEmpty("HOME");
        home = isAbsolute(user) ? (fs::path(user) / ".local/share").string() : std::string();
    }
    if (home.empty())
        return "cnnlab-runs"; // no home at all (a bare container): beside the working directory
    return (fs::path(home) / "cnnlab" / "runs").string();
}

std::vector<RunStore::Entry> RunStore::list() const
{
    return list({});
}

std::vector<RunStore::Entry> RunStore::list(const std::vector<Entry> &previous) const
{
    std::map<std::string, const Entry *> known;
    for (const Entry &entry : previous)
        known.emplace(entry.id, &entry);
    std::vector<std::pair<std::string, Entry>> found; // sort key, entry
    std::error_code error;
    fs::directory_iterator it(m_root, error);
    if (error)
        return {}; // no store yet
    for (const fs::directory_entry &dir : it) {
        const std::string id = dir.path().filename().string();
        std::error_code ignored;
        if (!isValidId(id) || !dir.is_directory(ignored))
            continue;
        const auto same = known.find(id);
        if (same != known.end()) {
            const auto [size, modified] = fileStamp((dir.path() / recordFile).string());
            if (size == same->second->recordSize && modified == same->second->recordModified
                && modified != 0) {
                const Entry &entry = *same->second;
                found.emplace_back(
                    entry.record ? entry.record->createdAt : fileTimeIso(entry.recordPath), entry);
                continue;
            }
        }
        if (auto entry = find(id))
            found.emplace_back(
                entry->record ? entry->record->createdAt : fileTimeIso(entry->recordPath), *entry);
    }
    std::sort(found.begin(), found.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first < b.first : a.second.id < b.second.id;
    });
    std::vector<Entry> entries;
    entries.reserve(found.size());
    for (auto &[key, entry] : found)
        entries.push_back(std::move(entry));
    return entries;
}

std::optional<RunStore::Entry> RunStore::find(const std::string &id) const
{
    if (!isValidId(id))
        return std::nullopt;
    const fs::path dir = fs::path(m_root) / id;
    const fs::path record = dir / recordFile;
    std::error_code error;
    if (!fs::exists(fs::symlink_status(record, error)))
        return std::nullopt; // a folder a run is still being written into, or not a run at all
    Entry entry;
    entry.id = id;
    entry.directory = dir.string();
    entry.recordPath = record.string();
    std::tie(entry.recordSize, entry.recordModified) = fileStamp(entry.recordPath);
    // A run folder copied from elsewhere is read only inside itself: a link
    // (the folder, its record or its checkpoint) could point anywhere.
    const std::string outside = linkOutOfFolder(dir, record);
    if (!outside.empty()) {
        entry.damaged = true;
        entry.error = Error {ErrorCode::FileUnreadable, outside,
            "a symbolic link; cnnlab reads only files inside the run folder"};
        return entry;
    }
    auto read = readRunRecord(entry.recordPath);
    if (read) {
        entry.record = std::move(read).value();
        const std::string checkpoint
            = entry.record->checkpoint.empty() ? checkpointFile : entry.record->checkpoint;
        entry.hasCheckpoint = isRegularFileNoLink(dir / checkpoint);
    } else {
        entry.damaged = true;
        entry.error = read.error();
        entry.hasCheckpoint = isRegularFileNoLink(dir / checkpointFile);
    }
    return entry;
}

Expected<std::string> RunStore::createRunDirectory(const std::string &name) const
{
    std::error_code error;
    fs::create_directories(m_root, error);
    if (error || !fs::is_directory(m_root, error))
        return writeFailed(
            m_root, "cannot create the run store" + (error ? ": " + error.message() : std::string()));
    const std::string base = localTimeStamp() + "-" + slugOf(name);
    for (int i = 1; i < 1000; ++i) {
        const std::string id = i == 1 ? base : base + "-" + std::to_string(i);
        // Not the id of a run in the trash either: restoring it must not collide.
        if (fs::exists(fs::path(m_root) / trashDir / id, error))
            continue;
        const std::string dir = (fs::path(m_root) / id).string();
        // mkdir, not create_directories: it fails on an existing folder, so two
        // processes starting runs in the same second still get a folder each.
        if (::mkdir(dir.c_str(), 0755) == 0)
            return id;
        if (errno != EEXIST)
            return writeFailed(dir, std::string("mkdir: ") + std::strerror(errno));
    }
    return writeFailed(m_root, "no free folder name for '" + base + "'");
}

Expected<std::string> RunStore::save(const RunRecord &record) const
{
    auto id = createRunDirectory(record.name);
    if (!id)
        return id.error();
    const fs::path dir = fs::path(m_root) / *id;
    // run.json last: its presence means the folder is complete.
    if (Error error = writeMetricsCsv(record, (dir / metricsFile).string()))
        return error;
    if (Error error = writeRunRecord(record, (dir / recordFile).string()))
        return error;
    return id;
}

Error RunStore::rename(const std::string &id, const std::string &newName) const
{
    const std::optional<Entry> entry = find(id);
    if (!entry)
        return notFound((fs::path(m_root) / id).string(), "no run '" + id + "' in the store");
    if (entry->damaged)
        return entry->error; // never rewrite what could not be read: it would lose what is left
    RunRecord record = *entry->record;
    record.name = newName;
    return writeRunRecord(record, entry->recordPath);
}

Error RunStore::remove(const std::string &id) const
{
    if (!isValidId(id))
        return notFound(id, "not a run id");
    const fs::path from = fs::path(m_root) / id;
    const fs::path trash = fs::path(m_root) / trashDir;
    const fs::path to = trash / id;
    std::error_code error;
    if (!fs::is_directory(from, error))
        return notFound(from.string(), "no run '" + id + "' in the store");
    if (fs::exists(to, error))
        return writeFailed(to.string(), "a run of that id is already in the trash");
    fs::create_directories(trash, error);
    if (error)
        return writeFailed(trash.string(), error.message());
    fs::rename(from, to, error); // same file system: atomic, nothing copied
    if (error)
        return writeFailed(from.string(), "cannot move into the trash: " + error.message());
    return {};
}

Error RunStore::restore(const std::string &id) const
{
    if (!isValidId(id))
        return notFound(id, "not a run id");
    const fs::path from = fs::path(m_root) / trashDir / id;
    const fs::path to = fs::path(m_root) / id;
    std::error_code error;
    if (!fs::is_directory(from, error))
        return notFound(from.string(), "no run '" + id + "' in the trash");
    if (fs::exists(to, error))
        return writeFailed(to.string(), "a run of that id is already in the store");
    fs::rename(from, to, error);
    if (error)
        return writeFailed(from.string(), "cannot restore from the trash: " + error.message());
    return {};
}

Error RunStore::purgeTrash() const
{
    const fs::path trash = fs::path(m_root) / trashDir;
    std::error_code error;
    fs::remove_all(trash, error);
    if (error)
        return writeFailed(trash.string(), "cannot empty the trash: " + error.message());
    return {};
}

} // namespace cnnlab::core
