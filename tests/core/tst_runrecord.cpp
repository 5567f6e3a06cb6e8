// Run records: JSON round trip (NaN included), atomic writes, damaged files, metrics CSV.
#include "cnnlab/core/runrecord.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <limits>
#include <string>

using namespace cnnlab::core;

namespace {

constexpr double nan = std::numeric_limits<double>::quiet_NaN();

TrainingPosition position(int epoch, double epochPosition, std::int64_t step)
{
    TrainingPosition p;
    p.epoch = epoch;
    p.epochPosition = epochPosition;
    p.step = step;
    p.samplesSeen = step * 64;
    p.elapsedSeconds = 0.125 * double(step);
    return p;
}

// Every field set to something other than its default, a diverged end with NaN losses.
RunRecord filledRecord()
{
    RunRecord r;
    r.name = "seed-lab-lr0.01 (diverges)";
    r.createdAt = "2024-11-25T04:48:00Z";
    r.config.dataset = DatasetKind::FashionMnist;
    r.config.dataDir = "/data/fashion \"mnist\"";
    r.config.optimizer = OptimizerKind::Sgd;
    r.config.learningRate = 0.01;
    r.config.momentum = 0.8;
    r.config.adamEpsilon = 1e-8;
    r.config.batchSize = 64;
    r.config.epochs = 3;
    r.config.seed = 18446744073709551615ull; // the largest seed must survive JSON
    r.config.dropoutEnabled = false;
    r.config.convDropout = 0.125;
    r.config.denseDropout = 0.375;
    r.config.kerasInit = false;
    r.config.device = "cuda:1";
    r.config.threads = 7;
    r.config.validation = ValidationSource::Holdout;
    r.config.holdoutSize = 5000;
    r.config.trainLimit = 2000;
    r.config.evaluationsPerEpoch = 2;
    r.config.quickEvaluationSize = 500;
    r.config.sampleCount = 2;
    r.config.reportsPerSecond = 12.5;
    r.config.convBlocks = 3;
    r.config.filters = 16;
    r.config.kernelSize = 5;
    r.config.denseUnits = 64;
    r.config.activation = Activation::Tanh;
    r.config.batchNorm = true;
    r.config.nesterov = true;
    r.config.schedule = LrSchedule::OneCycle;
    r.config.lrStepEpochs = 4;
    r.config.lrStepFactor = 0.25;
    r.config.warmupFraction = 0.125;
    r.config.weightDecay = 5e-4;
    r.config.l1 = 1e-5;
    r.config.labelSmoothing = 0.1;
    r.config.augmentShift = 3;
    r.config.augmentRotate = 12.5;
    r.config.resumeFrom = "/runs/a/checkpoint.pt";
    r.deviceName = "cuda:1 (NVIDIA Test)";
    r.trainSize = 2000;
    r.validationSize = 5000;
    r.stepsPerEpoch = 32;

    for (int i = 0; i < 4; ++i) {
        EpochMetrics m;
        m.position = position(i / 2, 0.5 * (i + 1), 16 * (i + 1));
        m.fullValidation = i % 2 == 1;
        m.trainLoss = 0.5 / (i + 1);
        m.trainAccuracy = 0.8 + 0.01 * i;
        m.valLoss = 0.25 / (i + 1);
        m.valAccuracy = 0.9 + 0.01 * i;
        m.validationSize = m.fullValidation ? 5000 : 500;
        r.history.push_back(m);
    }
    EpochMetrics diverged = r.history.back();
    diverged.position = position(2, 2.25, 72);
    diverged.trainLoss = nan;
    diverged.valLoss = std::numeric_limits<double>::infinity(); // written as null too
    r.history.push_back(diverged);

    for (int i = 0; i < 6; ++i) {
        StepMetrics s;
        s.position = position(i / 3, i / 3.0, 10 * i + 1);
        s.stepsPerEpoch = i < 3 ? 32 : 16; // a batch size change halves the steps
        s.trainLoss = i == 5 ? nan : 1.0 / (i + 1);
        s.trainAccuracy = 0.1 * i;
        s.samplesPerSecond = 1234.5 + i;
        s.learningRate = 0.01;
        s.batchSize = i < 3 ? 64 : 128;
        s.threads = i < 4 ? 2 : 1;
        r.trainCurve.push_back(s);
    }

    r.changes.push_back(ConfigChange {position(1, 1.0, 32), "batch_size", "64", "128"});
    r.adaptiveThreads = true;
    r.threadChanges.push_back(
        ThreadChange {position(1, 1.5, 48), 2, 1, "machine busy: 1 thread 1.90x faster than 2"});

    for (int i = 0; i < 2; ++i) {
        SampleImage image;
        image.datasetIndex = 100 + i;
        image.label = 7 - i;
        image.pixels.resize(28 * 28);
        for (std::size_t p = 0; p < image.pixels.size(); ++p)
            image.pixels[p] = static_cast<std::uint8_t>((p * 31 + std::size_t(i)) % 256);
        r.samples.push_back(image);

        Prediction prediction;
        prediction.sampleIndex = i;
        prediction.trueLabel = image.label;
        prediction.predictedLabel = i == 0 ? 7 : 1;
        prediction.topClasses = {prediction.predictedLabel, 3, 9};
        prediction.topProbabilities = {0.75f, 0.125f, 0.0625f};
        r.predictions.push_back(prediction);
    }

    r.group = "lab-lr0.01";
    r.checkpoint = "checkpoint.pt";
    r.details.position = position(1, 2.0, 64);
    for (int t = 0; t < 10; ++t)
        for (int p = 0; p < 10; ++p)
            r.details.confusion.counts[t][p] = t == p ? 400 + t : (t + 2 * p) % 3;
    r.details.confusion.counts[9][4] = 5000000000LL; // counts are 64-bit
    for (int i = 0; i < 2; ++i) {
        Misclassified m;
        m.datasetIndex = 1234 + i;
        m.trueLabel = 4 + i;
        m.predictedLabel = 9 - i;
        m.topClasses = {m.predictedLabel, m.trueLabel, 0};
        m.topProbabilities = {0.875f - 0.25f * float(i), 0.1f, 0.0125f};
        m.pixels.resize(28 * 28);
        for (std::size_t p = 0; p < m.pixels.size(); ++p)
            m.pixels[p] = static_cast<std::uint8_t>((p * 7 + std::size_t(i) * 3) % 256);
        r.details.misclassified.push_back(m);
    }

    r.result.status = RunStatus::Diverged;
    r.result.error = Error {ErrorCode::Internal, "loss", "loss is not finite"};
    r.result.position = diverged.position;
    r.result.epochsCompleted = 2;
    r.result.trainLoss = nan;
    r.result.trainAccuracy = 0.1;
    r.result.valLoss = nan;
    r.result.valAccuracy = 0.098;
    r.result.seconds = 12.5;
    r.result.trainSeconds = 9.75;
    r.versions = {{"cnnlab", "0.1.0"}, {"libtorch", "1.13.1"}, {"zlib", "1.2.13"}};
    return r;
}

bool same(double a, double b)
{
    if (std::isnan(a) || std::isinf(a))
        return std::isnan(b); // non-finite is written as null, read back as NaN
    return a == b;
}

QString qs(const std::string &text)
{
    return QString::fromStdString(text);
}

QStringList entries(const QString &directory)
{
    return QDir(directory).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
}

// A valid record's JSON as a Qt object to damage.
QJsonObject validObject()
{
    RunRecord record = filledRecord();
    record.config.seed = 42; // Qt holds numbers as doubles: 2^64 - 1 would not survive it
    return QJsonDocument::fromJson(QByteArray::fromStdString(toJson(record))).object();
}

class CountingObserver : public TrainingObserver
{
public:
    int calls = 0;
    void onStarted(const RunInfo &) override { ++calls; }
    void onStep(const StepMetrics &) override { ++calls; }
    void onEvaluation(const EpochMetrics &) override { ++calls; }
    void onPredictions(const std::vector<Prediction> &) override { ++calls; }
    void onEvaluationDetails(const EvaluationDetails &) override { ++calls; }
    void onConfigChanged(const ConfigChange &) override { ++calls; }
    void onThreadsChanged(const ThreadChange &) override { ++calls; }
    void onPausedChanged(bool) override { ++calls; }
    void onFinished(const RunResult &) override { ++calls; }
};

} // namespace

