#pragma once

#include <QString>
#include <Qt>

class QDockWidget;
class QMainWindow;
class QWidget;

// Every panel of the window that can be moved, closed and tabbed sits in a
// dock made here, so all docks are named for saveState() the same way.
namespace cnnlab::ui::PanelDock {

enum class Scrolling {
    None, // the panel scrolls itself (tables, lists)
    // A panel taller or wider than the room left scrolls inside its dock
    // instead of pushing the window past the screen (1280x800 grew to 1287x863).
    Wrapped,
};

// Adds a dock holding `content` to `window` at `area`; `objectName` is what
// saveState() and restoreState() know it by.
QDockWidget *add(QMainWindow *window, QWidget *content, const QString &objectName, Qt::DockWidgetArea area,
    Qt::DockWidgetAreas allowedAreas = Qt::AllDockWidgetAreas, Scrolling scrolling = Scrolling::None);

} // namespace cnnlab::ui::PanelDock
