// What the engine reveals beyond loss and accuracy: the confusion matrix and
// misclassified images of full evaluations, and inference (predict, filters,
// feature maps) from a CPU copy of the weights, also while a run trains.
// Trains tiny runs on the real MNIST (scripts/fetch-mnist).
#include "cnnnet.h"

#include "cnnlab/core/dataset.h"
#include "cnnlab/core/trainingengine.h"

#include <QtTest>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <functional>
#include <string>
#include <thread>

using namespace cnnlab::core;

namespace {

constexpr int holdout = 500;
constexpr int holdoutFirst = 60000 - holdout;

class Probe : public TrainingObserver
{
public:
    std::function<void(const StepMetrics &)> stepHook;
    std::vector<std::string> events;
    std::vector<EpochMetrics> evaluations;
    std::vector<EvaluationDetails> details;
    std::atomic<int> evaluationCount {0};

    void onStep(const StepMetrics &m) override
    {
        if (stepHook)
            stepHook(m);
    }
    void onEvaluation(const EpochMetrics &m) override
    {
        events.push_back(m.fullValidation ? "full" : "quick");
        evaluations.push_back(m);
        ++evaluationCount;
    }
    void onPredictions(const std::vector<Prediction> &) override { events.push_back("predictions"); }
    void onEvaluationDetails(const EvaluationDetails &d) override
    {
        events.push_back("details");
        details.push_back(d);
    }
};

TrainingConfig tinyConfig(int trainLimit, int maxMisclassified)
{
    TrainingConfig c;
    c.trainLimit = trainLimit;
    c.batchSize = 32;
    c.epochs = 1;
    c.evaluationsPerEpoch = 2; // one quick evaluation, then the full one
    c.quickEvaluationSize = 200;
    c.validation = ValidationSource::Holdout;
    c.holdoutSize = holdout;
    c.sampleCount = 8;
    c.maxMisclassified = maxMisclassified;
    c.device = "cpu";
    c.seed = 3;
    return c;
}

std::vector<float> imageAt(const Dataset &data, int index)
{
    const auto *first = data.trainImages.pixels.data() + static_cast<std::size_t>(index) * 784;
    std::vector<float> image(784);
    std::transform(first, first + 784, image.begin(), [](std::uint8_t b) { return float(b) / 255.0f; });
    return image;
}

int argmax(const std::array<float, 10> &p)
{
    return int(std::max_element(p.begin(), p.end()) - p.begin());
}

} // namespace

class TestEvaluationDetails : public QObject
{
    Q_OBJECT

    Dataset m_data;
    TrainingEngine m_engine; // one small trained run shared by the read-only tests
    Probe m_probe;
    RunResult m_result;
    std::vector<std::array<float, 10>> m_holdoutProbabilities; // m_engine.predict over the holdout

    // The holdout through predict(), in the engine's CPU evaluation batches.
    std::vector<std::array<float, 10>> predictHoldout(const TrainingEngine &engine) const
    {
        std::vector<std::array<float, 10>> all;
        for (int first = 0; first < holdout; first += 200) {
            std::vector<std::vector<float>> images;
            for (int i = first; i < std::min(holdout, first + 200); ++i)
                images.push_back(imageAt(m_data, holdoutFirst + i));
            const auto probabilities = engine.predict(images);
            all.insert(all.end(), probabilities.begin(), probabilities.end());
        }
        return all;
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto data = loadDataset(DatasetKind::Mnist);
        if (!data)
            QSKIP("MNIST is not installed (scripts/fetch-mnist)");
        m_data = std::move(*data);
        QVERIFY(!m_engine.hasInferenceModel());
        QVERIFY(m_engine.predict({std::vector<float>(784, 0.0f)}).empty());
        QVERIFY(m_engine.firstLayerFilters().weights.empty());
        QVERIFY(m_engine.featureMaps(std::vector<float>(784, 0.0f)).conv1.empty());

        m_result = m_engine.run(tinyConfig(2000, 10), &m_probe);
        QCOMPARE(m_result.status, RunStatus::Completed);
        QVERIFY(m_engine.hasInferenceModel());
        m_holdoutProbabilities = predictHoldout(m_engine);
        QCOMPARE(int(m_holdoutProbabilities.size()), holdout);
    }

    void detailsFollowOnlyFullEvaluations()
    {
        QCOMPARE(m_probe.events,
            (std::vector<std::string> {"quick", "predictions", "full", "details", "predictions"}));
        QCOMPARE(int(m_probe.details.size()), 1);
        const auto &full = m_probe.evaluations.back();
        QCOMPARE(m_probe.details.front().position.step, full.position.step);
        QCOMPARE(m_probe.details.front().position.epochPosition, full.position.epochPosition);
    }

