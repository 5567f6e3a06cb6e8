// cnnlab-train: trains the lab's CNN without the GUI (a GPU server, a script,
// CI) and leaves the same run record the workbench does.
#include "cliexit.h"
#include "clustercommands.h"
#include "progressprinter.h"
#include "remotecommands.h"
#include "signalwatcher.h"

#include "cnnlab/core/comparison.h"
#include "cnnlab/core/dataset.h"
#include "cnnlab/core/remotetrainer.h"
#include "cnnlab/core/runrecord.h"
#include "cnnlab/core/runstore.h"
#include "cnnlab/core/serveprotocol.h"
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

constexpr const char *labPlanPreset = "seed-lab"; // not one configuration: labPlan's four

namespace fs = std::filesystem;
using core::Error;
using core::ErrorCode;

// ---------------------------------------------------------------- options

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

void defineOptions(CLI::App &app, Options &o)
{
    app.option_defaults()->always_capture_default();
    app.add_option("--dataset", o.dataset, "Dataset to train on")
        ->check(CLI::IsMember({"mnist", "fashion-mnist"}));
    app.add_option("--data-dir", o.dataDir,
           "Directory with the four IDX files (default: $CNNLAB_DATA_DIR, then "
           "<XDG data dirs>/cnnlab/datasets/<name>, then /usr/share/datasets/<name>)")
        ->type_name("DIR");
    app.add_option("--epochs", o.epochs, "Number of epochs (1..1000)")->type_name("N");
    app.add_option("--batch-size", o.batchSize, "Mini-batch size (1..60000)")->type_name("N");
    app.add_option("--lr", o.learningRate, "Learning rate, in (0, 10]")->type_name("X");
    app.add_option("--optimizer", o.optimizer, "Optimizer")->check(CLI::IsMember({"adam", "sgd"}));
    app.add_option("--momentum", o.momentum, "SGD momentum, in [0, 1)")->type_name("X");
    app.add_option("--dropout", o.dropout, "Dropout layers on or off")->check(CLI::IsMember({"on", "off"}));
    app.add_option("--conv-dropout", o.convDropout, "Dropout rate after the max-pool, in [0, 0.95]")
        ->type_name("X");
    app.add_option("--dense-dropout", o.denseDropout, "Dropout rate after Dense128, in [0, 0.95]")
        ->type_name("X");
    app.add_option("--seed", o.seed, "Random seed (weights, shuffling)")->type_name("N");
    app.add_option("--device", o.device, "auto, cpu, cuda or cuda:N (auto: the first GPU, else the CPU)")
        ->type_name("DEVICE");
    app.add_option("--threads", o.threads, "CPU threads (0: every core)")->type_name("N");
    app.add_option("--train-limit", o.trainLimit, "Train on the first N images only (0: all)")
        ->type_name("N");
    app.add_option("--validation", o.validation,
           "Validate on the test set or on a holdout cut from the end of the training set")
        ->check(CLI::IsMember({"test", "holdout"}));
    app.add_option("--holdout-size", o.holdoutSize, "Holdout size with --validation holdout (100..30000)")
        ->type_name("N");
    app.add_option("--evals-per-epoch", o.evaluationsPerEpoch,
           "Evaluations per epoch, the last on the full validation set (1..100)")
        ->type_name("N");
    app.add_option("--out", o.out,
           "Output directory for run.json, metrics.csv and checkpoint.pt (with --preset seed-lab: one "
           "folder per run inside it, and comparison.csv/.md)")
        ->type_name("DIR")
        ->default_str("the run store, $XDG_DATA_HOME/cnnlab/runs/<timestamp>-<name>; seed-lab: "
                      "runs/<timestamp>-seed-lab");
    app.add_option("--name", o.name, "Run name in run.json")
        ->type_name("NAME")
        ->default_str("preset or --out dir name");
    app.add_option("--preset", o.preset,
           "Start from one of the lab's configurations; flags given as well override it. seed-lab runs "
           "all four (baseline, dropout, batch1000, lr0.01) for --seeds seeds, one after another, and "
           "judges the lab's claims")
        ->type_name("NAME")
        ->check(CLI::IsMember(core::presetNames()));
    app.add_option("--seeds", o.seeds, "Seeds per configuration with --preset seed-lab (1..20)")
        ->type_name("N")
        ->check(CLI::Range(1, 20));
    app.add_option("--resume", o.resume,
           "Continue from a checkpoint.pt, with its configuration; flags given as well override it")
        ->type_name("CHECKPOINT")
        ->excludes("--preset");
    app.add_flag("--no-checkpoint", o.noCheckpoint, "Do not write checkpoint.pt");
    app.add_flag("--quiet", o.quiet, "No progress output; errors and the run.json path only");
    app.add_flag("--version", o.version, "Print the version and the library versions, then exit");
    app.add_flag("--list-devices", o.listDevices, "List the devices LibTorch can train on, then exit");
    app.add_option("--remote", o.remote,
           "Train on another machine through ssh (its cnnlab-train --serve); DEST is ssh's destination, so "
           "~/.ssh/config aliases, keys and ProxyJump apply. The run is saved here")
        ->type_name("DEST")
        ->excludes("--resume");
    app.add_option(
           "--remote-command", o.remoteCommand, "cnnlab-train on the remote machine, if not on its PATH")
        ->type_name("PATH")
        ->needs("--remote");
    app.add_flag("--copy-dataset", o.copyDataset,
           "With --remote: first copy this machine's verified MNIST there (checked by SHA-256 there)")
        ->needs("--remote");
    app.add_option("--submit", o.submit,
           "Hand the run, --preset seed-lab or --sweep to a scheduler instead of training here: writes "
           "--out DIR/plan.json and DIR/job.sbatch (a job array, one run per task) and submits it")
        ->check(CLI::IsMember({"slurm"}));
    app.add_flag("--dry-run", o.dryRun, "With --submit: write the files, do not submit")->needs("--submit");
    app.add_option("--slurm-partition", o.slurmPartition, "Slurm partition")
        ->type_name("P")
        ->needs("--submit");
    app.add_option("--slurm-gpus", o.slurmGpus, "GPUs per task")->type_name("N")->needs("--submit");
    app.add_option("--slurm-cpus", o.slurmCpus, "CPUs per task")->type_name("N")->needs("--submit");
    app.add_option("--slurm-time", o.slurmTime, "Time limit per task")
        ->type_name("HH:MM:SS")
        ->needs("--submit");
    app.add_option(
           "--slurm-arg", o.slurmArgs, "Another #SBATCH line, e.g. --slurm-arg=--account=lab (repeatable)")
        ->type_name("ARG")
        ->needs("--submit");
    app.add_option("--slurm-program", o.slurmProgram,
           "cnnlab-train as the compute nodes reach it (default: this program's absolute path)")
        ->type_name("PATH")
        ->needs("--submit");
    app.add_option("--sweep", o.sweep,
           "With --submit: a grid, \"lr=0.001,0.01 batch=32,1000 dropout=on,off epochs=1,2\" (or a file "
           "holding it)")
        ->type_name("SPEC")
        ->needs("--submit");
    app.add_option("--plan", o.plan, "Run one task of a plan (what each Slurm array task does); needs --task")
        ->type_name("PLAN.json");
    app.add_option("--task", o.task, "The task's index in --plan")->type_name("K")->needs("--plan");
    app.add_option("--collect", o.collect,
           "Compare a plan's runs: DIR/comparison.csv and .md, listing missing and failed tasks")
        ->type_name("DIR");
    app.add_option("--status", o.status, "Where a submitted plan stands (squeue and the run folders)")
        ->type_name("DIR");
    app.add_flag("--json", o.json, "With --status: one JSON object (for the window)")->needs("--status");
    app.add_flag("--import", o.importRuns,
           "With --collect: also list the plan's finished runs in this user's run store (the window's "
           "history); "
           "runs already there are not added twice")
        ->needs("--collect");
    app.add_option(
           "--records", o.records, "With --status --json: include these tasks' run records (comma-separated)")
        ->type_name("NAMES")
        ->needs("--json");
    app.add_option("--plan-file", o.planFile, "With --submit: submit this plan.json (- reads it from stdin)")
        ->type_name("FILE")
        ->needs("--submit");
    app.add_flag("--serve", o.serve,
        "Be the remote end of --remote: newline-delimited JSON on stdin/stdout (docs/remote-protocol.md)");
    app.add_option("--serve-idle-timeout", o.serveIdleTimeout,
           "With --serve: stop and exit after this many seconds without a message (the client pings every 5)")
        ->type_name("SECONDS")
        ->check(CLI::Range(1, 3600));
    app.footer(
        "Ctrl+C (or SIGTERM) stops after the current step and still writes the outputs; a second "
        "Ctrl+C quits at once.\n"
        "The ssh client for --remote is `ssh` in batch mode with keep-alives; override it (and add options) "
        "with CNNLAB_SSH, e.g. CNNLAB_SSH=\"ssh -F ~/lab/ssh_config\".\n"
        "Progress goes to stderr; the path of run.json is printed on stdout.\n\n"
        "Exit codes: 0 completed, 1 other failure (device, memory, checkpoint, writing outputs), "
        "2 bad usage or invalid configuration, 3 dataset missing or damaged, 4 diverged (the loss exploded "
        "or became NaN), 130 stopped by a signal.\n"
        "With --preset seed-lab: 0 when every run completed, else the first failing run's code; the plan "
        "stops at a failed or stopped run. A diverged lr0.01 run is an expected outcome (the claim being "
        "tested) and does not fail the plan; a diverged run of another group exits 4 (the plan goes on).");
}

