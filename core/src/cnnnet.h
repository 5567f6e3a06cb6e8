#pragma once

#include <torch/torch.h>

namespace cnnlab::core {

// The lab's Keras MNIST CNN:
//   Conv2d(1,32,3)+ReLU, Conv2d(32,64,3)+ReLU, MaxPool 2, Dropout(.25), Flatten,
//   Linear(9216,128)+ReLU, Dropout(.5), Linear(128,10)  -> 1,199,882 parameters.
// Dropout is functional so its rates can change between steps without rebuilding.
class CnnNetImpl : public torch::nn::Module
{
public:
    explicit CnnNetImpl(bool kerasInit = true);

    // x: [N, 1, 28, 28] floats in [0, 1]; returns logits [N, 10].
    torch::Tensor forward(torch::Tensor x);

    // What the two conv layers see, for the explanation views: the same ops as
    // the start of forward(). conv1: [N, 32, 26, 26], conv2: [N, 64, 24, 24], after ReLU.
    struct Features {
        torch::Tensor conv1;
        torch::Tensor conv2;
    };
    Features features(const torch::Tensor &x);

    void setDropout(bool enabled, double convRate, double denseRate);
    [[nodiscard]] bool isDropoutEnabled() const { return m_dropoutEnabled; }
    [[nodiscard]] double convDropout() const { return m_convRate; }
    [[nodiscard]] double denseDropout() const { return m_denseRate; }

private:
    torch::nn::Conv2d m_conv1 {nullptr};
    torch::nn::Conv2d m_conv2 {nullptr};
    torch::nn::Linear m_fc1 {nullptr};
    torch::nn::Linear m_fc2 {nullptr};
    bool m_dropoutEnabled = true;
    double m_convRate = 0.25;
    double m_denseRate = 0.5;
};
TORCH_MODULE(CnnNet);

} // namespace cnnlab::core
