#include "cnnlab/core/mnistfiles.h"

#include "cnnlab/core/gzip.h"
#include "cnnlab/core/runrecord.h"
#include "cnnlab/core/sha256.h"

#include <cctype>
#include <exception>
#include <filesystem>
#include <new>
#include <system_error>

namespace cnnlab::core {

namespace {

namespace fs = std::filesystem;

bool sameHex(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i])))
            return false;
    }
    return true;
}

} // namespace

std::string_view mnistSha256(std::string_view name)
{
    for (const MnistFile &file : mnistFiles) {
        if (file.name == name)
            return file.sha256;
    }
    return {};
}

Expected<std::vector<std::uint8_t>> unpackVerified(
    const std::vector<std::uint8_t> &bytes, std::string_view expectedSha256, const std::string &label)
{
    try {
        std::vector<std::uint8_t> content;
        if (isGzip(bytes)) {
            if (Error error = gunzip(bytes, content, label))
                return error;
        } else {
            content = bytes;
        }
        const std::string found = Sha256::hexOf(content.data(), content.size());
        if (!sameHex(found, expectedSha256))
            return Error {ErrorCode::ChecksumMismatch, label,
                "expected SHA-256 " + std::string(expectedSha256) + ", found " + found + " ("
                    + std::to_string(content.size()) + " bytes)"};
        return content;
    } catch (const std::bad_alloc &) {
        return Error {ErrorCode::OutOfMemory, label, "out of memory while checking the file"};
    }
}

Error installVerifiedFile(const std::string &dir, const std::string &name,
    const std::vector<std::uint8_t> &bytes, std::string_view expectedSha256)
{
    // A name from a server or a test must not walk out of the target directory.
    if (!isPlainFileName(name))
        return Error {ErrorCode::Internal, name, "expected a plain file name"};
    const std::string path = (fs::path(dir) / name).string();
    auto content = unpackVerified(bytes, expectedSha256, path);
    if (!content)
        return content.error();

    std::error_code ec;
    fs::create_directories(dir, ec);
    if (ec)
        return Error {ErrorCode::WriteFailed, dir, "cannot create the directory: " + ec.message()};
    try {
        // writeFileAtomically: temporary file next to the target, fsync, rename;
        // it removes the temporary file on every failure.
        return writeFileAtomically(path, std::string(content->begin(), content->end()));
    } catch (const std::bad_alloc &) {
        return Error {ErrorCode::OutOfMemory, path, "out of memory while writing the file"};
    }
}

Error installMnistFile(
    const std::string &dir, const std::string &name, const std::vector<std::uint8_t> &bytes)
{
    const std::string_view expected = mnistSha256(name);
    if (expected.empty())
        return Error {ErrorCode::Internal, name, "not one of the four MNIST files"};
    return installVerifiedFile(dir, name, bytes, expected);
}

} // namespace cnnlab::core
