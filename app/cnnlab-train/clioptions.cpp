#include "clioptions.h"

#include "cnnlab/core/lessons.h"

#include "cnnlab/core/trainingengine.h"

namespace cnnlab::cli {

using core::Error;
using core::ErrorCode;

namespace {

using Apply = void (*)(const Options &, core::TrainingConfig &);
struct Flag {
    const char *flag;
    const char *key; // in run.json's config
    Apply apply;
};
// IsMember has checked the words; parse* cannot fail here.
const Flag flags[] = {
    {"--dataset", "dataset",
        [](const Options &o, core::TrainingConfig &c) { core::parseDataset(o.dataset, c.dataset); }},
    {"--data-dir", "data_dir", [](const Options &o, core::TrainingConfig &c) { c.dataDir = o.dataDir; }},
    {"--epochs", "epochs", [](const Options &o, core::TrainingConfig &c) { c.epochs = o.epochs; }},
    {"--batch-size", "batch_size",
        [](const Options &o, core::TrainingConfig &c) { c.batchSize = o.batchSize; }},
    {"--lr", "learning_rate",
        [](const Options &o, core::TrainingConfig &c) { c.learningRate = o.learningRate; }},
    {"--optimizer", "optimizer",
        [](const Options &o, core::TrainingConfig &c) { core::parseOptimizer(o.optimizer, c.optimizer); }},
    {"--momentum", "momentum", [](const Options &o, core::TrainingConfig &c) { c.momentum = o.momentum; }},
    {"--nesterov", "nesterov", [](const Options &o, core::TrainingConfig &c) { c.nesterov = o.nesterov; }},
    {"--schedule", "lr_schedule",
        [](const Options &o, core::TrainingConfig &c) { core::parseSchedule(o.schedule, c.schedule); }},
    {"--lr-step-epochs", "lr_step_epochs",
        [](const Options &o, core::TrainingConfig &c) { c.lrStepEpochs = o.lrStepEpochs; }},
    {"--lr-step-factor", "lr_step_factor",
        [](const Options &o, core::TrainingConfig &c) { c.lrStepFactor = o.lrStepFactor; }},
    {"--warmup-fraction", "warmup_fraction",
        [](const Options &o, core::TrainingConfig &c) { c.warmupFraction = o.warmupFraction; }},
    {"--weight-decay", "weight_decay",
        [](const Options &o, core::TrainingConfig &c) { c.weightDecay = o.weightDecay; }},
    {"--l1", "l1", [](const Options &o, core::TrainingConfig &c) { c.l1 = o.l1; }},
    {"--label-smoothing", "label_smoothing",
        [](const Options &o, core::TrainingConfig &c) { c.labelSmoothing = o.labelSmoothing; }},
    {"--conv-blocks", "conv_blocks",
        [](const Options &o, core::TrainingConfig &c) { c.convBlocks = o.convBlocks; }},
    {"--filters", "filters", [](const Options &o, core::TrainingConfig &c) { c.filters = o.filters; }},
    {"--kernel", "kernel_size",
        [](const Options &o, core::TrainingConfig &c) { c.kernelSize = o.kernelSize; }},
    {"--dense-units", "dense_units",
        [](const Options &o, core::TrainingConfig &c) { c.denseUnits = o.denseUnits; }},
    {"--activation", "activation",
        [](const Options &o, core::TrainingConfig &c) { core::parseActivation(o.activation, c.activation); }},
    {"--batch-norm", "batch_norm",
        [](const Options &o, core::TrainingConfig &c) { c.batchNorm = o.batchNorm == "on"; }},
    {"--augment-shift", "augment_shift",
        [](const Options &o, core::TrainingConfig &c) { c.augmentShift = o.augmentShift; }},
    {"--augment-rotate", "augment_rotate",
        [](const Options &o, core::TrainingConfig &c) { c.augmentRotate = o.augmentRotate; }},
    {"--early-stop", "early_stop_patience",
        [](const Options &o, core::TrainingConfig &c) { c.earlyStopPatience = o.earlyStop; }},
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
        [](const Options &o, core::TrainingConfig &c) { core::parseValidation(o.validation, c.validation); }},
    {"--holdout-size", "holdout_size",
        [](const Options &o, core::TrainingConfig &c) { c.holdoutSize = o.holdoutSize; }},
    {"--evals-per-epoch", "evaluations_per_epoch",
        [](const Options &o, core::TrainingConfig &c) { c.evaluationsPerEpoch = o.evaluationsPerEpoch; }},
};

} // namespace

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
    app.add_option("--optimizer", o.optimizer, "Optimizer")
        ->check(CLI::IsMember({"adam", "sgd", "adamw", "rmsprop"}));
    app.add_option("--momentum", o.momentum, "SGD momentum, in [0, 1)")->type_name("X");
    app.add_flag("--nesterov", o.nesterov, "SGD with Nesterov momentum (needs --momentum above 0)");
    app.add_option("--schedule", o.schedule,
           "Learning-rate schedule: constant, step (x --lr-step-factor every --lr-step-epochs epochs), "
           "cosine (down to 0) or onecycle (warm-up, then cosine down)")
        ->check(CLI::IsMember({"constant", "step", "cosine", "onecycle"}));
    app.add_option("--lr-step-epochs", o.lrStepEpochs, "With --schedule step: epochs between drops (1..1000)")
        ->type_name("N");
    app.add_option("--lr-step-factor", o.lrStepFactor, "With --schedule step: factor per drop, in (0, 1]")
        ->type_name("X");
    app.add_option("--warmup-fraction", o.warmupFraction,
           "With --schedule onecycle: share of the run spent warming up, in [0, 0.9]")
        ->type_name("X");
    app.add_option("--weight-decay", o.weightDecay,
           "In [0, 1]. adam, sgd, rmsprop: L2 penalty on the kernels added to the loss (Keras' "
           "kernel_regularizer l2); adamw: its decoupled weight decay")
        ->type_name("X");
    app.add_option("--l1", o.l1, "L1 penalty on the kernels added to the loss, in [0, 1]")->type_name("X");
    app.add_option("--label-smoothing", o.labelSmoothing, "Label smoothing, in [0, 0.5]")->type_name("X");
    app.add_option("--conv-blocks", o.convBlocks, "Conv layers, filters doubling per layer (1..3)")
        ->type_name("N");
    app.add_option("--filters", o.filters, "Filters of the first conv layer (8..128)")->type_name("N");
    app.add_option("--kernel", o.kernelSize, "Conv kernel size (3 or 5)")->type_name("N");
    app.add_option("--dense-units", o.denseUnits, "Units of the hidden dense layer (16..512)")
        ->type_name("N");
    app.add_option("--activation", o.activation, "Activation of the hidden layers")
        ->check(CLI::IsMember({"relu", "tanh", "sigmoid"}));
    app.add_option("--batch-norm", o.batchNorm, "Batch norm after each conv and the dense layer")
        ->check(CLI::IsMember({"on", "off"}));
    app.add_option("--augment-shift", o.augmentShift, "Shift training images randomly by up to N px (0..4)")
        ->type_name("N");
    app.add_option(
           "--augment-rotate", o.augmentRotate, "Rotate training images randomly by up to X degrees (0..20)")
        ->type_name("X");
    app.add_option("--early-stop", o.earlyStop,
           "Stop after PATIENCE epochs without a lower validation loss and keep the best epoch's weights "
           "(0: off; 0..1000)")
        ->type_name("PATIENCE");
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
           "Output directory for run.json, metrics.csv and checkpoint.pt (with --preset seed-lab or a "
           "lesson: one "
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
           "judges the lab's claims; a lesson (lesson-regularization, lesson-learning-rate, "
           "lesson-batch-size, lesson-capacity, lesson-activation) runs its groups the same way and "
           "judges its own claims")
        ->type_name("NAME")
        ->check(CLI::IsMember(core::presetNames()));
    app.add_option("--seeds", o.seeds, "Seeds per configuration with --preset seed-lab or a lesson (1..20)")
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
        "With --preset seed-lab or a lesson: 0 when every run completed, else the first failing run's code; "
        "the plan stops at a failed or stopped run. A diverged lr0.01 run (a lesson's lr 0.1 runs) is an "
        "expected outcome (the claim being tested) and does not fail the plan; a diverged run of another "
        "group exits 4 (the plan goes on).");
}