    void confusionMatrixCountsWhatPredictSays()
    {
        const auto &confusion = m_probe.details.front().confusion;
        ConfusionMatrix expected;
        for (int i = 0; i < holdout; ++i) {
            const int label = m_data.trainLabels.labels[holdoutFirst + i];
            ++expected.counts[label][argmax(m_holdoutProbabilities[i])];
        }
        for (int t = 0; t < 10; ++t)
            for (int p = 0; p < 10; ++p)
                QCOMPARE(confusion.counts[t][p], expected.counts[t][p]);
        QCOMPARE(confusion.total(), std::int64_t(holdout));
        QCOMPARE(confusion.accuracy(), m_result.valAccuracy);
        QCOMPARE(confusion.accuracy(), m_probe.evaluations.back().valAccuracy);
        // A model that learned something, so the mistakes below are a real selection.
        QVERIFY2(m_result.valAccuracy > 0.7 && m_result.valAccuracy < 1.0,
            qPrintable(QString::number(m_result.valAccuracy)));
    }

    void misclassifiedAreTheMostConfidentMistakes()
    {
        const auto &details = m_probe.details.front();
        const auto mistakes = details.confusion.total() - details.confusion.correct();
        QVERIFY(mistakes > 10);
        QCOMPARE(std::int64_t(details.misclassified.size()), std::min<std::int64_t>(mistakes, 10));

        float weakestListed = 1.0f;
        std::vector<int> listed;
        for (const auto &m : details.misclassified) {
            QVERIFY(m.datasetIndex >= holdoutFirst && m.datasetIndex < 60000);
            const int i = m.datasetIndex - holdoutFirst;
            const auto &p = m_holdoutProbabilities[i];
            QCOMPARE(m.trueLabel, int(m_data.trainLabels.labels[m.datasetIndex]));
            QCOMPARE(m.predictedLabel, argmax(p));
            QVERIFY(m.predictedLabel != m.trueLabel);
            QCOMPARE(m.topClasses[0], m.predictedLabel);
            for (int k = 0; k < 3; ++k)
                QVERIFY(qAbs(m.topProbabilities[k] - p[m.topClasses[k]]) < 1e-5f);
            QVERIFY(m.topProbabilities[0] >= m.topProbabilities[1]);
            QVERIFY(m.topProbabilities[1] >= m.topProbabilities[2]);
            QVERIFY2(m.confidence() <= weakestListed, "not sorted by confidence");
            weakestListed = m.confidence();
            const auto *source = m_data.trainImages.pixels.data() + std::size_t(m.datasetIndex) * 784;
            QVERIFY(m.pixels == std::vector<std::uint8_t>(source, source + 784));
            listed.push_back(i);
        }
        // No unlisted mistake was more confident than the least confident listed one.
        for (int i = 0; i < holdout; ++i) {
            const auto &p = m_holdoutProbabilities[i];
            const bool wrong = argmax(p) != m_data.trainLabels.labels[holdoutFirst + i];
            if (wrong && std::find(listed.begin(), listed.end(), i) == listed.end())
                QVERIFY(*std::max_element(p.begin(), p.end()) <= weakestListed + 1e-6f);
        }
    }

    void everyMistakeIsListedUnderTheLimit()
    {
        TrainingEngine engine;
        Probe probe;
        auto c = tinyConfig(320, 1000); // 10 steps: many mistakes, still fewer than 1000
        c.evaluationsPerEpoch = 1;
        QCOMPARE(engine.run(c, &probe).status, RunStatus::Completed);
        QCOMPARE(int(probe.details.size()), 1);
        const auto &details = probe.details.front();
        const auto mistakes = details.confusion.total() - details.confusion.correct();
        QVERIFY(mistakes > 20);
        QCOMPARE(std::int64_t(details.misclassified.size()), mistakes);
        std::vector<int> indices;
        for (const auto &m : details.misclassified) {
            QVERIFY(m.predictedLabel != m.trueLabel);
            indices.push_back(m.datasetIndex);
        }
        std::sort(indices.begin(), indices.end());
        QVERIFY(std::adjacent_find(indices.begin(), indices.end()) == indices.end()); // no duplicates
    }

    void predictWorksWhileTraining()
    {
        TrainingEngine engine;
        Probe probe;
        auto c = tinyConfig(3000, 10);
        c.evaluationsPerEpoch = 4;
        c.reportsPerSecond = 1000;
        std::atomic<int> predictedWhileRunning {0};
        std::atomic<bool> finished {false};
        // Once the first evaluation made an inference copy, training waits (at
        // most 20 s) for three predictions, then goes on while more are made.
        probe.stepHook = [&](const StepMetrics &) {
            const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(20);
            while (probe.evaluationCount > 0 && predictedWhileRunning < 3
                && std::chrono::steady_clock::now() < until)
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
        };
        RunResult result;
        std::jthread trainer([&] {
            result = engine.run(c, &probe);
            finished = true;
        });

        const auto image = imageAt(m_data, holdoutFirst);
        int badProbabilities = 0;
        int badMaps = 0;
        while (!finished) {
            if (!engine.hasInferenceModel()) {
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
                continue;
            }
            const auto p = engine.predict({image, imageAt(m_data, holdoutFirst + 1)});
            const auto maps = engine.featureMaps(image);
            const auto filters = engine.firstLayerFilters();
            const bool running = engine.isRunning();
            for (const auto &row : p) {
                float sum = 0.0f;
                for (const float v : row)
                    sum += v;
                if (qAbs(sum - 1.0f) > 1e-4f)
                    ++badProbabilities;
            }
            if (p.size() != 2)
                ++badProbabilities;
            if (maps.conv1.size() != 32 || maps.conv2.size() != 64 || filters.weights.size() != 32)
                ++badMaps;
            if (running)
                ++predictedWhileRunning;
        }
        trainer.join();
        QCOMPARE(result.status, RunStatus::Completed);
        QCOMPARE(badProbabilities, 0);
        QCOMPARE(badMaps, 0);
        QVERIFY2(predictedWhileRunning >= 3, qPrintable(QString::number(predictedWhileRunning.load())));
        QCOMPARE(int(probe.evaluations.size()), 4);
    }

