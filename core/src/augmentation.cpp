#include "augmentation.h"

#include <numbers>

namespace cnnlab::core {

torch::Tensor augmentBatch(const torch::Tensor &x, int shift, double degrees)
{
    if (shift <= 0 && degrees <= 0.0)
        return x;
    torch::NoGradGuard noGrad;
    const auto n = x.size(0);
    const auto options = x.options();
    const auto zeros = torch::zeros({n}, options);
    const auto angle = degrees > 0.0
        ? (torch::rand({n}, options) * 2.0 - 1.0) * (degrees * std::numbers::pi / 180.0)
        : zeros;
    auto offset = [&] { return shift > 0 ? torch::randint(-shift, shift + 1, {n}, options) : zeros; };
    // affine_grid's coordinates run from -1 to 1 across the image (align_corners
    // false): one pixel is 2 / size, so whole-pixel shifts land on pixel centres.
    const auto dx = offset() * (2.0 / static_cast<double>(x.size(3)));
    const auto dy = offset() * (2.0 / static_cast<double>(x.size(2)));
    const auto cosine = angle.cos();
    const auto sine = angle.sin();
    const auto theta = torch::stack({cosine, -sine, dx, sine, cosine, dy}, 1).view({n, 2, 3});
    namespace F = torch::nn::functional;
    const auto grid = F::affine_grid(theta, x.sizes(), false);
    return F::grid_sample(x, grid,
        F::GridSampleFuncOptions().mode(torch::kBilinear).padding_mode(torch::kZeros).align_corners(false));
}

} // namespace cnnlab::core
