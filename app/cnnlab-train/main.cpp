// cnnlab-train: trains the lab's CNN without the GUI (a GPU server, a script,
// CI) and leaves the same run record the workbench does.
#include "progressprinter.h"

#include "cnnlab/core/dataset.h"
#include "cnnlab/core/runrecord.h"
#include "cnnlab/core/trainingconfig.h"
#include "cnnlab/core/trainingengine.h"

#include <CLI/CLI.hpp>

#include <atomic>
#include <condition_variable>
#include <csignal>
#include <cstdint>
#include <ctime>
#include <filesystem>
#include <iostream>
#include <mutex>
#include <stop_token>
#include <string>
#include <thread>

#include <unistd.h>

#ifndef CNNLAB_VERSION
#define CNNLAB_VERSION "0.1.0" // app/CMakeLists.txt may pass ${PROJECT_VERSION}
#endif

namespace cnnlab::cli {

namespace {

namespace fs = std::filesystem;
using core::Error;
using core::ErrorCode;

// Exit codes (also in --help).
constexpr int exitCompleted = 0;
constexpr int exitFailure = 1;
constexpr int exitUsage = 2;
constexpr int exitDataError = 3;
constexpr int exitDiverged = 4;
constexpr int exitStopped = 130; // 128 + SIGINT, as shells report Ctrl+C, for SIGTERM too

constexpr const char *program = "cnnlab-train";

// ---------------------------------------------------------------- signals

// The only thing a signal handler may touch: a lock-free atomic.
std::atomic<int> g_signal {0};
static_assert(std::atomic<int>::is_always_lock_free);

extern "C" void onSignal(int signal)
{
    // First Ctrl+C: stop after the current step and still write the outputs.
    // Second: the person means it; leave at once (_exit is async-signal-safe).
    if (g_signal.exchange(signal) != 0)
        ::_exit(exitStopped);
}

void installSignalHandlers()
{
    struct sigaction action {
    };
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
}

// Turns a signal into a stop request: the handler cannot call into the engine
// (mutexes), so this thread polls the flag and requests the stop for it.
class SignalWatcher
{
public:
    explicit SignalWatcher(std::stop_source runStop)
        : m_thread([this, runStop](std::stop_token token) mutable { watch(token, runStop); })
    { }

private:
    void watch(std::stop_token token, std::stop_source &runStop)
    {
        std::unique_lock lock(m_mutex);
        while (!token.stop_requested()) {
            if (g_signal.load() != 0) {
                runStop.request_stop(); // sticky: also works if run() has not begun yet
                return;
            }
            m_wake.wait_for(lock, token, std::chrono::milliseconds(50), [] { return false; });
        }
    }

    std::mutex m_mutex;
    std::condition_variable_any m_wake;
    std::jthread m_thread; // last: joined (and asked to stop) before the members above go
};

// ---------------------------------------------------------------- errors

int exitCodeFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::None: return exitCompleted;
    case ErrorCode::FileNotFound:
    case ErrorCode::FileUnreadable:
    case ErrorCode::EmptyFile:
    case ErrorCode::GzipCorrupt:
    case ErrorCode::BadMagic:
    case ErrorCode::BadDimensions:
    case ErrorCode::CountTooLarge:
    case ErrorCode::Truncated:
    case ErrorCode::TrailingData:
    case ErrorCode::CountMismatch:
    case ErrorCode::LabelOutOfRange:
    case ErrorCode::DatasetMissing:
    case ErrorCode::ChecksumMismatch: return exitDataError;
    case ErrorCode::InvalidConfig: return exitUsage;
    case ErrorCode::DeviceUnavailable:
    case ErrorCode::OutOfMemory:
    case ErrorCode::CheckpointUnreadable:
    case ErrorCode::CheckpointMismatch:
    case ErrorCode::WriteFailed:
    case ErrorCode::Internal: return exitFailure;
    }
    return exitFailure;
}

// describe() with the path moved up front when the detail runs over several
// lines (a missing dataset lists where it looked and how to install it).
std::string errorText(const Error &error)
{
    if (error.detail.find('\n') == std::string::npos)
        return core::describe(error);
    std::string text = core::errorCodeName(error.code);
    if (!error.path.empty())
        text += " (" + error.path + ")";
    return text + ": " + error.detail;
}

void printError(const std::string &message)
{
    std::cerr << program << ": " << message << '\n';
}

int usageError(const std::string &message)
{
    // One line, whatever the parser said.
    std::string line = message;
    for (char &c : line)
        if (c == '\n' || c == '\r')
            c = ' ';
    printError(line);
    std::cerr << "Run with --help for usage.\n";
    return exitUsage;
}

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
    std::string resume;
    bool noCheckpoint = false;
    bool quiet = false;
    bool version = false;
    bool listDevices = false;
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
    app.add_option("--out", o.out, "Output directory for run.json, metrics.csv and checkpoint.pt")
        ->type_name("DIR")
        ->default_str("runs/<timestamp>");
    app.add_option("--name", o.name, "Run name in run.json")
        ->type_name("NAME")
        ->default_str("preset or --out dir name");
    app.add_option("--preset", o.preset,
           "Start from one of the lab's configurations; flags given as well override it")
        ->type_name("NAME")
        ->check(CLI::IsMember(core::presetNames()));
    app.add_option("--resume", o.resume,
           "Continue from a checkpoint.pt, with its configuration; flags given as well override it")
        ->type_name("CHECKPOINT")
        ->excludes("--preset");
    app.add_flag("--no-checkpoint", o.noCheckpoint, "Do not write checkpoint.pt");
    app.add_flag("--quiet", o.quiet, "No progress output; errors and the run.json path only");
    app.add_flag("--version", o.version, "Print the version and the library versions, then exit");
    app.add_flag("--list-devices", o.listDevices, "List the devices LibTorch can train on, then exit");
    app.footer(
        "Ctrl+C (or SIGTERM) stops after the current step and still writes the outputs; a second "
        "Ctrl+C quits at once.\n"
        "Progress goes to stderr; the path of run.json is printed on stdout.\n\n"
        "Exit codes: 0 completed, 1 other failure (device, memory, checkpoint, writing outputs), "
        "2 bad usage or invalid configuration, 3 dataset missing or damaged, 4 diverged (the loss exploded "
        "or became NaN), 130 stopped by a signal.");
}

