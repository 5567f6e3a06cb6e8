// Digit preprocessing (the drawing pad): any canvas size and ink gives 784
// finite values in [0, 1], brightest 1 unless the canvas is empty.
#include "cnnlab/core/digitpreprocess.h"
#include "fuzzcheck.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <vector>

using namespace cnnlab::core;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 2)
        return 0;
    const int width = 1 + data[0] % 96;
    const int height = 1 + data[1] % 96;
    std::vector<float> canvas(std::size_t(width) * height, 0.0f);
    for (std::size_t i = 2; i < size && i - 2 < canvas.size(); ++i)
        canvas[i - 2] = float(data[i]) / 255.0f;
    const std::vector<float> image = preprocessDigit(canvas, width, height);
    FUZZ_CHECK(image.size() == 784);
    float brightest = 0.0f;
    for (const float v : image) {
        FUZZ_CHECK(std::isfinite(v) && v >= 0.0f && v <= 1.0f);
        brightest = std::max(brightest, v);
    }
    const bool inked = std::any_of(canvas.begin(), canvas.end(), [](float v) { return v > 0.0f; });
    FUZZ_CHECK(inked ? std::fabs(brightest - 1.0f) < 1e-5f : brightest == 0.0f);
    const auto [x, y] = centreOfMass(image, 28, 28);
    FUZZ_CHECK(std::isfinite(x) && std::isfinite(y));
    return 0;
}
