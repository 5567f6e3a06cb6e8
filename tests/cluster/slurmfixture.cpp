#include "slurmfixture.h"

#include "../remote/loopback.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QThread>

#include <signal.h>
#include <sys/prctl.h>
#include <unistd.h>

namespace {

QString run(const QProcessEnvironment &environment, const QString &program, const QStringList &arguments,
    QString *out = nullptr)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return program + QStringLiteral(": ") + QString::fromLocal8Bit(process.readAllStandardError())
            + process.errorString();
    if (out)
        *out = QString::fromLocal8Bit(process.readAllStandardOutput());
    return {};
}

} // namespace

SlurmFixture::SlurmFixture() = default;

SlurmFixture::~SlurmFixture()
{
    stop();
}

QString SlurmFixture::configPath() const
{
    return m_dir.filePath(QStringLiteral("slurm.conf"));
}

QProcessEnvironment SlurmFixture::environment() const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("SLURM_CONF"), configPath());
    return environment;
}

QString SlurmFixture::launch(const QString &program, const QStringList &arguments)
{
    auto process = std::make_unique<QProcess>();
    process->setProcessEnvironment(environment());
    process->setProcessChannelMode(QProcess::MergedChannels);
    process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    process->start(program, arguments);
    if (!process->waitForStarted(10000))
        return program + QStringLiteral(" did not start: ") + process->errorString();
    m_daemons.push_back(std::move(process));
    return {};
}

QString SlurmFixture::start()
{
    if (::getuid() != 0)
        return QStringLiteral("needs root: slurmd runs each job as its user");
    for (const char *program : {"/usr/sbin/munged", "/usr/sbin/slurmctld", "/usr/sbin/slurmd"})
        if (!QFile::exists(QLatin1String(program)))
            return QStringLiteral("%1 is missing: install slurm-wlm and munge (scripts/setup does)")
                .arg(QLatin1String(program));
    if (!m_dir.isValid())
        return QStringLiteral("no temporary directory");
    const QString d = m_dir.path();
    for (const char *sub : {"munge", "spool", "state", "log"})
        QDir(d).mkpath(QLatin1String(sub));
    QFile key(d + QStringLiteral("/munge/munge.key"));
    if (!key.open(QIODevice::WriteOnly))
        return QStringLiteral("cannot write the munge key");
    QFile random(QStringLiteral("/dev/urandom"));
    random.open(QIODevice::ReadOnly);
    key.write(random.read(1024));
    key.close();
    key.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    const QString socket = d + QStringLiteral("/munge/munge.socket");
    if (const QString error = launch(QStringLiteral("/usr/sbin/munged"),
            {QStringLiteral("--foreground"), QStringLiteral("--force"),
                QStringLiteral("--key-file=") + key.fileName(), QStringLiteral("--socket=") + socket,
                QStringLiteral("--pid-file=") + d + QStringLiteral("/munge/munged.pid"),
                QStringLiteral("--log-file=") + d + QStringLiteral("/munge/munged.log"),
                QStringLiteral("--seed-file=") + d + QStringLiteral("/munge/munged.seed")});
        !error.isEmpty())
        return error;
    QElapsedTimer timer;
    timer.start();
    while (!QFile::exists(socket) && timer.elapsed() < 10000)
        QThread::msleep(50);
    if (!QFile::exists(socket))
        return QStringLiteral("munged did not create its socket");

    const long cpus = std::max(1L, ::sysconf(_SC_NPROCESSORS_ONLN));
    const QByteArray config = "ClusterName=cnnlabtest\nSlurmctldHost=localhost\nSlurmctldPort="
        + QByteArray::number(freeLoopbackPort()) + "\nSlurmdPort=" + QByteArray::number(freeLoopbackPort())
        + "\nAuthType=auth/munge\nAuthInfo=socket=" + socket.toUtf8() + "\nCredType=cred/munge\n"
        + "SlurmUser=root\nSlurmdUser=root\nStateSaveLocation=" + d.toUtf8()
        + "/state\nSlurmdSpoolDir=" + d.toUtf8() + "/spool\nSlurmctldPidFile=" + d.toUtf8()
        + "/slurmctld.pid\nSlurmdPidFile=" + d.toUtf8() + "/slurmd.pid\nSlurmctldLogFile=" + d.toUtf8()
        + "/log/slurmctld.log\nSlurmdLogFile=" + d.toUtf8()
        + "/log/slurmd.log\nProctrackType=proctrack/linuxproc\nTaskPlugin=task/none\n"
          "JobAcctGatherType=jobacct_gather/none\nAccountingStorageType=accounting_storage/none\n"
          "JobCompType=jobcomp/none\nSchedulerType=sched/backfill\nSelectType=select/cons_tres\n"
          "SelectTypeParameters=CR_Core\nMpiDefault=none\nReturnToService=2\nSlurmdTimeout=30\n"
          "NodeName=localhost CPUs="
        + QByteArray::number(qlonglong(cpus))
        + " RealMemory=2000 State=UNKNOWN\nPartitionName=debug Nodes=localhost Default=YES MaxTime=INFINITE "
          "State=UP\n";
    QFile conf(configPath());
    if (!conf.open(QIODevice::WriteOnly) || conf.write(config) != config.size())
        return QStringLiteral("cannot write slurm.conf");
    conf.close();
    if (const QString error = launch(QStringLiteral("/usr/sbin/slurmctld"),
            {QStringLiteral("-D"), QStringLiteral("-c"), QStringLiteral("-f"), configPath()});
        !error.isEmpty())
        return error;
    if (const QString error = launch(QStringLiteral("/usr/sbin/slurmd"),
            {QStringLiteral("-D"), QStringLiteral("-N"), QStringLiteral("localhost"), QStringLiteral("-f"),
                configPath()});
        !error.isEmpty())
        return error;
    // Up when the node takes jobs.
    timer.restart();
    QString state;
    while (timer.elapsed() < 30000) {
        run(environment(), QStringLiteral("sinfo"),
            {QStringLiteral("-h"), QStringLiteral("-o"), QStringLiteral("%T")}, &state);
        if (state.trimmed() == QLatin1String("idle"))
            return {};
        QThread::msleep(200);
    }
    return QStringLiteral("the Slurm node did not come up (sinfo says \"%1\"); see %2/log")
        .arg(state.trimmed(), d);
}

void SlurmFixture::stop()
{
    // slurmd first (it ends its jobs' steps), then the controller, then munge.
    for (auto it = m_daemons.rbegin(); it != m_daemons.rend(); ++it) {
        QProcess &process = **it;
        if (process.state() == QProcess::NotRunning)
            continue;
        process.terminate();
        if (!process.waitForFinished(10000)) {
            process.kill();
            process.waitForFinished(5000);
        }
    }
    m_daemons.clear();
}

bool SlurmFixture::waitUntilIdle(int timeoutMs) const
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        QString out;
        if (run(environment(), QStringLiteral("squeue"), {QStringLiteral("-h")}, &out).isEmpty()
            && out.trimmed().isEmpty())
            return true;
        QThread::msleep(500);
    }
    return false;
}
