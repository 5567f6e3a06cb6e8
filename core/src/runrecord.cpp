#include "cnnlab/core/runrecord.h"

#include "cnnlab/core/trainingengine.h"

#include <nlohmann/json.hpp>

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

// Ordered, so run.json reads top to bottom in the order it is written.
using Json = nlohmann::ordered_json;
// Reading uses the sorted map: ordered_json finds a key by linear search, so a
// hostile record with 100,000 keys in one object parsed in quadratic time.
using InJson = nlohmann::json;

// cnnlab writes a handful of library versions; thousands are not a record of ours.
constexpr std::size_t maxVersionEntries = 256;
constexpr std::uint64_t maxRecordBytes = std::uint64_t {256} << 20;

constexpr double notANumber = std::numeric_limits<double>::quiet_NaN();

// ---------------------------------------------------------------- writing

// JSON has no NaN/Infinity: a diverged run's losses are written as null
// (and read back as NaN).
Json number(double value)
{
    return std::isfinite(value) ? Json(value) : Json(nullptr);
}

std::string isoUtcNow()
{
    const std::time_t now = std::time(nullptr);
    std::tm utc {};
    gmtime_r(&now, &utc);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return text;
}

// The record's status words; runStatusName() (runinfo.h) is defined from this
// table below, so the record and the API can never disagree.
constexpr std::pair<RunStatus, const char *> statusNames[] = {
    {RunStatus::Completed, "completed"},
    {RunStatus::Stopped, "stopped"},
    {RunStatus::Diverged, "diverged"},
    {RunStatus::Failed, "failed"},
};

Json configJson(const TrainingConfig &c)
{
    Json j = Json::object();
    j["dataset"] = datasetName(c.dataset);
    j["data_dir"] = c.dataDir;
    j["optimizer"] = optimizerName(c.optimizer);
    j["learning_rate"] = number(c.learningRate);
    j["momentum"] = number(c.momentum);
    j["adam_epsilon"] = number(c.adamEpsilon);
    j["batch_size"] = c.batchSize;
    j["epochs"] = c.epochs;
    j["seed"] = c.seed;
    j["dropout"] = c.dropoutEnabled;
    j["conv_dropout"] = number(c.convDropout);
    j["dense_dropout"] = number(c.denseDropout);
    j["keras_init"] = c.kerasInit;
    j["device"] = c.device;
    j["threads"] = c.threads;
    j["validation"] = validationName(c.validation);
    j["holdout_size"] = c.holdoutSize;
    j["train_limit"] = c.trainLimit;
    j["evaluations_per_epoch"] = c.evaluationsPerEpoch;
    j["quick_evaluation_size"] = c.quickEvaluationSize;
    j["sample_count"] = c.sampleCount;
    j["reports_per_second"] = number(c.reportsPerSecond);
    j["max_misclassified"] = c.maxMisclassified; // extra; optional on reading
    j["resume_from"] = c.resumeFrom; // extra to the fixed list; optional on reading
    return j;
}

Json historyJson(const EpochMetrics &m)
{
    Json j = Json::object();
    j["epoch"] = number(m.position.epochPosition);
    j["epoch_index"] = m.position.epoch;
    j["step"] = m.position.step;
    j["samples_seen"] = m.position.samplesSeen;
    j["seconds"] = number(m.position.elapsedSeconds);
    j["full_validation"] = m.fullValidation;
    j["train_loss"] = number(m.trainLoss);
    j["train_accuracy"] = number(m.trainAccuracy);
    j["val_loss"] = number(m.valLoss);
    j["val_accuracy"] = number(m.valAccuracy);
    j["validation_size"] = m.validationSize;
    return j;
}

Json stepJson(const StepMetrics &m)
{
    Json j = Json::object();
    j["epoch"] = number(m.position.epochPosition);
    j["step"] = m.position.step;
    j["samples_seen"] = m.position.samplesSeen;
    j["seconds"] = number(m.position.elapsedSeconds);
    j["train_loss"] = number(m.trainLoss);
    j["train_accuracy"] = number(m.trainAccuracy);
    j["samples_per_second"] = number(m.samplesPerSecond);
    j["learning_rate"] = number(m.learningRate);
    j["batch_size"] = m.batchSize;
    // Extras (optional on reading) so a record round-trips exactly; steps per
    // epoch changes with the batch size mid-run.
    j["epoch_index"] = m.position.epoch;
    j["steps_per_epoch"] = m.stepsPerEpoch;
    if (m.threads > 0)
        j["threads"] = m.threads;
    return j;
}

