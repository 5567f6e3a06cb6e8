#include "cnnlab/core/clusterplan.h"

#include "recordjson.h"
#include "shellquote.h"

#include <filesystem>
#include <fstream>
#include <iterator>
#include <regex>
#include <sstream>

namespace cnnlab::core {

namespace {

namespace fs = std::filesystem;
using recordjson::fail;
using recordjson::InJson;
using recordjson::Json;
using recordjson::Node;

constexpr std::uintmax_t maxPlanBytes = std::uintmax_t {64} << 20;

std::string sbatchHeader(const SlurmOptions &options)
{
    std::string out;
    if (!options.partition.empty())
        out += "#SBATCH --partition=" + options.partition + "\n";
    if (options.gpusPerTask > 0)
        out += "#SBATCH --gpus-per-task=" + std::to_string(options.gpusPerTask) + "\n";
    if (options.cpusPerTask > 0)
        out += "#SBATCH --cpus-per-task=" + std::to_string(options.cpusPerTask) + "\n";
    if (!options.timeLimit.empty())
        out += "#SBATCH --time=" + options.timeLimit + "\n";
    for (const std::string &arg : options.extraArgs)
        out += "#SBATCH " + arg + "\n";
    return out;
}

std::optional<std::string> readSmallFile(const fs::path &path, std::uintmax_t limit)
{
    std::error_code error;
    const auto size = fs::file_size(path, error);
    if (error || size > limit)
        return std::nullopt;
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return std::nullopt;
    return std::string(std::istreambuf_iterator<char>(in), {});
}

// What Slurm wrote when it ended a task itself.
std::string slurmReason(const fs::path &log)
{
    const std::optional<std::string> text = readSmallFile(log, std::uintmax_t {16} << 20);
    if (!text)
        return {};
    if (text->find("DUE TO TIME LIMIT") != std::string::npos)
        return "time limit";
    if (text->find("oom-kill") != std::string::npos || text->find("Out Of Memory") != std::string::npos
        || text->find("OUT_OF_MEMORY") != std::string::npos)
        return "out of memory";
    if (text->find("CANCELLED") != std::string::npos)
        return "cancelled";
    if (text->find("DUE TO NODE FAILURE") != std::string::npos)
        return "node failure";
    return {};
}

} // namespace

std::string planToJson(const ClusterPlan &plan)
{
    Json j = Json::object();
    j["version"] = ClusterPlan::currentVersion;
    j["name"] = plan.name;
    j["lab"] = plan.isLab;
    Json runs = Json::array();
    for (const PlannedRun &run : plan.runs) {
        Json r = Json::object();
        r["name"] = run.name;
        r["group"] = run.group;
        r["config"] = recordjson::configJson(run.config);
        runs.push_back(std::move(r));
    }
    j["runs"] = std::move(runs);
    return j.dump(2) + "\n";
}

Expected<ClusterPlan> planFromJson(const std::string &text)
{
    const auto unreadable = [](const std::string &detail) {
        return Error {ErrorCode::FileUnreadable, {}, detail};
    };
    try {
        const InJson document = InJson::parse(text);
        const Node root(document, {});
        ClusterPlan plan;
        const int version = root.integer<int>("version");
        if (version < 1 || version > ClusterPlan::currentVersion)
            fail("version", "unknown plan version " + std::to_string(version));
        plan.name = root.string("name", {});
        plan.isLab = root.has("lab") && root.boolean("lab");
        plan.runs = recordjson::readList<PlannedRun>(root, "runs", false, [](const Node &n) {
            PlannedRun run;
            run.name = n.string("name");
            // The task's folder inside the plan's: never a path elsewhere.
            if (!isPlainFileName(run.name))
                fail(recordjson::at(n.path(), "name"), "expected a folder name, found \"" + run.name + "\"");
            run.group = n.string("group", {});
            run.config = recordjson::readConfig(n.object("config"));
            return run;
        });
        return plan;
    } catch (const recordjson::ParseFailure &failure) {
        return unreadable(failure.detail);
    } catch (const std::exception &e) {
        return unreadable(std::string("malformed plan: ") + e.what());
    }
}

Error writePlan(const ClusterPlan &plan, const std::string &path)
{
    return writeFileAtomically(path, planToJson(plan));
}

Expected<ClusterPlan> readPlan(const std::string &path)
{
    std::error_code error;
    if (!fs::exists(path, error))
        return Error {ErrorCode::FileNotFound, path, "no such plan"};
    const std::optional<std::string> text = readSmallFile(path, maxPlanBytes);
    if (!text)
        return Error {ErrorCode::FileUnreadable, path, "cannot read (or larger than 64 MiB)"};
    Expected<ClusterPlan> plan = planFromJson(*text);
    if (!plan)
        return Error {plan.error().code, path, plan.error().detail};
    return plan;
}

bool isSlurmTime(const std::string &text)
{
    static const std::regex form(R"(^(\d+-)?(\d+:)?\d+:\d{2}$|^\d+$)");
    return std::regex_match(text, form);
}

std::string slurmArrayScript(const SlurmOptions &options, const std::string &planDir, std::size_t tasks)
{
    const std::string dir = fs::absolute(planDir).string();
    std::string out
        = "#!/bin/sh\n"
          "# cnnlab: one run of plan.json per array task (written by cnnlab-train --submit slurm).\n"
          "#SBATCH --job-name=cnnlab\n"
          "#SBATCH --array=0-"
        + std::to_string(tasks == 0 ? 0 : tasks - 1) + "\n#SBATCH --output=" + dir + "/logs/task-%a.out\n";
    out += sbatchHeader(options);
    out += "set -e\n";
    out += "exec " + shellQuoted(options.program) + " --plan " + shellQuoted(dir + "/plan.json")
        + " --task \"$SLURM_ARRAY_TASK_ID\"\n";
    return out;
}

std::string slurmCollectScript(const SlurmOptions &options, const std::string &planDir)
{
    const std::string dir = fs::absolute(planDir).string();
    std::string out = "#!/bin/sh\n"
                      "# cnnlab: compares the plan's runs once the array has ended (--dependency=afterany).\n"
                      "#SBATCH --job-name=cnnlab-collect\n"
                      "#SBATCH --output="
        + dir + "/logs/collect.out\n";
    if (!options.partition.empty())
        out += "#SBATCH --partition=" + options.partition + "\n";
    for (const std::string &arg : options.extraArgs)
        out += "#SBATCH " + arg + "\n";
    // --import: the runs also join the run history of the user who submitted.
    out += "exec " + shellQuoted(options.program) + " --collect " + shellQuoted(dir) + " --import\n";
    return out;
}

const char *taskStateName(TaskState state)
{
    switch (state) {
    case TaskState::Completed: return "completed";
    case TaskState::Stopped: return "stopped";
    case TaskState::Diverged: return "diverged";
    case TaskState::Failed: return "failed";
    case TaskState::Started: return "started";
    case TaskState::Missing: return "missing";
    }
    return "missing";
}

std::vector<TaskStatus> planStatus(const ClusterPlan &plan, const std::string &planDir)
{
    std::vector<TaskStatus> tasks;
    for (std::size_t i = 0; i < plan.runs.size(); ++i) {
        TaskStatus task;
        task.index = i;
        task.name = plan.runs[i].name;
        const fs::path folder = fs::path(planDir) / task.name;
        std::error_code error;
        Expected<RunRecord> record = readRunRecord((folder / "run.json").string());
        if (record) {
            switch (record->result.status) {
            case RunStatus::Completed: task.state = TaskState::Completed; break;
            case RunStatus::Stopped: task.state = TaskState::Stopped; break;
            case RunStatus::Diverged: task.state = TaskState::Diverged; break;
            case RunStatus::Failed:
                task.state = TaskState::Failed;
                task.reason = std::string(errorCodeName(record->result.error.code))
                    + (record->result.error.detail.empty() ? "" : ": " + record->result.error.detail);
                break;
            }
            task.record = std::move(record).value();
        } else if (fs::exists(folder / taskStartedMarker, error)) {
            task.state = TaskState::Started;
            task.reason = slurmReason(fs::path(planDir) / "logs" / ("task-" + std::to_string(i) + ".out"));
            if (!task.reason.empty())
                task.state = TaskState::Failed; // Slurm ended it
        } else if (fs::exists(folder / "run.json", error)) {
            task.state = TaskState::Failed;
            task.reason = "damaged run.json: " + record.error().detail;
        }
        tasks.push_back(std::move(task));
    }
    return tasks;
}

} // namespace cnnlab::core
