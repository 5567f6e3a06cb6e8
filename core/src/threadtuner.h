#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace cnnlab::core {

// Picks the intra-op thread count from measured step times. The OpenMP team
// spin-waits at every parallel region: when another process takes a core, a
// step with every core in the team waits for the descheduled thread and gets
// 2-4x slower than one with a thread fewer. The tuner measures seconds per
// image at the current count, probes the neighbour (n-1, or n+1 once below
// the maximum, so it comes back after the load goes away) every few seconds,
// and keeps the faster. A sudden slowdown at the current count triggers a
// probe at once. Torch-free: the engine applies the count it returns.
class ThreadTuner
{
public:
    struct Settings {
        double probeInterval
            = 3.0; // seconds between probes, x2 (x4 if 2x slower) after each probe that lost...
        double maxProbeInterval = 20.0; // ...up to this, back to probeInterval after a switch
        double window = 0.4; // seconds of steps per measurement (and at least minSteps steps)
        int minSteps = 3;
        double margin = 0.05; // a probe must be this much faster to win
        double slowdown = 1.4; // a window this much slower than the last one at n probes at once
        double clearLoss = 1.5; // a probe step this much slower than the baseline loses at once
        double coldLoss = 2.5; // ...and its uncounted first step, this much slower
    };
    struct Change {
        int from = 0;
        int to = 0;
        std::string reason;
    };

    // `adaptive` false: threads() stays `maxThreads` (an explicit --threads N).
    ThreadTuner(int maxThreads, bool adaptive);
    ThreadTuner(int maxThreads, bool adaptive, Settings settings);

    [[nodiscard]] int threads() const { return m_threads; }
    [[nodiscard]] int maxThreads() const { return m_max; }
    [[nodiscard]] bool adaptive() const { return m_adaptive; }

    // One training step of `images` images took `seconds`, ending at `now`
    // (seconds on a steady clock). Returns a change when the next step should
    // run at another thread count: a probe starting, or its verdict.
    // `Change::reason` is empty for a probe, set when a count is kept or dropped.
    std::optional<Change> record(double now, double seconds, std::int64_t images);

    // A pause, an evaluation or a batch-size change: the next step starts a
    // fresh measurement (and is not counted: its thread team is cold).
    void restartMeasurement();

private:
    enum class Phase { Measure, Probe };
    struct Window {
        double seconds = 0.0;
        std::int64_t images = 0;
        int steps = 0;
        [[nodiscard]] double perImage() const { return images > 0 ? seconds / double(images) : 0.0; }
    };

    std::optional<Change> finishMeasure(double now);
    std::optional<Change> finishProbe(double now);
    int probeTarget();

    Settings m_settings;
    int m_max = 1;
    bool m_adaptive = false;
    int m_threads = 1;
    Phase m_phase = Phase::Measure;
    Window m_window;
    bool m_skipNext = true; // the first step at a new count warms its team up
    double m_baseline = 0.0; // seconds per image at m_threads, last measured
    double m_lastProbe = -1.0; // when the last probe ended (-1: none yet)
    double m_interval = 0.0;
    int m_probeFrom = 0;
    bool m_probeDown = true; // below the maximum, probes alternate up and down
};

} // namespace cnnlab::core
