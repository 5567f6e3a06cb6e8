#include "cnnlab/core/idxfile.h"

#include "cnnlab/core/gzip.h"

#include <algorithm>
#include <cerrno>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <exception>
#include <filesystem>
#include <memory>
#include <new>
#include <string>
#include <system_error>
#include <utility>
#include <vector>

namespace cnnlab::core {

namespace {

namespace fs = std::filesystem;

using Bytes = std::vector<std::uint8_t>;

constexpr std::uint32_t imagesMagic = 0x00000803;
constexpr std::uint32_t labelsMagic = 0x00000801;
constexpr int imageSide = 28;
constexpr std::size_t imagesHeaderSize = 16;
constexpr std::size_t labelsHeaderSize = 8;
// No real IDX set comes close (MNIST: 60,000); anything above is a corrupt or
// hostile header, refused before any count-sized allocation.
constexpr std::uint32_t maxCount = 10'000'000;
// Bound on what is held in memory for one file (after decompression).
constexpr std::uint64_t maxFileBytes = maxGunzipBytes;

Error fail(ErrorCode code, const std::string &path, std::string detail)
{
    return Error {code, path, std::move(detail)};
}

std::string hex32(std::uint32_t value)
{
    char text[11];
    std::snprintf(text, sizeof text, "0x%08x", static_cast<unsigned>(value));
    return text;
}

std::uint32_t readBigEndian32(const Bytes &bytes, std::size_t offset)
{
    return (std::uint32_t {bytes[offset]} << 24) | (std::uint32_t {bytes[offset + 1]} << 16)
        | (std::uint32_t {bytes[offset + 2]} << 8) | std::uint32_t {bytes[offset + 3]};
}

struct FileCloser {
    void operator()(std::FILE *file) const { std::fclose(file); }
};

// Reads the file's raw bytes, at most maxFileBytes.
Error readRaw(const std::string &path, Bytes &out)
{
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (status.type() == fs::file_type::not_found)
        return fail(ErrorCode::FileNotFound, path, "expected an IDX file, found no file at this path");
    if (ec)
        return fail(ErrorCode::FileUnreadable, path, "cannot stat the file: " + ec.message());
    if (fs::is_directory(status))
        return fail(ErrorCode::FileUnreadable, path, "expected an IDX file, found a directory");

    std::unique_ptr<std::FILE, FileCloser> file(std::fopen(path.c_str(), "rb"));
    if (!file)
        return fail(ErrorCode::FileUnreadable, path,
            std::string("cannot open the file: ") + std::generic_category().message(errno));

    // Read in chunks rather than trusting the size reported up front: pipes and
    // files that change under us report sizes that do not hold.
    const std::uintmax_t reported = fs::is_regular_file(status) ? fs::file_size(path, ec) : 0;
    if (!ec && reported > maxFileBytes)
        return fail(ErrorCode::CountTooLarge, path,
            "expected at most " + std::to_string(maxFileBytes) + " bytes, the file has "
                + std::to_string(reported));
    out.clear();
    // One spare byte: the read that finds EOF then fits without regrowing.
    if (!ec)
        out.reserve(static_cast<std::size_t>(reported) + 1);
    constexpr std::size_t chunk = std::size_t {1} << 20;
    for (;;) {
        const std::size_t used = out.size();
        const std::size_t room = out.capacity() > used ? std::min(chunk, out.capacity() - used) : chunk;
        out.resize(used + room);
        const std::size_t got = std::fread(out.data() + used, 1, room, file.get());
        out.resize(used + got);
        if (out.size() > maxFileBytes)
            return fail(ErrorCode::CountTooLarge, path,
                "expected at most " + std::to_string(maxFileBytes) + " bytes, the file has more");
        if (got < room) {
            if (std::ferror(file.get()))
                return fail(ErrorCode::FileUnreadable, path,
                    "read error after " + std::to_string(out.size()) + " bytes");
            break;
        }
    }
    if (out.empty())
        return fail(ErrorCode::EmptyFile, path, "expected an IDX file, found 0 bytes");
    return {};
}

// The whole file as IDX bytes: decompressed if it is gzip (by content, not name).
Error loadBytes(const std::string &path, Bytes &out)
{
    Bytes raw;
    if (Error error = readRaw(path, raw))
        return error;
    if (!isGzip(raw)) {
        out = std::move(raw);
        return {};
    }
    if (Error error = gunzip(raw, out, path, maxFileBytes))
        return error;
    if (out.empty())
        return fail(
            ErrorCode::EmptyFile, path, "expected an IDX file, the gzip stream decompresses to 0 bytes");
    return {};
}

Error checkMagic(const std::string &path, const Bytes &bytes, std::uint32_t expected, const char *what)
{
    const std::uint8_t want[4]
        = {static_cast<std::uint8_t>(expected >> 24), static_cast<std::uint8_t>(expected >> 16),
            static_cast<std::uint8_t>(expected >> 8), static_cast<std::uint8_t>(expected)};
    const std::size_t have = std::min<std::size_t>(bytes.size(), 4);
    if (!std::equal(bytes.begin(), bytes.begin() + static_cast<std::ptrdiff_t>(have), want)) {
        std::string detail = "expected magic " + hex32(expected) + " (" + what + "), found ";
        if (have < 4) {
            detail += std::to_string(have) + " byte(s) that do not start it";
        } else {
            const std::uint32_t found = readBigEndian32(bytes, 0);
            detail += hex32(found);
            if (found == imagesMagic)
                detail += " (an IDX3 image file)";
            else if (found == labelsMagic)
                detail += " (an IDX1 label file)";
        }
        return fail(ErrorCode::BadMagic, path, detail);
    }
    return {};
}

Error checkHeaderSize(const std::string &path, const Bytes &bytes, std::size_t headerSize)
{
    if (bytes.size() < headerSize)
        return fail(ErrorCode::Truncated, path,
            "expected a " + std::to_string(headerSize) + "-byte header, the file has "
                + std::to_string(bytes.size()) + " bytes");
    return {};
}

Error checkCount(const std::string &path, std::uint32_t count, const char *items)
{
    if (count > maxCount)
        return fail(ErrorCode::CountTooLarge, path,
            std::string("expected at most ") + std::to_string(maxCount) + " " + items
                + ", the header declares " + std::to_string(count));
    return {};
}

// Payload must be exactly what the header declares: neither short nor long.
Error checkPayload(const std::string &path, const Bytes &bytes, std::size_t headerSize,
    std::uint64_t expected, const std::string &unit)
{
    const std::uint64_t found = bytes.size() - headerSize;
    if (found < expected)
        return fail(ErrorCode::Truncated, path,
            "expected " + std::to_string(expected) + " payload bytes (" + unit + "), found "
                + std::to_string(found));
    if (found > expected)
        return fail(ErrorCode::TrailingData, path,
            "expected " + std::to_string(expected) + " payload bytes (" + unit + "), found "
                + std::to_string(found) + " (" + std::to_string(found - expected) + " extra)");
    return {};
}

// Takes the bytes by value so the payload becomes the pixel buffer without a copy.
Expected<IdxImages> parseImages(const std::string &path, Bytes bytes)
{
    if (Error error = checkMagic(path, bytes, imagesMagic, "IDX3 unsigned-byte images"))
        return error;
    if (Error error = checkHeaderSize(path, bytes, imagesHeaderSize))
        return error;
    const std::uint32_t count = readBigEndian32(bytes, 4);
    const std::uint32_t rows = readBigEndian32(bytes, 8);
    const std::uint32_t cols = readBigEndian32(bytes, 12);
    if (rows != imageSide || cols != imageSide)
        return fail(ErrorCode::BadDimensions, path,
            "expected 28x28 images, the header declares " + std::to_string(rows) + "x"
                + std::to_string(cols));
    if (Error error = checkCount(path, count, "images"))
        return error;
    const std::uint64_t imageBytes = std::uint64_t {rows} * cols;
    if (Error error = checkPayload(path, bytes, imagesHeaderSize, std::uint64_t {count} * imageBytes,
            std::to_string(count) + " images of 28x28"))
        return error;

    IdxImages images;
    images.count = static_cast<int>(count);
    images.rows = static_cast<int>(rows);
    images.cols = static_cast<int>(cols);
    bytes.erase(bytes.begin(), bytes.begin() + imagesHeaderSize);
    images.pixels = std::move(bytes);
    return images;
}

Expected<IdxLabels> parseLabels(const std::string &path, Bytes bytes, int classCount)
{
    if (Error error = checkMagic(path, bytes, labelsMagic, "IDX1 unsigned-byte labels"))
        return error;
    if (Error error = checkHeaderSize(path, bytes, labelsHeaderSize))
        return error;
    const std::uint32_t count = readBigEndian32(bytes, 4);
    if (Error error = checkCount(path, count, "labels"))
        return error;
    if (Error error = checkPayload(path, bytes, labelsHeaderSize, count, std::to_string(count) + " labels"))
        return error;

    for (std::size_t i = labelsHeaderSize; i < bytes.size(); ++i) {
        if (bytes[i] >= classCount)
            return fail(ErrorCode::LabelOutOfRange, path,
                "expected labels in 0.." + std::to_string(classCount - 1) + ", label #"
                    + std::to_string(i - labelsHeaderSize) + " is " + std::to_string(bytes[i]));
    }
    IdxLabels labels;
    labels.count = static_cast<int>(count);
    bytes.erase(bytes.begin(), bytes.begin() + labelsHeaderSize);
    labels.labels = std::move(bytes);
    return labels;
}

// The public functions promise no exceptions: allocation failure and anything
// unforeseen become Errors.
template<typename Parse>
auto guarded(const std::string &path, Parse parse) -> decltype(parse())
{
    try {
        return parse();
    } catch (const std::bad_alloc &) {
        return fail(ErrorCode::OutOfMemory, path, "out of memory while reading the file");
    } catch (const std::exception &e) {
        return fail(ErrorCode::Internal, path, std::string("unexpected error: ") + e.what());
    } catch (...) {
        return fail(ErrorCode::Internal, path, "unexpected error");
    }
}

} // namespace

Expected<IdxImages> readIdxImages(const std::string &path)
{
    return guarded(path, [&]() -> Expected<IdxImages> {
        Bytes bytes;
        if (Error error = loadBytes(path, bytes))
            return error;
        return parseImages(path, std::move(bytes));
    });
}

Expected<IdxLabels> readIdxLabels(const std::string &path, int classCount)
{
    return guarded(path, [&]() -> Expected<IdxLabels> {
        // A caller's mistake, not the file's: no label could ever be valid.
        if (classCount < 1)
            return fail(ErrorCode::InvalidConfig, path,
                "expected a class count of at least 1, got " + std::to_string(classCount));
        Bytes bytes;
        if (Error error = loadBytes(path, bytes))
            return error;
        return parseLabels(path, std::move(bytes), classCount);
    });
}

} // namespace cnnlab::core
