#include "cnnlab/core/remotetrainer.h"

#include "cnnlab/core/dataset.h"
#include "cnnlab/core/mnistfiles.h"
#include "cnnlab/core/sha256.h"

#include "shellquote.h"
#include "sshsession.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <mutex>
#include <sstream>

namespace cnnlab::core {

namespace {

namespace fs = std::filesystem;
namespace msg = servemessages;
using Clock = std::chrono::steady_clock;

constexpr auto pingInterval = std::chrono::seconds(5); // well inside the server's 30 s idle limit

std::vector<std::string> splitWords(const std::string &text)
{
    std::istringstream in(text);
    std::vector<std::string> words;
    for (std::string word; in >> word;)
        words.push_back(word);
    return words;
}

double unixMilliseconds()
{
    using namespace std::chrono;
    return duration<double, std::milli>(system_clock::now().time_since_epoch()).count();
}

std::string labelOf(const RemoteTarget &target)
{
    return target.label.empty() ? target.destination : target.label;
}

} // namespace

std::vector<std::string> sshCommandLine(const RemoteTarget &target)
{
    return sshCommandLine(target, {"--serve"});
}

std::vector<std::string> sshCommandLine(const RemoteTarget &target, const std::vector<std::string> &arguments)
{
    std::string ssh = target.sshCommand;
    if (ssh.empty()) {
        const char *fromEnvironment = std::getenv("CNNLAB_SSH");
        ssh = fromEnvironment != nullptr && *fromEnvironment != '\0' ? fromEnvironment : "ssh";
    }
    std::vector<std::string> argv = splitWords(ssh);
    // Batch mode: never a password or host-key prompt that nobody can answer;
    // keep-alives: a vanished network ends the session within ~15 s.
    for (const char *option :
        {"BatchMode=yes", "ConnectTimeout=15", "ServerAliveInterval=5", "ServerAliveCountMax=3"}) {
        argv.emplace_back("-o");
        argv.emplace_back(option);
    }
    argv.emplace_back("--");
    argv.push_back(target.destination);
    const std::string command
        = target.remoteCommand.empty() ? std::string("cnnlab-train") : target.remoteCommand;
    std::string remote = shellQuoted(command);
    for (const std::string &argument : arguments)
        remote += argument.rfind("--", 0) == 0 && argument.find_first_of(" '\"$`\\") == std::string::npos
            ? " " + argument
            : " " + shellQuoted(argument);
    argv.push_back(remote);
    return argv;
}

class RemoteTrainer::Private
{
public:
    RemoteTarget target;
    mutable std::mutex mutex; // guards session (the pointer), checkpoint, record, hello, stats
    SshSession *session = nullptr; // while run() talks to one
    std::atomic<bool> running {false};
    std::atomic<bool> paused {false};
    std::atomic<bool> stopRequested {false};
    std::vector<std::uint8_t> checkpoint;
    std::optional<RunRecord> record;
    std::optional<ServeHello> hello;
    StreamStats stats;

