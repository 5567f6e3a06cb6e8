#pragma once

#include <QImage>
#include <QPalette>

#include <cstdint>
#include <vector>

namespace cnnlab::ui {

// 28x28 digits as images, shown the way PredictionsGrid shows them: dark ink
// on white on a light palette, bright ink on black (as stored) on a dark one.
class DigitImage
{
public:
    // 784 bytes, row-major, 0 = background. Null image for any other size.
    [[nodiscard]] static QImage fromPixels(const std::vector<std::uint8_t> &pixels, int side = 28);
    // Values in [0, 1] (a preprocessed drawing).
    [[nodiscard]] static QImage fromFloats(const std::vector<float> &values, int side = 28);
    [[nodiscard]] static QImage forPalette(const QImage &image, const QPalette &palette);
    [[nodiscard]] static bool isDark(const QPalette &palette);
};

} // namespace cnnlab::ui
