// cnnlab-train as a person or a script uses it: exit codes, messages, outputs.
// The training runs need the real MNIST (scripts/fetch-mnist or $CNNLAB_DATA_DIR)
// and are skipped without it.
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#ifndef CNNLAB_TRAIN_EXE
#error "CNNLAB_TRAIN_EXE must name the cnnlab-train binary"
#endif

namespace {

struct Result {
    bool started = false;
    bool finished = false;
    QProcess::ExitStatus status = QProcess::CrashExit;
    int exitCode = -1;
    QString out;
    QString err;
};

Result runCli(const QStringList &arguments,
    const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(), int timeoutMs = 120000)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(CNNLAB_TRAIN_EXE), arguments);
    Result result;
    result.started = process.waitForStarted(10000);
    result.finished = result.started && process.waitForFinished(timeoutMs);
    if (!result.finished)
        process.kill();
    result.status = process.exitStatus();
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("%s: %s", qPrintable(path), qPrintable(error.errorString()));
    return document.object();
}

QStringList lines(const QString &text)
{
    return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QString describe(const Result &r)
{
    return QStringLiteral("exit %1 (%2)\nstdout: %3\nstderr: %4")
        .arg(r.exitCode)
        .arg(r.status == QProcess::NormalExit ? QStringLiteral("normal") : QStringLiteral("crash"), r.out,
            r.err);
}

bool isDatasetMissing(const Result &r)
{
    return r.finished && r.exitCode == 3 && r.err.contains(QStringLiteral("dataset-missing"));
}

QLatin1String key(const char *name)
{
    return QLatin1String(name);
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void help();
    void badUsage_data();
    void badUsage();
    void missingDataset();
    void baseline();
    void lessonKnobs();
    void resumeQuietWithoutCheckpoint();
    void terminateStopsCleanly();
    void runStoreWithoutOut();
    void seedLabPlan();
    void lessonPlan();

private:
    QTemporaryDir m_dir;
    QString m_checkpoint; // from baseline(), resumed by resumeQuietWithoutCheckpoint()
};

void TestCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFileInfo(QStringLiteral(CNNLAB_TRAIN_EXE)).isExecutable(), CNNLAB_TRAIN_EXE);
}

void TestCli::help()
{
    const Result r = runCli({QStringLiteral("--help")});
    QVERIFY2(r.finished && r.status == QProcess::NormalExit, qPrintable(describe(r)));
    QCOMPARE(r.exitCode, 0);
    const char *flags[] = {"--dataset", "--data-dir", "--epochs", "--batch-size", "--lr", "--optimizer",
        "--momentum", "--dropout", "--conv-dropout", "--dense-dropout", "--seed", "--device", "--threads",
        "--train-limit", "--validation", "--holdout-size", "--evals-per-epoch", "--out", "--name", "--preset",
        "--resume", "--no-checkpoint", "--quiet", "--version", "--list-devices"};
    for (const char *flag : flags)
        QVERIFY2(r.out.contains(QLatin1String(flag) + QLatin1Char(' ')), flag);
    // Defaults and exit codes are documented too.
    // CLI11 2.2 prints "N=32", CLI11 2.4 (Debian 13) "N [32]".
    QVERIFY2(QRegularExpression(QStringLiteral("--batch-size N(=32| \\[32\\])")).match(r.out).hasMatch(),
        qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("seed-lab-baseline")));
    QVERIFY(r.out.contains(QStringLiteral("130")));
    // The lab plan is a preset too, with its seed count.
    QVERIFY(r.out.contains(QStringLiteral("seed-lab,")) || r.out.contains(QStringLiteral("seed-lab}")));
    QVERIFY2(QRegularExpression(QStringLiteral("--seeds N[^\\n]*(=3 |\\[3\\])")).match(r.out).hasMatch(),
        qPrintable(r.out));
}

