#include "cnnlab/core/runrecord.h"

#include "cnnlab/core/trainingengine.h"

#include "recordjson.h"

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fstream>
#include <limits>
#include <sstream>
#include <type_traits>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace cnnlab::core {

namespace {

using namespace recordjson;

// cnnlab writes a handful of library versions; thousands are not a record of ours.
constexpr std::size_t maxVersionEntries = 256;
constexpr std::uint64_t maxRecordBytes = std::uint64_t {256} << 20;

} // namespace

Json recordjson::recordJson(const RunRecord &r)
{
    Json j = Json::object();
    // Always the current schema: a version 1 record read and saved again (a
    // rename) is written with the version 2 fields, so it says version 2.
    j["version"] = RunRecord::currentVersion;
    j["name"] = r.name;
    j["group"] = r.group;
    j["created_at"] = r.createdAt;
    j["config"] = configJson(r.config);
    j["device"] = r.deviceName;
    j["train_size"] = r.trainSize;
    j["validation_size"] = r.validationSize;
    j["steps_per_epoch"] = r.stepsPerEpoch;
    auto list = [](const auto &items, auto convert) {
        Json array = Json::array();
        for (const auto &item : items)
            array.push_back(convert(item));
        return array;
    };
    j["history"] = list(r.history, historyJson);
    j["train_curve"] = list(r.trainCurve, stepJson);
    j["changes"] = list(r.changes, changeJson);
    j["adaptive_threads"] = r.adaptiveThreads;
    j["thread_changes"] = list(r.threadChanges, threadChangeJson);
    j["samples"] = list(r.samples, sampleJson);
    j["predictions"] = list(r.predictions, predictionJson);
    j["details"] = detailsJson(r.details);
    j["checkpoint"] = r.checkpoint;
    j["final"] = finalJson(r.result);
    Json versions = Json::object();
    for (const auto &[name, version] : r.versions)
        versions[name] = version;
    j["versions"] = std::move(versions);
    return j;
}

namespace {

bool isFlat(const Json &j)
{
    for (const auto &element : j)
        if (element.is_structured())
            return false;
    return true;
}

// Indented like nlohmann's dump(), except that arrays of plain values (a
// sample's pixels) and plain objects inside arrays (a history point) take one
// line each: a 10-epoch run stays a file a person can scroll through and grep.
void writePretty(std::string &out, const Json &j, int indent, int depth, bool inArray)
{
    const auto scalar
        = [](const Json &value) { return value.dump(-1, ' ', false, Json::error_handler_t::replace); };
    if (!j.is_structured()) {
        out += scalar(j);
        return;
    }
    const bool isArray = j.is_array();
    const char open = isArray ? '[' : '{';
    const char close = isArray ? ']' : '}';
    if (j.empty()) {
        out += open;
        out += close;
        return;
    }
    const bool oneLine = (isArray || inArray) && isFlat(j);
    const std::string innerPad(std::size_t(indent) * std::size_t(depth + 1), ' ');
    out += open;
    bool first = true;
    for (auto it = j.begin(); it != j.end(); ++it) {
        if (!first)
            out += ',';
        first = false;
        if (oneLine) {
            if (it != j.begin())
                out += ' ';
        } else {
            out += '\n';
            out += innerPad;
        }
        if (!isArray) {
            out += scalar(Json(it.key()));
            out += ": ";
        }
        writePretty(out, it.value(), indent, depth + 1, isArray);
    }
    if (!oneLine) {
        out += '\n';
        out.append(std::size_t(indent) * std::size_t(depth), ' ');
    }
    out += close;
}

} // namespace

RunRecord recordjson::readRecord(const InJson &document)
{
    const Node root(document, {});
    RunRecord r;
    r.version = root.integer<int>("version");
    if (r.version < 1 || r.version > RunRecord::currentVersion)
        fail({},
            "unknown version " + std::to_string(r.version) + " (this cnnlab reads versions 1 to "
                + std::to_string(RunRecord::currentVersion)
                + (r.version > RunRecord::currentVersion ? "; a newer cnnlab wrote it)" : ")"));
    r.name = root.string("name", {});
    // Version 2 fields; a version 1 record has none of them (defaults).
    r.group = root.string("group", {});
    r.checkpoint = root.string("checkpoint", {});
    // A record handed over from someone else must not point cnnlab at a file
    // outside its run folder ("/etc/passwd", "../other/checkpoint.pt").
    if (!r.checkpoint.empty() && !isPlainFileName(r.checkpoint))
        fail("checkpoint", "expected a file name inside the run folder, found \"" + r.checkpoint + "\"");
    if (root.has("details"))
        r.details = readDetails(root.object("details"));
    r.createdAt = root.string("created_at", {});
    r.config = readConfig(root.object("config"));
    r.deviceName = root.string("device");
    r.trainSize = root.integer<int>("train_size");
    r.validationSize = root.integer<int>("validation_size");
    r.stepsPerEpoch = root.integer<std::int64_t>("steps_per_epoch");
    r.history = readList<EpochMetrics>(root, "history", false, readHistoryPoint);
    const std::int64_t stepsPerEpoch = r.stepsPerEpoch;
    r.trainCurve = readList<StepMetrics>(
        root, "train_curve", true, [&](const Node &n) { return readStep(n, stepsPerEpoch); });
    r.changes = readList<ConfigChange>(root, "changes", true, readChange);
    // Optional (records from before adaptive threads have neither).
    r.adaptiveThreads = root.has("adaptive_threads") && root.boolean("adaptive_threads");
    r.threadChanges = readList<ThreadChange>(root, "thread_changes", true, readThreadChange);
    r.samples = readList<SampleImage>(root, "samples", true, readSample);
    r.predictions = readList<Prediction>(root, "predictions", true, readPrediction);
    r.result = readFinal(root.object("final"));
    if (root.has("versions")) {
        (void)root.object("versions"); // an object, or the record is damaged
        const InJson &versions = root.required("versions");
        if (versions.size() > maxVersionEntries)
            fail("versions",
                "expected at most " + std::to_string(maxVersionEntries) + " entries, found "
                    + std::to_string(versions.size()));
        // The value is taken from the iterator: a key holding a NUL must not be
        // looked up again through c_str(), which would cut it short.
        for (auto it = versions.begin(); it != versions.end(); ++it) {
            if (!it.value().is_string())
                fail(at("versions", it.key().c_str()), "expected string");
            r.versions.emplace_back(it.key(), it.value().get<std::string>());
        }
    }
    return r;
}