class TestRunRecord : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip();
    void roundTripCompact();
    void earlyStopRoundTrip();
    void nonFiniteIsNull();
    void readsIntegralDoubles();
    void detailsJsonShape();
    void readsVersion1();
    void readsVersion1Fixture();
    void emptyDetails();
    void writeAndRead();
    void atomicWriteReplaces();
    void atomicWriteFailureLeavesNoTemp();
    void readMissingFile();
    void damaged_data();
    void damaged();
    void everyTruncationIsAnError();
    void csv();
    void recorder();
};

void TestRunRecord::roundTrip()
{
    const RunRecord original = filledRecord();
    const std::string json = toJson(original);
    const Expected<RunRecord> read = runRecordFromJson(json);
    QVERIFY2(read.hasValue(), describe(read.error()).c_str());
    const RunRecord &r = *read;

    // Serialising what was read gives the same text: every written field survived.
    QCOMPARE(qs(toJson(r)), qs(json));

    QCOMPARE(r.version, 2);
    QCOMPARE(qs(r.name), qs(original.name));
    QCOMPARE(qs(r.group), QStringLiteral("lab-lr0.01"));
    QCOMPARE(qs(r.checkpoint), QStringLiteral("checkpoint.pt"));
    QCOMPARE(r.details.position.epochPosition, 2.0);
    QCOMPARE(r.details.position.step, 64);
    QVERIFY(r.details.confusion.counts == original.details.confusion.counts);
    QCOMPARE(r.details.confusion.counts[9][4], 5000000000LL);
    QCOMPARE(r.details.misclassified.size(), std::size_t(2));
    for (std::size_t i = 0; i < 2; ++i) {
        const Misclassified &a = original.details.misclassified[i];
        const Misclassified &b = r.details.misclassified[i];
        QCOMPARE(b.datasetIndex, a.datasetIndex);
        QCOMPARE(b.trueLabel, a.trueLabel);
        QCOMPARE(b.predictedLabel, a.predictedLabel);
        QVERIFY(b.topClasses == a.topClasses);
        QVERIFY(b.topProbabilities == a.topProbabilities);
        QVERIFY(b.pixels == a.pixels);
    }
    QCOMPARE(r.details.misclassified[1].confidence(), 0.625f);
    QCOMPARE(qs(r.createdAt), qs(original.createdAt));
    QCOMPARE(r.config.dataset, DatasetKind::FashionMnist);
    QCOMPARE(qs(r.config.dataDir), qs(original.config.dataDir));
    QCOMPARE(r.config.optimizer, OptimizerKind::Sgd);
    QCOMPARE(r.config.seed, original.config.seed);
    QCOMPARE(r.config.dropoutEnabled, false);
    QCOMPARE(r.config.kerasInit, false);
    QCOMPARE(r.config.validation, ValidationSource::Holdout);
    QCOMPARE(r.config.reportsPerSecond, 12.5);
    QCOMPARE(r.config.convBlocks, 3);
    QCOMPARE(r.config.filters, 16);
    QCOMPARE(r.config.kernelSize, 5);
    QCOMPARE(r.config.denseUnits, 64);
    QCOMPARE(r.config.activation, Activation::Tanh);
    QCOMPARE(r.config.batchNorm, true);
    QCOMPARE(r.config.nesterov, true);
    QCOMPARE(r.config.schedule, LrSchedule::OneCycle);
    QCOMPARE(r.config.lrStepEpochs, 4);
    QCOMPARE(r.config.lrStepFactor, 0.25);
    QCOMPARE(r.config.warmupFraction, 0.125);
    QCOMPARE(r.config.weightDecay, 5e-4);
    QCOMPARE(r.config.l1, 1e-5);
    QCOMPARE(r.config.labelSmoothing, 0.1);
    QCOMPARE(r.config.augmentShift, 3);
    QCOMPARE(r.config.augmentRotate, 12.5);
    QCOMPARE(qs(r.config.resumeFrom), qs(original.config.resumeFrom));
    QCOMPARE(qs(r.deviceName), qs(original.deviceName));
    QCOMPARE(r.stepsPerEpoch, 32);

    QCOMPARE(r.history.size(), original.history.size());
    for (std::size_t i = 0; i < r.history.size(); ++i) {
        const EpochMetrics &a = original.history[i];
        const EpochMetrics &b = r.history[i];
        QCOMPARE(b.position.epoch, a.position.epoch);
        QCOMPARE(b.position.epochPosition, a.position.epochPosition);
        QCOMPARE(b.position.step, a.position.step);
        QCOMPARE(b.position.samplesSeen, a.position.samplesSeen);
        QCOMPARE(b.fullValidation, a.fullValidation);
        QVERIFY(same(a.trainLoss, b.trainLoss));
        QVERIFY(same(a.valLoss, b.valLoss));
        QCOMPARE(b.valAccuracy, a.valAccuracy);
        QCOMPARE(b.validationSize, a.validationSize);
    }
    QVERIFY(std::isnan(r.history.back().trainLoss));
    QVERIFY(std::isnan(r.history.back().valLoss));

    QCOMPARE(r.trainCurve.size(), original.trainCurve.size());
    QCOMPARE(r.trainCurve[4].stepsPerEpoch, 16);
    QCOMPARE(r.trainCurve[4].batchSize, 128);
    QCOMPARE(r.trainCurve[4].position.epoch, 1);
    QVERIFY(std::isnan(r.trainCurve[5].trainLoss));

    QCOMPARE(r.changes.size(), std::size_t(1));
    QCOMPARE(qs(r.changes[0].parameter), QStringLiteral("batch_size"));
    QCOMPARE(qs(r.changes[0].newValue), QStringLiteral("128"));
    QCOMPARE(r.changes[0].position.samplesSeen, original.changes[0].position.samplesSeen);
    QVERIFY(r.adaptiveThreads);
    QCOMPARE(r.threadChanges.size(), std::size_t(1));
    QCOMPARE(r.threadChanges[0].from, 2);
    QCOMPARE(r.threadChanges[0].to, 1);
    QCOMPARE(r.threadChanges[0].position.step, 48);
    QCOMPARE(qs(r.threadChanges[0].reason), qs(original.threadChanges[0].reason));
    QCOMPARE(r.trainCurve[3].threads, 2);
    QCOMPARE(r.trainCurve[4].threads, 1);

    QCOMPARE(r.samples.size(), std::size_t(2));
    QVERIFY(r.samples[1].pixels == original.samples[1].pixels);
    QCOMPARE(r.samples[1].label, 6);
    QCOMPARE(r.predictions.size(), std::size_t(2));
    QCOMPARE(r.predictions[1].topClasses[0], 1);
    QCOMPARE(r.predictions[1].topProbabilities[2], 0.0625f);
    QVERIFY(!r.predictions[1].isCorrect());

    QCOMPARE(r.result.status, RunStatus::Diverged);
    QCOMPARE(r.result.error.code, ErrorCode::Internal);
    QCOMPARE(qs(r.result.error.detail), QStringLiteral("loss is not finite"));
    QVERIFY(std::isnan(r.result.trainLoss));
    QVERIFY(std::isnan(r.result.valLoss));
    QCOMPARE(r.result.valAccuracy, 0.098);
    QCOMPARE(r.result.epochsCompleted, 2);
    QCOMPARE(r.result.position.step, 72);
    QCOMPARE(r.result.trainSeconds, 9.75);
    QVERIFY(r.versions == original.versions); // order kept
}

