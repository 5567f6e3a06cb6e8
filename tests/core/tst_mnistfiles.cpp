// The pinned MNIST checksums (in sync with scripts/fetch-mnist), gunzip, and
// installMnistFile / installVerifiedFile: verified content lands atomically,
// anything else leaves nothing behind.
#include "cnnlab/core/dataset.h"
#include "cnnlab/core/gzip.h"
#include "cnnlab/core/mnistfiles.h"
#include "cnnlab/core/sha256.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <zlib.h>

#include <cstdint>
#include <cstdlib>
#include <map>
#include <string>
#include <vector>

using namespace cnnlab::core;

namespace {

using Bytes = std::vector<std::uint8_t>;

Bytes toBytes(const QByteArray &data)
{
    return Bytes(data.begin(), data.end());
}

QByteArray gzipped(const QByteArray &data)
{
    z_stream stream {};
    if (deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        qFatal("deflateInit2 failed");
    QByteArray out(int(deflateBound(&stream, uLong(data.size()))), '\0');
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    if (deflate(&stream, Z_FINISH) != Z_STREAM_END)
        qFatal("deflate failed");
    out.resize(int(stream.total_out));
    deflateEnd(&stream);
    return out;
}

// Deterministic, poorly compressible content.
QByteArray fakeContent(int size)
{
    QByteArray data(size, '\0');
    std::uint32_t x = 12345;
    for (int i = 0; i < size; ++i) {
        x = x * 1664525u + 1013904223u;
        data[i] = char(x >> 24);
    }
    return data;
}

std::string sha(const QByteArray &data)
{
    return Sha256::hexOf(data.constData(), std::size_t(data.size()));
}

QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace

class TestMnistFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void headerMatchesFetchScript()
    {
        QFile script(QStringLiteral(CNNLAB_SOURCE_DIR "/scripts/fetch-mnist"));
        QVERIFY2(script.open(QIODevice::ReadOnly), qPrintable(script.fileName()));
        const QString text = QString::fromUtf8(script.readAll());
        // Lines like `    [train-images-idx3-ubyte]=ba89...`
        const QRegularExpression pin(QStringLiteral(R"(^\s*\[([a-z0-9-]+)\]=([0-9a-f]{64})\s*$)"),
            QRegularExpression::MultilineOption);
        std::map<std::string, std::string> pinned;
        for (auto it = pin.globalMatch(text); it.hasNext();) {
            const auto match = it.next();
            pinned[match.captured(1).toStdString()] = match.captured(2).toStdString();
        }
        QCOMPARE(pinned.size(), mnistFiles.size());
        for (const MnistFile &file : mnistFiles) {
            const std::string name(file.name);
            QVERIFY2(pinned.count(name) == 1, name.c_str());
            QCOMPARE(pinned[name], std::string(file.sha256));
            QCOMPARE(std::string(mnistSha256(file.name)), std::string(file.sha256));
        }
        QVERIFY(mnistSha256("train-images-idx3-ubyte.gz").empty());
    }

    void installedMnistMatchesPins()
    {
        // The real MNIST on this machine was installed by scripts/fetch-mnist;
        // the pins must describe exactly those files.
        const auto dir = findDataset(DatasetKind::Mnist);
        if (!dir)
            QSKIP("MNIST is not installed (scripts/fetch-mnist)");
        for (const MnistFile &file : mnistFiles) {
            const QString path
                = QDir(QString::fromStdString(*dir)).filePath(QString::fromUtf8(file.name.data()));
            QFile raw(path);
            if (!raw.exists())
                QSKIP("MNIST is installed gzip'd; the raw checksums are checked by installing below");
            const QByteArray data = readAll(path);
            QCOMPARE(sha(data), std::string(file.sha256));
        }
    }

    void gunzipRoundTripAndTruncation()
    {
        const QByteArray content = fakeContent(100000);
        const Bytes gz = toBytes(gzipped(content));
        QVERIFY(isGzip(gz));
        Bytes out;
        QVERIFY(!gunzip(gz, out));
        QCOMPARE(out, toBytes(content));

        Bytes truncated(gz.begin(), gz.begin() + std::ptrdiff_t(gz.size() / 2));
        const Error error = gunzip(truncated, out, "x.gz");
        QCOMPARE(error.code, ErrorCode::GzipCorrupt);
        QCOMPARE(error.path, std::string("x.gz"));

        QCOMPARE(gunzip(gz, out, {}, 1000).code, ErrorCode::CountTooLarge);
    }

    void installsVerifiedFile_data()
    {
        QTest::addColumn<bool>("compressed");
        QTest::newRow("raw") << false;
        QTest::newRow("gzip") << true;
    }

    void installsVerifiedFile()
    {
        QFETCH(bool, compressed);
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("nested/mnist")); // created on demand
        const QByteArray content = fakeContent(5000);
        const QByteArray sent = compressed ? gzipped(content) : content;
        const Error error = installVerifiedFile(dir.toStdString(), "data", toBytes(sent), sha(content));
        QVERIFY2(!error, describe(error).c_str());
        QCOMPARE(entries(dir), QStringList {QStringLiteral("data")});
        QCOMPARE(readAll(QDir(dir).filePath(QStringLiteral("data"))), content);
        // Upper-case hex is the same checksum.
        const std::string upper = QByteArray::fromStdString(sha(content)).toUpper().toStdString();
        QVERIFY(!installVerifiedFile(dir.toStdString(), "data", toBytes(sent), upper));
    }

