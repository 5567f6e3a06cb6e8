// core::serve: the remote end of a training over ssh (serveprotocol.h).
#include "cnnlab/core/dataset.h"
#include "cnnlab/core/devices.h"
#include "cnnlab/core/mnistfiles.h"
#include "cnnlab/core/runrecord.h"
#include "cnnlab/core/serveprotocol.h"
#include "cnnlab/core/sha256.h"
#include "cnnlab/core/trainingengine.h"

#include "framereader.h"
#include "framewriter.h"
#include "servemessages.h"

#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <thread>

#include <poll.h>
#include <unistd.h>

namespace cnnlab::core {

namespace {

namespace fs = std::filesystem;
namespace msg = servemessages;
using Clock = std::chrono::steady_clock;

ServeHello localHello(const ServeOptions &options)
{
    ServeHello hello;
    hello.program = options.program;
    hello.version = options.version;
    hello.protocol = serveProtocolVersion;
    char host[256] = {};
    if (::gethostname(host, sizeof host - 1) == 0)
        hello.host = host;
    for (const DeviceInfo &device : availableDevices())
        hello.devices.push_back({device.id, device.name, device.memoryBytes});
    for (const DatasetKind kind : {DatasetKind::Mnist, DatasetKind::FashionMnist})
        if (findDataset(kind))
            hello.datasets.emplace_back(datasetName(kind));
    return hello;
}

// Every engine report, one line each, as it happens.
class StreamObserver : public TrainingObserver
{
public:
    explicit StreamObserver(FrameWriter &out)
        : m_out(out)
    { }
    void onStarted(const RunInfo &info) override { m_out.writeLine(msg::startedLine(info)); }
    void onStep(const StepMetrics &metrics) override { m_out.writeLine(msg::stepLine(metrics)); }
    void onEvaluation(const EpochMetrics &metrics) override { m_out.writeLine(msg::evaluationLine(metrics)); }
    void onPredictions(const std::vector<Prediction> &predictions) override
    {
        m_out.writeLine(msg::predictionsLine(predictions));
    }
    void onEvaluationDetails(const EvaluationDetails &details) override
    {
        m_out.writeLine(msg::detailsLine(details));
    }
    void onConfigChanged(const ConfigChange &change) override { m_out.writeLine(msg::changeLine(change)); }
    void onThreadsChanged(const ThreadChange &change) override { m_out.writeLine(msg::threadsLine(change)); }
    void onPausedChanged(bool paused) override { m_out.writeLine(msg::pausedLine(paused)); }
    void onFinished(const RunResult &result) override { m_out.writeLine(msg::finishedLine(result)); }

private:
    FrameWriter &m_out;
};

std::optional<std::string> readWholeFile(const fs::path &path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return std::nullopt;
    return std::string(std::istreambuf_iterator<char>(in), {});
}

// Trains, then sends the record and the checkpoint frame; "end" last.
void trainAndReport(
    TrainingEngine &engine, const msg::StartRequest &request, std::stop_token stop, FrameWriter &out)
{
    StreamObserver stream(out);
    RunRecorder recorder(&stream);
    recorder.record().name = request.name;
    recorder.record().config = request.config;
    const RunResult result = engine.run(request.config, &recorder, stop);
    recorder.record().result = result;

    std::optional<std::string> checkpoint;
    if (!out.isBroken() && engine.hasModel()
        && (result.status == RunStatus::Completed || result.status == RunStatus::Stopped)) {
        // Saved through a private temporary file: LibTorch writes files, not streams.
        std::error_code ignored;
        const fs::path dir
            = fs::temp_directory_path(ignored) / ("cnnlab-serve-" + std::to_string(::getpid()));
        fs::create_directories(dir, ignored);
        const fs::path file = dir / "checkpoint.pt";
        if (const Error error = engine.saveCheckpoint(file.string()))
            out.writeLine(msg::errorLine(error));
        else
            checkpoint = readWholeFile(file);
        fs::remove_all(dir, ignored);
    }
    if (checkpoint)
        recorder.record().checkpoint = "checkpoint.pt";
    out.writeLine(msg::recordLine(recorder.record()));
    if (checkpoint)
        out.writeLineAndFrame(
            msg::checkpointLine(checkpoint->size(), Sha256::hexOf(checkpoint->data(), checkpoint->size())),
            *checkpoint);
    out.writeLine(msg::endLine());
}

// What the client may change mid-run, checked as validate() checks a config.
Error checkSet(const msg::SetRequest &set)
{
    TrainingConfig probe;
    switch (set.what) {
    case msg::SetRequest::What::LearningRate: probe.learningRate = set.learningRate; break;
    case msg::SetRequest::What::Dropout:
        probe.convDropout = set.convRate;
        probe.denseDropout = set.denseRate;
        break;
    case msg::SetRequest::What::BatchSize: probe.batchSize = set.batchSize; break;
    }
    return validate(probe);
}

class Server
{
public:
    Server(int inFd, int outFd, const ServeOptions &options)
        : m_in(inFd)
        , m_out(outFd)
        , m_options(options)
        , m_reader(maxClientLineBytes)
    { }

