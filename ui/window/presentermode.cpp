#include "presentermode.h"

#include "charts/chartspanel.h"
#include "common/settings.h"
#include "common/theme.h"
#include "common/translatedtext.h"
#include "workbench/controlspanel.h"
#include "workbench/predictionsgrid.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>
#include <QStatusBar>

namespace cnnlab::ui {

PresenterMode::PresenterMode(QMainWindow *window, Settings &settings, ChartsPanel *charts,
    PredictionsGrid *predictions, ControlsPanel *controls)
    : QObject(window)
    , m_window(window)
    , m_settings(settings)
    , m_charts(charts)
    , m_predictions(predictions)
    , m_controls(controls)
{
    setObjectName(QStringLiteral("presenterMode"));
    createActions();
    m_charts->setColorBlindSafe(m_colorBlindAction->isChecked());
    m_predictions->setColorBlindSafe(m_colorBlindAction->isChecked());
}

void PresenterMode::createActions()
{
    const TranslatedText text(staticMetaObject.className());
    m_toggleAction = text.setText(new QAction(m_window), QT_TR_NOOP("&Presenter Mode"));
    m_toggleAction->setObjectName(QStringLiteral("presenterAction"));
    m_toggleAction->setCheckable(true);
    m_toggleAction->setShortcut(QKeySequence(Qt::Key_F11));
    text.setToolTip(
        m_toggleAction, QT_TR_NOOP("Full screen, large text and thick chart lines for the room (F11)"));
    connect(m_toggleAction, &QAction::toggled, this, &PresenterMode::setActive);

    // Esc's second meaning (see setEscapeLeaves).
    m_leaveAction = text.setText(new QAction(m_window), QT_TR_NOOP("Leave Presenter Mode"));
    m_leaveAction->setObjectName(QStringLiteral("leavePresenterAction"));
    m_leaveAction->setEnabled(false);
    connect(m_leaveAction, &QAction::triggered, this, [this] { setActive(false); });
    m_window->addAction(m_leaveAction);

    m_highContrastAction = text.setText(new QAction(m_window), QT_TR_NOOP("&High Contrast While Presenting"));
    m_highContrastAction->setObjectName(QStringLiteral("presenterHighContrastAction"));
    m_highContrastAction->setCheckable(true);
    m_highContrastAction->setChecked(m_settings.presenterHighContrast());
    connect(m_highContrastAction, &QAction::toggled, this, &PresenterMode::setHighContrast);

    m_hideAdvancedAction
        = text.setText(new QAction(m_window), QT_TR_NOOP("Hide &Advanced Controls While Presenting"));
    m_hideAdvancedAction->setObjectName(QStringLiteral("presenterHideAdvancedAction"));
    m_hideAdvancedAction->setCheckable(true);
    m_hideAdvancedAction->setChecked(m_settings.presenterHidesAdvanced());
    text.setToolTip(m_hideAdvancedAction,
        QT_TR_NOOP("Keep learning rate, dropout, batch size and epochs; hide seed, optimizer, data, device "
                   "and cost"));
    connect(m_hideAdvancedAction, &QAction::toggled, this, &PresenterMode::setHidesAdvanced);

    m_colorBlindAction = text.setText(new QAction(m_window), QT_TR_NOOP("&Colour-Blind-Safe Colours"));
    m_colorBlindAction->setObjectName(QStringLiteral("colorBlindAction"));
    m_colorBlindAction->setCheckable(true);
    m_colorBlindAction->setChecked(m_settings.presenterColorBlindSafe());
    text.setToolTip(
        m_colorBlindAction, QT_TR_NOOP("Okabe–Ito colours for the chart lines and the prediction verdicts"));
    connect(m_colorBlindAction, &QAction::toggled, this, &PresenterMode::setColorBlindSafe);
}

void PresenterMode::addTo(QMenu *view)
{
    const TranslatedText text(staticMetaObject.className());
    view->addSeparator();
    view->addAction(m_toggleAction);
    QMenu *options = text.setText(view->addMenu(QString()), QT_TR_NOOP("Presenter &Options"));
    options->setObjectName(QStringLiteral("presenterOptionsMenu"));
    options->addAction(m_highContrastAction);
    options->addAction(m_hideAdvancedAction);
    view->addAction(m_colorBlindAction);
}

void PresenterMode::setActive(bool on)
{
    {
        const QSignalBlocker blocker(m_toggleAction);
        m_toggleAction->setChecked(on);
    }
    if (on == m_active)
        return;
    m_active = on;
    if (on) {
        m_statesBefore = m_window->windowState();
        m_window->setWindowState(m_window->windowState() | Qt::WindowFullScreen);
        // The room looks at the charts: docks (runs, coach, ...) step aside
        // and come back as they were.
        m_docksBefore.clear();
        for (QDockWidget *dock : m_window->findChildren<QDockWidget *>())
            if (dock->isVisible()) {
                m_docksBefore.append(dock);
                dock->hide();
            }
        if (m_highContrastAction->isChecked()) {
            m_themeBefore = Theme::current();
            Theme::apply(QStringLiteral("high-contrast"));
        }
        m_window->statusBar()->showMessage(
            tr("Presenter mode: F11 or Esc (when no run is active) leaves it."), 6000);
    } else {
        m_window->setWindowState(m_statesBefore & ~Qt::WindowFullScreen);
        for (QDockWidget *dock : std::as_const(m_docksBefore))
            if (dock)
                dock->show();
        m_docksBefore.clear();
        if (!m_themeBefore.isEmpty()) {
            Theme::apply(m_themeBefore);
            m_themeBefore.clear();
        }
    }
    applyStyle();
}

void PresenterMode::setHighContrast(bool on)
{
    m_highContrastAction->setChecked(on);
    m_settings.setPresenterHighContrast(on);
    if (!m_active)
        return;
    if (on && m_themeBefore.isEmpty()) {
        m_themeBefore = Theme::current();
        Theme::apply(QStringLiteral("high-contrast"));
    } else if (!on && !m_themeBefore.isEmpty()) {
        Theme::apply(m_themeBefore);
        m_themeBefore.clear();
    }
}

void PresenterMode::setColorBlindSafe(bool on)
{
    m_colorBlindAction->setChecked(on);
    m_settings.setPresenterColorBlindSafe(on);
    m_charts->setColorBlindSafe(on);
    m_predictions->setColorBlindSafe(on);
}

void PresenterMode::setHidesAdvanced(bool on)
{
    m_hideAdvancedAction->setChecked(on);
    m_settings.setPresenterHidesAdvanced(on);
    applyStyle();
}

void PresenterMode::setEscapeLeaves(bool leaves)
{
    m_leaveAction->setEnabled(leaves);
    m_leaveAction->setShortcut(leaves ? QKeySequence(Qt::Key_Escape) : QKeySequence());
}

void PresenterMode::applyStyle()
{
    m_charts->setLineScale(m_active ? lineScale : 1.0);
    m_controls->setAdvancedVisible(!(m_active && m_hideAdvancedAction->isChecked()));
    Q_EMIT styleChanged();
}

} // namespace cnnlab::ui
