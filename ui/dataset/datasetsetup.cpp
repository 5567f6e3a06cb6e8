#include "datasetsetup.h"

#include "common/errortext.h"
#include "common/messagebanner.h"
#include "common/settings.h"
#include "common/translatedtext.h"
#include "dataset/datasetcheck.h"
#include "dataset/datasetsetupdialog.h"
#include "dataset/downloaddialog.h"
#include "workbench/controlspanel.h"

#include "cnnlab/core/dataset.h"

#include <QAction>
#include <QDir>
#include <QMenu>

namespace cnnlab::ui {

DatasetSetup::DatasetSetup(
    QWidget *window, Settings &settings, ControlsPanel *controls, MessageBanner *banner)
    : QObject(window)
    , m_window(window)
    , m_settings(settings)
    , m_controls(controls)
    , m_banner(banner)
    , m_check(new DatasetCheck(this))
{
    setObjectName(QStringLiteral("datasetSetup"));
    connect(m_check, &DatasetCheck::damaged, this, &DatasetSetup::showProblem);
    const TranslatedText text(staticMetaObject.className());
    m_downloadAction = text.setText(new QAction(m_window), QT_TR_NOOP("&Download MNIST…"));
    m_downloadAction->setObjectName(QStringLiteral("downloadMnistAction"));
    connect(m_downloadAction, &QAction::triggered, this, [this] { offer(Offer::Download); });
    m_locateAction = text.setText(new QAction(m_window), QT_TR_NOOP("&Locate MNIST Folder…"));
    m_locateAction->setObjectName(QStringLiteral("locateMnistAction"));
    connect(m_locateAction, &QAction::triggered, this, [this] { offer(Offer::Locate); });
}

void DatasetSetup::addTo(QMenu *fileMenu)
{
    fileMenu->addAction(m_downloadAction);
    fileMenu->addAction(m_locateAction);
}

QDialog *DatasetSetup::offer(Offer offer)
{
    if (offer == Offer::Download) {
        auto *dialog = new DownloadDialog(m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &DownloadDialog::installed, this, &DatasetSetup::announceInstalled);
        dialog->open();
        return dialog;
    }
    // Only for the digits: a class already on Fashion-MNIST is not nagged.
    const core::TrainingConfig config = m_controls->config();
    if (offer == Offer::IfMissing) {
        if (config.dataset != core::DatasetKind::Mnist)
            return nullptr;
        if (core::findDataset(core::DatasetKind::Mnist, config.dataDir)) {
            // Found: read it once in the background, so a damaged set is
            // reported now rather than when the class presses Start.
            m_check->start(core::DatasetKind::Mnist, config.dataDir);
            return nullptr;
        }
    }
    auto *dialog = new DatasetSetupDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (offer == Offer::Locate)
        dialog->setChoosing(m_problem);
    connect(dialog, &DatasetSetupDialog::dataDirectoryChosen, this, &DatasetSetup::useDirectory);
    connect(dialog, &DatasetSetupDialog::datasetInstalled, this, &DatasetSetup::announceInstalled);
    dialog->open();
    return dialog;
}

void DatasetSetup::announceInstalled(const QString &directory)
{
    m_problem.clear();
    m_banner->showMessage(MessageBanner::Level::Information,
        tr("MNIST is installed in %1. Press Start to train.").arg(QDir::toNativeSeparators(directory)));
}

void DatasetSetup::useDirectory(const QString &directory)
{
    // Remembered with the rest of the configuration (QSettings), and the
    // engine gets it as dataDir.
    core::TrainingConfig chosen = m_controls->config();
    chosen.dataDir = QDir::toNativeSeparators(directory).toStdString();
    m_controls->setConfig(chosen);
    m_settings.setLastConfig(chosen);
    m_settings.sync();
    m_problem.clear();
    m_banner->showMessage(MessageBanner::Level::Information,
        tr("Using MNIST from %1.").arg(QDir::toNativeSeparators(directory)));
}

void DatasetSetup::showProblem(const core::Error &error)
{
    m_problem = ErrorText::describe(error);
    QString text = m_problem;
    QList<QAction *> actions;
    if (m_controls->config().dataset == core::DatasetKind::Mnist) {
        text += QLatin1Char('\n')
            + tr("File ▸ Download MNIST… installs a fresh, verified copy; File ▸ Locate MNIST Folder… uses "
                 "another folder.");
        actions = {m_downloadAction, m_locateAction};
    }
    m_banner->showMessage(MessageBanner::Level::Error, text, actions);
}

} // namespace cnnlab::ui
