#pragma once

// Runs a program to completion and keeps what it printed: how cnnlab calls a
// scheduler's own commands (sbatch, squeue) instead of re-implementing them.

#include "cnnlab/core/expected.h"

#include <string>
#include <vector>

namespace cnnlab::core {

struct CommandResult {
    int exitCode = -1; // 128 + signal when killed
    std::string out;
    std::string err;
};

// argv[0] is looked up on PATH: FileNotFound when it is not there. A program
// still running after `timeoutSeconds` is killed (exit code 137).
// `input` is written to its stdin (then closed).
Expected<CommandResult> runCommand(
    const std::vector<std::string> &argv, int timeoutSeconds = 60, const std::string &input = {});

} // namespace cnnlab::core
