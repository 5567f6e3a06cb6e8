#include "window/runtoolbar.h"

#include <QAction>
#include <QEvent>
#include <QRegularExpression>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

#include <algorithm>

namespace cnnlab::ui {

RunToolBar::RunToolBar(QWidget *parent)
    : QToolBar(parent)
    , m_fitTimer(new QTimer(this))
{
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    // Once the event that changed the sizes has been handled: the buttons
    // then report their new size hints.
    m_fitTimer->setSingleShot(true);
    m_fitTimer->setInterval(0);
    connect(m_fitTimer, &QTimer::timeout, this, &RunToolBar::fitButtons);
}

bool RunToolBar::event(QEvent *event)
{
    switch (event->type()) {
    case QEvent::Resize:
    case QEvent::FontChange:
    case QEvent::StyleChange:
    case QEvent::ActionAdded:
    case QEvent::ActionChanged:
    case QEvent::ActionRemoved:
    case QEvent::LayoutRequest: m_fitTimer->start(); break;
    default: break;
    }
    return QToolBar::event(event);
}

void RunToolBar::setDroppable(QAction *action)
{
    m_droppable.append(action);
    m_fitTimer->start();
}

RunToolBar::Widths RunToolBar::widths() const
{
    const int spacing = style()->pixelMetric(QStyle::PM_ToolBarItemSpacing, nullptr, this);
    Widths w;
    w.withWords = w.iconsOnly = 2
        * (style()->pixelMetric(QStyle::PM_ToolBarItemMargin, nullptr, this)
            + style()->pixelMetric(QStyle::PM_ToolBarFrameWidth, nullptr, this));
    for (QAction *action : actions()) {
        QWidget *widget = widgetForAction(action);
        const bool droppable = m_droppable.contains(action);
        if (!widget || (!action->isVisible() && !droppable))
            continue;
        int width = std::max(0, widget->sizeHint().width()) + spacing;
        // A button's words, as QToolButton::sizeHint() puts them beside its
        // icon: measured without switching styles (which would relayout).
        int words = 0;
        auto *button = qobject_cast<QToolButton *>(widget);
        if (button && !button->icon().isNull() && !button->text().isEmpty()) {
            const QFontMetrics metrics = button->fontMetrics();
            words = 4 + metrics.size(Qt::TextShowMnemonic, button->text()).width()
                + 2 * metrics.horizontalAdvance(QLatin1Char(' '));
            if (button->toolButtonStyle() == Qt::ToolButtonIconOnly)
                width += words;
        }
        w.withWords += width;
        w.iconsOnly += width - words;
    }
    return w;
}

void RunToolBar::fitButtons()
{
    const Widths w = widths();
    const int available = width();
    const bool words = w.withWords <= available;
    const bool dropping = !words && w.iconsOnly > available;
    const Qt::ToolButtonStyle wanted = words ? Qt::ToolButtonTextBesideIcon : Qt::ToolButtonIconOnly;
    if (wanted != toolButtonStyle())
        setToolButtonStyle(wanted);
    for (QAction *action : std::as_const(m_droppable)) {
        if (!action || action->isVisible() != dropping)
            continue;
        action->setVisible(!dropping);
        // A widget the tool bar once hid stays hidden when its action shows again.
        if (QWidget *widget = widgetForAction(action))
            widget->setVisible(!dropping);
    }
}

void RunToolBar::nameButtons()
{
    for (QAction *action : actions()) {
        auto *button = qobject_cast<QToolButton *>(widgetForAction(action));
        if (!button)
            continue;
        QString name = action->text();
        name.remove(QRegularExpression(QStringLiteral("&(?!&)")));
        button->setAccessibleName(name);
        button->setAccessibleDescription(action->toolTip());
    }
}

} // namespace cnnlab::ui