void TestRunRecord::roundTripCompact()
{
    const std::string json = toJson(filledRecord(), -1);
    QVERIFY(json.find('\n') == std::string::npos);
    const auto read = runRecordFromJson(json);
    QVERIFY2(read.hasValue(), describe(read.error()).c_str());
    QCOMPARE(qs(toJson(*read, -1)), qs(json));
}

void TestRunRecord::earlyStopRoundTrip()
{
    RunRecord record = filledRecord();
    record.result.status = RunStatus::Completed;
    record.result.error = {};
    record.result.stoppedEarly = true;
    record.result.bestEpoch = 7;
    record.config.earlyStopPatience = 3;
    const auto read = runRecordFromJson(toJson(record));
    QVERIFY2(read.hasValue(), describe(read.error()).c_str());
    QVERIFY(read->result.stoppedEarly);
    QCOMPARE(read->result.bestEpoch, 7);
    QCOMPARE(read->config.earlyStopPatience, 3);
    // A run that was not stopped early writes neither (older readers see nothing new).
    const std::string plain = toJson(filledRecord());
    QVERIFY(plain.find("stopped_early") == std::string::npos);
    QVERIFY(!runRecordFromJson(plain)->result.stoppedEarly);
}

void TestRunRecord::nonFiniteIsNull()
{
    const std::string json = toJson(filledRecord());
    // Standard JSON only: any reader (Python, jq, Qt) must accept the file.
    QVERIFY(json.find("NaN") == std::string::npos);
    QVERIFY(json.find("nan") == std::string::npos);
    QVERIFY(json.find("Infinity") == std::string::npos);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray::fromStdString(json), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonObject final = document.object().value(QStringLiteral("final")).toObject();
    QVERIFY(final.value(QStringLiteral("train_loss")).isNull());
    QCOMPARE(final.value(QStringLiteral("status")).toString(), QStringLiteral("diverged"));
    const QJsonArray history = document.object().value(QStringLiteral("history")).toArray();
    QCOMPARE(history.size(), 5);
    QVERIFY(history.last().toObject().value(QStringLiteral("train_loss")).isNull());
    QCOMPARE(history.first().toObject().value(QStringLiteral("epoch")).toDouble(), 0.5);
    QCOMPARE(document.object()
                 .value(QStringLiteral("samples"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("pixels"))
                 .toArray()
                 .size(),
        784);
}

void TestRunRecord::readsIntegralDoubles()
{
    // Tools that write every number as a double (JavaScript, Qt) still produce valid records.
    QJsonObject object = validObject();
    QJsonObject config = object.value(QStringLiteral("config")).toObject();
    config.insert(QStringLiteral("batch_size"), 128.0);
    object.insert(QStringLiteral("config"), config);
    const std::string json = QJsonDocument(object).toJson().toStdString();
    const auto read = runRecordFromJson(json);
    QVERIFY2(read.hasValue(), describe(read.error()).c_str());
    QCOMPARE(read->config.batchSize, 128);
}

void TestRunRecord::detailsJsonShape()
{
    // The names other tools (a notebook, jq) read.
    const QJsonObject object = validObject();
    QCOMPARE(object.value(QStringLiteral("version")).toInt(), 2);
    QCOMPARE(object.value(QStringLiteral("group")).toString(), QStringLiteral("lab-lr0.01"));
    QCOMPARE(object.value(QStringLiteral("checkpoint")).toString(), QStringLiteral("checkpoint.pt"));
    const QJsonObject details = object.value(QStringLiteral("details")).toObject();
    QCOMPARE(
        details.value(QStringLiteral("position")).toObject().value(QStringLiteral("epoch")).toDouble(), 2.0);
    const QJsonArray confusion = details.value(QStringLiteral("confusion")).toArray();
    QCOMPARE(confusion.size(), 10);
    QCOMPARE(confusion.at(3).toArray().size(), 10);
    QCOMPARE(confusion.at(3).toArray().at(3).toInt(), 403);
    const QJsonArray mistakes = details.value(QStringLiteral("misclassified")).toArray();
    QCOMPARE(mistakes.size(), 2);
    const QJsonObject first = mistakes.at(0).toObject();
    for (const char *key : {"index", "label", "predicted", "top_classes", "top_probabilities", "pixels"})
        QVERIFY2(first.contains(QLatin1String(key)), key);
    QCOMPARE(first.value(QStringLiteral("index")).toInt(), 1234);
    QCOMPARE(first.value(QStringLiteral("label")).toInt(), 4);
    QCOMPARE(first.value(QStringLiteral("predicted")).toInt(), 9);
    QCOMPARE(first.value(QStringLiteral("top_probabilities")).toArray().at(0).toDouble(), 0.875);
    QCOMPARE(first.value(QStringLiteral("pixels")).toArray().size(), 784);
}

void TestRunRecord::readsVersion1()
{
    // A record written before version 2: no group, checkpoint or details.
    QJsonObject object = validObject();
    object.insert(QStringLiteral("version"), 1);
    for (const char *key : {"group", "checkpoint", "details"})
        object.remove(QLatin1String(key));
    const auto read = runRecordFromJson(QJsonDocument(object).toJson().toStdString());
    QVERIFY2(read.hasValue(), describe(read.error()).c_str());
    QCOMPARE(read->version, 1);
    QVERIFY(read->group.empty());
    QVERIFY(read->checkpoint.empty());
    QVERIFY(read->details.confusion.isEmpty());
    QVERIFY(read->details.misclassified.empty());
    QCOMPARE(read->details.position.step, 0);
    QCOMPARE(read->history.size(), std::size_t(5)); // the rest as before
    QCOMPARE(qs(read->name), qs(filledRecord().name));
    // Written again, it is a version 2 record.
    QVERIFY(toJson(*read).find("\"version\": 2") != std::string::npos);
}

void TestRunRecord::readsVersion1Fixture()
{
    const auto read = readRunRecord(CNNLAB_SOURCE_DIR "/tests/fixtures/run-small.json");
    QVERIFY2(read.hasValue(), describe(read.error()).c_str());
    QCOMPARE(read->version, 1);
    QCOMPARE(qs(read->name), QStringLiteral("run-small"));
    QVERIFY(read->group.empty());
    QVERIFY(read->details.confusion.isEmpty());
    QCOMPARE(read->history.size(), std::size_t(8));
    // Written before the architecture knobs: the lab's network.
    const TrainingConfig lab;
    QCOMPARE(read->config.convBlocks, lab.convBlocks);
    QCOMPARE(read->config.filters, lab.filters);
    QCOMPARE(read->config.kernelSize, lab.kernelSize);
    QCOMPARE(read->config.denseUnits, lab.denseUnits);
    QCOMPARE(read->config.activation, lab.activation);
    QCOMPARE(read->config.batchNorm, lab.batchNorm);
    QCOMPARE(read->config.schedule, LrSchedule::Constant);
    QCOMPARE(read->config.weightDecay, 0.0);
    QCOMPARE(read->config.labelSmoothing, 0.0);
}

void TestRunRecord::emptyDetails()
{
    // Before the first full evaluation: no matrix, no mistakes; still round-trips.
    RunRecord record = filledRecord();
    record.details = {};
    const auto read = runRecordFromJson(toJson(record));
    QVERIFY2(read.hasValue(), describe(read.error()).c_str());
    QVERIFY(read->details.confusion.isEmpty());
    QVERIFY(read->details.misclassified.empty());
    QCOMPARE(qs(toJson(*read)), qs(toJson(record)));
    // An empty confusion array is read as the empty matrix too.
    QJsonObject object = validObject();
    QJsonObject details = object.value(QStringLiteral("details")).toObject();
    details.insert(QStringLiteral("confusion"), QJsonArray {});
    object.insert(QStringLiteral("details"), details);
    const auto empty = runRecordFromJson(QJsonDocument(object).toJson().toStdString());
    QVERIFY2(empty.hasValue(), describe(empty.error()).c_str());
    QVERIFY(empty->details.confusion.isEmpty());
}

void TestRunRecord::writeAndRead()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const std::string path = dir.filePath(QStringLiteral("run.json")).toStdString();
    const Error error = writeRunRecord(filledRecord(), path);
    QVERIFY2(!error, describe(error).c_str());
    QCOMPARE(entries(dir.path()), QStringList {QStringLiteral("run.json")});
    const auto read = readRunRecord(path);
    QVERIFY2(read.hasValue(), describe(read.error()).c_str());
    QCOMPARE(qs(toJson(*read)), qs(toJson(filledRecord())));
}

