#pragma once

// cnnlab-train's remote side (--serve) and the client's extras (--copy-dataset,
// the stream's cost after a --remote run).

#include "cnnlab/core/remotetrainer.h"

#include <string>

namespace cnnlab::cli {

core::RemoteTarget remoteTarget(const std::string &destination, const std::string &remoteCommand);
// `cnnlab-train --serve`: the other end of --remote. Nothing but protocol on stdout.
int serve(int idleTimeoutSeconds);
int copyDataset(const core::RemoteTarget &target, bool quiet);
// What the stream cost, for the person tuning a slow link.
void printStreamStats(const core::RemoteTrainer &remote);

} // namespace cnnlab::cli
