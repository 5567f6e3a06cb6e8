#include "paneldock.h"

#include <QDockWidget>
#include <QMainWindow>
#include <QScrollArea>

namespace cnnlab::ui::PanelDock {

QDockWidget *add(QMainWindow *window, QWidget *content, const QString &objectName, Qt::DockWidgetArea area,
    Qt::DockWidgetAreas allowedAreas, Scrolling scrolling)
{
    auto *dock = new QDockWidget(window);
    dock->setObjectName(objectName);
    if (scrolling == Scrolling::Wrapped) {
        auto *scroll = new QScrollArea(dock);
        scroll->setObjectName(objectName + QStringLiteral("Scroll"));
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setWidget(content);
        dock->setWidget(scroll);
    } else {
        dock->setWidget(content);
    }
    dock->setAllowedAreas(allowedAreas);
    window->addDockWidget(area, dock);
    return dock;
}

} // namespace cnnlab::ui::PanelDock