void TestRunRecord::atomicWriteReplaces()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("metrics.csv"));
    QVERIFY(!writeFileAtomically(path.toStdString(), "first, and longer\n"));
    QVERIFY(!writeFileAtomically(path.toStdString(), "second\n"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("second\n"));
    QCOMPARE(entries(dir.path()), QStringList {QStringLiteral("metrics.csv")});
}

void TestRunRecord::atomicWriteFailureLeavesNoTemp()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // The rename fails (a directory is in the way) after the temp file was written.
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("run.json")));
    const std::string path = dir.filePath(QStringLiteral("run.json")).toStdString();
    const Error error = writeRunRecord(filledRecord(), path);
    QCOMPARE(error.code, ErrorCode::WriteFailed);
    QCOMPARE(qs(error.path), qs(path));
    QVERIFY(!error.detail.empty());
    QCOMPARE(entries(dir.path()), QStringList {QStringLiteral("run.json")});
    QVERIFY(QFileInfo(dir.filePath(QStringLiteral("run.json"))).isDir());

    // Creating the temp file fails: no such directory.
    const Error missing
        = writeFileAtomically(dir.filePath(QStringLiteral("no/such/run.json")).toStdString(), "x");
    QCOMPARE(missing.code, ErrorCode::WriteFailed);
    QCOMPARE(entries(dir.path()), QStringList {QStringLiteral("run.json")});
}

