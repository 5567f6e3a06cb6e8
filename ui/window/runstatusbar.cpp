#include "runstatusbar.h"

#include "common/changewording.h"
#include "common/format.h"
#include "remote/remotesetup.h"
#include "run/replaycontroller.h"
#include "run/runsession.h"
#include "run/trainingcontroller.h"
#include "workbench/controlspanel.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QTimer>

#include <algorithm>
#include <cmath>

namespace cnnlab::ui {

namespace {

QLabel *statusLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setContentsMargins(6, 0, 6, 0);
    return label;
}

// The live source when it trains on another machine, else nothing.
const std::optional<core::RemoteTarget> *remoteTargetOf(const RunSession *session)
{
    if (session->isReplay())
        return nullptr;
    const auto *controller = qobject_cast<const TrainingController *>(session->source());
    return controller && controller->remoteTarget() ? &controller->remoteTarget() : nullptr;
}

} // namespace

RunStatusBar::RunStatusBar(RunSession *session, ControlsPanel *controls, RemoteSetup *remote, QWidget *parent)
    : QStatusBar(parent)
    , m_session(session)
    , m_controls(controls)
    , m_remote(remote)
{
    setObjectName(QStringLiteral("runStatusBar"));
    createLabels();
    m_timer = new QTimer(this);
    m_timer->setInterval(250);
    connect(m_timer, &QTimer::timeout, this, &RunStatusBar::refresh);

    connect(m_session, &RunSession::cleared, this, &RunStatusBar::clear);
    connect(m_session, &RunSession::stateChanged, this, &RunStatusBar::handleStateChanged);
    connect(m_session, &RunSession::started, this, [this](const core::RunInfo &info) {
        m_runInfo = info;
        refresh();
    });
    connect(m_session, &RunSession::stepReported, this,
        [this](const core::StepMetrics &metrics) { m_lastStep = metrics; });
    connect(m_session, &RunSession::configApplied, this, &RunStatusBar::handleConfigApplied);
    connect(m_session, &RunSession::finished, this, &RunStatusBar::handleFinished);
    connect(m_session, &RunSession::batchSizeDeferred, this, [this](int batch) {
        showMessage(QCoreApplication::translate(
                        "cnnlab::ui::MainWindow", "Batch size %1 applies from the next epoch.")
                        .arg(Format::integer(batch)),
            5000);
    });
    connect(m_controls, &ControlsPanel::costPerHourChanged, this, &RunStatusBar::refresh);
    // The device chosen before a run shows until the run names its own.
    connect(m_controls, &ControlsPanel::configEdited, this, [this] {
        if (!m_runInfo)
            refreshDevice();
    });
    retranslateUi();
    clear();
}

RunStatusBar::~RunStatusBar() = default;

