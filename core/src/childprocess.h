#pragma once

// A child process with its stdin, stdout and stderr on pipes (posix_spawnp):
// how RemoteTrainer runs the system's ssh client. The destructor never leaves
// the child behind: it closes stdin, waits a moment, then SIGTERM, SIGKILL,
// and reaps it. Private to core.

#include "cnnlab/core/error.h"

#include <string>
#include <vector>

#include <sys/types.h>

namespace cnnlab::core {

class ChildProcess
{
public:
    ChildProcess() = default;
    ~ChildProcess();
    ChildProcess(const ChildProcess &) = delete;
    ChildProcess &operator=(const ChildProcess &) = delete;

    // argv[0] is looked up on PATH. FileNotFound when it cannot be started.
    Error start(const std::vector<std::string> &argv);

    [[nodiscard]] int stdinFd() const { return m_in; }
    [[nodiscard]] int stdoutFd() const { return m_out; }
    [[nodiscard]] int stderrFd() const { return m_err; }
    [[nodiscard]] pid_t pid() const { return m_pid; }
    [[nodiscard]] bool isStarted() const { return m_pid > 0; }

    void closeStdin();
    void closeStderr(); // after it reached end of file
    // Waits up to `timeoutMs` for the child to exit; true when it has (then
    // exitStatus() holds its wait status). -1: wait as long as it takes.
    bool waitForExit(int timeoutMs);
    [[nodiscard]] bool hasExited() const { return m_exited; }
    // Exit code, or 128 + signal number for a child killed by a signal.
    [[nodiscard]] int exitCode() const;
    void terminate(int signal);

private:
    void closeAll();

    pid_t m_pid = -1;
    int m_in = -1;
    int m_out = -1;
    int m_err = -1;
    bool m_exited = false;
    int m_status = 0;
};

} // namespace cnnlab::core
