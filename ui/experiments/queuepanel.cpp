#include "queuepanel.h"

#include "common/format.h"
#include "runspanel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cnnlab::ui {

QueuePanel::QueuePanel(QWidget *parent)
    : QWidget(parent)
{
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("queueSummary"));
    m_summary->setWordWrap(true);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("queueList"));
    m_list->setRootIsDecorated(false);
    m_list->setColumnCount(4);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_pause = new QPushButton(this);
    m_pause->setObjectName(QStringLiteral("queuePauseButton"));
    m_pause->setCheckable(true);
    m_stop = new QPushButton(this);
    m_stop->setObjectName(QStringLiteral("queueStopButton"));
    m_clear = new QPushButton(this);
    m_clear->setObjectName(QStringLiteral("queueClearButton"));
    connect(m_pause, &QPushButton::toggled, this, &QueuePanel::pauseToggled);
    connect(m_stop, &QPushButton::clicked, this, &QueuePanel::stopRequested);
    connect(m_clear, &QPushButton::clicked, this, &QueuePanel::clearRequested);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_pause);
    buttons->addWidget(m_stop);
    buttons->addWidget(m_clear);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 4);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    retranslateUi();
}

QString QueuePanel::stateText(core::RunQueue::EntryState state)
{
    using S = core::RunQueue::EntryState;
    switch (state) {
    case S::Pending: return tr("pending");
    case S::Running: return tr("running");
    case S::Completed: return tr("done");
    case S::Stopped: return tr("stopped");
    case S::Diverged: return tr("diverged");
    case S::Failed: return tr("failed");
    }
    return {};
}

void QueuePanel::retranslateUi()
{
    m_list->setHeaderLabels({tr("Run"), tr("Settings"), tr("State"), tr("Val. acc.")});
    m_list->setAccessibleName(tr("Experiment queue"));
    m_pause->setAccessibleName(tr("Pause the queue"));
    m_pause->setToolTip(tr("Let the current run finish, then start no new one"));
    m_stop->setText(tr("Stop Run"));
    m_stop->setAccessibleName(tr("Stop the current run"));
    m_stop->setToolTip(tr("Stop the current run; it goes back to pending and the queue pauses"));
    m_clear->setText(tr("Clear Pending"));
    m_clear->setAccessibleName(tr("Clear the pending runs"));
    m_clear->setToolTip(tr("Drop every run that has not started"));
    setQueue(m_queue);
}

void QueuePanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void QueuePanel::setQueue(const core::RunQueue &queue)
{
    m_queue = queue;
    const auto &entries = queue.entries();
    m_list->clear();
    for (const core::RunQueue::Entry &e : entries) {
        const bool done = e.state == core::RunQueue::EntryState::Completed;
        auto *item = new QTreeWidgetItem(m_list,
            {QString::fromStdString(e.run.name), RunsPanel::settingsText(e.run.config), stateText(e.state),
                done ? Format::percent(e.finalValAccuracy) : QString()});
        item->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
        if (e.state == core::RunQueue::EntryState::Running) {
            QFont bold = font();
            bold.setBold(true);
            for (int c = 0; c < 4; ++c)
                item->setFont(c, bold);
        }
    }
    const int total = int(entries.size());
    QString text = total == 0
        ? tr("The queue is empty. Experiments ▸ Reproduce the Lab or Sweep fill it.")
        : tr("%1 of %2 done, %3 pending").arg(queue.doneCount()).arg(total).arg(queue.pendingCount());
    if (queue.isPaused() && total > 0)
        text += QStringLiteral(" · ") + tr("paused");
    m_summary->setText(text);
    {
        const QSignalBlocker block(m_pause);
        m_pause->setChecked(queue.isPaused());
    }
    m_pause->setText(queue.isPaused() ? tr("Continue Queue") : tr("Pause Queue"));
    m_pause->setEnabled(total > 0);
    m_stop->setEnabled(queue.currentIndex().has_value());
    m_clear->setEnabled(queue.pendingCount() > 0);
}

} // namespace cnnlab::ui
