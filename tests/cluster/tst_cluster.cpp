// The lab and sweeps on a cluster: cnnlab-train's Slurm side against a real
// single-node Slurm (slurmfixture.h). A dry run's job script passes sbatch
// --test-only; the four-run lab plan runs as an array, is collected by its
// dependent job, and a resubmission re-runs nothing; a failing task is named
// by --collect; no sbatch on PATH is a clear message.
#include "slurmfixture.h"

#include "cnnlab/core/clusterplan.h"
#include "cnnlab/core/dataset.h"
#include "cnnlab/core/runrecord.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <optional>

#ifndef CNNLAB_TRAIN_EXE
#error "CNNLAB_TRAIN_EXE must name the cnnlab-train binary"
#endif

using namespace cnnlab::core;

namespace {

struct Cli {
    int exitCode = -1;
    QString out;
    QString err;
};

Cli cli(const QProcessEnvironment &environment, const QStringList &arguments)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(CNNLAB_TRAIN_EXE), arguments);
    Cli result;
    if (!process.waitForFinished(120000))
        process.kill();
    result.exitCode = process.exitCode();
    result.out = QString::fromLocal8Bit(process.readAllStandardOutput());
    result.err = QString::fromLocal8Bit(process.readAllStandardError());
    return result;
}

QStringList tiny()
{
    return {QStringLiteral("--train-limit"), QStringLiteral("1000"), QStringLiteral("--epochs"),
        QStringLiteral("1"), QStringLiteral("--threads"), QStringLiteral("1"),
        QStringLiteral("--evals-per-epoch"), QStringLiteral("1")};
}

QString readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

class TestCluster : public QObject
{
    Q_OBJECT
    std::optional<SlurmFixture> m_slurm;
    QTemporaryDir m_work;

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void dryRunPassesTestOnly();
    void labPlanRunsCollectsAndResubmitsNothing();
    void failedTaskIsNamed();
    void slurmsOwnEndIsNamed();
    void missingSbatchSaysSo();
    void rejectedSubmissionShowsSlurmsWords();
    void hostilePlanIsRefused();
};

void TestCluster::initTestCase()
{
    if (!findDataset(DatasetKind::Mnist))
        QFAIL("needs the real MNIST (scripts/fetch-mnist; scripts/test installs it)");
    // The runs --collect --import adds (and the jobs Slurm runs with this
    // environment) go into a store of the test's own, never the user's.
    const auto mnist = findDataset(DatasetKind::Mnist);
    qputenv("CNNLAB_DATA_DIR", QByteArray::fromStdString(*mnist));
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_work.filePath(QStringLiteral("data-home"))));
    m_slurm.emplace();
    const QString error = m_slurm->start();
    if (error.startsWith(QStringLiteral("needs root")))
        QSKIP(qPrintable(error)); // the one case where a local Slurm truly cannot run
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestCluster::cleanupTestCase()
{
    m_slurm.reset();
}

void TestCluster::dryRunPassesTestOnly()
{
    const QString dir = m_work.filePath(QStringLiteral("dry"));
    const Cli r = cli(m_slurm->environment(),
        QStringList {QStringLiteral("--preset"), QStringLiteral("seed-lab"), QStringLiteral("--seeds"),
            QStringLiteral("2"), QStringLiteral("--submit"), QStringLiteral("slurm"),
            QStringLiteral("--dry-run"), QStringLiteral("--out"), dir, QStringLiteral("--slurm-time"),
            QStringLiteral("00:30:00"), QStringLiteral("--slurm-arg=--comment=cnnlab")}
            + tiny());
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const Expected<ClusterPlan> plan = readPlan(QString(dir + QStringLiteral("/plan.json")).toStdString());
    QVERIFY(plan.hasValue());
    QCOMPARE(plan->runs.size(), std::size_t(8)); // four configurations x two seeds
    QVERIFY(plan->isLab);
    const QString script = readAll(dir + QStringLiteral("/job.sbatch"));
    QVERIFY2(script.contains(QStringLiteral("#SBATCH --array=0-7")), qPrintable(script));
    QVERIFY(script.contains(QStringLiteral("#SBATCH --time=00:30:00")));
    QVERIFY(script.contains(QStringLiteral("#SBATCH --comment=cnnlab")));
    QVERIFY(!QFile::exists(dir + QStringLiteral("/slurm-jobs.txt"))); // nothing submitted
    QProcess sbatch;
    sbatch.setProcessEnvironment(m_slurm->environment());
    sbatch.start(
        QStringLiteral("sbatch"), {QStringLiteral("--test-only"), dir + QStringLiteral("/job.sbatch")});
    QVERIFY(sbatch.waitForFinished(30000));
    QVERIFY2(sbatch.exitCode() == 0, sbatch.readAllStandardError().constData());
}