void TestRunRecord::readMissingFile()
{
    QTemporaryDir dir;
    const auto read = readRunRecord(dir.filePath(QStringLiteral("absent.json")).toStdString());
    QVERIFY(!read.hasValue());
    QCOMPARE(read.error().code, ErrorCode::FileNotFound);
    const auto directory = readRunRecord(dir.path().toStdString());
    QVERIFY(!directory.hasValue());
    QCOMPARE(directory.error().code, ErrorCode::FileUnreadable);
}

void TestRunRecord::damaged_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected"); // part of Error::detail

    const std::string valid = toJson(filledRecord());
    QTest::newRow("empty") << QByteArray() << QStringLiteral("malformed JSON");
    QTest::newRow("truncated") << QByteArray::fromStdString(valid.substr(0, valid.size() / 2))
                               << QStringLiteral("malformed JSON");
    QTest::newRow("garbage") << QByteArray("run.json\x01\xff") << QStringLiteral("malformed JSON");
    QTest::newRow("NaN literal") << QByteArray("{\"version\": NaN}") << QStringLiteral("malformed JSON");
    QTest::newRow("array") << QByteArray("[1, 2]") << QStringLiteral("expected object");
    QTest::newRow("null") << QByteArray("null") << QStringLiteral("expected object");
    QTest::newRow("empty object") << QByteArray("{}") << QStringLiteral("version: missing");

    auto damage = [](const char *row, const QString &expected, auto change) {
        QJsonObject object = validObject();
        change(object);
        QTest::newRow(row) << QJsonDocument(object).toJson() << expected;
    };
    auto inObject = [](QJsonObject &root, const char *key, auto change) {
        QJsonObject child = root.value(QLatin1String(key)).toObject();
        change(child);
        root.insert(QLatin1String(key), child);
    };
    auto inArrayElement = [](QJsonObject &root, const char *key, int index, auto change) {
        QJsonArray array = root.value(QLatin1String(key)).toArray();
        QJsonObject element = array.at(index).toObject();
        change(element);
        array.replace(index, element);
        root.insert(QLatin1String(key), array);
    };

    damage("unknown version", QStringLiteral("unknown version 7"),
        [](QJsonObject &o) { o.insert(QStringLiteral("version"), 7); });
    damage("newer version", QStringLiteral("unknown version 3 (this cnnlab reads versions 1 to 2; a newer"),
        [](QJsonObject &o) { o.insert(QStringLiteral("version"), 3); });
    damage("group as number", QStringLiteral("group: expected string"),
        [](QJsonObject &o) { o.insert(QStringLiteral("group"), 3); });
    damage("checkpoint as bool", QStringLiteral("checkpoint: expected string"),
        [](QJsonObject &o) { o.insert(QStringLiteral("checkpoint"), true); });
    damage("details as array", QStringLiteral("details: expected object"),
        [](QJsonObject &o) { o.insert(QStringLiteral("details"), QJsonArray {}); });
    auto inDetails = [&](QJsonObject &o, auto change) { inObject(o, "details", change); };
    damage("details without position", QStringLiteral("details.position: missing"),
        [&](QJsonObject &o) { inDetails(o, [](QJsonObject &d) { d.remove(QStringLiteral("position")); }); });
    damage("nine confusion rows", QStringLiteral("details.confusion: expected 10 rows, found 9"),
        [&](QJsonObject &o) {
            inDetails(o, [](QJsonObject &d) {
                QJsonArray rows = d.value(QStringLiteral("confusion")).toArray();
                rows.removeLast();
                d.insert(QStringLiteral("confusion"), rows);
            });
        });
    damage("short confusion row", QStringLiteral("details.confusion[2]: expected 10 values, found 11"),
        [&](QJsonObject &o) {
            inDetails(o, [](QJsonObject &d) {
                QJsonArray rows = d.value(QStringLiteral("confusion")).toArray();
                QJsonArray row = rows.at(2).toArray();
                row.append(1);
                rows.replace(2, row);
                d.insert(QStringLiteral("confusion"), rows);
            });
        });
    damage("negative count", QStringLiteral("details.confusion[5][1]: out of range"), [&](QJsonObject &o) {
        inDetails(o, [](QJsonObject &d) {
            QJsonArray rows = d.value(QStringLiteral("confusion")).toArray();
            QJsonArray row = rows.at(5).toArray();
            row.replace(1, -4);
            rows.replace(5, row);
            d.insert(QStringLiteral("confusion"), rows);
        });
    });
    damage(
        "count as string", QStringLiteral("details.confusion[0][0]: expected number"), [&](QJsonObject &o) {
            inDetails(o, [](QJsonObject &d) {
                QJsonArray rows = d.value(QStringLiteral("confusion")).toArray();
                QJsonArray row = rows.at(0).toArray();
                row.replace(0, QStringLiteral("many"));
                rows.replace(0, row);
                d.insert(QStringLiteral("confusion"), rows);
            });
        });
    const auto inMistake = [&](QJsonObject &o, int index, auto change) {
        inDetails(o, [&](QJsonObject &d) {
            QJsonArray mistakes = d.value(QStringLiteral("misclassified")).toArray();
            QJsonObject mistake = mistakes.at(index).toObject();
            change(mistake);
            mistakes.replace(index, mistake);
            d.insert(QStringLiteral("misclassified"), mistakes);
        });
    };
    damage("label out of range",
        QStringLiteral("details.misclassified[1].label: expected a class 0..9, found 10"),
        [&](QJsonObject &o) {
            inMistake(o, 1, [](QJsonObject &m) { m.insert(QStringLiteral("label"), 10); });
        });
    damage("predicted missing", QStringLiteral("details.misclassified[0].predicted: missing"),
        [&](QJsonObject &o) {
            inMistake(o, 0, [](QJsonObject &m) { m.remove(QStringLiteral("predicted")); });
        });
    damage("mistake pixels short", QStringLiteral("details.misclassified[0].pixels: expected 784 values"),
        [&](QJsonObject &o) {
            inMistake(o, 0, [](QJsonObject &m) { m.insert(QStringLiteral("pixels"), QJsonArray {0, 1}); });
        });
    damage("mistake probability as string",
        QStringLiteral("details.misclassified[1].top_probabilities[2]: expected number"),
        [&](QJsonObject &o) {
            inMistake(o, 1, [](QJsonObject &m) {
                m.insert(QStringLiteral("top_probabilities"), QJsonArray {0.5, 0.25, QStringLiteral("x")});
            });
        });
    damage("version zero", QStringLiteral("unknown version 0"),
        [](QJsonObject &o) { o.insert(QStringLiteral("version"), 0); });
    damage("version as string", QStringLiteral("version: expected number"),
        [](QJsonObject &o) { o.insert(QStringLiteral("version"), QStringLiteral("1")); });
    damage("fractional version", QStringLiteral("version: expected integer"),
        [](QJsonObject &o) { o.insert(QStringLiteral("version"), 1.5); });
    damage("batch size as string", QStringLiteral("config.batch_size: expected number"), [&](QJsonObject &o) {
        inObject(o, "config",
            [](QJsonObject &c) { c.insert(QStringLiteral("batch_size"), QStringLiteral("abc")); });
    });
    damage("negative seed", QStringLiteral("config.seed: out of range"), [&](QJsonObject &o) {
        inObject(o, "config", [](QJsonObject &c) { c.insert(QStringLiteral("seed"), -1); });
    });
    damage("huge batch", QStringLiteral("config.batch_size: out of range"), [&](QJsonObject &o) {
        inObject(o, "config", [](QJsonObject &c) { c.insert(QStringLiteral("batch_size"), 1e12); });
    });
    damage("unknown optimizer", QStringLiteral("config.optimizer"), [&](QJsonObject &o) {
        inObject(o, "config",
            [](QJsonObject &c) { c.insert(QStringLiteral("optimizer"), QStringLiteral("lbfgs")); });
    });
    damage("unknown activation", QStringLiteral("config.activation"), [&](QJsonObject &o) {
        inObject(o, "config",
            [](QJsonObject &c) { c.insert(QStringLiteral("activation"), QStringLiteral("swish")); });
    });
    damage(
        "batch norm as number", QStringLiteral("config.batch_norm: expected boolean"), [&](QJsonObject &o) {
            inObject(o, "config", [](QJsonObject &c) { c.insert(QStringLiteral("batch_norm"), 1); });
        });
    damage("unknown schedule", QStringLiteral("config.lr_schedule"), [&](QJsonObject &o) {
        inObject(o, "config",
            [](QJsonObject &c) { c.insert(QStringLiteral("lr_schedule"), QStringLiteral("cyclic")); });
    });
    damage("dropout as number", QStringLiteral("config.dropout: expected boolean"), [&](QJsonObject &o) {
        inObject(o, "config", [](QJsonObject &c) { c.insert(QStringLiteral("dropout"), 1); });
    });
    damage("missing epochs", QStringLiteral("config.epochs: missing"), [&](QJsonObject &o) {
        inObject(o, "config", [](QJsonObject &c) { c.remove(QStringLiteral("epochs")); });
    });
    damage("config as array", QStringLiteral("config: expected object"), [](QJsonObject &o) {
        o.insert(QStringLiteral("config"), QJsonArray {1, 2});
    });
    damage("missing final", QStringLiteral("final: missing"),
        [](QJsonObject &o) { o.remove(QStringLiteral("final")); });
    damage("missing history", QStringLiteral("history: missing"),
        [](QJsonObject &o) { o.remove(QStringLiteral("history")); });
    damage("history as object", QStringLiteral("history: expected array"),
        [](QJsonObject &o) { o.insert(QStringLiteral("history"), QJsonObject {}); });
    damage("history point as number", QStringLiteral("history[0]: expected object"),
        [](QJsonObject &o) { o.insert(QStringLiteral("history"), QJsonArray {3}); });
    damage("val loss as string", QStringLiteral("history[2].val_loss: expected number"), [&](QJsonObject &o) {
        inArrayElement(o, "history", 2,
            [](QJsonObject &h) { h.insert(QStringLiteral("val_loss"), QStringLiteral("low")); });
    });
    damage("short pixels", QStringLiteral("samples[1].pixels: expected 784 values"), [&](QJsonObject &o) {
        inArrayElement(o, "samples", 1, [](QJsonObject &s) {
            QJsonArray pixels = s.value(QStringLiteral("pixels")).toArray();
            pixels.removeLast();
            s.insert(QStringLiteral("pixels"), pixels);
        });
    });
    damage("pixel out of range", QStringLiteral("samples[0].pixels[3]: out of range"), [&](QJsonObject &o) {
        inArrayElement(o, "samples", 0, [](QJsonObject &s) {
            QJsonArray pixels = s.value(QStringLiteral("pixels")).toArray();
            pixels.replace(3, 256);
            s.insert(QStringLiteral("pixels"), pixels);
        });
    });
    damage("two top classes", QStringLiteral("predictions[0].top_classes: expected 3 values"),
        [&](QJsonObject &o) {
            inArrayElement(o, "predictions", 0, [](QJsonObject &p) {
                p.insert(QStringLiteral("top_classes"), QJsonArray {1, 2});
            });
        });
    damage("unknown status", QStringLiteral("final.status: unknown status"), [&](QJsonObject &o) {
        inObject(o, "final",
            [](QJsonObject &f) { f.insert(QStringLiteral("status"), QStringLiteral("exploded")); });
    });
    damage("error as string", QStringLiteral("final.error: expected object"), [&](QJsonObject &o) {
        inObject(
            o, "final", [](QJsonObject &f) { f.insert(QStringLiteral("error"), QStringLiteral("oops")); });
    });
    damage("version as number", QStringLiteral("versions.libtorch: expected string"), [&](QJsonObject &o) {
        inObject(o, "versions", [](QJsonObject &v) { v.insert(QStringLiteral("libtorch"), 1.13); });
    });
}

