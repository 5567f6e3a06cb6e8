#include "loadrow.h"
#include "stats.h"

#include "cnnlab/core/trainingengine.h"

#include <algorithm>
#include <cstdio>
#include <optional>
#include <thread>
#include <vector>

#include <csignal>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace cnnlab::bench {

namespace {

// `sh -c 'while :; do :; done'` at a given niceness, as a child of the bench:
// killed by the destructor, by the bench's death (PDEATHSIG) or after 10 min.
class BusyProcess
{
public:
    explicit BusyProcess(int niceness)
    {
        m_pid = ::fork();
        if (m_pid == 0) {
            ::prctl(PR_SET_PDEATHSIG, SIGKILL);
            ::setpriority(PRIO_PROCESS, 0, niceness);
            ::alarm(600);
            volatile unsigned long spin = 0;
            for (;;)
                spin = spin + 1;
        }
    }
    ~BusyProcess()
    {
        if (m_pid > 0) {
            ::kill(m_pid, SIGKILL);
            ::waitpid(m_pid, nullptr, 0);
        }
    }
    BusyProcess(const BusyProcess &) = delete;
    BusyProcess &operator=(const BusyProcess &) = delete;

private:
    pid_t m_pid = -1;
};

// Stops a run after `seconds` of training: every run is bounded.
class StopAfter : public core::TrainingObserver
{
public:
    StopAfter(core::TrainingEngine &engine, double seconds)
        : m_engine(engine)
        , m_seconds(seconds)
    { }
    void onStep(const core::StepMetrics &m) override
    {
        threads = m.threads;
        if (m.position.elapsedSeconds >= m_seconds)
            m_engine.stop();
    }
    void onThreadsChanged(const core::ThreadChange &) override { ++changes; }
    int threads = 0;
    int changes = 0;

private:
    core::TrainingEngine &m_engine;
    double m_seconds;
};

struct Figure {
    double imagesPerSecond = 0.0;
    int threadsAtEnd = 0;
    int changes = 0;
};

Figure measure(const std::string &dataDir, int threads, int images, double maxSeconds)
{
    core::TrainingConfig c; // lab defaults, batch 32
    c.dataDir = dataDir;
    c.device = "cpu";
    c.threads = threads;
    c.epochs = 1;
    c.trainLimit = images;
    c.validation = core::ValidationSource::Holdout;
    c.holdoutSize = 100;
    c.evaluationsPerEpoch = 1;
    c.quickEvaluationSize = 100;
    c.sampleCount = 0;
    core::TrainingEngine engine;
    StopAfter observer(engine, maxSeconds);
    const auto result = engine.run(c, &observer);
    Figure f;
    if (result.trainSeconds > 0)
        f.imagesPerSecond = static_cast<double>(result.position.samplesSeen) / result.trainSeconds;
    f.threadsAtEnd = observer.threads;
    f.changes = observer.changes;
    return f;
}

} // namespace

nlohmann::json runLoadTable(const std::string &dataDir, int images, double maxSecondsPerRun, int rounds)
{
    const int cores = static_cast<int>(std::max(1U, std::thread::hardware_concurrency()));
    struct Situation {
        const char *name;
        int niceness; // < 0: no busy process
    };
    const std::vector<Situation> situations {{"idle", -1}, {"busy nice 0", 0}, {"busy nice 19", 19}};
    nlohmann::json table = nlohmann::json::array();
    std::printf("\nload: batch 32, %d images (at most %.0f s) per run; busy = one `while :; do :; done`\n"
                "process the bench starts and kills; default = adaptive threads (its threads and changes:\n"
                "last round); each cell the median of %d interleaved round(s)\n",
        images, maxSecondsPerRun, rounds);
    std::printf("%-13s | %-26s", "situation", "default images/s (threads)");
    for (int t = 1; t <= cores; ++t)
        std::printf(" | %2d thread(s)", t);
    std::printf(" | default/best fixed | target >= 0.90\n");
    for (const auto &situation : situations) {
        std::optional<BusyProcess> busy;
        if (situation.niceness >= 0)
            busy.emplace(situation.niceness);
        // Rounds interleave the default and the fixed counts (every other
        // round the fixed ones first), so a load that drifts hits all alike.
        std::vector<double> adaptiveRates;
        std::vector<std::vector<double>> fixedRates(static_cast<std::size_t>(cores));
        Figure adaptive;
        for (int round = 0; round < rounds; ++round) {
            auto runFixed = [&] {
                for (int t = 1; t <= cores; ++t)
                    fixedRates[static_cast<std::size_t>(t - 1)].push_back(
                        measure(dataDir, t, images, maxSecondsPerRun).imagesPerSecond);
            };
            if (round % 2)
                runFixed();
            adaptive = measure(dataDir, 0, images, maxSecondsPerRun);
            adaptiveRates.push_back(adaptive.imagesPerSecond);
            if (round % 2 == 0)
                runFixed();
        }
        adaptive.imagesPerSecond = median(adaptiveRates);
        std::vector<double> fixed;
        for (const auto &rates : fixedRates)
            fixed.push_back(median(rates));
        busy.reset();
        const double best = *std::max_element(fixed.begin(), fixed.end());
        const double ratio = best > 0 ? adaptive.imagesPerSecond / best : 0.0;
        char cell[64];
        std::snprintf(cell, sizeof cell, "%.0f (%d at end, %d changes)", adaptive.imagesPerSecond,
            adaptive.threadsAtEnd, adaptive.changes);
        std::printf("%-13s | %-26s", situation.name, cell);
        for (double rate : fixed)
            std::printf(" | %12.0f", rate);
        std::printf(" | %18.2f | %s\n", ratio, ratio >= 0.9 ? "met" : "NOT met");
        std::fflush(stdout);
        table.push_back(
            {{"situation", situation.name}, {"default_images_per_second", adaptive.imagesPerSecond},
                {"default_threads_at_end", adaptive.threadsAtEnd},
                {"default_thread_changes", adaptive.changes}, {"fixed_images_per_second", fixed},
                {"ratio_default_to_best_fixed", ratio}, {"default_rounds_images_per_second", adaptiveRates},
                {"fixed_rounds_images_per_second", fixedRates}});
    }
    return table;
}

} // namespace cnnlab::bench
