#pragma once

#include <QObject>

class QAction;
class QWidget;

namespace cnnlab::ui {

class RunSession;
class TrainingController;

// The run's actions, in the Run and File menus and the run tool bar: Start,
// Pause/Resume, Stop, Reset, Open/Save Run Record, Replay Run. refresh()
// enables them, words Pause as Resume, and moves Space and Esc to whichever
// action they mean now; the window connects what they do.
class RunActions : public QObject
{
    Q_OBJECT
public:
    RunActions(QWidget *window, RunSession *session, TrainingController *controller);

    [[nodiscard]] QAction *start() const { return m_start; }
    [[nodiscard]] QAction *pause() const { return m_pause; }
    [[nodiscard]] QAction *stop() const { return m_stop; }
    [[nodiscard]] QAction *reset() const { return m_reset; }
    [[nodiscard]] QAction *openRecord() const { return m_openRecord; }
    [[nodiscard]] QAction *saveRecord() const { return m_saveRecord; }
    [[nodiscard]] QAction *replay() const { return m_replayRun; }

    // After a state, palette or language change. In presenter mode with no
    // run active, Esc leaves presenter mode instead of stopping.
    void refresh(bool presenting);
    // What the last refresh() gave Esc to presenter mode.
    [[nodiscard]] bool escapeLeavesPresenter() const { return m_escapeLeaves; }

private:
    QWidget *m_window = nullptr;
    RunSession *m_session = nullptr;
    TrainingController *m_controller = nullptr;
    QAction *m_start = nullptr;
    QAction *m_pause = nullptr;
    QAction *m_stop = nullptr;
    QAction *m_reset = nullptr;
    QAction *m_openRecord = nullptr;
    QAction *m_saveRecord = nullptr;
    QAction *m_replayRun = nullptr;
    bool m_escapeLeaves = false;
};

} // namespace cnnlab::ui
