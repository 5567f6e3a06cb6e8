#include "mnistdownloader.h"

#include "common/errortext.h"

#include "cnnlab/core/dataset.h"
#include "cnnlab/core/mnistfiles.h"

#include <QHostAddress>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QThread>
#include <QTimer>

#include <filesystem>
#include <optional>
#include <system_error>
#include <utility>

namespace cnnlab::ui {

namespace {

// Sizes of the classic .gz files, for the overall progress bar only.
qint64 standardSizeHint(std::string_view name)
{
    if (name == "train-images-idx3-ubyte")
        return 9'912'422;
    if (name == "train-labels-idx1-ubyte")
        return 28'881;
    if (name == "t10k-images-idx3-ubyte")
        return 1'648'877;
    if (name == "t10k-labels-idx1-ubyte")
        return 4'542;
    return 0;
}

QString gzName(const QString &name)
{
    return name + QStringLiteral(".gz");
}

} // namespace

MnistDownloader::MnistDownloader(QObject *parent)
    : QObject(parent)
    , m_mirrors(standardMirrors())
    , m_files(standardFiles())
    , m_targetDirectory(standardTargetDirectory())
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &MnistDownloader::handleTimeout);
}

MnistDownloader::~MnistDownloader()
{
    ++m_generation;
    if (m_cancelInstall)
        m_cancelInstall->store(true);
    dropReply();
    // Workers only compute or write verified files; they end within a second
    // or so, and an install that was cancelled removes what it wrote.
    for (const QPointer<QThread> &thread : std::as_const(m_threads)) {
        if (thread)
            thread->wait();
    }
}

QList<QUrl> MnistDownloader::standardMirrors()
{
    // The mirrors torchvision and TensorFlow Datasets use; both serve the
    // classic files byte for byte (checked by SHA-256 after decompression).
    return {
        QUrl(QStringLiteral("https://ossci-datasets.s3.amazonaws.com/mnist/")),
        QUrl(QStringLiteral("https://storage.googleapis.com/cvdf-datasets/mnist/")),
    };
}

QList<MnistDownloader::File> MnistDownloader::standardFiles()
{
    QList<File> files;
    for (const core::MnistFile &file : core::mnistFiles)
        files.append({QString::fromLatin1(file.name.data(), qsizetype(file.name.size())),
            QString::fromLatin1(file.sha256.data(), qsizetype(file.sha256.size())),
            standardSizeHint(file.name)});
    return files;
}

QString MnistDownloader::standardTargetDirectory()
{
    return QString::fromStdString(core::userDatasetDirectory(core::DatasetKind::Mnist));
}

bool MnistDownloader::isAllowedUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return false;
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return true;
    if (scheme != QLatin1String("http"))
        return false;
    // Only a literal loopback address: a name could resolve anywhere.
    QHostAddress address;
    return address.setAddress(url.host()) && address.isLoopback();
}

void MnistDownloader::setMirrors(const QList<QUrl> &mirrors)
{
    m_mirrors.clear();
    for (QUrl url : mirrors) {
        // A base without a trailing slash would lose its last path segment in resolved().
        if (!url.path().endsWith(QLatin1Char('/')))
            url.setPath(url.path() + QLatin1Char('/'));
        m_mirrors.append(url);
    }
}

void MnistDownloader::setFiles(const QList<File> &files)
{
    m_files = files;
}

void MnistDownloader::setTargetDirectory(const QString &directory)
{
    m_targetDirectory = directory;
}

void MnistDownloader::setTimeout(int milliseconds)
{
    m_timeoutMs = std::max(1, milliseconds);
}

void MnistDownloader::setNetworkAccessManager(QNetworkAccessManager *manager)
{
    m_manager = manager;
}

QNetworkAccessManager *MnistDownloader::manager()
{
    if (m_manager)
        return m_manager;
    if (!m_ownManager)
        m_ownManager = new QNetworkAccessManager(this);
    return m_ownManager;
}

