#include "sshsession.h"

#include <algorithm>
#include <array>
#include <cerrno>
#include <csignal>

#include <poll.h>
#include <unistd.h>

namespace cnnlab::core {

namespace {

constexpr std::size_t maxStderrBytes = 8192;

bool contains(const std::string &text, const char *needle)
{
    return text.find(needle) != std::string::npos;
}

// The last non-empty lines of what ssh (or the remote shell) printed.
std::string lastLines(const std::string &text, int count)
{
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string::npos)
            end = text.size();
        std::string line = text.substr(start, end - start);
        while (!line.empty() && (line.back() == '\r' || line.back() == ' '))
            line.pop_back();
        if (!line.empty())
            lines.push_back(line);
        start = end + 1;
    }
    std::string out;
    const std::size_t first = lines.size() > std::size_t(count) ? lines.size() - count : 0;
    for (std::size_t i = first; i < lines.size(); ++i)
        out += (out.empty() ? "" : " / ") + lines[i];
    return out;
}

} // namespace

SshSession::~SshSession()
{
    close(2000);
}

Error SshSession::open(
    const RemoteTarget &target, int timeoutSeconds, const std::function<bool()> &cancel, bool *cancelled)
{
    if (cancelled)
        *cancelled = false;
    m_destination = target.destination;
    const std::vector<std::string> argv = sshCommandLine(target);
    if (const Error error = m_child.start(argv))
        return Error {ErrorCode::RemoteUnreachable, m_destination,
            "cannot run the ssh client \"" + argv.front() + "\" (" + error.detail
                + "); install OpenSSH's client or set CNNLAB_SSH"};
    m_writer = std::make_unique<FrameWriter>(m_child.stdinFd());
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(timeoutSeconds);
    while (std::chrono::steady_clock::now() < deadline) {
        if (cancel && cancel()) {
            if (cancelled)
                *cancelled = true;
            return {};
        }
        FrameReader::Item item = next(200);
        if (item.kind == FrameReader::Kind::None) {
            if (m_ended)
                return failure("the connection closed before the remote said hello");
            continue;
        }
        if (item.kind != FrameReader::Kind::Line)
            return Error {
                ErrorCode::RemoteProtocol, m_destination, "the remote's first message is not a line"};
        Expected<servemessages::Message> message
            = servemessages::parseLine(item.line, servemessages::serverTypes);
        if (!message || message->type != "hello") {
            // A login banner or a shell's noise on stdout: not cnnlab-train --serve.
            return Error {ErrorCode::RemoteProtocol, m_destination,
                "expected cnnlab-train's hello, got: " + item.line.substr(0, 120)};
        }
        Expected<ServeHello> hello = servemessages::decode(*message, servemessages::readHello);
        if (!hello)
            return Error {ErrorCode::RemoteProtocol, m_destination, hello.error().detail};
        if (hello->protocol != serveProtocolVersion)
            return Error {ErrorCode::RemoteProtocol, m_destination,
                "protocol version mismatch: " + hello->program + " " + hello->version
                    + " there speaks version " + std::to_string(hello->protocol) + ", this cnnlab speaks "
                    + std::to_string(serveProtocolVersion)};
        m_hello = std::move(hello).value();
        return {};
    }
    return Error {ErrorCode::RemoteUnreachable, m_destination,
        "no answer within " + std::to_string(timeoutSeconds) + " s"
            + (m_stderr.empty() ? "" : ": " + lastLines(m_stderr, 2))};
}

