#include "runactions.h"

#include "common/runicons.h"
#include "common/translatedtext.h"
#include "run/runsession.h"
#include "run/trainingcontroller.h"

#include <QAction>
#include <QCoreApplication>
#include <QWidget>

namespace cnnlab::ui {

namespace {

constexpr const char *windowContext = "cnnlab::ui::MainWindow";

} // namespace

RunActions::RunActions(QWidget *window, RunSession *session, TrainingController *controller)
    : QObject(window)
    , m_window(window)
    , m_session(session)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("runActions"));
    // The run's words are the window's: its context stays MainWindow's (tests
    // and translators know them there).
    const TranslatedText text(windowContext);
    m_start = text.setText(new QAction(window), QT_TRANSLATE_NOOP("cnnlab::ui::MainWindow", "&Start"));
    m_start->setObjectName(QStringLiteral("startAction"));
    text.setToolTip(m_start,
        QT_TRANSLATE_NOOP("cnnlab::ui::MainWindow", "Start training with the settings on the left (Space)"));

    m_pause = text.setText(new QAction(window), QT_TRANSLATE_NOOP("cnnlab::ui::MainWindow", "&Pause"));
    m_pause->setObjectName(QStringLiteral("pauseAction"));

    m_stop = text.setText(new QAction(window), QT_TRANSLATE_NOOP("cnnlab::ui::MainWindow", "S&top"));
    m_stop->setObjectName(QStringLiteral("stopAction"));
    m_stop->setShortcut(QKeySequence(Qt::Key_Escape));
    text.setToolTip(
        m_stop, QT_TRANSLATE_NOOP("cnnlab::ui::MainWindow", "Stop the run after the current step (Esc)"));

    m_reset = text.setText(new QAction(window), QT_TRANSLATE_NOOP("cnnlab::ui::MainWindow", "&Reset"));
    m_reset->setObjectName(QStringLiteral("resetAction"));
    m_reset->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    text.setToolTip(
        m_reset, QT_TRANSLATE_NOOP("cnnlab::ui::MainWindow", "Clear the charts and predictions (Ctrl+R)"));

    m_openRecord
        = text.setText(new QAction(window), QT_TRANSLATE_NOOP("cnnlab::ui::MainWindow", "&Open Run Record…"));
    m_openRecord->setObjectName(QStringLiteral("openRecordAction"));
    m_openRecord->setShortcut(QKeySequence::Open);
    m_saveRecord
        = text.setText(new QAction(window), QT_TRANSLATE_NOOP("cnnlab::ui::MainWindow", "&Save Run Record…"));
    m_saveRecord->setShortcut(QKeySequence::Save);
    text.setToolTip(m_saveRecord,
        QT_TRANSLATE_NOOP(
            "cnnlab::ui::MainWindow", "Save the last run as run.json (the format cnnlab-train writes)"));

    m_replayRun
        = text.setText(new QAction(window), QT_TRANSLATE_NOOP("cnnlab::ui::MainWindow", "Re&play Run…"));
    m_replayRun->setObjectName(QStringLiteral("replayAction"));
    m_replayRun->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    text.setToolTip(m_replayRun,
        QT_TRANSLATE_NOOP("cnnlab::ui::MainWindow",
            "Play a saved run.json back as if it were training now, without training"));
}

void RunActions::refresh(bool presenting)
{
    const RunState state = m_session->state();
    const bool active = isActive(state);
    m_start->setEnabled(!active);
    m_pause->setEnabled(state == RunState::Running || state == RunState::Paused);
    m_stop->setEnabled(
        state == RunState::Starting || state == RunState::Running || state == RunState::Paused);
    m_reset->setEnabled(!active);
    m_openRecord->setEnabled(!active);
    m_saveRecord->setEnabled(!active && m_controller->lastRecord().has_value());
    m_replayRun->setEnabled(!active);

    const bool paused = state == RunState::Paused;
    m_pause->setText(paused ? QCoreApplication::translate("cnnlab::ui::MainWindow", "&Resume")
                            : QCoreApplication::translate("cnnlab::ui::MainWindow", "&Pause"));
    const QPalette palette = m_window->palette();
    m_start->setIcon(RunIcons::icon(RunIcons::Kind::Start, palette));
    m_pause->setIcon(RunIcons::icon(paused ? RunIcons::Kind::Start : RunIcons::Kind::Pause, palette));
    m_stop->setIcon(RunIcons::icon(RunIcons::Kind::Stop, palette));
    m_reset->setIcon(RunIcons::icon(RunIcons::Kind::Reset, palette));
    m_pause->setToolTip(paused
            ? QCoreApplication::translate("cnnlab::ui::MainWindow", "Continue training (Space)")
            : QCoreApplication::translate("cnnlab::ui::MainWindow", "Pause after the current step (Space)"));
    // Space starts when idle and pauses/resumes when running: one key for the
    // presenter, moved to whichever action it currently means.
    m_start->setShortcut(active ? QKeySequence() : QKeySequence(Qt::Key_Space));
    m_pause->setShortcut(active ? QKeySequence(Qt::Key_Space) : QKeySequence());
    // Esc likewise: it stops a run (or replay) whenever one is active, and
    // only otherwise leaves presenter mode, so a presenter never loses the
    // full screen while meaning to stop, nor stops while meaning to leave.
    m_escapeLeaves = presenting && !active;
    m_stop->setShortcut(m_escapeLeaves ? QKeySequence() : QKeySequence(Qt::Key_Escape));
}

} // namespace cnnlab::ui
