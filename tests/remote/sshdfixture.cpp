#include "sshdfixture.h"

#include "loopback.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QThread>

#include <pwd.h>
#include <signal.h>
#include <sys/prctl.h>
#include <unistd.h>

namespace {

const QString sshd = QStringLiteral("/usr/sbin/sshd");

QString userName()
{
    const passwd *entry = ::getpwuid(::getuid());
    return entry != nullptr ? QString::fromLocal8Bit(entry->pw_name) : QString();
}

} // namespace

SshdFixture::SshdFixture(QString remoteDataDir, QStringList remoteEnvironment)
    : m_remoteDataDir(std::move(remoteDataDir))
    , m_remoteEnvironment(std::move(remoteEnvironment))
{ }

SshdFixture::~SshdFixture()
{
    stop();
}

QString SshdFixture::run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0)
        return program + QLatin1Char(' ') + arguments.join(QLatin1Char(' ')) + QStringLiteral(": ")
            + QString::fromLocal8Bit(process.readAllStandardError()) + process.errorString();
    return {};
}

QString SshdFixture::writeFile(const QString &name, const QByteArray &contents)
{
    QFile file(m_dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size())
        return QStringLiteral("cannot write ") + file.fileName();
    file.close();
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    return {};
}

QString SshdFixture::remoteDataHome() const
{
    return m_dir.filePath(QStringLiteral("remote-data"));
}

QString SshdFixture::start()
{
    if (!QFile::exists(sshd))
        return QStringLiteral("%1 is missing: install openssh-server (scripts/setup does)").arg(sshd);
    if (!m_dir.isValid() || m_dir.path().contains(QLatin1Char(' ')))
        return QStringLiteral("no usable temporary directory");
    // Root's sshd insists on its privilege separation directory (systemd makes it on a real server).
    if (::getuid() == 0 && !QDir(QStringLiteral("/run/sshd")).exists())
        QDir().mkpath(QStringLiteral("/run/sshd"));
    const QString dir = m_dir.path();
    for (const char *key : {"host_key", "client_key", "other_key"})
        if (const QString error = run(QStringLiteral("ssh-keygen"),
                {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"),
                    QString(), QStringLiteral("-f"), m_dir.filePath(QLatin1String(key))});
            !error.isEmpty())
            return error;
    QFile clientPublic(m_dir.filePath(QStringLiteral("client_key.pub")));
    QFile hostPublic(m_dir.filePath(QStringLiteral("host_key.pub")));
    if (!clientPublic.open(QIODevice::ReadOnly) || !hostPublic.open(QIODevice::ReadOnly))
        return QStringLiteral("ssh-keygen wrote no public keys");
    const QByteArray hostKey = hostPublic.readAll().trimmed();
    m_port = freeLoopbackPort();
    const int closedPort = freeLoopbackPort();
    const QByteArray port = QByteArray::number(m_port);
    const QByteArray d = dir.toUtf8();
    QDir().mkpath(remoteDataHome());

    QByteArray config = "Port " + port + "\nListenAddress 127.0.0.1\nHostKey " + d + "/host_key\nPidFile " + d
        + "/sshd.pid\nAuthorizedKeysFile " + d
        + "/authorized_keys\nStrictModes no\nPasswordAuthentication no\nKbdInteractiveAuthentication no\n"
          "PubkeyAuthentication yes\nUsePAM no\nPermitRootLogin prohibit-password\nAllowUsers "
        + userName().toUtf8()
        + "\nLogLevel ERROR\nPrintMotd no\nSetEnv XDG_DATA_HOME=" + remoteDataHome().toUtf8();
    if (!m_remoteDataDir.isEmpty())
        config += " CNNLAB_DATA_DIR=" + m_remoteDataDir.toUtf8();
    for (const QString &pair : m_remoteEnvironment)
        config += " " + pair.toUtf8();
    config += "\n";
    const QByteArray host = "  HostName 127.0.0.1\n  User " + userName().toUtf8()
        + "\n  IdentitiesOnly yes\n  StrictHostKeyChecking yes\n  GlobalKnownHostsFile /dev/null\n"
          "  LogLevel ERROR\n";
    const QByteArray client = QByteArray("Host ") + alias + "\n  Port " + port + "\n  IdentityFile " + d
        + "/client_key\n  UserKnownHostsFile " + d + "/known_hosts\n" + host + "Host " + wrongKeyAlias
        + "\n  Port " + port + "\n  IdentityFile " + d + "/other_key\n  UserKnownHostsFile " + d
        + "/known_hosts\n" + host + "Host " + closedPortAlias + "\n  Port " + QByteArray::number(closedPort)
        + "\n  IdentityFile " + d + "/client_key\n  UserKnownHostsFile " + d + "/known_hosts\n" + host
        + "Host " + unknownHostKeyAlias + "\n  Port " + port + "\n  IdentityFile " + d
        + "/client_key\n  UserKnownHostsFile /dev/null\n" + host;
    for (const auto &[name, contents] :
        {std::pair {QStringLiteral("sshd_config"), config}, std::pair {QStringLiteral("ssh_config"), client},
            std::pair {QStringLiteral("authorized_keys"), clientPublic.readAll()},
            std::pair {
                QStringLiteral("known_hosts"), QByteArray("[127.0.0.1]:" + port + " " + hostKey + "\n")}})
        if (const QString error = writeFile(name, contents); !error.isEmpty())
            return error;

    m_sshd.setProcessChannelMode(QProcess::MergedChannels);
    // Also when the test crashes: the kernel ends sshd with its parent.
    m_sshd.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    m_sshd.start(sshd,
        {QStringLiteral("-D"), QStringLiteral("-e"), QStringLiteral("-f"),
            m_dir.filePath(QStringLiteral("sshd_config"))});
    if (!m_sshd.waitForStarted(10000))
        return QStringLiteral("sshd did not start: ") + m_sshd.errorString();
    QElapsedTimer timer;
    timer.start();
    while (!loopbackAccepts(m_port)) {
        if (m_sshd.state() != QProcess::Running || timer.elapsed() > 10000)
            return QStringLiteral("sshd is not listening on 127.0.0.1:%1: %2")
                .arg(m_port)
                .arg(QString::fromLocal8Bit(m_sshd.readAll()));
        QThread::msleep(50);
    }
    return {};
}

void SshdFixture::stop()
{
    if (m_sshd.state() == QProcess::NotRunning)
        return;
    m_sshd.terminate(); // the listener; each session ends with its connection (the tests close theirs)
    if (!m_sshd.waitForFinished(5000)) {
        m_sshd.kill();
        m_sshd.waitForFinished(5000);
    }
}

QString SshdFixture::sshCommand() const
{
    return QStringLiteral("ssh -F ") + m_dir.filePath(QStringLiteral("ssh_config"));
}
