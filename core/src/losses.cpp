#include "losses.h"

namespace cnnlab::core {

BatchLoss crossEntropyLoss(const torch::Tensor &logits, const torch::Tensor &target, double smoothing)
{
    const auto logProbabilities = torch::log_softmax(logits, 1);
    BatchLoss loss;
    loss.crossEntropy = torch::nll_loss(logProbabilities, target);
    if (smoothing <= 0.0) {
        loss.objective = loss.crossEntropy;
        return loss;
    }
    // -sum_k q_k log p_k with q = (1 - e) one-hot + e/K
    //   = (1 - e) * nll + e * mean_k(-log p_k)
    const auto uniform = logProbabilities.mean(1).neg().mean();
    loss.objective = loss.crossEntropy * (1.0 - smoothing) + uniform * smoothing;
    return loss;
}

torch::Tensor weightPenalty(const std::vector<torch::Tensor> &kernels, double l2, double l1)
{
    torch::Tensor penalty;
    if (l2 <= 0.0 && l1 <= 0.0)
        return penalty;
    for (const auto &kernel : kernels) {
        torch::Tensor term;
        if (l2 > 0.0)
            term = kernel.square().sum() * l2;
        if (l1 > 0.0)
            term = term.defined() ? term + kernel.abs().sum() * l1 : kernel.abs().sum() * l1;
        penalty = penalty.defined() ? penalty + term : term;
    }
    return penalty;
}

} // namespace cnnlab::core