// A mid-run event (a setting changed, the thread count changed): where it
// happened, around the event's own fields, in the order run.json has always had.
template<typename Fields>
Json eventJson(const TrainingPosition &p, Fields fields)
{
    Json j = Json::object();
    j["epoch"] = number(p.epochPosition);
    j["step"] = p.step;
    j["seconds"] = number(p.elapsedSeconds);
    fields(j);
    j["epoch_index"] = p.epoch;
    j["samples_seen"] = p.samplesSeen;
    return j;
}

Json changeJson(const ConfigChange &c)
{
    return eventJson(c.position, [&](Json &j) {
        j["parameter"] = c.parameter;
        j["old"] = c.oldValue;
        j["new"] = c.newValue;
    });
}

Json threadChangeJson(const ThreadChange &c)
{
    return eventJson(c.position, [&](Json &j) {
        j["from"] = c.from;
        j["to"] = c.to;
        j["reason"] = c.reason;
    });
}

// Through the float's shortest decimal form: 0.123f is written as 0.123, not
// 0.12300000339746475, and still reads back as the same float.
Json number(float value)
{
    if (!std::isfinite(value))
        return nullptr;
    char text[32];
    const auto end = std::to_chars(text, text + sizeof text, value).ptr;
    return std::strtod(std::string(text, end).c_str(), nullptr);
}

Json sampleJson(const SampleImage &s)
{
    Json j = Json::object();
    j["dataset_index"] = s.datasetIndex;
    j["label"] = s.label;
    Json pixels = Json::array();
    for (const std::uint8_t p : s.pixels)
        pixels.push_back(int(p));
    j["pixels"] = std::move(pixels);
    return j;
}

Json predictionJson(const Prediction &p)
{
    Json j = Json::object();
    j["sample_index"] = p.sampleIndex;
    j["true_label"] = p.trueLabel;
    j["predicted_label"] = p.predictedLabel;
    j["top_classes"] = Json::array({p.topClasses[0], p.topClasses[1], p.topClasses[2]});
    Json probabilities = Json::array();
    for (const float probability : p.topProbabilities)
        probabilities.push_back(number(probability));
    j["top_probabilities"] = std::move(probabilities);
    return j;
}

Json positionJson(const TrainingPosition &p)
{
    Json j = Json::object();
    j["epoch"] = number(p.epochPosition);
    j["epoch_index"] = p.epoch;
    j["step"] = p.step;
    j["samples_seen"] = p.samplesSeen;
    j["seconds"] = number(p.elapsedSeconds);
    return j;
}

Json finalJson(const RunResult &r)
{
    Json j = Json::object();
    j["status"] = runStatusName(r.status);
    if (r.error.isError()) {
        Json error = Json::object();
        error["code"] = static_cast<int>(r.error.code);
        error["name"] = errorCodeName(r.error.code);
        error["path"] = r.error.path;
        error["detail"] = r.error.detail;
        j["error"] = std::move(error);
    } else {
        j["error"] = nullptr;
    }
    j["epochs_completed"] = r.epochsCompleted;
    j["train_loss"] = number(r.trainLoss);
    j["train_accuracy"] = number(r.trainAccuracy);
    j["val_loss"] = number(r.valLoss);
    j["val_accuracy"] = number(r.valAccuracy);
    j["seconds"] = number(r.seconds);
    j["train_seconds"] = number(r.trainSeconds);
    j["position"] = positionJson(r.position); // extra; optional on reading
    return j;
}

