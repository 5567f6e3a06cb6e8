#include "datasetsetupdialog.h"

#include "common/errortext.h"
#include "datasetcheck.h"
#include "downloaddialog.h"

#include "cnnlab/core/dataset.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <filesystem>
#include <memory>
#include <optional>

namespace cnnlab::ui {

namespace {

bool sameDirectory(const std::string &a, const std::string &b)
{
    namespace fs = std::filesystem;
    std::error_code ec;
    return fs::equivalent(a, b, ec);
}

} // namespace

DatasetSetupDialog::DatasetSetupDialog(QWidget *parent)
    : QDialog(parent)
    , m_heading(new QLabel(this))
    , m_text(new QLabel(this))
    , m_fashion(new QLabel(this))
    , m_error(new QLabel(this))
    , m_locateButton(new QPushButton(this))
    , m_downloadButton(new QPushButton(this))
    , m_notNowButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("datasetSetupDialog"));
    m_check = new DatasetCheck(this);
    connect(m_check, &DatasetCheck::finished, this, &DatasetSetupDialog::handleFolderChecked);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    m_heading->setFont(headingFont);
    for (QLabel *label : {m_text, m_fashion, m_error}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    }
    m_error->setObjectName(QStringLiteral("datasetSetupError"));
    m_error->hide();
    m_fashion->setObjectName(QStringLiteral("fashionNote"));

    // Fashion-MNIST from Debian's dataset-fashion-mnist needs no set-up.
    if (const auto fashion = core::findDataset(core::DatasetKind::FashionMnist))
        m_fashionDirectory = QString::fromStdString(*fashion);
    m_fashion->setVisible(!m_fashionDirectory.isEmpty());

    m_locateButton->setObjectName(QStringLiteral("locateFolderButton"));
    m_downloadButton->setObjectName(QStringLiteral("downloadButton"));
    m_notNowButton->setObjectName(QStringLiteral("notNowButton"));
    m_downloadButton->setDefault(true);
    connect(m_locateButton, &QPushButton::clicked, this, &DatasetSetupDialog::locateFolder);
    connect(m_downloadButton, &QPushButton::clicked, this, &DatasetSetupDialog::download);
    connect(m_notNowButton, &QPushButton::clicked, this, &QDialog::reject);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_locateButton);
    buttons->addStretch(1);
    buttons->addWidget(m_notNowButton);
    buttons->addWidget(m_downloadButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_text);
    layout->addWidget(m_fashion);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addLayout(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
    retranslateUi();
}

QString DatasetSetupDialog::errorText() const
{
    return m_errorFolder.isEmpty() ? QString() : m_error->text();
}

QString DatasetSetupDialog::fashionNote() const
{
    return m_fashionDirectory.isEmpty() ? QString() : m_fashion->text();
}

void DatasetSetupDialog::locateFolder()
{
    const QString directory = QFileDialog::getExistingDirectory(
        this, tr("Folder with the MNIST files"), m_errorFolder.isEmpty() ? QDir::homePath() : m_errorFolder);
    if (!directory.isEmpty())
        useFolder(directory);
}

void DatasetSetupDialog::useFolder(const QString &directory)
{
    if (m_checking)
        return;
    setChecking(true);
    m_checkedFolder = QDir(directory).absolutePath();
    m_check->start(core::DatasetKind::Mnist, m_checkedFolder.toStdString());
}

void DatasetSetupDialog::handleFolderChecked(core::Error error, const QString &loadedFrom)
{
    setChecking(false);
    const std::string dir = m_checkedFolder.toStdString();
    // loadDataset falls back to the other places it knows; only this folder
    // (or its mnist/ subfolder) counts here.
    if (!error && !sameDirectory(loadedFrom.toStdString(), dir)
        && !sameDirectory(loadedFrom.toStdString(), dir + "/mnist"))
        error = core::Error {core::ErrorCode::DatasetMissing, dir, {}};
    if (!error) {
        m_errorFolder.clear();
        m_errorReason.clear();
        retranslateUi();
        Q_EMIT dataDirectoryChosen(m_checkedFolder);
        accept();
        return;
    }
    m_errorFolder = m_checkedFolder;
    m_errorReason = error.code == core::ErrorCode::DatasetMissing ? QString() : ErrorText::describe(error);
    retranslateUi();
    Q_EMIT folderRejected(m_error->text());
}

void DatasetSetupDialog::download()
{
    if (!m_download) {
        m_download = new DownloadDialog(this);
        connect(m_download, &DownloadDialog::installed, this, [this](const QString &directory) {
            Q_EMIT datasetInstalled(directory);
            accept(); // the download dialog (a child) goes with it
        });
    }
    m_download->open();
    m_download->start();
}

void DatasetSetupDialog::setChecking(bool checking)
{
    m_checking = checking;
    m_locateButton->setEnabled(!checking);
    m_downloadButton->setEnabled(!checking);
    retranslateUi();
}

void DatasetSetupDialog::setChoosing(const QString &problem)
{
    m_choosing = true;
    m_problem = problem;
    retranslateUi();
}

void DatasetSetupDialog::retranslateUi()
{
    setWindowTitle(m_choosing ? tr("MNIST Folder") : tr("MNIST Not Found"));
    m_heading->setText(m_choosing ? tr("Where cnnlab reads MNIST") : tr("MNIST is not installed"));
    const QString files = tr("the four IDX files (train-images-idx3-ubyte, train-labels-idx1-ubyte, "
                             "t10k-images-idx3-ubyte, t10k-labels-idx1-ubyte, each possibly .gz)");
    if (m_choosing)
        m_text->setText((m_problem.isEmpty() ? QString() : m_problem + QStringLiteral("\n\n"))
            + tr("Locate a folder that holds %1, or download a fresh copy (about 11 MB, checked against "
                 "pinned SHA-256 checksums).")
                  .arg(files));
    else
        m_text->setText(tr("cnnlab trains on the MNIST handwritten digits, which were not found on this "
                           "computer. Download them now (about 11 MB, checked against pinned SHA-256 "
                           "checksums), or locate a folder that already holds %1.")
                            .arg(files));
    m_fashion->setText(tr("Fashion-MNIST is installed (in %1) and works without this: choose it under "
                          "Dataset on the left.")
                           .arg(QDir::toNativeSeparators(m_fashionDirectory)));
    QString error;
    if (m_checking)
        error = tr("Checking the folder…");
    else if (!m_errorFolder.isEmpty())
        error = m_errorReason.isEmpty() ? tr("The folder “%1” does not hold the four MNIST files.")
                                              .arg(QDir::toNativeSeparators(m_errorFolder))
                                        : tr("The folder “%1” cannot be used: %2")
                                              .arg(QDir::toNativeSeparators(m_errorFolder), m_errorReason);
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    m_error->setAccessibleName(tr("Problem with the chosen folder"));
    m_heading->setAccessibleName(tr("MNIST is not installed"));
    m_text->setAccessibleName(tr("What is missing and how to get it"));
    m_fashion->setAccessibleName(tr("Fashion-MNIST"));

    m_locateButton->setText(tr("&Locate Folder…"));
    m_locateButton->setAccessibleName(tr("Locate a folder with the MNIST files"));
    m_downloadButton->setText(tr("&Download"));
    m_downloadButton->setAccessibleName(tr("Download MNIST"));
    m_notNowButton->setText(tr("&Not Now"));
    m_notNowButton->setAccessibleName(tr("Not now"));
}

void DatasetSetupDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

} // namespace cnnlab::ui
