#include "framewriter.h"

#include <cerrno>
#include <chrono>
#include <optional>

#include <fcntl.h>
#include <poll.h>

#include <unistd.h>

namespace cnnlab::core {

namespace {

constexpr auto abandonGrace = std::chrono::seconds(2);

} // namespace

FrameWriter::FrameWriter(int fd)
    : m_fd(fd)
{
    ::fcntl(m_fd, F_SETFL, ::fcntl(m_fd, F_GETFL) | O_NONBLOCK);
}

void FrameWriter::abandon()
{
    m_abandoned = true;
}

bool FrameWriter::writeLine(const std::string &line)
{
    const std::lock_guard lock(m_mutex);
    const std::string framed = line + '\n';
    return writeAll(framed.data(), framed.size());
}

bool FrameWriter::writeLineAndFrame(const std::string &line, const std::vector<std::uint8_t> &frame)
{
    const std::lock_guard lock(m_mutex);
    const std::string framed = line + '\n';
    return writeAll(framed.data(), framed.size())
        && writeAll(reinterpret_cast<const char *>(frame.data()), frame.size());
}

bool FrameWriter::writeLineAndFrame(const std::string &line, const std::string &frame)
{
    const std::lock_guard lock(m_mutex);
    const std::string framed = line + '\n';
    return writeAll(framed.data(), framed.size()) && writeAll(frame.data(), frame.size());
}

bool FrameWriter::isBroken() const
{
    const std::lock_guard lock(m_mutex);
    return m_broken;
}

std::uint64_t FrameWriter::bytesWritten() const
{
    const std::lock_guard lock(m_mutex);
    return m_bytes;
}

bool FrameWriter::writeAll(const char *data, std::size_t size)
{
    std::optional<std::chrono::steady_clock::time_point> giveUpAt;
    while (size > 0 && !m_broken) {
        const ssize_t written = ::write(m_fd, data, size);
        if (written < 0) {
            if (errno == EINTR)
                continue;
            if (errno == EAGAIN || errno == EWOULDBLOCK) {
                // Full pipe: wait for the reader, unless it is gone for good.
                if (m_abandoned && !giveUpAt)
                    giveUpAt = std::chrono::steady_clock::now() + abandonGrace;
                if (giveUpAt && std::chrono::steady_clock::now() >= *giveUpAt) {
                    m_broken = true;
                    break;
                }
                pollfd out {m_fd, POLLOUT, 0};
                ::poll(&out, 1, 100);
                continue;
            }
            m_broken = true; // EPIPE: the peer is gone; anything else: no better
            break;
        }
        data += written;
        size -= static_cast<std::size_t>(written);
        m_bytes += static_cast<std::uint64_t>(written);
    }
    return !m_broken;
}

} // namespace cnnlab::core
