#include "servemessages.h"

#include "cnnlab/core/dataset.h"

#include <chrono>

namespace cnnlab::core::servemessages {

using recordjson::fail;
using recordjson::InJson;
using recordjson::Json;
using recordjson::Node;

namespace {

Json message(const char *type)
{
    Json j = Json::object();
    j["type"] = type;
    return j;
}

std::string line(const Json &j)
{
    // Compact: one message, one line (JSON strings escape every newline).
    return j.dump(-1, ' ', false, Json::error_handler_t::replace);
}

Node body(const Message &m)
{
    return Node(m.json, m.type);
}

} // namespace

// ---------------------------------------------------------------- server → client

std::string helloLine(const ServeHello &hello)
{
    Json j = message("hello");
    j["program"] = hello.program;
    j["version"] = hello.version;
    j["protocol"] = hello.protocol;
    j["host"] = hello.host;
    Json devices = Json::array();
    for (const RemoteDevice &device : hello.devices)
        devices.push_back(
            Json {{"id", device.id}, {"name", device.name}, {"memory_bytes", device.memoryBytes}});
    j["devices"] = std::move(devices);
    j["datasets"] = hello.datasets;
    return line(j);
}

std::string startedLine(const RunInfo &info)
{
    Json j = message("started");
    j["config"] = recordjson::configJson(info.config);
    j["device_name"] = info.deviceName;
    j["adaptive_threads"] = info.adaptiveThreads;
    j["class_names"] = info.classNames;
    j["train_size"] = info.trainSize;
    j["validation_size"] = info.validationSize;
    j["steps_per_epoch"] = info.stepsPerEpoch;
    j["parameter_count"] = info.parameterCount;
    j["start_epoch"] = info.startEpoch;
    Json samples = Json::array();
    for (const SampleImage &sample : info.samples)
        samples.push_back(recordjson::sampleJson(sample));
    j["samples"] = std::move(samples);
    return line(j);
}

std::string stepLine(const StepMetrics &metrics)
{
    Json j = message("step");
    j["step"] = recordjson::stepJson(metrics);
    j["device_name"] = metrics.deviceName; // live only; run.json does not keep it
    // When it left, in Unix milliseconds: the client measures the stream's latency.
    j["sent_ms"]
        = std::chrono::duration<double, std::milli>(std::chrono::system_clock::now().time_since_epoch())
              .count();
    return line(j);
}

std::string evaluationLine(const EpochMetrics &metrics)
{
    Json j = message("evaluation");
    j["evaluation"] = recordjson::historyJson(metrics);
    return line(j);
}

std::string predictionsLine(const std::vector<Prediction> &predictions)
{
    Json j = message("predictions");
    Json list = Json::array();
    for (const Prediction &prediction : predictions)
        list.push_back(recordjson::predictionJson(prediction));
    j["predictions"] = std::move(list);
    return line(j);
}

std::string detailsLine(const EvaluationDetails &details)
{
    Json j = message("details");
    j["details"] = recordjson::detailsJson(details);
    return line(j);
}

std::string changeLine(const ConfigChange &change)
{
    Json j = message("change");
    j["change"] = recordjson::changeJson(change);
    return line(j);
}

std::string threadsLine(const ThreadChange &change)
{
    Json j = message("threads");
    j["change"] = recordjson::threadChangeJson(change);
    return line(j);
}

std::string pausedLine(bool paused)
{
    Json j = message("paused");
    j["paused"] = paused;
    return line(j);
}

std::string finishedLine(const RunResult &result)
{
    Json j = message("finished");
    j["result"] = recordjson::finalJson(result);
    return line(j);
}

std::string recordLine(const RunRecord &record)
{
    Json j = message("record");
    j["record"] = recordjson::recordJson(record);
    return line(j);
}

std::string checkpointLine(std::size_t bytes, const std::string &sha256)
{
    Json j = message("checkpoint");
    j["bytes"] = bytes;
    j["sha256"] = sha256;
    return line(j);
}

std::string errorLine(const Error &error)
{
    Json j = message("error");
    j["code"] = errorCodeName(error.code);
    j["path"] = error.path;
    j["detail"] = error.detail;
    return line(j);
}

std::string installedLine(const std::string &dataset, const std::string &name)
{
    Json j = message("installed");
    j["dataset"] = dataset;
    j["name"] = name;
    return line(j);
}

std::string endLine()
{
    return line(message("end"));
}

// ---------------------------------------------------------------- client → server

std::string startLine(const TrainingConfig &config, const std::string &name)
{
    Json j = message("start");
    j["protocol"] = serveProtocolVersion;
    j["name"] = name;
    j["config"] = recordjson::configJson(config);
    return line(j);
}

std::string simpleLine(const char *type)
{
    return line(message(type));
}

std::string setLearningRateLine(double learningRate)
{
    Json j = message("set");
    j["learning_rate"] = recordjson::number(learningRate);
    return line(j);
}

std::string setDropoutLine(bool enabled, double convRate, double denseRate)
{
    Json j = message("set");
    j["dropout"] = Json {{"enabled", enabled}, {"conv", recordjson::number(convRate)},
        {"dense", recordjson::number(denseRate)}};
    return line(j);
}

std::string setBatchSizeLine(int batchSize)
{
    Json j = message("set");
    j["batch_size"] = batchSize;
    return line(j);
}

std::string datasetFileLine(const std::string &dataset, const std::string &name, std::size_t bytes)
{
    Json j = message("dataset-file");
    j["dataset"] = dataset;
    j["name"] = name;
    j["bytes"] = bytes;
    return line(j);
}

// ---------------------------------------------------------------- parsing

Expected<Message> parseLine(const std::string &text, const char *const *types, std::size_t typeCount)
{
    const auto protocolError = [&](const std::string &what) {
        constexpr std::size_t shown = 80;
        const std::string start = text.size() > shown ? text.substr(0, shown) + "…" : text;
        return Error {ErrorCode::RemoteProtocol, {}, what + ": " + start};
    };
    Message m;
    try {
        m.json = InJson::parse(text);
    } catch (const std::exception &) {
        return protocolError("malformed line (not JSON)");
    }
    if (!m.json.is_object())
        return protocolError("malformed line (not a JSON object)");
    const auto type = m.json.find("type");
    if (type == m.json.end() || !type->is_string())
        return protocolError("message without a \"type\"");
    m.type = type->get<std::string>();
    for (std::size_t i = 0; i < typeCount; ++i)
        if (m.type == types[i])
            return m;
    return protocolError("unknown message type \"" + m.type + "\"");
}

ServeHello readHello(const Message &m)
{
    const Node n = body(m);
    ServeHello hello;
    hello.protocol = n.integer<int>("protocol");
    hello.program = n.string("program", {});
    hello.version = n.string("version", {});
    hello.host = n.string("host", {});
    hello.devices = recordjson::readList<RemoteDevice>(n, "devices", true, [](const Node &d) {
        return RemoteDevice {d.string("id"), d.string("name"), d.integer<std::uint64_t>("memory_bytes", 0)};
    });
    const InJson &datasets = n.array("datasets", true);
    for (std::size_t i = 0; i < datasets.size(); ++i) {
        if (!datasets[i].is_string())
            fail(recordjson::at(recordjson::at(n.path(), "datasets"), i), "expected string");
        hello.datasets.push_back(datasets[i].get<std::string>());
    }
    return hello;
}

RunInfo readStarted(const Message &m)
{
    const Node n = body(m);
    RunInfo info;
    info.config = recordjson::readConfig(n.object("config"));
    info.deviceName = n.string("device_name");
    info.adaptiveThreads = n.boolean("adaptive_threads");
    const InJson &names = n.array("class_names");
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (!names[i].is_string())
            fail(recordjson::at(recordjson::at(n.path(), "class_names"), i), "expected string");
        info.classNames.push_back(names[i].get<std::string>());
    }
    info.trainSize = n.integer<int>("train_size");
    info.validationSize = n.integer<int>("validation_size");
    info.stepsPerEpoch = n.integer<std::int64_t>("steps_per_epoch");
    info.parameterCount = n.integer<std::int64_t>("parameter_count");
    info.startEpoch = n.integer<int>("start_epoch");
    info.samples = recordjson::readList<SampleImage>(n, "samples", false, recordjson::readSample);
    return info;
}

