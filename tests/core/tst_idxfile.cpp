// IDX reader: good raw and gzip files, and one generated fixture per failure
// mode, each asserting the exact ErrorCode and that the path is reported.
#include "cnnlab/core/dataset.h"
#include "cnnlab/core/idxfile.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <zlib.h>

#include <cstdint>
#include <string>

using namespace cnnlab::core;

Q_DECLARE_METATYPE(cnnlab::core::ErrorCode)

namespace {

QByteArray be32(quint32 value)
{
    QByteArray bytes(4, '\0');
    bytes[0] = char(value >> 24);
    bytes[1] = char(value >> 16);
    bytes[2] = char(value >> 8);
    bytes[3] = char(value);
    return bytes;
}

// Pixel values that differ per image and position, so a misplaced byte shows.
char pixelAt(int image, int index)
{
    return char((image * 31 + index * 7) & 0xff);
}

// An IDX3 image file: `declared` images in the header, `payload` bytes after it
// (-1: exactly what the header declares).
QByteArray imagesFile(quint32 declared, quint32 rows = 28, quint32 cols = 28, qint64 payload = -1)
{
    QByteArray bytes = be32(0x00000803) + be32(declared) + be32(rows) + be32(cols);
    if (payload < 0)
        payload = qint64(declared) * rows * cols;
    const qint64 imageSize = qint64(rows) * cols;
    for (qint64 i = 0; i < payload; ++i)
        bytes.append(pixelAt(int(i / imageSize), int(i % imageSize)));
    return bytes;
}

// An IDX1 label file holding `labels` (the header declares `declared`, -1: as many as given).
QByteArray labelsFile(const QByteArray &labels, qint64 declared = -1)
{
    return be32(0x00000801) + be32(quint32(declared < 0 ? labels.size() : declared)) + labels;
}

QByteArray labelBytes(int count, int classes = 10)
{
    QByteArray labels;
    for (int i = 0; i < count; ++i)
        labels.append(char(i % classes));
    return labels;
}

// A gzip stream (header, deflate, CRC trailer), as `gzip` would write it.
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

enum class Reader { Images, Labels };

} // namespace