// The configuration: the preset (or the checkpoint's), then each flag the
// person actually gave, so `--preset X --lr 0.01` changes only the rate.
core::Expected<core::TrainingConfig> buildConfig(const CLI::App &app, const Options &o)
{
    core::TrainingConfig config;
    if (!o.preset.empty() && !core::presetConfig(o.preset, config))
        return Error {ErrorCode::InvalidConfig, "preset", "unknown preset '" + o.preset + "'"};
    if (!o.resume.empty()) {
        auto stored = core::readCheckpointConfig(o.resume);
        if (!stored)
            return stored.error();
        config = *stored;
        config.resumeFrom = o.resume;
    }

    const auto given = [&](const char *flag) { return app.count(flag) > 0; };
    // IsMember has checked the words; parse* cannot fail here.
    if (given("--dataset"))
        core::parseDataset(o.dataset, config.dataset);
    if (given("--data-dir"))
        config.dataDir = o.dataDir;
    if (given("--epochs"))
        config.epochs = o.epochs;
    if (given("--batch-size"))
        config.batchSize = o.batchSize;
    if (given("--lr"))
        config.learningRate = o.learningRate;
    if (given("--optimizer"))
        core::parseOptimizer(o.optimizer, config.optimizer);
    if (given("--momentum"))
        config.momentum = o.momentum;
    if (given("--dropout"))
        config.dropoutEnabled = o.dropout == "on";
    if (given("--conv-dropout"))
        config.convDropout = o.convDropout;
    if (given("--dense-dropout"))
        config.denseDropout = o.denseDropout;
    if (given("--seed"))
        config.seed = o.seed;
    if (given("--device"))
        config.device = o.device;
    if (given("--threads"))
        config.threads = o.threads;
    if (given("--train-limit"))
        config.trainLimit = o.trainLimit;
    if (given("--validation"))
        core::parseValidation(o.validation, config.validation);
    if (given("--holdout-size"))
        config.holdoutSize = o.holdoutSize;
    if (given("--evals-per-epoch"))
        config.evaluationsPerEpoch = o.evaluationsPerEpoch;
    return config;
}

// runs/<local time>, made unique if two runs start in the same second.
fs::path defaultOutputDir()
{
    const std::time_t now = std::time(nullptr);
    std::tm local {};
    localtime_r(&now, &local);
    char stamp[32];
    std::strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", &local);
    fs::path dir = fs::path("runs") / stamp;
    std::error_code ignored;
    for (int i = 2; fs::exists(dir, ignored); ++i)
        dir = fs::path("runs") / (std::string(stamp) + "-" + std::to_string(i));
    return dir;
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

    auto built = buildConfig(app, options);
    if (!built) {
        printError(errorText(built.error()));
        return options.resume.empty() ? exitCodeFor(built.error().code) : exitFailure;
    }
    core::TrainingConfig config = std::move(built).value();
    if (const Error error = core::validate(config))
        return usageError(core::describe(error));

    const fs::path outDir = options.out.empty() ? defaultOutputDir() : fs::path(options.out);
    std::error_code created;
    fs::create_directories(outDir, created);
    if (created || !fs::is_directory(outDir)) {
        printError(core::describe(Error {ErrorCode::WriteFailed, outDir.string(),
            "cannot create the output directory" + (created ? ": " + created.message() : std::string())}));
        return exitFailure;
    }
    std::string name = options.name;
    if (name.empty())
        name = !options.preset.empty() ? options.preset : outDir.filename().string();

    const bool interactive = ::isatty(STDERR_FILENO) == 1;
    ProgressPrinter printer(stderr,
        options.quiet     ? ProgressPrinter::Style::Quiet
            : interactive ? ProgressPrinter::Style::Interactive
                          : ProgressPrinter::Style::Plain);
    core::RunRecorder recorder(&printer);
    recorder.record().name = name;
    recorder.record().config = config; // kept if the run fails before it starts

    core::TrainingEngine engine;
    std::stop_source stopRun;
    installSignalHandlers();
    core::RunResult result;
    {
        SignalWatcher watcher(stopRun);
        result = engine.run(config, &recorder, stopRun.get_token());
    }
    printer.finishLine();

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
    if (!options.noCheckpoint && keepModel && engine.hasModel()) {
        if (const Error error = engine.saveCheckpoint((outDir / "checkpoint.pt").string())) {
            printError("could not save the checkpoint: " + core::describe(error));
            if (exitCode == exitCompleted)
                exitCode = exitFailure;
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