void TestCluster::labPlanRunsCollectsAndResubmitsNothing()
{
    const QString dir = m_work.filePath(QStringLiteral("lab"));
    const QStringList submit = QStringList {QStringLiteral("--preset"), QStringLiteral("seed-lab"),
                                   QStringLiteral("--seeds"), QStringLiteral("1"), QStringLiteral("--submit"),
                                   QStringLiteral("slurm"), QStringLiteral("--out"), dir}
        + tiny();
    const Cli r = cli(m_slurm->environment(), submit);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    bool numeric = false;
    r.out.trimmed().toLongLong(&numeric);
    QVERIFY2(numeric, qPrintable(r.out)); // the job id, for scripts
    QVERIFY(m_slurm->waitUntilIdle(300000)); // the array and the dependent collection job
    const QString md = readAll(dir + QStringLiteral("/comparison.md"));
    for (const char *name :
        {"lab-baseline-seed42", "lab-dropout-seed42", "lab-batch1000-seed42", "lab-lr0.01-seed42"})
        QVERIFY2(md.contains(QStringLiteral("| %1 | completed |").arg(QLatin1String(name))), qPrintable(md));
    QVERIFY(md.contains(QStringLiteral("dropout-helps")));
    QVERIFY(readAll(dir + QStringLiteral("/logs/collect.out")).contains(QStringLiteral("4 completed")));
    // ... and the runs joined the submitting user's run history, once.
    QVERIFY(readAll(dir + QStringLiteral("/logs/collect.out"))
                .contains(QStringLiteral("4 runs added to the run store")));
    const Cli twice
        = cli(m_slurm->environment(), {QStringLiteral("--collect"), dir, QStringLiteral("--import")});
    QVERIFY2(twice.err.contains(QStringLiteral("0 runs added")), qPrintable(twice.err));
    const Cli status = cli(m_slurm->environment(), {QStringLiteral("--status"), dir});
    QCOMPARE(status.out.count(QStringLiteral("\tcompleted")), 4);

    // Resubmitted (a requeue, or a second try after some tasks died): nothing is trained again.
    const QDateTime before = QFileInfo(dir + QStringLiteral("/lab-dropout-seed42/run.json")).lastModified();
    const Cli again = cli(m_slurm->environment(), submit);
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    QVERIFY(m_slurm->waitUntilIdle(300000));
    QCOMPARE(QFileInfo(dir + QStringLiteral("/lab-dropout-seed42/run.json")).lastModified(), before);
    for (int task = 0; task < 4; ++task)
        QVERIFY(
            readAll(dir + QStringLiteral("/logs/task-%1.out").arg(task)).contains(QStringLiteral("skipped")));
}

void TestCluster::failedTaskIsNamed()
{
    // Two tasks; the plan is then edited so that the second cannot train
    // (as a plan entry a newer cnnlab wrote, or a config a colleague broke).
    const QString dir = m_work.filePath(QStringLiteral("sweep"));
    const Cli r = cli(m_slurm->environment(),
        QStringList {QStringLiteral("--submit"), QStringLiteral("slurm"), QStringLiteral("--dry-run"),
            QStringLiteral("--sweep"), QStringLiteral("lr=0.001,0.002"), QStringLiteral("--out"), dir}
            + tiny());
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    Expected<ClusterPlan> plan = readPlan(QString(dir + QStringLiteral("/plan.json")).toStdString());
    QVERIFY(plan.hasValue());
    plan->runs[1].config.batchSize = 0;
    QVERIFY(!writePlan(*plan, QString(dir + QStringLiteral("/plan.json")).toStdString()));
    QProcess sbatch;
    sbatch.setProcessEnvironment(m_slurm->environment());
    sbatch.start(QStringLiteral("sbatch"), {dir + QStringLiteral("/job.sbatch")});
    QVERIFY(sbatch.waitForFinished(30000));
    QCOMPARE(sbatch.exitCode(), 0);
    QVERIFY(m_slurm->waitUntilIdle(300000));

    const Cli collected = cli(m_slurm->environment(), {QStringLiteral("--collect"), dir});
    QCOMPARE(collected.exitCode, 0);
    QCOMPARE(collected.out.count(QStringLiteral("failed\t")), 1);
    QVERIFY2(collected.out.contains(QStringLiteral("failed\tlr0.002-b32-dropout-e1\tinvalid-config")),
        qPrintable(collected.out));
    const QString md = readAll(dir + QStringLiteral("/comparison.md"));
    QVERIFY2(md.contains(QStringLiteral("| 0 | lr0.001-b32-dropout-e1 | completed |")), qPrintable(md));
    QVERIFY2(md.contains(QStringLiteral("| 1 | lr0.002-b32-dropout-e1 | failed | invalid-config")),
        qPrintable(md));
}