void TestCli::badUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("batch size not a number") << QStringList {QStringLiteral("--batch-size"),
        QStringLiteral("abc")} << QStringLiteral("--batch-size");
    QTest::newRow("unknown optimizer")
        << QStringList {QStringLiteral("--optimizer"), QStringLiteral("lbfgs")} << QStringLiteral("lbfgs");
    QTest::newRow("negative learning rate")
        << QStringList {QStringLiteral("--lr"), QStringLiteral("-1")} << QStringLiteral("learning_rate");
    QTest::newRow("unknown flag") << QStringList {QStringLiteral("--frobnicate")}
                                  << QStringLiteral("--frobnicate");
    QTest::newRow("missing value") << QStringList {QStringLiteral("--epochs")} << QStringLiteral("--epochs");
    QTest::newRow("zero epochs") << QStringList {QStringLiteral("--epochs"), QStringLiteral("0")}
                                 << QStringLiteral("epochs");
    QTest::newRow("bad device") << QStringList {QStringLiteral("--device"), QStringLiteral("gpu")}
                                << QStringLiteral("device");
    QTest::newRow("unknown preset") << QStringList {QStringLiteral("--preset"), QStringLiteral("nope")}
                                    << QStringLiteral("nope");
    QTest::newRow("unknown lesson") << QStringList {QStringLiteral("--preset"), QStringLiteral("lesson-nope"),
        QStringLiteral("--seeds"), QStringLiteral("1")}
                                    << QStringLiteral("lesson-nope not in");
    QTest::newRow("seeds without the plan")
        << QStringList {QStringLiteral("--seeds"), QStringLiteral("2")} << QStringLiteral("--seeds");
    QTest::newRow("zero seeds") << QStringList {QStringLiteral("--preset"), QStringLiteral("seed-lab"),
        QStringLiteral("--seeds"), QStringLiteral("0")}
                                << QStringLiteral("--seeds");
    QTest::newRow("plan with a bad value") << QStringList {QStringLiteral("--preset"),
        QStringLiteral("seed-lab"), QStringLiteral("--epochs"), QStringLiteral("0")}
                                           << QStringLiteral("epochs");
    // The lesson knobs: out of range names the flag (and the range).
    QTest::newRow("weight decay above 1") << QStringList {QStringLiteral("--weight-decay"),
        QStringLiteral("2")} << QStringLiteral("--weight-decay must be in [0, 1]");
    QTest::newRow("kernel 4") << QStringList {QStringLiteral("--kernel"), QStringLiteral("4")}
                              << QStringLiteral("--kernel must be 3 or 5");
    QTest::newRow("five conv blocks") << QStringList {QStringLiteral("--conv-blocks"), QStringLiteral("5")}
                                      << QStringLiteral("--conv-blocks must be in 1..3");
    QTest::newRow("rotation of 45 degrees") << QStringList {QStringLiteral("--augment-rotate"),
        QStringLiteral("45")} << QStringLiteral("--augment-rotate must be in [0, 20]");
    QTest::newRow("label smoothing 0.9") << QStringList {QStringLiteral("--label-smoothing"),
        QStringLiteral("0.9")} << QStringLiteral("--label-smoothing");
    QTest::newRow("negative patience") << QStringList {QStringLiteral("--early-stop"), QStringLiteral("-1")}
                                       << QStringLiteral("--early-stop");
    QTest::newRow("nesterov without momentum") << QStringList {QStringLiteral("--optimizer"),
        QStringLiteral("sgd"), QStringLiteral("--momentum"), QStringLiteral("0"),
        QStringLiteral("--nesterov")} << QStringLiteral("--nesterov needs a momentum above 0");
    QTest::newRow("unknown activation")
        << QStringList {QStringLiteral("--activation"), QStringLiteral("swish")} << QStringLiteral("swish");
    QTest::newRow("unknown schedule")
        << QStringList {QStringLiteral("--schedule"), QStringLiteral("cyclic")} << QStringLiteral("cyclic");
    QTest::newRow("batch norm neither on nor off") << QStringList {QStringLiteral("--batch-norm"),
        QStringLiteral("yes")} << QStringLiteral("--batch-norm");
    QTest::newRow("dropout neither on nor off")
        << QStringList {QStringLiteral("--dropout"), QStringLiteral("yes")} << QStringLiteral("--dropout");
}

