#pragma once

// cnnlab-train's cluster side: --submit slurm writes a plan and a job array
// and hands them to sbatch; --plan/--task runs one task; --collect compares
// what came back; --status shows where the array stands (clusterplan.h).

#include "cnnlab/core/clusterplan.h"

#include <functional>
#include <string>

namespace cnnlab::cli {

// Trains `run` into `folder` (which exists) and writes its outputs there;
// returns the exit code, as trainOne does.
using TrainFunction = std::function<int(const core::PlannedRun &run, const std::string &folder)>;

struct SubmitOptions {
    std::string outDir;
    bool dryRun = false;
    bool quiet = false;
    core::SlurmOptions slurm;
};

int submitToSlurm(const core::ClusterPlan &plan, const SubmitOptions &options);
int runPlanTask(const std::string &planPath, long long task, const TrainFunction &train);
// `importRuns`: also save the finished runs into this user's run store
// (skipping those already there: same name and start time).
int collectPlan(const std::string &planDir, bool quiet, bool importRuns = false);
// `records` (with `json`): comma-separated task names whose run records to include.
int showPlanStatus(const std::string &planDir, bool json, const std::string &records = {});
// A plan.json by name, or from stdin for "-".
core::Expected<core::ClusterPlan> readPlanArgument(const std::string &fileOrDash);

// "lr=0.001,0.01 batch=32,1000 dropout=on,off epochs=1,2" (either ' ' or ';'
// between axes), or the name of a file holding that. Empty `error`: parsed.
core::SweepSpec parseSweepSpec(const std::string &textOrFile, std::string &error);

} // namespace cnnlab::cli
