#include "downloaddialog.h"

#include "mnistdownloader.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace cnnlab::ui {

namespace {

QString megabytes(qint64 bytes)
{
    return QLocale().toString(double(bytes) / 1e6, 'f', 1);
}

} // namespace

DownloadDialog::DownloadDialog(QWidget *parent)
    : QDialog(parent)
    , m_downloader(new MnistDownloader(this))
    , m_intro(new QLabel(this))
    , m_fileLabel(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(this))
{
    setObjectName(QStringLiteral("downloadDialog"));
    m_intro->setWordWrap(true);
    m_intro->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fileLabel->setObjectName(QStringLiteral("downloadFileLabel"));
    m_progress->setObjectName(QStringLiteral("downloadProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->setTextVisible(true);
    m_message->setObjectName(QStringLiteral("downloadMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_message->hide();

    m_startButton = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_startButton->setObjectName(QStringLiteral("downloadStartButton"));
    m_cancelButton = m_buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    m_cancelButton->setObjectName(QStringLiteral("downloadCancelButton"));
    // The buttons act themselves: Download must not close the dialog.
    connect(m_startButton, &QPushButton::clicked, this, &DownloadDialog::start);
    connect(m_cancelButton, &QPushButton::clicked, this, &DownloadDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addSpacing(6);
    layout->addWidget(m_fileLabel);
    layout->addWidget(m_progress);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);

    connect(m_downloader, &MnistDownloader::fileProgress, this,
        [this](const QString &name, qint64 received, qint64 total) {
            m_currentFile = name;
            m_fileReceived = received;
            m_fileTotal = total;
            retranslateUi();
        });
    connect(m_downloader, &MnistDownloader::progressChanged, this, &DownloadDialog::updateProgress);
    connect(m_downloader, &MnistDownloader::installing, this, [this] { setStatus(Status::Installing); });
    connect(m_downloader, &MnistDownloader::finished, this, [this] {
        setStatus(Status::Done);
        Q_EMIT installed(m_downloader->targetDirectory());
    });
    connect(m_downloader, &MnistDownloader::failed, this, [this] { setStatus(Status::Failed); });
    connect(m_downloader, &MnistDownloader::cancelled, this, [this] { setStatus(Status::Cancelled); });
    setStatus(Status::Ready);
}

QString DownloadDialog::errorText() const
{
    return m_downloader->errorText();
}

void DownloadDialog::start()
{
    if (m_downloader->isRunning())
        return;
    m_currentFile.clear();
    m_fileReceived = 0;
    m_fileTotal = -1;
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    setStatus(Status::Running);
    m_downloader->start(); // may fail at once (a refused address): setStatus follows
}

void DownloadDialog::reject()
{
    if (m_downloader->isRunning()) {
        m_downloader->cancel(); // the dialog stays, saying it was cancelled
        return;
    }
    QDialog::reject();
}

void DownloadDialog::updateProgress(qint64 received, qint64 total)
{
    if (total > 0) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(std::min<qint64>(1000, received * 1000 / total)));
    } else {
        m_progress->setRange(0, 0); // busy: the size is not known yet
    }
}

void DownloadDialog::setStatus(Status status)
{
    m_status = status;
    if (status == Status::Done) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(1000);
    }
    retranslateUi();
}

void DownloadDialog::retranslateUi()
{
    setWindowTitle(tr("Download MNIST"));
    const QString target = QDir::toNativeSeparators(m_downloader->targetDirectory());
    QString hosts;
    for (const QUrl &url : m_downloader->mirrors())
        hosts += (hosts.isEmpty() ? QString() : QStringLiteral(", ")) + url.host();
    m_intro->setText(
        tr("cnnlab downloads the four MNIST files (about 11 MB) from %1, checks each against its "
           "SHA-256 checksum and installs them in %2.")
            .arg(hosts, target));
    m_progress->setAccessibleName(tr("Download progress"));
    m_intro->setAccessibleName(tr("What will be downloaded"));
    m_fileLabel->setAccessibleName(tr("Download status"));
    m_startButton->setAccessibleName(tr("Start the download"));
    m_cancelButton->setAccessibleName(tr("Cancel the download or close"));

    const bool running = m_status == Status::Running || m_status == Status::Installing;
    m_startButton->setText(
        m_status == Status::Failed || m_status == Status::Cancelled ? tr("Try Again") : tr("Download"));
    m_startButton->setVisible(m_status != Status::Done);
    m_startButton->setEnabled(!running);
    m_cancelButton->setText(running ? tr("Cancel") : tr("Close"));
    m_cancelButton->setEnabled(m_status != Status::Installing);

    switch (m_status) {
    case Status::Ready: m_fileLabel->setText(tr("Ready to download.")); break;
    case Status::Running:
        if (m_currentFile.isEmpty())
            m_fileLabel->setText(tr("Connecting…"));
        else if (m_fileTotal > 0)
            m_fileLabel->setText(tr("Downloading %1: %2 of %3 MB")
                                     .arg(m_currentFile, megabytes(m_fileReceived), megabytes(m_fileTotal)));
        else
            m_fileLabel->setText(tr("Downloading %1: %2 MB").arg(m_currentFile, megabytes(m_fileReceived)));
        break;
    case Status::Installing: m_fileLabel->setText(tr("Checking and installing…")); break;
    case Status::Done: m_fileLabel->setText(tr("MNIST is installed in %1.").arg(target)); break;
    case Status::Failed: m_fileLabel->setText(tr("The download failed.")); break;
    case Status::Cancelled: m_fileLabel->setText(tr("Cancelled; nothing was installed.")); break;
    }
    const QString error = m_status == Status::Failed ? m_downloader->errorText() : QString();
    m_message->setText(error);
    m_message->setVisible(!error.isEmpty());
    m_message->setAccessibleName(tr("Download error"));
}

void DownloadDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

} // namespace cnnlab::ui
