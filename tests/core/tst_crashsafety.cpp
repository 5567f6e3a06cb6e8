// The run store under kill -9 and a full or read-only disk, with a real
// process: it is started in a child mode of this test binary, killed at random
// points while it saves, renames, deletes and restores runs, and afterwards
// every run it reported complete is listed, complete (in the store or in the
// trash), and nothing is half-written.
#include "cnnlab/core/runstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <cstring>
#include <filesystem>
#include <set>
#include <string>

using namespace cnnlab::core;

namespace {

RunRecord record(const std::string &name, int points)
{
    RunRecord r;
    r.name = name;
    r.createdAt = "2026-12-02T08:00:00Z";
    r.deviceName = "CPU";
    for (int i = 0; i < points; ++i) {
        StepMetrics m;
        m.position.step = i;
        m.trainLoss = 1.0 / (1 + i);
        r.trainCurve.push_back(m);
    }
    r.result.status = RunStatus::Completed;
    return r;
}

// Child: saves, renames, deletes and restores runs until killed, printing
// "saved <id>" once a save has returned.
int churn(const std::string &root)
{
    const RunStore store(root);
    for (int i = 0;; ++i) {
        const auto id = store.save(record("run " + std::to_string(i), 2000));
        if (!id)
            return 3;
        std::printf("saved %s\n", id->c_str());
        std::fflush(stdout);
        (void)store.rename(*id, "renamed " + std::to_string(i));
        if (i % 3 == 0 && !store.remove(*id))
            (void)store.restore(*id);
    }
}

// Child: saves until the disk is full; prints each id, then the error.
int fill(const std::string &root)
{
    const RunStore store(root);
    for (int i = 0; i < 100000; ++i) {
        const auto id = store.save(record("fill " + std::to_string(i), 500));
        if (!id) {
            std::printf("error %s\n", describe(id.error()).c_str());
            return 0;
        }
        std::printf("saved %s\n", id->c_str());
    }
    return 4;
}

} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedMidWriteLosesNothing();
    void fullDiskIsAClearErrorAndKeepsRuns();
    void readOnlyStoreIsAClearError();

private:
    static QStringList run(const QString &shell, int timeoutMs = 60000);
};

QStringList TestCrashSafety::run(const QString &shell, int timeoutMs)
{
    QProcess p;
    p.start(QStringLiteral("sh"), {QStringLiteral("-c"), shell});
    if (!p.waitForFinished(timeoutMs))
        p.kill();
    return QString::fromLocal8Bit(p.readAllStandardOutput() + p.readAllStandardError())
        .split(u'\n', Qt::SkipEmptyParts);
}

void TestCrashSafety::killedMidWriteLosesNothing()
{
    QTemporaryDir dir;
    const std::string root = dir.filePath(QStringLiteral("runs")).toStdString();
    std::set<std::string> saved;
    auto *random = QRandomGenerator::global();
    for (int round = 0; round < 30; ++round) {
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(),
            {QStringLiteral("--churn"), QString::fromStdString(root)});
        QVERIFY(child.waitForStarted());
        // Killed a random moment after its first save: mid-save, mid-rename,
        // mid-delete or mid-restore (a save takes a few milliseconds).
        QVERIFY2(child.waitForReadyRead(60000), "the child never saved a run");
        QTest::qWait(int(random->bounded(0, 60)));
        child.kill(); // SIGKILL
        QVERIFY(child.waitForFinished());
        for (const QByteArray &line : child.readAllStandardOutput().split('\n'))
            if (line.startsWith("saved "))
                saved.insert(line.mid(6).toStdString());
    }
    QVERIFY(saved.size() >= 30);

    const RunStore store(root);
    std::set<std::string> listed;
    for (const RunStore::Entry &entry : store.list()) {
        QVERIFY2(!entry.damaged, (entry.id + ": " + describe(entry.error)).c_str());
        QCOMPARE(entry.record->trainCurve.size(), std::size_t(2000));
        listed.insert(entry.id);
    }
    for (const std::string &id : saved) {
        const bool inTrash
            = std::filesystem::exists(std::filesystem::path(root) / ".trash" / id / "run.json");
        QVERIFY2(listed.count(id) || inTrash, ("lost a completed run: " + id).c_str());
    }
}

void TestCrashSafety::fullDiskIsAClearErrorAndKeepsRuns()
{
    if (QStandardPaths::findExecutable(QStringLiteral("unshare")).isEmpty())
        QSKIP("needs unshare (util-linux) for a private tmpfs");
    QTemporaryDir dir;
    const QString root = dir.filePath(QStringLiteral("full"));
    QVERIFY(QDir().mkpath(root));
    // A 256 KiB tmpfs in a private mount namespace (as root, or as a user via -r).
    const QString self = QCoreApplication::applicationFilePath();
    const QStringList out = run(
        QStringLiteral("unshare -m sh -c 'mount -t tmpfs -o size=256k tmpfs \"%1\" && \"%2\" --fill \"%1\"; "
                       "echo listed $(ls \"%1\" | wc -l)' 2>&1 || "
                       "unshare -rm sh -c 'mount -t tmpfs -o size=256k tmpfs \"%1\" && \"%2\" --fill \"%1\"; "
                       "echo listed $(ls \"%1\" | wc -l)'")
            .arg(root, self));
    const QString error = out.filter(QStringLiteral("error ")).value(0);
    if (error.isEmpty() && out.filter(QStringLiteral("saved ")).isEmpty())
        QSKIP(qPrintable(QStringLiteral("no private tmpfs here: ") + out.join(u' ')));
    QVERIFY2(error.contains(QStringLiteral("write-failed"))
            && error.contains(QStringLiteral("No space left on device")),
        qPrintable(out.join(u'\n')));
    QVERIFY2(out.filter(QStringLiteral("saved ")).size() >= 2, qPrintable(out.join(u'\n')));
}

void TestCrashSafety::readOnlyStoreIsAClearError()
{
    if (QStandardPaths::findExecutable(QStringLiteral("unshare")).isEmpty())
        QSKIP("needs unshare (util-linux) for a private tmpfs");
    QTemporaryDir dir;
    const QString root = dir.filePath(QStringLiteral("ro"));
    QVERIFY(QDir().mkpath(root));
    const QString self = QCoreApplication::applicationFilePath();
    const QString script = QStringLiteral(
        "mount -t tmpfs -o size=1m tmpfs \"%1\" && mount -o remount,ro \"%1\" && \"%2\" --fill \"%1\"")
                               .arg(root, self);
    const QStringList out
        = run(QStringLiteral("unshare -m sh -c '%1' 2>&1 || unshare -rm sh -c '%1'").arg(script));
    const QString error = out.filter(QStringLiteral("error ")).value(0);
    if (error.isEmpty())
        QSKIP(qPrintable(QStringLiteral("no private tmpfs here: ") + out.join(u' ')));
    QVERIFY2(error.contains(QStringLiteral("write-failed"))
            && error.contains(QStringLiteral("Read-only file system")),
        qPrintable(error));
}

int main(int argc, char **argv)
{
    if (argc == 3 && std::strcmp(argv[1], "--churn") == 0)
        return churn(argv[2]);
    if (argc == 3 && std::strcmp(argv[1], "--fill") == 0)
        return fill(argv[2]);
    QCoreApplication app(argc, argv);
    TestCrashSafety test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_crashsafety.moc"