Json misclassifiedJson(const Misclassified &m)
{
    Json j = Json::object();
    j["index"] = m.datasetIndex;
    j["label"] = m.trueLabel;
    j["predicted"] = m.predictedLabel;
    j["top_classes"] = Json::array({m.topClasses[0], m.topClasses[1], m.topClasses[2]});
    Json probabilities = Json::array();
    for (const float probability : m.topProbabilities)
        probabilities.push_back(number(probability));
    j["top_probabilities"] = std::move(probabilities);
    Json pixels = Json::array();
    for (const std::uint8_t p : m.pixels)
        pixels.push_back(int(p));
    j["pixels"] = std::move(pixels);
    return j;
}

Json detailsJson(const EvaluationDetails &d)
{
    Json j = Json::object();
    j["position"] = positionJson(d.position);
    Json confusion = Json::array();
    for (const auto &row : d.confusion.counts) {
        Json counts = Json::array();
        for (const std::int64_t count : row)
            counts.push_back(count);
        confusion.push_back(std::move(counts));
    }
    j["confusion"] = std::move(confusion);
    Json misclassified = Json::array();
    for (const Misclassified &m : d.misclassified)
        misclassified.push_back(misclassifiedJson(m));
    j["misclassified"] = std::move(misclassified);
    return j;
}

Json recordJson(const RunRecord &r)
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

// ---------------------------------------------------------------- reading

// Thrown inside runRecordFromJson only; never leaves this file.
struct ParseFailure {
    std::string detail;
};

[[noreturn]] void fail(const std::string &where, const std::string &what)
{
    throw ParseFailure {where.empty() ? what : where + ": " + what};
}

std::string at(const std::string &path, const char *key)
{
    return path.empty() ? std::string(key) : path + "." + key;
}

std::string at(const std::string &path, std::size_t index)
{
    return path + "[" + std::to_string(index) + "]";
}

// A JSON object with the path that led to it, for error messages.
class Node
{
public:
    Node(const InJson &json, std::string path)
        : m_json(json)
        , m_path(std::move(path))
    {
        if (!m_json.is_object())
            fail(m_path, "expected object");
    }

    [[nodiscard]] bool has(const char *key) const { return m_json.contains(key); }

    [[nodiscard]] const InJson &required(const char *key) const
    {
        const auto it = m_json.find(key);
        if (it == m_json.end())
            fail(at(m_path, key), "missing");
        return *it;
    }

    [[nodiscard]] Node object(const char *key) const { return Node(required(key), at(m_path, key)); }

    [[nodiscard]] const InJson &array(const char *key, bool optional = false) const
    {
        static const InJson empty = InJson::array();
        if (optional && !has(key))
            return empty;
        const InJson &value = required(key);
        if (!value.is_array())
            fail(at(m_path, key), "expected array");
        return value;
    }

    [[nodiscard]] double real(const char *key) const { return toReal(required(key), at(m_path, key)); }

    template<typename Int>
    [[nodiscard]] Int integer(const char *key) const
    {
        return toInteger<Int>(required(key), at(m_path, key));
    }

    template<typename Int>
    [[nodiscard]] Int integer(const char *key, Int fallback) const
    {
        return has(key) ? integer<Int>(key) : fallback;
    }

    [[nodiscard]] bool boolean(const char *key) const
    {
        const InJson &value = required(key);
        if (!value.is_boolean())
            fail(at(m_path, key), "expected boolean");
        return value.get<bool>();
    }

    [[nodiscard]] std::string string(const char *key) const
    {
        const InJson &value = required(key);
        if (!value.is_string())
            fail(at(m_path, key), "expected string");
        return value.get<std::string>();
    }

    [[nodiscard]] std::string string(const char *key, const std::string &fallback) const
    {
        return has(key) ? string(key) : fallback;
    }

    [[nodiscard]] const std::string &path() const { return m_path; }

    static double toReal(const InJson &value, const std::string &where)
    {
        if (value.is_null())
            return notANumber; // how non-finite numbers are written
        if (!value.is_number())
            fail(where, "expected number");
        return value.get<double>();
    }

