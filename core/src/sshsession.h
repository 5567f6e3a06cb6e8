#pragma once

// One connection to `cnnlab-train --serve` on a remote machine: the ssh
// child process, its line/frame stream and its stderr, with the hello read
// and checked. Errors are worded from what ssh said, so "could not resolve",
// "permission denied" and "command not found" each get their own code.
// Private to core.

#include "childprocess.h"
#include "framereader.h"
#include "framewriter.h"
#include "servemessages.h"

#include "cnnlab/core/expected.h"
#include "cnnlab/core/remotetrainer.h"

#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <string>

namespace cnnlab::core {

class SshSession
{
public:
    SshSession() = default;
    ~SshSession(); // ends ssh (stdin closed, then signals) and reaps it

    // Starts ssh and waits (at most `timeoutSeconds`) for the hello. `cancel`
    // returning true gives up at once (ErrorCode::None in `*cancelled`).
    Error open(const RemoteTarget &target, int timeoutSeconds = 40, const std::function<bool()> &cancel = {},
        bool *cancelled = nullptr);
    [[nodiscard]] const ServeHello &hello() const { return m_hello; }

    // The next item within `timeoutMs` (Kind::None when nothing came).
    // `isEnded()` once the stream is closed.
    FrameReader::Item next(int timeoutMs);
    void expectFrame(std::size_t bytes) { m_reader.expectFrame(bytes); }
    [[nodiscard]] bool isEnded() const { return m_ended; }

    bool send(const std::string &line); // thread-safe
    bool sendWithFrame(const std::string &line, const std::vector<std::uint8_t> &frame);
    // Closes our end and waits for ssh to exit (then the remote has too).
    void close(int timeoutMs = 5000);

    // Why the connection ended (or never opened), worded from ssh's stderr and
    // exit code.
    [[nodiscard]] Error failure(const std::string &fallback) const;
    [[nodiscard]] std::uint64_t bytesReceived() const { return m_bytes; }
    [[nodiscard]] const std::string &destination() const { return m_destination; }

private:
    void readStderr();

    ChildProcess m_child;
    std::unique_ptr<FrameWriter> m_writer;
    FrameReader m_reader {maxServerLineBytes};
    std::string m_destination;
    std::string m_stderr; // the last few KiB
    ServeHello m_hello;
    std::uint64_t m_bytes = 0;
    bool m_ended = false;
};

} // namespace cnnlab::core
