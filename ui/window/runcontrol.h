#pragma once

#include "run/runlauncher.h"

#include "cnnlab/core/runrecord.h"

#include <QObject>
#include <QString>

namespace cnnlab::ui {

class ControlsPanel;
class MessageBanner;
class RemoteSetup;
class ReplayController;
class RunSession;
class Settings;
class TrainingController;

// Which run the session shows, and the run's controls: Start (this machine
// or the chosen remote one), Pause/Resume, Stop, Reset, a replay and an
// opened record. Each switches the session's source, which clears every
// view. It is the RunLauncher the experiments queue runs through.
class RunControl : public QObject, public RunLauncher
{
    Q_OBJECT
public:
    struct Parts {
        RunSession *session = nullptr;
        TrainingController *controller = nullptr;
        ReplayController *replay = nullptr;
        ControlsPanel *controls = nullptr;
        MessageBanner *banner = nullptr;
        RemoteSetup *remote = nullptr;
        Settings *settings = nullptr;
    };
    RunControl(const Parts &parts, QObject *parent);

    [[nodiscard]] core::TrainingConfig currentConfig() const override;
    void setConfig(const core::TrainingConfig &config) override;
    void startRun() override;
    void togglePause();
    void stopRun() override;
    // Back to the live source with nothing shown; not while a run is active.
    void resetRun();
    void showError(const QString &message) override;

    // A training run or a replay is active.
    [[nodiscard]] bool isAnyActive() const;
    [[nodiscard]] bool isReplaying() const;

    bool startReplay(const QString &path, QString *error) override;
    // `path`: where the record lies, so its checkpoint beside it serves the
    // Explain docks once the replay has ended. False while a run is active or
    // when the record has nothing to play.
    bool startReplay(const core::RunRecord &record, const QString &name, const QString &path = {});
    // Shows a saved record whole (charts, Explain docks, report).
    bool openRecord(const QString &path, QString *error);

    // The record at `path` to open or replay; null (and `error` says why)
    // while a run is active (`busyText`) or when it cannot be read.
    [[nodiscard]] std::optional<core::RunRecord> readRecordToShow(
        const QString &path, const QString &busyText, QString *error) const;
    // A record without a name goes by its file's.
    [[nodiscard]] static QString shownName(const core::RunRecord &record, const QString &path);

private:
    Parts m_parts;
};

} // namespace cnnlab::ui
