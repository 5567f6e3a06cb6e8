#pragma once

// The serve protocol's messages (docs/remote-protocol.md) as JSON lines: one
// encoder per message, and a strict parser. The events carry the same objects
// as run.json (recordjson.h), so a step sent over ssh and a step stored in a
// record can never drift apart. Private to core.

#include "recordjson.h"

#include "cnnlab/core/expected.h"
#include "cnnlab/core/runrecord.h"
#include "cnnlab/core/serveprotocol.h"

#include <string>
#include <vector>

namespace cnnlab::core::servemessages {

// ---------------------------------------------------------------- server → client

std::string helloLine(const ServeHello &hello);
std::string startedLine(const RunInfo &info);
std::string stepLine(const StepMetrics &metrics);
std::string evaluationLine(const EpochMetrics &metrics);
std::string predictionsLine(const std::vector<Prediction> &predictions);
std::string detailsLine(const EvaluationDetails &details);
std::string changeLine(const ConfigChange &change);
std::string threadsLine(const ThreadChange &change);
std::string pausedLine(bool paused);
std::string finishedLine(const RunResult &result);
std::string recordLine(const RunRecord &record);
// Followed by `bytes` raw bytes: the checkpoint file.
std::string checkpointLine(std::size_t bytes, const std::string &sha256);
std::string errorLine(const Error &error);
// A dataset file the client sent is verified and installed.
std::string installedLine(const std::string &dataset, const std::string &name);
std::string endLine();

// ---------------------------------------------------------------- client → server

std::string startLine(const TrainingConfig &config, const std::string &name);
std::string simpleLine(const char *type); // "pause", "resume", "stop", "ping"
std::string setLearningRateLine(double learningRate);
std::string setDropoutLine(bool enabled, double convRate, double denseRate);
std::string setBatchSizeLine(int batchSize);
// Followed by `bytes` raw bytes: one of the dataset's four IDX files.
std::string datasetFileLine(const std::string &dataset, const std::string &name, std::size_t bytes);

// ---------------------------------------------------------------- parsing

inline constexpr const char *serverTypes[]
    = {"hello", "started", "step", "evaluation", "predictions", "details", "change", "threads", "paused",
        "finished", "record", "checkpoint", "error", "installed", "end"};
inline constexpr const char *clientTypes[]
    = {"start", "pause", "resume", "stop", "ping", "set", "dataset-file"};

struct Message {
    std::string type;
    recordjson::InJson json;
};

// A line that is JSON, an object, with a string "type" among `types`; else
// ErrorCode::RemoteProtocol naming what is wrong (and the line's start).
Expected<Message> parseLine(const std::string &line, const char *const *types, std::size_t typeCount);
template<std::size_t N>
Expected<Message> parseLine(const std::string &line, const char *const (&types)[N])
{
    return parseLine(line, types, N);
}

// The typed contents. Each throws recordjson::ParseFailure on a missing or
// ill-typed field; decode() turns that into a RemoteProtocol error.
ServeHello readHello(const Message &m);
RunInfo readStarted(const Message &m);
StepMetrics readStepMessage(const Message &m);
EpochMetrics readEvaluation(const Message &m);
std::vector<Prediction> readPredictions(const Message &m);
EvaluationDetails readDetailsMessage(const Message &m);
ConfigChange readChangeMessage(const Message &m);
ThreadChange readThreadsMessage(const Message &m);
bool readPaused(const Message &m);
RunResult readFinished(const Message &m);
RunRecord readRecordMessage(const Message &m);
struct ErrorMessage {
    Error error;
};
ErrorMessage readError(const Message &m);

struct StartRequest {
    int protocol = 0;
    TrainingConfig config;
    std::string name;
};
StartRequest readStart(const Message &m);

struct SetRequest {
    enum class What { LearningRate, Dropout, BatchSize } what = What::LearningRate;
    double learningRate = 0;
    bool dropoutEnabled = false;
    double convRate = 0;
    double denseRate = 0;
    int batchSize = 0;
};
SetRequest readSet(const Message &m);

struct FrameHeader {
    std::string dataset; // dataset-file only
    std::string name; // dataset-file only
    std::size_t bytes = 0;
    std::string sha256; // checkpoint only
};
// "checkpoint" and "dataset-file": the frame that follows, at most maxFrameBytes.
FrameHeader readFrameHeader(const Message &m);

template<typename Read>
auto decode(const Message &m, Read read) -> Expected<decltype(read(m))>
{
    try {
        return read(m);
    } catch (const recordjson::ParseFailure &failure) {
        return Error {
            ErrorCode::RemoteProtocol, {}, "malformed \"" + m.type + "\" message: " + failure.detail};
    } catch (const std::exception &e) {
        return Error {ErrorCode::RemoteProtocol, {}, "malformed \"" + m.type + "\" message: " + e.what()};
    }
}

} // namespace cnnlab::core::servemessages
