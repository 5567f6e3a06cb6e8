#pragma once

// A real OpenSSH server on 127.0.0.1 for the remote-training tests: Debian's
// sshd on a free port, with a generated host key and an authorized client key
// in a temporary directory, and an ssh_config whose aliases reach it (lab-box)
// or fail in each way a teacher meets (wrong key, closed port, unknown host
// key). Stopped (and its session processes with it) when destroyed.

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

class SshdFixture
{
public:
    // `remoteDataDir`: CNNLAB_DATA_DIR for the remote sessions (empty: none,
    // so the remote sees no MNIST). The remote's XDG_DATA_HOME is a fresh
    // folder in the fixture's directory, never the user's own.
    // `remoteEnvironment`: more NAME=VALUE pairs for the remote sessions (SLURM_CONF=...).
    explicit SshdFixture(QString remoteDataDir = {}, QStringList remoteEnvironment = {});
    ~SshdFixture();
    SshdFixture(const SshdFixture &) = delete;
    SshdFixture &operator=(const SshdFixture &) = delete;

    // Empty on success, else what went wrong.
    QString start();
    void stop();

    // For CNNLAB_SSH / RemoteTarget::sshCommand.
    [[nodiscard]] QString sshCommand() const;
    [[nodiscard]] QString directory() const { return m_dir.path(); }
    [[nodiscard]] QString remoteDataHome() const;
    [[nodiscard]] int port() const { return m_port; }

    static constexpr const char *alias = "lab-box";
    static constexpr const char *wrongKeyAlias = "lab-box-wrong-key";
    static constexpr const char *closedPortAlias = "lab-box-closed";
    static constexpr const char *unknownHostKeyAlias = "lab-box-unknown-host-key";

private:
    QString run(const QString &program, const QStringList &arguments);
    QString writeFile(const QString &name, const QByteArray &contents);

    QTemporaryDir m_dir;
    QString m_remoteDataDir;
    QStringList m_remoteEnvironment;
    QProcess m_sshd;
    int m_port = 0;
};