namespace {

Error unreadable(std::string detail)
{
    return Error {ErrorCode::FileUnreadable, {}, std::move(detail)};
}

} // namespace

const char *runStatusName(RunStatus status)
{
    for (const auto &[value, name] : statusNames)
        if (value == status)
            return name;
    return "failed";
}

bool isPlainFileName(const std::string &name)
{
    return !name.empty() && name != "." && name != ".." && name.find('/') == std::string::npos
        && name.find('\0') == std::string::npos && name.size() <= 255;
}

// ---------------------------------------------------------------- JSON

std::string toJson(const RunRecord &record, int indent)
{
    const Json document = recordJson(record);
    if (indent < 0)
        return document.dump(-1, ' ', false, Json::error_handler_t::replace);
    std::string out;
    writePretty(out, document, indent, 0, false);
    out += '\n';
    return out;
}

Expected<RunRecord> runRecordFromJson(const std::string &text)
{
    try {
        InJson document;
        try {
            document = InJson::parse(text);
        } catch (const InJson::parse_error &e) {
            return unreadable(std::string("malformed JSON: ") + e.what());
        }
        return readRecord(document);
    } catch (const ParseFailure &failure) {
        return unreadable(failure.detail);
    } catch (const std::exception &e) {
        return unreadable(std::string("unexpected content: ") + e.what());
    } catch (...) {
        return unreadable("unexpected content");
    }
}

std::string configToJson(const TrainingConfig &config)
{
    return configJson(config).dump();
}

Expected<TrainingConfig> configFromJson(const std::string &text)
{
    try {
        const InJson document = InJson::parse(text);
        return readConfig(Node(document, "config"));
    } catch (const ParseFailure &failure) {
        return unreadable(failure.detail);
    } catch (const std::exception &e) {
        return unreadable(std::string("malformed config: ") + e.what());
    }
}

// ---------------------------------------------------------------- files

Error writeFileAtomically(const std::string &path, const std::string &contents)
{
    const std::string temp = path + ".tmp-" + std::to_string(::getpid());
    const auto failed = [&](const char *step, int error) {
        ::unlink(temp.c_str());
        return Error {ErrorCode::WriteFailed, path, std::string(step) + ": " + std::strerror(error)};
    };

    const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0)
        return Error {ErrorCode::WriteFailed, path, std::string("create: ") + std::strerror(errno)};
    const char *data = contents.data();
    std::size_t left = contents.size();
    while (left > 0) {
        const ssize_t written = ::write(fd, data, left);
        if (written < 0) {
            if (errno == EINTR)
                continue;
            const int error = errno;
            ::close(fd);
            return failed("write", error);
        }
        data += written;
        left -= std::size_t(written);
    }
    // fsync before rename: otherwise a power cut can leave the new name with no data.
    if (::fsync(fd) != 0) {
        const int error = errno;
        ::close(fd);
        return failed("fsync", error);
    }
    if (::close(fd) != 0)
        return failed("close", errno);
    if (::rename(temp.c_str(), path.c_str()) != 0)
        return failed("rename", errno);
    return {};
}

Error writeRunRecord(const RunRecord &record, const std::string &path)
{
    std::string text;
    try {
        text = toJson(record);
    } catch (const std::exception &e) {
        return Error {ErrorCode::Internal, path, std::string("cannot serialise run record: ") + e.what()};
    }
    return writeFileAtomically(path, text);
}

Expected<RunRecord> readRunRecord(const std::string &path)
{
    struct stat info {
    };
    if (::stat(path.c_str(), &info) != 0) {
        const int error = errno;
        return Error {error == ENOENT ? ErrorCode::FileNotFound : ErrorCode::FileUnreadable, path,
            std::strerror(error)};
    }
    if (!S_ISREG(info.st_mode))
        return Error {ErrorCode::FileUnreadable, path, "not a regular file"};
    // The longest run cnnlab makes writes tens of MB; a larger file is not
    // read into memory (a listing of the store would stall on it).
    if (std::uint64_t(info.st_size) > maxRecordBytes)
        return Error {ErrorCode::FileUnreadable, path,
            "expected at most " + std::to_string(maxRecordBytes >> 20) + " MiB for a run record, found "
                + std::to_string(std::uint64_t(info.st_size) >> 20) + " MiB"};
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return Error {ErrorCode::FileUnreadable, path, std::strerror(errno)};
    std::ostringstream buffer;
    buffer << in.rdbuf();
    if (in.bad())
        return Error {ErrorCode::FileUnreadable, path, "read error"};
    auto record = runRecordFromJson(buffer.str());
    if (!record) {
        Error error = record.error();
        error.path = path;
        return error;
    }
    return record;
}

} // namespace cnnlab::core