QUrl MnistDownloader::urlFor(int mirror, const File &file) const
{
    return m_mirrors.value(mirror).resolved(QUrl(gzName(file.name)));
}

QString MnistDownloader::currentFile() const
{
    return m_fileIndex < m_files.size() ? m_files[m_fileIndex].name : QString();
}

qint64 MnistDownloader::bytesReceived() const
{
    qint64 received = 0;
    for (const qint64 size : m_downloadedSizes)
        received += size;
    if (m_phase == Phase::Downloading)
        received += m_received.size();
    return received;
}

qint64 MnistDownloader::bytesTotal() const
{
    qint64 total = 0;
    for (int i = 0; i < m_files.size(); ++i) {
        qint64 size = m_files[i].sizeHint;
        if (i < m_downloadedSizes.size())
            size = m_downloadedSizes[i];
        else if (i == m_fileIndex && m_phase == Phase::Downloading && m_announced >= 0)
            size = m_announced;
        if (size <= 0)
            return -1;
        total += size;
    }
    return total;
}

void MnistDownloader::start()
{
    if (isRunning())
        return;
    m_failure = Failure::None;
    m_lastAttempt = {};
    m_contents.clear();
    m_downloadedSizes.clear();
    m_fileIndex = 0;
    m_mirrorIndex = 0;
    m_mirrorsTried = 0;
    m_cancelInstall.reset();

    // Refused before anything is sent: no connection is ever opened to a
    // mirror that is not allowed.
    for (const QUrl &url : std::as_const(m_mirrors)) {
        if (!isAllowedUrl(url)) {
            m_lastAttempt.failure = Failure::InsecureUrl;
            m_lastAttempt.url = url;
            finish(Failure::InsecureUrl);
            return;
        }
    }
    if (m_mirrors.isEmpty()) {
        m_lastAttempt.failure = Failure::Network;
        m_lastAttempt.detail = tr("no download address is configured");
        finish(Failure::Network);
        return;
    }
    if (m_targetDirectory.isEmpty()) {
        m_lastAttempt.failure = Failure::Disk;
        m_lastAttempt.error
            = {core::ErrorCode::WriteFailed, {}, "no data directory (neither XDG_DATA_HOME nor HOME is set)"};
        finish(Failure::Disk);
        return;
    }
    if (m_files.isEmpty()) {
        finish(Failure::None);
        return;
    }
    setPhase(Phase::Downloading);
    requestCurrent();
}

void MnistDownloader::requestCurrent()
{
    const File &file = m_files[m_fileIndex];
    m_received.clear();
    m_announced = -1;
    m_timedOut = false;
    m_tooLarge = false;
    m_refusedRedirect = false;

    QNetworkRequest request(urlFor(m_mirrorIndex, file));
    // Every redirect is checked against the same rule as the mirrors.
    request.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::UserVerifiedRedirectPolicy);
    request.setMaximumRedirectsAllowed(5);
    // The .gz bytes as stored: no transparent decompression, so sizes and
    // Content-Length mean the same thing.
    request.setRawHeader("Accept-Encoding", "identity");
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("cnnlab/" CNNLAB_VERSION));

    QNetworkReply *reply = manager()->get(request);
    m_reply = reply;
    connect(reply, &QNetworkReply::readyRead, this, [this, reply] {
        if (reply == m_reply)
            handleReadyRead();
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        if (reply == m_reply)
            handleFinished();
    });
    connect(reply, &QNetworkReply::redirected, this, [this, reply](const QUrl &target) {
        if (reply != m_reply)
            return;
        if (isAllowedUrl(target)) {
            Q_EMIT reply->redirectAllowed();
            return;
        }
        m_refusedRedirect = true;
        m_lastAttempt.url = target;
        reply->abort();
    });
    m_timer->start(m_timeoutMs);
    if (m_mirrorIndex == 0)
        Q_EMIT fileStarted(file.name, m_fileIndex, int(m_files.size()));
    emitProgress();
}