    void filtersAndFeatureMapsComeFromTheModel()
    {
        QTemporaryDir dir;
        const auto path = dir.filePath(QStringLiteral("model.pt")).toStdString();
        QCOMPARE(m_engine.saveCheckpoint(path).code, ErrorCode::None);
        // The trained weights, read back with LibTorch directly.
        torch::serialize::InputArchive root;
        root.load_from(path);
        torch::serialize::InputArchive modelArchive;
        root.read("model", modelArchive);
        CnnNet model;
        model->load(modelArchive);
        model->eval();
        const auto parameters = model->named_parameters();
        const auto conv1Weight = parameters["conv1.weight"].contiguous(); // [32, 1, 3, 3]
        const auto conv1Bias = parameters["conv1.bias"];

        const auto filters = m_engine.firstLayerFilters();
        QCOMPARE(int(filters.weights.size()), 32);
        QCOMPARE(int(filters.biases.size()), 32);
        for (int f = 0; f < 32; ++f) {
            QCOMPARE(filters.biases[f], conv1Bias[f].item<float>());
            for (int k = 0; k < 9; ++k)
                QCOMPARE(filters.weights[f][k], conv1Weight[f][0][k / 3][k % 3].item<float>());
        }

        const auto image = imageAt(m_data, holdoutFirst + 7);
        const auto maps = m_engine.featureMaps(image);
        QCOMPARE(maps.conv1Size, 26);
        QCOMPARE(maps.conv2Size, 24);
        QCOMPARE(int(maps.conv1.size()), 32);
        QCOMPARE(int(maps.conv2.size()), 64);
        for (const auto &map : maps.conv1)
            QCOMPARE(int(map.size()), 26 * 26);
        for (const auto &map : maps.conv2)
            QCOMPARE(int(map.size()), 24 * 24);
        // conv1 + ReLU by hand, from the reported filters.
        for (int f = 0; f < 32; ++f) {
            for (int y = 0; y < 26; ++y) {
                for (int x = 0; x < 26; ++x) {
                    float sum = filters.biases[f];
                    for (int k = 0; k < 9; ++k)
                        sum += filters.weights[f][k] * image[(y + k / 3) * 28 + x + k % 3];
                    QVERIFY(qAbs(maps.conv1[f][y * 26 + x] - std::max(0.0f, sum)) < 1e-4f);
                }
            }
        }
        // conv2 + ReLU: the same as the model's own layers.
        auto input = torch::from_blob(const_cast<float *>(image.data()), {1, 1, 28, 28}).clone();
        torch::NoGradGuard noGrad;
        const auto conv2 = model->features(input).conv2.contiguous();
        const float *expected = conv2.data_ptr<float>();
        float largest = 0.0f;
        for (int c = 0; c < 64; ++c) {
            for (int i = 0; i < 576; ++i) {
                QVERIFY(maps.conv2[c][i] >= 0.0f);
                QVERIFY(qAbs(maps.conv2[c][i] - expected[c * 576 + i]) < 1e-4f);
                largest = std::max(largest, maps.conv2[c][i]);
            }
        }
        QVERIFY(largest > 0.0f);

        QVERIFY(m_engine.featureMaps(std::vector<float>(100, 0.0f)).conv1.empty()); // not 28x28
        QVERIFY(m_engine.predict({std::vector<float>(100, 0.0f)}).empty());
    }

    void checkpointRoundTripKeepsInference()
    {
        QTemporaryDir dir;
        const auto path = dir.filePath(QStringLiteral("model.pt")).toStdString();
        QCOMPARE(m_engine.saveCheckpoint(path).code, ErrorCode::None);
        TrainingEngine loaded;
        QVERIFY(!loaded.hasInferenceModel());
        QCOMPARE(loaded.loadCheckpoint(path).code, ErrorCode::None);
        QVERIFY(loaded.hasInferenceModel());
        const auto before = m_engine.firstLayerFilters();
        const auto after = loaded.firstLayerFilters();
        QVERIFY(!before.weights.empty());
        QVERIFY(before.weights == after.weights);
        QVERIFY(before.biases == after.biases);
        QVERIFY(predictHoldout(loaded) == m_holdoutProbabilities);
        const auto image = imageAt(m_data, holdoutFirst + 3);
        QVERIFY(loaded.featureMaps(image).conv2 == m_engine.featureMaps(image).conv2);
    }
};

QTEST_GUILESS_MAIN(TestEvaluationDetails)
#include "tst_evaluationdetails.moc"
