#include "signalwatcher.h"

#include <atomic>
#include <chrono>
#include <csignal>

#include <unistd.h>

namespace cnnlab::cli {

namespace {

// The only things a signal handler may touch: lock-free atomics.
std::atomic<int> g_signal {0};
std::atomic<int> g_exitCode {130};
static_assert(std::atomic<int>::is_always_lock_free);

extern "C" void onSignal(int signal)
{
    // Second signal: the person means it; leave at once (_exit is async-signal-safe).
    if (g_signal.exchange(signal) != 0)
        ::_exit(g_exitCode.load());
}

} // namespace

void installSignalHandlers(int exitCode)
{
    g_exitCode = exitCode;
    struct sigaction action {
    };
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
}

SignalWatcher::SignalWatcher(std::stop_source runStop)
    : m_thread([this, runStop](std::stop_token token) mutable { watch(token, runStop); })
{ }

void SignalWatcher::watch(std::stop_token token, std::stop_source &runStop)
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

} // namespace cnnlab::cli
