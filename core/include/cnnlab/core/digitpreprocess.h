#pragma once

#include <utility>
#include <vector>

namespace cnnlab::core {

// Turns a drawing (any size, ink in [0, 1], 1 = full ink, row-major) into a
// 28x28 MNIST-style input, the way the MNIST digits were made: crop to the
// ink's bounding box, scale it (keeping the aspect ratio, area-averaged) so
// the longer side is 20 pixels, place it in a 28x28 field with its centre of
// mass at the centre (pixel (14, 14), by whole pixels, as in MNIST). Any ink
// counts, however faint (no threshold), and the result is scaled so its
// brightest pixel is 1. An empty canvas gives 784 zeros.
std::vector<float> preprocessDigit(const std::vector<float> &canvas, int width, int height);

// Centre of mass (x, y) of an image, in pixels; the image centre if it is empty.
std::pair<double, double> centreOfMass(const std::vector<float> &image, int width, int height);

} // namespace cnnlab::core