// The configuration: the preset (or the checkpoint's), then each flag the
// person actually gave, so `--preset X --lr 0.01` changes only the rate.
// `overridden` gets the run.json config keys of the flags given (labPlan's names).
core::Expected<core::TrainingConfig> buildConfig(
    const CLI::App &app, const Options &o, std::vector<std::string> *overridden = nullptr)
{
    core::TrainingConfig config;
    if (!o.preset.empty() && o.preset != labPlanPreset && !core::presetConfig(o.preset, config))
        return Error {ErrorCode::InvalidConfig, "preset", "unknown preset '" + o.preset + "'"};
    if (!o.resume.empty()) {
        auto stored = core::readCheckpointConfig(o.resume);
        if (!stored)
            return stored.error();
        config = *stored;
        config.resumeFrom = o.resume;
    }

    using Apply = void (*)(const Options &, core::TrainingConfig &);
    struct Flag {
        const char *flag;
        const char *key; // in run.json's config
        Apply apply;
    };
    // IsMember has checked the words; parse* cannot fail here.
    static const Flag flags[] = {
        {"--dataset", "dataset",
            [](const Options &o, core::TrainingConfig &c) { core::parseDataset(o.dataset, c.dataset); }},
        {"--data-dir", "data_dir", [](const Options &o, core::TrainingConfig &c) { c.dataDir = o.dataDir; }},
        {"--epochs", "epochs", [](const Options &o, core::TrainingConfig &c) { c.epochs = o.epochs; }},
        {"--batch-size", "batch_size",
            [](const Options &o, core::TrainingConfig &c) { c.batchSize = o.batchSize; }},
        {"--lr", "learning_rate",
            [](const Options &o, core::TrainingConfig &c) { c.learningRate = o.learningRate; }},
        {"--optimizer", "optimizer",
            [](const Options &o, core::TrainingConfig &c) {
                core::parseOptimizer(o.optimizer, c.optimizer);
            }},
        {"--momentum", "momentum",
            [](const Options &o, core::TrainingConfig &c) { c.momentum = o.momentum; }},
        {"--dropout", "dropout",
            [](const Options &o, core::TrainingConfig &c) { c.dropoutEnabled = o.dropout == "on"; }},
        {"--conv-dropout", "conv_dropout",
            [](const Options &o, core::TrainingConfig &c) { c.convDropout = o.convDropout; }},
        {"--dense-dropout", "dense_dropout",
            [](const Options &o, core::TrainingConfig &c) { c.denseDropout = o.denseDropout; }},
        {"--seed", "seed", [](const Options &o, core::TrainingConfig &c) { c.seed = o.seed; }},
        {"--device", "device", [](const Options &o, core::TrainingConfig &c) { c.device = o.device; }},
        {"--threads", "threads", [](const Options &o, core::TrainingConfig &c) { c.threads = o.threads; }},
        {"--train-limit", "train_limit",
            [](const Options &o, core::TrainingConfig &c) { c.trainLimit = o.trainLimit; }},
        {"--validation", "validation",
            [](const Options &o, core::TrainingConfig &c) {
                core::parseValidation(o.validation, c.validation);
            }},
        {"--holdout-size", "holdout_size",
            [](const Options &o, core::TrainingConfig &c) { c.holdoutSize = o.holdoutSize; }},
        {"--evals-per-epoch", "evaluations_per_epoch",
            [](const Options &o, core::TrainingConfig &c) { c.evaluationsPerEpoch = o.evaluationsPerEpoch; }},
    };
    for (const Flag &flag : flags) {
        if (app.count(flag.flag) == 0)
            continue;
        flag.apply(o, config);
        if (overridden)
            overridden->push_back(flag.key);
    }
    return config;
}