core::Expected<core::TrainingConfig> buildConfig(
    const CLI::App &app, const Options &o, std::vector<std::string> *overridden)
{
    core::TrainingConfig config;
    // seed-lab and the lessons are plans, not one configuration: their runs
    // start from the reference configuration (labPlan, lessonPlan).
    if (!o.preset.empty() && o.preset != labPlanPreset && !core::isLesson(o.preset)
        && !core::presetConfig(o.preset, config))
        return Error {ErrorCode::InvalidConfig, "preset", "unknown preset '" + o.preset + "'"};
    if (!o.resume.empty()) {
        auto stored = core::readCheckpointConfig(o.resume);
        if (!stored)
            return stored.error();
        config = *stored;
        config.resumeFrom = o.resume;
    }

    for (const Flag &flag : flags) {
        if (app.count(flag.flag) == 0)
            continue;
        flag.apply(o, config);
        if (overridden)
            overridden->push_back(flag.key);
    }
    return config;
}

std::string flagForKey(const std::string &key)
{
    for (const Flag &flag : flags)
        if (key == flag.key)
            return flag.flag;
    return {};
}

std::string describeConfigError(const core::Error &error)
{
    const std::string flag = error.code == ErrorCode::InvalidConfig ? flagForKey(error.path) : std::string();
    if (flag.empty() || error.detail.empty())
        return core::describe(error);
    return flag + " " + error.detail + " (" + error.path + ")";
}

} // namespace cnnlab::cli
