#include "framewriter.h"

#include <cerrno>

#include <unistd.h>

namespace cnnlab::core {

FrameWriter::FrameWriter(int fd)
    : m_fd(fd)
{ }

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
    while (size > 0 && !m_broken) {
        const ssize_t written = ::write(m_fd, data, size);
        if (written < 0) {
            if (errno == EINTR)
                continue;
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
