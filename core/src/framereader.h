#pragma once

// Splits a byte stream into newline-terminated lines and, when the protocol
// announces one, raw binary frames of a known length (serveprotocol.h). Fed
// incrementally, so a reader can poll() and never block mid-message. Private
// to core.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace cnnlab::core {

class FrameReader
{
public:
    // A line longer than `maxLineBytes` (without its '\n') is an error, found
    // as soon as that many bytes arrived without a newline.
    explicit FrameReader(std::size_t maxLineBytes);

    void feed(const char *data, std::size_t size);
    // The next `bytes` bytes (after the line just taken) are a frame.
    void expectFrame(std::size_t bytes);

    enum class Kind { None, Line, Frame, Oversized };
    struct Item {
        Kind kind = Kind::None;
        std::string line; // without the '\n' (and a '\r' before it)
        std::vector<std::uint8_t> frame;
    };
    // The next complete item; Kind::None when more bytes are needed.
    // Oversized stays the answer from then on: the stream is out of step.
    Item next();

    [[nodiscard]] bool isMidMessage() const; // bytes of an unfinished line or frame are buffered
    [[nodiscard]] std::size_t pendingFrameBytes() const { return m_frameBytes; }

private:
    std::size_t m_maxLine;
    std::string m_buffer;
    std::size_t m_start = 0; // consumed bytes at the front of m_buffer
    std::size_t m_scanned = 0; // bytes from m_start already searched for '\n'
    std::size_t m_frameBytes = 0;
    bool m_frameExpected = false;
    bool m_oversized = false;
};

} // namespace cnnlab::core
