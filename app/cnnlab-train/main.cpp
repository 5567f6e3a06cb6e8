// cnnlab-train: trains the lab's CNN without the GUI (a GPU server, a script,
// CI) and leaves the same run record the workbench does.
#include "cliexit.h"
#include "clioptions.h"
#include "clustercommands.h"
#include "progressprinter.h"
#include "remotecommands.h"
#include "signalwatcher.h"

#include "cnnlab/core/comparison.h"
#include "cnnlab/core/dataset.h"
#include "cnnlab/core/devices.h"
#include "cnnlab/core/lessons.h"
#include "cnnlab/core/remotetrainer.h"
#include "cnnlab/core/runfiles.h"
#include "cnnlab/core/runrecord.h"
#include "cnnlab/core/runstore.h"
#include "cnnlab/core/serveprotocol.h"
#include "cnnlab/core/textformat.h"
#include "cnnlab/core/trainingconfig.h"
#include "cnnlab/core/trainingengine.h"

#include <CLI/CLI.hpp>

#include <csignal>
#include <cstdint>
#include <ctime>
#include <filesystem>
#include <iostream>
#include <stop_token>
#include <string>
#include <vector>

#include <unistd.h>

#ifndef CNNLAB_VERSION
#define CNNLAB_VERSION "0.1.0" // app/CMakeLists.txt may pass ${PROJECT_VERSION}
#endif

