#include "endtoend.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <vector>

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

namespace cnnlab::bench {

namespace {

namespace fs = std::filesystem;

struct Program {
    std::string name;
    std::string what;
    std::vector<std::string> argv;
    std::vector<double> seconds;
    std::string failure;
};

struct Exit {
    bool ok = false;
    double seconds = 0.0;
};

// Runs argv with stdout and stderr into `log` and XDG_DATA_HOME at `home`
// (nothing the child saves by default reaches the user's data); times it.
Exit runTimed(const std::vector<std::string> &argv, const fs::path &log, const fs::path &home)
{
    std::vector<std::string> env;
    for (char **e = environ; *e; ++e)
        if (std::string_view(*e).rfind("XDG_DATA_HOME=", 0) != 0)
            env.emplace_back(*e);
    env.push_back("XDG_DATA_HOME=" + home.string());
    std::vector<char *> envp;
    for (auto &e : env)
        envp.push_back(e.data());
    envp.push_back(nullptr);
    std::vector<char *> args;
    for (const auto &a : argv)
        args.push_back(const_cast<char *>(a.c_str()));
    args.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_adddup2(&actions, 1, 2);
    const auto start = std::chrono::steady_clock::now();
    pid_t pid = -1;
    const int spawned = posix_spawn(&pid, args[0], &actions, nullptr, args.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    Exit exit;
    if (spawned != 0)
        return exit;
    int status = 0;
    if (::waitpid(pid, &status, 0) != pid)
        return exit;
    exit.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    // No peak RSS here: a spawned child's ru_maxrss starts at the bench's own
    // (its pre-exec memory is the parent's), so it would lie.
    exit.ok = WIFEXITED(status) && WEXITSTATUS(status) == 0;
    return exit;
}

std::string lastLines(const fs::path &log, int count)
{
    std::ifstream in(log);
    std::vector<std::string> lines;
    for (std::string line; std::getline(in, line);)
        lines.push_back(line);
    std::ostringstream out;
    for (std::size_t i = lines.size() > std::size_t(count) ? lines.size() - count : 0; i < lines.size(); ++i)
        out << "    " << lines[i] << "\n";
    return out.str();
}

double best(const std::vector<double> &values)
{
    return values.empty() ? std::nan("") : *std::min_element(values.begin(), values.end());
}

} // namespace

nlohmann::json runEndToEnd(const EndToEndOptions &o)
{
    std::error_code ec;
    char pattern[] = "/tmp/cnnlab-bench-e2e-XXXXXX";
    const char *made = ::mkdtemp(pattern);
    if (!made)
        return {{"error", "cannot make a temporary folder"}};
    const fs::path work = made;
    const fs::path home = work / "home";
    fs::create_directories(home, ec);
    const std::string limit = std::to_string(o.trainLimit);
    std::vector<Program> programs {
        {"cnnlab-train", "defaults: 4 evaluations, samples, details, run.json, checkpoint",
            {o.trainProgram, "--data-dir", o.dataDir, "--epochs", "1", "--train-limit", limit, "--quiet",
                "--out", (work / "run").string()},
            {}, {}},
        {"python idiomatic", "reference_e2e.py: TensorDataset + DataLoader(shuffle=True)",
            {o.python, o.script, "--data", o.dataDir, "--train-limit", limit, "--feed", "dataloader"}, {},
            {}},
        {"python resident", "reference_e2e.py --feed resident: randperm + index_select",
            {o.python, o.script, "--data", o.dataDir, "--train-limit", limit, "--feed", "resident"}, {}, {}},
    };
    std::printf(
        "\nend to end: the whole process, load MNIST, 1 epoch of %d images at batch 32, evaluate the\n"
        "10k test set, exit; every core; rounds interleaved, best of %d\n",
        o.trainLimit, o.rounds);
    std::fflush(stdout);
    for (int round = 0; round < o.rounds; ++round) {
        for (auto &p : programs) {
            if (!p.failure.empty())
                continue;
            fs::remove_all(work / "run", ec);
            const fs::path log = work / "log.txt";
            const Exit exit = runTimed(p.argv, log, home);
            if (!exit.ok) {
                p.failure = "failed:\n" + lastLines(log, 5);
                continue;
            }
            p.seconds.push_back(exit.seconds);
        }
    }
    // Nothing the children wrote by default may have gone anywhere but `home`.
    const bool storeUntouched
        = !fs::exists(home / "cnnlab" / "runs") || fs::is_empty(home / "cnnlab" / "runs");
    fs::remove_all(work, ec);

    nlohmann::json report = nlohmann::json::array();
    std::printf("%-17s | %9s | %s\n", "program", "seconds", "what");
    for (const auto &p : programs) {
        if (!p.failure.empty()) {
            std::printf(
                "%-17s | %s%s", p.name.c_str(), p.failure.c_str(), p.failure.back() == '\n' ? "" : "\n");
            report.push_back({{"program", p.name}, {"error", p.failure}});
            continue;
        }
        std::printf("%-17s | %9.2f | %s\n", p.name.c_str(), best(p.seconds), p.what.c_str());
        report.push_back({{"program", p.name}, {"seconds", p.seconds}, {"best_seconds", best(p.seconds)}});
    }
    const double ratio = best(programs[0].seconds) / best(programs[1].seconds);
    std::printf("cnnlab-train / idiomatic python: %.3fx; the run store stayed %s\n", ratio,
        storeUntouched ? "untouched" : "TOUCHED (a bug: report it)");
    std::fflush(stdout);
    return {{"programs", report}, {"ratio_cnnlab_to_idiomatic", ratio}, {"train_limit", o.trainLimit},
        {"store_untouched", storeUntouched}};
}

} // namespace cnnlab::bench
