#include "cliexit.h"

#include <iostream>

namespace cnnlab::cli {

using core::Error;
using core::ErrorCode;

int exitCodeFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::None: return exitCompleted;
    case ErrorCode::FileNotFound:
    case ErrorCode::FileUnreadable:
    case ErrorCode::EmptyFile:
    case ErrorCode::GzipCorrupt:
    case ErrorCode::BadMagic:
    case ErrorCode::BadDimensions:
    case ErrorCode::CountTooLarge:
    case ErrorCode::Truncated:
    case ErrorCode::TrailingData:
    case ErrorCode::CountMismatch:
    case ErrorCode::LabelOutOfRange:
    case ErrorCode::DatasetMissing:
    case ErrorCode::ChecksumMismatch: return exitDataError;
    case ErrorCode::InvalidConfig: return exitUsage;
    case ErrorCode::DeviceUnavailable:
    case ErrorCode::OutOfMemory:
    case ErrorCode::CheckpointUnreadable:
    case ErrorCode::CheckpointMismatch:
    case ErrorCode::WriteFailed:
    case ErrorCode::RemoteUnreachable:
    case ErrorCode::RemoteAuthFailed:
    case ErrorCode::RemoteCommandMissing:
    case ErrorCode::RemoteProtocol:
    case ErrorCode::ConnectionLost:
    case ErrorCode::Internal: return exitFailure;
    }
    return exitFailure;
}

std::string errorText(const Error &error)
{
    if (error.detail.find('\n') == std::string::npos)
        return core::describe(error);
    std::string text = core::errorCodeName(error.code);
    if (!error.path.empty())
        text += " (" + error.path + ")";
    return text + ": " + error.detail;
}

void printError(const std::string &message)
{
    std::cerr << program << ": " << message << '\n';
}

int usageError(const std::string &message)
{
    // One line, whatever the parser said.
    std::string line = message;
    for (char &c : line)
        if (c == '\n' || c == '\r')
            c = ' ';
    printError(line);
    std::cerr << "Run with --help for usage.\n";
    return exitUsage;
}

} // namespace cnnlab::cli