void TestCli::badUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    const QString out = m_dir.filePath(QStringLiteral("bad-usage"));
    const Result r = runCli(arguments + QStringList {QStringLiteral("--out"), out});
    QVERIFY2(r.finished && r.status == QProcess::NormalExit, qPrintable(describe(r)));
    QCOMPARE(r.exitCode, 2);
    // One line saying what is wrong, one pointing at --help; no trace, no usage dump.
    const QStringList err = lines(r.err);
    QCOMPARE(err.size(), 2);
    QVERIFY2(err.at(0).startsWith(QStringLiteral("cnnlab-train: ")), qPrintable(r.err));
    QVERIFY2(err.at(0).contains(mentions), qPrintable(r.err));
    QCOMPARE(err.at(1), QStringLiteral("Run with --help for usage."));
    QVERIFY(r.out.isEmpty());
    QVERIFY2(!QFileInfo::exists(out), "bad usage must not create the output directory");
}

void TestCli::missingDataset()
{
    if (QFileInfo::exists(QStringLiteral("/usr/share/datasets/mnist")))
        QSKIP("Debian's MNIST is installed in /usr/share/datasets, which is always searched");
    QTemporaryDir empty;
    QVERIFY(empty.isValid());
    // Every place the dataset is looked for points at an empty directory.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *variable : {"CNNLAB_DATA_DIR", "XDG_DATA_HOME", "XDG_DATA_DIRS", "HOME"})
        environment.insert(QLatin1String(variable), empty.path());
    const QString out = m_dir.filePath(QStringLiteral("missing"));
    const Result r
        = runCli({QStringLiteral("--data-dir"), QStringLiteral("/nonexistent"), QStringLiteral("--out"), out},
            environment);
    QVERIFY2(r.finished && r.status == QProcess::NormalExit, qPrintable(describe(r)));
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.startsWith(QStringLiteral("cnnlab-train: dataset-missing")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("/nonexistent")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("scripts/fetch-mnist")), qPrintable(r.err)); // the install hint

    // The failure is on record too.
    const QJsonObject record = readJson(out + QStringLiteral("/run.json"));
    const QJsonObject final = record.value(key("final")).toObject();
    QCOMPARE(final.value(key("status")).toString(), QStringLiteral("failed"));
    QCOMPARE(final.value(key("error")).toObject().value(key("name")).toString(),
        QStringLiteral("dataset-missing"));
    QVERIFY(!QFileInfo::exists(out + QStringLiteral("/checkpoint.pt")));
}

