// The lesson knobs beyond the lab's network: the loss's pieces (label smoothing,
// L1/L2 penalties) by hand, the learning-rate schedules' values, and short
// seeded runs on the real MNIST for the optimizers and the regularizers.
#include "augmentation.h"
#include "cnnnet.h"
#include "losses.h"

#include "cnnlab/core/lrschedule.h"
#include "cnnlab/core/runrecord.h"
#include "cnnlab/core/trainingengine.h"

#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <cmath>

using namespace cnnlab::core;

namespace {

class StepProbe : public TrainingObserver
{
public:
    std::vector<StepMetrics> steps;
    std::vector<EpochMetrics> evaluations;
    void onStarted(const RunInfo &) override { }
    void onStep(const StepMetrics &m) override { steps.push_back(m); }
    void onEvaluation(const EpochMetrics &m) override { evaluations.push_back(m); }
    void onPredictions(const std::vector<Prediction> &) override { }
    void onConfigChanged(const ConfigChange &) override { }
    void onFinished(const RunResult &) override { }
};

// 2000 images, batches of 50, validated on a 500-image holdout: seconds per run.
TrainingConfig shortRun()
{
    TrainingConfig c;
    c.trainLimit = 2000;
    c.batchSize = 50;
    c.epochs = 1;
    c.evaluationsPerEpoch = 1;
    c.quickEvaluationSize = 500;
    c.validation = ValidationSource::Holdout;
    c.holdoutSize = 500;
    c.sampleCount = 4;
    c.device = "cpu";
    c.threads = 2; // fixed: the same seed gives the same weights
    c.seed = 11;
    return c;
}

// The trained network's weights, read back from its checkpoint.
CnnNet trainedNet(TrainingEngine &engine, const TrainingConfig &config)
{
    QTemporaryDir dir;
    const auto path = dir.filePath(QStringLiteral("model.pt")).toStdString();
    if (engine.saveCheckpoint(path).isError())
        return nullptr;
    torch::serialize::InputArchive root;
    root.load_from(path);
    torch::serialize::InputArchive modelArchive;
    root.read("model", modelArchive);
    CnnNet net(config, false);
    net->load(modelArchive);
    return net;
}

double kernelNorm(const CnnNet &net)
{
    double sum = 0.0;
    for (const auto &kernel : net->kernels())
        sum += kernel.square().sum().item<double>();
    return std::sqrt(sum);
}

double nearZeroFraction(const CnnNet &net)
{
    double small = 0.0, total = 0.0;
    for (const auto &kernel : net->kernels()) {
        small += kernel.abs().lt(1e-3).sum().item<double>();
        total += static_cast<double>(kernel.numel());
    }
    return small / total;
}

// 16 images of a random 8x8 pattern in the middle of a blank 28x28 field.
torch::Tensor patchBatch()
{
    auto x = torch::zeros({16, 1, 28, 28});
    x.narrow(2, 10, 8).narrow(3, 10, 8).copy_(torch::rand({16, 1, 8, 8}));
    return x;
}

} // namespace

