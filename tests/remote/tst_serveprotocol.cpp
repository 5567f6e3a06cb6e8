// The serve protocol without ssh: core::serve() on pipes, fed what a broken or
// hostile client sends, and RemoteTrainer against stand-in "ssh" scripts that
// answer what a broken or foreign server would. Every case names its error.
#include "cnnlab/core/dataset.h"
#include "cnnlab/core/remotetrainer.h"
#include "cnnlab/core/runrecord.h"
#include "cnnlab/core/serveprotocol.h"
#include "cnnlab/core/sha256.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <future>
#include <string>
#include <thread>

#include <fcntl.h>
#include <poll.h>
#include <unistd.h>

using namespace cnnlab::core;

namespace {

// The client's view of a server running on pipes in a thread.
class PipeServer
{
public:
    explicit PipeServer(int idleTimeoutSeconds = 30)
    {
        int toServer[2], fromServer[2];
        QVERIFY(::pipe2(toServer, O_CLOEXEC) == 0 && ::pipe2(fromServer, O_CLOEXEC) == 0);
        m_write = toServer[1];
        m_read = fromServer[0];
        ServeOptions options;
        options.version = "test";
        options.idleTimeoutSeconds = idleTimeoutSeconds;
        const int in = toServer[0], out = fromServer[1];
        m_result = std::async(std::launch::async, [in, out, options] {
            const Error error = serve(in, out, options);
            ::close(in);
            ::close(out);
            return error;
        });
    }
    ~PipeServer()
    {
        closeInput();
        if (m_result.valid())
            m_result.wait();
        if (m_read >= 0)
            ::close(m_read);
    }

    void send(const std::string &text)
    {
        QVERIFY(::write(m_write, text.data(), text.size()) == ssize_t(text.size()));
    }
    void closeInput()
    {
        if (m_write >= 0)
            ::close(m_write);
        m_write = -1;
    }

    // The next line within `timeoutMs`; empty at end of stream or timeout.
    QByteArray line(int timeoutMs = 20000)
    {
        QElapsedTimer timer;
        timer.start();
        for (;;) {
            const qsizetype newline = m_buffer.indexOf('\n');
            if (newline >= 0) {
                const QByteArray l = m_buffer.left(newline);
                m_buffer.remove(0, newline + 1);
                return l;
            }
            if (!fill(timeoutMs - int(timer.elapsed())))
                return {};
        }
    }
    QByteArray bytes(qsizetype count, int timeoutMs = 20000)
    {
        QElapsedTimer timer;
        timer.start();
        while (m_buffer.size() < count)
            if (!fill(timeoutMs - int(timer.elapsed())))
                break;
        const QByteArray b = m_buffer.left(count);
        m_buffer.remove(0, b.size());
        return b;
    }
    // The next message; a checkpoint's frame is read with it (lastFrame()).
    QJsonObject message(int timeoutMs = 20000)
    {
        const QJsonObject m = QJsonDocument::fromJson(line(timeoutMs)).object();
        if (!m.isEmpty())
            m_seen << m.value(QLatin1String("type")).toString();
        if (m.value(QLatin1String("type")).toString() == QLatin1String("checkpoint"))
            m_frame = bytes(m.value(QLatin1String("bytes")).toInteger(), timeoutMs);
        return m;
    }
    [[nodiscard]] const QByteArray &lastFrame() const { return m_frame; }
    // Every message type received so far, in order.
    [[nodiscard]] const QStringList &seen() const { return m_seen; }
    // The next message of `type`, skipping others; empty object if none came.
    QJsonObject until(const QString &type, int timeoutMs = 60000)
    {
        for (QJsonObject m = message(timeoutMs); !m.isEmpty(); m = message(timeoutMs))
            if (m.value(QLatin1String("type")).toString() == type)
                return m;
        return {};
    }
    // serve()'s result, waiting at most `timeoutMs`.
    std::optional<Error> result(int timeoutMs = 20000)
    {
        if (m_result.wait_for(std::chrono::milliseconds(timeoutMs)) != std::future_status::ready)
            return std::nullopt;
        return m_result.get();
    }

private:
    bool fill(int timeoutMs)
    {
        pollfd p {m_read, POLLIN, 0};
        if (timeoutMs <= 0 || ::poll(&p, 1, timeoutMs) <= 0)
            return false;
        char chunk[65536];
        const ssize_t got = ::read(m_read, chunk, sizeof chunk);
        if (got <= 0)
            return false;
        m_buffer.append(chunk, got);
        return true;
    }

