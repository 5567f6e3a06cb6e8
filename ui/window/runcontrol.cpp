#include "runcontrol.h"

#include "common/errortext.h"
#include "common/format.h"
#include "common/messagebanner.h"
#include "common/settings.h"
#include "remote/remotesetup.h"
#include "run/replaycontroller.h"
#include "run/runsession.h"
#include "run/trainingcontroller.h"
#include "workbench/controlspanel.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace cnnlab::ui {

// The run's words keep the window's translation context: tests and
// translators know them there.

RunControl::RunControl(const Parts &parts, QObject *parent)
    : QObject(parent)
    , m_parts(parts)
{
    setObjectName(QStringLiteral("runControl"));
}

core::TrainingConfig RunControl::currentConfig() const
{
    return m_parts.controls->config();
}

void RunControl::setConfig(const core::TrainingConfig &config)
{
    m_parts.controls->setConfig(config);
}

void RunControl::showError(const QString &message)
{
    m_parts.banner->showMessage(MessageBanner::Level::Error, message);
}

bool RunControl::isAnyActive() const
{
    return m_parts.controller->isActive() || m_parts.replay->isActive();
}

bool RunControl::isReplaying() const
{
    return m_parts.replay->isActive();
}

void RunControl::startRun()
{
    if (isAnyActive())
        return; // the action is disabled too; this guards the shortcut path
    const core::TrainingConfig config = currentConfig();
    if (const core::Error error = core::validate(config)) {
        showError(ErrorText::describe(error));
        return;
    }
    m_parts.banner->dismiss();
    m_parts.replay->reset();
    m_parts.session->setSource(m_parts.controller, RunSession::Kind::Live); // clears every view
    m_parts.settings->setLastConfig(config);
    // A remote machine trains through ssh; everything else is as for a local run.
    std::optional<core::RemoteTarget> remote;
    if (const std::optional<RemoteMachine> machine = m_parts.remote->chosenMachine())
        remote = machine->target();
    m_parts.controller->start(config, remote);
}

void RunControl::togglePause()
{
    if (m_parts.session->state() == RunState::Running)
        m_parts.session->pause();
    else
        m_parts.session->resume();
}

void RunControl::stopRun()
{
    m_parts.session->stop();
}

void RunControl::resetRun()
{
    if (isAnyActive())
        return;
    m_parts.controller->reset();
    m_parts.replay->reset();
    m_parts.session->setSource(m_parts.controller, RunSession::Kind::Live); // clears every view
    m_parts.banner->dismiss();
}

QString RunControl::shownName(const core::RunRecord &record, const QString &path)
{
    return record.name.empty() ? QFileInfo(path).fileName() : QString::fromStdString(record.name);
}

std::optional<core::RunRecord> RunControl::readRecordToShow(
    const QString &path, const QString &busyText, QString *error) const
{
    auto fail = [error](const QString &text) {
        if (error)
            *error = text;
        return std::nullopt;
    };
    if (isAnyActive())
        return fail(busyText);
    core::Expected<core::RunRecord> record = core::readRunRecord(path.toStdString());
    if (!record)
        return fail(QCoreApplication::translate("cnnlab::ui::MainWindow", "Cannot open “%1”: %2")
                        .arg(path, ErrorText::describe(record.error())));
    return std::move(*record);
}

bool RunControl::openRecord(const QString &path, QString *error)
{
    const std::optional<core::RunRecord> record = readRecordToShow(path,
        QCoreApplication::translate(
            "cnnlab::ui::MainWindow", "Stop the current run before opening another one."),
        error);
    if (!record)
        return false;
    resetRun();
    const QString name = shownName(*record, path);
    m_parts.session->openRecord(*record, name, path); // every view shows it
    m_parts.banner->showMessage(MessageBanner::Level::Information,
        QCoreApplication::translate("cnnlab::ui::MainWindow",
            "Showing the saved run “%1” (%2, validation accuracy %3). Start trains anew with the "
            "settings on the left.")
            .arg(name, ErrorText::runStatus(record->result.status),
                Format::percent(record->result.valAccuracy)));
    return true;
}

bool RunControl::startReplay(const QString &path, QString *error)
{
    const std::optional<core::RunRecord> record = readRecordToShow(path,
        QCoreApplication::translate(
            "cnnlab::ui::MainWindow", "Stop the current run before replaying another one."),
        error);
    if (!record)
        return false;
    if (!startReplay(*record, shownName(*record, path), path)) {
        if (error)
            *error = QCoreApplication::translate(
                "cnnlab::ui::MainWindow", "“%1” has no recorded training to replay.")
                         .arg(path);
        return false;
    }
    return true;
}

bool RunControl::startReplay(const core::RunRecord &record, const QString &name, const QString &path)
{
    if (isAnyActive() || (record.trainCurve.empty() && record.history.empty()))
        return false;
    resetRun();
    m_parts.session->setSource(m_parts.replay, RunSession::Kind::Replay, name, path); // clears every view
    m_parts.banner->showMessage(MessageBanner::Level::Information,
        QCoreApplication::translate("cnnlab::ui::MainWindow",
            "Replaying the saved run “%1”: nothing is training; the figures are the recorded ones.")
            .arg(name));
    if (!m_parts.replay->start(record)) {
        m_parts.session->setSource(m_parts.controller, RunSession::Kind::Live);
        return false;
    }
    return true;
}

} // namespace cnnlab::ui