void TestCli::baseline()
{
    const QString out = m_dir.filePath(QStringLiteral("baseline/nested")); // parents are created
    const Result r
        = runCli({QStringLiteral("--preset"), QStringLiteral("seed-lab-baseline"), QStringLiteral("--epochs"),
            QStringLiteral("1"), QStringLiteral("--train-limit"), QStringLiteral("2000"),
            QStringLiteral("--batch-size"), QStringLiteral("64"), QStringLiteral("--out"), out});
    if (isDatasetMissing(r))
        QSKIP("MNIST is not installed: run scripts/fetch-mnist (or set CNNLAB_DATA_DIR)");
    QVERIFY2(r.finished && r.status == QProcess::NormalExit, qPrintable(describe(r)));
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));

    // stdout is the record's path and nothing else; progress went to stderr, as plain lines.
    const QString recordPath = out + QStringLiteral("/run.json");
    QCOMPARE(r.out.trimmed(), recordPath);
    QVERIFY2(r.err.startsWith(QStringLiteral("training on ")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("epoch 1.00  step ")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("completed 1 epoch")), qPrintable(r.err));
    QVERIFY(!r.err.contains(QLatin1Char('\r')));

    const QJsonObject record = readJson(recordPath);
    for (const char *name : {"version", "config", "history", "final", "device", "versions", "train_curve",
             "samples", "predictions"})
        QVERIFY2(record.contains(key(name)), name);
    QCOMPARE(record.value(key("version")).toInt(), 2);
    QVERIFY(!record.value(key("device")).toString().isEmpty());
    QCOMPARE(record.value(key("name")).toString(), QStringLiteral("seed-lab-baseline"));
    QCOMPARE(record.value(key("group")).toString(), QStringLiteral("seed-lab-baseline"));
    QCOMPARE(record.value(key("checkpoint")).toString(), QStringLiteral("checkpoint.pt"));
    QVERIFY(record.value(key("versions")).toObject().contains(key("libtorch")));
    QCOMPARE(record.value(key("train_size")).toInt(), 2000);

    // The preset, with the flags given on top of it.
    const QJsonObject config = record.value(key("config")).toObject();
    QCOMPARE(config.value(key("dropout")).toBool(true), false);
    QCOMPARE(config.value(key("batch_size")).toInt(), 64);
    QCOMPARE(config.value(key("epochs")).toInt(), 1);
    QCOMPARE(config.value(key("train_limit")).toInt(), 2000);
    QCOMPARE(config.value(key("learning_rate")).toDouble(), 0.001);

    const QJsonObject final = record.value(key("final")).toObject();
    QCOMPARE(final.value(key("status")).toString(), QStringLiteral("completed"));
    QVERIFY(final.value(key("error")).isNull());
    QCOMPARE(final.value(key("epochs_completed")).toInt(), 1);
    const double accuracy = final.value(key("val_accuracy")).toDouble();
    QVERIFY2(accuracy > 0.8, qPrintable(QString::number(accuracy)));

    const QJsonArray history = record.value(key("history")).toArray();
    QVERIFY(!history.isEmpty());
    QVERIFY(history.last().toObject().value(key("full_validation")).toBool());
    QVERIFY(!record.value(key("train_curve")).toArray().isEmpty());

    QFile csv(out + QStringLiteral("/metrics.csv"));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QStringList rows = lines(QString::fromUtf8(csv.readAll()));
    QVERIFY(rows.size() >= 2);
    QCOMPARE(rows.first(),
        QStringLiteral("epoch,step,samples_seen,seconds,full_validation,train_loss,"
                       "train_accuracy,val_loss,val_accuracy"));
    QCOMPARE(rows.size(), history.size() + 1);

    m_checkpoint = out + QStringLiteral("/checkpoint.pt");
    QVERIFY(QFileInfo(m_checkpoint).size() > 0);
    // Only the three outputs: no temporary files left behind.
    QCOMPARE(QDir(out).entryList(QDir::Files | QDir::Hidden, QDir::Name),
        (QStringList {
            QStringLiteral("checkpoint.pt"), QStringLiteral("metrics.csv"), QStringLiteral("run.json")}));
}

// Every lesson flag reaches run.json's config, and such a network trains.
void TestCli::lessonKnobs()
{
    const QString out = m_dir.filePath(QStringLiteral("knobs"));
    const Result r = runCli({QStringLiteral("--epochs"), QStringLiteral("2"), QStringLiteral("--train-limit"),
        QStringLiteral("1000"), QStringLiteral("--batch-size"), QStringLiteral("50"),
        QStringLiteral("--evals-per-epoch"), QStringLiteral("1"), QStringLiteral("--no-checkpoint"),
        QStringLiteral("--quiet"), QStringLiteral("--conv-blocks"), QStringLiteral("1"),
        QStringLiteral("--filters"), QStringLiteral("16"), QStringLiteral("--kernel"), QStringLiteral("5"),
        QStringLiteral("--dense-units"), QStringLiteral("64"), QStringLiteral("--activation"),
        QStringLiteral("tanh"), QStringLiteral("--batch-norm"), QStringLiteral("on"),
        QStringLiteral("--optimizer"), QStringLiteral("sgd"), QStringLiteral("--lr"), QStringLiteral("0.05"),
        QStringLiteral("--momentum"), QStringLiteral("0.8"), QStringLiteral("--nesterov"),
        QStringLiteral("--weight-decay"), QStringLiteral("0.0001"), QStringLiteral("--l1"),
        QStringLiteral("0.00001"), QStringLiteral("--label-smoothing"), QStringLiteral("0.1"),
        QStringLiteral("--augment-shift"), QStringLiteral("2"), QStringLiteral("--augment-rotate"),
        QStringLiteral("10"), QStringLiteral("--early-stop"), QStringLiteral("3"),
        QStringLiteral("--schedule"), QStringLiteral("onecycle"), QStringLiteral("--warmup-fraction"),
        QStringLiteral("0.25"), QStringLiteral("--out"), out});
    if (isDatasetMissing(r))
        QSKIP("MNIST is not installed: run scripts/fetch-mnist (or set CNNLAB_DATA_DIR)");
    QVERIFY2(r.finished && r.status == QProcess::NormalExit, qPrintable(describe(r)));
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    const QJsonObject record = readJson(out + QStringLiteral("/run.json"));
    const QJsonObject config = record.value(key("config")).toObject();
    QCOMPARE(config.value(key("conv_blocks")).toInt(), 1);
    QCOMPARE(config.value(key("filters")).toInt(), 16);
    QCOMPARE(config.value(key("kernel_size")).toInt(), 5);
    QCOMPARE(config.value(key("dense_units")).toInt(), 64);
    QCOMPARE(config.value(key("activation")).toString(), QStringLiteral("tanh"));
    QCOMPARE(config.value(key("batch_norm")).toBool(), true);
    QCOMPARE(config.value(key("optimizer")).toString(), QStringLiteral("sgd"));
    QCOMPARE(config.value(key("momentum")).toDouble(), 0.8);
    QCOMPARE(config.value(key("nesterov")).toBool(), true);
    QCOMPARE(config.value(key("weight_decay")).toDouble(), 0.0001);
    QCOMPARE(config.value(key("l1")).toDouble(), 0.00001);
    QCOMPARE(config.value(key("label_smoothing")).toDouble(), 0.1);
    QCOMPARE(config.value(key("augment_shift")).toInt(), 2);
    QCOMPARE(config.value(key("augment_rotate")).toDouble(), 10.0);
    QCOMPARE(config.value(key("early_stop_patience")).toInt(), 3);
    QCOMPARE(config.value(key("lr_schedule")).toString(), QStringLiteral("onecycle"));
    QCOMPARE(config.value(key("warmup_fraction")).toDouble(), 0.25);
    const QJsonObject final = record.value(key("final")).toObject();
    QCOMPARE(final.value(key("status")).toString(), QStringLiteral("completed"));
    const double accuracy = final.value(key("val_accuracy")).toDouble();
    QVERIFY2(accuracy > 0.5, qPrintable(QString::number(accuracy)));
}