    int m_write = -1;
    int m_read = -1;
    QByteArray m_buffer;
    QByteArray m_frame;
    QStringList m_seen;
    std::future<Error> m_result;
};

bool haveMnist()
{
    return findDataset(DatasetKind::Mnist).hasValue();
}

std::string smallConfig(int trainLimit, int epochs)
{
    TrainingConfig c;
    c.trainLimit = trainLimit;
    c.epochs = epochs;
    c.batchSize = 64;
    c.device = "cpu";
    c.threads = 1;
    c.evaluationsPerEpoch = 1;
    c.quickEvaluationSize = 200;
    c.sampleCount = 8;
    return configToJson(c);
}

std::string startLine(const std::string &config, int protocol = serveProtocolVersion)
{
    return R"({"type":"start","protocol":)" + std::to_string(protocol) + R"(,"name":"t","config":)" + config
        + "}\n";
}

// An executable /bin/sh script that stands in for ssh.
bool writeScript(const QString &path, const QByteArray &body)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write("#!/bin/sh\n" + body + "\n");
    file.close();
    return file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

} // namespace

class TestServeProtocol : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void helloComesFirst();
    void strictErrors_data();
    void strictErrors();
    void oversizedLine();
    void inputEndsMidMessage();
    void probeLeavesCleanly();
    void idleClientIsDropped();
    void fullRunStreamsEveryEvent();
    void closedInputStopsTraining();
    void clientRefusesBrokenServers_data();
    void clientRefusesBrokenServers();
    void sshCommandLineIsBatchModeWithKeepAlives();
    void stopWhileConnectingEndsAtOnce();
};

void TestServeProtocol::initTestCase()
{
    std::signal(SIGPIPE, SIG_IGN); // as the CLI does: a closed peer is EPIPE
}

void TestServeProtocol::helloComesFirst()
{
    PipeServer server;
    const QJsonObject hello = server.message();
    QCOMPARE(hello.value(QLatin1String("type")).toString(), QStringLiteral("hello"));
    QCOMPARE(hello.value(QLatin1String("protocol")).toInt(), serveProtocolVersion);
    QCOMPARE(hello.value(QLatin1String("program")).toString(), QStringLiteral("cnnlab-train"));
    QCOMPARE(hello.value(QLatin1String("version")).toString(), QStringLiteral("test"));
    const QJsonArray devices = hello.value(QLatin1String("devices")).toArray();
    QVERIFY(!devices.isEmpty());
    QCOMPARE(devices.at(0).toObject().value(QLatin1String("id")).toString(), QStringLiteral("cpu"));
    QVERIFY(hello.value(QLatin1String("datasets")).isArray());
    QCOMPARE(hello.value(QLatin1String("datasets")).toArray().contains(QStringLiteral("mnist")), haveMnist());
}

void TestServeProtocol::strictErrors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("says");
    QTest::newRow("not JSON") << QByteArray("hello there\n") << QStringLiteral("malformed line (not JSON)");
    QTest::newRow("not an object") << QByteArray("[1,2]\n") << QStringLiteral("not a JSON object");
    QTest::newRow("no type") << QByteArray("{\"kind\":\"start\"}\n")
                             << QStringLiteral("message without a \"type\"");
    QTest::newRow("unknown type") << QByteArray("{\"type\":\"launch\"}\n")
                                  << QStringLiteral("unknown message type \"launch\"");
    QTest::newRow("version mismatch") << QByteArray(startLine(smallConfig(100, 1), 2).c_str())
                                      << QStringLiteral("protocol version mismatch: the client speaks 2");
    QTest::newRow("start without config")
        << QByteArray("{\"type\":\"start\",\"protocol\":1}\n")
        << QStringLiteral("malformed \"start\" message: start.config: missing");
    QTest::newRow("ill-typed set") << QByteArray("{\"type\":\"set\",\"learning_rate\":\"fast\"}\n")
                                   << QStringLiteral("set.learning_rate: expected number");
    QTest::newRow("set of two things")
        << QByteArray("{\"type\":\"set\",\"learning_rate\":0.1,\"batch_size\":5}\n")
        << QStringLiteral("exactly one of");
    QTest::newRow("frame over the limit") << QByteArray(
        "{\"type\":\"dataset-file\",\"dataset\":\"mnist\",\"name\":\"x\",\"bytes\":999999999999}\n")
                                          << QStringLiteral("more than the limit");
}

