#pragma once

#include "cnnlab/core/error.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <atomic>
#include <cstdint>
#include <memory>
#include <vector>

class QNetworkAccessManager;
class QNetworkReply;
class QThread;
class QTimer;

namespace cnnlab::ui {

// Downloads the four MNIST files (`<name>.gz` from the first mirror that
// works), checks the SHA-256 of each decompressed file against core's pinned
// checksums and only then installs all four atomically into core's dataset
// directory. Downloads are held in memory (about 11 MB), so a cancel or a
// failure leaves nothing on disk; checking and writing run off the GUI thread.
// HTTPS only: plain http is refused except to loopback addresses (tests).
class MnistDownloader : public QObject
{
    Q_OBJECT
public:
    enum class Failure {
        None,
        InsecureUrl, // not https (and not http to a loopback address)
        Network,
        HttpStatus,
        Timeout,
        Truncated, // fewer bytes than the server announced
        TooLarge,
        GzipCorrupt,
        ChecksumMismatch,
        Disk,
    };
    Q_ENUM(Failure)

    // `name` is the raw file name; it is fetched as `<name>.gz`.
    struct File {
        QString name;
        QString sha256; // of the decompressed content
        qint64 sizeHint = 0; // expected .gz size for the overall progress; 0: unknown
    };

    static constexpr int defaultTimeoutMs = 30'000;
    static constexpr qint64 maxFileBytes = qint64 {64} << 20; // far above any MNIST .gz

    explicit MnistDownloader(QObject *parent = nullptr);
    ~MnistDownloader() override;

    [[nodiscard]] static QList<QUrl> standardMirrors();
    [[nodiscard]] static QList<File> standardFiles();
    [[nodiscard]] static QString standardTargetDirectory();
    // https, or http to a literal loopback address.
    [[nodiscard]] static bool isAllowedUrl(const QUrl &url);

    // Tests inject their own mirrors, files (with checksums), target and timeout.
    [[nodiscard]] QList<QUrl> mirrors() const { return m_mirrors; }
    void setMirrors(const QList<QUrl> &mirrors);
    [[nodiscard]] QList<File> files() const { return m_files; }
    void setFiles(const QList<File> &files);
    [[nodiscard]] QString targetDirectory() const { return m_targetDirectory; }
    void setTargetDirectory(const QString &directory);
    // No data for this long aborts the transfer.
    [[nodiscard]] int timeout() const { return m_timeoutMs; }
    void setTimeout(int milliseconds);
    // Not owned; null: the downloader's own.
    void setNetworkAccessManager(QNetworkAccessManager *manager);

    [[nodiscard]] bool isRunning() const { return m_phase != Phase::Idle; }
    [[nodiscard]] Failure failure() const { return m_failure; }
    // The last failure in words, in the current language (empty when none).
    [[nodiscard]] QString errorText() const;
    [[nodiscard]] QString currentFile() const;
    [[nodiscard]] qint64 bytesReceived() const;
    // -1 while some size is unknown.
    [[nodiscard]] qint64 bytesTotal() const;

public Q_SLOTS:
    void start();
    // Stops at once; nothing is left on disk.
    void cancel();

Q_SIGNALS:
    void runningChanged(bool running);
    void fileStarted(const QString &name, int index, int count);
    void fileProgress(const QString &name, qint64 received, qint64 total);
    void progressChanged(qint64 received, qint64 total);
    void verifying(const QString &name);
    void installing();
    void finished(); // all files verified and installed
    void failed(cnnlab::ui::MnistDownloader::Failure failure);
    void cancelled();

private:
    enum class Phase { Idle, Downloading, Verifying, Installing };

    struct Attempt {
        Failure failure = Failure::None;
        QString file;
        QUrl url;
        QString detail;
        qint64 received = 0;
        qint64 expected = 0;
        int httpStatus = 0;
        core::Error error; // Disk: what core reported
    };

    QNetworkAccessManager *manager();
    QUrl urlFor(int mirror, const File &file) const;
    void requestCurrent();
    void handleReadyRead();
    void handleProgress();
    void handleFinished();
    void handleTimeout();
    void verifyCurrent(QByteArray data);
    void attemptFailed(const Attempt &attempt);
    void install();
    void finish(Failure failure);
    void setPhase(Phase phase);
    void dropReply();
    void startThread(QThread *thread);
    void emitProgress();

    QList<QUrl> m_mirrors;
    QList<File> m_files;
    QString m_targetDirectory;
    int m_timeoutMs = defaultTimeoutMs;
    QPointer<QNetworkAccessManager> m_manager;
    QNetworkAccessManager *m_ownManager = nullptr;
    QTimer *m_timer = nullptr;

    Phase m_phase = Phase::Idle;
    int m_fileIndex = 0;
    int m_mirrorIndex = 0;
    QNetworkReply *m_reply = nullptr;
    QByteArray m_received;
    qint64 m_announced = -1; // Content-Length of the current transfer
    bool m_timedOut = false;
    bool m_tooLarge = false;
    bool m_refusedRedirect = false;
    std::vector<std::vector<std::uint8_t>> m_contents; // verified, decompressed
    QList<qint64> m_downloadedSizes;
    Failure m_failure = Failure::None;
    Attempt m_lastAttempt;
    int m_mirrorsTried = 0;
    // Bumped by cancel(): a worker thread from an older run reports into the void.
    int m_generation = 0;
    std::shared_ptr<std::atomic_bool> m_cancelInstall;
    QList<QPointer<QThread>> m_threads;
};

} // namespace cnnlab::ui