    template<typename Int>
    static Int toInteger(const InJson &value, const std::string &where)
    {
        using Limits = std::numeric_limits<Int>;
        if (value.is_number_unsigned()) {
            if (value.get<std::uint64_t>() > static_cast<std::uint64_t>(Limits::max()))
                fail(where, "out of range");
            return static_cast<Int>(value.get<std::uint64_t>());
        }
        if (value.is_number_integer()) {
            const auto v = value.get<std::int64_t>();
            if (v < 0) {
                if constexpr (std::is_unsigned_v<Int>)
                    fail(where, "out of range");
                else if (v < static_cast<std::int64_t>(Limits::min()))
                    fail(where, "out of range");
            } else if (static_cast<std::uint64_t>(v) > static_cast<std::uint64_t>(Limits::max())) {
                fail(where, "out of range");
            }
            return static_cast<Int>(v);
        }
        if (value.is_number_float()) {
            // 64.0 from a tool that writes every number as a double is still 64.
            const double v = value.get<double>();
            if (!(std::isfinite(v) && v == std::floor(v)))
                fail(where, "expected integer");
            if (v < static_cast<double>(Limits::min()) || v >= std::ldexp(1.0, Limits::digits))
                fail(where, "out of range");
            return static_cast<Int>(v);
        }
        fail(where, value.is_number() ? "expected integer" : "expected number");
    }

private:
    const InJson &m_json;
    std::string m_path;
};

TrainingConfig readConfig(const Node &n)
{
    TrainingConfig c;
    if (!parseDataset(n.string("dataset"), c.dataset))
        fail(at(n.path(), "dataset"), "expected \"mnist\" or \"fashion-mnist\"");
    c.dataDir = n.string("data_dir");
    if (!parseOptimizer(n.string("optimizer"), c.optimizer))
        fail(at(n.path(), "optimizer"), "expected \"adam\" or \"sgd\"");
    c.learningRate = n.real("learning_rate");
    c.momentum = n.real("momentum");
    c.adamEpsilon = n.real("adam_epsilon");
    c.batchSize = n.integer<int>("batch_size");
    c.epochs = n.integer<int>("epochs");
    c.seed = n.integer<std::uint64_t>("seed");
    c.dropoutEnabled = n.boolean("dropout");
    c.convDropout = n.real("conv_dropout");
    c.denseDropout = n.real("dense_dropout");
    c.kerasInit = n.boolean("keras_init");
    c.device = n.string("device");
    c.threads = n.integer<int>("threads");
    if (!parseValidation(n.string("validation"), c.validation))
        fail(at(n.path(), "validation"), "expected \"test\" or \"holdout\"");
    c.holdoutSize = n.integer<int>("holdout_size");
    c.trainLimit = n.integer<int>("train_limit");
    c.evaluationsPerEpoch = n.integer<int>("evaluations_per_epoch");
    c.quickEvaluationSize = n.integer<int>("quick_evaluation_size");
    c.sampleCount = n.integer<int>("sample_count");
    c.reportsPerSecond = n.real("reports_per_second");
    c.maxMisclassified = n.integer<int>("max_misclassified", TrainingConfig {}.maxMisclassified);
    c.resumeFrom = n.string("resume_from", {});
    return c;
}

EpochMetrics readHistoryPoint(const Node &n)
{
    EpochMetrics m;
    m.position.epochPosition = n.real("epoch");
    m.position.epoch = n.integer<int>("epoch_index");
    m.position.step = n.integer<std::int64_t>("step");
    m.position.samplesSeen = n.integer<std::int64_t>("samples_seen");
    m.position.elapsedSeconds = n.real("seconds");
    m.fullValidation = n.boolean("full_validation");
    m.trainLoss = n.real("train_loss");
    m.trainAccuracy = n.real("train_accuracy");
    m.valLoss = n.real("val_loss");
    m.valAccuracy = n.real("val_accuracy");
    m.validationSize = n.integer<int>("validation_size");
    return m;
}

int epochIndexFrom(double epochPosition)
{
    return std::isfinite(epochPosition) && epochPosition >= 0.0 && epochPosition < 1e9
        ? static_cast<int>(epochPosition)
        : 0;
}

