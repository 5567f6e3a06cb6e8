#pragma once

#include "cnnlab/core/error.h"

#include <QDialog>

class QLabel;
class QPushButton;

namespace cnnlab::ui {

class DatasetCheck;
class DownloadDialog;

// Offered on first start when MNIST is not found: locate a folder that holds
// the IDX files, download them, or not now. Opened with open(), never exec():
// the window and its event loop stay alive behind it.
class DatasetSetupDialog : public QDialog
{
    Q_OBJECT
public:
    explicit DatasetSetupDialog(QWidget *parent = nullptr);

    // Checks `directory` (or its mnist/ subfolder) with core's reader, off the
    // GUI thread; emits dataDirectoryChosen() and closes when it holds a valid
    // MNIST, otherwise shows why not (folderRejected()).
    void useFolder(const QString &directory);
    // Opened on purpose (File ▸ Locate MNIST Folder…, a damaged set) rather
    // than because MNIST is missing: worded as a choice; `problem` says what
    // is wrong with the set in use, if anything.
    void setChoosing(const QString &problem);

    [[nodiscard]] QString errorText() const;
    [[nodiscard]] QString fashionNote() const;
    [[nodiscard]] DownloadDialog *downloadDialog() const { return m_download; }
    [[nodiscard]] QPushButton *locateButton() const { return m_locateButton; }
    [[nodiscard]] QPushButton *downloadButton() const { return m_downloadButton; }
    [[nodiscard]] QPushButton *notNowButton() const { return m_notNowButton; }

public Q_SLOTS:
    void locateFolder(); // asks for a folder, then useFolder()
    void download();

Q_SIGNALS:
    void dataDirectoryChosen(const QString &directory);
    void folderRejected(const QString &reason);
    void datasetInstalled(const QString &directory);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void setChecking(bool checking);
    void handleFolderChecked(core::Error error, const QString &loadedFrom);

    QLabel *m_heading = nullptr;
    QLabel *m_text = nullptr;
    QLabel *m_fashion = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_locateButton = nullptr;
    QPushButton *m_downloadButton = nullptr;
    QPushButton *m_notNowButton = nullptr;
    DownloadDialog *m_download = nullptr;
    QString m_fashionDirectory; // where Fashion-MNIST was found; empty: not installed
    QString m_errorFolder; // the folder last refused and core's reason
    QString m_errorReason;
    bool m_checking = false;
    DatasetCheck *m_check = nullptr;
    QString m_checkedFolder; // the folder being (or last) checked, absolute
    bool m_choosing = false;
    QString m_problem;
};

} // namespace cnnlab::ui
