#pragma once

#include "cnnlab/core/trainingconfig.h"

#include <cstdint>
#include <string>
#include <vector>

namespace cnnlab::core {

// One layer of the network a config builds, as the image leaves it.
struct LayerShape {
    std::string name; // "conv1".."conv3", "pool", "flatten", "dense", "output"
    int channels = 0; // feature maps (or units, for "flatten", "dense" and "output")
    int height = 1; // 1 for the flat layers
    int width = 1;
    std::int64_t parameters = 0; // trainable: weights, biases, batch norm's scale and shift
    std::int64_t multiplyAdds = 0; // per image, forward pass
};

// The size and cost of the network a config builds, computed without building it
// (cheap enough to follow a slider). Batch norm's moving averages are not
// trainable and not counted (Keras' summary lists them as non-trainable).
struct ModelShape {
    std::int64_t parameters = 0; // 1,199,882 for the lab's network
    // Multiply-adds of one image's forward pass through the conv and dense
    // layers (activations, pooling and batch norm are a rounding error beside them).
    std::int64_t multiplyAdds = 0;
    std::int64_t flops = 0; // 2 x multiplyAdds
    std::vector<LayerShape> layers;
};

// For a config validate() accepts.
ModelShape modelShape(const TrainingConfig &config);

// Whether two configs build the same network (conv blocks, filters, kernel,
// dense units, activation, batch norm): a checkpoint's weights load only into
// its own architecture.
bool sameArchitecture(const TrainingConfig &a, const TrainingConfig &b);
// Copies those fields from `from` into `to`.
void copyArchitecture(const TrainingConfig &from, TrainingConfig &to);

} // namespace cnnlab::core
