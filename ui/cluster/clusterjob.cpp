#include "clusterjob.h"

#include "common/errortext.h"

#include "cnnlab/core/command.h"
#include "cnnlab/core/remotetrainer.h"
#include "cnnlab/core/runstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaObject>
#include <QThread>
#include <QTimer>

namespace cnnlab::ui {

namespace {

bool isFinal(const QString &state)
{
    return state == QLatin1String("completed") || state == QLatin1String("stopped")
        || state == QLatin1String("diverged") || state == QLatin1String("failed");
}

// What ssh or cnnlab-train said when a command failed, for the banner.
QString commandError(const core::Expected<core::CommandResult> &result)
{
    if (!result)
        return ErrorText::describe(result.error());
    QString said = QString::fromStdString(result->err).trimmed();
    if (said.isEmpty())
        said = QString::fromStdString(result->out).trimmed();
    return ClusterJob::tr("The cluster's login node answered: %1").arg(said);
}

} // namespace

ClusterJob::ClusterJob(RemoteMachine machine, QString localStore, QObject *parent)
    : QObject(parent)
    , m_machine(std::move(machine))
    , m_store(std::move(localStore))
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(5000);
    connect(m_timer, &QTimer::timeout, this, &ClusterJob::poll);
}

ClusterJob::~ClusterJob()
{
    m_timer->stop();
    if (m_job)
        m_job->wait();
}

void ClusterJob::setPollInterval(int ms)
{
    m_timer->setInterval(ms);
}

void ClusterJob::submit(const core::ClusterPlan &plan, const RunTarget &target)
{
    m_folder = target.folder;
    std::vector<std::string> args {
        "--submit", "slurm", "--plan-file", "-", "--out", target.folder.toStdString(), "--quiet"};
    if (!target.partition.isEmpty())
        args.insert(args.end(), {"--slurm-partition", target.partition.toStdString()});
    if (target.gpusPerTask > 0)
        args.insert(args.end(), {"--slurm-gpus", std::to_string(target.gpusPerTask)});
    if (!target.timeLimit.isEmpty())
        args.insert(args.end(), {"--slurm-time", target.timeLimit.toStdString()});
    const std::vector<std::string> argv = core::sshCommandLine(m_machine.target(), args);
    const std::string input = core::planToJson(plan);
    launch(QThread::create([this, argv, input] {
        const auto result = core::runCommand(argv, 120, input);
        const bool ok = result && result->exitCode == 0;
        const QString id = ok ? QString::fromStdString(result->out).trimmed() : QString();
        const QString error = ok ? QString() : commandError(result);
        QMetaObject::invokeMethod(
            this,
            [this, id, error] {
                m_job.clear();
                if (!error.isEmpty()) {
                    Q_EMIT failed(error);
                    return;
                }
                m_jobId = id;
                Q_EMIT submitted(id);
                m_timer->start();
                poll();
            },
            Qt::QueuedConnection);
    }));
}

void ClusterJob::poll()
{
    if (m_job || m_done)
        return; // one command at a time; the next tick tries again
    QStringList wanted;
    for (const ClusterTask &task : std::as_const(m_tasks))
        if (isFinal(task.state) && !m_fetched.contains(task.name) && !m_absent.contains(task.name))
            wanted << task.name;
    std::vector<std::string> args {"--status", m_folder.toStdString(), "--json"};
    m_requested = QSet<QString>(wanted.begin(), wanted.end());
    if (!wanted.isEmpty())
        args.insert(args.end(), {"--records", wanted.join(QLatin1Char(',')).toStdString()});
    const std::vector<std::string> argv = core::sshCommandLine(m_machine.target(), args);
    launch(QThread::create([this, argv] {
        const auto result = core::runCommand(argv, 120);
        const bool ok = result && result->exitCode == 0;
        const QByteArray json = ok ? QByteArray::fromStdString(result->out) : QByteArray();
        const QString error = ok ? QString() : commandError(result);
        QMetaObject::invokeMethod(
            this, [this, json, error] { handleStatus(json, error); }, Qt::QueuedConnection);
    }));
}

void ClusterJob::handleStatus(const QByteArray &json, const QString &error)
{
    m_job.clear(); // its work is done; the next command may start
    if (!error.isEmpty()) {
        Q_EMIT failed(error); // the timer goes on: a dropped connection may come back
        return;
    }
    const QJsonObject status = QJsonDocument::fromJson(json).object();
    QList<ClusterTask> tasks;
    for (const QJsonValue &value : status.value(QLatin1String("tasks")).toArray()) {
        const QJsonObject o = value.toObject();
        tasks.append({o.value(QLatin1String("index")).toInt(), o.value(QLatin1String("name")).toString(),
            o.value(QLatin1String("state")).toString(), o.value(QLatin1String("slurm")).toString(),
            o.value(QLatin1String("reason")).toString()});
    }
    m_tasks = tasks;
    const QJsonObject records = status.value(QLatin1String("records")).toObject();
    const core::RunStore store(m_store.toStdString());
    for (auto it = records.begin(); it != records.end(); ++it) {
        if (m_fetched.contains(it.key()))
            continue;
        auto record = core::runRecordFromJson(QJsonDocument(it.value().toObject()).toJson().toStdString());
        if (!record)
            continue;
        record->checkpoint.clear(); // the model stays on the cluster
        if (store.save(*record)) {
            m_fetched.insert(it.key());
            m_arrived.push_back(*record);
            Q_EMIT runArrived(it.key());
        }
    }
    for (const QString &name : std::as_const(m_requested))
        if (!records.contains(name))
            m_absent.insert(name);
    m_requested.clear();
    bool done = !m_tasks.isEmpty();
    for (const ClusterTask &task : std::as_const(m_tasks))
        done = done && isFinal(task.state) && task.slurm.isEmpty()
            && (m_fetched.contains(task.name) || m_absent.contains(task.name));
    m_done = done;
    if (m_done)
        m_timer->stop();
    Q_EMIT tasksChanged();
    // Records of tasks that just ended come with the next poll: ask now.
    if (!m_done)
        for (const ClusterTask &task : std::as_const(m_tasks))
            if (isFinal(task.state) && !m_fetched.contains(task.name) && !m_absent.contains(task.name)) {
                QTimer::singleShot(0, this, &ClusterJob::poll);
                break;
            }
}

void ClusterJob::launch(QThread *thread)
{
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    m_job = thread;
    thread->start();
}

} // namespace cnnlab::ui
