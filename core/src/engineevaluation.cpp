// The engine's evaluations: loss and accuracy over a validation set, the
// confusion matrix and most confident mistakes of a full one, and the sample
// digits' predictions.
#include "trainingengineprivate.h"

#include <algorithm>

namespace cnnlab::core {

EvaluationResult TrainingEngine::Private::evaluate(
    const torch::Tensor &x, const torch::Tensor &y, bool keepOutputs)
{
    torch::NoGradGuard noGrad;
    model->eval();
    // Large batches, but bounded on CPU: 200 images keep the biggest activation
    // (conv2, ~30 MB) under the mmap threshold and peak RSS under 600 MB.
    const std::int64_t batch = device.is_cuda() ? 5000 : 200;
    const std::int64_t count = x.size(0);
    auto lossSum = torch::zeros({}, torch::TensorOptions().dtype(torch::kFloat64).device(device));
    auto correct = torch::zeros({}, torch::TensorOptions().dtype(torch::kInt64).device(device));
    EvaluationResult result;
    if (keepOutputs) {
        // Device-side buffers, filled batch by batch: no host sync until the end.
        result.logits = torch::empty({count, 10}, torch::TensorOptions().device(device));
        result.predicted = torch::empty({count}, torch::TensorOptions().dtype(torch::kInt64).device(device));
    }
    for (std::int64_t first = 0; first < count; first += batch) {
        const auto n = std::min(batch, count - first);
        auto logits = model->forward(x.narrow(0, first, n));
        auto target = y.narrow(0, first, n);
        lossSum += torch::nll_loss(torch::log_softmax(logits, 1), target, {}, at::Reduction::Sum)
                       .to(torch::kFloat64);
        auto predicted = logits.argmax(1);
        correct += predicted.eq(target).sum();
        if (keepOutputs) {
            result.logits.narrow(0, first, n).copy_(logits);
            result.predicted.narrow(0, first, n).copy_(predicted);
        }
    }
    model->train();
    result.loss = lossSum.item<double>() / static_cast<double>(count);
    result.accuracy = static_cast<double>(correct.item<std::int64_t>()) / static_cast<double>(count);
    return result;
}

EvaluationDetails TrainingEngine::Private::evaluationDetails(
    const DeviceData &data, const EvaluationResult &evaluation) const
{
    torch::NoGradGuard noGrad;
    EvaluationDetails details;
    const auto &y = data.valY;
    // Confusion matrix: one bincount over true * 10 + predicted, on the device.
    const auto confusion
        = torch::bincount(y * 10 + evaluation.predicted, {}, 100).to(torch::kCPU).contiguous();
    const auto *counts = confusion.data_ptr<std::int64_t>();
    for (int t = 0; t < 10; ++t)
        for (int p = 0; p < 10; ++p)
            details.confusion.counts[t][p] = counts[t * 10 + p];

    const auto limit = static_cast<std::int64_t>(std::max(0, config.maxMisclassified));
    if (limit == 0)
        return details;
    // The mistakes, most confident first; a stable sort keeps ties in dataset order.
    const auto wrong = evaluation.predicted.ne(y).nonzero().squeeze(1);
    if (wrong.size(0) == 0)
        return details;
    const auto wrongProbabilities = torch::softmax(evaluation.logits.index_select(0, wrong), 1);
    const auto confidence = std::get<0>(wrongProbabilities.max(1));
    const auto order = std::get<1>(confidence.sort(true, 0, true));
    const auto keep = order.narrow(0, 0, std::min(limit, order.size(0)));
    const auto kept = keep.size(0);
    const auto indices = wrong.index_select(0, keep);
    const auto [topValues, topIndices] = wrongProbabilities.index_select(0, keep).topk(3, 1);
    // Back to the source's bytes: x = b / 255 in float, so round(x * 255) = b exactly.
    const auto pixels = data.valX.index_select(0, indices)
                            .mul(255.0)
                            .round()
                            .to(torch::kUInt8)
                            .reshape({kept, 784})
                            .to(torch::kCPU)
                            .contiguous();
    const auto hostIndices = indices.to(torch::kCPU);
    const auto hostTrue = y.index_select(0, indices).to(torch::kCPU);
    const auto hostPredicted = evaluation.predicted.index_select(0, indices).to(torch::kCPU);
    const auto hostValues = topValues.to(torch::kCPU);
    const auto hostClasses = topIndices.to(torch::kCPU);
    const auto index = hostIndices.accessor<std::int64_t, 1>();
    const auto trueLabel = hostTrue.accessor<std::int64_t, 1>();
    const auto predicted = hostPredicted.accessor<std::int64_t, 1>();
    const auto values = hostValues.accessor<float, 2>();
    const auto classes = hostClasses.accessor<std::int64_t, 2>();
    const auto *bytes = pixels.data_ptr<std::uint8_t>();
    details.misclassified.reserve(static_cast<std::size_t>(kept));
    for (std::int64_t i = 0; i < kept; ++i) {
        Misclassified m;
        m.datasetIndex = static_cast<int>(data.valFirst + index[i]);
        m.trueLabel = static_cast<int>(trueLabel[i]);
        m.predictedLabel = static_cast<int>(predicted[i]);
        for (int k = 0; k < 3; ++k) {
            m.topClasses[k] = static_cast<int>(classes[i][k]);
            m.topProbabilities[k] = values[i][k];
        }
        m.pixels.assign(bytes + i * 784, bytes + (i + 1) * 784);
        details.misclassified.push_back(std::move(m));
    }
    return details;
}

std::vector<Prediction> TrainingEngine::Private::predictSamples(const DeviceData &data)
{
    std::vector<Prediction> predictions;
    if (!data.sampleX.defined())
        return predictions;
    torch::NoGradGuard noGrad;
    model->eval();
    auto probabilities = torch::softmax(model->forward(data.sampleX), 1).to(torch::kCPU);
    model->train();
    auto [topValues, topIndices] = probabilities.topk(3, 1);
    auto values = topValues.accessor<float, 2>();
    auto indices = topIndices.accessor<std::int64_t, 2>();
    for (std::size_t i = 0; i < data.samples.size(); ++i) {
        Prediction p;
        p.sampleIndex = static_cast<int>(i);
        p.trueLabel = data.samples[i].label;
        for (int k = 0; k < 3; ++k) {
            p.topClasses[k] = static_cast<int>(indices[i][k]);
            p.topProbabilities[k] = values[i][k];
        }
        p.predictedLabel = p.topClasses[0];
        predictions.push_back(p);
    }
    return predictions;
}

} // namespace cnnlab::core
