#pragma once

#include <nlohmann/json.hpp>

#include <string>

namespace cnnlab::bench {

struct EndToEndOptions {
    std::string dataDir; // MNIST
    std::string trainProgram; // cnnlab-train (the bench's sibling in bin/)
    std::string python; // Debian's interpreter, the one with python3-torch
    std::string script; // reference_e2e.py
    int trainLimit = 9600;
    int rounds = 3;
};

// The end-to-end row (cnnlab-bench, and --quick with a small job): the whole
// process doing one job — load MNIST, one epoch of trainLimit images at batch
// 32, evaluate the 10k test set, exit — as `cnnlab-train` with its defaults
// (quick evaluations, sample digits, evaluation details, run record and
// checkpoint, written into a temporary folder: never the user's run store)
// and as an idiomatic PyTorch script. Rounds interleave the programs; the
// best wall time per program counts. Prints the table, returns the figures.
nlohmann::json runEndToEnd(const EndToEndOptions &options);

} // namespace cnnlab::bench
