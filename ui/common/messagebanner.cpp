#include "messagebanner.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace cnnlab::ui {

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_label(new QLabel(this))
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("messageBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_label->setTextFormat(Qt::PlainText);
    applyFont();
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    retranslateUi();
    connect(m_close, &QToolButton::clicked, this, &MessageBanner::dismiss);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_label, 1);
    m_actionsLayout = new QHBoxLayout;
    m_actionsLayout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_actionsLayout);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    hide();
}

void MessageBanner::showMessage(Level level, const QString &text, const QList<QAction *> &actions)
{
    m_level = level;
    m_label->setText(text);
    qDeleteAll(m_actionButtons);
    m_actionButtons.clear();
    for (QAction *action : actions) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        m_actionsLayout->addWidget(button, 0, Qt::AlignVCenter);
        m_actionButtons.append(button);
    }
    const QStyle::StandardPixmap icon = level == Level::Error ? QStyle::SP_MessageBoxCritical
        : level == Level::Warning                             ? QStyle::SP_MessageBoxWarning
                                                              : QStyle::SP_MessageBoxInformation;
    const int side = style()->pixelMetric(QStyle::PM_SmallIconSize) * 3 / 2;
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(side, side));
    applyColors();
    show();
}

void MessageBanner::dismiss()
{
    if (isHidden())
        return;
    hide();
    Q_EMIT dismissed();
}

QString MessageBanner::text() const
{
    return isHidden() ? QString() : m_label->text();
}

void MessageBanner::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyColors();
    else if (event->type() == QEvent::FontChange)
        applyFont();
    else if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void MessageBanner::retranslateUi()
{
    m_close->setToolTip(tr("Dismiss"));
    m_close->setAccessibleName(tr("Dismiss message"));
}

void MessageBanner::applyFont()
{
    QFont larger = font();
    larger.setPointSizeF(font().pointSizeF() * 1.1);
    m_label->setFont(larger);
}

void MessageBanner::applyColors()
{
    // Tinted towards the level's colour but derived from the palette, so the
    // text keeps its contrast in light and dark themes.
    const QPalette base = parentWidget() ? parentWidget()->palette() : palette();
    const QColor window = base.color(QPalette::Window);
    const QColor tint = m_level == Level::Error ? QColor(0xd3, 0x2f, 0x2f)
        : m_level == Level::Warning             ? QColor(0xf5, 0x7c, 0x00)
                                                : QColor(0x19, 0x76, 0xd2);
    const qreal mix = 0.2;
    const QColor background = QColor::fromRgbF(window.redF() * (1 - mix) + tint.redF() * mix,
        window.greenF() * (1 - mix) + tint.greenF() * mix, window.blueF() * (1 - mix) + tint.blueF() * mix);
    QPalette pal = palette();
    pal.setColor(QPalette::Window, background);
    pal.setColor(QPalette::WindowText, base.color(QPalette::WindowText));
    // Setting our own palette would trigger PaletteChange again; guard against the loop.
    if (pal != palette()) {
        const QSignalBlocker blocker(this);
        setPalette(pal);
    }
}

} // namespace cnnlab::ui