    void installsRealMnistFile()
    {
        const auto dir = findDataset(DatasetKind::Mnist);
        if (!dir)
            QSKIP("MNIST is not installed (scripts/fetch-mnist)");
        const QString name = QStringLiteral("t10k-labels-idx1-ubyte");
        QString source = QDir(QString::fromStdString(*dir)).filePath(name);
        if (!QFile::exists(source))
            source += QStringLiteral(".gz");
        const QByteArray bytes = readAll(source);
        QVERIFY(!bytes.isEmpty());
        const QByteArray gz = bytes.startsWith("\x1f\x8b") ? bytes : gzipped(bytes);

        QTemporaryDir tmp;
        const Error error = installMnistFile(tmp.path().toStdString(), name.toStdString(), toBytes(gz));
        QVERIFY2(!error, describe(error).c_str());
        QCOMPARE(entries(tmp.path()), QStringList {name});
        const QByteArray installed = readAll(tmp.filePath(name));
        QCOMPARE(sha(installed), std::string(mnistSha256(name.toStdString())));
        QCOMPARE(installed.size(), 10008); // 8-byte header + 10,000 labels
    }

    void wrongContentInstallsNothing()
    {
        QTemporaryDir tmp;
        const QByteArray content = fakeContent(3000);
        const Error error = installMnistFile(
            tmp.path().toStdString(), "train-labels-idx1-ubyte", toBytes(gzipped(content)));
        QCOMPARE(error.code, ErrorCode::ChecksumMismatch);
        QVERIFY(error.path.find("train-labels-idx1-ubyte") != std::string::npos);
        QVERIFY(error.detail.find(sha(content)) != std::string::npos); // what was found
        QCOMPARE(entries(tmp.path()), QStringList());
    }

    void truncatedGzipInstallsNothing()
    {
        QTemporaryDir tmp;
        const QByteArray content = fakeContent(20000);
        const QByteArray gz = gzipped(content);
        const Error error = installVerifiedFile(
            tmp.path().toStdString(), "data", toBytes(gz.left(gz.size() - 10)), sha(content));
        QCOMPARE(error.code, ErrorCode::GzipCorrupt);
        QCOMPARE(entries(tmp.path()), QStringList());
    }

    void failureKeepsExistingFile()
    {
        QTemporaryDir tmp;
        const QByteArray good = fakeContent(1000);
        QVERIFY(!installVerifiedFile(tmp.path().toStdString(), "data", toBytes(good), sha(good)));
        const Error error
            = installVerifiedFile(tmp.path().toStdString(), "data", toBytes(fakeContent(999)), sha(good));
        QCOMPARE(error.code, ErrorCode::ChecksumMismatch);
        QCOMPARE(entries(tmp.path()), QStringList {QStringLiteral("data")});
        QCOMPARE(readAll(tmp.filePath(QStringLiteral("data"))), good);
    }

    void unwritableDirectory()
    {
        QTemporaryDir tmp;
        // A regular file where the directory should be.
        const QString blocker = tmp.filePath(QStringLiteral("file"));
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const QByteArray content = fakeContent(100);
        const Error error = installVerifiedFile(QString(blocker + QStringLiteral("/mnist")).toStdString(),
            "data", toBytes(content), sha(content));
        QCOMPARE(error.code, ErrorCode::WriteFailed);
        QCOMPARE(entries(tmp.path()), QStringList {QStringLiteral("file")});
    }

    void refusesOddNames()
    {
        QTemporaryDir tmp;
        const QByteArray content = fakeContent(100);
        for (const char *name : {"", ".", "..", "../escape", "a/b"}) {
            const Error error
                = installVerifiedFile(tmp.path().toStdString(), name, toBytes(content), sha(content));
            QVERIFY2(error.isError(), name);
        }
        QCOMPARE(installMnistFile(tmp.path().toStdString(), "not-mnist", toBytes(content)).code,
            ErrorCode::Internal);
        QCOMPARE(entries(tmp.path()), QStringList());
        QVERIFY(entries(QFileInfo(tmp.path()).dir().path()).indexOf(QStringLiteral("escape")) < 0);
    }

    void userDatasetDirectoryFollowsXdg()
    {
        const QByteArray savedXdg = qgetenv("XDG_DATA_HOME");
        qputenv("XDG_DATA_HOME", "/tmp/xdg-test-home");
        QCOMPARE(userDatasetDirectory(DatasetKind::Mnist),
            std::string("/tmp/xdg-test-home/cnnlab/datasets/mnist"));
        qputenv("XDG_DATA_HOME", "relative/ignored");
        const std::string home = qgetenv("HOME").toStdString();
        QCOMPARE(userDatasetDirectory(DatasetKind::FashionMnist),
            home + "/.local/share/cnnlab/datasets/fashion-mnist");
        if (savedXdg.isNull())
            qunsetenv("XDG_DATA_HOME");
        else
            qputenv("XDG_DATA_HOME", savedXdg);
    }

    void findDatasetWithoutLoading()
    {
        QTemporaryDir tmp;
        // Four empty files: found (not read, so not validated).
        for (const MnistFile &file : mnistFiles) {
            QFile f(tmp.filePath(QString::fromUtf8(file.name.data())));
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        const auto found = findDataset(DatasetKind::Mnist, tmp.path().toStdString());
        QVERIFY(found.hasValue());
        QCOMPARE(*found, tmp.path().toStdString());
    }
};

QTEST_APPLESS_MAIN(TestMnistFiles)
#include "tst_mnistfiles.moc"
