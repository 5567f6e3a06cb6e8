#include "endtoend.h"

#include "cnnlab/core/command.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <sstream>
#include <vector>

#include <cstdlib>

#include <unistd.h>

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

// The last `count` lines of what a failed child printed, indented.
std::string lastLines(const std::string &output, int count)
{
    std::istringstream in(output);
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
    // The children inherit XDG_DATA_HOME at `home`: nothing they save by
    // default reaches the user's data. Restored afterwards.
    const char *userDataHome = std::getenv("XDG_DATA_HOME");
    const std::string savedDataHome = userDataHome ? userDataHome : "";
    ::setenv("XDG_DATA_HOME", home.c_str(), 1);
    for (int round = 0; round < o.rounds; ++round) {
        for (auto &p : programs) {
            if (!p.failure.empty())
                continue;
            fs::remove_all(work / "run", ec);
            const auto start = std::chrono::steady_clock::now();
            const auto exit = core::runCommand(p.argv, /*timeoutSeconds=*/600);
            const double seconds
                = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
            if (!exit || exit->exitCode != 0) {
                p.failure = "failed:\n"
                    + (exit ? lastLines(exit->out + exit->err, 5) : "    " + exit.error().detail + "\n");
                continue;
            }
            p.seconds.push_back(seconds);
        }
    }
    if (userDataHome)
        ::setenv("XDG_DATA_HOME", savedDataHome.c_str(), 1);
    else
        ::unsetenv("XDG_DATA_HOME");
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