void MnistDownloader::handleReadyRead()
{
    m_timer->start(m_timeoutMs);
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid())
        m_announced = length.toLongLong();
    const qint64 room = maxFileBytes + 1 - m_received.size();
    m_received += m_reply->read(std::max<qint64>(0, std::min(room, m_reply->bytesAvailable())));
    if (m_received.size() > maxFileBytes || m_announced > maxFileBytes) {
        m_tooLarge = true;
        m_reply->abort(); // finishes the reply (and may start the next mirror) at once
        return;
    }
    emitProgress();
}

void MnistDownloader::handleTimeout()
{
    if (m_phase != Phase::Downloading || !m_reply)
        return;
    m_timedOut = true;
    m_reply->abort();
}

void MnistDownloader::handleFinished()
{
    m_timer->stop();
    QNetworkReply *reply = m_reply;
    if (!m_tooLarge && !m_timedOut && !m_refusedRedirect) {
        const qint64 room = maxFileBytes + 1 - m_received.size();
        m_received += reply->read(std::max<qint64>(0, std::min(room, reply->bytesAvailable())));
    }
    const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid())
        m_announced = length.toLongLong();

    Attempt attempt;
    attempt.file = gzName(m_files[m_fileIndex].name);
    attempt.url = reply->request().url();
    attempt.received = m_received.size();
    attempt.expected = m_announced;
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    attempt.httpStatus = status.isValid() ? status.toInt() : 0;

    if (m_refusedRedirect) {
        attempt.failure = Failure::InsecureUrl;
        attempt.url = m_lastAttempt.url; // the refused target
    } else if (m_timedOut) {
        attempt.failure = Failure::Timeout;
    } else if (m_tooLarge || m_received.size() > maxFileBytes) {
        attempt.failure = Failure::TooLarge;
    } else if (status.isValid() && attempt.httpStatus != 200) {
        attempt.failure = Failure::HttpStatus;
        attempt.detail = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    } else if (m_announced >= 0 && m_received.size() != m_announced) {
        attempt.failure = Failure::Truncated;
    } else if (reply->error() != QNetworkReply::NoError) {
        attempt.failure = Failure::Network;
        attempt.detail = reply->errorString();
    }
    QByteArray data = std::exchange(m_received, {});
    dropReply();
    if (attempt.failure != Failure::None) {
        attemptFailed(attempt);
        return;
    }
    m_downloadedSizes.append(data.size());
    verifyCurrent(std::move(data));
}

void MnistDownloader::verifyCurrent(QByteArray data)
{
    const File file = m_files[m_fileIndex];
    const QUrl url = urlFor(m_mirrorIndex, file);
    setPhase(Phase::Verifying);
    Q_EMIT verifying(file.name);

    using Result = std::optional<core::Expected<std::vector<std::uint8_t>>>;
    auto result = std::make_shared<Result>();
    auto bytes = std::make_shared<std::vector<std::uint8_t>>(data.begin(), data.end());
    data = {};
    const std::string sha = file.sha256.toStdString();
    const std::string label = gzName(file.name).toStdString();
    QThread *thread = QThread::create([result, bytes, sha, label] {
        *result = core::unpackVerified(*bytes, sha, label);
        bytes->clear();
    });
    const int generation = m_generation;
    connect(thread, &QThread::finished, this, [this, result, generation, file, url] {
        if (generation != m_generation || m_phase != Phase::Verifying)
            return; // cancelled meanwhile
        if (!result->has_value() || !result->value()) {
            Attempt attempt;
            attempt.file = gzName(file.name);
            attempt.url = url;
            attempt.received = m_downloadedSizes.value(m_fileIndex);
            if (result->has_value()) {
                const core::Error &error = result->value().error();
                attempt.detail = QString::fromStdString(error.detail);
                attempt.error = error;
                attempt.failure = error.code == core::ErrorCode::ChecksumMismatch ? Failure::ChecksumMismatch
                    : error.code == core::ErrorCode::CountTooLarge                ? Failure::TooLarge
                                                                                  : Failure::GzipCorrupt;
            } else {
                attempt.failure = Failure::GzipCorrupt;
            }
            m_downloadedSizes.removeLast();
            attemptFailed(attempt);
            return;
        }
        m_contents.push_back(std::move(result->value()).value());
        ++m_fileIndex;
        m_mirrorIndex = 0;
        m_mirrorsTried = 0;
        if (m_fileIndex < m_files.size()) {
            setPhase(Phase::Downloading);
            requestCurrent();
        } else {
            install();
        }
    });
    startThread(thread);
}