// runs/<local time>-seed-lab, made unique if two plans start in the same second.
fs::path defaultPlanDir()
{
    const std::time_t now = std::time(nullptr);
    std::tm local {};
    localtime_r(&now, &local);
    char stamp[32];
    std::strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", &local);
    const std::string base = std::string(stamp) + "-" + labPlanPreset;
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

    // The checkpoint first and run.json last: a run.json means the outputs are complete.
    const bool keepModel
        = result.status == core::RunStatus::Completed || result.status == core::RunStatus::Stopped;
    if (!options.noCheckpoint && keepModel && trainer.hasModel()) {
        constexpr const char *checkpointName = "checkpoint.pt";
        if (const Error error = trainer.saveCheckpoint((outDir / checkpointName).string())) {
            printError("could not save the checkpoint: " + core::describe(error));
            if (exitCode == exitCompleted)
                exitCode = exitFailure;
        } else {
            recorder.record().checkpoint = checkpointName;
        }
    }
    const std::string recordPath = (outDir / "run.json").string();
    for (const Error &error : {core::writeMetricsCsv(recorder.record(), (outDir / "metrics.csv").string()),
             core::writeRunRecord(recorder.record(), recordPath)}) {
        if (error) {
            printError(core::describe(error));
            if (exitCode == exitCompleted)
                exitCode = exitFailure;
        }
    }
    record = recorder.record();
    return exitCode;
}

