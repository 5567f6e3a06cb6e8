#pragma once

#include "cnnlab/core/trainingconfig.h"

#include <torch/torch.h>

#include <vector>

namespace cnnlab::core {

// The lab's Keras MNIST CNN, with the architecture knobs of TrainingConfig:
//   convBlocks x [Conv2d(k, filters doubling per block) (+BatchNorm2d) + activation],
//   MaxPool 2, Dropout, Flatten, Linear(flat, denseUnits) (+BatchNorm1d) + activation,
//   Dropout, Linear(denseUnits, 10).
// With the defaults: Conv2d(1,32,3)+ReLU, Conv2d(32,64,3)+ReLU, MaxPool 2,
// Dropout(.25), Flatten, Linear(9216,128)+ReLU, Dropout(.5), Linear(128,10)
// -> 1,199,882 parameters. Modules are named conv1.., bn1.., fc1, bn_fc1, fc2, so
// the lab's network keeps the names (and checkpoints) it always had.
// Dropout is functional so its rates can change between steps without rebuilding.
class CnnNetImpl : public torch::nn::Module
{
public:
    explicit CnnNetImpl(bool kerasInit = true);
    CnnNetImpl(const TrainingConfig &architecture, bool kerasInit);

    // x: [N, 1, 28, 28] floats in [0, 1]; returns logits [N, 10].
    torch::Tensor forward(torch::Tensor x);

    // What the first two conv layers see, for the explanation views: the same ops
    // as the start of forward(), after the activation. For the lab's network
    // conv1: [N, 32, 26, 26], conv2: [N, 64, 24, 24]; conv2 is undefined with one block.
    struct Features {
        torch::Tensor conv1;
        torch::Tensor conv2;
    };
    Features features(const torch::Tensor &x);

    void setDropout(bool enabled, double convRate, double denseRate);
    [[nodiscard]] bool isDropoutEnabled() const { return m_dropoutEnabled; }
    [[nodiscard]] double convDropout() const { return m_convRate; }
    [[nodiscard]] double denseDropout() const { return m_denseRate; }
    // The config fields that built this network (the architecture ones matter).
    [[nodiscard]] const TrainingConfig &architecture() const { return m_architecture; }
    // Conv and dense weight matrices: what the L1/L2 penalties act on.
    [[nodiscard]] std::vector<torch::Tensor> kernels() const;

private:
    torch::Tensor block(std::size_t index, torch::Tensor x);
    torch::Tensor activate(const torch::Tensor &x) const;

    TrainingConfig m_architecture;
    std::vector<torch::nn::Conv2d> m_convs;
    std::vector<torch::nn::BatchNorm2d> m_convNorms; // empty without batch norm
    torch::nn::Linear m_fc1 {nullptr};
    torch::nn::BatchNorm1d m_fc1Norm {nullptr};
    torch::nn::Linear m_fc2 {nullptr};
    bool m_dropoutEnabled = true;
    double m_convRate = 0.25;
    double m_denseRate = 0.5;
};
TORCH_MODULE(CnnNet);

} // namespace cnnlab::core
