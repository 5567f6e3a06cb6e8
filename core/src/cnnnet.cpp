#include "cnnnet.h"

#include "cnnlab/core/trainingengine.h"

namespace cnnlab::core {

CnnNetImpl::CnnNetImpl(bool kerasInit)
    : m_conv1(register_module("conv1", torch::nn::Conv2d(torch::nn::Conv2dOptions(1, 32, 3))))
    , m_conv2(register_module("conv2", torch::nn::Conv2d(torch::nn::Conv2dOptions(32, 64, 3))))
    , m_fc1(register_module("fc1", torch::nn::Linear(9216, 128)))
    , m_fc2(register_module("fc2", torch::nn::Linear(128, 10)))
{
    if (!kerasInit)
        return; // PyTorch's default (Kaiming-uniform) initialisation
    // Keras' defaults: Glorot-uniform kernels, zero biases. Same fan computation
    // as Keras for conv kernels (receptive field x channels).
    torch::NoGradGuard noGrad;
    for (auto &parameter : named_parameters()) {
        if (parameter.key().ends_with("weight"))
            torch::nn::init::xavier_uniform_(parameter.value());
        else
            torch::nn::init::zeros_(parameter.value());
    }
}

torch::Tensor CnnNetImpl::forward(torch::Tensor x)
{
    x = torch::relu(m_conv1->forward(x));
    x = torch::relu(m_conv2->forward(x));
    x = torch::max_pool2d(x, 2);
    if (m_dropoutEnabled && m_convRate > 0.0)
        x = torch::dropout(x, m_convRate, is_training());
    x = torch::relu(m_fc1->forward(x.flatten(1)));
    if (m_dropoutEnabled && m_denseRate > 0.0)
        x = torch::dropout(x, m_denseRate, is_training());
    return m_fc2->forward(x);
}

CnnNetImpl::Features CnnNetImpl::features(const torch::Tensor &x)
{
    Features result;
    result.conv1 = torch::relu(m_conv1->forward(x));
    result.conv2 = torch::relu(m_conv2->forward(result.conv1));
    return result;
}

void CnnNetImpl::setDropout(bool enabled, double convRate, double denseRate)
{
    m_dropoutEnabled = enabled;
    m_convRate = convRate;
    m_denseRate = denseRate;
}

std::int64_t labModelParameterCount()
{
    CnnNet net(false);
    std::int64_t count = 0;
    for (const auto &parameter : net->parameters())
        count += parameter.numel();
    return count;
}

} // namespace cnnlab::core
