#include "replaybar.h"

#include "charts/chartspanel.h"
#include "common/translatedtext.h"
#include "run/replaycontroller.h"
#include "run/runsession.h"

#include <QBoxLayout>
#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QToolBar>

#include <cmath>

namespace cnnlab::ui {

ReplayBar::ReplayBar(
    RunSession *session, ReplayController *replay, ChartsPanel *charts, QToolBar *toolBar, QAction *before)
    : QObject(toolBar)
    , m_session(session)
    , m_replay(replay)
    , m_charts(charts)
{
    setObjectName(QStringLiteral("replayBar"));
    const TranslatedText text(staticMetaObject.className());
    m_badge = new QLabel;
    m_badge->setObjectName(QStringLiteral("replayBadge"));
    m_badge->setMargin(4);
    // Purple: none of the run states' colours, readable in every theme.
    m_badge->setStyleSheet(QStringLiteral(
        "QLabel { background: #6a1b9a; color: white; border-radius: 6px; padding: 2px 12px; }"));

    auto *speedBox = new QWidget;
    speedBox->setObjectName(QStringLiteral("replaySpeedBox"));
    auto *speedLayout = new QHBoxLayout(speedBox);
    speedLayout->setContentsMargins(8, 0, 8, 0);
    auto *speedLabel = text.setText(new QLabel(speedBox), QT_TR_NOOP("S&peed:"));
    m_speed = new QSpinBox(speedBox);
    m_speed->setObjectName(QStringLiteral("replaySpeedSpin"));
    m_speed->setRange(int(ReplayController::minimumSpeed), int(ReplayController::maximumSpeed));
    m_speed->setSuffix(QStringLiteral("×"));
    m_speed->setValue(int(m_replay->speed()));
    text.setAccessibleName(m_speed, QT_TR_NOOP("Replay speed"));
    text.setAccessibleDescription(
        m_speed, QT_TR_NOOP("How many times faster than recorded the run plays, 1 to 50"));
    text.setToolTip(m_speed, QT_TR_NOOP("Replay speed: 1× is as recorded"));
    speedLabel->setBuddy(m_speed);
    speedLayout->addWidget(speedLabel);
    speedLayout->addWidget(m_speed);
    connect(m_speed, &QSpinBox::valueChanged, m_replay, [this](int speed) { m_replay->setSpeed(speed); });
    m_badgeAction = toolBar->insertWidget(before, m_badge);
    m_speedAction = toolBar->insertWidget(before, speedBox);

    connect(m_replay, &ReplayController::speedChanged, this, [this](double speed) {
        const QSignalBlocker blocker(m_speed);
        m_speed->setValue(int(std::lround(speed)));
        refresh();
    });
    connect(m_session, &RunSession::sourceChanged, this, &ReplayBar::refresh);
    connect(m_session, &RunSession::stateChanged, this, &ReplayBar::refresh);
    // Worded again with the language (the badge's number follows the locale).
    m_badge->installEventFilter(this);
    refresh();
}

void ReplayBar::setBadgeFont(const QFont &font)
{
    m_badge->setFont(font);
}

bool ReplayBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_badge && event->type() == QEvent::LanguageChange)
        refresh();
    return QObject::eventFilter(watched, event);
}

void ReplayBar::refresh()
{
    const bool replaying = m_replay->isActive();
    const QString badge = tr("REPLAY %1×").arg(QLocale().toString(m_replay->speed(), 'g', 3));
    m_badge->setText(badge);
    m_badge->setAccessibleName(badge);
    m_badgeAction->setVisible(replaying);
    m_speedAction->setVisible(replaying);
    // After the replay ends the charts still show recorded data, not this machine's.
    if (replaying)
        m_charts->setTitleNote(badge);
    else if (m_session->isReplay())
        m_charts->setTitleNote(tr("replay")); // the banner names the run
    else
        m_charts->setTitleNote(QString());
}

} // namespace cnnlab::ui
