#pragma once

#include <condition_variable>
#include <mutex>
#include <stop_token>
#include <thread>

namespace cnnlab::cli {

// SIGINT/SIGTERM: the first asks the run to stop after the current step (the
// outputs are still written); a second exits at once with `exitCode`.
void installSignalHandlers(int exitCode);

// Turns a signal into a stop request: the handler cannot call into the engine
// (mutexes), so this thread polls the flag and requests the stop for it.
class SignalWatcher
{
public:
    explicit SignalWatcher(std::stop_source runStop);

private:
    void watch(std::stop_token token, std::stop_source &runStop);

    std::mutex m_mutex;
    std::condition_variable_any m_wake;
    std::jthread m_thread; // last: joined (and asked to stop) before the members above go
};

} // namespace cnnlab::cli
