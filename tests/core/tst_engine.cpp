// The training engine on real MNIST (installed by scripts/fetch-mnist).
#include "cnnlab/core/modelshape.h"
#include "cnnlab/core/runrecord.h"
#include "cnnlab/core/trainingengine.h"

#include <QtTest>

#include <atomic>
#include <cmath>
#include <functional>
#include <mutex>
#include <thread>

using namespace cnnlab::core;

namespace {

// Records everything and lets a test act from inside the run's thread.
class Probe : public TrainingObserver
{
public:
    std::function<void(const StepMetrics &)> stepHook;
    std::function<void(bool)> pauseHook;
    RunInfo info;
    std::vector<StepMetrics> steps;
    std::vector<EpochMetrics> evaluations;
    std::vector<std::vector<Prediction>> predictions;
    std::vector<ConfigChange> changes;
    std::vector<ThreadChange> threadChanges;
    std::vector<bool> pauses;
    RunResult result;

    void onStarted(const RunInfo &i) override { info = i; }
    void onStep(const StepMetrics &m) override
    {
        steps.push_back(m);
        if (stepHook)
            stepHook(m);
    }
    void onEvaluation(const EpochMetrics &m) override { evaluations.push_back(m); }
    void onPredictions(const std::vector<Prediction> &p) override { predictions.push_back(p); }
    void onConfigChanged(const ConfigChange &c) override { changes.push_back(c); }
    void onThreadsChanged(const ThreadChange &c) override { threadChanges.push_back(c); }
    void onPausedChanged(bool paused) override
    {
        pauses.push_back(paused);
        if (pauseHook)
            pauseHook(paused);
    }
    void onFinished(const RunResult &r) override { result = r; }
};

TrainingConfig smallConfig(int trainLimit = 1000, int batch = 50)
{
    TrainingConfig c;
    c.trainLimit = trainLimit;
    c.batchSize = batch;
    c.epochs = 1;
    c.evaluationsPerEpoch = 1;
    c.quickEvaluationSize = 500;
    c.sampleCount = 8;
    c.device = "cpu";
    return c;
}

} // namespace

class TestEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void invalidConfigFailsCleanly()
    {
        TrainingEngine engine;
        auto c = smallConfig();
        c.batchSize = 0;
        Probe probe;
        const auto result = engine.run(c, &probe);
        QCOMPARE(result.status, RunStatus::Failed);
        QCOMPARE(result.error.code, ErrorCode::InvalidConfig);
        QCOMPARE(result.error.path, std::string("batch_size"));
        QCOMPARE(probe.result.status, RunStatus::Failed); // onFinished is always called
    }

    void missingDatasetNamesTheInstallCommand()
    {
        QTemporaryDir empty;
        TrainingEngine engine;
        auto c = smallConfig();
        c.dataDir = empty.path().toStdString();
        qputenv("CNNLAB_DATA_DIR", empty.path().toUtf8());
        qputenv("XDG_DATA_HOME", empty.path().toUtf8());
        qputenv("XDG_DATA_DIRS", empty.path().toUtf8());
        const auto result = engine.run(c, nullptr);
        qunsetenv("CNNLAB_DATA_DIR");
        qunsetenv("XDG_DATA_HOME");
        qunsetenv("XDG_DATA_DIRS");
        QCOMPARE(result.status, RunStatus::Failed);
        QCOMPARE(result.error.code, ErrorCode::DatasetMissing);
        QVERIFY2(result.error.detail.find("fetch-mnist") != std::string::npos, result.error.detail.c_str());
    }

    void oneEpochOnTenThousandImagesReaches95Percent()
    {
        TrainingEngine engine;
        auto c = smallConfig(10000, 32);
        c.evaluationsPerEpoch = 4;
        Probe probe;
        const auto result = engine.run(c, &probe);
        QCOMPARE(result.status, RunStatus::Completed);
        QCOMPARE(probe.info.trainSize, 10000);
        QCOMPARE(probe.info.validationSize, 10000);
        QCOMPARE(probe.info.stepsPerEpoch, std::int64_t(312));
        QCOMPARE(probe.info.parameterCount, std::int64_t(1199882));
        qInfo("validation accuracy after one epoch on 10k images: %.4f (%.1f s)", result.valAccuracy,
            result.trainSeconds);
        QVERIFY2(result.valAccuracy >= 0.95, qPrintable(QString::number(result.valAccuracy)));
        // Three quick evaluations inside the epoch, then the full one at its end.
        QCOMPARE(int(probe.evaluations.size()), 4);
        QVERIFY(!probe.evaluations.front().fullValidation);
        QCOMPARE(probe.evaluations.front().validationSize, 500);
        QVERIFY(probe.evaluations.back().fullValidation);
        QCOMPARE(probe.evaluations.back().validationSize, 10000);
        QCOMPARE(probe.evaluations.back().position.epochPosition, 1.0);
        QCOMPARE(probe.evaluations.back().valAccuracy, result.valAccuracy);
        // Predictions for every sample digit after every evaluation.
        QCOMPARE(int(probe.predictions.size()), 4);
        QCOMPARE(int(probe.predictions.back().size()), 8);
        int correct = 0;
        for (const auto &p : probe.predictions.back()) {
            QVERIFY(p.topProbabilities[0] >= p.topProbabilities[1]);
            QCOMPARE(p.predictedLabel, p.topClasses[0]);
            correct += p.isCorrect();
        }
        QVERIFY(correct >= 6);
        // Step reports are throttled (~20/s) but present, positions increase.
        QVERIFY(!probe.steps.empty());
        for (std::size_t i = 1; i < probe.steps.size(); ++i)
            QVERIFY(probe.steps[i].position.step > probe.steps[i - 1].position.step);
    }

    void sameSeedGivesIdenticalMetrics()
    {
        auto runOnce = [] {
            TrainingEngine engine;
            auto c = smallConfig(1000, 50);
            c.evaluationsPerEpoch = 2;
            c.seed = 1234;
            // Bit-identical needs a fixed thread count (the default adapts to
            // the machine's load); every core, as the default starts with.
            c.threads = int(std::max(1U, std::thread::hardware_concurrency()));
            Probe probe;
            engine.run(c, &probe);
            return probe.evaluations;
        };
        const auto a = runOnce();
        const auto b = runOnce();
        QCOMPARE(a.size(), b.size());
        QVERIFY(!a.empty());
        for (std::size_t i = 0; i < a.size(); ++i) {
            QCOMPARE(a[i].valLoss, b[i].valLoss);
            QCOMPARE(a[i].valAccuracy, b[i].valAccuracy);
            QCOMPARE(a[i].trainLoss, b[i].trainLoss);
        }
        // ...and a different seed gives a different run.
        TrainingEngine engine;
        auto c = smallConfig(1000, 50);
        c.evaluationsPerEpoch = 2;
        c.seed = 99;
        Probe probe;
        engine.run(c, &probe);
        QVERIFY(probe.evaluations.front().valLoss != a.front().valLoss);
    }

    // A batch split into chunks (gradients accumulated, one optimizer step)
    // is the same update as the whole batch. SGD, not Adam: Adam would hide a
    // wrongly scaled gradient. Uneven chunks (100 = 34 + 34 + 32) check the
    // weighting of each chunk's mean loss.
    void chunkedStepEqualsTheWholeBatch()
    {
        struct Outcome {
            RunResult result;
            std::vector<std::array<float, 10>> probabilities;
            std::int64_t passes = 0;
        };
        auto runWith = [](int chunk, double learningRate = 0.05) {
            TrainingEngine engine;
            engine.setStepChunk(chunk);
            auto c = smallConfig(400, 100);
            c.dropoutEnabled = false;
            c.optimizer = OptimizerKind::Sgd;
            c.learningRate = learningRate;
            c.threads = 1;
            c.seed = 77;
            Probe probe;
            Outcome out;
            out.result = engine.run(c, &probe);
            out.passes = engine.trainingPasses();
            std::vector<std::vector<float>> images;
            for (const auto &sample : probe.info.samples) {
                std::vector<float> image(784);
                for (int i = 0; i < 784; ++i)
                    image[i] = float(sample.pixels[i]) / 255.0f;
                images.push_back(image);
            }
            out.probabilities = engine.predict(images);
            return out;
        };
        const Outcome whole = runWith(-1);
        const Outcome chunked = runWith(40);
        QCOMPARE(whole.result.status, RunStatus::Completed);
        QCOMPARE(chunked.result.status, RunStatus::Completed);
        QCOMPARE(whole.passes, 4); // 4 steps of 100
        QCOMPARE(chunked.passes, 12); // 3 chunks each: the split happened
        QVERIFY(qAbs(whole.result.trainLoss - chunked.result.trainLoss) < 1e-5);
        QVERIFY(qAbs(whole.result.valLoss - chunked.result.valLoss) < 1e-5);
        QCOMPARE(whole.probabilities.size(), chunked.probabilities.size());
        QVERIFY(!whole.probabilities.empty());
        float worst = 0.0f;
        for (std::size_t i = 0; i < whole.probabilities.size(); ++i)
            for (int k = 0; k < 10; ++k)
                worst = std::max(worst, std::abs(whole.probabilities[i][k] - chunked.probabilities[i][k]));
        QVERIFY2(worst < 1e-5f, qPrintable(QString::number(double(worst))));
        // Summing the chunks' mean losses unweighted would triple the gradient:
        // for SGD that is the same as a 3x learning rate, and it shows.
        const Outcome unweighted = runWith(-1, 0.15);
        float apart = 0.0f;
        for (std::size_t i = 0; i < whole.probabilities.size(); ++i)
            for (int k = 0; k < 10; ++k)
                apart = std::max(apart, std::abs(whole.probabilities[i][k] - unweighted.probabilities[i][k]));
        QVERIFY2(apart > 1e-3f, qPrintable(QString::number(double(apart))));
    }

    void defaultThreadsAdaptAndAnExplicitCountStaysFixed()
    {
        const int cores = int(std::max(1U, std::thread::hardware_concurrency()));
        {
            TrainingEngine engine;
            Probe probe;
            engine.run(smallConfig(1000, 50), &probe);
            QCOMPARE(probe.result.status, RunStatus::Completed);
            QCOMPARE(probe.info.adaptiveThreads, cores > 1);
            QCOMPARE(probe.info.config.threads, cores);
            QVERIFY(!probe.steps.empty());
            for (const auto &step : probe.steps) {
                QVERIFY(step.threads >= 1 && step.threads <= cores);
                QVERIFY(!step.deviceName.empty());
            }
            for (const auto &change : probe.threadChanges) // on a busy machine
                QVERIFY(!change.reason.empty() && change.from != change.to);
        }
        TrainingEngine engine;
        auto c = smallConfig(1000, 50);
        c.threads = 1;
        Probe probe;
        engine.run(c, &probe);
        QVERIFY(!probe.info.adaptiveThreads);
        QVERIFY(probe.threadChanges.empty());
        QVERIFY(!probe.steps.empty());
        for (const auto &step : probe.steps)
            QCOMPARE(step.threads, 1);
    }

    void stopTakesEffectWithinOneStep()
    {
        TrainingEngine engine;
        auto c = smallConfig(5000, 16);
        c.reportsPerSecond = 1000;
        Probe probe;
        std::int64_t stopStep = -1;
        probe.stepHook = [&](const StepMetrics &m) {
            if (stopStep < 0 && m.position.step >= 5) {
                stopStep = m.position.step;
                engine.stop();
            }
        };
        const auto result = engine.run(c, &probe);
        QCOMPARE(result.status, RunStatus::Stopped);
        QVERIFY(stopStep >= 5);
        QCOMPARE(result.position.step, stopStep); // not a single step more
        QCOMPARE(result.position.epochPosition, double(stopStep) / 312.0);
    }

    void stopTokenStopsFromAnotherThread()
    {
        TrainingEngine engine;
        auto c = smallConfig(60000, 32);
        std::stop_source source;
        Probe probe;
        std::atomic<bool> stepped {false};
        probe.stepHook = [&](const StepMetrics &) { stepped = true; };
        std::jthread stopper([&] {
            while (!stepped)
                std::this_thread::sleep_for(std::chrono::milliseconds(5));
            source.request_stop();
        });
        const auto result = engine.run(c, &probe, source.get_token());
        QCOMPARE(result.status, RunStatus::Stopped);
        QVERIFY(result.position.step < 1875);
    }

    void pauseHoldsAndResumeContinues()
    {
        TrainingEngine engine;
        auto c = smallConfig(3000, 32);
        c.reportsPerSecond = 1000;
        Probe probe;
        std::int64_t pausedAt = -1;
        std::atomic<std::int64_t> lastStep {0};
        std::int64_t stepsWhilePaused = 0;
        std::atomic<bool> isPaused {false};
        std::jthread resumer;
        probe.stepHook = [&](const StepMetrics &m) {
            if (isPaused)
                ++stepsWhilePaused;
            lastStep = m.position.step;
            if (pausedAt < 0 && m.position.step >= 3) {
                pausedAt = m.position.step;
                engine.pause();
                QVERIFY(engine.isPaused());
            }
        };
        probe.pauseHook = [&](bool paused) {
            isPaused = paused;
            if (paused) {
                resumer = std::jthread([&] {
                    std::this_thread::sleep_for(std::chrono::milliseconds(300));
                    engine.resume();
                });
            }
        };
        const auto result = engine.run(c, &probe);
        QCOMPARE(result.status, RunStatus::Completed);
        QCOMPARE(probe.pauses, (std::vector<bool> {true, false}));
        QCOMPARE(stepsWhilePaused, std::int64_t(0));
        QCOMPARE(result.position.step, std::int64_t(3000 / 32)); // resumed and finished the epoch
        QVERIFY(pausedAt >= 3);
    }

    void learningRateChangeShowsInReportedConfig()
    {
        TrainingEngine engine;
        auto c = smallConfig(3000, 32);
        c.reportsPerSecond = 1000;
        Probe probe;
        bool changed = false;
        probe.stepHook = [&](const StepMetrics &m) {
            if (!changed && m.position.step >= 10) {
                changed = true;
                engine.setLearningRate(0.0005);
                engine.setDropout(false, 0.25, 0.5);
            }
        };
        const auto result = engine.run(c, &probe);
        QCOMPARE(result.status, RunStatus::Completed);
        QCOMPARE(int(probe.changes.size()), 2);
        QCOMPARE(probe.changes[0].parameter, std::string("learning_rate"));
        QCOMPARE(probe.changes[0].oldValue, std::string("0.001"));
        QCOMPARE(probe.changes[0].newValue, std::string("0.0005"));
        QVERIFY(probe.changes[0].position.step >= 10);
        QCOMPARE(probe.changes[1].parameter, std::string("dropout"));
        QCOMPARE(probe.changes[1].newValue, std::string("off"));
        QCOMPARE(probe.steps.front().learningRate, 0.001);
        QCOMPARE(probe.steps.back().learningRate, 0.0005);
        QCOMPARE(engine.modelConfig().learningRate, 0.0005);
        QVERIFY(!engine.modelConfig().dropoutEnabled);
    }

    void batchSizeChangeAppliesAtNextEpoch()
    {
        TrainingEngine engine;
        auto c = smallConfig(1000, 50);
        c.epochs = 2;
        c.reportsPerSecond = 1000;
        Probe probe;
        probe.stepHook = [&](const StepMetrics &m) {
            if (m.position.step == 2)
                engine.setBatchSize(100);
        };
        const auto result = engine.run(c, &probe);
        QCOMPARE(result.status, RunStatus::Completed);
        QCOMPARE(int(probe.changes.size()), 1);
        QCOMPARE(probe.changes[0].parameter, std::string("batch_size"));
        QCOMPARE(probe.changes[0].position.epochPosition, 1.0);
        QCOMPARE(result.position.step, std::int64_t(20 + 10));
        QCOMPARE(probe.steps.back().batchSize, 100);
    }

    void hugeLearningRateDivergesInsteadOfHanging()
    {
        TrainingEngine engine;
        auto c = smallConfig(2000, 32);
        c.learningRate = 10.0;
        c.epochs = 3;
        Probe probe;
        const auto result = engine.run(c, &probe);
        QCOMPARE(result.status, RunStatus::Diverged);
        QVERIFY(!std::isfinite(result.trainLoss) || result.trainLoss > 1e4);
        QVERIFY(result.position.step < 10); // caught at once, not after 3 epochs
        QCOMPARE(probe.result.status, RunStatus::Diverged);
    }

    void checkpointRoundTripGivesIdenticalPredictions()
    {
        QTemporaryDir dir;
        const auto path = dir.filePath(QStringLiteral("model.pt")).toStdString();
        TrainingEngine trained;
        QCOMPARE(trained.run(smallConfig(1000, 50), nullptr).status, RunStatus::Completed);
        QCOMPARE(trained.saveCheckpoint(path).code, ErrorCode::None);

        std::vector<std::vector<float>> images;
        for (int i = 0; i < 5; ++i) {
            std::vector<float> image(784);
            for (int p = 0; p < 784; ++p)
                image[p] = float((p * (i + 3)) % 17) / 16.0f;
            images.push_back(image);
        }
        const auto before = trained.predict(images);
        QCOMPARE(int(before.size()), 5);

        TrainingEngine loaded;
        QCOMPARE(loaded.loadCheckpoint(path).code, ErrorCode::None);
        const auto after = loaded.predict(images);
        QCOMPARE(after, before);

        const auto config = readCheckpointConfig(path);
        QVERIFY(config.hasValue());
        QCOMPARE(config->trainLimit, 1000);
        QCOMPARE(config->batchSize, 50);

        // A corrupt checkpoint is an error, not a crash.
        const auto bad = dir.filePath(QStringLiteral("bad.pt")).toStdString();
        QFile file(QString::fromStdString(bad));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a checkpoint");
        file.close();
        QCOMPARE(TrainingEngine().loadCheckpoint(bad).code, ErrorCode::CheckpointUnreadable);
    }

    void resumeContinuesFromTheCheckpoint()
    {
        QTemporaryDir dir;
        const auto path = dir.filePath(QStringLiteral("resume.pt")).toStdString();
        TrainingEngine first;
        auto c = smallConfig(1000, 50);
        QCOMPARE(first.run(c, nullptr).status, RunStatus::Completed);
        QCOMPARE(first.saveCheckpoint(path).code, ErrorCode::None);

        TrainingEngine second;
        c.epochs = 2;
        c.resumeFrom = path;
        Probe probe;
        const auto result = second.run(c, &probe);
        QCOMPARE(result.status, RunStatus::Completed);
        QCOMPARE(probe.info.startEpoch, 1);
        QCOMPARE(result.epochsCompleted, 2);
        QCOMPARE(result.position.step, std::int64_t(40)); // 20 restored + 20 new
        QCOMPARE(int(probe.evaluations.size()), 1); // only the second epoch ran
    }

    // Another architecture trains, reports its own size, and its checkpoint
    // brings back the same network (batch norm's moving averages included:
    // predictions are bit-identical) and resumes with it even when the config
    // asks for another.
    void otherArchitectureTrainsSavesAndResumes()
    {
        QTemporaryDir dir;
        const auto path = dir.filePath(QStringLiteral("bn.pt")).toStdString();
        auto c = smallConfig(1000, 50);
        c.convBlocks = 1;
        c.filters = 16;
        c.kernelSize = 5;
        c.denseUnits = 64;
        c.activation = Activation::Tanh;
        c.batchNorm = true;
        TrainingEngine trained;
        Probe probe;
        QCOMPARE(trained.run(c, &probe).status, RunStatus::Completed);
        QCOMPARE(probe.info.parameterCount, modelShape(c).parameters);
        QVERIFY(probe.evaluations.back().valAccuracy > 0.5);
        QCOMPARE(trained.saveCheckpoint(path).code, ErrorCode::None);

        const auto filters = trained.firstLayerFilters();
        QCOMPARE(filters.kernelSize, 5);
        QCOMPARE(int(filters.kernels.size()), 16);
        QCOMPARE(int(filters.kernels.front().size()), 25);
        QVERIFY(filters.weights.empty()); // the 3x3 view has nothing to show
        std::vector<float> image(784, 0.0f);
        for (int p = 300; p < 500; ++p)
            image[p] = 1.0f;
        const auto maps = trained.featureMaps(image);
        QCOMPARE(maps.conv1Size, 24);
        QCOMPARE(int(maps.conv1.size()), 16);
        QCOMPARE(maps.conv2Size, 0);
        QVERIFY(maps.conv2.empty());

        TrainingEngine loaded;
        QCOMPARE(loaded.loadCheckpoint(path).code, ErrorCode::None);
        QVERIFY(sameArchitecture(loaded.modelConfig(), c));
        QCOMPARE(loaded.predict({image}), trained.predict({image}));

        TrainingEngine resumed;
        auto asked = smallConfig(1000, 50); // the lab's network
        asked.epochs = 2;
        asked.resumeFrom = path;
        Probe resumedProbe;
        QCOMPARE(resumed.run(asked, &resumedProbe).status, RunStatus::Completed);
        QCOMPARE(resumedProbe.info.startEpoch, 1);
        QCOMPARE(resumedProbe.info.parameterCount, modelShape(c).parameters);
        QVERIFY(sameArchitecture(resumedProbe.info.config, c));
        QCOMPARE(resumed.modelConfig().batchNorm, true);
    }

    // A checkpoint saved before the architecture knobs holds the lab's network.
    void checkpointFromBeforeTheKnobsLoads()
    {
        const std::string path = CNNLAB_SOURCE_DIR "/runs/20261201-194336/checkpoint.pt";
        const auto stored = readCheckpointConfig(path);
        QVERIFY2(stored.hasValue(), stored.hasValue() ? "" : stored.error().detail.c_str());
        QVERIFY(sameArchitecture(*stored, TrainingConfig {}));
        TrainingEngine loaded;
        QCOMPARE(loaded.loadCheckpoint(path).code, ErrorCode::None);
        QCOMPARE(loaded.firstLayerFilters().weights.size(), std::size_t(32));
        QCOMPARE(loaded.predict({std::vector<float>(784, 0.5f)}).size(), std::size_t(1));
    }
};

QTEST_GUILESS_MAIN(TestEngine)
#include "tst_engine.moc"
