#pragma once

#include "remotemachine.h"

#include "cnnlab/core/error.h"
#include "cnnlab/core/serveprotocol.h"

#include <QList>
#include <QObject>
#include <QPointer>

class QThread;

namespace cnnlab::ui {

// Talks to remote machines off the GUI thread: the hello (what a machine
// has: GPUs, datasets) and the dataset copy. Results come back as queued
// signals; nothing here blocks the window. Destroying it waits for jobs still
// in flight (each is bounded by ssh's connect timeout).
class RemoteProbe : public QObject
{
    Q_OBJECT
public:
    explicit RemoteProbe(QObject *parent = nullptr);
    ~RemoteProbe() override;

    void probe(const RemoteMachine &machine);
    void copyDataset(const RemoteMachine &machine);
    [[nodiscard]] bool isBusy() const;

Q_SIGNALS:
    void probed(const QString &machine, const cnnlab::core::ServeHello &hello);
    void probeFailed(const QString &machine, const cnnlab::core::Error &error);
    void copyProgress(const QString &machine, qint64 sent, qint64 total);
    // `error` is empty on success.
    void copyFinished(const QString &machine, const cnnlab::core::Error &error);

private:
    void launch(QThread *thread);

    QList<QPointer<QThread>> m_jobs;
};

} // namespace cnnlab::ui