namespace cnnlab::cli {

namespace {

namespace fs = std::filesystem;
using core::Error;
using core::ErrorCode;

// runs/<local time>-seed-lab (or -<lesson>), made unique if two plans start in the same second.
fs::path defaultPlanDir(const std::string &preset)
{
    const std::string base = core::localTimeStamp() + "-" + preset;
    fs::path dir = fs::path("runs") / base;
    std::error_code ignored;
    for (int i = 2; fs::exists(dir, ignored); ++i)
        dir = fs::path("runs") / (base + "-" + std::to_string(i));
    return dir;
}

Error createDirectory(const fs::path &dir)
{
    std::error_code created;
    fs::create_directories(dir, created);
    if (created || !fs::is_directory(dir))
        return Error {ErrorCode::WriteFailed, dir.string(),
            "cannot create the output directory" + (created ? ": " + created.message() : std::string())};
    return {};
}

int printVersion()
{
    std::cout << program << ' ' << CNNLAB_VERSION << '\n';
    for (const auto &[library, version] : core::libraryVersions())
        std::cout << "  " << library << ' ' << version << '\n';
    return exitCompleted;
}

int listDevices()
{
    for (const core::DeviceInfo &device : core::availableDevices())
        std::cout << device.id << '\t' << device.name << '\n';
    return exitCompleted;
}

// One run: trains, then writes checkpoint.pt, metrics.csv and run.json into
// `outDir` (which exists). Returns the exit code; `record` gets the record.
int trainOne(const core::TrainingConfig &config, const std::string &name, const std::string &group,
    const fs::path &outDir, const Options &options, core::RunRecord &record)
{
    const bool interactive = ::isatty(STDERR_FILENO) == 1;
    ProgressPrinter printer(stderr,
        options.quiet     ? ProgressPrinter::Style::Quiet
            : interactive ? ProgressPrinter::Style::Interactive
                          : ProgressPrinter::Style::Plain);
    core::RunRecorder recorder(&printer);
    recorder.record().name = name;
    recorder.record().group = group;
    recorder.record().config = config; // kept if the run fails before it starts

    core::TrainingEngine engine;
    core::RemoteTrainer remote(remoteTarget(options.remote, options.remoteCommand));
    const bool isRemote = !options.remote.empty();
    core::Trainer &trainer = isRemote ? static_cast<core::Trainer &>(remote) : engine;
    std::stop_source stopRun;
    core::RunResult result;
    {
        SignalWatcher watcher(stopRun);
        result = trainer.run(config, &recorder, stopRun.get_token());
    }
    printer.finishLine();
    if (isRemote) {
        // The remote's library versions are the ones that trained.
        if (const auto remoteRecord = remote.remoteRecord())
            recorder.record().versions = remoteRecord->versions;
        if (!options.quiet)
            printStreamStats(remote);
    }

    int exitCode = exitFailure;
    switch (result.status) {
    case core::RunStatus::Completed: exitCode = exitCompleted; break;
    case core::RunStatus::Stopped: exitCode = exitStopped; break;
    case core::RunStatus::Diverged: exitCode = exitDiverged; break;
    case core::RunStatus::Failed:
        printError(errorText(result.error));
        exitCode = exitCodeFor(result.error.code);
        if (exitCode == exitCompleted)
            exitCode = exitFailure;
        break;
    }

    // core's one save policy, as the GUI saves: the checkpoint first and run.json
    // last, so a run.json means the outputs are complete.
    const bool keepModel
        = result.status == core::RunStatus::Completed || result.status == core::RunStatus::Stopped;
    const Error csvError = core::writeMetricsCsv(recorder.record(), (outDir / "metrics.csv").string());
    const core::RunFilesErrors saved
        = core::saveRunFiles(trainer, !options.noCheckpoint && keepModel, recorder.record(), outDir.string());
    if (saved.checkpoint)
        printError("could not save the checkpoint: " + core::describe(saved.checkpoint));
    for (const Error &error : {csvError, saved.record})
        if (error)
            printError(core::describe(error));
    if ((saved.checkpoint || csvError || saved.record) && exitCode == exitCompleted)
        exitCode = exitFailure;
    record = recorder.record();
    return exitCode;
}

// The verdicts as an aligned plain-text table, for a terminal.
std::string verdictTable(const std::vector<core::ClaimResult> &claims)
{
    std::size_t claimWidth = 5, verdictWidth = 7;
    for (const core::ClaimResult &claim : claims) {
        claimWidth = std::max(claimWidth, core::claimId(claim).size());
        verdictWidth = std::max(verdictWidth, core::claimVerdictText(claim).size());
    }
    const auto row = [&](const std::string &claim, const std::string &verdict, const std::string &detail) {
        return claim + std::string(claimWidth - claim.size() + 2, ' ') + verdict
            + std::string(verdictWidth - verdict.size() + 2, ' ') + detail + '\n';
    };
    std::string out = row("claim", "verdict", "measured");
    for (const core::ClaimResult &claim : claims)
        out += row(core::claimId(claim), core::claimVerdictText(claim), claim.detail);
    return out;
}

// --preset seed-lab or a lesson: its configurations x seeds, one after another,
// then the comparison and the verdicts.
int runPlan(const CLI::App &app, const Options &options)
{
    std::vector<std::string> overridden;
    auto built = buildConfig(app, options, &overridden);
    if (!built) {
        printError(errorText(built.error()));
        return exitCodeFor(built.error().code);
    }
    const bool lesson = core::isLesson(options.preset);
    const std::vector<core::PlannedRun> plan = lesson
        ? core::lessonPlan(options.preset, options.seeds, *built, overridden)
        : core::labPlan(options.seeds, *built, overridden);
    for (const core::PlannedRun &run : plan)
        if (const Error error = core::validate(run.config))
            return usageError(run.name + ": " + describeConfigError(error));

    const fs::path planDir = options.out.empty() ? defaultPlanDir(options.preset) : fs::path(options.out);
    if (const Error error = createDirectory(planDir)) {
        printError(core::describe(error));
        return exitFailure;
    }

    int exitCode = exitCompleted;
    std::vector<core::RunSummary> summaries;
    for (std::size_t i = 0; i < plan.size(); ++i) {
        const core::PlannedRun &run = plan[i];
        if (!options.quiet)
            std::cerr << "[" << i + 1 << "/" << plan.size() << "] " << run.name << '\n';
        const fs::path runDir = planDir / run.name;
        if (const Error error = createDirectory(runDir)) {
            printError(core::describe(error));
            exitCode = exitFailure;
            break;
        }
        core::RunRecord record;
        const int code = trainOne(run.config, run.name, run.group, runDir, options, record);
        summaries.push_back(core::summarize(record));
        // Divergence is the lr 0.01 run's expected end (the claim under test), and
        // the learning-rate lesson's lr 0.1 runs'.
        const bool expected = code == exitDiverged
            && (run.group == core::labGroupLr001 || run.group == core::lrGroup1e1
                || run.group == core::lrGroup1e1Cosine);
        if (code != exitCompleted && !expected && exitCode == exitCompleted)
            exitCode = code;
        if (code != exitCompleted && code != exitDiverged)
            break; // failed or stopped: the rest would fail alike, or the person wants out
    }

    const std::vector<core::GroupSummary> groups = core::groupRuns(summaries);
    const std::vector<core::ClaimResult> claims
        = lesson ? core::judgeLessonClaims(options.preset, groups) : core::judgeLabClaims(groups);
    for (const Error &error :
        {core::writeFileAtomically((planDir / "comparison.csv").string(), core::comparisonCsv(groups)),
            core::writeFileAtomically(
                (planDir / "comparison.md").string(), core::comparisonMarkdown(groups, claims))}) {
        if (error) {
            printError(core::describe(error));
            if (exitCode == exitCompleted)
                exitCode = exitFailure;
        }
    }
    if (!options.quiet)
        std::cerr << "comparison: " << (planDir / "comparison.md").string() << '\n';
    std::cout << verdictTable(claims) << std::flush;
    return exitCode;
}

// --submit slurm: the lab plan, a sweep or the one configuration, as a job array.
int submit(const CLI::App &app, const Options &options)
{
    if (options.out.empty())
        return usageError("--submit needs --out DIR: a folder the compute nodes share with this machine");
    if (!options.slurmTime.empty() && !core::isSlurmTime(options.slurmTime))
        return usageError(
            "--slurm-time: expected HH:MM:SS (or D-HH:MM:SS), got \"" + options.slurmTime + "\"");
    std::vector<std::string> overridden;
    auto built = buildConfig(app, options, &overridden);
    if (!built) {
        printError(errorText(built.error()));
        return exitCodeFor(built.error().code);
    }
    core::ClusterPlan plan;
    if (!options.planFile.empty()) {
        auto read = readPlanArgument(options.planFile);
        if (!read) {
            printError(core::describe(read.error()));
            return exitFailure;
        }
        plan = std::move(read).value();
    } else if (options.preset == labPlanPreset) {
        plan.name = labPlanPreset;
        plan.isLab = true;
        plan.runs = core::labPlan(options.seeds, *built, overridden);
    } else if (core::isLesson(options.preset)) {
        plan.name = options.preset; // --collect judges the lesson's claims by this name
        plan.runs = core::lessonPlan(options.preset, options.seeds, *built, overridden);
    } else if (!options.sweep.empty()) {
        std::string error;
        const core::SweepSpec spec = parseSweepSpec(options.sweep, error);
        if (!error.empty())
            return usageError("--sweep: " + error);
        plan.name = "sweep";
        plan.runs = core::sweepPlan(*built, spec);
    } else {
        plan.name = options.name.empty() ? core::configName(*built) : options.name;
        plan.runs.push_back({plan.name, options.preset, *built});
    }
    for (const core::PlannedRun &run : plan.runs)
        if (const Error error = core::validate(run.config))
            return usageError(run.name + ": " + describeConfigError(error));
    SubmitOptions submitOptions;
    submitOptions.outDir = options.out;
    submitOptions.dryRun = options.dryRun;
    submitOptions.quiet = options.quiet;
    submitOptions.slurm.partition = options.slurmPartition;
    submitOptions.slurm.gpusPerTask = options.slurmGpus;
    submitOptions.slurm.cpusPerTask = options.slurmCpus;
    submitOptions.slurm.timeLimit = options.slurmTime;
    submitOptions.slurm.extraArgs = options.slurmArgs;
    std::error_code ignored;
    submitOptions.slurm.program = options.slurmProgram.empty()
        ? fs::read_symlink("/proc/self/exe", ignored).string()
        : options.slurmProgram;
    return submitToSlurm(plan, submitOptions);
}

int run(int argc, char **argv)
{
    CLI::App app {"Trains the lab's Keras-MNIST CNN without the GUI and writes a run record "
                  "(run.json, metrics.csv, checkpoint.pt).",
        program};
    Options options;
    defineOptions(app, options);
    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp &) {
        std::cout << app.help();
        return exitCompleted;
    } catch (const CLI::CallForAllHelp &) {
        std::cout << app.help("", CLI::AppFormatMode::All);
        return exitCompleted;
    } catch (const CLI::ParseError &error) {
        return usageError(error.what());
    }
    if (options.version)
        return printVersion();
    if (options.listDevices)
        return listDevices();