void TestServeProtocol::strictErrors()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, says);
    PipeServer server;
    QCOMPARE(server.message().value(QLatin1String("type")).toString(), QStringLiteral("hello"));
    server.send(input.toStdString());
    const QJsonObject error = server.until(QStringLiteral("error"));
    QCOMPARE(error.value(QLatin1String("code")).toString(), QStringLiteral("remote-protocol"));
    QVERIFY2(error.value(QLatin1String("detail")).toString().contains(says),
        qPrintable(error.value(QLatin1String("detail")).toString()));
    // The server ends the session itself: no hang waiting for more input.
    const std::optional<Error> result = server.result();
    QVERIFY(result.has_value());
    QCOMPARE(result->code, ErrorCode::RemoteProtocol);
}

void TestServeProtocol::oversizedLine()
{
    PipeServer server;
    server.message();
    server.send(std::string(maxClientLineBytes + 100, 'a'));
    const QJsonObject error = server.until(QStringLiteral("error"));
    QVERIFY2(error.value(QLatin1String("detail"))
                 .toString()
                 .contains(QStringLiteral("line longer than 1048576 bytes")),
        qPrintable(error.value(QLatin1String("detail")).toString()));
    const std::optional<Error> result = server.result();
    QVERIFY(result.has_value());
    QCOMPARE(result->code, ErrorCode::RemoteProtocol);
}

void TestServeProtocol::inputEndsMidMessage()
{
    PipeServer server;
    server.message();
    server.send("{\"type\":\"pi");
    server.closeInput();
    const std::optional<Error> result = server.result();
    QVERIFY(result.has_value());
    QCOMPARE(result->code, ErrorCode::RemoteProtocol);
    QVERIFY(result->detail.find("middle of a message") != std::string::npos);
}

void TestServeProtocol::probeLeavesCleanly()
{
    PipeServer server;
    QCOMPARE(server.message().value(QLatin1String("type")).toString(), QStringLiteral("hello"));
    server.closeInput();
    const std::optional<Error> result = server.result();
    QVERIFY(result.has_value());
    QVERIFY2(!result->isError(), describe(*result).c_str());
}

void TestServeProtocol::idleClientIsDropped()
{
    PipeServer server(1);
    server.message();
    QElapsedTimer timer;
    timer.start();
    const std::optional<Error> result = server.result(10000);
    QVERIFY(result.has_value());
    QCOMPARE(result->code, ErrorCode::ConnectionLost);
    QVERIFY(result->detail.find("no message from the client") != std::string::npos);
}

