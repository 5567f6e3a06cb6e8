#pragma once

#include "cnnlab/core/runqueue.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace cnnlab::ui {

// The experiment queue (the lab plan, a sweep): pending, running and done
// runs, and the buttons that pause the queue or stop the current run without
// losing the rest.
class QueuePanel : public QWidget
{
    Q_OBJECT
public:
    explicit QueuePanel(QWidget *parent = nullptr);

    void setQueue(const core::RunQueue &queue);
    [[nodiscard]] QTreeWidget *list() const { return m_list; }
    [[nodiscard]] static QString stateText(core::RunQueue::EntryState state);

Q_SIGNALS:
    void pauseToggled(bool paused);
    void stopRequested(); // the current run; the queue keeps it
    void clearRequested(); // drops what has not started

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_summary = nullptr;
    QTreeWidget *m_list = nullptr;
    QPushButton *m_pause = nullptr;
    QPushButton *m_stop = nullptr;
    QPushButton *m_clear = nullptr;
    core::RunQueue m_queue;
};

} // namespace cnnlab::ui
