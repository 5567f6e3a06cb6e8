#pragma once

#include "run/runstate.h"

#include "cnnlab/core/metrics.h"
#include "cnnlab/core/runinfo.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QStatusBar>

#include <optional>

class QLabel;
class QProgressBar;
class QTimer;

namespace cnnlab::ui {

class ControlsPanel;
class RemoteSetup;
class RunSession;

// The window's status bar: where the run trains, epoch and step, speed,
// elapsed time, ETA, progress and cost. It owns its labels and follows the
// session itself (qBittorrent's StatusBar pattern), so the window keeps no
// run state for it. Elapsed and Cost count from the first active state after
// the session was cleared; pauses do not count.
class RunStatusBar : public QStatusBar
{
    Q_OBJECT
public:
    // `controls` gives the local price per hour and the device chosen before
    // a run; `remote` the price of a remote machine.
    RunStatusBar(
        RunSession *session, ControlsPanel *controls, RemoteSetup *remote, QWidget *parent = nullptr);
    ~RunStatusBar() override;

    // Seconds the run has been billed for so far: paused time excluded.
    [[nodiscard]] double runSeconds() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void createLabels();
    void retranslateUi();
    void clear();
    void refresh();
    void refreshCost(double wallSeconds);
    void refreshDevice();
    void refreshProgress();
    void handleStateChanged(RunState state);
    void handleFinished(const core::RunResult &result);
    void handleConfigApplied(const core::ConfigChange &change);
    [[nodiscard]] double wallSeconds() const;
    [[nodiscard]] double dollarsPerHour() const;

    QPointer<RunSession> m_session; // deleted before this bar when the window goes
    ControlsPanel *m_controls = nullptr;
    RemoteSetup *m_remote = nullptr;

    QLabel *m_deviceLabel = nullptr;
    QLabel *m_positionLabel = nullptr;
    QLabel *m_speedLabel = nullptr;
    QLabel *m_elapsedLabel = nullptr;
    QLabel *m_etaLabel = nullptr;
    QLabel *m_costLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QTimer *m_timer = nullptr;

    QElapsedTimer m_wallClock; // since Start: what the machine is billed for
    qint64 m_pausedMs = 0; // pauses so far
    QElapsedTimer m_pauseClock; // the running pause
    double m_finishedWallSeconds = -1; // frozen when the run ends
    std::optional<core::RunInfo> m_runInfo;
    std::optional<core::StepMetrics> m_lastStep;
};

} // namespace cnnlab::ui
