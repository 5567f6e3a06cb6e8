#pragma once

// A real single-node Slurm for the cluster tests: Debian's munged, slurmctld
// and slurmd, configured for this machine in a temporary directory (free
// ports, spool and state there), started in the foreground by the test and
// ended with it, even when it crashes. Needs root (slurmd runs jobs as their
// user) and the slurm-wlm and munge packages (scripts/setup installs them).

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QTemporaryDir>

#include <memory>
#include <vector>

class SlurmFixture
{
public:
    SlurmFixture();
    ~SlurmFixture();
    SlurmFixture(const SlurmFixture &) = delete;
    SlurmFixture &operator=(const SlurmFixture &) = delete;

    // Empty on success, else why it could not start.
    QString start();
    void stop();

    // SLURM_CONF pointing at this cluster: for sbatch, squeue and the CLI.
    [[nodiscard]] QProcessEnvironment environment() const;
    [[nodiscard]] QString configPath() const;
    // Waits until squeue lists no job; false on timeout.
    bool waitUntilIdle(int timeoutMs) const;

private:
    QString launch(const QString &program, const QStringList &arguments);

    QTemporaryDir m_dir;
    std::vector<std::unique_ptr<QProcess>> m_daemons;
};
