#pragma once

#include <QObject>

class QAction;
class QFont;
class QLabel;
class QSpinBox;
class QToolBar;

namespace cnnlab::ui {

class ChartsPanel;
class ReplayController;
class RunSession;

// What the run tool bar shows while a saved run plays back: the purple
// "REPLAY 5×" badge and the speed box, right after the state pill, where the
// eye already is; the charts' title says it too (and so do their exports). It
// follows the session and the replay itself.
class ReplayBar : public QObject
{
    Q_OBJECT
public:
    // Inserts its items into `toolBar` before `before` (null: at the end).
    ReplayBar(RunSession *session, ReplayController *replay, ChartsPanel *charts, QToolBar *toolBar,
        QAction *before);

    // The badge is style-sheeted, so it does not follow the tool bar's font.
    void setBadgeFont(const QFont &font);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();

    RunSession *m_session = nullptr;
    ReplayController *m_replay = nullptr;
    ChartsPanel *m_charts = nullptr;
    QLabel *m_badge = nullptr;
    QAction *m_badgeAction = nullptr;
    QSpinBox *m_speed = nullptr;
    QAction *m_speedAction = nullptr;
};

} // namespace cnnlab::ui
