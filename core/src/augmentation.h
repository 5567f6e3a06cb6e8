#pragma once

#include <torch/torch.h>

namespace cnnlab::core {

// Random shifts and rotations of a training batch x [N, 1, H, W], each image its
// own, on x's device: a whole-pixel shift of up to `shift` px each way on each
// axis, a rotation of up to `degrees` each way, one affine resampling
// (bilinear, zeros outside). The draws come from LibTorch's generator, which the
// run seeds. Returns x itself when both are 0. The labels do not change.
torch::Tensor augmentBatch(const torch::Tensor &x, int shift, double degrees);

} // namespace cnnlab::core