class TestIdxFile : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    std::string write(const QString &name, const QByteArray &contents)
    {
        const QString path = m_dir.filePath(name);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size())
            qFatal("cannot write fixture %s", qPrintable(path));
        return path.toStdString();
    }

    // The four files of a small dataset in `subdir` (train: 5 images, test: 3).
    QString writeDataset(const QString &subdir, bool gzip)
    {
        const auto store = [&](const char *name, const QByteArray &contents) {
            const QString file = subdir + u'/' + QLatin1String(name);
            if (gzip)
                write(file + QStringLiteral(".gz"), gzipped(contents));
            else
                write(file, contents);
        };
        store("train-images-idx3-ubyte", imagesFile(5));
        store("train-labels-idx1-ubyte", labelsFile(labelBytes(5)));
        store("t10k-images-idx3-ubyte", imagesFile(3));
        store("t10k-labels-idx1-ubyte", labelsFile(labelBytes(3)));
        return m_dir.filePath(subdir);
    }

    // Keeps loadDataset's search away from whatever this machine has installed.
    void isolateSearchPath()
    {
        qunsetenv("CNNLAB_DATA_DIR");
        qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("no-xdg-home")).toLocal8Bit());
        qputenv("XDG_DATA_DIRS", m_dir.filePath(QStringLiteral("no-xdg-dirs")).toLocal8Bit());
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void goodRawImages()
    {
        const std::string path = write(QStringLiteral("good-images"), imagesFile(3));
        const auto images = readIdxImages(path);
        QVERIFY2(images.hasValue(), describe(images.error()).c_str());
        QCOMPARE(images->count, 3);
        QCOMPARE(images->rows, 28);
        QCOMPARE(images->cols, 28);
        QCOMPARE(images->pixels.size(), std::size_t(3 * 784));
        for (int image = 0; image < 3; ++image) {
            for (int i = 0; i < 784; ++i)
                QCOMPARE(images->pixels[std::size_t(image * 784 + i)], std::uint8_t(pixelAt(image, i)));
        }
    }

    void goodRawLabels()
    {
        const std::string path = write(QStringLiteral("good-labels"), labelsFile(labelBytes(25)));
        const auto labels = readIdxLabels(path);
        QVERIFY2(labels.hasValue(), describe(labels.error()).c_str());
        QCOMPARE(labels->count, 25);
        QCOMPARE(labels->labels.size(), std::size_t(25));
        for (int i = 0; i < 25; ++i)
            QCOMPARE(int(labels->labels[std::size_t(i)]), i % 10);
    }

    void zeroCountIsValid()
    {
        const auto images = readIdxImages(write(QStringLiteral("zero-images"), imagesFile(0)));
        QVERIFY2(images.hasValue(), describe(images.error()).c_str());
        QCOMPARE(images->count, 0);
        QVERIFY(images->pixels.empty());
    }

    void goodGzip()
    {
        // No ".gz" in the names: compression is detected by content.
        const QByteArray raw = imagesFile(4);
        const auto images = readIdxImages(write(QStringLiteral("gz-images"), gzipped(raw)));
        QVERIFY2(images.hasValue(), describe(images.error()).c_str());
        QCOMPARE(images->count, 4);
        const QByteArray pixels(
            reinterpret_cast<const char *>(images->pixels.data()), qsizetype(images->pixels.size()));
        QCOMPARE(pixels, raw.mid(16));

        const auto labels
            = readIdxLabels(write(QStringLiteral("labels.gz"), gzipped(labelsFile(labelBytes(7)))));
        QVERIFY2(labels.hasValue(), describe(labels.error()).c_str());
        QCOMPARE(labels->count, 7);
        QCOMPARE(int(labels->labels[6]), 6);
    }

    void gzipWithConcatenatedMembers()
    {
        // `cat a.gz b.gz` is a valid gzip file whose content is a + b.
        const QByteArray raw = imagesFile(2);
        const QByteArray twoMembers = gzipped(raw.left(100)) + gzipped(raw.mid(100));
        const auto images = readIdxImages(write(QStringLiteral("two-members.gz"), twoMembers));
        QVERIFY2(images.hasValue(), describe(images.error()).c_str());
        QCOMPARE(images->count, 2);
        QCOMPARE(images->pixels[783], std::uint8_t(pixelAt(0, 783)));
    }

    void labelsHonourClassCount()
    {
        const std::string path = write(QStringLiteral("three-classes"), labelsFile(labelBytes(9, 3)));
        QVERIFY(readIdxLabels(path, 3).hasValue());
        const auto two = readIdxLabels(path, 2);
        QVERIFY(!two.hasValue());
        QCOMPARE(two.error().code, ErrorCode::LabelOutOfRange);
        QCOMPARE(readIdxLabels(path, 0).error().code, ErrorCode::InvalidConfig);
    }

    void failures_data()
    {
        QTest::addColumn<QByteArray>("contents");
        QTest::addColumn<bool>("gzip");
        QTest::addColumn<bool>("labels");
        QTest::addColumn<ErrorCode>("expected");

        const QByteArray good = imagesFile(3);
        QTest::newRow("empty file") << QByteArray() << false << false << ErrorCode::EmptyFile;
        QTest::newRow("empty labels") << QByteArray() << false << true << ErrorCode::EmptyFile;
        QTest::newRow("gzip of nothing") << gzipped(QByteArray()) << false << false << ErrorCode::EmptyFile;

        QByteArray wrongMagic = good;
        wrongMagic[3] = char(0x04);
        QTest::newRow("bad magic") << wrongMagic << false << false << ErrorCode::BadMagic;
        QTest::newRow("labels read as images")
            << labelsFile(labelBytes(3)) << false << false << ErrorCode::BadMagic;
        QTest::newRow("images read as labels") << good << false << true << ErrorCode::BadMagic;
        QTest::newRow("text file") << QByteArray("hello, world\n") << false << false << ErrorCode::BadMagic;
        QTest::newRow("bad magic in gzip") << wrongMagic << true << false << ErrorCode::BadMagic;

        QTest::newRow("32x32") << imagesFile(2, 32, 32) << false << false << ErrorCode::BadDimensions;
        QTest::newRow("28x27") << imagesFile(2, 28, 27) << false << false << ErrorCode::BadDimensions;

        // 0x7fffffff images in a 16-byte file: refused from the header alone.
        QTest::newRow("huge image count")
            << imagesFile(0x7fffffff, 28, 28, 0) << false << false << ErrorCode::CountTooLarge;
        QTest::newRow("huge label count")
            << labelsFile(QByteArray(), 0xffffffffLL) << false << true << ErrorCode::CountTooLarge;
        QTest::newRow("huge count in gzip")
            << imagesFile(10'000'001, 28, 28, 0) << true << false << ErrorCode::CountTooLarge;

        QTest::newRow("truncated payload")
            << imagesFile(3, 28, 28, 2 * 784 + 300) << false << false << ErrorCode::Truncated;
        QTest::newRow("truncated header") << good.left(10) << false << false << ErrorCode::Truncated;
        QTest::newRow("magic only") << good.left(4) << false << false << ErrorCode::Truncated;
        QTest::newRow("truncated labels")
            << labelsFile(labelBytes(4), 5) << false << true << ErrorCode::Truncated;
        QTest::newRow("truncated in gzip")
            << imagesFile(3, 28, 28, 784) << true << false << ErrorCode::Truncated;

        QTest::newRow("trailing data")
            << good + QByteArray(1, '\0') << false << false << ErrorCode::TrailingData;
        QTest::newRow("trailing labels")
            << labelsFile(labelBytes(6), 5) << false << true << ErrorCode::TrailingData;

        QByteArray outOfRange = labelBytes(8);
        outOfRange[5] = char(10);
        QTest::newRow("label 10") << labelsFile(outOfRange) << false << true << ErrorCode::LabelOutOfRange;
        outOfRange[5] = char(255);
        QTest::newRow("label 255 in gzip")
            << labelsFile(outOfRange) << true << true << ErrorCode::LabelOutOfRange;

        const QByteArray gz = gzipped(good);
        QByteArray flipped = gz;
        flipped[flipped.size() / 2] = char(flipped[flipped.size() / 2] ^ 0x55);
        QTest::newRow("corrupt gzip") << flipped << false << false << ErrorCode::GzipCorrupt;
        QByteArray badCrc = gz;
        badCrc[badCrc.size() - 6] = char(badCrc[badCrc.size() - 6] ^ 0x01);
        QTest::newRow("gzip with bad crc") << badCrc << false << false << ErrorCode::GzipCorrupt;
        QTest::newRow("truncated gzip") << gz.left(gz.size() / 2) << false << false << ErrorCode::GzipCorrupt;
        QTest::newRow("gzip magic only") << gz.left(2) << false << false << ErrorCode::GzipCorrupt;
        QTest::newRow("junk after gzip")
            << gz + QByteArray("junk") << false << false << ErrorCode::GzipCorrupt;
    }

    void failures()
    {
        QFETCH(QByteArray, contents);
        QFETCH(bool, gzip);
        QFETCH(bool, labels);
        QFETCH(ErrorCode, expected);

        const QString name = QStringLiteral("failure-") + QString::fromLatin1(QTest::currentDataTag());
        const std::string path = write(name, gzip ? gzipped(contents) : contents);
        bool loaded = false;
        Error error;
        if (labels) {
            const auto result = readIdxLabels(path);
            loaded = result.hasValue();
            error = result.error();
        } else {
            const auto result = readIdxImages(path);
            loaded = result.hasValue();
            error = result.error();
        }
        QVERIFY2(!loaded, "a bad file was accepted");
        QVERIFY2(error.code == expected,
            qPrintable(
                QStringLiteral("expected %1, got %2")
                    .arg(QLatin1String(errorCodeName(expected)), QString::fromStdString(describe(error)))));
        QCOMPARE(error.path, path);
        QVERIFY(!error.detail.empty());
    }

    void missingFile()
    {
        const std::string path = m_dir.filePath(QStringLiteral("does-not-exist")).toStdString();
        const auto images = readIdxImages(path);
        QVERIFY(!images.hasValue());
        QCOMPARE(images.error().code, ErrorCode::FileNotFound);
        QCOMPARE(images.error().path, path);
        const auto labels = readIdxLabels(path);
        QCOMPARE(labels.error().code, ErrorCode::FileNotFound);
        QCOMPARE(labels.error().path, path);
    }

    void directoryIsUnreadable()
    {
        const std::string path = m_dir.path().toStdString();
        const auto images = readIdxImages(path);
        QVERIFY(!images.hasValue());
        QCOMPARE(images.error().code, ErrorCode::FileUnreadable);
        QCOMPARE(images.error().path, path);
    }

    void loadDatasetRawAndGzip()
    {
        isolateSearchPath();
        for (const bool gzip : {false, true}) {
            const QString dir
                = writeDataset(gzip ? QStringLiteral("set-gz") : QStringLiteral("set-raw"), gzip);
            const auto dataset = loadDataset(DatasetKind::Mnist, dir.toStdString());
            QVERIFY2(dataset.hasValue(), describe(dataset.error()).c_str());
            QCOMPARE(dataset->directory, dir.toStdString());
            QCOMPARE(dataset->trainImages.count, 5);
            QCOMPARE(dataset->trainLabels.count, 5);
            QCOMPARE(dataset->testImages.count, 3);
            QCOMPARE(dataset->testLabels.count, 3);
            QCOMPARE(dataset->classNames.size(), std::size_t(10));
        }
    }

    void loadDatasetAcceptsParentDirectory()
    {
        isolateSearchPath();
        writeDataset(QStringLiteral("parent/mnist"), false);
        const auto dataset
            = loadDataset(DatasetKind::Mnist, m_dir.filePath(QStringLiteral("parent")).toStdString());
        QVERIFY2(dataset.hasValue(), describe(dataset.error()).c_str());
        QCOMPARE(dataset->directory, m_dir.filePath(QStringLiteral("parent/mnist")).toStdString());
    }

    void loadDatasetCountMismatch()
    {
        isolateSearchPath();
        const QString dir = writeDataset(QStringLiteral("mismatch"), false);
        const std::string labels
            = write(QStringLiteral("mismatch/train-labels-idx1-ubyte"), labelsFile(labelBytes(4)));
        const auto dataset = loadDataset(DatasetKind::Mnist, dir.toStdString());
        QVERIFY(!dataset.hasValue());
        QCOMPARE(dataset.error().code, ErrorCode::CountMismatch);
        QCOMPARE(dataset.error().path, labels);
        QVERIFY(!dataset.error().detail.empty());
    }

    void loadDatasetReportsBadFileInsteadOfFallingThrough()
    {
        isolateSearchPath();
        // A good copy further down the search path must not hide the bad one.
        const QString xdgHome = m_dir.filePath(QStringLiteral("xdg-home"));
        writeDataset(QStringLiteral("xdg-home/cnnlab/datasets/mnist"), false);
        qputenv("XDG_DATA_HOME", xdgHome.toLocal8Bit());
        QVERIFY(loadDataset(DatasetKind::Mnist).hasValue());

        const QString dir = writeDataset(QStringLiteral("bad-set"), true);
        const std::string bad
            = write(QStringLiteral("bad-set/t10k-images-idx3-ubyte.gz"), gzipped(imagesFile(3, 32, 32)));
        const auto dataset = loadDataset(DatasetKind::Mnist, dir.toStdString());
        QVERIFY(!dataset.hasValue());
        QCOMPARE(dataset.error().code, ErrorCode::BadDimensions);
        QCOMPARE(dataset.error().path, bad);
    }

    void loadDatasetNamesIncompleteDirectories()
    {
        isolateSearchPath();
        const QString dir = m_dir.filePath(QStringLiteral("partial"));
        write(QStringLiteral("partial/train-images-idx3-ubyte"), imagesFile(1));
        const auto dataset = loadDataset(DatasetKind::Mnist, dir.toStdString());
        if (dataset.hasValue())
            QSKIP("this machine has MNIST in /usr/share/datasets/mnist; cannot test a missing set");
        QCOMPARE(dataset.error().code, ErrorCode::DatasetMissing);
        QCOMPARE(dataset.error().path, dir.toStdString());
        const QString detail = QString::fromStdString(dataset.error().detail);
        QVERIFY2(detail.contains(dir + QStringLiteral(" (incomplete, missing: train-labels-idx1-ubyte")),
            qPrintable(detail));
        QVERIFY2(detail.contains(QStringLiteral("scripts/fetch-mnist")), qPrintable(detail));
    }
};

QTEST_GUILESS_MAIN(TestIdxFile)
#include "tst_idxfile.moc"