StepMetrics readStep(const Node &n, std::int64_t stepsPerEpoch)
{
    StepMetrics m;
    m.position.epochPosition = n.real("epoch");
    m.position.step = n.integer<std::int64_t>("step");
    m.position.samplesSeen = n.integer<std::int64_t>("samples_seen");
    m.position.elapsedSeconds = n.real("seconds");
    m.trainLoss = n.real("train_loss");
    m.trainAccuracy = n.real("train_accuracy");
    m.samplesPerSecond = n.real("samples_per_second");
    m.learningRate = n.real("learning_rate");
    m.batchSize = n.integer<int>("batch_size");
    m.position.epoch = n.integer<int>("epoch_index", epochIndexFrom(m.position.epochPosition));
    m.stepsPerEpoch = n.integer<std::int64_t>("steps_per_epoch", stepsPerEpoch);
    m.threads = n.integer<int>("threads", 0);
    return m;
}

ConfigChange readChange(const Node &n)
{
    ConfigChange c;
    c.position.epochPosition = n.real("epoch");
    c.position.step = n.integer<std::int64_t>("step");
    c.position.elapsedSeconds = n.real("seconds");
    c.parameter = n.string("parameter");
    c.oldValue = n.string("old");
    c.newValue = n.string("new");
    c.position.epoch = n.integer<int>("epoch_index", epochIndexFrom(c.position.epochPosition));
    c.position.samplesSeen = n.integer<std::int64_t>("samples_seen", 0);
    return c;
}

ThreadChange readThreadChange(const Node &n)
{
    ThreadChange c;
    c.position.epochPosition = n.real("epoch");
    c.position.step = n.integer<std::int64_t>("step");
    c.position.elapsedSeconds = n.real("seconds");
    c.from = n.integer<int>("from");
    c.to = n.integer<int>("to");
    c.reason = n.string("reason", {});
    c.position.epoch = n.integer<int>("epoch_index", epochIndexFrom(c.position.epochPosition));
    c.position.samplesSeen = n.integer<std::int64_t>("samples_seen", 0);
    return c;
}

// A 28x28 image's "pixels": exactly 784 bytes.
std::vector<std::uint8_t> readPixels(const Node &n)
{
    const InJson &pixels = n.array("pixels");
    const std::string where = at(n.path(), "pixels");
    if (pixels.size() != 28 * 28)
        fail(where, "expected 784 values, found " + std::to_string(pixels.size()));
    std::vector<std::uint8_t> bytes;
    bytes.reserve(pixels.size());
    for (std::size_t i = 0; i < pixels.size(); ++i)
        bytes.push_back(Node::toInteger<std::uint8_t>(pixels[i], at(where, i)));
    return bytes;
}

SampleImage readSample(const Node &n)
{
    SampleImage s;
    s.datasetIndex = n.integer<int>("dataset_index");
    s.label = n.integer<int>("label");
    s.pixels = readPixels(n);
    return s;
}

Prediction readPrediction(const Node &n)
{
    Prediction p;
    p.sampleIndex = n.integer<int>("sample_index");
    p.trueLabel = n.integer<int>("true_label");
    p.predictedLabel = n.integer<int>("predicted_label");
    const InJson &classes = n.array("top_classes");
    const InJson &probabilities = n.array("top_probabilities");
    if (classes.size() != 3)
        fail(at(n.path(), "top_classes"), "expected 3 values");
    if (probabilities.size() != 3)
        fail(at(n.path(), "top_probabilities"), "expected 3 values");
    for (std::size_t i = 0; i < 3; ++i) {
        p.topClasses[i] = Node::toInteger<int>(classes[i], at(at(n.path(), "top_classes"), i));
        p.topProbabilities[i]
            = static_cast<float>(Node::toReal(probabilities[i], at(at(n.path(), "top_probabilities"), i)));
    }
    return p;
}

ErrorCode errorCodeFromName(const std::string &name)
{
    for (int code = 0; code <= static_cast<int>(ErrorCode::Internal); ++code)
        if (name == errorCodeName(static_cast<ErrorCode>(code)))
            return static_cast<ErrorCode>(code);
    return ErrorCode::Internal; // written by a newer build: still an error
}

TrainingPosition readPosition(const Node &p)
{
    TrainingPosition position;
    position.epochPosition = p.real("epoch");
    position.epoch = p.integer<int>("epoch_index");
    position.step = p.integer<std::int64_t>("step");
    position.samplesSeen = p.integer<std::int64_t>("samples_seen");
    position.elapsedSeconds = p.real("seconds");
    return position;
}