FrameReader::Item SshSession::next(int timeoutMs)
{
    FrameReader::Item item = m_reader.next();
    if (item.kind != FrameReader::Kind::None || m_ended)
        return item;
    std::array<pollfd, 2> fds {{{m_child.stdoutFd(), POLLIN, 0}, {m_child.stderrFd(), POLLIN, 0}}};
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
    for (;;) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
            deadline - std::chrono::steady_clock::now());
        const int ready = ::poll(fds.data(), fds[1].fd >= 0 ? 2 : 1, std::max<int>(0, int(left.count())));
        if (ready < 0 && errno == EINTR)
            continue;
        if (ready <= 0)
            return item;
        if (fds[1].fd >= 0 && (fds[1].revents & (POLLIN | POLLHUP)) != 0)
            readStderr();
        if (m_child.stderrFd() < 0)
            fds[1].fd = -1;
        if ((fds[0].revents & (POLLIN | POLLHUP | POLLERR)) != 0) {
            char buffer[1 << 16];
            const ssize_t got = ::read(m_child.stdoutFd(), buffer, sizeof buffer);
            if (got < 0 && errno == EINTR)
                continue;
            if (got <= 0) {
                m_ended = true;
                readStderr(); // ssh's last words arrive around its stdout closing
                return m_reader.next();
            }
            m_bytes += static_cast<std::uint64_t>(got);
            m_reader.feed(buffer, static_cast<std::size_t>(got));
            item = m_reader.next();
            if (item.kind != FrameReader::Kind::None)
                return item;
        }
        if (std::chrono::steady_clock::now() >= deadline)
            return item;
    }
}

bool SshSession::send(const std::string &line)
{
    return m_writer && m_writer->writeLine(line);
}

bool SshSession::sendWithFrame(const std::string &line, const std::vector<std::uint8_t> &frame)
{
    return m_writer && m_writer->writeLineAndFrame(line, frame);
}

void SshSession::close(int timeoutMs)
{
    if (!m_child.isStarted() || m_child.hasExited())
        return;
    m_child.closeStdin();
    if (!m_child.waitForExit(timeoutMs)) {
        m_child.terminate(SIGTERM);
        if (!m_child.waitForExit(2000)) {
            m_child.terminate(SIGKILL);
            m_child.waitForExit(-1);
        }
    }
}

Error SshSession::failure(const std::string &fallback) const
{
    // ssh has usually exited by the time its stdout closed; give it a moment.
    auto &child = const_cast<ChildProcess &>(m_child);
    child.waitForExit(3000);
    const int code = child.exitCode();
    const std::string said = lastLines(m_stderr, 2);
    const std::string detail = said.empty() ? fallback : said;
    if (code == 127 || contains(m_stderr, "command not found")
        || contains(m_stderr, "No such file or directory"))
        return Error {ErrorCode::RemoteCommandMissing, m_destination, detail};
    if (contains(m_stderr, "Permission denied") || contains(m_stderr, "Host key verification failed")
        || contains(m_stderr, "REMOTE HOST IDENTIFICATION HAS CHANGED")
        || contains(m_stderr, "No more authentication methods")
        || contains(m_stderr, "Too many authentication"))
        return Error {ErrorCode::RemoteAuthFailed, m_destination,
            detail + " — run `ssh " + m_destination
                + "` once in a terminal: accept its host key, and set up a key (ssh-copy-id) if it asks for "
                  "a "
                  "password"};
    if (code == 255 || contains(m_stderr, "Could not resolve hostname")
        || contains(m_stderr, "Connection refused") || contains(m_stderr, "timed out")
        || contains(m_stderr, "No route to host") || contains(m_stderr, "Network is unreachable"))
        return Error {ErrorCode::RemoteUnreachable, m_destination, detail};
    return Error {ErrorCode::ConnectionLost, m_destination, detail};
}

void SshSession::readStderr()
{
    const int fd = m_child.stderrFd();
    if (fd < 0)
        return;
    pollfd p {fd, POLLIN, 0};
    while (::poll(&p, 1, 0) > 0 && (p.revents & (POLLIN | POLLHUP)) != 0) {
        char buffer[4096];
        const ssize_t got = ::read(fd, buffer, sizeof buffer);
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0) {
            m_child.closeStderr(); // end of file: poll() would report it forever
            return;
        }
        m_stderr.append(buffer, static_cast<std::size_t>(got));
        if (m_stderr.size() > maxStderrBytes)
            m_stderr.erase(0, m_stderr.size() - maxStderrBytes);
    }
}

} // namespace cnnlab::core