void MnistDownloader::attemptFailed(const Attempt &attempt)
{
    m_lastAttempt = attempt;
    ++m_mirrorsTried;
    if (m_mirrorIndex + 1 < m_mirrors.size()) {
        ++m_mirrorIndex;
        setPhase(Phase::Downloading);
        requestCurrent();
        return;
    }
    finish(attempt.failure);
}

void MnistDownloader::install()
{
    setPhase(Phase::Installing);
    Q_EMIT installing();
    emitProgress();

    struct Job {
        std::string directory;
        std::vector<std::string> names;
        std::vector<std::string> checksums;
        std::vector<std::vector<std::uint8_t>> contents;
        core::Error error;
        bool cancelled = false;
    };
    auto job = std::make_shared<Job>();
    job->directory = m_targetDirectory.toStdString();
    for (const File &file : std::as_const(m_files)) {
        job->names.push_back(file.name.toStdString());
        job->checksums.push_back(file.sha256.toStdString());
    }
    job->contents = std::exchange(m_contents, {});
    m_cancelInstall = std::make_shared<std::atomic_bool>(false);
    auto cancelFlag = m_cancelInstall;

    QThread *thread = QThread::create([job, cancelFlag] {
        namespace fs = std::filesystem;
        std::vector<fs::path> created; // files this install added (not replaced)
        for (std::size_t i = 0; i < job->names.size(); ++i) {
            if (cancelFlag->load()) {
                job->cancelled = true;
                break;
            }
            const fs::path path = fs::path(job->directory) / job->names[i];
            std::error_code ec;
            const bool existed = fs::exists(path, ec);
            job->error = core::installVerifiedFile(
                job->directory, job->names[i], job->contents[i], job->checksums[i]);
            if (job->error)
                break;
            if (!existed)
                created.push_back(path);
        }
        // All four or none of the new ones: a partial set would only make the
        // loader report an incomplete dataset. (Replaced files had the same,
        // verified content, so they stay.)
        if (job->error || job->cancelled) {
            for (const fs::path &path : created) {
                std::error_code ec;
                fs::remove(path, ec);
            }
        }
        job->contents.clear();
    });
    connect(thread, &QThread::finished, this, [this, job] {
        if (m_phase != Phase::Installing)
            return;
        m_cancelInstall.reset();
        if (job->cancelled) {
            m_downloadedSizes.clear();
            setPhase(Phase::Idle);
            Q_EMIT cancelled();
            return;
        }
        if (job->error) {
            m_lastAttempt = {};
            m_lastAttempt.failure = Failure::Disk;
            m_lastAttempt.error = job->error;
            finish(Failure::Disk);
            return;
        }
        finish(Failure::None);
    });
    startThread(thread);
}

void MnistDownloader::cancel()
{
    switch (m_phase) {
    case Phase::Idle: return;
    case Phase::Installing:
        // Writing verified files takes a moment; the worker stops between
        // files, removes what it added and then reports cancelled().
        if (m_cancelInstall)
            m_cancelInstall->store(true);
        return;
    case Phase::Downloading:
    case Phase::Verifying: break;
    }
    ++m_generation;
    m_timer->stop();
    dropReply();
    m_received.clear();
    m_contents.clear();
    m_downloadedSizes.clear();
    setPhase(Phase::Idle);
    Q_EMIT cancelled();
}

