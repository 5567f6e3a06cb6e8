#include "threadtuner.h"

#include <algorithm>
#include <cstdio>

namespace cnnlab::core {

namespace {

std::string threadsText(int n)
{
    return std::to_string(n) + (n == 1 ? " thread" : " threads");
}

std::string ratioText(double ratio)
{
    char text[32];
    std::snprintf(text, sizeof text, "%.2fx", ratio);
    return text;
}

} // namespace

ThreadTuner::ThreadTuner(int maxThreads, bool adaptive)
    : ThreadTuner(maxThreads, adaptive, Settings {})
{ }

ThreadTuner::ThreadTuner(int maxThreads, bool adaptive, Settings settings)
    : m_settings(settings)
    , m_max(std::max(1, maxThreads))
    , m_adaptive(adaptive && maxThreads > 1)
    , m_threads(std::max(1, maxThreads))
    , m_interval(settings.probeInterval)
{ }

void ThreadTuner::restartMeasurement()
{
    m_window = {};
    m_skipNext = true;
}

std::optional<ThreadTuner::Change> ThreadTuner::record(double now, double seconds, std::int64_t images)
{
    if (!m_adaptive || images <= 0)
        return std::nullopt;
    const double perImage = seconds / static_cast<double>(images);
    if (m_skipNext) {
        m_skipNext = false;
        // A probe's first step warms its team up and is not counted, unless it
        // is so slow that no warm-up explains it (idle, one thread more is
        // faster from the first step; under load it is 2-6x slower).
        if (!(m_phase == Phase::Probe && perImage > m_baseline * m_settings.coldLoss))
            return std::nullopt;
        m_window = {seconds, images, 1};
        return finishProbe(now);
    }
    m_window.seconds += seconds;
    m_window.images += images;
    m_window.steps += 1;
    // A probe that is clearly slower costs a step, not a whole window: under
    // load the losing probe is 2-3x slower, and it runs every few seconds.
    const bool clearlyLost = m_phase == Phase::Probe && perImage > m_baseline * m_settings.clearLoss;
    if (!clearlyLost && (m_window.seconds < m_settings.window || m_window.steps < m_settings.minSteps))
        return std::nullopt;
    return m_phase == Phase::Measure ? finishMeasure(now) : finishProbe(now);
}

int ThreadTuner::probeTarget()
{
    if (m_threads >= m_max)
        return m_threads - 1;
    if (m_threads <= 1)
        return m_threads + 1;
    m_probeDown = !m_probeDown;
    return m_probeDown ? m_threads - 1 : m_threads + 1;
}

std::optional<ThreadTuner::Change> ThreadTuner::finishMeasure(double now)
{
    const double perImage = m_window.perImage();
    const bool slowedDown = m_baseline > 0.0 && perImage > m_baseline * m_settings.slowdown;
    m_baseline = perImage;
    m_window = {};
    // The first probe comes right after the first window: a run that starts on
    // a busy machine should not spend its first seconds at the slow count.
    if (!slowedDown && m_lastProbe >= 0.0 && now - m_lastProbe < m_interval)
        return std::nullopt;
    m_probeFrom = m_threads;
    m_threads = probeTarget();
    m_phase = Phase::Probe;
    m_skipNext = true;
    return Change {m_probeFrom, m_threads, {}};
}

std::optional<ThreadTuner::Change> ThreadTuner::finishProbe(double now)
{
    const double perImage = m_window.perImage();
    m_window = {};
    m_phase = Phase::Measure;
    m_lastProbe = now;
    const int probed = m_threads;
    if (perImage < m_baseline * (1.0 - m_settings.margin)) {
        // The probe won: keep it.
        const double ratio = m_baseline / perImage;
        m_baseline = perImage;
        m_interval = m_settings.probeInterval;
        const std::string reason = probed < m_probeFrom
            ? "machine busy: " + threadsText(probed) + " " + ratioText(ratio) + " faster than "
                + std::to_string(m_probeFrom)
            : "faster again with " + threadsText(probed) + " (" + ratioText(ratio) + ")";
        return Change {m_probeFrom, probed, reason};
    }
    // The probe lost: back to where it was, and probe less often (much less
    // when it was more than 2x slower: such a probe is expensive).
    const double backoff = perImage > 2.0 * m_baseline ? 4.0 : 2.0;
    m_interval = std::min(m_settings.maxProbeInterval, m_interval * backoff);
    m_threads = m_probeFrom;
    m_skipNext = true;
    return Change {probed, m_probeFrom, {}};
}

} // namespace cnnlab::core
