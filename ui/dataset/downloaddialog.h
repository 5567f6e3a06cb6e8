#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;

namespace cnnlab::ui {

class MnistDownloader;

// "Download MNIST": what will be fetched and where it goes, a progress bar,
// Cancel, and the downloader's error in words. Closing it cancels.
class DownloadDialog : public QDialog
{
    Q_OBJECT
public:
    explicit DownloadDialog(QWidget *parent = nullptr);

    [[nodiscard]] MnistDownloader *downloader() const { return m_downloader; }
    [[nodiscard]] QString errorText() const;
    [[nodiscard]] QProgressBar *progressBar() const { return m_progress; }
    [[nodiscard]] QPushButton *startButton() const { return m_startButton; }
    [[nodiscard]] QPushButton *cancelButton() const { return m_cancelButton; }

public Q_SLOTS:
    void start();
    void reject() override; // Cancel / Close / Esc: stop a running download first

Q_SIGNALS:
    void installed(const QString &directory);

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class Status { Ready, Running, Installing, Done, Failed, Cancelled };

    void retranslateUi();
    void updateProgress(qint64 received, qint64 total);
    void setStatus(Status status);

    MnistDownloader *m_downloader = nullptr;
    QLabel *m_intro = nullptr;
    QLabel *m_fileLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_startButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    Status m_status = Status::Ready;
    QString m_currentFile;
    qint64 m_fileReceived = 0;
    qint64 m_fileTotal = -1;
};

} // namespace cnnlab::ui