void MnistDownloader::finish(Failure failure)
{
    m_failure = failure;
    m_contents.clear();
    setPhase(Phase::Idle);
    if (failure == Failure::None)
        Q_EMIT finished();
    else
        Q_EMIT failed(failure);
}

void MnistDownloader::setPhase(Phase phase)
{
    const bool wasRunning = isRunning();
    m_phase = phase;
    if (wasRunning != isRunning())
        Q_EMIT runningChanged(isRunning());
}

void MnistDownloader::dropReply()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = std::exchange(m_reply, nullptr);
    reply->disconnect(this);
    if (reply->isRunning())
        reply->abort();
    reply->deleteLater();
}

void MnistDownloader::startThread(QThread *thread)
{
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    m_threads.removeAll(QPointer<QThread>());
    m_threads.append(thread);
    thread->start();
}

void MnistDownloader::emitProgress()
{
    if (m_phase == Phase::Downloading && m_fileIndex < m_files.size())
        Q_EMIT fileProgress(m_files[m_fileIndex].name, m_received.size(), m_announced);
    Q_EMIT progressChanged(bytesReceived(), bytesTotal());
}

QString MnistDownloader::errorText() const
{
    const Attempt &a = m_lastAttempt;
    const QString url = a.url.toDisplayString(QUrl::RemoveUserInfo);
    const QString host = a.url.host();
    QString text;
    switch (m_failure) {
    case Failure::None: return {};
    case Failure::InsecureUrl:
        text = tr("Refused to download from “%1”: cnnlab downloads only over https:// (plain http:// only "
                  "from this computer itself). Nothing was installed.")
                   .arg(url);
        break;
    case Failure::Network:
        text = tr("Could not download %1 from %2: %3. Check the internet connection and try again. Nothing "
                  "was installed.")
                   .arg(a.file, host.isEmpty() ? url : host, a.detail);
        break;
    case Failure::HttpStatus:
        text = tr("The server %1 answered “%2 %3” for %4. Nothing was installed.")
                   .arg(host)
                   .arg(a.httpStatus)
                   .arg(a.detail, a.file);
        break;
    case Failure::Timeout:
        text = tr("Downloading %1 from %2 stopped: no data arrived for %3 seconds. Nothing was installed.")
                   .arg(a.file, host, QLocale().toString(m_timeoutMs / 1000.0, 'g', 3));
        break;
    case Failure::Truncated:
        text
            = tr("The download of %1 from %2 ended early (%3 of %4 bytes). Try again; nothing was installed.")
                  .arg(a.file, host, QLocale().toString(a.received), QLocale().toString(a.expected));
        break;
    case Failure::TooLarge:
        text = tr("%1 from %2 is larger than any MNIST file (more than %3 MB), so the download was stopped. "
                  "Nothing was installed.")
                   .arg(a.file, host)
                   .arg(maxFileBytes >> 20);
        break;
    case Failure::GzipCorrupt:
        text = tr("%1 from %2 is not a complete gzip file (damaged or cut short). Try again; nothing was "
                  "installed.")
                   .arg(a.file, host);
        break;
    case Failure::ChecksumMismatch:
        text = tr("%1 from %2 does not have the expected SHA-256 checksum: it is damaged or a different "
                  "version of MNIST. Nothing was installed.")
                   .arg(a.file, host);
        break;
    case Failure::Disk:
        text = tr("Could not save MNIST in “%1”: %2").arg(m_targetDirectory, ErrorText::describe(a.error));
        break;
    }
    if (m_mirrorsTried > 1)
        text = tr("%1 (All %2 download addresses failed; this was the last one.)")
                   .arg(text)
                   .arg(m_mirrorsTried);
    return text;
}

} // namespace cnnlab::ui
