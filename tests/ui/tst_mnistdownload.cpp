// MnistDownloader, the download dialog and the first-start offer, against a
// local HTTP server (QTcpServer on 127.0.0.1 only, files served from memory).
// Nothing here reaches the internet: the standard mirrors are never used.
#include "common/messagebanner.h"
#include "dataset/datasetcheck.h"
#include "dataset/datasetsetupdialog.h"
#include "dataset/downloaddialog.h"
#include "dataset/mnistdownloader.h"
#include "window/mainwindow.h"

#include "cnnlab/core/dataset.h"
#include "cnnlab/core/idxfile.h"
#include "cnnlab/core/sha256.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <zlib.h>

using cnnlab::ui::DatasetSetupDialog;
using cnnlab::ui::DownloadDialog;
using cnnlab::ui::MainWindow;
using cnnlab::ui::MnistDownloader;
using Failure = MnistDownloader::Failure;

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

QByteArray imagesFile(int count, int seed)
{
    QByteArray bytes = be32(0x00000803) + be32(quint32(count)) + be32(28) + be32(28);
    for (int i = 0; i < count * 28 * 28; ++i)
        bytes.append(char((i * 7 + seed * 131 + (i / 28) * 3) & 0xff));
    return bytes;
}

QByteArray labelsFile(int count, int seed)
{
    QByteArray bytes = be32(0x00000801) + be32(quint32(count));
    for (int i = 0; i < count; ++i)
        bytes.append(char((i + seed) % 10));
    return bytes;
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

QString sha(const QByteArray &data)
{
    return QString::fromStdString(cnnlab::core::Sha256::hexOf(data.constData(), std::size_t(data.size())));
}

QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
}

// A tiny HTTP/1.1 server: one request per connection, bounded request size.
class TestServer : public QObject
{
public:
    enum class Mode {
        Normal,
        CloseEarly, // announces the full Content-Length, sends half, closes
        CloseDelimited, // no Content-Length, half the body, closes
        Trickle, // one byte every 20 ms
        Silent, // never answers
        NotFound,
        Redirect,
    };
    struct Route {
        QByteArray body;
        Mode mode = Mode::Normal;
        QByteArray location;
    };

    QHash<QByteArray, Route> routes;
    int connections = 0;
    int requests = 0;

    TestServer()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                ++connections;
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { handle(socket); });
            }
        });
        if (!m_server.listen(QHostAddress::LocalHost, 0))
            qFatal("cannot listen on 127.0.0.1");
    }

    QUrl base() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1/mnist/").arg(m_server.serverPort()));
    }

private:
    void handle(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        if (buffer.size() > 8192) { // bounded: no test sends this much
            socket->abort();
            return;
        }
        if (!buffer.contains("\r\n\r\n"))
            return;
        ++requests;
        const QList<QByteArray> line = buffer.left(buffer.indexOf("\r\n")).split(' ');
        const QByteArray path = line.value(1);
        const auto it = routes.constFind(path);
        if (it == routes.constEnd() || it->mode == Mode::NotFound) {
            socket->write(
                "HTTP/1.1 404 Not Found\r\nContent-Length: 9\r\nConnection: close\r\n\r\nnot found");
            socket->disconnectFromHost();
            return;
        }
        const Route &route = *it;
        const QByteArray length = QByteArray::number(route.body.size());
        switch (route.mode) {
        case Mode::Normal:
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/gzip\r\nContent-Length: " + length
                + "\r\nConnection: close\r\n\r\n" + route.body);
            socket->disconnectFromHost();
            break;
        case Mode::CloseEarly:
            socket->write("HTTP/1.1 200 OK\r\nContent-Length: " + length + "\r\nConnection: close\r\n\r\n"
                + route.body.left(route.body.size() / 2));
            socket->disconnectFromHost();
            break;
        case Mode::CloseDelimited:
            socket->write(
                "HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n" + route.body.left(route.body.size() / 2));
            socket->disconnectFromHost();
            break;
        case Mode::Trickle: {
            socket->write("HTTP/1.1 200 OK\r\nContent-Length: " + length + "\r\nConnection: close\r\n\r\n");
            auto *timer = new QTimer(socket);
            auto sent = std::make_shared<int>(0);
            const QByteArray body = route.body;
            connect(timer, &QTimer::timeout, socket, [socket, body, sent] {
                if (*sent < body.size())
                    socket->write(body.mid((*sent)++, 1));
            });
            timer->start(20);
            break;
        }
        case Mode::Silent: break;
        case Mode::NotFound: break;
        case Mode::Redirect:
            socket->write("HTTP/1.1 302 Found\r\nLocation: " + route.location
                + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            socket->disconnectFromHost();
            break;
        }
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

// Counts every request the downloader asks the network stack for.
class CountingManager : public QNetworkAccessManager
{
public:
    int created = 0;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *data) override
    {
        ++created;
        return QNetworkAccessManager::createRequest(op, request, data);
    }
};

