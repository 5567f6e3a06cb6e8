#include "cnnlab/core/gzip.h"

#include <zlib.h>

#include <algorithm>
#include <exception>
#include <limits>
#include <new>
#include <string>
#include <utility>

namespace cnnlab::core {

namespace {

using Bytes = std::vector<std::uint8_t>;

// The first reservation is at most this many times the compressed size: the
// trailer's size field is the file's own claim (a 520 KB file can say 4 GiB,
// and deflate can expand 1032:1), so a larger output grows as it is inflated.
// IDX images compress about 5:1.
constexpr std::uint64_t maxTrustedRatio = 8;

Error fail(ErrorCode code, const std::string &path, std::string detail)
{
    return Error {code, path, std::move(detail)};
}

Error tooLarge(const std::string &path, std::uint64_t maxBytes)
{
    return fail(ErrorCode::CountTooLarge, path,
        "expected at most " + std::to_string(maxBytes)
            + " bytes once decompressed, the gzip stream holds more");
}

// Throws std::bad_alloc when zlib or the output runs out of memory.
Error inflateAll(const Bytes &in, Bytes &out, const std::string &path, std::uint64_t maxBytes)
{
    if (in.size() > std::numeric_limits<uInt>::max())
        return fail(ErrorCode::CountTooLarge, path,
            "expected at most " + std::to_string(std::numeric_limits<uInt>::max())
                + " compressed bytes, found " + std::to_string(in.size()));
    z_stream stream {};
    // 16 + MAX_WBITS: gzip wrapper only (a zlib or raw deflate stream is not a .gz file).
    if (inflateInit2(&stream, 16 + MAX_WBITS) != Z_OK)
        return fail(ErrorCode::Internal, path, "zlib inflateInit2 failed");
    struct StreamEnd {
        z_stream *s;
        ~StreamEnd() { inflateEnd(s); }
    } streamEnd {&stream};

    // The trailer's ISIZE (size mod 2^32) is a hint only, capped by a modest
    // ratio and by the overall bound.
    std::uint64_t hint = 0;
    if (in.size() >= 18) {
        const std::size_t t = in.size() - 4;
        hint = std::uint64_t {in[t]} | (std::uint64_t {in[t + 1]} << 8) | (std::uint64_t {in[t + 2]} << 16)
            | (std::uint64_t {in[t + 3]} << 24);
        hint = std::min({hint, std::uint64_t {in.size()} * maxTrustedRatio, maxBytes});
    }
    out.clear();
    out.reserve(static_cast<std::size_t>(hint) + 1); // + 1: room to finish the trailer

    std::size_t consumed = 0; // input bytes of the members already inflated
    constexpr std::size_t chunk = std::size_t {1} << 20;
    for (;;) {
        stream.next_in = const_cast<Bytef *>(in.data() + consumed);
        stream.avail_in = static_cast<uInt>(in.size() - consumed);
        int rc = Z_OK;
        while (rc != Z_STREAM_END) {
            // Only more than maxBytes is too large: exactly maxBytes, or an
            // empty member after it, is within the bound.
            if (out.size() > maxBytes)
                return tooLarge(path, maxBytes);
            const std::size_t used = out.size();
            const std::size_t spare = out.capacity() > used ? out.capacity() - used : chunk;
            // + 1: one byte past the bound tells "exactly maxBytes" from "more".
            const std::uint64_t left = maxBytes - used;
            const std::size_t room
                = left < chunk ? std::min(spare, static_cast<std::size_t>(left) + 1) : std::min(chunk, spare);
            out.resize(used + room);
            stream.next_out = out.data() + used;
            stream.avail_out = static_cast<uInt>(room);
            rc = inflate(&stream, Z_NO_FLUSH);
            out.resize(used + (room - stream.avail_out));
            // There is always output room, so "no progress" means the input ran out.
            if (rc == Z_BUF_ERROR)
                return fail(ErrorCode::GzipCorrupt, path,
                    "gzip stream ends early: input exhausted after " + std::to_string(out.size())
                        + " decompressed bytes, before the end-of-stream marker and CRC");
            if (rc == Z_MEM_ERROR)
                throw std::bad_alloc();
            if (rc != Z_OK && rc != Z_STREAM_END)
                return fail(ErrorCode::GzipCorrupt, path,
                    std::string("invalid gzip data: ") + (stream.msg ? stream.msg : zError(rc)));
        }
        if (out.size() > maxBytes)
            return tooLarge(path, maxBytes);
        consumed = static_cast<std::size_t>(stream.next_in - in.data());
        if (consumed == in.size())
            return {};
        // gzip allows concatenated members; anything else after the stream is junk.
        const bool anotherMember
            = in.size() - consumed >= 2 && in[consumed] == 0x1f && in[consumed + 1] == 0x8b;
        if (!anotherMember)
            return fail(ErrorCode::GzipCorrupt, path,
                "expected end of file after the gzip stream, found " + std::to_string(in.size() - consumed)
                    + " trailing bytes");
        if (inflateReset(&stream) != Z_OK)
            return fail(ErrorCode::Internal, path, "zlib inflateReset failed");
    }
}

} // namespace

bool isGzip(const std::vector<std::uint8_t> &bytes)
{
    return bytes.size() >= 2 && bytes[0] == 0x1f && bytes[1] == 0x8b;
}

Error gunzip(const Bytes &in, Bytes &out, const std::string &path, std::uint64_t maxBytes)
{
    try {
        return inflateAll(in, out, path, maxBytes);
    } catch (const std::bad_alloc &) {
        out.clear();
        return fail(ErrorCode::OutOfMemory, path, "out of memory while decompressing");
    } catch (const std::exception &e) {
        out.clear();
        return fail(ErrorCode::Internal, path, std::string("unexpected error: ") + e.what());
    }
}

} // namespace cnnlab::core
