#pragma once

#include "cnnlab/core/expected.h"
#include "cnnlab/core/runrecord.h"
#include "cnnlab/core/serveprotocol.h"
#include "cnnlab/core/trainer.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace cnnlab::core {

// Where a remote run trains: any machine `ssh DESTINATION` reaches without a
// password prompt (keys, agents, ~/.ssh/config aliases and ProxyJump as the
// user set them up).
struct RemoteTarget {
    std::string destination; // passed to ssh as its destination
    std::string remoteCommand; // cnnlab-train there; empty: "cnnlab-train" on its PATH
    // The ssh client and its options, split on spaces; empty: $CNNLAB_SSH,
    // else "ssh". Always run in batch mode with keep-alives.
    std::string sshCommand;
    std::string label; // names the machine in device names; empty: the destination
};

// The ssh command line that starts `cnnlab-train --serve` on the target.
std::vector<std::string> sshCommandLine(const RemoteTarget &target);
// The same connection running `cnnlab-train ARGS...` there (each argument
// quoted for the remote shell): how the window talks to a cluster's login node.
std::vector<std::string> sshCommandLine(
    const RemoteTarget &target, const std::vector<std::string> &arguments);

// What a remote run moved over the connection.
struct StreamStats {
    std::uint64_t bytesReceived = 0;
    std::uint64_t linesReceived = 0;
    std::uint64_t stepsReceived = 0;
    double seconds = 0; // from the hello to the end
    // The live part: from the start to "finished" (before the record and checkpoint).
    std::uint64_t liveBytes = 0;
    double liveSeconds = 0;
    // From a step leaving the remote to its arrival here (both clocks, so only
    // meaningful where they agree: NTP, or the same machine).
    double meanStepLatencyMs = 0;
    double maxStepLatencyMs = 0;
};

// Trains on another machine through the system's OpenSSH client and
// `cnnlab-train --serve` there (docs/remote-protocol.md), reporting exactly
// what a local TrainingEngine reports. When this object or its run goes away
// (stop, connection lost, destroyed), the remote process ends: ssh closes its
// stdin, and it stops within one step.
class RemoteTrainer : public Trainer
{
public:
    explicit RemoteTrainer(RemoteTarget target = {});
    ~RemoteTrainer() override;
    RemoteTrainer(const RemoteTrainer &) = delete;
    RemoteTrainer &operator=(const RemoteTrainer &) = delete;

    // Between runs only.
    void setTarget(RemoteTarget target);
    [[nodiscard]] const RemoteTarget &target() const;

    // Connects, reads the hello (devices, datasets there) and disconnects.
    static Expected<ServeHello> probe(const RemoteTarget &target);
    // Sends this machine's verified copy of `kind` (MNIST only: its pinned
    // checksums are what the remote checks the files against) to the target's
    // user dataset folder. `progress` gets bytes sent and the total.
    static Error copyDataset(const RemoteTarget &target, DatasetKind kind,
        const std::function<void(std::uint64_t, std::uint64_t)> &progress = {});

    // The config's dataDir is left out (a local path means nothing there);
    // its device is the remote's ("auto", "cuda:0", ...).
    RunResult run(
        const TrainingConfig &config, TrainingObserver *observer, std::stop_token stopToken) override;

    void pause() override;
    void resume() override;
    void stop() override;
    [[nodiscard]] bool isPaused() const override;
    [[nodiscard]] bool isRunning() const override;

    void setLearningRate(double learningRate) override;
    void setDropout(bool enabled, double convRate, double denseRate) override;
    void setBatchSize(int batchSize) override;

    // The last run's checkpoint as received (SHA-256 checked).
    [[nodiscard]] bool hasModel() const override;
    Error saveCheckpoint(const std::string &path) const override;

    // The run record the remote kept (its library versions, thread changes),
    // when the run got that far.
    [[nodiscard]] std::optional<RunRecord> remoteRecord() const;
    [[nodiscard]] std::optional<ServeHello> lastHello() const;
    [[nodiscard]] StreamStats lastStats() const;

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace cnnlab::core
