#include "cnnnet.h"

#include "cnnlab/core/modelshape.h"
#include "cnnlab/core/trainingengine.h"

namespace cnnlab::core {

namespace {

// Keras' BatchNormalization: moving averages with momentum 0.99, epsilon 1e-3.
constexpr double normMomentum = 0.01;
constexpr double normEpsilon = 1e-3;

} // namespace

CnnNetImpl::CnnNetImpl(bool kerasInit)
    : CnnNetImpl(TrainingConfig {}, kerasInit)
{ }

CnnNetImpl::CnnNetImpl(const TrainingConfig &architecture, bool kerasInit)
    : m_architecture(architecture)
{
    const auto &c = architecture;
    std::int64_t channels = 1;
    std::int64_t size = 28;
    // Registration order is parameter order (initialisation, optimizer state):
    // conv1, conv2, fc1, fc2 for the lab's network, as before these knobs.
    for (int i = 0; i < c.convBlocks; ++i) {
        const std::int64_t out = std::int64_t(c.filters) << i;
        const auto name = std::to_string(i + 1);
        m_convs.push_back(register_module(
            "conv" + name, torch::nn::Conv2d(torch::nn::Conv2dOptions(channels, out, c.kernelSize))));
        if (c.batchNorm)
            m_convNorms.push_back(register_module("bn" + name,
                torch::nn::BatchNorm2d(
                    torch::nn::BatchNormOptions(out).momentum(normMomentum).eps(normEpsilon))));
        channels = out;
        size = size - c.kernelSize + 1;
    }
    size /= 2;
    m_fc1 = register_module("fc1", torch::nn::Linear(channels * size * size, c.denseUnits));
    if (c.batchNorm)
        m_fc1Norm = register_module("bn_fc1",
            torch::nn::BatchNorm1d(
                torch::nn::BatchNormOptions(c.denseUnits).momentum(normMomentum).eps(normEpsilon)));
    m_fc2 = register_module("fc2", torch::nn::Linear(c.denseUnits, 10));
    if (!kerasInit)
        return; // PyTorch's default (Kaiming-uniform) initialisation
    // Keras' defaults: Glorot-uniform kernels, zero biases, batch norm's scale
    // 1 and shift 0. Same fan computation as Keras for conv kernels (receptive
    // field x channels).
    torch::NoGradGuard noGrad;
    for (auto &parameter : named_parameters()) {
        if (parameter.value().dim() > 1)
            torch::nn::init::xavier_uniform_(parameter.value());
        else if (parameter.key().ends_with("weight"))
            torch::nn::init::ones_(parameter.value()); // a batch norm's scale
        else
            torch::nn::init::zeros_(parameter.value());
    }
}

torch::Tensor CnnNetImpl::activate(const torch::Tensor &x) const
{
    switch (m_architecture.activation) {
    case Activation::Tanh: return torch::tanh(x);
    case Activation::Sigmoid: return torch::sigmoid(x);
    case Activation::Relu: break;
    }
    return torch::relu(x);
}

torch::Tensor CnnNetImpl::block(std::size_t index, torch::Tensor x)
{
    x = m_convs[index]->forward(x);
    if (!m_convNorms.empty())
        x = m_convNorms[index]->forward(x);
    return activate(x);
}

torch::Tensor CnnNetImpl::forward(torch::Tensor x)
{
    for (std::size_t i = 0; i < m_convs.size(); ++i)
        x = block(i, x);
    x = torch::max_pool2d(x, 2);
    if (m_dropoutEnabled && m_convRate > 0.0)
        x = torch::dropout(x, m_convRate, is_training());
    x = m_fc1->forward(x.flatten(1));
    if (!m_fc1Norm.is_empty())
        x = m_fc1Norm->forward(x);
    x = activate(x);
    if (m_dropoutEnabled && m_denseRate > 0.0)
        x = torch::dropout(x, m_denseRate, is_training());
    return m_fc2->forward(x);
}

CnnNetImpl::Features CnnNetImpl::features(const torch::Tensor &x)
{
    Features result;
    result.conv1 = block(0, x);
    if (m_convs.size() > 1)
        result.conv2 = block(1, result.conv1);
    return result;
}

void CnnNetImpl::setDropout(bool enabled, double convRate, double denseRate)
{
    m_dropoutEnabled = enabled;
    m_convRate = convRate;
    m_denseRate = denseRate;
}

std::vector<torch::Tensor> CnnNetImpl::kernels() const
{
    std::vector<torch::Tensor> result;
    for (const auto &conv : m_convs)
        result.push_back(conv->weight);
    result.push_back(m_fc1->weight);
    result.push_back(m_fc2->weight);
    return result;
}

std::int64_t labModelParameterCount()
{
    return modelShape(TrainingConfig {}).parameters;
}

} // namespace cnnlab::core