void TestRunRecord::damaged()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    const auto read = runRecordFromJson(json.toStdString());
    QVERIFY(!read.hasValue());
    QCOMPARE(read.error().code, ErrorCode::FileUnreadable);
    QVERIFY2(qs(read.error().detail).contains(expected), read.error().detail.c_str());

    // The same through a file: the path is reported too.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("run.json"));
    QVERIFY(!writeFileAtomically(path.toStdString(), json.toStdString()));
    const auto fromFile = readRunRecord(path.toStdString());
    QVERIFY(!fromFile.hasValue());
    QCOMPARE(fromFile.error().code, ErrorCode::FileUnreadable);
    QCOMPARE(qs(fromFile.error().path), path);
}

void TestRunRecord::everyTruncationIsAnError()
{
    // A record cut anywhere (a full disk, a killed copy) is an error, never a crash or a half record.
    const std::string json = toJson(filledRecord(), -1);
    int checked = 0;
    for (std::size_t length = 0; length + 1 < json.size(); length += 53) {
        const auto read = runRecordFromJson(json.substr(0, length));
        QVERIFY2(!read.hasValue(), qPrintable(QStringLiteral("accepted a record cut at %1").arg(length)));
        QCOMPARE(read.error().code, ErrorCode::FileUnreadable);
        ++checked;
    }
    QVERIFY(checked > 100);
}