// The four files of a small fake MNIST (5 training, 3 test images).
struct FakeMnist {
    QList<QPair<QString, QByteArray>> files = {
        {QStringLiteral("train-images-idx3-ubyte"), imagesFile(5, 1)},
        {QStringLiteral("train-labels-idx1-ubyte"), labelsFile(5, 2)},
        {QStringLiteral("t10k-images-idx3-ubyte"), imagesFile(3, 3)},
        {QStringLiteral("t10k-labels-idx1-ubyte"), labelsFile(3, 4)},
    };

    QList<MnistDownloader::File> downloaderFiles(bool hints = true) const
    {
        QList<MnistDownloader::File> list;
        for (const auto &[name, content] : files)
            list.append({name, sha(content), hints ? gzipped(content).size() : 0});
        return list;
    }

    void serve(TestServer &server, const QByteArray &prefix = "/mnist/") const
    {
        for (const auto &[name, content] : files)
            server.routes[prefix + name.toLatin1() + ".gz"]
                = {gzipped(content), TestServer::Mode::Normal, {}};
    }

    void writeTo(const QString &dir) const
    {
        QDir().mkpath(dir);
        for (const auto &[name, content] : files) {
            QFile file(QDir(dir).filePath(name));
            if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
                qFatal("cannot write %s", qPrintable(file.fileName()));
        }
    }

    // All four files, the test labels truncated: found, but cannot be read.
    void writeDamaged(const QString &dir) const
    {
        writeTo(dir);
        QFile labels(QDir(dir).filePath(QStringLiteral("t10k-labels-idx1-ubyte")));
        if (!labels.open(QIODevice::WriteOnly) || labels.write(labelsFile(3, 0).left(9)) != 9)
            qFatal("cannot write %s", qPrintable(labels.fileName()));
    }
};

} // namespace

