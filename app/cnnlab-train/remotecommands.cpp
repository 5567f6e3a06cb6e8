#include "remotecommands.h"

#include "cliexit.h"

#include "cnnlab/core/serveprotocol.h"

#include <csignal>
#include <cstdio>
#include <iostream>

#include <unistd.h>

#ifndef CNNLAB_VERSION
#define CNNLAB_VERSION "0.1.0" // app/CMakeLists.txt passes ${PROJECT_VERSION}
#endif

namespace cnnlab::cli {

core::RemoteTarget remoteTarget(const std::string &destination, const std::string &remoteCommand)
{
    core::RemoteTarget target;
    target.destination = destination;
    target.remoteCommand = remoteCommand;
    return target;
}

int serve(int idleTimeoutSeconds)
{
    std::signal(SIGPIPE, SIG_IGN); // a vanished client is an EPIPE to handle, not a death
    core::ServeOptions options;
    options.program = program;
    options.version = CNNLAB_VERSION;
    options.idleTimeoutSeconds = idleTimeoutSeconds;
    if (const core::Error error = core::serve(STDIN_FILENO, STDOUT_FILENO, options)) {
        printError(core::describe(error));
        return exitFailure;
    }
    return exitCompleted;
}

int copyDataset(const core::RemoteTarget &target, bool quiet)
{
    if (!quiet)
        std::cerr << "Copying MNIST to " << target.destination << " ...\n";
    if (const core::Error error = core::RemoteTrainer::copyDataset(target, core::DatasetKind::Mnist)) {
        printError(errorText(error));
        return exitCodeFor(error.code);
    }
    return exitCompleted;
}

void printStreamStats(const core::RemoteTrainer &remote)
{
    const core::StreamStats stats = remote.lastStats();
    if (stats.seconds <= 0)
        return;
    const auto hello = remote.lastHello();
    const double kib = double(stats.bytesReceived) / 1024.0;
    char line[256];
    std::snprintf(line, sizeof line,
        "remote %s: %.1f KiB in %.1f s (%.1f KiB/s), %llu steps, step latency mean %.1f ms, max %.1f ms",
        hello && !hello->host.empty() ? hello->host.c_str() : remote.target().destination.c_str(), kib,
        stats.seconds, kib / stats.seconds, static_cast<unsigned long long>(stats.stepsReceived),
        stats.meanStepLatencyMs, stats.maxStepLatencyMs);
    std::cerr << line << '\n';
    if (stats.liveSeconds > 0)
        std::fprintf(stderr,
            "remote live stream: %.1f KiB in %.1f s (%.1f KiB/s) before the record and checkpoint\n",
            double(stats.liveBytes) / 1024.0, stats.liveSeconds,
            double(stats.liveBytes) / 1024.0 / stats.liveSeconds);
}

} // namespace cnnlab::cli
