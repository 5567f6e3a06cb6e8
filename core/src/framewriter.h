#pragma once

// Writes protocol lines and binary frames to a pipe or socket, whole, from any
// thread (one mutex: a step report and a command reply never interleave).
// A closed peer (EPIPE) makes every later write fail at once; the caller must
// ignore SIGPIPE (the CLI does). The fd is made non-blocking. Private to core.

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <mutex>
#include <string>
#include <vector>

namespace cnnlab::core {

class FrameWriter
{
public:
    explicit FrameWriter(int fd);

    // `line` must not contain '\n'; one is added. False once the peer is gone.
    bool writeLine(const std::string &line);
    // A line announcing a frame, then the frame's bytes, under one lock.
    bool writeLineAndFrame(const std::string &line, const std::vector<std::uint8_t> &frame);
    bool writeLineAndFrame(const std::string &line, const std::string &frame);

    // The peer has gone (its input to us closed): writes that cannot finish
    // within a short grace period are dropped and the writer is broken, so a
    // peer that stopped reading can never block training.
    void abandon();
    [[nodiscard]] bool isBroken() const;
    [[nodiscard]] std::uint64_t bytesWritten() const;

private:
    bool writeAll(const char *data, std::size_t size); // m_mutex held

    int m_fd;
    mutable std::mutex m_mutex;
    bool m_broken = false;
    std::atomic<bool> m_abandoned {false};
    std::uint64_t m_bytes = 0;
};

} // namespace cnnlab::core
