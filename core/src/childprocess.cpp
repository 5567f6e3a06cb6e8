#include "childprocess.h"

#include <cerrno>
#include <chrono>
#include <cstring>
#include <thread>

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

namespace cnnlab::core {

namespace {

bool makePipe(int fds[2])
{
    return ::pipe2(fds, O_CLOEXEC) == 0;
}

} // namespace

ChildProcess::~ChildProcess()
{
    if (m_pid > 0 && !m_exited) {
        closeStdin(); // ssh ends the session on EOF, the remote side with it
        if (!waitForExit(2000)) {
            terminate(SIGTERM);
            if (!waitForExit(2000)) {
                terminate(SIGKILL);
                waitForExit(-1);
            }
        }
    }
    closeAll();
}

Error ChildProcess::start(const std::vector<std::string> &argv)
{
    if (argv.empty() || m_pid > 0)
        return Error {ErrorCode::Internal, {}, "ChildProcess::start: no command, or already started"};
    int in[2], out[2], err[2];
    if (!makePipe(in))
        return Error {ErrorCode::Internal, {}, std::string("pipe: ") + std::strerror(errno)};
    if (!makePipe(out)) {
        ::close(in[0]), ::close(in[1]);
        return Error {ErrorCode::Internal, {}, std::string("pipe: ") + std::strerror(errno)};
    }
    if (!makePipe(err)) {
        ::close(in[0]), ::close(in[1]), ::close(out[0]), ::close(out[1]);
        return Error {ErrorCode::Internal, {}, std::string("pipe: ") + std::strerror(errno)};
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, in[0], STDIN_FILENO);
    posix_spawn_file_actions_adddup2(&actions, out[1], STDOUT_FILENO);
    posix_spawn_file_actions_adddup2(&actions, err[1], STDERR_FILENO);
    // The child starts with default signal dispositions (a caller ignoring
    // SIGPIPE must not pass that on) and in its own process group, so a
    // terminal's Ctrl+C reaches us first and we end it in order.
    posix_spawnattr_t attributes;
    posix_spawnattr_init(&attributes);
    sigset_t defaults;
    sigemptyset(&defaults);
    sigaddset(&defaults, SIGPIPE);
    sigaddset(&defaults, SIGINT);
    sigaddset(&defaults, SIGTERM);
    posix_spawnattr_setsigdefault(&attributes, &defaults);
    sigset_t none;
    sigemptyset(&none);
    posix_spawnattr_setsigmask(&attributes, &none);
    posix_spawnattr_setpgroup(&attributes, 0);
    posix_spawnattr_setflags(
        &attributes, POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETPGROUP);

    std::vector<char *> args;
    for (const std::string &arg : argv)
        args.push_back(const_cast<char *>(arg.c_str()));
    args.push_back(nullptr);
    pid_t pid = -1;
    const int spawned = ::posix_spawnp(&pid, args[0], &actions, &attributes, args.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attributes);
    ::close(in[0]), ::close(out[1]), ::close(err[1]);
    if (spawned != 0) {
        ::close(in[1]), ::close(out[0]), ::close(err[0]);
        return Error {ErrorCode::FileNotFound, argv[0], std::strerror(spawned)};
    }
    m_pid = pid;
    m_in = in[1];
    m_out = out[0];
    m_err = err[0];
    m_exited = false;
    return {};
}

void ChildProcess::closeStdin()
{
    if (m_in >= 0)
        ::close(m_in);
    m_in = -1;
}

void ChildProcess::closeStderr()
{
    if (m_err >= 0)
        ::close(m_err);
    m_err = -1;
}

bool ChildProcess::waitForExit(int timeoutMs)
{
    if (m_pid <= 0 || m_exited)
        return true;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
    for (;;) {
        int status = 0;
        const pid_t done = ::waitpid(m_pid, &status, timeoutMs < 0 ? 0 : WNOHANG);
        if (done == m_pid) {
            m_exited = true;
            m_status = status;
            return true;
        }
        if (done < 0 && errno != EINTR) {
            m_exited = true; // reaped elsewhere (or never ours): nothing left to wait for
            m_status = 0;
            return true;
        }
        if (timeoutMs >= 0 && std::chrono::steady_clock::now() >= deadline)
            return false;
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
}

int ChildProcess::exitCode() const
{
    if (!m_exited)
        return -1;
    if (WIFEXITED(m_status))
        return WEXITSTATUS(m_status);
    if (WIFSIGNALED(m_status))
        return 128 + WTERMSIG(m_status);
    return -1;
}

void ChildProcess::terminate(int signal)
{
    if (m_pid > 0 && !m_exited)
        ::kill(m_pid, signal);
}

void ChildProcess::closeAll()
{
    for (int *fd : {&m_in, &m_out, &m_err}) {
        if (*fd >= 0)
            ::close(*fd);
        *fd = -1;
    }
}

} // namespace cnnlab::core