    if (options.serve)
        return serve(options.serveIdleTimeout);
    installSignalHandlers(exitStopped);
    if (options.copyDataset)
        if (const int code = copyDataset(remoteTarget(options.remote, options.remoteCommand), options.quiet);
            code != exitCompleted)
            return code;
    if (!options.plan.empty()) {
        if (options.task < 0)
            return usageError("--plan needs --task K");
        return runPlanTask(
            options.plan, options.task, [&](const core::PlannedRun &run, const std::string &folder) {
                core::RunRecord record;
                return trainOne(run.config, run.name, run.group, folder, options, record);
            });
    }
    if (!options.collect.empty())
        return collectPlan(options.collect, options.quiet, options.importRuns);
    if (!options.status.empty())
        return showPlanStatus(options.status, options.json, options.records);
    if (!options.submit.empty())
        return submit(app, options);
    if (options.preset == labPlanPreset || core::isLesson(options.preset))
        return runPlan(app, options);
    if (app.count("--seeds") > 0)
        return usageError("--seeds needs --preset seed-lab or a lesson (--preset lesson-...)");

    auto built = buildConfig(app, options);
    if (!built) {
        printError(errorText(built.error()));
        return options.resume.empty() ? exitCodeFor(built.error().code) : exitFailure;
    }
    core::TrainingConfig config = std::move(built).value();
    if (const Error error = core::validate(config))
        return usageError(describeConfigError(error));