void TestServeProtocol::fullRunStreamsEveryEvent()
{
    if (!haveMnist())
        QFAIL("needs the real MNIST (scripts/fetch-mnist; scripts/test installs it)");
    PipeServer server;
    server.message();
    server.send(startLine(smallConfig(512, 1)));
    const QJsonObject started = server.until(QStringLiteral("started"));
    QCOMPARE(started.value(QLatin1String("train_size")).toInt(), 512);
    QCOMPARE(started.value(QLatin1String("samples")).toArray().size(), 8);
    // Pause and resume are confirmed as the engine applies them.
    server.send("{\"type\":\"pause\"}\n");
    QCOMPARE(server.until(QStringLiteral("paused")).value(QLatin1String("paused")).toBool(), true);
    server.send("{\"type\":\"resume\"}\n");
    QCOMPARE(server.until(QStringLiteral("paused")).value(QLatin1String("paused")).toBool(), false);
    // A mid-run change comes back as the engine applies it.
    server.send("{\"type\":\"set\",\"learning_rate\":0.005}\n");
    QJsonObject record, checkpoint;
    for (QJsonObject m = server.message(60000); !m.isEmpty(); m = server.message(60000)) {
        const QString type = m.value(QLatin1String("type")).toString();
        if (type == QLatin1String("record"))
            record = m.value(QLatin1String("record")).toObject();
        if (type == QLatin1String("checkpoint")) {
            checkpoint = m;
            const QByteArray &frame = server.lastFrame();
            QCOMPARE(frame.size(), m.value(QLatin1String("bytes")).toInteger());
            QCOMPARE(QString::fromStdString(Sha256::hexOf(frame.data(), frame.size())),
                m.value(QLatin1String("sha256")).toString());
        }
        if (type == QLatin1String("end"))
            break;
    }
    for (const char *type :
        {"step", "evaluation", "predictions", "details", "change", "finished", "record", "checkpoint"})
        QVERIFY2(server.seen().contains(QLatin1String(type)), type);
    const QStringList &seen = server.seen();
    QCOMPARE(seen.last(), QStringLiteral("end"));
    QVERIFY(seen.indexOf(QLatin1String("finished")) < seen.indexOf(QLatin1String("record")));
    QCOMPARE(record.value(QLatin1String("final")).toObject().value(QLatin1String("status")).toString(),
        QStringLiteral("completed"));
    QCOMPARE(record.value(QLatin1String("checkpoint")).toString(), QStringLiteral("checkpoint.pt"));
    const auto parsed = runRecordFromJson(QJsonDocument(record).toJson().toStdString());
    QVERIFY2(parsed.hasValue(), parsed.hasValue() ? "" : parsed.error().detail.c_str());
    QCOMPARE(parsed->changes.size(), std::size_t(1));
    QCOMPARE(parsed->changes.front().parameter, std::string("learning_rate"));
    const std::optional<Error> result = server.result();
    QVERIFY(result.has_value());
    QVERIFY2(!result->isError(), describe(*result).c_str());
}

void TestServeProtocol::closedInputStopsTraining()
{
    if (!haveMnist())
        QFAIL("needs the real MNIST (scripts/fetch-mnist; scripts/test installs it)");
    PipeServer server;
    server.message();
    server.send(startLine(smallConfig(20000, 5)));
    QVERIFY(!server.until(QStringLiteral("step")).isEmpty());
    QElapsedTimer timer;
    timer.start();
    server.closeInput(); // the ssh connection dropped
    // Stopped within a step (a 1-thread step at batch 64 takes well under a second here).
    const QJsonObject finished = server.until(QStringLiteral("finished"), 10000);
    QCOMPARE(finished.value(QLatin1String("result")).toObject().value(QLatin1String("status")).toString(),
        QStringLiteral("stopped"));
    // Then, as after any run, the record and the model, and the end.
    QVERIFY(!server.until(QStringLiteral("record"), 20000).isEmpty());
    QVERIFY(!server.until(QStringLiteral("end"), 20000).isEmpty());
    QVERIFY(!server.lastFrame().isEmpty());
    const std::optional<Error> result = server.result(10000);
    QVERIFY2(result.has_value(), "serve() still running 10 s after its input closed");
    QCOMPARE(result->code, ErrorCode::ConnectionLost);
    qInfo("serve() returned %lld ms after its input closed", timer.elapsed());
}

void TestServeProtocol::clientRefusesBrokenServers_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("says");
    const auto row = [](const char *name, const char *script, ErrorCode code, const char *says) {
        QTest::newRow(name) << QString::fromUtf8(script) << int(code) << QString::fromUtf8(says);
    };
