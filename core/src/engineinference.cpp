// The inference copy: CPU weights any thread may ask (the GUI's draw pad and
// filter views, mid-run), never the model being trained.
#include "trainingengineprivate.h"

#include "cnnlab/core/modelshape.h"

#include <algorithm>

namespace cnnlab::core {

void TrainingEngine::Private::updateInferenceModel()
{
    if (model.is_empty())
        return;
    torch::NoGradGuard noGrad;
    // Off the GPU first (a no-op on CPU, where this thread is the only writer),
    // so the lock is held only for a 4.8 MB memcpy.
    // Batch norm's moving averages are buffers, and inference needs them too.
    std::vector<std::pair<std::string, torch::Tensor>> weights;
    for (const auto &item : model->named_parameters())
        weights.emplace_back(item.key(), item.value().detach().to(torch::kCPU));
    std::vector<std::pair<std::string, torch::Tensor>> buffers;
    for (const auto &item : model->named_buffers())
        buffers.emplace_back(item.key(), item.value().detach().to(torch::kCPU));
    std::lock_guard lock(inferenceMutex);
    if (inference.is_empty() || !sameArchitecture(inference->architecture(), model->architecture())) {
        inference = CnnNet(model->architecture(), false);
        inference->eval();
    }
    auto target = inference->named_parameters();
    for (const auto &[name, value] : weights)
        target[name].copy_(value);
    auto targetBuffers = inference->named_buffers();
    for (const auto &[name, value] : buffers)
        targetBuffers[name].copy_(value);
}

namespace {

// 784 floats per image -> [N, 1, 28, 28]; undefined if any image has another size.
torch::Tensor inputBatch(const std::vector<std::vector<float>> &images)
{
    auto batch = torch::empty({static_cast<std::int64_t>(images.size()), 1, 28, 28});
    float *out = batch.data_ptr<float>();
    for (const auto &image : images) {
        if (image.size() != 784)
            return {};
        out = std::copy(image.begin(), image.end(), out);
    }
    return batch;
}

std::vector<std::vector<float>> mapsOf(const torch::Tensor &maps) // [C, H, W]
{
    const auto hostMaps = maps.contiguous();
    const auto channels = hostMaps.size(0);
    const auto size = hostMaps.size(1) * hostMaps.size(2);
    const float *values = hostMaps.data_ptr<float>();
    std::vector<std::vector<float>> result;
    result.reserve(static_cast<std::size_t>(channels));
    for (std::int64_t c = 0; c < channels; ++c)
        result.emplace_back(values + c * size, values + (c + 1) * size);
    return result;
}

} // namespace

bool TrainingEngine::hasInferenceModel() const
{
    std::lock_guard lock(d->inferenceMutex);
    return !d->inference.is_empty();
}

std::vector<std::array<float, 10>> TrainingEngine::predict(
    const std::vector<std::vector<float>> &images) const
{
    std::vector<std::array<float, 10>> result;
    if (images.empty())
        return result;
    const auto batch = inputBatch(images);
    if (!batch.defined())
        return result;
    torch::NoGradGuard noGrad;
    torch::Tensor probabilities;
    {
        std::lock_guard lock(d->inferenceMutex);
        if (d->inference.is_empty())
            return result;
        probabilities = torch::softmax(d->inference->forward(batch), 1).contiguous();
    }
    const float *values = probabilities.data_ptr<float>();
    result.reserve(images.size());
    for (std::size_t i = 0; i < images.size(); ++i) {
        std::array<float, 10> row {};
        std::copy(values + i * 10, values + i * 10 + 10, row.begin());
        result.push_back(row);
    }
    return result;
}

FirstLayerFilters TrainingEngine::firstLayerFilters() const
{
    FirstLayerFilters filters;
    torch::Tensor weights, biases;
    {
        std::lock_guard lock(d->inferenceMutex);
        if (d->inference.is_empty())
            return filters;
        const auto parameters = d->inference->named_parameters();
        weights = parameters["conv1.weight"].detach().contiguous().clone(); // [32, 1, 3, 3]
        biases = parameters["conv1.bias"].detach().contiguous().clone(); // [32]
    }
    const auto count = weights.size(0);
    const auto side = weights.size(2);
    const auto area = side * side;
    filters.kernelSize = static_cast<int>(side);
    const float *w = weights.data_ptr<float>();
    const float *b = biases.data_ptr<float>();
    for (std::int64_t f = 0; f < count; ++f) {
        filters.kernels.emplace_back(w + f * area, w + (f + 1) * area);
        if (side == 3) {
            std::array<float, 9> kernel {};
            std::copy(w + f * 9, w + f * 9 + 9, kernel.begin());
            filters.weights.push_back(kernel);
        }
        filters.biases.push_back(b[f]);
    }
    return filters;
}

FeatureMaps TrainingEngine::featureMaps(const std::vector<float> &image) const
{
    FeatureMaps maps;
    if (image.size() != 784)
        return maps;
    const auto input = inputBatch({image});
    torch::NoGradGuard noGrad;
    CnnNetImpl::Features features;
    {
        std::lock_guard lock(d->inferenceMutex);
        if (d->inference.is_empty())
            return maps;
        features = d->inference->features(input);
    }
    maps.conv1Size = static_cast<int>(features.conv1.size(2));
    maps.conv1 = mapsOf(features.conv1[0]);
    maps.conv2Size = 0;
    if (features.conv2.defined()) { // one conv block: no second layer
        maps.conv2Size = static_cast<int>(features.conv2.size(2));
        maps.conv2 = mapsOf(features.conv2[0]);
    }
    return maps;
}

} // namespace cnnlab::core
