// gunzip against hostile trailers and its size bound: the file's own size
// field must not drive an allocation, and only *more* than maxBytes is too large.
#include "cnnlab/core/gzip.h"

#include <QTest>

#include <zlib.h>

#include <atomic>
#include <cstdlib>
#include <new>
#include <random>

// Largest single allocation the process asked for while `tracking` is set.
namespace {
std::atomic<bool> tracking {false};
std::atomic<std::size_t> largestRequest {0};
} // namespace

void *operator new(std::size_t size)
{
    if (tracking.load(std::memory_order_relaxed)) {
        std::size_t seen = largestRequest.load(std::memory_order_relaxed);
        while (size > seen && !largestRequest.compare_exchange_weak(seen, size)) { }
    }
    if (void *p = std::malloc(size ? size : 1))
        return p;
    throw std::bad_alloc();
}

void operator delete(void *p) noexcept
{
    std::free(p);
}

void operator delete(void *p, std::size_t) noexcept
{
    std::free(p);
}

using namespace cnnlab::core;
using Bytes = std::vector<std::uint8_t>;

namespace {

Bytes gzipped(const Bytes &data)
{
    z_stream stream {};
    if (deflateInit2(&stream, Z_BEST_SPEED, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        qFatal("deflateInit2 failed");
    Bytes out(deflateBound(&stream, uLong(data.size())));
    stream.next_in = const_cast<Bytef *>(data.data());
    stream.avail_in = uInt(data.size());
    stream.next_out = out.data();
    stream.avail_out = uInt(out.size());
    if (deflate(&stream, Z_FINISH) != Z_STREAM_END)
        qFatal("deflate failed");
    out.resize(stream.total_out);
    deflateEnd(&stream);
    return out;
}

Bytes randomBytes(std::size_t size)
{
    std::mt19937 random(7);
    Bytes bytes(size);
    for (auto &b : bytes)
        b = std::uint8_t(random());
    return bytes;
}

Bytes concat(Bytes a, const Bytes &b)
{
    a.insert(a.end(), b.begin(), b.end());
    return a;
}

} // namespace

class TestGzip : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void trailerDoesNotDriveAllocation();
    void exactlyMaxBytesIsWithinBound();
    void emptyMemberWithZeroBound();
    void oneByteMoreIsTooLarge();
};

void TestGzip::trailerDoesNotDriveAllocation()
{
    // 520 KB that start 1f 8b and end ff ff ff ff: the trailer claims 4 GiB.
    Bytes file = gzipped(randomBytes(520 * 1024));
    QVERIFY(file.size() > 500 * 1024);
    for (std::size_t i = file.size() - 4; i < file.size(); ++i)
        file[i] = 0xff;
    Bytes out;
    largestRequest = 0;
    tracking = true;
    const Error error = gunzip(file, out, "hostile.gz");
    tracking = false;
    QCOMPARE(error.code, ErrorCode::GzipCorrupt); // the length check fails at the end
    // Growing as data arrives needs a few MiB at most; the trailer asked for GiB.
    QVERIFY2(largestRequest < std::size_t {16} << 20, qPrintable(QString::number(largestRequest)));
}

void TestGzip::exactlyMaxBytesIsWithinBound()
{
    const Bytes data = randomBytes(3000);
    const Bytes file = concat(gzipped(data), gzipped({}));
    Bytes out;
    const Error error = gunzip(file, out, "two-members.gz", data.size());
    QVERIFY2(!error, describe(error).c_str());
    QVERIFY(out == data);
    // One member, exactly at the bound, too.
    QVERIFY(!gunzip(gzipped(data), out, "one.gz", data.size()));
    QVERIFY(out == data);
}

void TestGzip::emptyMemberWithZeroBound()
{
    Bytes out {1, 2, 3};
    const Error error = gunzip(gzipped({}), out, "empty.gz", 0);
    QVERIFY2(!error, describe(error).c_str());
    QVERIFY(out.empty());
}

void TestGzip::oneByteMoreIsTooLarge()
{
    const Bytes data = randomBytes(3000);
    Bytes out;
    QCOMPARE(gunzip(gzipped(data), out, "big.gz", data.size() - 1).code, ErrorCode::CountTooLarge);
    QCOMPARE(gunzip(concat(gzipped(data), gzipped({1})), out, "big.gz", data.size()).code,
        ErrorCode::CountTooLarge);
}

QTEST_GUILESS_MAIN(TestGzip)
#include "tst_gzip.moc"
