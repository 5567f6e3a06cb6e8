#pragma once

// cnnlab-train's flags: their values (defaulting to the lab's reference
// configuration), their definitions for CLI11, and the configuration they make.

#include "cnnlab/core/expected.h"
#include "cnnlab/core/trainingconfig.h"

#include <CLI/CLI.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace cnnlab::cli {

inline constexpr const char *labPlanPreset = "seed-lab"; // not one configuration: labPlan's four

// Flag values, defaulting to the reference configuration (what --help shows).
struct Options {
    core::TrainingConfig defaults;
    std::string dataset = core::datasetName(defaults.dataset);
    std::string dataDir;
    int epochs = defaults.epochs;
    int batchSize = defaults.batchSize;
    double learningRate = defaults.learningRate;
    std::string optimizer = core::optimizerName(defaults.optimizer);
    double momentum = defaults.momentum;
    bool nesterov = defaults.nesterov;
    std::string schedule = core::scheduleName(defaults.schedule);
    int lrStepEpochs = defaults.lrStepEpochs;
    double lrStepFactor = defaults.lrStepFactor;
    double warmupFraction = defaults.warmupFraction;
    int convBlocks = defaults.convBlocks;
    int filters = defaults.filters;
    int kernelSize = defaults.kernelSize;
    int denseUnits = defaults.denseUnits;
    std::string activation = core::activationName(defaults.activation);
    std::string batchNorm = defaults.batchNorm ? "on" : "off";
    double weightDecay = defaults.weightDecay;
    double l1 = defaults.l1;
    double labelSmoothing = defaults.labelSmoothing;
    int augmentShift = defaults.augmentShift;
    double augmentRotate = defaults.augmentRotate;
    int earlyStop = defaults.earlyStopPatience;
    std::string dropout = defaults.dropoutEnabled ? "on" : "off";
    double convDropout = defaults.convDropout;
    double denseDropout = defaults.denseDropout;
    std::uint64_t seed = defaults.seed;
    std::string device = defaults.device;
    int threads = defaults.threads;
    int trainLimit = defaults.trainLimit;
    std::string validation = core::validationName(defaults.validation);
    int holdoutSize = defaults.holdoutSize;
    int evaluationsPerEpoch = defaults.evaluationsPerEpoch;
    std::string out;
    std::string name;
    std::string preset;
    int seeds = 3;
    std::string resume;
    bool noCheckpoint = false;
    bool quiet = false;
    bool version = false;
    bool listDevices = false;
    bool serve = false;
    int serveIdleTimeout = 30;
    std::string remote;
    std::string remoteCommand;
    bool copyDataset = false;
    std::string submit;
    bool dryRun = false;
    std::string slurmPartition;
    int slurmGpus = 0;
    int slurmCpus = 0;
    std::string slurmTime;
    std::vector<std::string> slurmArgs;
    std::string slurmProgram;
    std::string sweep;
    std::string plan;
    long long task = -1;
    std::string collect;
    std::string status;
    bool json = false;
    bool importRuns = false;
    std::string records;
    std::string planFile;
};

void defineOptions(CLI::App &app, Options &o);

// The configuration: the preset (or the checkpoint's), then each flag the
// person actually gave, so `--preset X --lr 0.01` changes only the rate.
// `overridden` gets the run.json config keys of the flags given (labPlan's names).
core::Expected<core::TrainingConfig> buildConfig(
    const CLI::App &app, const Options &o, std::vector<std::string> *overridden = nullptr);

// The flag that sets a run.json config key ("learning_rate" -> "--lr"); empty
// for a key no flag sets.
std::string flagForKey(const std::string &key);
// A configuration error as one line that names the flag when one sets the
// field: "--weight-decay must be in [0, 1], got 2.000000 (weight_decay)".
std::string describeConfigError(const core::Error &error);

} // namespace cnnlab::cli
