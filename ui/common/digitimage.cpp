#include "digitimage.h"

#include <algorithm>
#include <cmath>

namespace cnnlab::ui {

QImage DigitImage::fromPixels(const std::vector<std::uint8_t> &pixels, int side)
{
    if (side <= 0 || pixels.size() != std::size_t(side) * std::size_t(side))
        return {};
    QImage image(side, side, QImage::Format_Grayscale8);
    for (int y = 0; y < side; ++y)
        std::copy_n(pixels.data() + std::size_t(y) * std::size_t(side), side, image.scanLine(y));
    return image;
}

QImage DigitImage::fromFloats(const std::vector<float> &values, int side)
{
    if (side <= 0 || values.size() != std::size_t(side) * std::size_t(side))
        return {};
    QImage image(side, side, QImage::Format_Grayscale8);
    for (int y = 0; y < side; ++y) {
        uchar *line = image.scanLine(y);
        for (int x = 0; x < side; ++x) {
            const float v = values[std::size_t(y) * std::size_t(side) + std::size_t(x)];
            line[x] = uchar(std::lround(std::clamp(std::isfinite(v) ? v : 0.0f, 0.0f, 1.0f) * 255.0f));
        }
    }
    return image;
}

QImage DigitImage::forPalette(const QImage &image, const QPalette &palette)
{
    QImage shown = image;
    if (!isDark(palette) && !shown.isNull())
        shown.invertPixels();
    return shown;
}

bool DigitImage::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

} // namespace cnnlab::ui