    Error run();

private:
    // False: the session is over (an error was sent, or the client is gone).
    bool handle(FrameReader::Item &item);
    bool handleLine(const std::string &line);
    bool handleStart(const msg::Message &m);
    bool handleDatasetFile(const std::vector<std::uint8_t> &bytes);
    bool protocolError(Error error);
    void stopTraining();

    int m_in;
    FrameWriter m_out;
    ServeOptions m_options;
    FrameReader m_reader;
    TrainingEngine m_engine;
    std::stop_source m_stop;
    std::atomic<bool> m_done {false};
    std::optional<msg::FrameHeader> m_datasetFile; // a dataset-file frame is expected
    Error m_error;
    std::jthread m_training; // last: joined before the engine and writer go
};

Error Server::run()
{
    m_out.writeLine(msg::helloLine(localHello(m_options)));
    auto lastHeard = Clock::now();
    const auto idleLimit = std::chrono::seconds(std::max(1, m_options.idleTimeoutSeconds));
    std::vector<char> buffer(std::size_t {1} << 16);
    bool open = true;
    while (open && !m_done.load()) {
        pollfd in {m_in, POLLIN, 0};
        const int ready = ::poll(&in, 1, 100);
        if (ready < 0 && errno != EINTR) {
            m_error = Error {ErrorCode::ConnectionLost, {}, std::string("poll: ") + std::strerror(errno)};
            break;
        }
        if (ready > 0) {
            const ssize_t got = ::read(m_in, buffer.data(), buffer.size());
            if (got < 0 && errno == EINTR)
                continue;
            if (got <= 0) {
                // stdin closed: the client (or its ssh) is gone. Not an error
                // before a start (a probe reads the hello and leaves).
                if (m_training.joinable())
                    m_error = Error {ErrorCode::ConnectionLost, {}, "the client closed the connection"};
                else if (m_reader.isMidMessage())
                    m_error
                        = Error {ErrorCode::RemoteProtocol, {}, "the input ended in the middle of a message"};
                break;
            }
            lastHeard = Clock::now();
            m_reader.feed(buffer.data(), static_cast<std::size_t>(got));
            for (FrameReader::Item item = m_reader.next(); open && item.kind != FrameReader::Kind::None;
                 item = m_reader.next())
                open = handle(item);
        } else if (Clock::now() - lastHeard > idleLimit) {
            m_error = Error {ErrorCode::ConnectionLost, {},
                "no message from the client for " + std::to_string(idleLimit.count()) + " s"};
            break;
        }
        if (m_out.isBroken()) {
            m_error = Error {ErrorCode::ConnectionLost, {}, "the client stopped reading"};
            break;
        }
    }
    stopTraining();
    if (m_error.code == ErrorCode::ConnectionLost)
        m_out.abandon(); // nobody may be reading any more
    if (m_training.joinable())
        m_training.join();
    return m_error;
}

bool Server::handle(FrameReader::Item &item)
{
    switch (item.kind) {
    case FrameReader::Kind::None: return true;
    case FrameReader::Kind::Oversized:
        return protocolError(Error {ErrorCode::RemoteProtocol, {},
            "line longer than " + std::to_string(maxClientLineBytes) + " bytes"});
    case FrameReader::Kind::Frame: return handleDatasetFile(item.frame);
    case FrameReader::Kind::Line: return handleLine(item.line);
    }
    return true;
}

bool Server::handleLine(const std::string &line)
{
    Expected<msg::Message> parsed = msg::parseLine(line, msg::clientTypes);
    if (!parsed)
        return protocolError(parsed.error());
    const msg::Message &m = *parsed;
    if (m.type == "start")
        return handleStart(m);
    if (m.type == "ping")
        return true;
    if (m.type == "pause")
        m_engine.pause();
    else if (m.type == "resume")
        m_engine.resume();
    else if (m.type == "stop")
        stopTraining();
    else if (m.type == "set") {
        const Expected<msg::SetRequest> set = msg::decode(m, msg::readSet);
        if (!set)
            return protocolError(set.error());
        if (const Error invalid = checkSet(*set)) {
            m_out.writeLine(msg::errorLine(invalid)); // refused, the run goes on
            return true;
        }
        switch (set->what) {
        case msg::SetRequest::What::LearningRate: m_engine.setLearningRate(set->learningRate); break;
        case msg::SetRequest::What::Dropout:
            m_engine.setDropout(set->dropoutEnabled, set->convRate, set->denseRate);
            break;
        case msg::SetRequest::What::BatchSize: m_engine.setBatchSize(set->batchSize); break;
        }
    } else if (m.type == "dataset-file") {
        Expected<msg::FrameHeader> header = msg::decode(m, msg::readFrameHeader);
        if (!header)
            return protocolError(header.error());
        if (m_training.joinable())
            return protocolError(Error {ErrorCode::RemoteProtocol, {}, "dataset-file after start"});
        m_datasetFile = *header;
        m_reader.expectFrame(header->bytes);
    }
    return true;
}

bool Server::handleStart(const msg::Message &m)
{
    if (m_training.joinable())
        return protocolError(Error {ErrorCode::RemoteProtocol, {}, "a second \"start\" in one session"});
    Expected<msg::StartRequest> request = msg::decode(m, msg::readStart);
    if (!request)
        return protocolError(request.error());
    if (request->protocol != serveProtocolVersion)
        return protocolError(Error {ErrorCode::RemoteProtocol, {},
            "protocol version mismatch: the client speaks " + std::to_string(request->protocol) + ", this "
                + m_options.program + " " + std::to_string(serveProtocolVersion)});
    if (!request->config.resumeFrom.empty())
        return protocolError(
            Error {ErrorCode::InvalidConfig, "resume_from", "resuming is not supported on a remote machine"});
    if (const Error invalid = validate(request->config))
        return protocolError(invalid);
    m_training = std::jthread([this, request = std::move(request).value()](std::stop_token) {
        trainAndReport(m_engine, request, m_stop.get_token(), m_out);
        m_done = true;
    });
    return true;
}

bool Server::handleDatasetFile(const std::vector<std::uint8_t> &bytes)
{
    const msg::FrameHeader header = m_datasetFile.value_or(msg::FrameHeader {});
    m_datasetFile.reset();
    DatasetKind kind = DatasetKind::Mnist;
    Error error;
    if (!parseDataset(header.dataset, kind) || kind != DatasetKind::Mnist || mnistSha256(header.name).empty())
        error = Error {ErrorCode::InvalidConfig, header.name, "not one of MNIST's four files"};
    else if (const std::string dir = userDatasetDirectory(kind); dir.empty())
        error = Error {ErrorCode::WriteFailed, {}, "no HOME or XDG_DATA_HOME to install into"};
    else
        error = installMnistFile(dir, header.name, bytes); // checked against the pinned SHA-256 here
    m_out.writeLine(error ? msg::errorLine(error) : msg::installedLine(header.dataset, header.name));
    return true;
}

bool Server::protocolError(Error error)
{
    m_out.writeLine(msg::errorLine(error));
    if (!m_error)
        m_error = std::move(error);
    stopTraining();
    return false;
}

void Server::stopTraining()
{
    m_stop.request_stop();
    m_engine.stop();
}

} // namespace

Error serve(int inFd, int outFd, const ServeOptions &options)
{
    Server server(inFd, outFd, options);
    return server.run();
}

} // namespace cnnlab::core
