#pragma once

#include "run/runstate.h"

#include <QLabel>
#include <QPointer>

namespace cnnlab::ui {

class RunSession;

// The state pill in the run tool bar: "Running", "Replay paused", "Viewing
// lr0.001-b32", a filled colour per state that reads from across a room in
// both themes. It follows the session itself.
class RunStatePill : public QLabel
{
    Q_OBJECT
public:
    explicit RunStatePill(RunSession *session, QWidget *parent = nullptr);

    // The word for a state alone, as the pill shows it for a live run.
    [[nodiscard]] static QString stateName(RunState state);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    [[nodiscard]] QString textFor(RunState state) const;

    // The window deletes the session before its tool bar: a palette change on
    // the way out must not reach a deleted session.
    QPointer<RunSession> m_session;
    bool m_refreshing = false;
};

} // namespace cnnlab::ui