#define HELLO                                                                                                \
    R"(printf '%s\n' '{"type":"hello","protocol":1,"program":"cnnlab-train","version":"x","datasets":["mnist"]}')"
    row("version mismatch",
        R"(printf '%s\n' '{"type":"hello","protocol":2,"program":"cnnlab-train","version":"9.0"}'; cat >/dev/null)",
        ErrorCode::RemoteProtocol, "protocol version mismatch: cnnlab-train 9.0 there speaks version 2");
    row("a login banner, not cnnlab", "echo 'Welcome to Ubuntu 24.04'; cat >/dev/null",
        ErrorCode::RemoteProtocol, "expected cnnlab-train's hello");
    row("command not found", "echo 'bash: line 1: cnnlab-train: command not found' >&2; exit 127",
        ErrorCode::RemoteCommandMissing, "command not found");
    row("needs a password", "echo 'teacher@gpu: Permission denied (publickey,password).' >&2; exit 255",
        ErrorCode::RemoteAuthFailed, "Permission denied");
    row("unknown host",
        "echo 'ssh: Could not resolve hostname gpu-box: Name or service not known' >&2; exit 255",
        ErrorCode::RemoteUnreachable, "Could not resolve hostname");
    row("no MNIST there",
        R"(printf '%s\n' '{"type":"hello","protocol":1,"program":"cnnlab-train","version":"x","datasets":[]}'; cat >/dev/null)",
        ErrorCode::DatasetMissing, "mnist is not installed on");
    row("unknown message mid-run",
        HELLO R"(; read start; printf '%s\n' '{"type":"telemetry"}'; cat >/dev/null)",
        ErrorCode::RemoteProtocol, "unknown message type \"telemetry\"");
    row("truncated checkpoint frame",
        HELLO
        R"(; read start; printf '%s\n' '{"type":"checkpoint","bytes":1000,"sha256":"00"}'; printf 'only ten b'; exit 0)",
        ErrorCode::ConnectionLost, "the checkpoint frame was cut off (1000 bytes announced)");
    row("checkpoint with the wrong checksum",
        HELLO
        R"(; read start; printf '%s\n' '{"type":"checkpoint","bytes":4,"sha256":"00"}'; printf 'abcd'; cat >/dev/null)",
        ErrorCode::RemoteProtocol, "SHA-256 does not match");
    row("connection drops mid-run", HELLO "; read start; exit 255", ErrorCode::ConnectionLost, "");
#undef HELLO
}

void TestServeProtocol::clientRefusesBrokenServers()
{
    QFETCH(QString, script);
    QFETCH(int, code);
    QFETCH(QString, says);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // Stands in for ssh: takes ssh's arguments, ignores them, plays the server.
    const QString path = dir.filePath(QStringLiteral("fake-ssh"));
    QVERIFY(writeScript(path, script.toUtf8()));

    RemoteTarget target;
    target.destination = "gpu-box";
    target.sshCommand = path.toStdString();
    RemoteTrainer trainer(target);
    QElapsedTimer timer;
    timer.start();
    const RunResult result = trainer.run(TrainingConfig {}, nullptr, {});
    QVERIFY2(timer.elapsed() < 20000, "the client hung on a broken server");
    QCOMPARE(result.status, RunStatus::Failed);
    QVERIFY2(int(result.error.code) == code, describe(result.error).c_str());
    QVERIFY2(
        result.error.detail.find(says.toStdString()) != std::string::npos, describe(result.error).c_str());
    QCOMPARE(result.error.path, std::string("gpu-box"));
    QVERIFY(!trainer.isRunning());
    QVERIFY(!trainer.hasModel());
}

void TestServeProtocol::sshCommandLineIsBatchModeWithKeepAlives()
{
    RemoteTarget target;
    target.destination = "lab-gpu";
    target.sshCommand = "ssh -F /tmp/my config";
    target.remoteCommand = "/opt/cnnlab 1.0/bin/cnnlab-train";
    const std::vector<std::string> argv = sshCommandLine(target);
    const std::vector<std::string> expected {"ssh", "-F", "/tmp/my", "config", "-o", "BatchMode=yes", "-o",
        "ConnectTimeout=15", "-o", "ServerAliveInterval=5", "-o", "ServerAliveCountMax=3", "--", "lab-gpu",
        "'/opt/cnnlab 1.0/bin/cnnlab-train' --serve"};
    QCOMPARE(argv, expected);
}

void TestServeProtocol::stopWhileConnectingEndsAtOnce()
{
    // A machine slow to answer (a long login, a stalled network): Stop must
    // not wait for its hello.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("slow-ssh"));
    QVERIFY(writeScript(path, "exec sleep 30"));
    RemoteTarget target;
    target.destination = "slow-box";
    target.sshCommand = path.toStdString();
    RemoteTrainer trainer(target);
    std::stop_source stop;
    QElapsedTimer timer;
    timer.start();
    auto run = std::async(
        std::launch::async, [&] { return trainer.run(TrainingConfig {}, nullptr, stop.get_token()); });
    QTest::qWait(300);
    stop.request_stop();
    QVERIFY2(run.wait_for(std::chrono::seconds(10)) == std::future_status::ready,
        "still connecting 10 s after Stop");
    QCOMPARE(run.get().status, RunStatus::Stopped);
    QVERIFY2(timer.elapsed() < 10000, "Stop waited for the connection");
}

QTEST_GUILESS_MAIN(TestServeProtocol)
#include "tst_serveprotocol.moc"