RunResult readFinal(const Node &n)
{
    RunResult r;
    const std::string status = n.string("status");
    bool known = false;
    for (const auto &[value, name] : statusNames) {
        if (status == name) {
            r.status = value;
            known = true;
        }
    }
    if (!known)
        fail(at(n.path(), "status"), "unknown status \"" + status + "\"");
    const InJson &error = n.required("error");
    if (!error.is_null()) {
        const Node e(error, at(n.path(), "error"));
        // The name is the stable identifier; the number only where the name is missing.
        if (e.has("name"))
            r.error.code = errorCodeFromName(e.string("name"));
        else {
            // A number outside the known codes (negative included) is an error
            // this build cannot name: Internal, so a re-save writes what it read.
            const int code = e.integer<int>("code");
            r.error.code = code > 0 && code <= static_cast<int>(ErrorCode::Internal)
                ? static_cast<ErrorCode>(code)
                : ErrorCode::Internal;
        }
        if (r.error.code == ErrorCode::None)
            r.error.code = ErrorCode::Internal;
        r.error.path = e.string("path", {});
        r.error.detail = e.string("detail", {});
    }
    r.epochsCompleted = n.integer<int>("epochs_completed");
    r.trainLoss = n.real("train_loss");
    r.trainAccuracy = n.real("train_accuracy");
    r.valLoss = n.real("val_loss");
    r.valAccuracy = n.real("val_accuracy");
    r.seconds = n.real("seconds");
    r.trainSeconds = n.real("train_seconds");
    if (n.has("position"))
        r.position = readPosition(n.object("position"));
    return r;
}

// A class number (0..9) where the reader indexes a 10-entry table with it.
int readClass(const InJson &value, const std::string &where)
{
    const int c = Node::toInteger<int>(value, where);
    if (c < 0 || c > 9)
        fail(where, "expected a class 0..9, found " + std::to_string(c));
    return c;
}

Misclassified readMisclassified(const Node &n)
{
    Misclassified m;
    m.datasetIndex = n.integer<int>("index");
    m.trueLabel = readClass(n.required("label"), at(n.path(), "label"));
    m.predictedLabel = readClass(n.required("predicted"), at(n.path(), "predicted"));
    const InJson &classes = n.array("top_classes");
    const InJson &probabilities = n.array("top_probabilities");
    if (classes.size() != 3)
        fail(at(n.path(), "top_classes"), "expected 3 values");
    if (probabilities.size() != 3)
        fail(at(n.path(), "top_probabilities"), "expected 3 values");
    for (std::size_t i = 0; i < 3; ++i) {
        m.topClasses[i] = readClass(classes[i], at(at(n.path(), "top_classes"), i));
        m.topProbabilities[i]
            = static_cast<float>(Node::toReal(probabilities[i], at(at(n.path(), "top_probabilities"), i)));
    }
    m.pixels = readPixels(n);
    return m;
}

EvaluationDetails readDetails(const Node &n)
{
    EvaluationDetails d;
    d.position = readPosition(n.object("position"));
    const InJson &rows = n.array("confusion");
    const std::string where = at(n.path(), "confusion");
    // An empty matrix is a record from before the first full evaluation.
    if (!rows.empty() && rows.size() != 10)
        fail(where, "expected 10 rows, found " + std::to_string(rows.size()));
    for (std::size_t t = 0; t < rows.size(); ++t) {
        const std::string rowWhere = at(where, t);
        if (!rows[t].is_array())
            fail(rowWhere, "expected array");
        if (rows[t].size() != 10)
            fail(rowWhere, "expected 10 values, found " + std::to_string(rows[t].size()));
        for (std::size_t p = 0; p < 10; ++p) {
            const auto count = Node::toInteger<std::int64_t>(rows[t][p], at(rowWhere, p));
            if (count < 0)
                fail(at(rowWhere, p), "out of range");
            d.confusion.counts[t][p] = count;
        }
    }
    const InJson &mistakes = n.array("misclassified", true);
    d.misclassified.reserve(mistakes.size());
    for (std::size_t i = 0; i < mistakes.size(); ++i)
        d.misclassified.push_back(readMisclassified(Node(mistakes[i], at(at(n.path(), "misclassified"), i))));
    return d;
}