    void send(const std::string &line)
    {
        const std::lock_guard lock(mutex);
        if (session != nullptr)
            session->send(line);
    }
};

RemoteTrainer::RemoteTrainer(RemoteTarget target)
    : d(std::make_unique<Private>())
{
    d->target = std::move(target);
}

RemoteTrainer::~RemoteTrainer() = default;

void RemoteTrainer::setTarget(RemoteTarget target)
{
    const std::lock_guard lock(d->mutex);
    d->target = std::move(target);
}

const RemoteTarget &RemoteTrainer::target() const
{
    return d->target;
}

Expected<ServeHello> RemoteTrainer::probe(const RemoteTarget &target)
{
    SshSession session;
    if (const Error error = session.open(target))
        return error;
    ServeHello hello = session.hello();
    session.close();
    return hello;
}

Error RemoteTrainer::copyDataset(const RemoteTarget &target, DatasetKind kind,
    const std::function<void(std::uint64_t, std::uint64_t)> &progress)
{
    if (kind != DatasetKind::Mnist)
        return Error {
            ErrorCode::InvalidConfig, "dataset", "only MNIST can be copied (its checksums are pinned)"};
    const Expected<std::string> local = findDataset(kind);
    if (!local)
        return local.error();
    std::vector<std::vector<std::uint8_t>> files;
    std::uint64_t total = 0;
    for (const MnistFile &file : mnistFiles) {
        const fs::path path = fs::path(*local) / std::string(file.name);
        std::ifstream in(path, std::ios::binary);
        if (!in)
            return Error {ErrorCode::FileUnreadable, path.string(), "cannot open"};
        files.emplace_back(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char> {});
        total += files.back().size();
    }
    SshSession session;
    if (const Error error = session.open(target))
        return error;
    std::uint64_t sent = 0;
    for (std::size_t i = 0; i < files.size(); ++i) {
        const std::string name(mnistFiles[i].name);
        if (!session.sendWithFrame(msg::datasetFileLine(datasetName(kind), name, files[i].size()), files[i]))
            return session.failure("the connection closed while sending " + name);
        // The remote checks each file against the pinned SHA-256 and answers.
        for (;;) {
            FrameReader::Item item = session.next(1000);
            if (item.kind == FrameReader::Kind::None) {
                if (session.isEnded())
                    return session.failure("the connection closed while installing " + name);
                continue;
            }
            if (item.kind != FrameReader::Kind::Line)
                return Error {ErrorCode::RemoteProtocol, target.destination, "unexpected frame"};
            Expected<msg::Message> m = msg::parseLine(item.line, msg::serverTypes);
            if (!m)
                return Error {ErrorCode::RemoteProtocol, target.destination, m.error().detail};
            if (m->type == "error") {
                Expected<msg::ErrorMessage> remote = msg::decode(*m, msg::readError);
                return remote ? remote->error : remote.error();
            }
            if (m->type == "installed")
                break;
        }
        sent += files[i].size();
        if (progress)
            progress(sent, total);
    }
    session.close();
    return {};
}

RunResult RemoteTrainer::run(
    const TrainingConfig &config, TrainingObserver *observer, std::stop_token stopToken)
{
    RemoteTarget target;
    {
        const std::lock_guard lock(d->mutex);
        target = d->target;
        d->checkpoint.clear();
        d->record.reset();
        d->hello.reset();
        d->stats = {};
    }
    d->running = true;
    d->paused = false;
    d->stopRequested = false;
    RunResult result;
    result.status = RunStatus::Failed;
    const auto failWith = [&](Error error) {
        result.status = RunStatus::Failed;
        result.error = std::move(error);
        d->running = false;
        if (observer != nullptr)
            observer->onFinished(result);
        return result;
    };

    SshSession session;
    bool cancelled = false;
    const Error opened = session.open(
        target, 40, [&] { return stopToken.stop_requested() || d->stopRequested.load(); }, &cancelled);
    if (cancelled) {
        // Stopped while ssh was still connecting: nothing ran there.
        result.status = RunStatus::Stopped;
        d->running = false;
        if (observer != nullptr)
            observer->onFinished(result);
        return result;
    }
    if (opened)
        return failWith(opened);
    const auto began = Clock::now();
    {
        const std::lock_guard lock(d->mutex);
        d->hello = session.hello();
    }
    const std::string wanted = datasetName(config.dataset);
    const auto &there = session.hello().datasets;
    if (std::find(there.begin(), there.end(), wanted) == there.end())
        return failWith(Error {ErrorCode::DatasetMissing, target.destination,
            wanted + " is not installed on " + labelOf(target) + "; copy this machine's with "
                + "cnnlab-train --remote " + target.destination + " --copy-dataset, or from the window"});

    TrainingConfig remoteConfig = config;
    remoteConfig.dataDir.clear();
    remoteConfig.resumeFrom.clear();
    if (!session.send(msg::startLine(remoteConfig, {})))
        return failWith(session.failure("the connection closed before the run started"));
    {
        const std::lock_guard lock(d->mutex);
        d->session = &session;
    }

    const std::string machine = labelOf(target);
    std::optional<RunResult> finished;
    std::optional<StepMetrics> lastStep; // what a run cut off had reached
    std::optional<EpochMetrics> lastEvaluation;
    int fullEvaluations = 0;
    Error remoteError;
    bool ended = false;
    bool stopSent = false;
    double latencySum = 0;
    StreamStats stats;
    auto lastPing = Clock::now();
    Error protocolError;
    while (!ended) {
        if (!stopSent && (stopToken.stop_requested() || d->stopRequested)) {
            stopSent = true;
            session.send(msg::simpleLine("stop"));
        }
        if (Clock::now() - lastPing >= pingInterval) {
            lastPing = Clock::now();
            session.send(msg::simpleLine("ping"));
        }
        FrameReader::Item item = session.next(100);
        if (item.kind == FrameReader::Kind::None) {
            if (session.isEnded())
                break;
            continue;
        }
        if (item.kind == FrameReader::Kind::Oversized) {
            protocolError = Error {ErrorCode::RemoteProtocol, target.destination,
                "a line longer than " + std::to_string(maxServerLineBytes) + " bytes"};
            break;
        }
        if (item.kind == FrameReader::Kind::Frame) {
            protocolError = Error {ErrorCode::RemoteProtocol, target.destination, "a frame nobody announced"};
            break;
        }
        ++stats.linesReceived;
        Expected<msg::Message> parsed = msg::parseLine(item.line, msg::serverTypes);
        if (!parsed) {
            protocolError = Error {ErrorCode::RemoteProtocol, target.destination, parsed.error().detail};
            break;
        }
        const msg::Message &m = *parsed;
        Error bad;
        const auto deliver = [&](auto read, auto &&handle) {
            auto value = msg::decode(m, read);
            if (!value)
                bad = Error {ErrorCode::RemoteProtocol, target.destination, value.error().detail};
            else
                handle(*value);
        };
        if (m.type == "started") {
            deliver(msg::readStarted, [&](RunInfo &info) {
                info.deviceName = machine + ": " + info.deviceName;
                if (observer != nullptr)
                    observer->onStarted(info);
            });
        } else if (m.type == "step") {
            deliver(msg::readStepMessage, [&](StepMetrics &step) {
                if (m.json.contains("sent_ms") && m.json["sent_ms"].is_number()) {
                    const double latency = unixMilliseconds() - m.json["sent_ms"].get<double>();
                    latencySum += latency;
                    stats.maxStepLatencyMs = std::max(stats.maxStepLatencyMs, latency);
                }
                ++stats.stepsReceived;
                lastStep = step;
                step.deviceName = machine + ": " + step.deviceName;
                if (observer != nullptr)
                    observer->onStep(step);
            });
        } else if (m.type == "evaluation") {
            deliver(msg::readEvaluation, [&](EpochMetrics &e) {
                lastEvaluation = e;
                if (e.fullValidation)
                    ++fullEvaluations;
                if (observer != nullptr)
                    observer->onEvaluation(e);
            });
        } else if (m.type == "predictions") {
            deliver(msg::readPredictions, [&](std::vector<Prediction> &p) {
                if (observer != nullptr)
                    observer->onPredictions(p);
            });
        } else if (m.type == "details") {
            deliver(msg::readDetailsMessage, [&](EvaluationDetails &details) {
                if (observer != nullptr)
                    observer->onEvaluationDetails(details);
            });
        } else if (m.type == "change") {
            deliver(msg::readChangeMessage, [&](ConfigChange &change) {
                if (observer != nullptr)
                    observer->onConfigChanged(change);
            });
        } else if (m.type == "threads") {
            deliver(msg::readThreadsMessage, [&](ThreadChange &change) {
                if (observer != nullptr)
                    observer->onThreadsChanged(change);
            });
        } else if (m.type == "paused") {
            deliver(msg::readPaused, [&](bool &paused) {
                d->paused = paused;
                if (observer != nullptr)
                    observer->onPausedChanged(paused);
            });
        } else if (m.type == "finished") {
            deliver(msg::readFinished, [&](RunResult &r) {
                finished = r;
                stats.liveBytes = session.bytesReceived();
                stats.liveSeconds = std::chrono::duration<double>(Clock::now() - began).count();
            });
        } else if (m.type == "record") {
            deliver(msg::readRecordMessage, [&](RunRecord &record) {
                const std::lock_guard lock(d->mutex);
                d->record = std::move(record);
            });
        } else if (m.type == "checkpoint") {
            deliver(msg::readFrameHeader, [&](msg::FrameHeader &header) {
                session.expectFrame(header.bytes);
                FrameReader::Item frame;
                while (frame.kind == FrameReader::Kind::None && !session.isEnded())
                    frame = session.next(1000);
                if (frame.kind != FrameReader::Kind::Frame) {
                    bad = Error {ErrorCode::ConnectionLost, target.destination,
                        "the checkpoint frame was cut off (" + std::to_string(header.bytes)
                            + " bytes announced)"};
                    return;
                }
                if (Sha256::hexOf(frame.frame.data(), frame.frame.size()) != header.sha256) {
                    bad = Error {ErrorCode::RemoteProtocol, target.destination,
                        "the checkpoint's SHA-256 does not match its header"};
                    return;
                }
                const std::lock_guard lock(d->mutex);
                d->checkpoint = std::move(frame.frame);
            });
        } else if (m.type == "error") {
            deliver(msg::readError, [&](msg::ErrorMessage &error) {
                if (!remoteError)
                    remoteError = error.error;
            });
        } else if (m.type == "end") {
            ended = true;
        } else {
            bad = Error {
                ErrorCode::RemoteProtocol, target.destination, "unexpected \"" + m.type + "\" mid-run"};
        }
        if (bad) {
            protocolError = bad;
            break;
        }
    }
    {
        const std::lock_guard lock(d->mutex);
        d->session = nullptr;
    }
    stats.bytesReceived = session.bytesReceived();
    stats.seconds = std::chrono::duration<double>(Clock::now() - began).count();
    if (stats.stepsReceived > 0)
        stats.meanStepLatencyMs = latencySum / double(stats.stepsReceived);
    Error lost;
    if (!ended && !protocolError)
        lost = session.failure("the connection closed mid-run");
    session.close();
    {
        const std::lock_guard lock(d->mutex);
        d->stats = stats;
    }
    d->running = false;

    if (protocolError)
        return failWith(protocolError);
    if (finished && ended) {
        result = *finished;
        if (observer != nullptr)
            observer->onFinished(result);
        return result;
    }
    // Cut off: keep the remote's reason if it gave one (a refused start),
    // else what ssh said; the position reached is the observer's to keep.
    // Once the run was under way, whatever ssh says, the connection was lost.
    const Error reason
        = remoteError ? remoteError : Error {ErrorCode::ConnectionLost, target.destination, lost.detail};
    if (finished) {
        result = *finished;
    } else {
        // Cut off: the figures as far as they arrived.
        if (lastStep) {
            result.position = lastStep->position;
            result.trainLoss = lastStep->trainLoss;
            result.trainAccuracy = lastStep->trainAccuracy;
            result.trainSeconds = lastStep->position.elapsedSeconds;
        }
        if (lastEvaluation) {
            result.valLoss = lastEvaluation->valLoss;
            result.valAccuracy = lastEvaluation->valAccuracy;
        }
        result.epochsCompleted = fullEvaluations;
        result.seconds = stats.seconds;
    }
    return failWith(reason);
}

void RemoteTrainer::pause()
{
    d->send(msg::simpleLine("pause"));
}

void RemoteTrainer::resume()
{
    d->send(msg::simpleLine("resume"));
}

void RemoteTrainer::stop()
{
    d->stopRequested = true; // also before the session is up: run() sends it then
    d->send(msg::simpleLine("stop"));
}

bool RemoteTrainer::isPaused() const
{
    return d->paused;
}

bool RemoteTrainer::isRunning() const
{
    return d->running;
}

void RemoteTrainer::setLearningRate(double learningRate)
{
    d->send(msg::setLearningRateLine(learningRate));
}

void RemoteTrainer::setDropout(bool enabled, double convRate, double denseRate)
{
    d->send(msg::setDropoutLine(enabled, convRate, denseRate));
}

void RemoteTrainer::setBatchSize(int batchSize)
{
    d->send(msg::setBatchSizeLine(batchSize));
}

bool RemoteTrainer::hasModel() const
{
    const std::lock_guard lock(d->mutex);
    return !d->checkpoint.empty();
}

Error RemoteTrainer::saveCheckpoint(const std::string &path) const
{
    std::vector<std::uint8_t> bytes;
    {
        const std::lock_guard lock(d->mutex);
        bytes = d->checkpoint;
    }
    if (bytes.empty())
        return Error {ErrorCode::CheckpointUnreadable, path, "the remote run sent no checkpoint"};
    // Written beside, then renamed, as run records are (the Trainer contract).
    return writeFileAtomically(path, std::string(bytes.begin(), bytes.end()));
}

std::optional<RunRecord> RemoteTrainer::remoteRecord() const
{
    const std::lock_guard lock(d->mutex);
    return d->record;
}

std::optional<ServeHello> RemoteTrainer::lastHello() const
{
    const std::lock_guard lock(d->mutex);
    return d->hello;
}

StreamStats RemoteTrainer::lastStats() const
{
    const std::lock_guard lock(d->mutex);
    return d->stats;
}

} // namespace cnnlab::core