void RunStatusBar::createLabels()
{
    m_deviceLabel = statusLabel(this, QStringLiteral("deviceLabel"));
    m_positionLabel = statusLabel(this, QStringLiteral("positionLabel"));
    m_speedLabel = statusLabel(this, QStringLiteral("speedLabel"));
    m_elapsedLabel = statusLabel(this, QStringLiteral("elapsedLabel"));
    m_etaLabel = statusLabel(this, QStringLiteral("etaLabel"));
    m_costLabel = statusLabel(this, QStringLiteral("costLabel"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("runProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(true);
    m_progress->setMaximumWidth(200);
    m_progress->setMinimumWidth(120);
    for (QWidget *widget : std::initializer_list<QWidget *> {
             m_deviceLabel, m_positionLabel, m_speedLabel, m_elapsedLabel, m_etaLabel})
        addPermanentWidget(widget);
    addPermanentWidget(m_progress);
    addPermanentWidget(m_costLabel);
}

void RunStatusBar::retranslateUi()
{
    m_positionLabel->setToolTip(tr("Epoch in progress and optimizer steps so far"));
    m_speedLabel->setToolTip(tr("Training images per second"));
    m_elapsedLabel->setToolTip(
        tr("Time since Start, pauses and data loading included (the machine is billed for it)"));
    m_etaLabel->setToolTip(tr("Estimated training time left, at the recent speed"));
    if (isActive(m_session->state()) || m_runInfo)
        refresh();
    else
        clear();
}

void RunStatusBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_session)
        retranslateUi();
    QStatusBar::changeEvent(event);
}

double RunStatusBar::runSeconds() const
{
    if (!m_wallClock.isValid())
        return 0.0;
    const qint64 paused = m_pausedMs + (m_pauseClock.isValid() ? m_pauseClock.elapsed() : 0);
    return double(std::max<qint64>(0, m_wallClock.elapsed() - paused)) / 1000.0;
}

void RunStatusBar::clear()
{
    m_timer->stop();
    m_wallClock.invalidate();
    m_pauseClock.invalidate();
    m_pausedMs = 0;
    m_finishedWallSeconds = -1;
    m_runInfo.reset();
    m_lastStep.reset();
    // Never the last run's "ETA done / 100 %".
    m_positionLabel->setText(tr("Epoch –"));
    m_speedLabel->setText(tr("– images/s"));
    m_etaLabel->setText(tr("ETA –"));
    m_progress->setValue(0);
    m_progress->setFormat(QStringLiteral("%p %"));
    refresh();
}

void RunStatusBar::handleStateChanged(RunState state)
{
    if (isActive(state) && !m_wallClock.isValid()) {
        m_wallClock.start(); // Start pressed (or a replay began): the billing clock runs
        m_timer->start();
    }
    if (state == RunState::Paused && !m_pauseClock.isValid()) {
        m_pauseClock.start();
    } else if (state != RunState::Paused && m_pauseClock.isValid()) {
        m_pausedMs += m_pauseClock.elapsed();
        m_pauseClock.invalidate();
    }
    if (!isActive(state)) {
        if (m_wallClock.isValid() && m_finishedWallSeconds < 0)
            m_finishedWallSeconds = runSeconds();
        m_timer->stop();
    }
    refresh();
}

void RunStatusBar::handleFinished(const core::RunResult &result)
{
    // Step reports are throttled, so the last one may be a few steps short of
    // the end; the result has the exact final position.
    if (m_lastStep) {
        m_lastStep->position = result.position;
        if (result.trainSeconds > 0)
            m_lastStep->samplesPerSecond = double(result.position.samplesSeen) / result.trainSeconds;
    }
    refresh();
}

void RunStatusBar::handleConfigApplied(const core::ConfigChange &change)
{
    showMessage(
        tr("%1 at epoch %2")
            .arg(ChangeWording::label(change), QLocale().toString(change.position.epochPosition, 'f', 2)),
        8000);
}

double RunStatusBar::wallSeconds() const
{
    if (m_session->isReplay()) {
        // The recorded run's time, not this replay's.
        const auto *replay = qobject_cast<const ReplayController *>(m_session->source());
        return replay ? replay->position() : 0.0;
    }
    if (m_finishedWallSeconds >= 0)
        return m_finishedWallSeconds;
    return runSeconds();
}

double RunStatusBar::dollarsPerHour() const
{
    // A remote run costs that machine's price per hour (when set).
    if (const auto *remote = remoteTargetOf(m_session))
        return m_remote->costPerHour(QString::fromStdString((*remote)->label), m_controls->costPerHour());
    return m_controls->costPerHour();
}

void RunStatusBar::refresh()
{
    const double seconds = wallSeconds();
    m_elapsedLabel->setText(tr("Elapsed %1").arg(Format::duration(seconds)));
    refreshCost(seconds);
    refreshDevice();
    refreshProgress();
}

void RunStatusBar::refreshCost(double seconds)
{
    const double rate = dollarsPerHour();
    if (m_session->isReplay()) {
        // Replaying costs nothing: say what the recorded run cost instead.
        m_costLabel->setText(tr("Cost – (replay)"));
        m_costLabel->setToolTip(
            tr("A replay trains nothing and costs nothing; the recorded run cost %1 up to "
               "here at %2 per hour")
                .arg(Format::money(seconds / 3600.0 * rate), Format::money(rate)));
    } else {
        m_costLabel->setText(tr("Cost %1").arg(Format::money(seconds / 3600.0 * rate)));
        m_costLabel->setToolTip(
            tr("Elapsed time × %1 per hour (set in the Cost meter box)").arg(Format::money(rate)));
    }
}

void RunStatusBar::refreshDevice()
{
    if (m_lastStep && !m_lastStep->deviceName.empty()) // CPU: the threads in use now (fewer while busy)
        m_deviceLabel->setText(QString::fromStdString(m_lastStep->deviceName));
    else if (m_runInfo)
        m_deviceLabel->setText(QString::fromStdString(m_runInfo->deviceName));
    else
        m_deviceLabel->setText(tr("Device: %1")
                                   .arg(m_controls->config().device == "auto"
                                           ? tr("automatic")
                                           : QString::fromStdString(m_controls->config().device)));
    // A run on another machine wears a badge: the room must see where it trains (and bills).
    const auto *remote = m_runInfo ? remoteTargetOf(m_session) : nullptr;
    const bool remoteBadge = remote != nullptr;
    // The style sheet only when it changes: setting one repolishes the label.
    const QVariant shown = m_deviceLabel->property("remoteBadge");
    if (!shown.isValid() || shown.toBool() != remoteBadge) {
        m_deviceLabel->setProperty("remoteBadge", remoteBadge);
        m_deviceLabel->setStyleSheet(remoteBadge
                ? QStringLiteral(
                    "QLabel { background: #1565c0; color: white; border-radius: 6px; padding: 1px 8px; "
                    "font-weight: bold; }")
                : QString());
    }
    m_deviceLabel->setToolTip(remoteBadge
            ? tr("Training on %1 through ssh (%2); it stops there when the run ends or this window closes")
                  .arg(QString::fromStdString((*remote)->label),
                      QString::fromStdString((*remote)->destination))
            : tr("Where the model trains"));
}

void RunStatusBar::refreshProgress()
{
    if (!m_lastStep || !m_runInfo)
        return;
    const core::StepMetrics &s = *m_lastStep;
    const int epochs = std::max(1, m_runInfo->config.epochs);
    m_positionLabel->setText(tr("Epoch %1 of %2 · step %3")
                                 .arg(std::min(s.position.epoch + 1, epochs))
                                 .arg(epochs)
                                 .arg(Format::integer(s.position.step)));
    m_speedLabel->setText(tr("%1 images/s").arg(Format::integer(qint64(std::llround(s.samplesPerSecond)))));
    const double done = std::clamp(s.position.epochPosition / epochs, 0.0, 1.0);
    m_progress->setValue(int(std::lround(done * 1000)));

    // ETA from the average speed of this run so far (pauses excluded by core);
    // after a couple of seconds, so the first batches do not promise nonsense.
    const double progressed = s.position.epochPosition - m_runInfo->startEpoch;
    const RunState state = m_session->state();
    if (state == RunState::Finished) {
        m_etaLabel->setText(tr("ETA done"));
    } else if (!isActive(state)) {
        m_etaLabel->setText(tr("ETA –")); // stopped, diverged, failed: nothing left to estimate
    } else if (progressed > 0.0 && s.position.elapsedSeconds >= 2.0) {
        const double remaining = (epochs - s.position.epochPosition) * s.position.elapsedSeconds / progressed;
        m_etaLabel->setText(tr("ETA %1").arg(Format::duration(remaining)));
    }
}

} // namespace cnnlab::ui
