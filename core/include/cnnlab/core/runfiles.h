#pragma once

#include "cnnlab/core/error.h"
#include "cnnlab/core/runrecord.h"
#include "cnnlab/core/trainer.h"

#include <string>

namespace cnnlab::core {

// What saveRunFiles could not write (each None when it could).
struct RunFilesErrors {
    Error checkpoint;
    Error record;
};

// The one policy for saving a finished run, used by the GUI and by
// cnnlab-train: the model first, as `directory`/checkpoint.pt (the trainer
// writes it atomically), then `directory`/run.json naming it. So a run.json
// that names a checkpoint always has a whole one beside it, and a checkpoint
// that cannot be written costs only the model: run.json is still written,
// without it. `withCheckpoint` false (or a trainer without a model) writes
// run.json alone. Sets record.checkpoint to what was written.
RunFilesErrors saveRunFiles(
    const Trainer &trainer, bool withCheckpoint, RunRecord &record, const std::string &directory);

inline constexpr const char *checkpointFileName = "checkpoint.pt";

} // namespace cnnlab::core
