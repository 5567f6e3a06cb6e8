#pragma once

// cnnlab-train's exit codes and how it reports errors: one line on stderr,
// prefixed with the program's name.

#include "cnnlab/core/error.h"

#include <string>

namespace cnnlab::cli {

// Exit codes (also in --help).
inline constexpr int exitCompleted = 0;
inline constexpr int exitFailure = 1;
inline constexpr int exitUsage = 2;
inline constexpr int exitDataError = 3;
inline constexpr int exitDiverged = 4;
inline constexpr int exitStopped = 130; // 128 + SIGINT, as shells report Ctrl+C, for SIGTERM too

inline constexpr const char *program = "cnnlab-train";

int exitCodeFor(core::ErrorCode code);
// describe() with the path moved up front when the detail runs over several
// lines (a missing dataset lists where it looked and how to install it).
std::string errorText(const core::Error &error);
void printError(const std::string &message);
// One line, whatever the parser said, then a pointer to --help; returns exitUsage.
int usageError(const std::string &message);

} // namespace cnnlab::cli