void TestCli::resumeQuietWithoutCheckpoint()
{
    if (m_checkpoint.isEmpty())
        QSKIP("needs the checkpoint of baseline()");
    const QString out = m_dir.filePath(QStringLiteral("resumed"));
    const Result r
        = runCli({QStringLiteral("--resume"), m_checkpoint, QStringLiteral("--epochs"), QStringLiteral("2"),
            QStringLiteral("--train-limit"), QStringLiteral("500"), QStringLiteral("--evals-per-epoch"),
            QStringLiteral("1"), QStringLiteral("--quiet"), QStringLiteral("--no-checkpoint"),
            QStringLiteral("--name"), QStringLiteral("second epoch"), QStringLiteral("--out"), out});
    QVERIFY2(r.finished && r.status == QProcess::NormalExit, qPrintable(describe(r)));
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err)); // --quiet
    QCOMPARE(r.out.trimmed(), out + QStringLiteral("/run.json"));
    QVERIFY(!QFileInfo::exists(out + QStringLiteral("/checkpoint.pt")));

    const QJsonObject record = readJson(out + QStringLiteral("/run.json"));
    QCOMPARE(record.value(key("name")).toString(), QStringLiteral("second epoch"));
    const QJsonObject config = record.value(key("config")).toObject();
    QCOMPARE(config.value(key("resume_from")).toString(), m_checkpoint);
    QCOMPARE(config.value(key("dropout")).toBool(true), false); // kept from the checkpoint
    QCOMPARE(config.value(key("batch_size")).toInt(), 64); // kept from the checkpoint
    QCOMPARE(config.value(key("epochs")).toInt(), 2); // given
    QCOMPARE(config.value(key("train_limit")).toInt(), 500); // given
    QCOMPARE(
        record.value(key("final")).toObject().value(key("status")).toString(), QStringLiteral("completed"));
    QCOMPARE(record.value(key("final")).toObject().value(key("epochs_completed")).toInt(), 2);
}

