#include "cnnlab/core/modelshape.h"

namespace cnnlab::core {

ModelShape modelShape(const TrainingConfig &c)
{
    // The same walk as CnnNetImpl's constructor: valid (unpadded) convs, one
    // max-pool 2, Dense(denseUnits), Dense(10).
    ModelShape shape;
    const std::int64_t normParameters = c.batchNorm ? 2 : 0; // scale and shift per channel
    int channels = 1;
    int size = 28;
    for (int block = 0; block < c.convBlocks; ++block) {
        const int out = c.filters << block;
        size = size - c.kernelSize + 1;
        LayerShape layer;
        layer.name = "conv" + std::to_string(block + 1);
        layer.channels = out;
        layer.height = size;
        layer.width = size;
        const std::int64_t kernel = std::int64_t(c.kernelSize) * c.kernelSize * channels;
        layer.parameters = (kernel + 1 + normParameters) * out;
        layer.multiplyAdds = kernel * out * size * size;
        shape.layers.push_back(layer);
        channels = out;
    }
    size /= 2;
    shape.layers.push_back({"pool", channels, size, size, 0, 0});
    const std::int64_t flat = std::int64_t(channels) * size * size;
    shape.layers.push_back({"flatten", static_cast<int>(flat), 1, 1, 0, 0});
    shape.layers.push_back(
        {"dense", c.denseUnits, 1, 1, (flat + 1 + normParameters) * c.denseUnits, flat * c.denseUnits});
    shape.layers.push_back({"output", 10, 1, 1, (std::int64_t(c.denseUnits) + 1) * 10, c.denseUnits * 10LL});
    for (const LayerShape &layer : shape.layers) {
        shape.parameters += layer.parameters;
        shape.multiplyAdds += layer.multiplyAdds;
    }
    shape.flops = 2 * shape.multiplyAdds;
    return shape;
}

bool sameArchitecture(const TrainingConfig &a, const TrainingConfig &b)
{
    return a.convBlocks == b.convBlocks && a.filters == b.filters && a.kernelSize == b.kernelSize
        && a.denseUnits == b.denseUnits && a.activation == b.activation && a.batchNorm == b.batchNorm;
}

void copyArchitecture(const TrainingConfig &from, TrainingConfig &to)
{
    to.convBlocks = from.convBlocks;
    to.filters = from.filters;
    to.kernelSize = from.kernelSize;
    to.denseUnits = from.denseUnits;
    to.activation = from.activation;
    to.batchNorm = from.batchNorm;
}

} // namespace cnnlab::core
