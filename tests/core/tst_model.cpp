// The lab's CNN itself: shapes, size, and what dropout does in train mode.
#include "cnnnet.h"

#include "cnnlab/core/trainingengine.h"

#include <QtTest>

using namespace cnnlab::core;

class TestModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { torch::manual_seed(7); }

    void outputShape()
    {
        CnnNet net;
        auto logits = net->forward(torch::rand({4, 1, 28, 28}));
        QCOMPARE(logits.dim(), 2);
        QCOMPARE(logits.size(0), 4);
        QCOMPARE(logits.size(1), 10);
    }

    void parameterCount()
    {
        // Keras' model.summary() for the lab's network: 1,199,882.
        CnnNet net;
        std::int64_t count = 0;
        for (const auto &p : net->parameters())
            count += p.numel();
        QCOMPARE(count, std::int64_t(1199882));
        QCOMPARE(labModelParameterCount(), std::int64_t(1199882));
    }

    void kerasInitZeroesBiases()
    {
        CnnNet net(true);
        for (const auto &p : net->named_parameters()) {
            if (p.key().ends_with("bias"))
                QVERIFY2(p.value().abs().max().item<float>() == 0.0f, p.key().c_str());
            else
                QVERIFY2(p.value().abs().max().item<float>() > 0.0f, p.key().c_str());
        }
        // Glorot-uniform bound for fc1: sqrt(6 / (9216 + 128)).
        const float bound = std::sqrt(6.0f / (9216.0f + 128.0f));
        const auto fc1 = net->named_parameters()["fc1.weight"];
        QVERIFY(fc1.abs().max().item<float>() <= bound);
        QVERIFY(fc1.abs().max().item<float>() > 0.9f * bound);
    }

    void dropoutOffIsDeterministicInTrainMode()
    {
        CnnNet net;
        net->train();
        net->setDropout(false, 0.25, 0.5);
        auto x = torch::rand({8, 1, 28, 28});
        QVERIFY(torch::equal(net->forward(x), net->forward(x)));
    }

    void dropoutOnIsRandomInTrainModeOnly()
    {
        CnnNet net;
        net->setDropout(true, 0.25, 0.5);
        auto x = torch::rand({8, 1, 28, 28});
        net->train();
        QVERIFY(!torch::equal(net->forward(x), net->forward(x)));
        net->eval();
        QVERIFY(torch::equal(net->forward(x), net->forward(x)));
    }

    void featuresAreTheStartOfForward()
    {
        // features() must be what forward() builds on: finishing the network by
        // hand from its conv2 output gives forward's logits.
        CnnNet net;
        net->eval();
        auto x = torch::rand({3, 1, 28, 28});
        const auto features = net->features(x);
        QCOMPARE(features.conv1.sizes().vec(), (std::vector<std::int64_t> {3, 32, 26, 26}));
        QCOMPARE(features.conv2.sizes().vec(), (std::vector<std::int64_t> {3, 64, 24, 24}));
        QVERIFY(features.conv1.min().item<float>() >= 0.0f); // after ReLU
        QVERIFY(features.conv1.max().item<float>() > 0.0f);
        const auto parameters = net->named_parameters();
        auto h = torch::max_pool2d(features.conv2, 2).flatten(1);
        h = torch::relu(torch::linear(h, parameters["fc1.weight"], parameters["fc1.bias"]));
        const auto logits = torch::linear(h, parameters["fc2.weight"], parameters["fc2.bias"]);
        QVERIFY(torch::allclose(logits, net->forward(x), 1e-5, 1e-6));
    }
};

QTEST_GUILESS_MAIN(TestModel)
#include "tst_model.moc"
