#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;

namespace cnnlab::ui {

class ChartsPanel;
class ControlsPanel;
class PredictionsGrid;
class Settings;

// Presenter mode (F11): full screen, text 1.6x the text scale, thick chart
// lines, the docks out of the way; optionally high contrast and without the
// advanced controls. Its options persist; the mode itself always starts off.
// The window owns the fonts, so it applies textFactor when styleChanged().
class PresenterMode : public QObject
{
    Q_OBJECT
public:
    static constexpr double textFactor = 1.6;
    static constexpr double lineScale = 2.0;

    PresenterMode(QMainWindow *window, Settings &settings, ChartsPanel *charts, PredictionsGrid *predictions,
        ControlsPanel *controls);

    // View ▸ Presenter Mode, Presenter Options and the colour-blind colours.
    void addTo(QMenu *view);

    [[nodiscard]] bool isActive() const { return m_active; }
    void setActive(bool on);
    void setHighContrast(bool on);
    void setColorBlindSafe(bool on);
    void setHidesAdvanced(bool on);
    // Esc leaves presenter mode only while no run is active: otherwise it
    // stops the run, so a presenter never loses the full screen meaning to stop.
    void setEscapeLeaves(bool leaves);
    // An explicit theme choice wins over presenter mode's high contrast.
    void forgetThemeBefore() { m_themeBefore.clear(); }
    [[nodiscard]] QAction *leaveAction() const { return m_leaveAction; }

Q_SIGNALS:
    // The mode or an option that changes the layout changed: fonts follow.
    void styleChanged();

private:
    void createActions();
    void applyStyle();

    QMainWindow *m_window = nullptr;
    Settings &m_settings;
    ChartsPanel *m_charts = nullptr;
    PredictionsGrid *m_predictions = nullptr;
    ControlsPanel *m_controls = nullptr;

    QAction *m_toggleAction = nullptr;
    QAction *m_leaveAction = nullptr;
    QAction *m_highContrastAction = nullptr;
    QAction *m_colorBlindAction = nullptr;
    QAction *m_hideAdvancedAction = nullptr;

    bool m_active = false;
    Qt::WindowStates m_statesBefore;
    QString m_themeBefore; // the theme high contrast replaced, if it did
    QList<QPointer<QDockWidget>> m_docksBefore;
};

} // namespace cnnlab::ui
