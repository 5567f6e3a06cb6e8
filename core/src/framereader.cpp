#include "framereader.h"

#include <cstring>

namespace cnnlab::core {

FrameReader::FrameReader(std::size_t maxLineBytes)
    : m_maxLine(maxLineBytes)
{ }

void FrameReader::feed(const char *data, std::size_t size)
{
    // Drop what was consumed before growing: the buffer stays one message long.
    if (m_start > 0 && m_start * 2 >= m_buffer.size()) {
        m_buffer.erase(0, m_start);
        m_start = 0;
    }
    m_buffer.append(data, size);
}

void FrameReader::expectFrame(std::size_t bytes)
{
    m_frameExpected = true;
    m_frameBytes = bytes;
}

FrameReader::Item FrameReader::next()
{
    Item item;
    if (m_oversized) {
        item.kind = Kind::Oversized;
        return item;
    }
    const std::size_t available = m_buffer.size() - m_start;
    if (m_frameExpected) {
        if (available < m_frameBytes)
            return item;
        item.kind = Kind::Frame;
        const auto *begin = reinterpret_cast<const std::uint8_t *>(m_buffer.data() + m_start);
        item.frame.assign(begin, begin + m_frameBytes);
        m_start += m_frameBytes;
        m_frameExpected = false;
        m_frameBytes = 0;
        return item;
    }
    const char *begin = m_buffer.data() + m_start;
    const void *newline = std::memchr(begin + m_scanned, '\n', available - m_scanned);
    if (newline == nullptr) {
        m_scanned = available;
        if (available > m_maxLine) {
            m_oversized = true;
            item.kind = Kind::Oversized;
        }
        return item;
    }
    std::size_t length = static_cast<const char *>(newline) - begin;
    if (length > m_maxLine) {
        m_oversized = true;
        item.kind = Kind::Oversized;
        return item;
    }
    m_start += length + 1;
    m_scanned = 0;
    if (length > 0 && begin[length - 1] == '\r')
        --length;
    item.kind = Kind::Line;
    item.line.assign(begin, length);
    return item;
}

bool FrameReader::isMidMessage() const
{
    return m_frameExpected || m_buffer.size() > m_start;
}

} // namespace cnnlab::core
