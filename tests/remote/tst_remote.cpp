// Remote training through a real OpenSSH server on 127.0.0.1 (sshdfixture.h):
// the hello, a whole `cnnlab-train --remote` run, the remote's clean-up when
// the local ssh dies, the dataset copy, and each way a connection fails.
#include "processlist.h"
#include "sshdfixture.h"

#include "cnnlab/core/dataset.h"
#include "cnnlab/core/remotetrainer.h"
#include "cnnlab/core/runrecord.h"
#include "cnnlab/core/trainingengine.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>
#include <QThread>

#include <csignal>
#include <optional>

#include <signal.h>

#ifndef CNNLAB_TRAIN_EXE
#error "CNNLAB_TRAIN_EXE must name the cnnlab-train binary"
#endif

using namespace cnnlab::core;

namespace {

const QString trainExe = QStringLiteral(CNNLAB_TRAIN_EXE);

QString localMnist()
{
    const Expected<std::string> found = findDataset(DatasetKind::Mnist);
    return found ? QString::fromStdString(*found) : QString();
}

RemoteTarget targetFor(const SshdFixture &sshd, const char *alias, const QString &command = trainExe)
{
    RemoteTarget target;
    target.destination = alias;
    target.sshCommand = sshd.sshCommand().toStdString();
    target.remoteCommand = command.toStdString();
    return target;
}

QProcessEnvironment cliEnvironment(const SshdFixture &sshd)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("CNNLAB_SSH"), sshd.sshCommand());
    return environment;
}

} // namespace

class TestRemote : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void probeSaysHello();
    void cliTrainsRemotelyEndToEnd();
    void killingSshEndsTheRemoteRun();
    void failuresNameTheirCause_data();
    void failuresNameTheirCause();
    void datasetIsCopiedAndVerified();

private:
    std::optional<SshdFixture> m_sshd;
};