void TestCli::terminateStopsCleanly()
{
    const QString out = m_dir.filePath(QStringLiteral("terminated"));
    QProcess process;
    process.start(QStringLiteral(CNNLAB_TRAIN_EXE),
        {QStringLiteral("--epochs"), QStringLiteral("50"), QStringLiteral("--train-limit"),
            QStringLiteral("4000"), QStringLiteral("--evals-per-epoch"), QStringLiteral("8"),
            QStringLiteral("--no-checkpoint"), QStringLiteral("--out"), out});
    QVERIFY(process.waitForStarted(10000));
    // Wait for the first evaluation line: training is under way.
    QString err;
    QElapsedTimer timer;
    timer.start();
    while (!err.contains(QStringLiteral("epoch 0.")) && process.state() == QProcess::Running
        && timer.elapsed() < 60000) {
        process.waitForReadyRead(500);
        err += QString::fromUtf8(process.readAllStandardError());
    }
    if (process.state() != QProcess::Running) {
        process.waitForFinished();
        err += QString::fromUtf8(process.readAllStandardError());
        if (process.exitCode() == 3 && err.contains(QStringLiteral("dataset-missing")))
            QSKIP("MNIST is not installed: run scripts/fetch-mnist (or set CNNLAB_DATA_DIR)");
        QFAIL(qPrintable(QStringLiteral("ended before it could be stopped: ") + err));
    }
    QVERIFY2(err.contains(QStringLiteral("epoch 0.")), qPrintable(err));

    process.terminate(); // SIGTERM, handled like Ctrl+C
    QVERIFY(process.waitForFinished(30000));
    err += QString::fromUtf8(process.readAllStandardError());
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 130);
    QVERIFY2(err.contains(QStringLiteral("stopped at epoch")), qPrintable(err));

    const QJsonObject record = readJson(out + QStringLiteral("/run.json"));
    QCOMPARE(
        record.value(key("final")).toObject().value(key("status")).toString(), QStringLiteral("stopped"));
    QVERIFY(!record.value(key("history")).toArray().isEmpty());
}

void TestCli::runStoreWithoutOut()
{
    // The dataset stays where it is; the run store moves to a temporary XDG data home.
    QString mnist = qEnvironmentVariable("CNNLAB_DATA_DIR");
    if (mnist.isEmpty()) {
        const QString home
            = qEnvironmentVariable("XDG_DATA_HOME", QDir::homePath() + QStringLiteral("/.local/share"));
        mnist = home + QStringLiteral("/cnnlab/datasets/mnist");
    }
    if (!QFileInfo(mnist).isDir())
        QSKIP("MNIST is not installed: run scripts/fetch-mnist (or set CNNLAB_DATA_DIR)");
    QTemporaryDir dataHome;
    QVERIFY(dataHome.isValid());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_DATA_HOME"), dataHome.path());
    environment.insert(QStringLiteral("CNNLAB_DATA_DIR"), mnist);
    const Result r
        = runCli({QStringLiteral("--preset"), QStringLiteral("seed-lab-dropout"), QStringLiteral("--epochs"),
                     QStringLiteral("1"), QStringLiteral("--train-limit"), QStringLiteral("500"),
                     QStringLiteral("--evals-per-epoch"), QStringLiteral("1"), QStringLiteral("--validation"),
                     QStringLiteral("holdout"), QStringLiteral("--holdout-size"), QStringLiteral("500"),
                     QStringLiteral("--quiet")},
            environment);
    QVERIFY2(r.finished && r.status == QProcess::NormalExit, qPrintable(describe(r)));
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));

    // <XDG_DATA_HOME>/cnnlab/runs/<yyyymmdd-hhmmss>-seed-lab-dropout/run.json, as the GUI's store lists it.
    const QString store = dataHome.path() + QStringLiteral("/cnnlab/runs/");
    const QString recordPath = r.out.trimmed();
    QVERIFY2(recordPath.startsWith(store), qPrintable(recordPath));
    QVERIFY2(QRegularExpression(QStringLiteral("/\\d{8}-\\d{6}-seed-lab-dropout/run\\.json$"))
                 .match(recordPath)
                 .hasMatch(),
        qPrintable(recordPath));
    const QJsonObject record = readJson(recordPath);
    QCOMPARE(record.value(key("group")).toString(), QStringLiteral("seed-lab-dropout"));
    QCOMPARE(record.value(key("name")).toString(), QStringLiteral("seed-lab-dropout"));
    QVERIFY(QFileInfo::exists(QFileInfo(recordPath).path() + QStringLiteral("/metrics.csv")));
    QVERIFY(QFileInfo::exists(QFileInfo(recordPath).path() + QStringLiteral("/checkpoint.pt")));
}

