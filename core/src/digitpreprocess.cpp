#include "cnnlab/core/digitpreprocess.h"

#include <algorithm>
#include <cmath>

namespace cnnlab::core {

namespace {

constexpr int fieldSize = 28; // MNIST's image
constexpr int boxSize = 20; // the longer side of the digit in it

float ink(float value)
{
    return std::isfinite(value) ? std::clamp(value, 0.0f, 1.0f) : 0.0f;
}

// Weights of source cells [0, from) falling into each of `to` output cells when
// the range is stretched onto it: the exact overlap lengths, so every bit of
// ink is counted once however the sizes relate (area averaging).
std::vector<std::vector<std::pair<int, double>>> overlaps(int from, int to)
{
    std::vector<std::vector<std::pair<int, double>>> weights(static_cast<std::size_t>(to));
    const double scale = double(from) / double(to); // source cells per output cell
    for (int o = 0; o < to; ++o) {
        const double begin = o * scale;
        const double end = (o + 1) * scale;
        for (int s = int(std::floor(begin)); s < from && s < end; ++s) {
            const double overlap = std::min(end, double(s + 1)) - std::max(begin, double(s));
            if (overlap > 0.0)
                weights[std::size_t(o)].emplace_back(s, overlap / scale);
        }
    }
    return weights;
}

} // namespace

std::pair<double, double> centreOfMass(const std::vector<float> &image, int width, int height)
{
    double mass = 0.0, x = 0.0, y = 0.0;
    if (width > 0 && height > 0 && image.size() >= std::size_t(width) * std::size_t(height)) {
        for (int row = 0; row < height; ++row) {
            for (int column = 0; column < width; ++column) {
                const double v = ink(image[std::size_t(row) * std::size_t(width) + std::size_t(column)]);
                mass += v;
                x += v * column;
                y += v * row;
            }
        }
    }
    if (mass <= 0.0)
        return {(width - 1) / 2.0, (height - 1) / 2.0};
    return {x / mass, y / mass};
}

std::vector<float> preprocessDigit(const std::vector<float> &canvas, int width, int height)
{
    std::vector<float> field(std::size_t(fieldSize * fieldSize), 0.0f);
    if (width <= 0 || height <= 0 || canvas.size() < std::size_t(width) * std::size_t(height))
        return field;

    // The ink's bounding box. Any ink counts, however faint: a threshold would
    // drop the light edge of a thin stroke and shift the box.
    int left = width, right = -1, top = height, bottom = -1;
    for (int row = 0; row < height; ++row) {
        for (int column = 0; column < width; ++column) {
            if (ink(canvas[std::size_t(row) * std::size_t(width) + std::size_t(column)]) > 0.0f) {
                left = std::min(left, column);
                right = std::max(right, column);
                top = std::min(top, row);
                bottom = std::max(bottom, row);
            }
        }
    }
    if (right < 0)
        return field; // an empty canvas

    const int boxWidth = right - left + 1;
    const int boxHeight = bottom - top + 1;
    const double scale = double(boxSize) / double(std::max(boxWidth, boxHeight));
    const int outWidth = std::clamp(int(std::lround(boxWidth * scale)), 1, boxSize);
    const int outHeight = std::clamp(int(std::lround(boxHeight * scale)), 1, boxSize);

    // Area-averaged resize, separably: columns first, then rows.
    const auto columnWeights = overlaps(boxWidth, outWidth);
    const auto rowWeights = overlaps(boxHeight, outHeight);
    std::vector<double> narrow(std::size_t(boxHeight) * std::size_t(outWidth), 0.0);
    for (int row = 0; row < boxHeight; ++row)
        for (int o = 0; o < outWidth; ++o)
            for (const auto &[s, w] : columnWeights[std::size_t(o)])
                narrow[std::size_t(row) * std::size_t(outWidth) + std::size_t(o)]
                    += w * ink(canvas[std::size_t(top + row) * std::size_t(width) + std::size_t(left + s)]);
    std::vector<float> box(std::size_t(outHeight) * std::size_t(outWidth), 0.0f);
    float peak = 0.0f;
    for (int o = 0; o < outHeight; ++o) {
        for (int column = 0; column < outWidth; ++column) {
            double sum = 0.0;
            for (const auto &[s, w] : rowWeights[std::size_t(o)])
                sum += w * narrow[std::size_t(s) * std::size_t(outWidth) + std::size_t(column)];
            const float value = std::clamp(float(sum), 0.0f, 1.0f);
            box[std::size_t(o) * std::size_t(outWidth) + std::size_t(column)] = value;
            peak = std::max(peak, value);
        }
    }
    // Shrinking a thin pen stroke averages it with the background; MNIST's
    // strokes reach full ink, so stretch the contrast back to a peak of 1.
    if (peak > 0.0f && peak < 1.0f)
        for (float &value : box)
            value /= peak;

    // Centre of mass to the field's centre, by whole pixels (no resampling
    // blur); the box is kept whole inside the field.
    const auto [cx, cy] = centreOfMass(box, outWidth, outHeight);
    const double centre = (fieldSize - 1) / 2.0;
    const int offsetX = std::clamp(int(std::lround(centre - cx)), 0, fieldSize - outWidth);
    const int offsetY = std::clamp(int(std::lround(centre - cy)), 0, fieldSize - outHeight);
    for (int row = 0; row < outHeight; ++row)
        for (int column = 0; column < outWidth; ++column)
            field[std::size_t(row + offsetY) * fieldSize + std::size_t(column + offsetX)]
                = box[std::size_t(row) * std::size_t(outWidth) + std::size_t(column)];
    return field;
}

} // namespace cnnlab::core