void TestRunRecord::csv()
{
    const RunRecord record = filledRecord();
    const QString csv = qs(metricsCsv(record));
    const QStringList lines = csv.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), int(record.history.size()) + 1);
    QCOMPARE(lines.first(),
        QStringLiteral("epoch,step,samples_seen,seconds,full_validation,train_loss,"
                       "train_accuracy,val_loss,val_accuracy"));
    QVERIFY(csv.endsWith(QLatin1Char('\n')));
    for (const QString &line : lines)
        QCOMPARE(line.count(QLatin1Char(',')), 8);
    QCOMPARE(lines.at(1), QStringLiteral("0.5,16,1024,2,0,0.5,0.8,0.25,0.9"));
    QVERIFY(lines.at(2).contains(QStringLiteral(",1,"))); // full validation
    QVERIFY(lines.last().contains(QStringLiteral(",nan,"))); // diverged
    QVERIFY(lines.last().endsWith(QStringLiteral(",inf,0.93")));

    RunRecord empty;
    QCOMPARE(qs(metricsCsv(empty)).count(QLatin1Char('\n')), 1);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("metrics.csv"));
    QVERIFY(!writeMetricsCsv(record, path.toStdString()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(file.readAll()), csv);
}

void TestRunRecord::recorder()
{
    CountingObserver next;
    RunRecorder recorder(&next);
    QVERIFY(!recorder.record().createdAt.empty());
    QVERIFY(recorder.record().createdAt.back() == 'Z');
    QVERIFY(!recorder.record().versions.empty());

    const RunRecord filled = filledRecord();
    RunInfo info;
    info.config = filled.config;
    info.deviceName = filled.deviceName;
    info.adaptiveThreads = filled.adaptiveThreads;
    info.trainSize = filled.trainSize;
    info.validationSize = filled.validationSize;
    info.stepsPerEpoch = filled.stepsPerEpoch;
    info.samples = filled.samples;
    recorder.onStarted(info);
    for (const StepMetrics &step : filled.trainCurve)
        recorder.onStep(step);
    for (const EpochMetrics &point : filled.history)
        recorder.onEvaluation(point);
    recorder.onPredictions({filled.predictions.front()});
    recorder.onPredictions(filled.predictions); // replaces, does not append
    recorder.onEvaluationDetails(EvaluationDetails {});
    recorder.onEvaluationDetails(filled.details); // the last full evaluation's
    recorder.onConfigChanged(filled.changes.front());
    recorder.onThreadsChanged(filled.threadChanges.front());
    recorder.onPausedChanged(true);
    recorder.onPausedChanged(false);
    recorder.onFinished(filled.result);

    const int expectedCalls
        = 1 + int(filled.trainCurve.size()) + int(filled.history.size()) + 2 + 2 + 1 + 1 + 2 + 1;
    QCOMPARE(next.calls, expectedCalls);

    RunRecord recorded = recorder.record();
    QCOMPARE(recorded.predictions.size(), filled.predictions.size());
    recorded.name = filled.name;
    recorded.createdAt = filled.createdAt;
    recorded.versions = filled.versions;
    recorded.group = filled.group; // set by the front end, not from reports
    recorded.checkpoint = filled.checkpoint;
    QVERIFY(recorded.details.confusion.counts == filled.details.confusion.counts);
    QCOMPARE(qs(toJson(recorded)), qs(toJson(filled)));

    RunRecorder alone; // no observer behind it: nothing to forward to, no crash
    alone.onStep(filled.trainCurve.front());
    alone.onPausedChanged(true);
    QCOMPARE(alone.record().trainCurve.size(), std::size_t(1));
}

QTEST_GUILESS_MAIN(TestRunRecord)
#include "tst_runrecord.moc"
