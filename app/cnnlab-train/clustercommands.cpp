#include "clustercommands.h"

#include "cliexit.h"

#include "cnnlab/core/command.h"
#include "cnnlab/core/comparison.h"
#include "cnnlab/core/lessons.h"
#include "cnnlab/core/runrecord.h"
#include "cnnlab/core/runstore.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include <chrono>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <map>
#include <sstream>

#include <unistd.h>

namespace cnnlab::cli {

namespace {

namespace fs = std::filesystem;
using core::Error;

constexpr const char *jobFileName = "slurm-jobs.txt";

Error makeExecutable(const std::string &path, const std::string &contents)
{
    if (Error error = core::writeFileAtomically(path, contents))
        return error;
    std::error_code ignored;
    fs::permissions(path, fs::perms::owner_exec | fs::perms::group_exec | fs::perms::others_exec,
        fs::perm_options::add, ignored);
    return {};
}

// The job id sbatch --parsable prints ("123" or "123;cluster").
std::string jobIdOf(const std::string &out)
{
    std::string id = out.substr(0, out.find_first_of(";\n"));
    while (!id.empty() && (id.back() == ' ' || id.back() == '\r'))
        id.pop_back();
    return id;
}

// sbatch, worded for a person when it is missing or says no.
core::Expected<std::string> sbatch(const std::vector<std::string> &arguments)
{
    std::vector<std::string> argv {"sbatch"};
    argv.insert(argv.end(), arguments.begin(), arguments.end());
    const core::Expected<core::CommandResult> result = core::runCommand(argv, 120);
    if (!result)
        return Error {core::ErrorCode::FileNotFound, "sbatch",
            "Slurm's sbatch is not on PATH: run this on the cluster's login node (or load its module), or "
            "write the files with --dry-run and submit DIR/job.sbatch yourself"};
    if (result->exitCode != 0) {
        std::string said = result->err.empty() ? result->out : result->err;
        while (!said.empty() && said.back() == '\n')
            said.pop_back();
        return Error {core::ErrorCode::InvalidConfig, "sbatch", "Slurm refused the job: " + said};
    }
    return jobIdOf(result->out);
}

std::string readText(const fs::path &path)
{
    std::ifstream in(path);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

// Array index -> Slurm state ("PENDING", "RUNNING") of the tasks squeue still lists.
std::map<long long, std::string> queuedTasks(const std::string &jobId, bool &available)
{
    std::map<long long, std::string> states;
    const auto result = core::runCommand({"squeue", "-h", "-r", "-j", jobId, "-o", "%K %T"}, 30);
    available = result && result->exitCode == 0;
    if (!available)
        return states;
    std::istringstream lines(result->out);
    for (std::string index, state; lines >> index >> state;) {
        char *end = nullptr;
        const long long k = std::strtoll(index.c_str(), &end, 10);
        if (end != index.c_str())
            states[k] = state;
    }
    return states;
}

std::string arrayJobId(const std::string &planDir)
{
    std::istringstream in(readText(fs::path(planDir) / jobFileName));
    for (std::string key, id; in >> key >> id;)
        if (key == "array")
            return id;
    return {};
}

} // namespace

int submitToSlurm(const core::ClusterPlan &plan, const SubmitOptions &options)
{
    const fs::path dir = fs::absolute(options.outDir);
    std::error_code created;
    fs::create_directories(dir / "logs", created);
    if (created) {
        printError("cannot create " + (dir / "logs").string() + ": " + created.message());
        return exitFailure;
    }
    const std::string planPath = (dir / "plan.json").string();
    const std::string jobPath = (dir / "job.sbatch").string();
    const std::string collectPath = (dir / "collect.sbatch").string();
    for (const Error &error : {core::writePlan(plan, planPath),
             makeExecutable(jobPath, core::slurmArrayScript(options.slurm, dir.string(), plan.runs.size())),
             makeExecutable(collectPath, core::slurmCollectScript(options.slurm, dir.string()))}) {
        if (error) {
            printError(core::describe(error));
            return exitFailure;
        }
    }
    if (!options.quiet)
        std::cerr << "plan: " << planPath << " (" << plan.runs.size() << " tasks)\njob: " << jobPath << '\n';
    if (options.dryRun) {
        std::cout << jobPath << '\n';
        return exitCompleted;
    }
    const core::Expected<std::string> array = sbatch({"--parsable", jobPath});
    if (!array) {
        printError(core::describe(array.error()));
        return exitFailure;
    }
    const core::Expected<std::string> collect
        = sbatch({"--parsable", "--dependency=afterany:" + *array, collectPath});
    std::string jobs = "array " + *array + "\n";
    if (collect)
        jobs += "collect " + *collect + "\n";
    else
        printError("the collection job was not submitted (" + core::describe(collect.error())
            + "); run cnnlab-train --collect " + dir.string() + " when the array is done");
    if (const Error error = core::writeFileAtomically((dir / jobFileName).string(), jobs))
        printError(core::describe(error));
    if (!options.quiet)
        std::cerr << "submitted array job " << *array << " (" << plan.runs.size() << " tasks)"
                  << (collect ? ", collection job " + *collect : std::string())
                  << "; watch it with cnnlab-train --status " << dir.string() << '\n';
    std::cout << *array << '\n';
    return exitCompleted;
}

int runPlanTask(const std::string &planPath, long long task, const TrainFunction &train)
{
    const core::Expected<core::ClusterPlan> plan = core::readPlan(planPath);
    if (!plan) {
        printError(core::describe(plan.error()));
        return exitFailure;
    }
    if (task < 0 || task >= static_cast<long long>(plan->runs.size()))
        return usageError("--task " + std::to_string(task) + ": the plan has tasks 0 to "
            + std::to_string(static_cast<long long>(plan->runs.size()) - 1));
    const core::PlannedRun &run = plan->runs[std::size_t(task)];
    const fs::path folder = fs::path(planPath).parent_path() / run.name;
    // Idempotent: a requeued or resubmitted array redoes only what is missing.
    const auto done = core::readRunRecord((folder / "run.json").string());
    if (done && done->result.status != core::RunStatus::Failed) {
        std::cerr << "task " << task << " (" << run.name << "): already "
                  << core::runStatusName(done->result.status) << ", skipped\n";
        return exitCompleted;
    }
    std::error_code created;
    fs::create_directories(folder, created);
    char host[256] = {};
    ::gethostname(host, sizeof host - 1);
    const char *job = std::getenv("SLURM_JOB_ID");
    const std::string marker = std::string("host ") + host + "\njob " + (job ? job : "-") + "\nstarted "
        + std::to_string(std::time(nullptr)) + "\n";
    if (const Error error = core::writeFileAtomically((folder / core::taskStartedMarker).string(), marker)) {
        printError(core::describe(error));
        return exitFailure;
    }
    return train(run, folder.string());
}

namespace {

int importIntoStore(const std::vector<core::TaskStatus> &tasks)
{
    const core::RunStore store;
    const std::vector<core::RunStore::Entry> existing = store.list();
    int imported = 0;
    for (const core::TaskStatus &task : tasks) {
        if (!task.record || task.state == core::TaskState::Failed)
            continue;
        const bool known
            = std::any_of(existing.begin(), existing.end(), [&](const core::RunStore::Entry &entry) {
                  return entry.record && entry.record->name == task.record->name
                      && entry.record->createdAt == task.record->createdAt;
              });
        if (known)
            continue;
        core::RunRecord record = *task.record;
        record.checkpoint.clear(); // the model stays in the plan's folder
        if (store.save(record))
            ++imported;
    }
    return imported;
}

} // namespace

int collectPlan(const std::string &planDir, bool quiet, bool importRuns)
{
    const core::Expected<core::ClusterPlan> plan = core::readPlan((fs::path(planDir) / "plan.json").string());
    if (!plan) {
        printError(core::describe(plan.error()));
        return exitFailure;
    }
    const std::vector<core::TaskStatus> tasks = core::planStatus(*plan, planDir);
    std::vector<core::RunSummary> summaries;
    std::string table = "\n## Tasks\n\n| task | run | state | reason |\n|---|---|---|---|\n";
    std::map<std::string, int> counts;
    for (const core::TaskStatus &task : tasks) {
        if (task.record && task.state != core::TaskState::Failed)
            summaries.push_back(core::summarize(*task.record));
        table += "| " + std::to_string(task.index) + " | " + task.name + " | "
            + core::taskStateName(task.state) + " | " + task.reason + " |\n";
        ++counts[core::taskStateName(task.state)];
    }
    const std::vector<core::GroupSummary> groups = core::groupRuns(summaries);
    const std::vector<core::ClaimResult> claims = plan->isLab ? core::judgeLabClaims(groups)
        : core::isLesson(plan->name)                          ? core::judgeLessonClaims(plan->name, groups)
                                                              : std::vector<core::ClaimResult> {};
    const fs::path dir(planDir);
    for (const Error &error :
        {core::writeFileAtomically((dir / "comparison.csv").string(), core::comparisonCsv(groups)),
            core::writeFileAtomically(
                (dir / "comparison.md").string(), core::comparisonMarkdown(groups, claims) + table)}) {
        if (error) {
            printError(core::describe(error));
            return exitFailure;
        }
    }
    if (importRuns) {
        const int imported = importIntoStore(tasks);
        if (!quiet)
            std::cerr << imported << " runs added to the run store " << core::RunStore().root() << '\n';
    }
    std::string summary;
    for (const auto &[state, count] : counts)
        summary += (summary.empty() ? "" : ", ") + std::to_string(count) + " " + state;
    if (!quiet)
        std::cerr << tasks.size() << " tasks: " << summary
                  << "\ncomparison: " << (dir / "comparison.md").string() << '\n';
    for (const core::TaskStatus &task : tasks)
        if (task.state == core::TaskState::Failed || task.state == core::TaskState::Missing
            || task.state == core::TaskState::Started)
            std::cout << core::taskStateName(task.state) << '\t' << task.name
                      << (task.reason.empty() ? "" : "\t" + task.reason) << '\n';
    return exitCompleted;
}

core::Expected<core::ClusterPlan> readPlanArgument(const std::string &fileOrDash)
{
    if (fileOrDash != "-")
        return core::readPlan(fileOrDash);
    const std::string text(std::istreambuf_iterator<char>(std::cin), {});
    return core::planFromJson(text);
}

int showPlanStatus(const std::string &planDir, bool json, const std::string &records)
{
    const core::Expected<core::ClusterPlan> plan = core::readPlan((fs::path(planDir) / "plan.json").string());
    if (!plan) {
        printError(core::describe(plan.error()));
        return exitFailure;
    }
    const std::string jobId = arrayJobId(planDir);
    bool squeue = false;
    const std::map<long long, std::string> queued
        = jobId.empty() ? std::map<long long, std::string> {} : queuedTasks(jobId, squeue);
    if (json) {
        nlohmann::json out = nlohmann::json::object();
        out["job"] = jobId;
        out["squeue"] = squeue;
        nlohmann::json list = nlohmann::json::array();
        for (const core::TaskStatus &task : core::planStatus(*plan, planDir)) {
            const auto slurm = queued.find(static_cast<long long>(task.index));
            list.push_back({{"index", task.index}, {"name", task.name},
                {"state", core::taskStateName(task.state)},
                {"slurm", slurm != queued.end() ? slurm->second : std::string()}, {"reason", task.reason}});
        }
        out["tasks"] = std::move(list);
        nlohmann::json included = nlohmann::json::object();
        std::istringstream names(records);
        for (std::string name; std::getline(names, name, ',');)
            for (const core::TaskStatus &task : core::planStatus(*plan, planDir))
                if (task.name == name && task.record)
                    included[name] = nlohmann::json::parse(core::toJson(*task.record, -1));
        out["records"] = std::move(included);
        std::cout << out.dump() << '\n';
        return exitCompleted;
    }
    if (!jobId.empty() && !squeue)
        std::cerr << "squeue did not answer; states below are from the run folders only\n";
    std::cout << "array job " << (jobId.empty() ? std::string("(not submitted)") : jobId) << '\n';
    for (const core::TaskStatus &task : core::planStatus(*plan, planDir)) {
        const auto slurm = queued.find(static_cast<long long>(task.index));
        std::string state = slurm != queued.end() ? slurm->second : core::taskStateName(task.state);
        std::cout << task.index << '\t' << task.name << '\t' << state
                  << (task.reason.empty() ? "" : "\t" + task.reason) << '\n';
    }
    return exitCompleted;
}

core::SweepSpec parseSweepSpec(const std::string &textOrFile, std::string &error)
{
    std::string text = textOrFile;
    std::error_code ignored;
    if (textOrFile.find('=') == std::string::npos && fs::is_regular_file(textOrFile, ignored))
        text = readText(textOrFile);
    for (char &c : text)
        if (c == ';' || c == '\n')
            c = ' ';
    core::SweepSpec spec;
    std::istringstream axes(text);
    for (std::string axis; axes >> axis;) {
        const auto eq = axis.find('=');
        if (eq == std::string::npos) {
            error = "expected axis=values, found \"" + axis + "\"";
            return spec;
        }
        const std::string key = axis.substr(0, eq);
        std::istringstream values(axis.substr(eq + 1));
        for (std::string value; std::getline(values, value, ',');) {
            char *end = nullptr;
            if (key == "lr") {
                spec.learningRates.push_back(std::strtod(value.c_str(), &end));
            } else if (key == "batch") {
                spec.batchSizes.push_back(int(std::strtol(value.c_str(), &end, 10)));
            } else if (key == "epochs") {
                spec.epochs.push_back(int(std::strtol(value.c_str(), &end, 10)));
            } else if (key == "dropout" && (value == "on" || value == "off")) {
                spec.dropout.push_back(value == "on");
                continue;
            } else {
                error = "unknown sweep axis or value \"" + key + "=" + value
                    + "\" (axes: lr, batch, dropout, epochs)";
                return spec;
            }
            if (end == value.c_str() || *end != '\0') {
                error = "not a number: \"" + value + "\" in " + key;
                return spec;
            }
        }
    }
    if (spec.learningRates.empty() && spec.batchSizes.empty() && spec.dropout.empty() && spec.epochs.empty())
        error = "an empty sweep";
    return spec;
}

} // namespace cnnlab::cli
