#pragma once

// `cnnlab-train --serve`: training driven over a pipe (in practice ssh's), in
// newline-delimited JSON. docs/remote-protocol.md describes every message; the
// codec lives in core/src/servemessages.*, the server here, the client in
// remotetrainer.h.

#include "cnnlab/core/error.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace cnnlab::core {

// Bumped for any change an older peer would misread; both sides refuse a
// peer with another version, naming both.
inline constexpr int serveProtocolVersion = 1;

// Longest line each side accepts (a whole run record is one server line).
inline constexpr std::size_t maxServerLineBytes = std::size_t {64} << 20;
inline constexpr std::size_t maxClientLineBytes = std::size_t {1} << 20;
// Largest binary frame (a checkpoint; a dataset file sent to the server).
inline constexpr std::size_t maxFrameBytes = std::size_t {256} << 20;

struct RemoteDevice {
    std::string id; // "cpu", "cuda:0"
    std::string name; // "CPU (16 cores)", "NVIDIA H100 80GB HBM3"
    std::uint64_t memoryBytes = 0; // 0: not known
};

// The server's first line.
struct ServeHello {
    std::string program; // "cnnlab-train"
    std::string version; // its CNNLAB_VERSION
    int protocol = 0;
    std::string host; // the machine's host name
    std::vector<RemoteDevice> devices;
    std::vector<std::string> datasets; // datasetName()s found there ("mnist", ...)
};

struct ServeOptions {
    std::string program = "cnnlab-train";
    std::string version;
    // With no message from the client for this long (the client pings every
    // few seconds), the server stops and exits: a laptop whose network went
    // away without closing the connection leaves nothing training.
    int idleTimeoutSeconds = 30;
};

// Runs the server on `inFd`/`outFd` until the run ends (its record and
// checkpoint sent) or the client goes away (then training stops within one
// step). Returns the first protocol or transport error, if any. SIGPIPE must
// be ignored by the caller.
Error serve(int inFd, int outFd, const ServeOptions &options);

} // namespace cnnlab::core
