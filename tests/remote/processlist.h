#pragma once

// This machine's processes, read from /proc: what the remote tests check to
// prove that nothing they started keeps running.

#include <QList>
#include <QStringList>

#include <functional>

QStringList commandLine(qint64 pid);
// Live (not zombie) processes whose command line satisfies `match`.
QList<qint64> processes(const std::function<bool(qint64, const QStringList &)> &match);
qint64 parentOf(qint64 pid);
// Every `cnnlab-train --serve` on this machine.
QList<qint64> serveProcesses();
// True when none of `pids` is a live `cnnlab-train --serve` any more.
bool waitUntilGone(const QList<qint64> &pids, int timeoutMs);