StepMetrics readStepMessage(const Message &m)
{
    const Node n = body(m);
    StepMetrics metrics = recordjson::readStep(n.object("step"), 0);
    metrics.deviceName = n.string("device_name", {});
    return metrics;
}

EpochMetrics readEvaluation(const Message &m)
{
    return recordjson::readHistoryPoint(body(m).object("evaluation"));
}

std::vector<Prediction> readPredictions(const Message &m)
{
    return recordjson::readList<Prediction>(body(m), "predictions", false, recordjson::readPrediction);
}

EvaluationDetails readDetailsMessage(const Message &m)
{
    return recordjson::readDetails(body(m).object("details"));
}

ConfigChange readChangeMessage(const Message &m)
{
    return recordjson::readChange(body(m).object("change"));
}

ThreadChange readThreadsMessage(const Message &m)
{
    return recordjson::readThreadChange(body(m).object("change"));
}

bool readPaused(const Message &m)
{
    return body(m).boolean("paused");
}

RunResult readFinished(const Message &m)
{
    return recordjson::readFinal(body(m).object("result"));
}

RunRecord readRecordMessage(const Message &m)
{
    const Node n = body(m);
    return recordjson::readRecord(n.required("record"));
}

ErrorMessage readError(const Message &m)
{
    const Node n = body(m);
    ErrorMessage message;
    Error &error = message.error;
    error.code = recordjson::errorCodeFromName(n.string("code"));
    error.path = n.string("path", {});
    error.detail = n.string("detail", {});
    if (error.code == ErrorCode::None)
        error.code = ErrorCode::Internal; // an error that says "none" is still an error
    return message;
}

