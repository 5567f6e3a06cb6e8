#pragma once

#include "cnnlab/core/trainingconfig.h"

#include <QString>

namespace cnnlab::ui {

// What runs more than one run (the experiment queue, the run history's
// Re-run and Replay) needs of the window that trains: the settings Start
// would use, Start and Stop themselves, a replay, and a place for errors.
// window/RunControl implements it, so ExperimentsController depends on this and
// not on the window.
class RunLauncher
{
public:
    virtual ~RunLauncher() = default;

    [[nodiscard]] virtual core::TrainingConfig currentConfig() const = 0;
    virtual void setConfig(const core::TrainingConfig &config) = 0;
    // As pressing Start: the current settings, the chosen machine.
    virtual void startRun() = 0;
    virtual void stopRun() = 0;
    virtual bool startReplay(const QString &path, QString *error) = 0;
    virtual void showError(const QString &message) = 0;
};

} // namespace cnnlab::ui
