#include "remoteprobe.h"

#include "cnnlab/core/remotetrainer.h"

#include <QMetaObject>
#include <QThread>

namespace cnnlab::ui {

RemoteProbe::RemoteProbe(QObject *parent)
    : QObject(parent)
{ }

RemoteProbe::~RemoteProbe()
{
    for (const QPointer<QThread> &job : std::as_const(m_jobs))
        if (job)
            job->wait();
}

void RemoteProbe::probe(const RemoteMachine &machine)
{
    launch(QThread::create([this, machine] {
        const core::Expected<core::ServeHello> hello = core::RemoteTrainer::probe(machine.target());
        // Queued: the slot runs on the GUI thread, after this thread is done.
        if (hello)
            QMetaObject::invokeMethod(
                this, [this, name = machine.name, h = *hello] { Q_EMIT probed(name, h); },
                Qt::QueuedConnection);
        else
            QMetaObject::invokeMethod(
                this, [this, name = machine.name, e = hello.error()] { Q_EMIT probeFailed(name, e); },
                Qt::QueuedConnection);
    }));
}

void RemoteProbe::copyDataset(const RemoteMachine &machine)
{
    launch(QThread::create([this, machine] {
        const core::Error error = core::RemoteTrainer::copyDataset(machine.target(), core::DatasetKind::Mnist,
            [this, name = machine.name](std::uint64_t sent, std::uint64_t total) {
                QMetaObject::invokeMethod(
                    this,
                    [this, name, sent, total] { Q_EMIT copyProgress(name, qint64(sent), qint64(total)); },
                    Qt::QueuedConnection);
            });
        QMetaObject::invokeMethod(
            this, [this, name = machine.name, error] { Q_EMIT copyFinished(name, error); },
            Qt::QueuedConnection);
    }));
}

bool RemoteProbe::isBusy() const
{
    for (const QPointer<QThread> &job : m_jobs)
        if (job && job->isRunning())
            return true;
    return false;
}

void RemoteProbe::launch(QThread *thread)
{
    m_jobs.removeAll(nullptr);
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    m_jobs.append(thread);
    thread->start();
}

} // namespace cnnlab::ui
