#include "cnnlab/core/command.h"

#include "childprocess.h"

#include <array>
#include <cerrno>
#include <chrono>
#include <csignal>

#include <poll.h>
#include <unistd.h>

namespace cnnlab::core {

Expected<CommandResult> runCommand(
    const std::vector<std::string> &argv, int timeoutSeconds, const std::string &input)
{
    ChildProcess child;
    if (const Error error = child.start(argv))
        return error;
    // Small inputs (a plan) fit the pipe; a reader that stops early is an EPIPE, not a death.
    std::size_t written = 0;
    while (written < input.size()) {
        const ssize_t n = ::write(child.stdinFd(), input.data() + written, input.size() - written);
        if (n <= 0 && errno != EINTR)
            break;
        if (n > 0)
            written += std::size_t(n);
    }
    child.closeStdin();
    CommandResult result;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(timeoutSeconds);
    std::array<pollfd, 2> fds {{{child.stdoutFd(), POLLIN, 0}, {child.stderrFd(), POLLIN, 0}}};
    std::array<std::string *, 2> sinks {&result.out, &result.err};
    while (fds[0].fd >= 0 || fds[1].fd >= 0) {
        if (std::chrono::steady_clock::now() >= deadline) {
            child.terminate(SIGKILL);
            break;
        }
        const int ready = ::poll(fds.data(), fds.size(), 100);
        if (ready < 0 && errno != EINTR)
            break;
        for (std::size_t i = 0; i < fds.size(); ++i) {
            if (fds[i].fd < 0 || (fds[i].revents & (POLLIN | POLLHUP | POLLERR)) == 0)
                continue;
            char buffer[4096];
            const ssize_t got = ::read(fds[i].fd, buffer, sizeof buffer);
            if (got > 0)
                sinks[i]->append(buffer, static_cast<std::size_t>(got));
            else if (got == 0 || errno != EINTR)
                fds[i].fd = -1; // closed (ChildProcess closes the descriptors)
        }
    }
    child.waitForExit(-1);
    result.exitCode = child.exitCode();
    return result;
}

} // namespace cnnlab::core