class TestTrainingKnobs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Out-of-range knobs are rejected with the field's run.json name.
    void validateNamesTheField_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<double>("value");
        QTest::newRow("conv_blocks") << QStringLiteral("conv_blocks") << 4.0;
        QTest::newRow("conv_blocks 0") << QStringLiteral("conv_blocks") << 0.0;
        QTest::newRow("filters") << QStringLiteral("filters") << 256.0;
        QTest::newRow("kernel_size") << QStringLiteral("kernel_size") << 4.0;
        QTest::newRow("dense_units") << QStringLiteral("dense_units") << 8.0;
        QTest::newRow("weight_decay") << QStringLiteral("weight_decay") << -0.1;
        QTest::newRow("l1") << QStringLiteral("l1") << 2.0;
        QTest::newRow("label_smoothing") << QStringLiteral("label_smoothing") << 0.6;
        QTest::newRow("lr_step_factor") << QStringLiteral("lr_step_factor") << 0.0;
        QTest::newRow("lr_step_epochs") << QStringLiteral("lr_step_epochs") << 0.0;
        QTest::newRow("warmup_fraction") << QStringLiteral("warmup_fraction") << 0.95;
        QTest::newRow("nesterov without momentum") << QStringLiteral("nesterov") << 0.0;
    }

    void validateNamesTheField()
    {
        QFETCH(QString, field);
        QFETCH(double, value);
        TrainingConfig c;
        QVERIFY(!validate(c).isError());
        const std::string name = field.toStdString();
        if (name == "conv_blocks")
            c.convBlocks = int(value);
        else if (name == "filters")
            c.filters = int(value);
        else if (name == "kernel_size")
            c.kernelSize = int(value);
        else if (name == "dense_units")
            c.denseUnits = int(value);
        else if (name == "weight_decay")
            c.weightDecay = value;
        else if (name == "l1")
            c.l1 = value;
        else if (name == "label_smoothing")
            c.labelSmoothing = value;
        else if (name == "lr_step_factor")
            c.lrStepFactor = value;
        else if (name == "lr_step_epochs")
            c.lrStepEpochs = int(value);
        else if (name == "warmup_fraction")
            c.warmupFraction = value;
        else if (name == "nesterov") {
            c.optimizer = OptimizerKind::Sgd;
            c.nesterov = true;
            c.momentum = value;
        }
        const Error error = validate(c);
        QCOMPARE(error.code, ErrorCode::InvalidConfig);
        QCOMPARE(QString::fromStdString(error.path), field);
    }

    void labelSmoothingByHand()
    {
        // Two examples, three classes.
        const auto logits = torch::tensor({2.0, 0.0, -1.0, 0.5, 1.5, 0.0}, torch::kFloat64).reshape({2, 3});
        const auto target = torch::tensor({0, 1}, torch::kInt64);
        const double e = 0.2;
        double plain = 0.0, smoothed = 0.0;
        const double rows[2][3] = {{2.0, 0.0, -1.0}, {0.5, 1.5, 0.0}};
        for (int r = 0; r < 2; ++r) {
            const double z = std::exp(rows[r][0]) + std::exp(rows[r][1]) + std::exp(rows[r][2]);
            for (int k = 0; k < 3; ++k) {
                const double logP = rows[r][k] - std::log(z);
                const double q = (k == r ? 1.0 - e : 0.0) + e / 3.0;
                smoothed -= q * logP / 2.0;
                if (k == r)
                    plain -= logP / 2.0;
            }
        }
        const auto loss = crossEntropyLoss(logits, target, e);
        QVERIFY(std::abs(loss.objective.item<double>() - smoothed) < 1e-12);
        QVERIFY(std::abs(loss.crossEntropy.item<double>() - plain) < 1e-12);
        QVERIFY(std::abs(smoothed - plain) > 0.05); // the smoothing changed the loss
        // No smoothing: the lab's loss, exactly.
        const auto lab = crossEntropyLoss(logits, target, 0.0);
        QVERIFY(torch::equal(lab.objective, torch::nll_loss(torch::log_softmax(logits, 1), target)));
    }

    void weightPenaltyByHand()
    {
        const std::vector<torch::Tensor> kernels
            = {torch::tensor({1.0, -2.0}, torch::kFloat64), torch::tensor({3.0}, torch::kFloat64)};
        // 0.1 * (1 + 4 + 9) + 0.01 * (1 + 2 + 3)
        QVERIFY(std::abs(weightPenalty(kernels, 0.1, 0.01).item<double>() - 1.46) < 1e-12);
        QVERIFY(std::abs(weightPenalty(kernels, 0.1, 0.0).item<double>() - 1.4) < 1e-12);
        QVERIFY(std::abs(weightPenalty(kernels, 0.0, 0.01).item<double>() - 0.06) < 1e-12);
        QVERIFY(!weightPenalty(kernels, 0.0, 0.0).defined());
    }

    void scheduleValues()
    {
        TrainingConfig c;
        c.learningRate = 0.1;
        c.epochs = 10;
        auto at = [&](double position) { return scheduledLearningRate(c, position); };
        auto near = [](double a, double b) { return std::abs(a - b) <= 1e-12 * std::max(1.0, std::abs(b)); };

        QCOMPARE(at(0.0), 0.1); // constant
        QCOMPARE(at(7.3), 0.1);

        c.schedule = LrSchedule::Step;
        c.lrStepEpochs = 3;
        c.lrStepFactor = 0.5;
        QCOMPARE(at(0.0), 0.1);
        QCOMPARE(at(2.99), 0.1);
        QCOMPARE(at(3.0), 0.05);
        QCOMPARE(at(6.5), 0.025);
        QCOMPARE(at(9.99), 0.0125);

        c.schedule = LrSchedule::Cosine;
        QCOMPARE(at(0.0), 0.1);
        QVERIFY(near(at(5.0), 0.05)); // halfway: half the rate
        QVERIFY(near(at(2.5), 0.1 * (1.0 + std::sqrt(0.5)) / 2.0));
        QVERIFY(std::abs(at(10.0)) < 1e-15);

        c.schedule = LrSchedule::OneCycle;
        c.warmupFraction = 0.3;
        QVERIFY(near(at(0.0), 0.1 / 25.0));
        QVERIFY(near(at(1.5), 0.1 / 25.0 + (0.1 - 0.1 / 25.0) * 0.5)); // halfway up, linearly
        QVERIFY(near(at(3.0), 0.1)); // the peak at the end of the warm-up
        const double end = 0.1 / 25.0 / 1e4;
        QVERIFY(near(at(6.5), end + (0.1 - end) * 0.5)); // halfway down the cosine
        QVERIFY(near(at(10.0), end));
        c.warmupFraction = 0.0; // no warm-up: the peak at once
        QVERIFY(near(at(0.0), 0.1));
    }

    // The rate each step used is reported, and follows the schedule.
    void scheduleDrivesTheSteps()
    {
        auto c = shortRun();
        c.epochs = 2;
        c.schedule = LrSchedule::Cosine;
        c.reportsPerSecond = 1000;
        TrainingEngine engine;
        StepProbe probe;
        QCOMPARE(engine.run(c, &probe).status, RunStatus::Completed);
        QVERIFY(probe.steps.size() >= 4);
        for (const auto &step : probe.steps) {
            // Reported after the step; the rate is the one at the step's start.
            const double expected
                = scheduledLearningRate(c, step.position.epochPosition - 1.0 / double(step.stepsPerEpoch));
            QVERIFY2(std::abs(step.learningRate - expected) <= 1e-9 * expected,
                qPrintable(QString::number(step.position.epochPosition)));
        }
        QVERIFY(probe.steps.back().learningRate < 0.1 * c.learningRate);
    }

    // A schedule that never moves the rate trains exactly as the constant one:
    // the per-step rate update leaves the lab's training untouched.
    void flatScheduleEqualsConstant()
    {
        auto runWith = [](LrSchedule schedule) {
            auto c = shortRun();
            c.schedule = schedule;
            c.lrStepFactor = 1.0;
            c.lrStepEpochs = 1;
            c.epochs = 2;
            TrainingEngine engine;
            StepProbe probe;
            engine.run(c, &probe);
            return probe.evaluations;
        };
        const auto constant = runWith(LrSchedule::Constant);
        const auto step = runWith(LrSchedule::Step);
        QCOMPARE(constant.size(), step.size());
        QVERIFY(!constant.empty());
        for (std::size_t i = 0; i < constant.size(); ++i) {
            QCOMPARE(constant[i].valLoss, step[i].valLoss);
            QCOMPARE(constant[i].trainLoss, step[i].trainLoss);
        }
    }

    void everyOptimizerTrains_data()
    {
        QTest::addColumn<int>("optimizer");
        QTest::addColumn<bool>("nesterov");
        QTest::addColumn<double>("learningRate");
        QTest::newRow("adam") << int(OptimizerKind::Adam) << false << 1e-3;
        QTest::newRow("sgd") << int(OptimizerKind::Sgd) << false << 0.05;
        QTest::newRow("sgd nesterov") << int(OptimizerKind::Sgd) << true << 0.05;
        QTest::newRow("adamw") << int(OptimizerKind::AdamW) << false << 1e-3;
        QTest::newRow("rmsprop") << int(OptimizerKind::RMSprop) << false << 1e-3;
    }

    void everyOptimizerTrains()
    {
        QFETCH(int, optimizer);
        QFETCH(bool, nesterov);
        QFETCH(double, learningRate);
        auto c = shortRun();
        c.optimizer = static_cast<OptimizerKind>(optimizer);
        c.nesterov = nesterov;
        c.learningRate = learningRate;
        c.weightDecay = 0.01;
        TrainingEngine engine;
        const auto result = engine.run(c, nullptr);
        QCOMPARE(result.status, RunStatus::Completed);
        QVERIFY(std::isfinite(result.trainLoss));
        QVERIFY(std::isfinite(result.valLoss));
        QVERIFY2(result.valAccuracy > 0.5, qPrintable(QString::number(result.valAccuracy)));
        const auto net = trainedNet(engine, c);
        QVERIFY(!net.is_empty());
        QVERIFY(std::isfinite(kernelNorm(net)));
    }

    // The same seeded run with and without each penalty: Keras' L2 and AdamW's
    // decoupled decay shrink the kernels, L1 pushes more of them to zero.
    void penaltiesShrinkTheWeights()
    {
        auto run = [](double weightDecay, double l1, OptimizerKind optimizer) {
            auto c = shortRun();
            c.weightDecay = weightDecay;
            c.l1 = l1;
            c.optimizer = optimizer;
            TrainingEngine engine;
            const auto result = engine.run(c, nullptr);
            if (result.status != RunStatus::Completed)
                return CnnNet(nullptr);
            return trainedNet(engine, c);
        };
        const auto none = run(0.0, 0.0, OptimizerKind::Adam);
        const auto l2 = run(0.01, 0.0, OptimizerKind::Adam);
        const auto l1 = run(0.0, 1e-3, OptimizerKind::Adam);
        const auto adamw = run(0.0, 0.0, OptimizerKind::AdamW);
        const auto adamwDecay = run(0.5, 0.0, OptimizerKind::AdamW);
        for (const auto *net : {&none, &l2, &l1, &adamw, &adamwDecay})
            QVERIFY(!net->is_empty());
        qInfo("kernel norms: none %.4f, L2 %.4f, L1 %.4f; AdamW %.4f, decay 0.5 %.4f", kernelNorm(none),
            kernelNorm(l2), kernelNorm(l1), kernelNorm(adamw), kernelNorm(adamwDecay));
        qInfo("near-zero kernel weights: none %.4f, L1 %.4f", nearZeroFraction(none), nearZeroFraction(l1));
        QVERIFY(kernelNorm(l2) < 0.95 * kernelNorm(none));
        QVERIFY(kernelNorm(l1) < 0.95 * kernelNorm(none));
        QVERIFY(nearZeroFraction(l1) > nearZeroFraction(none));
        QVERIFY(kernelNorm(adamwDecay) < kernelNorm(adamw));
    }

    // Label smoothing changes what is minimised, not what is reported: the
    // reported loss is still the plain cross-entropy (a smoothed model is less
    // confident, so its cross-entropy is not lower), and the run differs.
    void labelSmoothingChangesTraining()
    {
        auto run = [](double smoothing) {
            auto c = shortRun();
            c.labelSmoothing = smoothing;
            TrainingEngine engine;
            return engine.run(c, nullptr);
        };
        const auto plain = run(0.0);
        const auto smoothed = run(0.2);
        QCOMPARE(smoothed.status, RunStatus::Completed);
        QVERIFY(smoothed.trainLoss != plain.trainLoss);
        QVERIFY(smoothed.valAccuracy > 0.5);
    }

    void noAugmentationLeavesTheBatch()
    {
        torch::manual_seed(3);
        const auto x = patchBatch();
        QVERIFY(torch::equal(augmentBatch(x, 0, 0.0), x));
    }

    // Each image moves by whole pixels, up to 4 each way: it is its original
    // rolled by some (dy, dx), nothing lost (the patch stays inside), and the
    // same seed draws the same shifts.
    void shiftsAreWholePixels()
    {
        torch::manual_seed(3);
        const auto x = patchBatch();
        torch::manual_seed(5);
        const auto shifted = augmentBatch(x, 4, 0.0);
        torch::manual_seed(5);
        QVERIFY(torch::equal(augmentBatch(x, 4, 0.0), shifted));
        QCOMPARE(shifted.sizes().vec(), x.sizes().vec());
        int moved = 0;
        for (int i = 0; i < 16; ++i) {
            bool found = false;
            for (int dy = -4; dy <= 4 && !found; ++dy)
                for (int dx = -4; dx <= 4 && !found; ++dx)
                    found = torch::allclose(shifted[i], torch::roll(x[i], {dy, dx}, {1, 2}), 1e-5, 1e-5);
            QVERIFY2(found, qPrintable(QString::number(i)));
            moved += !torch::allclose(shifted[i], x[i]);
        }
        QVERIFY(moved >= 12); // 1 in 81 draws no shift at all
    }

    void rotationsTurnTheImage()
    {
        torch::manual_seed(3);
        const auto x = patchBatch();
        const auto rotated = augmentBatch(x, 0, 20.0);
        QVERIFY(!torch::allclose(rotated, x, 1e-3, 1e-3));
        // A turn about the centre keeps the patch's mass near where it was.
        const double before = x.sum().item<double>();
        QVERIFY(std::abs(rotated.sum().item<double>() - before) < 0.1 * before);
        QVERIFY(rotated.narrow(2, 0, 5).abs().max().item<float>() == 0.0f); // nothing reaches the top rows
    }

    // An augmented run trains on moved digits (another loss) and still learns;
    // the validation images are not augmented.
    void augmentedRunTrains()
    {
        auto run = [](int shift, double degrees) {
            auto c = shortRun();
            c.augmentShift = shift;
            c.augmentRotate = degrees;
            TrainingEngine engine;
            return engine.run(c, nullptr);
        };
        const auto plain = run(0, 0.0);
        const auto augmented = run(2, 10.0);
        QCOMPARE(augmented.status, RunStatus::Completed);
        QVERIFY(augmented.trainLoss != plain.trainLoss);
        QVERIFY2(augmented.valAccuracy > 0.5, qPrintable(QString::number(augmented.valAccuracy)));
    }

    // 300 images, no dropout: the holdout loss bottoms out within a few epochs
    // and climbs as the network memorises; patience 2 ends the run there with
    // the best epoch's weights, the same weights a run of exactly that many
    // epochs ends with.
    void earlyStoppingRestoresTheBestEpoch()
    {
        auto c = shortRun();
        c.trainLimit = 300;
        c.dropoutEnabled = false;
        c.epochs = 40;
        c.earlyStopPatience = 2;
        TrainingEngine engine;
        StepProbe probe;
        const auto result = engine.run(c, &probe);
        QCOMPARE(result.status, RunStatus::Completed);
        QVERIFY(result.stoppedEarly);
        QVERIFY(result.bestEpoch >= 1);
        QCOMPARE(result.epochsCompleted, result.bestEpoch + 2);
        QVERIFY(result.epochsCompleted < c.epochs);
        std::vector<double> losses;
        for (const auto &evaluation : probe.evaluations)
            if (evaluation.fullValidation)
                losses.push_back(evaluation.valLoss);
        QCOMPARE(int(losses.size()), result.epochsCompleted);
        const double lowest = *std::min_element(losses.begin(), losses.end());
        QCOMPARE(losses[std::size_t(result.bestEpoch - 1)], lowest);
        QCOMPARE(result.valLoss, lowest);
        qInfo("stopped after %d epochs, best %d (holdout loss %.4f)", result.epochsCompleted,
            result.bestEpoch, lowest);

        auto exact = c;
        exact.epochs = result.bestEpoch;
        exact.earlyStopPatience = 0;
        TrainingEngine reference;
        const auto referenceResult = reference.run(exact, nullptr);
        QVERIFY(!referenceResult.stoppedEarly);
        QCOMPARE(referenceResult.valLoss, result.valLoss);
        std::vector<std::vector<float>> images;
        for (int i = 0; i < 4; ++i) {
            std::vector<float> image(784);
            for (int p = 0; p < 784; ++p)
                image[std::size_t(p)] = float((p * (i + 5)) % 13) / 12.0f;
            images.push_back(image);
        }
        QCOMPARE(engine.predict(images), reference.predict(images));
        const auto stopped = trainedNet(engine, c);
        const auto best = trainedNet(reference, exact);
        QCOMPARE(kernelNorm(stopped), kernelNorm(best));
    }

    // A checkpoint's stored architecture builds the model before its weights
    // are read: one out of range is refused, not built.
    void checkpointWithAHostileArchitectureIsRefused()
    {
        QTemporaryDir dir;
        const auto path = dir.filePath(QStringLiteral("hostile.pt")).toStdString();
        TrainingConfig hostile;
        hostile.filters = 1 << 30;
        torch::serialize::OutputArchive root;
        torch::serialize::OutputArchive model;
        CnnNet(TrainingConfig {}, false)->save(model);
        root.write("model", model);
        root.write("format", c10::IValue(std::int64_t(1)));
        root.write("config", c10::IValue(configToJson(hostile)));
        root.save_to(path);
        const auto stored = readCheckpointConfig(path);
        QVERIFY(!stored.hasValue());
        QCOMPARE(stored.error().code, ErrorCode::CheckpointUnreadable);
        QVERIFY2(stored.error().detail.find("filters") != std::string::npos, stored.error().detail.c_str());
        TrainingEngine engine;
        QCOMPARE(engine.loadCheckpoint(path).code, ErrorCode::CheckpointUnreadable);
        auto resume = shortRun();
        resume.resumeFrom = path;
        const auto result = engine.run(resume, nullptr);
        QCOMPARE(result.status, RunStatus::Failed);
        QCOMPARE(result.error.code, ErrorCode::CheckpointUnreadable);
    }
};

QTEST_GUILESS_MAIN(TestTrainingKnobs)
#include "tst_trainingknobs.moc"
