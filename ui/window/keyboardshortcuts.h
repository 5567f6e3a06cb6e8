#pragma once

#include <QList>
#include <QObject>
#include <QString>

class QAction;
class QMenu;
class QWidget;

namespace cnnlab::ui {

class ControlsPanel;

// A lesson given from the keyboard: Run ▸ Increase/Decrease Learning Rate,
// Larger/Smaller Batch and Toggle Dropout step the controls' sliders, and
// Help ▸ Keyboard Shortcuts lists every key the window answers to.
class KeyboardShortcuts : public QObject
{
    Q_OBJECT
public:
    // The actions are `window`'s (their keys work wherever the focus is).
    KeyboardShortcuts(QWidget *window, ControlsPanel *controls);

    // The slider steps into `runMenu`; the list in front of `helpMenu`.
    void addTo(QMenu *runMenu, QMenu *helpMenu);
    // Off during a replay: it is not steered.
    void setStepsEnabled(bool enabled);
    // Space and Esc change meaning with the run's state: worded once, not per
    // action. `stateDependent` are the actions they move between.
    void setStateDependent(const QList<QAction *> &actions) { m_stateDependent = actions; }

    // The list, as HTML: Space and Esc first, then every action with a key.
    [[nodiscard]] QString text() const;
    void show();

private:
    QWidget *m_window = nullptr;
    ControlsPanel *m_controls = nullptr;
    QList<QAction *> m_steps; // learning rate, batch size, dropout
    QAction *m_showAction = nullptr;
    QList<QAction *> m_stateDependent;
};

} // namespace cnnlab::ui
