#pragma once

// A plan of runs handed to a scheduler: DIR/plan.json lists every run's full
// config and folder; each scheduler task runs one of them
// (`cnnlab-train --plan DIR/plan.json --task K`) into DIR/<name>/, and
// `cnnlab-train --collect DIR` compares what came back. Slurm gets a job array
// (DIR/job.sbatch) and a dependent collection job (DIR/collect.sbatch); any
// other scheduler, or a plain loop, can run the same tasks.

#include "cnnlab/core/expected.h"
#include "cnnlab/core/experimentplan.h"
#include "cnnlab/core/runrecord.h"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace cnnlab::core {

struct ClusterPlan {
    static constexpr int currentVersion = 1;
    std::string name; // "seed-lab", "sweep"
    bool isLab = false; // the lab's four groups: the comparison judges its claims
    std::vector<PlannedRun> runs; // task K is runs[K]; its folder is runs[K].name
};

std::string planToJson(const ClusterPlan &plan);
Expected<ClusterPlan> planFromJson(const std::string &text);
Error writePlan(const ClusterPlan &plan, const std::string &path); // atomically
Expected<ClusterPlan> readPlan(const std::string &path);

struct SlurmOptions {
    std::string program; // cnnlab-train as the compute nodes reach it (absolute path)
    std::string partition; // empty: the cluster's default
    int gpusPerTask = 0;
    int cpusPerTask = 0; // 0: Slurm's default
    std::string timeLimit; // "HH:MM:SS"; empty: the partition's default
    std::vector<std::string> extraArgs; // more #SBATCH lines ("--account=lab", "--qos=short")
};

// "HH:MM:SS", "MM:SS", "D-HH:MM:SS" (what Slurm's --time takes, the common forms).
bool isSlurmTime(const std::string &text);

// The array job (0..tasks-1, one run each; logs in DIR/logs/task-<K>.out) and
// the collection job that runs after it, whatever became of its tasks.
std::string slurmArrayScript(const SlurmOptions &options, const std::string &planDir, std::size_t tasks);
std::string slurmCollectScript(const SlurmOptions &options, const std::string &planDir);

enum class TaskState { Completed, Stopped, Diverged, Failed, Started, Missing };
const char *taskStateName(TaskState state); // "completed" ... "started", "missing"

struct TaskStatus {
    std::size_t index = 0;
    std::string name;
    TaskState state = TaskState::Missing;
    std::string reason; // why it failed ("time limit", "out of memory", the run's error), if known
    std::optional<RunRecord> record;
};

// A task's record, else the marker its start left, else nothing; a task that
// started and left no record is explained from its Slurm log when it says why.
std::vector<TaskStatus> planStatus(const ClusterPlan &plan, const std::string &planDir);

// The marker a task writes into its folder before training (so a task that
// died is told apart from one that never ran).
inline constexpr const char *taskStartedMarker = "task-started";

} // namespace cnnlab::core
