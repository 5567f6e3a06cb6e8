#pragma once

#include <QList>
#include <QPointer>
#include <QToolBar>

class QTimer;

namespace cnnlab::ui {

// The run tool bar (Start, Pause, Stop, Reset, the state pill, the x axis,
// the lab). With larger text (presenter mode, Ctrl++, a longer language) its
// buttons would no longer fit and Qt would move the last ones behind the
// overflow arrow, where a class never finds them: the buttons then show their
// icons only (their words stay in tooltips and for screen readers), and take
// their words back when there is room again.
class RunToolBar : public QToolBar
{
    Q_OBJECT
public:
    explicit RunToolBar(QWidget *parent = nullptr);

    // An item (a label beside a control that names itself) that goes first
    // when even icons alone do not fit.
    void setDroppable(QAction *action);
    // Tool buttons made from actions have no accessible name of their own:
    // gives them their action's words (they change: Pause/Resume).
    void nameButtons();
    // Buttons show icons only.
    [[nodiscard]] bool isCompact() const { return toolButtonStyle() == Qt::ToolButtonIconOnly; }

protected:
    bool event(QEvent *event) override;

private:
    void fitButtons();
    struct Widths {
        int withWords = 0; // every item, buttons with their words
        int iconsOnly = 0; // buttons with icons show only them
    };
    [[nodiscard]] Widths widths() const;

    QTimer *m_fitTimer = nullptr;
    QList<QPointer<QAction>> m_droppable;
};

} // namespace cnnlab::ui