void TestCli::seedLabPlan()
{
    const QString out = m_dir.filePath(QStringLiteral("lab"));
    const Result r = runCli(
        {QStringLiteral("--preset"), QStringLiteral("seed-lab"), QStringLiteral("--seeds"),
            QStringLiteral("2"), QStringLiteral("--epochs"), QStringLiteral("1"),
            QStringLiteral("--train-limit"), QStringLiteral("500"), QStringLiteral("--evals-per-epoch"),
            QStringLiteral("1"), QStringLiteral("--validation"), QStringLiteral("holdout"),
            QStringLiteral("--holdout-size"), QStringLiteral("1000"), QStringLiteral("--out"), out},
        QProcessEnvironment::systemEnvironment(), 240000);
    if (isDatasetMissing(r))
        QSKIP("MNIST is not installed: run scripts/fetch-mnist (or set CNNLAB_DATA_DIR)");
    QVERIFY2(r.finished && r.status == QProcess::NormalExit, qPrintable(describe(r)));
    // Every run completed, or lr 0.01 diverged as the lab says it may: both are success.
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QVERIFY2(r.err.contains(QStringLiteral("[8/8] lab-lr0.01-seed43")), qPrintable(r.err));

    // stdout: the verdict table, a header and one row per claim.
    const QStringList table = lines(r.out);
    QCOMPARE(table.size(), 5);
    QVERIFY2(table[0].startsWith(QStringLiteral("claim")), qPrintable(r.out));
    const char *claims[] = {
        "overfits-without-dropout", "dropout-helps", "batch1000-underperforms", "lr0.01-fails-to-converge"};
    const QRegularExpression verdict(QStringLiteral("  (reproduced|not reproduced|within noise)  "));
    for (int i = 0; i < 4; ++i) {
        QVERIFY2(table[i + 1].startsWith(QLatin1String(claims[i])), qPrintable(r.out));
        QVERIFY2(verdict.match(table[i + 1]).hasMatch(), qPrintable(table[i + 1])); // none missing
    }

    // One folder per run: record, metrics, and the checkpoint of every run that did not diverge.
    const QStringList groups {QStringLiteral("lab-baseline"), QStringLiteral("lab-dropout"),
        QStringLiteral("lab-batch1000"), QStringLiteral("lab-lr0.01")};
    int runs = 0;
    for (const QString &group : groups) {
        for (int seed = 1; seed <= 2; ++seed) {
            const QString name = group + QStringLiteral("-seed%1").arg(41 + seed);
            const QJsonObject record = readJson(out + QLatin1Char('/') + name + QStringLiteral("/run.json"));
            QCOMPARE(record.value(key("name")).toString(), name);
            QCOMPARE(record.value(key("group")).toString(), group);
            const QJsonObject config = record.value(key("config")).toObject();
            QCOMPARE(config.value(key("epochs")).toInt(), 1); // the flags override the presets
            QCOMPARE(config.value(key("train_limit")).toInt(), 500);
            QCOMPARE(config.value(key("seed")).toInteger(), qint64(41 + seed));
            QCOMPARE(config.value(key("batch_size")).toInt(),
                group == QStringLiteral("lab-batch1000") ? 1000 : 32);
            QCOMPARE(config.value(key("dropout")).toBool(), group == QStringLiteral("lab-dropout"));
            const QString status = record.value(key("final")).toObject().value(key("status")).toString();
            QVERIFY2(status == QStringLiteral("completed")
                    || (status == QStringLiteral("diverged") && group == QStringLiteral("lab-lr0.01")),
                qPrintable(name + QStringLiteral(": ") + status));
            QVERIFY(QFileInfo::exists(out + QLatin1Char('/') + name + QStringLiteral("/metrics.csv")));
            if (status == QStringLiteral("completed"))
                QVERIFY(QFileInfo::exists(out + QLatin1Char('/') + name + QStringLiteral("/checkpoint.pt")));
            ++runs;
        }
    }
    QCOMPARE(runs, 8);

    QFile csv(out + QStringLiteral("/comparison.csv"));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QStringList rows = lines(QString::fromUtf8(csv.readAll()));
    QVERIFY(rows.first().startsWith(QStringLiteral("kind,name,group,")));
    QCOMPARE(rows.filter(QRegularExpression(QStringLiteral("^run,"))).size(), 8);
    QCOMPARE(rows.filter(QRegularExpression(QStringLiteral("^group,"))).size(), 4);
    QVERIFY(rows.filter(QRegularExpression(QStringLiteral("^group,lab-dropout,lab-dropout,2,"))).size() == 1);

    QFile md(out + QStringLiteral("/comparison.md"));
    QVERIFY(md.open(QIODevice::ReadOnly));
    const QString markdown = QString::fromUtf8(md.readAll());
    const QStringList mdLines = lines(markdown);
    QVERIFY(markdown.contains(QStringLiteral("## The lab's claims")));
    const QStringList claimRows = mdLines.mid(mdLines.indexOf(QStringLiteral("## The lab's claims")) + 3);
    QCOMPARE(claimRows.size(), 4);
    for (int i = 0; i < 4; ++i)
        QVERIFY2(
            claimRows[i].startsWith(QStringLiteral("| ") + QLatin1String(claims[i]) + QStringLiteral(" |")),
            qPrintable(claimRows[i]));
    QCOMPARE(mdLines.filter(QRegularExpression(QStringLiteral("^\\| lab-[a-z0-9.]+-seed4[23] "))).size(), 8);
}

