#pragma once

#include <QMetaType>

namespace cnnlab::ui {

// What the window shows about the run. Starting and Stopping exist because the
// engine acts asynchronously: data loading and the last step take a moment, and
// the buttons must not offer a second Start in between.
enum class RunState {
    Idle, // nothing has run yet, or Reset was pressed
    Starting, // Start pressed, data loading; no RunInfo yet
    Running,
    Paused,
    Stopping, // Stop pressed, waiting for the engine to finish its step
    Finished, // all epochs done
    Stopped, // stopped by the user
    Diverged, // loss became NaN/inf
    Failed, // the engine reported an error
};

// True while a run occupies the worker thread.
constexpr bool isActive(RunState state)
{
    return state == RunState::Starting || state == RunState::Running || state == RunState::Paused
        || state == RunState::Stopping;
}

} // namespace cnnlab::ui

Q_DECLARE_METATYPE(cnnlab::ui::RunState)
