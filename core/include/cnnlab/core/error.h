#pragma once

#include <string>

namespace cnnlab::core {

// Every way core can fail. Front ends turn these into words (the UI through tr()),
// so core never builds user-facing sentences itself; `Error::detail` carries the
// technical facts (expected vs found) for logs and the CLI.
enum class ErrorCode {
    None,
    FileNotFound,
    FileUnreadable,
    EmptyFile,
    GzipCorrupt,
    BadMagic,
    BadDimensions,
    CountTooLarge,
    Truncated,
    TrailingData,
    CountMismatch,
    LabelOutOfRange,
    DatasetMissing,
    ChecksumMismatch,
    InvalidConfig,
    DeviceUnavailable,
    OutOfMemory,
    CheckpointUnreadable,
    CheckpointMismatch,
    WriteFailed,
    // Remote training over ssh (`path`: the ssh destination; `detail`: what
    // ssh or the remote said).
    RemoteUnreachable, // DNS, refused, timed out, network down
    RemoteAuthFailed, // needs a password, a key or a host key confirmed in a terminal
    RemoteCommandMissing, // cnnlab-train is not installed there (or not on its PATH)
    RemoteProtocol, // malformed, oversized or unknown message; protocol version mismatch
    ConnectionLost, // the connection ended mid-run
    Internal, // keep last: code that walks every code stops here
};

struct Error {
    ErrorCode code = ErrorCode::None;
    std::string path; // the file or setting concerned, if any
    std::string detail; // what was expected and what was found

    [[nodiscard]] bool isError() const { return code != ErrorCode::None; }
    explicit operator bool() const { return isError(); }
};

// Stable identifier ("bad-magic", ...) for JSON records and logs.
const char *errorCodeName(ErrorCode code);

// Plain English sentence for the CLI and logs ("<code>: <detail> (<path>)").
// The GUI does not use this; it words the code itself.
std::string describe(const Error &error);

} // namespace cnnlab::core
