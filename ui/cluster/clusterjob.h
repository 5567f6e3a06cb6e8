#pragma once

#include "runtarget.h"

#include "remote/remotemachine.h"

#include "cnnlab/core/clusterplan.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

class QThread;
class QTimer;

namespace cnnlab::ui {

// One task of a submitted job array, as the login node last reported it.
struct ClusterTask {
    int index = 0;
    QString name;
    QString state; // taskStateName(): completed, failed, started, missing
    QString slurm; // squeue's state while queued or running ("PENDING", "RUNNING"); empty after
    QString reason;
};

// A plan handed to Slurm through ssh to a cluster's login node
// (`cnnlab-train --submit slurm --plan-file -` there), then watched: the
// tasks' states every few seconds (`--status --json`), and each finished
// run's record fetched and saved into the local run store, so the history
// and the comparison fill in as the cluster works. All ssh work runs off the
// GUI thread, one command at a time.
class ClusterJob : public QObject
{
    Q_OBJECT
public:
    ClusterJob(RemoteMachine machine, QString localStore, QObject *parent = nullptr);
    ~ClusterJob() override; // waits for the ssh command in flight

    void submit(const core::ClusterPlan &plan, const RunTarget &target);
    void setPollInterval(int ms);

    [[nodiscard]] const RemoteMachine &machine() const { return m_machine; }
    [[nodiscard]] const QString &folder() const { return m_folder; }
    [[nodiscard]] const QString &jobId() const { return m_jobId; }
    [[nodiscard]] const QList<ClusterTask> &tasks() const { return m_tasks; }
    [[nodiscard]] int arrivedCount() const { return int(m_fetched.size()); }
    // The runs saved into the local history so far, in arrival order.
    [[nodiscard]] const std::vector<core::RunRecord> &arrivedRecords() const { return m_arrived; }
    // Every task ended and every record that exists is here.
    [[nodiscard]] bool isDone() const { return m_done; }

Q_SIGNALS:
    void submitted(const QString &jobId);
    void failed(const QString &message);
    void tasksChanged();
    void runArrived(const QString &name); // saved in the local run store

private:
    void poll();
    void launch(QThread *thread);
    void handleStatus(const QByteArray &json, const QString &error);

    RemoteMachine m_machine;
    QString m_store;
    QString m_folder;
    QString m_jobId;
    QList<ClusterTask> m_tasks;
    QSet<QString> m_fetched;
    std::vector<core::RunRecord> m_arrived;
    QSet<QString> m_requested; // records asked for in the poll in flight
    QSet<QString> m_absent; // ended without a record (Slurm killed it, or it never started)
    QTimer *m_timer;
    QPointer<QThread> m_job;
    bool m_done = false;
};

} // namespace cnnlab::ui
