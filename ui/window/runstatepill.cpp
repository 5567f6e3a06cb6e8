#include "runstatepill.h"

#include "run/runsession.h"

#include <QEvent>
#include <QScopedValueRollback>

namespace cnnlab::ui {

RunStatePill::RunStatePill(RunSession *session, QWidget *parent)
    : QLabel(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("stateLabel"));
    setMargin(4);
    connect(m_session, &RunSession::stateChanged, this, &RunStatePill::refresh);
    connect(m_session, &RunSession::sourceChanged, this, &RunStatePill::refresh);
    refresh();
}

QString RunStatePill::stateName(RunState state)
{
    switch (state) {
    case RunState::Idle: return tr("Idle");
    case RunState::Starting: return tr("Loading data…");
    case RunState::Running: return tr("Running");
    case RunState::Paused: return tr("Paused");
    case RunState::Stopping: return tr("Stopping…");
    case RunState::Finished: return tr("Finished");
    case RunState::Stopped: return tr("Stopped");
    case RunState::Diverged: return tr("Diverged");
    case RunState::Failed: return tr("Failed");
    }
    return {};
}

QString RunStatePill::textFor(RunState state) const
{
    if (m_session->kind() == RunSession::Kind::Record)
        return tr("Viewing %1").arg(m_session->name());
    if (m_session->isReplay()) {
        switch (state) {
        case RunState::Running: return tr("Replaying");
        case RunState::Paused: return tr("Replay paused");
        case RunState::Finished: return tr("Replay finished");
        case RunState::Stopped: return tr("Replay stopped");
        default: break;
        }
    }
    return stateName(state);
}

void RunStatePill::refresh()
{
    if (!m_session)
        return;
    const QScopedValueRollback guard(m_refreshing, true);
    const RunState state = m_session->state();
    const QString text = textFor(state);
    setText(text);

    QColor color;
    switch (state) {
    case RunState::Idle: color = palette().color(QPalette::Mid); break;
    case RunState::Starting:
    case RunState::Running: color = QColor(0x2e, 0x7d, 0x32); break;
    case RunState::Paused:
    case RunState::Stopping: color = QColor(0xef, 0x6c, 0x00); break;
    case RunState::Finished: color = QColor(0x15, 0x65, 0xc0); break;
    case RunState::Stopped: color = QColor(0x60, 0x60, 0x60); break;
    case RunState::Diverged: color = QColor(0xe6, 0x51, 0x00); break;
    case RunState::Failed: color = QColor(0xc6, 0x28, 0x28); break;
    }
    // A filled pill with white text reads from across a room in both themes.
    // Only when it changes: a style sheet repolishes the label, which can send
    // a palette change back here.
    const QString sheet
        = QStringLiteral("QLabel { background: %1; color: white; border-radius: 6px; padding: 2px 12px; }")
              .arg(color.name());
    if (sheet != styleSheet())
        setStyleSheet(sheet);
    setAccessibleName(tr("Run state: %1").arg(text));
}

void RunStatePill::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    // Idle's grey follows the palette; the words follow the language.
    if ((event->type() == QEvent::PaletteChange || event->type() == QEvent::LanguageChange) && !m_refreshing)
        refresh();
}

} // namespace cnnlab::ui
