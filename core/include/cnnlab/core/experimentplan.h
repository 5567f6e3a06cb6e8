#pragma once

#include "cnnlab/core/trainingconfig.h"

#include <string>
#include <vector>

// Plans of runs: the lab's four runs over seeds, and sweeps over a grid. The
// run queue, cluster jobs, the CLI and the GUI's lab and sweep dialogs build
// on them; comparison.h judges what they produced.
namespace cnnlab::core {

// Group names the lab plan uses (labPlan below and the GUI's "Reproduce the lab").
inline constexpr const char *labGroupBaseline = "lab-baseline";
inline constexpr const char *labGroupDropout = "lab-dropout";
inline constexpr const char *labGroupBatch1000 = "lab-batch1000";
inline constexpr const char *labGroupLr001 = "lab-lr0.01";

// One run of a plan: its config, name and group.
struct PlannedRun {
    std::string name; // "lab-dropout-seed43": group and the seed it trains with
    std::string group; // labGroupDropout
    TrainingConfig config;
};
// The lab's four runs (baseline, dropout, batch 1000, lr 0.01; the presets
// seed-lab-*), each with `seeds` seeds (base.seed, base.seed + 1, ...; base.seed
// is the preset's 42 unless "seed" is overridden). Seed-major order: all four
// runs of the first seed, then of the second, ... so a queue cut short still
// covers every claim. Names "<group>-seed<1-based index>". Fields of
// `overrides` marked in `overridden` (run.json config keys: "epochs",
// "train_limit", "device", "threads", "data_dir", "dataset", "validation",
// "evaluations_per_epoch", "seed", ...; unknown names are ignored) replace the preset's.
std::vector<PlannedRun> labPlan(
    int seeds, const TrainingConfig &overrides = {}, const std::vector<std::string> &overridden = {});

// Copies the fields of `from` named in `names` (run.json config keys, as
// labPlan's `overridden`; unknown names are ignored) onto `to`.
void applyOverrides(TrainingConfig &to, const TrainingConfig &from, const std::vector<std::string> &names);

// A grid over learning rate x batch size x dropout x epochs; empty axes take
// `base`'s value. Names like "lr0.001-b32-dropout-e10"; group = the name.
struct SweepSpec {
    std::vector<double> learningRates;
    std::vector<int> batchSizes;
    std::vector<bool> dropout;
    std::vector<int> epochs;
};
std::vector<PlannedRun> sweepPlan(const TrainingConfig &base, const SweepSpec &spec);

// The plain-ASCII name a configuration goes by in sweeps and the run history:
// "lr0.001-b32-dropout-e10" (file-manager friendly).
std::string configName(const TrainingConfig &config);

} // namespace cnnlab::core