void TestCluster::slurmsOwnEndIsNamed()
{
    // A task Slurm ended itself leaves its marker and Slurm's words in its log, no record.
    const QString dir = m_work.filePath(QStringLiteral("killed"));
    ClusterPlan plan;
    plan.name = "killed";
    for (const char *name : {"a", "b", "c"})
        plan.runs.push_back({name, "", TrainingConfig {}});
    QDir().mkpath(dir + QStringLiteral("/logs"));
    QVERIFY(!writePlan(plan, QString(dir + QStringLiteral("/plan.json")).toStdString()));
    const auto write = [](const QString &path, const QByteArray &text) {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
    };
    for (const char *name : {"a", "b"})
        QVERIFY(QDir().mkpath(dir + QLatin1Char('/') + QLatin1String(name))
            && write(
                dir + QLatin1Char('/') + QLatin1String(name) + QStringLiteral("/task-started"), "host x\n"));
    QVERIFY(write(dir + QStringLiteral("/logs/task-0.out"),
        "epoch 0.26 ...\nslurmstepd: error: *** JOB 12 ON node7 CANCELLED AT 2026-12-02T10:00:00 DUE TO TIME "
        "LIMIT ***\n"));
    QVERIFY(write(dir + QStringLiteral("/logs/task-1.out"),
        "slurmstepd: error: Detected 1 oom-kill event(s) in StepId=13.batch. Some of your processes may have "
        "been killed\n"));
    const std::vector<TaskStatus> tasks = planStatus(plan, dir.toStdString());
    QCOMPARE(tasks.size(), std::size_t(3));
    QCOMPARE(tasks[0].state, TaskState::Failed);
    QCOMPARE(tasks[0].reason, std::string("time limit"));
    QCOMPARE(tasks[1].state, TaskState::Failed);
    QCOMPARE(tasks[1].reason, std::string("out of memory"));
    QCOMPARE(tasks[2].state, TaskState::Missing);
}

void TestCluster::missingSbatchSaysSo()
{
    QProcessEnvironment environment = m_slurm->environment();
    environment.insert(QStringLiteral("PATH"), QStringLiteral("/nonexistent"));
    const Cli r = cli(environment,
        QStringList {QStringLiteral("--submit"), QStringLiteral("slurm"), QStringLiteral("--out"),
            m_work.filePath(QStringLiteral("nosbatch"))}
            + tiny());
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("sbatch is not on PATH")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("--dry-run")), qPrintable(r.err));
}

void TestCluster::rejectedSubmissionShowsSlurmsWords()
{
    const Cli r = cli(m_slurm->environment(),
        QStringList {QStringLiteral("--submit"), QStringLiteral("slurm"), QStringLiteral("--slurm-partition"),
            QStringLiteral("no-such-partition"), QStringLiteral("--out"),
            m_work.filePath(QStringLiteral("rejected"))}
            + tiny());
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("Slurm refused the job")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("partition"), Qt::CaseInsensitive),
        qPrintable(r.err)); // sbatch's own words
}

void TestCluster::hostilePlanIsRefused()
{
    // A plan from someone else must not send a task's outputs outside its folder.
    const QString dir = m_work.filePath(QStringLiteral("hostile"));
    QDir().mkpath(dir);
    ClusterPlan plan;
    plan.name = "x";
    plan.runs.push_back({"../escape", "", TrainingConfig {}});
    QFile file(dir + QStringLiteral("/plan.json"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray::fromStdString(planToJson(plan)));
    file.close();
    const Cli r = cli(m_slurm->environment(),
        {QStringLiteral("--plan"), file.fileName(), QStringLiteral("--task"), QStringLiteral("0")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("expected a folder name")), qPrintable(r.err));
    QVERIFY(!QFile::exists(m_work.filePath(QStringLiteral("escape"))));
}

QTEST_GUILESS_MAIN(TestCluster)
#include "tst_cluster.moc"
