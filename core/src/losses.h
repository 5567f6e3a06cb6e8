#pragma once

#include <torch/torch.h>

#include <vector>

namespace cnnlab::core {

// The training objective's pieces, apart from the model so tests can check
// them on tiny tensors.

struct BatchLoss {
    torch::Tensor objective; // what is minimised: cross-entropy against smoothed targets
    torch::Tensor crossEntropy; // plain cross-entropy, what is reported
};

// Mean cross-entropy of `logits` [N, K] against class `target` [N] and, with
// smoothing e > 0, against targets (1 - e) one-hot + e/K (Keras' and PyTorch's
// definition), written out with log_softmax: LibTorch's own label_smoothing
// option is not the same across the versions cnnlab builds with. e = 0 is
// exactly the lab's nll_loss(log_softmax(logits)).
BatchLoss crossEntropyLoss(const torch::Tensor &logits, const torch::Tensor &target, double smoothing);

// l2 * sum(w^2) + l1 * sum(|w|) over `kernels`, as Keras' kernel regularizers add
// to the loss; undefined when both are 0.
torch::Tensor weightPenalty(const std::vector<torch::Tensor> &kernels, double l2, double l1);

} // namespace cnnlab::core
