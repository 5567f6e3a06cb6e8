#include "processlist.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QThread>

// /proc/<pid>/cmdline as words.
QStringList commandLine(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/cmdline").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList words;
    for (const QByteArray &word : file.readAll().split('\0'))
        if (!word.isEmpty())
            words << QString::fromLocal8Bit(word);
    return words;
}

// Live (not zombie) processes whose command line satisfies `match`.
QList<qint64> processes(const std::function<bool(qint64, const QStringList &)> &match)
{
    QList<qint64> found;
    for (const QString &entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        bool number = false;
        const qint64 pid = entry.toLongLong(&number);
        if (!number)
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray text = stat.readAll();
        const qsizetype close = text.lastIndexOf(')');
        if (close < 0 || text.mid(close + 2, 1) == "Z")
            continue;
        if (match(pid, commandLine(pid)))
            found << pid;
    }
    return found;
}

qint64 parentOf(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = stat.readAll();
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() : -1;
}

QList<qint64> serveProcesses()
{
    return processes([](qint64, const QStringList &words) {
        return words.contains(QStringLiteral("--serve")) && !words.isEmpty()
            && words.first().endsWith(QStringLiteral("cnnlab-train"));
    });
}

bool waitUntilGone(const QList<qint64> &pids, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        const QList<qint64> alive = serveProcesses();
        bool any = false;
        for (const qint64 pid : pids)
            any = any || alive.contains(pid);
        if (!any)
            return true;
        QThread::msleep(50);
    }
    return false;
}
