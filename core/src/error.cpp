#include "cnnlab/core/error.h"

namespace cnnlab::core {

const char *errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::None: return "none";
    case ErrorCode::FileNotFound: return "file-not-found";
    case ErrorCode::FileUnreadable: return "file-unreadable";
    case ErrorCode::EmptyFile: return "empty-file";
    case ErrorCode::GzipCorrupt: return "gzip-corrupt";
    case ErrorCode::BadMagic: return "bad-magic";
    case ErrorCode::BadDimensions: return "bad-dimensions";
    case ErrorCode::CountTooLarge: return "count-too-large";
    case ErrorCode::Truncated: return "truncated";
    case ErrorCode::TrailingData: return "trailing-data";
    case ErrorCode::CountMismatch: return "count-mismatch";
    case ErrorCode::LabelOutOfRange: return "label-out-of-range";
    case ErrorCode::DatasetMissing: return "dataset-missing";
    case ErrorCode::ChecksumMismatch: return "checksum-mismatch";
    case ErrorCode::InvalidConfig: return "invalid-config";
    case ErrorCode::DeviceUnavailable: return "device-unavailable";
    case ErrorCode::OutOfMemory: return "out-of-memory";
    case ErrorCode::CheckpointUnreadable: return "checkpoint-unreadable";
    case ErrorCode::CheckpointMismatch: return "checkpoint-mismatch";
    case ErrorCode::WriteFailed: return "write-failed";
    case ErrorCode::RemoteUnreachable: return "remote-unreachable";
    case ErrorCode::RemoteAuthFailed: return "remote-auth-failed";
    case ErrorCode::RemoteCommandMissing: return "remote-command-missing";
    case ErrorCode::RemoteProtocol: return "remote-protocol";
    case ErrorCode::ConnectionLost: return "connection-lost";
    case ErrorCode::Internal: return "internal";
    }
    return "unknown";
}

std::string describe(const Error &error)
{
    std::string text = errorCodeName(error.code);
    if (!error.detail.empty())
        text += ": " + error.detail;
    if (!error.path.empty())
        text += " (" + error.path + ")";
    return text;
}

} // namespace cnnlab::core