    std::string name = options.name;
    if (name.empty() && !options.preset.empty())
        name = options.preset;
    fs::path outDir;
    if (options.out.empty()) {
        // Into the run store, where the workbench's runs panel lists it.
        const core::RunStore store;
        auto id = store.createRunDirectory(name.empty() ? std::string("run") : name);
        if (!id) {
            printError(core::describe(id.error()));
            return exitFailure;
        }
        outDir = fs::path(store.root()) / *id;
    } else {
        outDir = options.out;
        if (const Error error = createDirectory(outDir)) {
            printError(core::describe(error));
            return exitFailure;
        }
    }
    if (name.empty())
        name = outDir.filename().string();

    core::RunRecord record;
    const int exitCode = trainOne(config, name, options.preset, outDir, options, record);
    const std::string recordPath = (outDir / "run.json").string();
    if (fs::exists(recordPath))
        std::cout << recordPath << std::endl;
    return exitCode;
}

} // namespace

} // namespace cnnlab::cli

int main(int argc, char **argv)
{
    // Nothing may escape as an exception trace: a surprise is exit code 1 with one line.
    try {
        return cnnlab::cli::run(argc, argv);
    } catch (const std::exception &error) {
        std::cerr << "cnnlab-train: internal error: " << error.what() << '\n';
    } catch (...) {
        std::cerr << "cnnlab-train: internal error\n";
    }
    return 1;
}
