// The lab's CNN itself: shapes, size, and what dropout does in train mode.
#include "cnnnet.h"

#include "cnnlab/core/modelshape.h"
#include "cnnlab/core/trainingengine.h"

#include <QtTest>

using namespace cnnlab::core;

namespace {

TrainingConfig architecture(
    int blocks, int filters, int kernel, int dense, bool batchNorm, Activation activation = Activation::Relu)
{
    TrainingConfig c;
    c.convBlocks = blocks;
    c.filters = filters;
    c.kernelSize = kernel;
    c.denseUnits = dense;
    c.batchNorm = batchNorm;
    c.activation = activation;
    return c;
}

std::int64_t torchParameterCount(CnnNet &net)
{
    std::int64_t count = 0;
    for (const auto &p : net->parameters())
        count += p.numel();
    return count;
}

} // namespace

Q_DECLARE_METATYPE(TrainingConfig)

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

    // Counted by hand (weights + bias [+ 2 per channel for batch norm] per layer),
    // checked against modelShape() and against the module torch builds.
    void parameterCountsByHand_data()
    {
        QTest::addColumn<TrainingConfig>("config");
        QTest::addColumn<qint64>("parameters");
        // 320 + 18,496 + 1,179,776 + 1,290
        QTest::newRow("lab") << TrainingConfig {} << qint64(1199882);
        // 28 -> 26 -> pool 13: (9+1)*32 + (32*169+1)*128 + (128+1)*10
        QTest::newRow("one block") << architecture(1, 32, 3, 128, false) << qint64(693962);
        // 28 -> 24 -> 20 -> 16 -> pool 8: 26*32 + 801*64 + 1601*128 + 8193*128 + 1290
        QTest::newRow("three blocks, kernel 5") << architecture(3, 32, 5, 128, false) << qint64(1307018);
        // the lab + 2 x (32 + 64 + 128) for batch norm's scale and shift
        QTest::newRow("batch norm") << architecture(2, 32, 3, 128, true) << qint64(1200330);
        // 10*128 + 1153*256 + (256*144+1)*512 + 513*10
        QTest::newRow("wide") << architecture(2, 128, 3, 512, false) << qint64(19176458);
        // (26*8 + 16) + (8*144+1)*16 + 32 + 17*10
        QTest::newRow("tiny, batch norm") << architecture(1, 8, 5, 16, true) << qint64(18874);
    }

    void parameterCountsByHand()
    {
        QFETCH(TrainingConfig, config);
        QFETCH(qint64, parameters);
        QVERIFY(!validate(config).isError());
        QCOMPARE(modelShape(config).parameters, std::int64_t(parameters));
        CnnNet net(config, true);
        QCOMPARE(torchParameterCount(net), std::int64_t(parameters));
        std::int64_t perLayer = 0;
        for (const auto &layer : modelShape(config).layers)
            perLayer += layer.parameters;
        QCOMPARE(perLayer, std::int64_t(parameters));
    }

    void labShapeAndCost()
    {
        const ModelShape shape = modelShape(TrainingConfig {});
        // conv1 26*26*32*9 + conv2 24*24*64*288 + fc1 9216*128 + fc2 128*10
        QCOMPARE(shape.multiplyAdds, std::int64_t(194688 + 10616832 + 1179648 + 1280));
        QCOMPARE(shape.flops, 2 * shape.multiplyAdds);
        QCOMPARE(int(shape.layers.size()), 6);
        QCOMPARE(shape.layers[0].name, std::string("conv1"));
        QCOMPARE(shape.layers[1].channels, 64);
        QCOMPARE(shape.layers[1].height, 24);
        QCOMPARE(shape.layers[2].name, std::string("pool"));
        QCOMPARE(shape.layers[2].width, 12);
        QCOMPARE(shape.layers[3].channels, 9216);
        QCOMPARE(shape.layers[4].parameters, std::int64_t(9217 * 128));
        QCOMPARE(shape.layers[5].channels, 10);
    }

    // Every architecture the knobs allow (at their smallest widths) trains: a
    // forward and a backward pass give a finite loss and a finite gradient on
    // every parameter.
    void everyCombinationTrains()
    {
        for (int blocks = 1; blocks <= 3; ++blocks) {
            for (int kernel : {3, 5}) {
                for (auto activation : {Activation::Relu, Activation::Tanh, Activation::Sigmoid}) {
                    for (bool batchNorm : {false, true}) {
                        const auto config = architecture(blocks, 8, kernel, 16, batchNorm, activation);
                        const QByteArray name = QByteArray::number(blocks) + " blocks, kernel "
                            + QByteArray::number(kernel) + ", " + activationName(activation)
                            + (batchNorm ? ", batch norm" : "");
                        CnnNet net(config, true);
                        net->train();
                        const auto logits = net->forward(torch::rand({4, 1, 28, 28}));
                        QCOMPARE(logits.size(1), 10);
                        const auto loss
                            = torch::nll_loss(torch::log_softmax(logits, 1), torch::tensor({1, 3, 5, 7}));
                        QVERIFY2(std::isfinite(loss.item<double>()), name.constData());
                        loss.backward();
                        for (const auto &p : net->named_parameters()) {
                            QVERIFY2(p.value().grad().defined(),
                                QByteArray(name + ": " + p.key().c_str()).constData());
                            QVERIFY2(torch::isfinite(p.value().grad()).all().item<bool>(), name.constData());
                        }
                        QCOMPARE(torchParameterCount(net), modelShape(config).parameters);
                    }
                }
            }
        }
    }

    void kerasInitSetsBatchNormToIdentity()
    {
        CnnNet net(architecture(2, 8, 3, 16, true), true);
        const auto parameters = net->named_parameters();
        QVERIFY(parameters.contains("bn1.weight"));
        QVERIFY(parameters.contains("bn_fc1.bias"));
        QVERIFY(torch::equal(parameters["bn2.weight"], torch::ones({16})));
        QVERIFY(torch::equal(parameters["bn2.bias"], torch::zeros({16})));
        QVERIFY(parameters["conv2.weight"].abs().max().item<float>() > 0.0f);
        QCOMPARE(int(net->kernels().size()), 4); // conv1, conv2, fc1, fc2: no batch norm
    }

    void activationShowsInFeatures()
    {
        CnnNet net(architecture(2, 8, 3, 16, false, Activation::Sigmoid), true);
        net->eval();
        const auto features = net->features(torch::rand({2, 1, 28, 28}));
        QVERIFY(features.conv1.min().item<float>() > 0.0f); // sigmoid: (0, 1), never 0 as ReLU is
        QVERIFY(features.conv1.max().item<float>() < 1.0f);
    }

    void featuresOfOtherArchitectures()
    {
        auto x = torch::rand({2, 1, 28, 28});
        CnnNet one(architecture(1, 16, 3, 32, false), true);
        const auto oneBlock = one->features(x);
        QCOMPARE(oneBlock.conv1.sizes().vec(), (std::vector<std::int64_t> {2, 16, 26, 26}));
        QVERIFY(!oneBlock.conv2.defined());
        CnnNet three(architecture(3, 8, 5, 32, true), true);
        three->eval();
        const auto threeBlocks = three->features(x);
        QCOMPARE(threeBlocks.conv1.sizes().vec(), (std::vector<std::int64_t> {2, 8, 24, 24}));
        QCOMPARE(threeBlocks.conv2.sizes().vec(), (std::vector<std::int64_t> {2, 16, 20, 20}));
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