class TestMnistDownload : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_xdg;
    FakeMnist m_fake;

    void configure(
        MnistDownloader &downloader, const TestServer &server, const QString &target, bool hints = true)
    {
        downloader.setMirrors({server.base()});
        downloader.setFiles(m_fake.downloaderFiles(hints));
        downloader.setTargetDirectory(target);
        downloader.setTimeout(5000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // No test may see or touch the real data directories (the offer
        // tests need MNIST to be missing); Debian's Fashion-MNIST is still found.
        qputenv("XDG_DATA_HOME", m_xdg.filePath(QStringLiteral("home")).toLocal8Bit());
        qputenv("XDG_DATA_DIRS", m_xdg.filePath(QStringLiteral("system")).toLocal8Bit());
        qunsetenv("CNNLAB_DATA_DIR");
        // Tests never download from the real mirrors; the defaults must still be sane.
        for (const QUrl &url : MnistDownloader::standardMirrors())
            QCOMPARE(url.scheme(), QStringLiteral("https"));
        QCOMPARE(MnistDownloader::standardFiles().size(), 4);
        QCOMPARE(MnistDownloader::standardTargetDirectory(),
            m_xdg.filePath(QStringLiteral("home/cnnlab/datasets/mnist")));
    }

    void allowedUrls_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("https") << "https://ossci-datasets.s3.amazonaws.com/mnist/" << true;
        QTest::newRow("http loopback v4") << "http://127.0.0.1:8080/x/" << true;
        QTest::newRow("http loopback 127/8") << "http://127.1.2.3/x/" << true;
        QTest::newRow("http loopback v6") << "http://[::1]:8080/x/" << true;
        QTest::newRow("http name") << "http://yann.lecun.com/exdb/mnist/" << false;
        QTest::newRow("http localhost name") << "http://localhost/x/" << false;
        QTest::newRow("http private") << "http://10.0.0.1/x/" << false;
        QTest::newRow("ftp") << "ftp://127.0.0.1/x/" << false;
        QTest::newRow("file") << "file:///tmp/" << false;
        QTest::newRow("empty") << "" << false;
    }

    void allowedUrls()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowed);
        QCOMPARE(MnistDownloader::isAllowedUrl(QUrl(url)), allowed);
    }

    void goodFilesAreInstalledAndVerified()
    {
        TestServer server;
        m_fake.serve(server);
        QTemporaryDir tmp;
        const QString target = tmp.filePath(QStringLiteral("datasets/mnist"));
        MnistDownloader downloader;
        configure(downloader, server, target);
        QSignalSpy finished(&downloader, &MnistDownloader::finished);
        QSignalSpy failed(&downloader, &MnistDownloader::failed);
        QSignalSpy progress(&downloader, &MnistDownloader::progressChanged);
        QSignalSpy started(&downloader, &MnistDownloader::fileStarted);
        downloader.start();
        QVERIFY(downloader.isRunning());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        QCOMPARE(failed.size(), 0);
        QVERIFY(!downloader.isRunning());
        QCOMPARE(downloader.failure(), Failure::None);
        QVERIFY(downloader.errorText().isEmpty());
        QCOMPARE(started.size(), 4);
        QCOMPARE(server.requests, 4);

        // Overall progress ends at the sum of the .gz sizes.
        qint64 total = 0;
        for (const auto &file : m_fake.downloaderFiles())
            total += file.sizeHint;
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(0).toLongLong(), total);
        QCOMPARE(progress.last().at(1).toLongLong(), total);

        QStringList expected;
        for (const auto &[name, content] : m_fake.files) {
            expected << name;
            QFile file(QDir(target).filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QCOMPARE(file.readAll(), content); // installed raw, decompressed
        }
        expected.sort();
        QCOMPARE(entries(target), expected); // no temporary files left
        const auto loaded = cnnlab::core::loadDataset(cnnlab::core::DatasetKind::Mnist, target.toStdString());
        QVERIFY2(loaded.hasValue(), cnnlab::core::describe(loaded.error()).c_str());
        QCOMPARE(loaded->trainImages.count, 5);
        QCOMPARE(loaded->testLabels.count, 3);
    }

    void unknownSizesStillFinish()
    {
        TestServer server;
        m_fake.serve(server);
        QTemporaryDir tmp;
        MnistDownloader downloader;
        configure(downloader, server, tmp.path(), false);
        QSignalSpy finished(&downloader, &MnistDownloader::finished);
        downloader.start();
        QCOMPARE(downloader.bytesTotal(), -1); // later files' sizes unknown
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        QCOMPARE(entries(tmp.path()).size(), 4);
    }

    void corruptContentIsChecksumError()
    {
        TestServer server;
        m_fake.serve(server);
        // The third file decompresses fine but is not what was pinned.
        server.routes["/mnist/t10k-images-idx3-ubyte.gz"].body = gzipped(imagesFile(3, 99));
        QTemporaryDir tmp;
        const QString target = tmp.filePath(QStringLiteral("mnist"));
        MnistDownloader downloader;
        configure(downloader, server, target);
        QSignalSpy failed(&downloader, &MnistDownloader::failed);
        QSignalSpy finished(&downloader, &MnistDownloader::finished);
        downloader.start();
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
        QCOMPARE(failed.first().first().value<Failure>(), Failure::ChecksumMismatch);
        QCOMPARE(finished.size(), 0);
        QVERIFY(downloader.errorText().contains(QStringLiteral("t10k-images-idx3-ubyte.gz")));
        QVERIFY(downloader.errorText().contains(QStringLiteral("SHA-256")));
        QCOMPARE(server.requests, 3); // stopped at the bad file
        QVERIFY(!QDir(target).exists() || entries(target).isEmpty()); // nothing installed
    }

    void truncatedResponses_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<Failure>("expected");
        QTest::newRow("Content-Length mismatch") << int(TestServer::Mode::CloseEarly) << Failure::Truncated;
        QTest::newRow("closed early, no length")
            << int(TestServer::Mode::CloseDelimited) << Failure::GzipCorrupt;
    }

    void truncatedResponses()
    {
        QFETCH(int, mode);
        QFETCH(Failure, expected);
        TestServer server;
        m_fake.serve(server);
        server.routes["/mnist/train-labels-idx1-ubyte.gz"].mode = TestServer::Mode(mode);
        QTemporaryDir tmp;
        MnistDownloader downloader;
        configure(downloader, server, tmp.path());
        QSignalSpy failed(&downloader, &MnistDownloader::failed);
        downloader.start();
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
        QCOMPARE(downloader.failure(), expected);
        QVERIFY(downloader.errorText().contains(QStringLiteral("train-labels-idx1-ubyte.gz")));
        QCOMPARE(entries(tmp.path()), QStringList()); // nothing half-written, not even the first file
    }

    void httpErrorTriesNextMirror()
    {
        TestServer broken; // knows no files: 404 for all
        TestServer good;
        m_fake.serve(good);
        QTemporaryDir tmp;
        MnistDownloader downloader;
        configure(downloader, good, tmp.path());
        downloader.setMirrors({broken.base(), good.base()});
        QSignalSpy finished(&downloader, &MnistDownloader::finished);
        downloader.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        QCOMPARE(broken.requests, 4);
        QCOMPARE(good.requests, 4);
        QCOMPARE(entries(tmp.path()).size(), 4);

        // Only the broken one: the HTTP status is the error.
        QTemporaryDir tmp2;
        downloader.setMirrors({broken.base()});
        downloader.setTargetDirectory(tmp2.path());
        QSignalSpy failed(&downloader, &MnistDownloader::failed);
        downloader.start();
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
        QCOMPARE(downloader.failure(), Failure::HttpStatus);
        QVERIFY(downloader.errorText().contains(QStringLiteral("404")));
        QCOMPARE(entries(tmp2.path()), QStringList());
    }

    void silentServerTimesOut()
    {
        TestServer server;
        m_fake.serve(server);
        server.routes["/mnist/train-images-idx3-ubyte.gz"].mode = TestServer::Mode::Silent;
        QTemporaryDir tmp;
        MnistDownloader downloader;
        configure(downloader, server, tmp.path());
        downloader.setTimeout(300);
        QSignalSpy failed(&downloader, &MnistDownloader::failed);
        downloader.start();
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 5000);
        QCOMPARE(downloader.failure(), Failure::Timeout);
        QCOMPARE(entries(tmp.path()), QStringList());
    }

    void cancelMidDownloadLeavesNothing()
    {
        TestServer server;
        m_fake.serve(server);
        // The second file trickles, so the first is already complete in memory.
        server.routes["/mnist/train-labels-idx1-ubyte.gz"].mode = TestServer::Mode::Trickle;
        QTemporaryDir tmp;
        DownloadDialog dialog;
        configure(*dialog.downloader(), server, tmp.path());
        dialog.show();
        QSignalSpy cancelled(dialog.downloader(), &MnistDownloader::cancelled);
        QSignalSpy installed(&dialog, &DownloadDialog::installed);
        QTest::mouseClick(dialog.startButton(), Qt::LeftButton);
        QVERIFY(dialog.downloader()->isRunning());
        QCOMPARE(dialog.cancelButton()->text(), QStringLiteral("Cancel"));
        QTRY_VERIFY_WITH_TIMEOUT(
            dialog.downloader()->currentFile() == QStringLiteral("train-labels-idx1-ubyte")
                && dialog.progressBar()->value() > 0,
            10000);
        QTest::mouseClick(dialog.cancelButton(), Qt::LeftButton);
        QCOMPARE(cancelled.size(), 1); // at once
        QVERIFY(!dialog.downloader()->isRunning());
        QVERIFY(dialog.isVisible()); // says it was cancelled; Close closes
        QCOMPARE(dialog.startButton()->text(), QStringLiteral("Try Again"));
        QTest::qWait(200); // no late write from the aborted transfer either
        QCOMPARE(installed.size(), 0);
        QCOMPARE(entries(tmp.path()), QStringList());
        QVERIFY(!dialog.startButton()->accessibleName().isEmpty());
        QVERIFY(!dialog.cancelButton()->accessibleName().isEmpty());
        QVERIFY(!dialog.progressBar()->accessibleName().isEmpty());
        QTest::mouseClick(dialog.cancelButton(), Qt::LeftButton); // now "Close"
        QVERIFY(!dialog.isVisible());
    }

    void insecureUrlRefusedWithoutConnecting()
    {
        CountingManager manager;
        QTemporaryDir tmp;
        MnistDownloader downloader;
        downloader.setNetworkAccessManager(&manager);
        downloader.setFiles(m_fake.downloaderFiles());
        downloader.setTargetDirectory(tmp.path());
        downloader.setMirrors({QUrl(QStringLiteral("http://192.0.2.1/mnist/"))}); // TEST-NET-1, not loopback
        QSignalSpy failed(&downloader, &MnistDownloader::failed);
        downloader.start();
        QCOMPARE(failed.size(), 1); // refused synchronously
        QCOMPARE(downloader.failure(), Failure::InsecureUrl);
        QVERIFY(!downloader.isRunning());
        QCOMPARE(manager.created, 0);
        QVERIFY(downloader.errorText().contains(QStringLiteral("http://192.0.2.1/mnist/")));
        QCOMPARE(entries(tmp.path()), QStringList());

        // An https mirror next to it does not make the http one acceptable.
        downloader.setMirrors(
            {QUrl(QStringLiteral("https://127.0.0.1:1/")), QUrl(QStringLiteral("http://example.invalid/"))});
        downloader.start();
        QCOMPARE(failed.size(), 2);
        QCOMPARE(manager.created, 0);
    }

    void insecureRedirectRefused()
    {
        TestServer server;
        m_fake.serve(server);
        server.routes["/mnist/train-images-idx3-ubyte.gz"]
            = {QByteArray(), TestServer::Mode::Redirect, "http://192.0.2.1/mnist/train-images-idx3-ubyte.gz"};
        QTemporaryDir tmp;
        MnistDownloader downloader;
        configure(downloader, server, tmp.path());
        QSignalSpy failed(&downloader, &MnistDownloader::failed);
        downloader.start();
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
        QCOMPARE(downloader.failure(), Failure::InsecureUrl);
        QVERIFY(downloader.errorText().contains(QStringLiteral("192.0.2.1")));
        QCOMPARE(entries(tmp.path()), QStringList());
    }

    void unwritableTargetIsDiskError()
    {
        TestServer server;
        m_fake.serve(server);
        QTemporaryDir tmp;
        QFile blocker(tmp.filePath(QStringLiteral("file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        MnistDownloader downloader;
        configure(downloader, server, tmp.filePath(QStringLiteral("file/mnist")));
        QSignalSpy failed(&downloader, &MnistDownloader::failed);
        downloader.start();
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
        QCOMPARE(downloader.failure(), Failure::Disk);
        QVERIFY(!downloader.errorText().isEmpty());
        QCOMPARE(entries(tmp.path()), QStringList {QStringLiteral("file")});
    }

    void setupDialogLocatesFolder()
    {
        DatasetSetupDialog dialog;
        dialog.show();
        for (QPushButton *button : {dialog.locateButton(), dialog.downloadButton(), dialog.notNowButton()})
            QVERIFY(!button->accessibleName().isEmpty());
        // Debian's Fashion-MNIST is picked up automatically and mentioned.
        if (cnnlab::core::findDataset(cnnlab::core::DatasetKind::FashionMnist))
            QVERIFY(dialog.fashionNote().contains(QStringLiteral("Fashion-MNIST")));
        else
            QVERIFY(dialog.fashionNote().isEmpty());

        QSignalSpy chosen(&dialog, &DatasetSetupDialog::dataDirectoryChosen);
        QSignalSpy rejected(&dialog, &DatasetSetupDialog::folderRejected);
        QTemporaryDir tmp;
        dialog.useFolder(tmp.path()); // empty
        QTRY_COMPARE_WITH_TIMEOUT(rejected.size(), 1, 10000);
        QCOMPARE(chosen.size(), 0);
        QVERIFY(dialog.errorText().contains(QDir::toNativeSeparators(tmp.path())));

        // Four files, but one is damaged: core's reason is shown.
        const QString bad = tmp.filePath(QStringLiteral("bad"));
        m_fake.writeDamaged(bad);
        dialog.useFolder(bad);
        QTRY_COMPARE_WITH_TIMEOUT(rejected.size(), 2, 10000);
        QCOMPARE(chosen.size(), 0);
        QVERIFY(dialog.isVisible());

        // A parent folder with mnist/ inside is fine too.
        const QString parent = tmp.filePath(QStringLiteral("data"));
        m_fake.writeTo(QDir(parent).filePath(QStringLiteral("mnist")));
        dialog.useFolder(parent);
        QTRY_COMPARE_WITH_TIMEOUT(chosen.size(), 1, 10000);
        QCOMPARE(chosen.first().first().toString(), QDir(parent).absolutePath());
        QVERIFY(!dialog.isVisible());
    }

    void firstStartOffersSetup()
    {
        MainWindow window;
        cnnlab::core::TrainingConfig config = window.currentConfig();
        config.dataset = cnnlab::core::DatasetKind::Mnist;
        config.dataDir.clear();
        window.setConfig(config);
        window.show();
        QVERIFY(!cnnlab::core::findDataset(cnnlab::core::DatasetKind::Mnist)); // the XDG dirs are empty here

        // Returns at once (no nested event loop); the dialog is open on top.
        QDialog *offered = window.offerDatasetSetup();
        auto *setup = qobject_cast<DatasetSetupDialog *>(offered);
        QVERIFY(setup);
        QTRY_VERIFY(setup->isVisible());
        QVERIFY(!setup->findChild<DownloadDialog *>());

        // Locate a folder: it becomes the configuration's data directory and is remembered.
        QTemporaryDir tmp;
        m_fake.writeTo(tmp.path());
        QPointer<QDialog> guard(setup);
        setup->useFolder(tmp.path());
        QTRY_VERIFY_WITH_TIMEOUT(!guard, 10000); // closed and deleted
        QCOMPARE(
            QString::fromStdString(window.currentConfig().dataDir), QDir::toNativeSeparators(tmp.path()));
        QCOMPARE(QSettings(QStringLiteral("cnnlab"), QStringLiteral("cnnlab"))
                     .value(QStringLiteral("config/dataDir"))
                     .toString(),
            QDir::toNativeSeparators(tmp.path()));
        // Now MNIST is found: no offer.
        QCOMPARE(window.offerDatasetSetup(), nullptr);

        // "Not now" just closes.
        config.dataDir.clear();
        window.setConfig(config);
        QPointer<QDialog> again(window.offerDatasetSetup());
        QVERIFY(again);
        QTest::mouseClick(qobject_cast<DatasetSetupDialog *>(again.data())->notNowButton(), Qt::LeftButton);
        QTRY_VERIFY(!again);

        // File ▸ Download MNIST… opens the download dialog without starting it.
        auto *action = window.findChild<QAction *>(QStringLiteral("downloadMnistAction"));
        QVERIFY(action);
        action->trigger();
        DownloadDialog *download = window.findChild<DownloadDialog *>();
        QVERIFY(download);
        QTRY_VERIFY(download->isVisible());
        QVERIFY(!download->downloader()->isRunning());
        download->close();
        window.close();
    }

    // Issue 15.10: a damaged MNIST was reported only on Start, and without
    // pointing to File ▸ Download MNIST… or a way to choose another folder.
    void damagedDatasetIsReportedAtStartWithTheWaysOut()
    {
        QTemporaryDir tmp;
        const QString bad = tmp.filePath(QStringLiteral("bad"));
        m_fake.writeDamaged(bad);

        MainWindow window;
        cnnlab::core::TrainingConfig config = window.currentConfig();
        config.dataset = cnnlab::core::DatasetKind::Mnist;
        config.dataDir = bad.toStdString();
        config.device = "cpu";
        window.setConfig(config);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy checked(window.datasetCheck(), &cnnlab::ui::DatasetCheck::finished);
        QCOMPARE(window.offerDatasetSetup(), nullptr); // found: no set-up dialog...
        QTRY_COMPARE_WITH_TIMEOUT(checked.size(), 1, 10000); // ...but read once, off the GUI thread
        auto *banner = window.banner();
        QCOMPARE(banner->level(), cnnlab::ui::MessageBanner::Level::Error);
        QVERIFY2(banner->text().contains(QStringLiteral("t10k-labels-idx1-ubyte"))
                && banner->text().contains(QStringLiteral("Download MNIST")),
            qPrintable(banner->text()));
        QStringList buttons;
        for (QToolButton *button : banner->actionButtons())
            buttons << button->defaultAction()->objectName();
        QCOMPARE(buttons,
            (QStringList {QStringLiteral("downloadMnistAction"), QStringLiteral("locateMnistAction")}));
        if (const QString shots = qEnvironmentVariable("CNNLAB_SHOT_DIR"); !shots.isEmpty())
            window.grab().save(QDir(shots).filePath(QStringLiteral("dataset-damaged.png")));

        // Locate: the set-up dialog, worded as a choice, with the problem in it.
        banner->actionButtons().at(1)->click();
        auto *setup = window.findChild<DatasetSetupDialog *>();
        QVERIFY(setup);
        QTRY_VERIFY(setup->isVisible());
        QVERIFY(setup->windowTitle() != QStringLiteral("MNIST Not Found"));
        bool problemShown = false;
        for (QLabel *label : setup->findChildren<QLabel *>())
            problemShown = problemShown || label->text().contains(QStringLiteral("t10k-labels-idx1-ubyte"));
        QVERIFY(problemShown);
        setup->close();

        // Start on the damaged set: the same reason and the same ways out.
        banner->dismiss();
        window.startRun();
        QTRY_VERIFY_WITH_TIMEOUT(!cnnlab::ui::isActive(window.state()), 30000);
        QCOMPARE(banner->level(), cnnlab::ui::MessageBanner::Level::Error);
        QCOMPARE(banner->actionButtons().size(), 2);
        QVERIFY2(banner->text().contains(QStringLiteral("Locate MNIST Folder")), qPrintable(banner->text()));
        window.close();
    }
};

QTEST_MAIN(TestMnistDownload)
#include "tst_mnistdownload.moc"
