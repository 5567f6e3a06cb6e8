#pragma once

#include "cnnlab/core/runinfo.h"

#include <QObject>

namespace cnnlab::ui {

class ControlsPanel;
class DatasetSetup;
class MessageBanner;
class ReplayController;
class RunSession;

// The banner's words when the session's run ends: finished, stopped, diverged
// (with the rate to lower), failed (a damaged dataset offers its ways out),
// and the end of a replay, never worded as if this machine had just trained.
// Follows the session itself; the words keep the window's translation context.
class RunBanners : public QObject
{
    Q_OBJECT
public:
    RunBanners(RunSession *session, ReplayController *replay, ControlsPanel *controls, DatasetSetup *dataset,
        MessageBanner *banner, QObject *parent);

private:
    void showOutcome(const core::RunResult &result);
    void showReplayOutcome(const core::RunResult &result);

    RunSession *m_session = nullptr;
    ReplayController *m_replay = nullptr;
    ControlsPanel *m_controls = nullptr;
    DatasetSetup *m_dataset = nullptr;
    MessageBanner *m_banner = nullptr;
};

} // namespace cnnlab::ui