void TestRemote::initTestCase()
{
    std::signal(SIGPIPE, SIG_IGN);
    if (localMnist().isEmpty())
        QFAIL("needs the real MNIST (scripts/fetch-mnist; scripts/test installs it)");
    m_sshd.emplace(localMnist());
    const QString error = m_sshd->start();
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestRemote::cleanupTestCase()
{
    m_sshd.reset();
    // Nothing this test started may outlive it.
    QVERIFY(waitUntilGone(serveProcesses(), 5000));
}

void TestRemote::probeSaysHello()
{
    const Expected<ServeHello> hello = RemoteTrainer::probe(targetFor(*m_sshd, SshdFixture::alias));
    QVERIFY2(hello.hasValue(), hello.hasValue() ? "" : describe(hello.error()).c_str());
    QCOMPARE(hello->protocol, serveProtocolVersion);
    QCOMPARE(hello->program, std::string("cnnlab-train"));
    QVERIFY(!hello->host.empty());
    QVERIFY(!hello->devices.empty());
    QCOMPARE(hello->devices.front().id, std::string("cpu"));
    QVERIFY(std::find(hello->datasets.begin(), hello->datasets.end(), "mnist") != hello->datasets.end());
}

void TestRemote::cliTrainsRemotelyEndToEnd()
{
    QTemporaryDir out;
    QProcess cli;
    cli.setProcessEnvironment(cliEnvironment(*m_sshd));
    const QString runDir = out.filePath(QStringLiteral("run"));
    cli.start(trainExe,
        {QStringLiteral("--remote"), QLatin1String(SshdFixture::alias), QStringLiteral("--remote-command"),
            trainExe, QStringLiteral("--epochs"), QStringLiteral("1"), QStringLiteral("--train-limit"),
            QStringLiteral("600"), QStringLiteral("--batch-size"), QStringLiteral("64"),
            QStringLiteral("--threads"), QStringLiteral("1"), QStringLiteral("--evals-per-epoch"),
            QStringLiteral("2"), QStringLiteral("--out"), runDir});
    QVERIFY(cli.waitForFinished(180000));
    const QString err = QString::fromLocal8Bit(cli.readAllStandardError());
    QVERIFY2(cli.exitCode() == 0, qPrintable(err));
    QCOMPARE(
        QString::fromLocal8Bit(cli.readAllStandardOutput()).trimmed(), runDir + QStringLiteral("/run.json"));
    QVERIFY2(err.contains(QStringLiteral("completed 1 epoch")), qPrintable(err));
    QVERIFY2(err.contains(QStringLiteral("KiB/s")), qPrintable(err)); // what the stream cost

    const Expected<RunRecord> record
        = readRunRecord(QString(runDir + QStringLiteral("/run.json")).toStdString());
    QVERIFY2(record.hasValue(), record.hasValue() ? "" : describe(record.error()).c_str());
    QCOMPARE(record->result.status, RunStatus::Completed);
    QCOMPARE(record->trainSize, 600);
    QVERIFY2(record->deviceName.rfind("lab-box: ", 0) == 0, record->deviceName.c_str());
    QVERIFY(record->history.size() >= 2);
    QVERIFY(!record->trainCurve.empty());
    QCOMPARE(record->checkpoint, std::string("checkpoint.pt"));
    QVERIFY(QFile::exists(runDir + QStringLiteral("/checkpoint.pt")));
    QVERIFY(QFile::exists(runDir + QStringLiteral("/metrics.csv")));
    QVERIFY(
        readCheckpointConfig(QString(runDir + QStringLiteral("/checkpoint.pt")).toStdString()).hasValue());
}

void TestRemote::killingSshEndsTheRemoteRun()
{
    QTemporaryDir out;
    QProcess cli;
    cli.setProcessEnvironment(cliEnvironment(*m_sshd));
    const QString runDir = out.filePath(QStringLiteral("run"));
    const QList<qint64> before = serveProcesses();
    cli.start(trainExe,
        {QStringLiteral("--remote"), QLatin1String(SshdFixture::alias), QStringLiteral("--remote-command"),
            trainExe, QStringLiteral("--epochs"), QStringLiteral("20"), QStringLiteral("--threads"),
            QStringLiteral("1"), QStringLiteral("--out"), runDir});
    QVERIFY(cli.waitForStarted());
    // Wait for the run to be streaming: progress on the CLI's stderr.
    QString err;
    QElapsedTimer timer;
    timer.start();
    while (!err.contains(QStringLiteral("epoch ")) && timer.elapsed() < 120000) {
        cli.waitForReadyRead(500);
        err += QString::fromLocal8Bit(cli.readAllStandardError());
    }
    QVERIFY2(err.contains(QStringLiteral("epoch ")), qPrintable(err));
    QList<qint64> remote = serveProcesses();
    for (const qint64 pid : before)
        remote.removeAll(pid);
    QCOMPARE(remote.size(), 1);
    const QList<qint64> ssh = processes([&](qint64 pid, const QStringList &words) {
        return parentOf(pid) == cli.processId() && !words.isEmpty() && words.first() == QStringLiteral("ssh");
    });
    QCOMPARE(ssh.size(), 1);

    ::kill(static_cast<pid_t>(ssh.first()), SIGKILL); // the laptop's end of the connection dies
    timer.restart();
    QVERIFY2(waitUntilGone(remote, 5000), "cnnlab-train --serve still running 5 s after ssh died");
    qInfo("remote cnnlab-train --serve gone %lld ms after the local ssh was killed", timer.elapsed());

    // The local side says so and keeps what arrived, marked as cut off.
    QVERIFY(cli.waitForFinished(30000));
    err += QString::fromLocal8Bit(cli.readAllStandardError());
    QCOMPARE(cli.exitCode(), 1);
    QVERIFY2(err.contains(QStringLiteral("connection-lost")), qPrintable(err));
    const Expected<RunRecord> record
        = readRunRecord(QString(runDir + QStringLiteral("/run.json")).toStdString());
    QVERIFY2(record.hasValue(), record.hasValue() ? "" : describe(record.error()).c_str());
    QCOMPARE(record->result.status, RunStatus::Failed);
    QCOMPARE(record->result.error.code, ErrorCode::ConnectionLost);
    QVERIFY(!record->trainCurve.empty());
}

void TestRemote::failuresNameTheirCause_data()
{
    QTest::addColumn<QString>("alias");
    QTest::addColumn<QString>("command");
    QTest::addColumn<int>("code");
    QTest::newRow("key not authorized")
        << QString::fromLatin1(SshdFixture::wrongKeyAlias) << trainExe << int(ErrorCode::RemoteAuthFailed);
    QTest::newRow("unknown host key") << QString::fromLatin1(SshdFixture::unknownHostKeyAlias) << trainExe
                                      << int(ErrorCode::RemoteAuthFailed);
    QTest::newRow("nothing listening")
        << QString::fromLatin1(SshdFixture::closedPortAlias) << trainExe << int(ErrorCode::RemoteUnreachable);
    QTest::newRow("no cnnlab-train there")
        << QString::fromLatin1(SshdFixture::alias) << QStringLiteral("/nonexistent/cnnlab-train")
        << int(ErrorCode::RemoteCommandMissing);
}

void TestRemote::failuresNameTheirCause()
{
    QFETCH(QString, alias);
    QFETCH(QString, command);
    QFETCH(int, code);
    const QByteArray name = alias.toUtf8();
    QElapsedTimer timer;
    timer.start();
    const Expected<ServeHello> hello = RemoteTrainer::probe(targetFor(*m_sshd, name.constData(), command));
    QVERIFY(!hello.hasValue());
    QVERIFY2(int(hello.error().code) == code, describe(hello.error()).c_str());
    QCOMPARE(hello.error().path, name.toStdString());
    QVERIFY2(!hello.error().detail.empty(), "no words from ssh");
    if (hello.error().code == ErrorCode::RemoteAuthFailed) // and what to do about it
        QVERIFY2(hello.error().detail.find("once in a terminal") != std::string::npos,
            hello.error().detail.c_str());
    QVERIFY2(timer.elapsed() < 20000, "a failing connection took too long to say so");
}

void TestRemote::datasetIsCopiedAndVerified()
{
    SshdFixture bare; // a remote without MNIST
    const QString error = bare.start();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const RemoteTarget target = targetFor(bare, SshdFixture::alias);
    Expected<ServeHello> hello = RemoteTrainer::probe(target);
    QVERIFY(hello.hasValue());
    QVERIFY(std::find(hello->datasets.begin(), hello->datasets.end(), "mnist") == hello->datasets.end());

    RemoteTrainer trainer(target);
    TrainingConfig config;
    config.trainLimit = 100;
    const RunResult refused = trainer.run(config, nullptr, {});
    QCOMPARE(refused.error.code, ErrorCode::DatasetMissing);

    std::uint64_t lastSent = 0, total = 0;
    const Error copied
        = RemoteTrainer::copyDataset(target, DatasetKind::Mnist, [&](std::uint64_t sent, std::uint64_t all) {
              lastSent = sent;
              total = all;
          });
    QVERIFY2(!copied, describe(copied).c_str());
    QVERIFY(total > 50'000'000);
    QCOMPARE(lastSent, total);
    QVERIFY(QFile::exists(
        bare.remoteDataHome() + QStringLiteral("/cnnlab/datasets/mnist/t10k-labels-idx1-ubyte")));
    hello = RemoteTrainer::probe(target);
    QVERIFY(hello.hasValue());
    QVERIFY(std::find(hello->datasets.begin(), hello->datasets.end(), "mnist") != hello->datasets.end());
}

QTEST_GUILESS_MAIN(TestRemote)
#include "tst_remote.moc"
