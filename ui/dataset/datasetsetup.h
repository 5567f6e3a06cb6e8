#pragma once

#include <QObject>
#include <QString>

class QAction;
class QDialog;
class QMenu;
class QWidget;

namespace cnnlab::core {
struct Error;
} // namespace cnnlab::core

namespace cnnlab::ui {

class ControlsPanel;
class DatasetCheck;
class MessageBanner;
class Settings;

// Getting MNIST in place: File ▸ Download MNIST… and Locate MNIST Folder…,
// the offer on first start, the background check of a set that is found, and
// the banner that words a damaged or missing set with the two ways out.
class DatasetSetup : public QObject
{
    Q_OBJECT
public:
    // IfMissing (first start): when MNIST is not found, offers "Locate
    // folder…", "Download" and "Not now" in a dialog opened with open(), so
    // nothing waits on it; when found, reads it once in the background and
    // reports a damaged set. Download: the download dialog. Locate (or a
    // damaged set): the set-up dialog whether or not MNIST is found.
    enum class Offer { IfMissing, Download, Locate };

    // `window` parents the dialogs; `controls` hold the data folder in use.
    DatasetSetup(QWidget *window, Settings &settings, ControlsPanel *controls, MessageBanner *banner);

    // The two File menu entries.
    void addTo(QMenu *fileMenu);
    // The dialog shown, or null.
    QDialog *offer(Offer offer = Offer::IfMissing);
    // A dataset that cannot be read: the reason, and the two ways out as
    // buttons (Download MNIST…, Locate MNIST Folder…).
    void showProblem(const core::Error &error);
    [[nodiscard]] DatasetCheck *check() const { return m_check; }

private:
    void announceInstalled(const QString &directory);
    void useDirectory(const QString &directory);

    QWidget *m_window = nullptr;
    Settings &m_settings;
    ControlsPanel *m_controls = nullptr;
    MessageBanner *m_banner = nullptr;
    DatasetCheck *m_check = nullptr;
    QAction *m_downloadAction = nullptr;
    QAction *m_locateAction = nullptr;
    QString m_problem; // why the dataset in use cannot be read, if it cannot
};

} // namespace cnnlab::ui
