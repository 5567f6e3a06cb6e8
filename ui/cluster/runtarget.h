#pragma once

#include <QString>

namespace cnnlab::ui {

// Where the Lab or a Sweep runs: here, on a remote machine (its runs one by
// one through the queue), or as a Slurm job array through ssh to a cluster's
// login node (a remote machine from Run ▸ Remote Machines…).
struct RunTarget {
    enum class Kind { Local, Remote, Slurm } kind = Kind::Local;
    QString machine; // Remote and Slurm: the remote machine's name
    // Slurm only:
    QString folder; // on the cluster's shared filesystem
    QString partition;
    int gpusPerTask = 0;
    QString timeLimit; // "HH:MM:SS"; empty: the partition's default
};

} // namespace cnnlab::ui