// The verdicts as an aligned plain-text table, for a terminal.
std::string verdictTable(const std::vector<core::ClaimResult> &claims)
{
    std::size_t claimWidth = 5, verdictWidth = 7;
    for (const core::ClaimResult &claim : claims) {
        claimWidth = std::max(claimWidth, std::string(core::labClaimName(claim.claim)).size());
        verdictWidth = std::max(verdictWidth, std::string(core::verdictName(claim.verdict)).size());
    }
    const auto row = [&](const std::string &claim, const std::string &verdict, const std::string &detail) {
        return claim + std::string(claimWidth - claim.size() + 2, ' ') + verdict
            + std::string(verdictWidth - verdict.size() + 2, ' ') + detail + '\n';
    };
    std::string out = row("claim", "verdict", "measured");
    for (const core::ClaimResult &claim : claims)
        out += row(core::labClaimName(claim.claim), core::verdictName(claim.verdict), claim.detail);
    return out;
}

// --preset seed-lab: the lab's four configurations x seeds, one after another,
// then the comparison and the verdicts.
int runPlan(const CLI::App &app, const Options &options)
{
    std::vector<std::string> overridden;
    auto built = buildConfig(app, options, &overridden);
    if (!built) {
        printError(errorText(built.error()));
        return exitCodeFor(built.error().code);
    }
    const std::vector<core::PlannedRun> plan = core::labPlan(options.seeds, *built, overridden);
    for (const core::PlannedRun &run : plan)
        if (const Error error = core::validate(run.config))
            return usageError(run.name + ": " + core::describe(error));

    const fs::path planDir = options.out.empty() ? defaultPlanDir() : fs::path(options.out);
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
        // Divergence is the lr 0.01 run's expected end (the claim under test).
        const bool expected = code == exitDiverged && run.group == core::labGroupLr001;
        if (code != exitCompleted && !expected && exitCode == exitCompleted)
            exitCode = code;
        if (code != exitCompleted && code != exitDiverged)
            break; // failed or stopped: the rest would fail alike, or the person wants out
    }

    const std::vector<core::GroupSummary> groups = core::groupRuns(summaries);
    const std::vector<core::ClaimResult> claims = core::judgeLabClaims(groups);
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
            return usageError(run.name + ": " + core::describe(error));
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
    if (options.preset == labPlanPreset)
        return runPlan(app, options);
    if (app.count("--seeds") > 0)
        return usageError("--seeds needs --preset seed-lab");

    auto built = buildConfig(app, options);
    if (!built) {
        printError(errorText(built.error()));
        return options.resume.empty() ? exitCodeFor(built.error().code) : exitFailure;
    }
    core::TrainingConfig config = std::move(built).value();
    if (const Error error = core::validate(config))
        return usageError(core::describe(error));

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
