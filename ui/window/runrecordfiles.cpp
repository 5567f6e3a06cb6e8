#include "runrecordfiles.h"

#include "common/errortext.h"
#include "common/filelocations.h"
#include "run/trainingcontroller.h"
#include "window/runactions.h"
#include "window/runcontrol.h"

#include "cnnlab/core/runrecord.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QStatusBar>

namespace cnnlab::ui {

// The words keep the window's translation context (tests and translators
// know them there).

RunRecordFiles::RunRecordFiles(
    QMainWindow *window, RunActions *actions, RunControl *control, TrainingController *controller)
    : QObject(window)
    , m_window(window)
    , m_control(control)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("runRecordFiles"));
    connect(actions->openRecord(), &QAction::triggered, this, &RunRecordFiles::openInteractively);
    connect(actions->saveRecord(), &QAction::triggered, this, &RunRecordFiles::saveInteractively);
    connect(actions->replay(), &QAction::triggered, this, &RunRecordFiles::replayInteractively);
}

bool RunRecordFiles::saveRunRecord(const QString &path, QString *error)
{
    if (!m_controller->lastRecord()) {
        if (error)
            *error
                = QCoreApplication::translate("cnnlab::ui::MainWindow", "There is no finished run to save.");
        return false;
    }
    core::RunRecord record = *m_controller->lastRecord();
    if (record.name.empty())
        record.name = QFileInfo(path).completeBaseName().toStdString();
    if (const core::Error written = core::writeRunRecord(record, path.toStdString())) {
        if (error)
            *error = ErrorText::describe(written);
        return false;
    }
    return true;
}

QString RunRecordFiles::askForRunRecord(const QString &title)
{
    return QFileDialog::getOpenFileName(m_window, title, FileLocations::runsFolder(),
        QCoreApplication::translate("cnnlab::ui::MainWindow", "Run records (*.json);;All files (*)"));
}

void RunRecordFiles::openInteractively()
{
    const QString path
        = askForRunRecord(QCoreApplication::translate("cnnlab::ui::MainWindow", "Open Run Record"));
    if (path.isEmpty())
        return;
    QString error;
    if (!m_control->openRecord(path, &error))
        m_control->showError(error);
}

void RunRecordFiles::saveInteractively()
{
    const QString suggested = QDir(FileLocations::documentsFolder()).filePath(QStringLiteral("run.json"));
    const QString path = QFileDialog::getSaveFileName(m_window,
        QCoreApplication::translate("cnnlab::ui::MainWindow", "Save Run Record"), suggested,
        QCoreApplication::translate("cnnlab::ui::MainWindow", "Run records (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!saveRunRecord(path, &error))
        m_control->showError(error);
    else
        m_window->statusBar()->showMessage(FileLocations::savedMessage(path), 5000);
}

void RunRecordFiles::replayInteractively()
{
    const QString path = askForRunRecord(QCoreApplication::translate("cnnlab::ui::MainWindow", "Replay Run"));
    if (path.isEmpty())
        return;
    QString error;
    if (!m_control->startReplay(path, &error))
        m_control->showError(error);
}

} // namespace cnnlab::ui