template<typename T, typename Convert>
std::vector<T> readList(const Node &parent, const char *key, bool optional, Convert convert)
{
    const InJson &array = parent.array(key, optional);
    std::vector<T> items;
    items.reserve(array.size());
    for (std::size_t i = 0; i < array.size(); ++i)
        items.push_back(convert(Node(array[i], at(at(parent.path(), key), i))));
    return items;
}

RunRecord readRecord(const InJson &document)
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

Error unreadable(std::string detail)
{
    return Error {ErrorCode::FileUnreadable, {}, std::move(detail)};
}

std::string formatCsvNumber(double value)
{
    if (std::isnan(value))
        return "nan";
    if (std::isinf(value))
        return value > 0 ? "inf" : "-inf";
    char text[32];
    const auto result = std::to_chars(text, text + sizeof text, value); // shortest round-trip form
    return std::string(text, result.ptr);
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

// ---------------------------------------------------------------- RunRecorder

RunRecorder::RunRecorder(TrainingObserver *forwardTo)
    : m_forward(forwardTo)
{
    // Set up front so a run that fails before it starts still has them.
    m_record.createdAt = isoUtcNow();
    m_record.versions = libraryVersions();
}

void RunRecorder::onStarted(const RunInfo &info)
{
    m_record.config = info.config;
    m_record.deviceName = info.deviceName;
    m_record.adaptiveThreads = info.adaptiveThreads;
    m_record.trainSize = info.trainSize;
    m_record.validationSize = info.validationSize;
    m_record.stepsPerEpoch = info.stepsPerEpoch;
    m_record.samples = info.samples;
    if (m_forward)
        m_forward->onStarted(info);
}

void RunRecorder::onStep(const StepMetrics &metrics)
{
    m_record.trainCurve.push_back(metrics);
    if (m_forward)
        m_forward->onStep(metrics);
}

void RunRecorder::onEvaluation(const EpochMetrics &metrics)
{
    m_record.history.push_back(metrics);
    if (m_forward)
        m_forward->onEvaluation(metrics);
}

void RunRecorder::onPredictions(const std::vector<Prediction> &predictions)
{
    m_record.predictions = predictions;
    if (m_forward)
        m_forward->onPredictions(predictions);
}

void RunRecorder::onEvaluationDetails(const EvaluationDetails &details)
{
    m_record.details = details;
    if (m_forward)
        m_forward->onEvaluationDetails(details);
}

void RunRecorder::onConfigChanged(const ConfigChange &change)
{
    m_record.changes.push_back(change);
    if (m_forward)
        m_forward->onConfigChanged(change);
}

void RunRecorder::onThreadsChanged(const ThreadChange &change)
{
    m_record.threadChanges.push_back(change);
    if (m_forward)
        m_forward->onThreadsChanged(change);
}

void RunRecorder::onPausedChanged(bool paused)
{
    if (m_forward)
        m_forward->onPausedChanged(paused);
}

void RunRecorder::onFinished(const RunResult &result)
{
    m_record.result = result;
    if (m_forward)
        m_forward->onFinished(result);
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

std::string metricsCsv(const RunRecord &record)
{
    std::string out = "epoch,step,samples_seen,seconds,full_validation,train_loss,train_accuracy,val_loss,"
                      "val_accuracy\n";
    for (const EpochMetrics &m : record.history) {
        out += formatCsvNumber(m.position.epochPosition);
        out += ',' + std::to_string(m.position.step);
        out += ',' + std::to_string(m.position.samplesSeen);
        out += ',' + formatCsvNumber(m.position.elapsedSeconds);
        out += m.fullValidation ? ",1" : ",0";
        for (const double value : {m.trainLoss, m.trainAccuracy, m.valLoss, m.valAccuracy})
            out += ',' + formatCsvNumber(value);
        out += '\n';
    }
    return out;
}

Error writeMetricsCsv(const RunRecord &record, const std::string &path)
{
    return writeFileAtomically(path, metricsCsv(record));
}

} // namespace cnnlab::core