void TestCli::lessonPlan()
{
    const QString out = m_dir.filePath(QStringLiteral("lesson"));
    const Result r = runCli(
        {QStringLiteral("--preset"), QStringLiteral("lesson-regularization"), QStringLiteral("--seeds"),
            QStringLiteral("1"), QStringLiteral("--epochs"), QStringLiteral("1"),
            QStringLiteral("--train-limit"), QStringLiteral("300"), QStringLiteral("--evals-per-epoch"),
            QStringLiteral("1"), QStringLiteral("--validation"), QStringLiteral("holdout"),
            QStringLiteral("--holdout-size"), QStringLiteral("500"), QStringLiteral("--out"), out},
        QProcessEnvironment::systemEnvironment(), 240000);
    if (isDatasetMissing(r))
        QSKIP("MNIST is not installed: run scripts/fetch-mnist (or set CNNLAB_DATA_DIR)");
    QVERIFY2(r.finished && r.status == QProcess::NormalExit, qPrintable(describe(r)));
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QVERIFY2(r.err.contains(QStringLiteral("[5/5] reg-batchnorm-seed42")), qPrintable(r.err));

    // stdout ends with the verdicts: a header and one row per claim, none missing.
    const QStringList table = lines(r.out);
    QCOMPARE(table.size(), 6);
    QVERIFY2(table[0].startsWith(QStringLiteral("claim")), qPrintable(r.out));
    const char *claims[]
        = {"dropout-helps", "l2-helps", "augmentation-helps", "batchnorm-helps", "dropout-narrows-gap"};
    for (int i = 0; i < 5; ++i) {
        QVERIFY2(table[i + 1].startsWith(QLatin1String(claims[i])), qPrintable(r.out));
        QVERIFY2(
            table[i + 1].contains(QStringLiteral("1 seed - noise not measured")), qPrintable(table[i + 1]));
    }

    const QJsonObject record = readJson(out + QStringLiteral("/reg-l2-seed42/run.json"));
    QCOMPARE(record.value(key("group")).toString(), QStringLiteral("reg-l2"));
    const QJsonObject config = record.value(key("config")).toObject();
    QCOMPARE(config.value(key("epochs")).toInt(), 1);
    QCOMPARE(config.value(key("train_limit")).toInt(), 300);
    QCOMPARE(config.value(key("dropout")).toBool(), false);
    QCOMPARE(config.value(key("weight_decay")).toDouble(), 0.0005);

    QFile md(out + QStringLiteral("/comparison.md"));
    QVERIFY(md.open(QIODevice::ReadOnly));
    const QString markdown = QString::fromUtf8(md.readAll());
    QVERIFY2(markdown.contains(QStringLiteral("## The lesson's claims")), qPrintable(markdown));
    QVERIFY(markdown.contains(QStringLiteral("| l2-helps | L2 weight decay lifts validation accuracy")));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