StartRequest readStart(const Message &m)
{
    const Node n = body(m);
    StartRequest request;
    request.protocol = n.integer<int>("protocol");
    request.name = n.string("name", {});
    // The version first: a newer client's config may not read here at all.
    if (request.protocol == serveProtocolVersion)
        request.config = recordjson::readConfig(n.object("config"));
    return request;
}

SetRequest readSet(const Message &m)
{
    const Node n = body(m);
    SetRequest request;
    const int given = int(n.has("learning_rate")) + int(n.has("dropout")) + int(n.has("batch_size"));
    if (given != 1)
        fail(n.path(), "expected exactly one of learning_rate, dropout, batch_size");
    if (n.has("learning_rate")) {
        request.what = SetRequest::What::LearningRate;
        request.learningRate = n.real("learning_rate");
    } else if (n.has("dropout")) {
        const Node d = n.object("dropout");
        request.what = SetRequest::What::Dropout;
        request.dropoutEnabled = d.boolean("enabled");
        request.convRate = d.real("conv");
        request.denseRate = d.real("dense");
    } else {
        request.what = SetRequest::What::BatchSize;
        request.batchSize = n.integer<int>("batch_size");
    }
    return request;
}

FrameHeader readFrameHeader(const Message &m)
{
    const Node n = body(m);
    FrameHeader header;
    header.bytes = n.integer<std::size_t>("bytes");
    if (header.bytes > maxFrameBytes)
        fail(recordjson::at(n.path(), "bytes"),
            std::to_string(header.bytes) + " bytes, more than the limit of " + std::to_string(maxFrameBytes));
    header.sha256 = n.string("sha256", {});
    header.dataset = n.string("dataset", {});
    header.name = n.string("name", {});
    return header;
}

} // namespace cnnlab::core::servemessages
