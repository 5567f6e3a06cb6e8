#include "cnnlab/core/trainingengine.h"

#include "cnnlab/core/dataset.h"
#include "cnnlab/core/runrecord.h"
#include "cnnlab/core/textformat.h"
#include "cnnnet.h"
#include "threadtuner.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <mutex>
#include <optional>
#include <thread>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace cnnlab::core {

namespace {

using Clock = std::chrono::steady_clock;

constexpr int checkpointFormat = 1;

// Cross-entropy over 10 classes starts near ln 10 = 2.3. A loss above 10^4
// means the true class got probability e^-10000: the weights have blown up
// (Adam at lr 10 reaches ~5e10 on its second step) and training cannot recover.
constexpr double divergedLoss = 1e4;

// Largest chunk of a training step on CPU (see TrainingEngine::setStepChunk).
// Picked by measurement at batch 1000: tests/bench/README.md, "Large batches".
constexpr int defaultStepChunk = 128;

bool isDivergedLoss(double loss)
{
    return !std::isfinite(loss) || loss > divergedLoss;
}

double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

// Keeps big activation buffers in the heap between steps instead of returning
// them to the OS (mmap/munmap + page faults every step). Measured 11-18% faster
// per step on a 2-core machine with Debian's LibTorch.
void tuneAllocator()
{
#ifdef __GLIBC__
    static std::once_flag once;
    std::call_once(once, [] {
        mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024);
        mallopt(M_TRIM_THRESHOLD, 512 * 1024 * 1024);
    });
#endif
}

Expected<torch::Device> resolveDevice(const std::string &spec)
{
    const auto cudaCount = static_cast<int>(torch::cuda::device_count());
    if (spec == "cpu" || (spec == "auto" && cudaCount == 0))
        return torch::Device(torch::kCPU);
    int index = 0;
    if (spec.rfind("cuda:", 0) == 0)
        index = std::stoi(spec.substr(5));
    if (index >= cudaCount) {
        return Error {ErrorCode::DeviceUnavailable, spec,
            cudaCount == 0 ? "this LibTorch build sees no CUDA device"
                           : "only " + std::to_string(cudaCount) + " CUDA device(s) present"};
    }
    return torch::Device(torch::kCUDA, static_cast<c10::DeviceIndex>(index));
}

bool isOutOfMemory(const std::string &what)
{
    return what.find("out of memory") != std::string::npos
        || what.find("CUDA error: out of memory") != std::string::npos;
}

// uint8 images -> float [0, 1] as the lab did, [N, 1, 28, 28].
torch::Tensor imagesToTensor(const IdxImages &images, std::int64_t first, std::int64_t count)
{
    auto bytes = torch::from_blob(const_cast<std::uint8_t *>(images.pixels.data()) + first * 784,
        {count, 1, images.rows, images.cols}, torch::kUInt8);
    return bytes.to(torch::kFloat32).div_(255.0);
}

torch::Tensor labelsToTensor(const IdxLabels &labels, std::int64_t first, std::int64_t count)
{
    auto bytes
        = torch::from_blob(const_cast<std::uint8_t *>(labels.labels.data()) + first, {count}, torch::kUInt8);
    return bytes.to(torch::kInt64);
}

// One training step's forward and backward passes.
struct StepOutcome {
    torch::Tensor loss; // the batch's mean loss (detached)
    torch::Tensor correct; // int64 count of right answers
    bool diverged = false;
    double lossValue = 0.0; // read only when checked (diverged: the offending loss)
};

struct EvaluationResult {
    double loss = 0.0;
    double accuracy = 0.0;
    // Filled only when asked for (full evaluations): every image's logits and
    // predicted class, left on the device.
    torch::Tensor logits; // [N, 10]
    torch::Tensor predicted; // [N], int64
};

} // namespace

class TrainingEngine::Private
{
public:
    // Data resident on the device for the whole run.
    struct DeviceData {
        torch::Tensor trainX, trainY;
        torch::Tensor valX, valY;
        std::int64_t valFirst = 0; // index of valX[0] in the validation source
        torch::Tensor quickX, quickY; // fixed subset for the quick evaluations
        torch::Tensor sampleX; // the fixed sample digits
        std::vector<SampleImage> samples;
        std::vector<std::string> classNames;
    };

    // Control state, shared with the threads that call pause()/setX().
    mutable std::mutex mutex;
    std::condition_variable_any pauseChanged;
    bool paused = false;
    std::atomic<bool> stopRequested {false};
    std::atomic<bool> running {false};
    std::atomic<bool> hasPending {false}; // cheap per-step check before taking the mutex
    std::optional<double> pendingLearningRate;
    std::optional<std::tuple<bool, double, double>> pendingDropout;
    std::optional<int> pendingBatchSize;
    std::atomic<int> stepChunkSetting {0};

    // Model state (the run's thread while running; any thread otherwise).
    CnnNet model {nullptr};
    std::unique_ptr<torch::optim::Optimizer> optimizer;
    TrainingConfig config;
    torch::Device device {torch::kCPU};
    int epochsDone = 0;
    std::int64_t stepsDone = 0;
    std::int64_t samplesDone = 0;
    int stepChunk = 0; // resolved for the run: largest chunk; 0: never split
    std::atomic<std::int64_t> passes {0};

    // A CPU copy of the weights for inference from any thread (the GUI's draw
    // pad asks mid-run); never the model being trained. Only under its mutex.
    mutable std::mutex inferenceMutex;
    CnnNet inference {nullptr};
    void updateInferenceModel();

    Expected<DeviceData> loadData(const TrainingConfig &c);
    void buildModel(const TrainingConfig &c);
    Error restoreCheckpoint(const std::string &path, bool withOptimizer);
    EvaluationResult evaluate(const torch::Tensor &x, const torch::Tensor &y, bool keepOutputs = false);
    // Forward + backward of one batch, split into chunks above `stepChunk`
    // (gradients accumulate). `checkLoss`: read the loss (on CPU it is free).
    StepOutcome forwardBackward(const torch::Tensor &x, const torch::Tensor &y, bool checkLoss);
    int resolveStepChunk() const;
    // Confusion matrix and most confident mistakes of a full evaluation (its
    // position is the caller's to fill in).
    EvaluationDetails evaluationDetails(const DeviceData &data, const EvaluationResult &evaluation) const;
    std::vector<Prediction> predictSamples(const DeviceData &data);
    void applyPending(TrainingObserver *observer, const TrainingPosition &position, bool epochStart);
    // Returns false if a stop was requested while waiting.
    bool waitWhilePaused(
        const std::stop_token &token, TrainingObserver *observer, Clock::duration &pausedFor);
    double learningRate() const;
    void setOptimizerLearningRate(double lr);
};

Expected<TrainingEngine::Private::DeviceData> TrainingEngine::Private::loadData(const TrainingConfig &c)
{
    auto dataset = loadDataset(c.dataset, c.dataDir);
    if (!dataset)
        return dataset.error();
    DeviceData data;
    data.classNames = dataset->classNames;

    const std::int64_t trainTotal = dataset->trainImages.count;
    std::int64_t trainCount = trainTotal;
    torch::Tensor valX, valY;
    const IdxImages *valImages = &dataset->testImages;
    const IdxLabels *valLabels = &dataset->testLabels;
    std::int64_t valFirst = 0;
    std::int64_t valCount = dataset->testImages.count;
    if (c.validation == ValidationSource::Holdout) {
        // The tail of the training set is held out and never trained on.
        if (c.holdoutSize >= trainTotal)
            return Error {ErrorCode::InvalidConfig, "holdout_size", "larger than the training set"};
        trainCount = trainTotal - c.holdoutSize;
        valImages = &dataset->trainImages;
        valLabels = &dataset->trainLabels;
        valFirst = trainCount;
        valCount = c.holdoutSize;
    }
    if (c.trainLimit > 0)
        trainCount = std::min<std::int64_t>(trainCount, c.trainLimit);

    data.trainX = imagesToTensor(dataset->trainImages, 0, trainCount).to(device);
    data.trainY = labelsToTensor(dataset->trainLabels, 0, trainCount).to(device);
    data.valX = imagesToTensor(*valImages, valFirst, valCount).to(device);
    data.valY = labelsToTensor(*valLabels, valFirst, valCount).to(device);
    data.valFirst = valFirst;

    const std::int64_t quick = std::min<std::int64_t>(c.quickEvaluationSize, valCount);
    data.quickX = data.valX.narrow(0, 0, quick);
    data.quickY = data.valY.narrow(0, 0, quick);

    // Sample digits spread evenly over the validation set, the same for every seed.
    const std::int64_t sampleCount = std::min<std::int64_t>(c.sampleCount, valCount);
    std::vector<std::int64_t> sampleIndices;
    for (std::int64_t i = 0; i < sampleCount; ++i) {
        const std::int64_t index = i * valCount / std::max<std::int64_t>(1, sampleCount);
        sampleIndices.push_back(index);
        SampleImage sample;
        sample.datasetIndex = static_cast<int>(valFirst + index);
        sample.label = valLabels->labels[valFirst + index];
        const auto *first = valImages->pixels.data() + (valFirst + index) * 784;
        sample.pixels.assign(first, first + 784);
        data.samples.push_back(std::move(sample));
    }
    if (sampleCount > 0) {
        auto indexTensor = torch::tensor(sampleIndices, torch::kInt64).to(device);
        data.sampleX = data.valX.index_select(0, indexTensor);
    }
    return data;
}

void TrainingEngine::Private::buildModel(const TrainingConfig &c)
{
    model = CnnNet(c.kerasInit);
    model->setDropout(c.dropoutEnabled, c.convDropout, c.denseDropout);
    model->to(device);
    if (c.optimizer == OptimizerKind::Adam) {
        optimizer = std::make_unique<torch::optim::Adam>(
            model->parameters(), torch::optim::AdamOptions(c.learningRate).eps(c.adamEpsilon));
    } else {
        optimizer = std::make_unique<torch::optim::SGD>(
            model->parameters(), torch::optim::SGDOptions(c.learningRate).momentum(c.momentum));
    }
}

double TrainingEngine::Private::learningRate() const
{
    return optimizer->param_groups().front().options().get_lr();
}

void TrainingEngine::Private::setOptimizerLearningRate(double lr)
{
    for (auto &group : optimizer->param_groups())
        group.options().set_lr(lr);
}

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

int TrainingEngine::Private::resolveStepChunk() const
{
    int chunk = stepChunkSetting.load();
    if (chunk == 0) {
        chunk = defaultStepChunk;
        if (const char *text = std::getenv("CNNLAB_STEP_CHUNK"); text && *text)
            chunk = std::atoi(text);
    }
    // On CUDA big batches are what the device wants.
    return chunk > 0 && !device.is_cuda() ? chunk : 0;
}

StepOutcome TrainingEngine::Private::forwardBackward(
    const torch::Tensor &x, const torch::Tensor &y, bool checkLoss)
{
    StepOutcome out;
    const std::int64_t batch = x.size(0);
    if (stepChunk <= 0 || batch <= stepChunk) {
        const auto logits = model->forward(x);
        const auto loss = torch::nll_loss(torch::log_softmax(logits, 1), y);
        passes += 1;
        if (checkLoss) {
            out.lossValue = loss.item<double>();
            if (isDivergedLoss(out.lossValue)) {
                out.diverged = true;
                return out;
            }
        }
        loss.backward();
        out.loss = loss.detach();
        out.correct = logits.detach().argmax(1).eq(y).sum();
        return out;
    }
    // Even chunks: each chunk's mean loss weighted by its share of the batch,
    // so the gradients add up to the gradient of the whole batch's mean loss.
    const std::int64_t chunks = (batch + stepChunk - 1) / stepChunk;
    const std::int64_t size = (batch + chunks - 1) / chunks;
    for (std::int64_t first = 0; first < batch; first += size) {
        const std::int64_t n = std::min(size, batch - first);
        const auto target = y.narrow(0, first, n);
        const auto logits = model->forward(x.narrow(0, first, n));
        const auto loss = torch::nll_loss(torch::log_softmax(logits, 1), target)
                              .mul(static_cast<double>(n) / static_cast<double>(batch));
        loss.backward();
        passes += 1;
        const auto lossPart = loss.detach();
        const auto correctPart = logits.detach().argmax(1).eq(target).sum();
        out.loss = out.loss.defined() ? out.loss + lossPart : lossPart;
        out.correct = out.correct.defined() ? out.correct + correctPart : correctPart;
    }
    // The gradients are in, but the caller does not step on a diverged loss.
    if (checkLoss) {
        out.lossValue = out.loss.item<double>();
        out.diverged = isDivergedLoss(out.lossValue);
    }
    return out;
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

void TrainingEngine::Private::updateInferenceModel()
{
    if (model.is_empty())
        return;
    torch::NoGradGuard noGrad;
    // Off the GPU first (a no-op on CPU, where this thread is the only writer),
    // so the lock is held only for a 4.8 MB memcpy.
    std::vector<std::pair<std::string, torch::Tensor>> weights;
    for (const auto &item : model->named_parameters())
        weights.emplace_back(item.key(), item.value().detach().to(torch::kCPU));
    std::lock_guard lock(inferenceMutex);
    if (inference.is_empty()) {
        inference = CnnNet(false);
        inference->eval();
    }
    auto target = inference->named_parameters();
    for (const auto &[name, value] : weights)
        target[name].copy_(value);
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

void TrainingEngine::Private::applyPending(
    TrainingObserver *observer, const TrainingPosition &position, bool epochStart)
{
    std::vector<ConfigChange> changes;
    {
        std::lock_guard lock(mutex);
        if (pendingLearningRate) {
            const double old = learningRate();
            if (old != *pendingLearningRate) {
                setOptimizerLearningRate(*pendingLearningRate);
                config.learningRate = *pendingLearningRate;
                changes.push_back(
                    {position, "learning_rate", settingNumber(old), settingNumber(config.learningRate)});
            }
            pendingLearningRate.reset();
        }
        if (pendingDropout) {
            auto [enabled, convRate, denseRate] = *pendingDropout;
            auto describeDropout = [](bool on, double a, double b) {
                return on ? settingNumber(a) + "/" + settingNumber(b) : std::string("off");
            };
            const auto old
                = describeDropout(model->isDropoutEnabled(), model->convDropout(), model->denseDropout());
            const auto now = describeDropout(enabled, convRate, denseRate);
            model->setDropout(enabled, convRate, denseRate);
            config.dropoutEnabled = enabled;
            config.convDropout = convRate;
            config.denseDropout = denseRate;
            if (old != now)
                changes.push_back({position, "dropout", old, now});
            pendingDropout.reset();
        }
        if (epochStart && pendingBatchSize) {
            if (config.batchSize != *pendingBatchSize) {
                changes.push_back({position, "batch_size", std::to_string(config.batchSize),
                    std::to_string(*pendingBatchSize)});
                config.batchSize = *pendingBatchSize;
            }
            pendingBatchSize.reset();
        }
        hasPending = pendingLearningRate || pendingDropout || pendingBatchSize;
    }
    if (observer)
        for (const auto &change : changes)
            observer->onConfigChanged(change);
}

bool TrainingEngine::Private::waitWhilePaused(
    const std::stop_token &token, TrainingObserver *observer, Clock::duration &pausedFor)
{
    std::unique_lock lock(mutex);
    if (!paused)
        return true;
    const auto since = Clock::now();
    lock.unlock();
    if (observer)
        observer->onPausedChanged(true);
    lock.lock();
    pauseChanged.wait(lock, token, [this] { return !paused || stopRequested.load(); });
    lock.unlock();
    pausedFor += Clock::now() - since;
    if (observer)
        observer->onPausedChanged(false);
    return !(token.stop_requested() || stopRequested.load());
}

TrainingEngine::TrainingEngine()
    : d(std::make_unique<Private>())
{ }

TrainingEngine::~TrainingEngine() = default;

RunResult TrainingEngine::run(
    const TrainingConfig &requested, TrainingObserver *observer, std::stop_token stopToken)
{
    const auto runStart = Clock::now();
    RunResult result;
    auto fail = [&](Error error) {
        result.status = RunStatus::Failed;
        result.error = std::move(error);
        result.seconds = secondsSince(runStart);
        d->running = false;
        if (observer)
            observer->onFinished(result);
        return result;
    };

    if (d->running.exchange(true))
        return fail({ErrorCode::Internal, {}, "a run is already in progress on this engine"});
    d->stopRequested = false;
    {
        std::lock_guard lock(d->mutex);
        d->paused = false;
        d->pendingLearningRate.reset();
        d->pendingDropout.reset();
        d->pendingBatchSize.reset();
        d->hasPending = false;
    }

    if (auto error = validate(requested))
        return fail(error);

    try {
        TrainingConfig config = requested;
        auto device = resolveDevice(config.device);
        if (!device)
            return fail(device.error());
        d->device = *device;

        // LibTorch 1.13 defaults to half the cores (1 thread on a 2-core laptop).
        const int threads = config.threads > 0
            ? config.threads
            : static_cast<int>(std::max(1U, std::thread::hardware_concurrency()));
        torch::set_num_threads(threads);
        // The thread tuner's choice ends with the run: inference and the next
        // run start from the same count, so a model predicts the same digits
        // bit for bit whatever the load was while it trained.
        struct RestoreThreads {
            int threads;
            ~RestoreThreads() { torch::set_num_threads(threads); }
        } restoreThreads {threads};
        tuneAllocator();
        torch::manual_seed(config.seed);
        if (d->device.is_cuda())
            torch::cuda::manual_seed_all(config.seed);

        auto loaded = d->loadData(config);
        if (!loaded)
            return fail(loaded.error());
        const auto &data = *loaded;

        // Resuming keeps the checkpoint's weights, optimizer moments and progress,
        // but takes the hyperparameters of `config`.
        d->epochsDone = 0;
        d->stepsDone = 0;
        d->samplesDone = 0;
        d->config = config;
        d->buildModel(config);
        if (!config.resumeFrom.empty()) {
            if (auto error = d->restoreCheckpoint(config.resumeFrom, true))
                return fail(error);
            d->model->setDropout(config.dropoutEnabled, config.convDropout, config.denseDropout);
            d->setOptimizerLearningRate(config.learningRate);
        }
        d->config = config;
        d->model->train();
        d->stepChunk = d->resolveStepChunk();
        d->passes = 0;

        const std::int64_t trainSize = data.trainX.size(0);
        auto stepsFor = [&](int batchSize) {
            // The last partial batch is dropped so every step has the same shape
            // (CUDA-graph friendly); for 60000 images at 32 or 1000 nothing is dropped.
            const auto batch = std::min<std::int64_t>(batchSize, trainSize);
            return std::max<std::int64_t>(1, trainSize / batch);
        };

        // Adaptive threads: the default on CPU; an explicit count stays fixed
        // (and with it, bit-identical runs for a seed).
        ThreadTuner tuner(threads, config.threads <= 0 && !d->device.is_cuda());
        std::string deviceName = "CPU (" + std::to_string(threads) + " threads)";

        RunInfo info;
        info.config = config;
        info.config.threads = threads;
        info.adaptiveThreads = tuner.adaptive();
        info.config.device = d->device.str();
        info.deviceName = d->device.is_cuda() ? "CUDA " + d->device.str() : deviceName;
        for (const auto &device : availableDevices())
            if (device.id == d->device.str() && d->device.is_cuda())
                info.deviceName = device.id + " (" + device.name + ")";
        info.classNames = data.classNames;
        info.trainSize = static_cast<int>(trainSize);
        info.validationSize = static_cast<int>(data.valX.size(0));
        info.stepsPerEpoch = stepsFor(config.batchSize);
        for (const auto &parameter : d->model->parameters())
            info.parameterCount += parameter.numel();
        info.startEpoch = d->epochsDone;
        info.samples = data.samples;
        if (observer)
            observer->onStarted(info);

        // On CPU reading the loss costs nothing (no device to sync with), so a
        // NaN is caught before it reaches the weights. On CUDA it is checked at
        // each report (<= 50 ms) to keep the GPU queue full.
        const bool checkEveryStep = !d->device.is_cuda();
        const auto reportInterval = std::chrono::duration_cast<Clock::duration>(
            std::chrono::duration<double>(1.0 / config.reportsPerSecond));
        Clock::duration pausedFor {};
        const auto trainStart = Clock::now();
        auto trainSeconds
            = [&] { return std::chrono::duration<double>(Clock::now() - trainStart - pausedFor).count(); };
        auto lastReport = Clock::now();
        auto rateWindowStart = Clock::now();
        std::int64_t rateWindowSamples = 0;
        double samplesPerSecond = 0.0;

        const auto scalarOptions = torch::TensorOptions().device(d->device);
        const auto longOptions = torch::TensorOptions().dtype(torch::kInt64).device(d->device);
        bool stopped = false;
        bool diverged = false;
        double lastTrainLoss = 0.0;
        double lastTrainAccuracy = 0.0;
        EvaluationResult lastEval;
        double epochPosition = d->epochsDone; // where training stands, fractional

        auto shouldStop = [&] { return stopToken.stop_requested() || d->stopRequested.load(); };

        for (int epoch = d->epochsDone; epoch < config.epochs && !stopped && !diverged; ++epoch) {
            TrainingPosition position {
                epoch, static_cast<double>(epoch), d->stepsDone, d->samplesDone, trainSeconds()};
            d->applyPending(observer, position, true);
            const int batchSize = static_cast<int>(std::min<std::int64_t>(d->config.batchSize, trainSize));
            const std::int64_t steps = stepsFor(batchSize);
            const auto permutation = torch::randperm(trainSize, longOptions);
            auto lossSum = torch::zeros({}, scalarOptions.dtype(torch::kFloat32));
            auto correct = torch::zeros({}, longOptions);
            std::int64_t epochSamples = 0;
            int nextQuickEval = 1;

            auto positionAt = [&](std::int64_t stepInEpoch) {
                return TrainingPosition {epoch,
                    epoch + static_cast<double>(stepInEpoch) / static_cast<double>(steps), d->stepsDone,
                    d->samplesDone, trainSeconds()};
            };
            auto syncTrainMetrics = [&] {
                if (epochSamples > 0) {
                    lastTrainLoss = lossSum.item<double>() * batchSize / static_cast<double>(epochSamples);
                    lastTrainAccuracy = static_cast<double>(correct.item<std::int64_t>())
                        / static_cast<double>(epochSamples);
                }
            };
            auto reportEvaluation = [&](std::int64_t stepInEpoch, bool full) {
                syncTrainMetrics();
                const auto evalStart = Clock::now();
                lastEval = full ? d->evaluate(data.valX, data.valY, observer != nullptr)
                                : d->evaluate(data.quickX, data.quickY);
                auto predictions = d->predictSamples(data);
                std::optional<EvaluationDetails> details;
                if (full && observer)
                    details = d->evaluationDetails(data, lastEval);
                lastEval.logits = torch::Tensor();
                lastEval.predicted = torch::Tensor();
                d->updateInferenceModel();
                // Evaluation time is not training throughput.
                rateWindowStart += Clock::now() - evalStart;
                tuner.restartMeasurement();
                if (!observer)
                    return;
                EpochMetrics metrics;
                metrics.position = positionAt(stepInEpoch);
                metrics.fullValidation = full;
                metrics.trainLoss = lastTrainLoss;
                metrics.trainAccuracy = lastTrainAccuracy;
                metrics.valLoss = lastEval.loss;
                metrics.valAccuracy = lastEval.accuracy;
                metrics.validationSize = static_cast<int>(full ? data.valX.size(0) : data.quickX.size(0));
                observer->onEvaluation(metrics);
                if (details) {
                    details->position = metrics.position;
                    observer->onEvaluationDetails(*details);
                }
                observer->onPredictions(predictions);
            };

            tuner.restartMeasurement(); // new epoch: maybe another batch size
            for (std::int64_t step = 0; step < steps; ++step) {
                const auto pausedBefore = pausedFor;
                if (shouldStop() || !d->waitWhilePaused(stopToken, observer, pausedFor)) {
                    stopped = true;
                    break;
                }
                if (pausedFor != pausedBefore)
                    tuner.restartMeasurement();
                if (d->hasPending.load(std::memory_order_relaxed))
                    d->applyPending(observer, positionAt(step), false);

                const auto stepStart = Clock::now();
                const auto indices = permutation.narrow(0, step * batchSize, batchSize);
                const auto x = data.trainX.index_select(0, indices);
                const auto y = data.trainY.index_select(0, indices);

                d->optimizer->zero_grad();
                const StepOutcome outcome = d->forwardBackward(x, y, checkEveryStep);
                if (outcome.diverged) {
                    lastTrainLoss = outcome.lossValue;
                    diverged = true;
                    break;
                }
                d->optimizer->step();

                lossSum += outcome.loss;
                correct += outcome.correct;
                epochSamples += batchSize;
                rateWindowSamples += batchSize;
                d->stepsDone += 1;
                epochPosition = epoch + static_cast<double>(step + 1) / static_cast<double>(steps);
                d->samplesDone += batchSize;

                const auto now = Clock::now();
                if (tuner.adaptive()) {
                    const auto change = tuner.record(std::chrono::duration<double>(now - trainStart).count(),
                        std::chrono::duration<double>(now - stepStart).count(), batchSize);
                    if (change) {
                        torch::set_num_threads(tuner.threads());
                        if (!change->reason.empty()) {
                            deviceName = "CPU (" + std::to_string(change->to) + " of "
                                + std::to_string(tuner.maxThreads()) + " threads"
                                + (change->to < tuner.maxThreads() ? ", machine busy)" : ")");
                            if (observer)
                                observer->onThreadsChanged(
                                    {positionAt(step + 1), change->from, change->to, change->reason});
                        }
                    }
                }
                if (now - lastReport >= reportInterval) {
                    lastReport = now;
                    syncTrainMetrics();
                    if (isDivergedLoss(lastTrainLoss)) {
                        diverged = true;
                        break;
                    }
                    const double window = std::chrono::duration<double>(now - rateWindowStart).count();
                    if (window >= 0.25) {
                        samplesPerSecond = static_cast<double>(rateWindowSamples) / window;
                        rateWindowStart = now;
                        rateWindowSamples = 0;
                    }
                    if (observer) {
                        StepMetrics metrics;
                        metrics.position = positionAt(step + 1);
                        metrics.stepsPerEpoch = steps;
                        metrics.trainLoss = lastTrainLoss;
                        metrics.trainAccuracy = lastTrainAccuracy;
                        metrics.samplesPerSecond = samplesPerSecond;
                        metrics.learningRate = d->config.learningRate;
                        metrics.batchSize = batchSize;
                        if (!d->device.is_cuda()) {
                            metrics.threads = tuner.threads();
                            metrics.deviceName = deviceName;
                        }
                        observer->onStep(metrics);
                    }
                }

                // Quick evaluations at evenly spaced points inside the epoch.
                const int evals = d->config.evaluationsPerEpoch;
                if (nextQuickEval < evals && (step + 1) * evals >= nextQuickEval * steps) {
                    ++nextQuickEval;
                    if (step + 1 < steps)
                        reportEvaluation(step + 1, false);
                }
            }
            if (stopped || diverged)
                break;
            syncTrainMetrics();
            if (isDivergedLoss(lastTrainLoss)) {
                diverged = true;
                break;
            }
            d->epochsDone = epoch + 1;
            reportEvaluation(steps, true);
        }

        // A stopped run trained past its last evaluation: inference gets those
        // weights. A diverged model's weights are garbage (inf/NaN); inference
        // keeps the last evaluated ones.
        if (!diverged)
            d->updateInferenceModel();
        result.status = diverged ? RunStatus::Diverged : stopped ? RunStatus::Stopped : RunStatus::Completed;
        result.position
            = {static_cast<int>(epochPosition), epochPosition, d->stepsDone, d->samplesDone, trainSeconds()};
        result.epochsCompleted = d->epochsDone;
        result.trainLoss = lastTrainLoss; // on divergence: the offending loss
        result.trainAccuracy = lastTrainAccuracy;
        result.valLoss = lastEval.loss;
        result.valAccuracy = lastEval.accuracy;
        result.trainSeconds = trainSeconds();
    } catch (const c10::Error &error) {
        const std::string what = error.what_without_backtrace();
        return fail({isOutOfMemory(what) ? ErrorCode::OutOfMemory : ErrorCode::Internal, {}, what});
    } catch (const std::bad_alloc &) {
        return fail({ErrorCode::OutOfMemory, {}, "host memory exhausted"});
    } catch (const std::exception &error) {
        return fail({ErrorCode::Internal, {}, error.what()});
    }

    result.seconds = secondsSince(runStart);
    d->running = false;
    if (observer)
        observer->onFinished(result);
    return result;
}

void TrainingEngine::pause()
{
    std::lock_guard lock(d->mutex);
    d->paused = true;
}

void TrainingEngine::resume()
{
    {
        std::lock_guard lock(d->mutex);
        d->paused = false;
    }
    d->pauseChanged.notify_all();
}

void TrainingEngine::stop()
{
    {
        std::lock_guard lock(d->mutex);
        d->stopRequested = true;
    }
    d->pauseChanged.notify_all();
}

bool TrainingEngine::isPaused() const
{
    std::lock_guard lock(d->mutex);
    return d->paused;
}

bool TrainingEngine::isRunning() const
{
    return d->running.load();
}

void TrainingEngine::setLearningRate(double learningRate)
{
    std::lock_guard lock(d->mutex);
    if (!(std::isfinite(learningRate) && learningRate > 0.0 && learningRate <= 10.0))
        return;
    d->pendingLearningRate = learningRate;
    d->hasPending = true;
}

void TrainingEngine::setDropout(bool enabled, double convRate, double denseRate)
{
    std::lock_guard lock(d->mutex);
    auto valid = [](double rate) { return std::isfinite(rate) && rate >= 0.0 && rate <= 0.95; };
    if (!valid(convRate) || !valid(denseRate))
        return;
    d->pendingDropout = std::make_tuple(enabled, convRate, denseRate);
    d->hasPending = true;
}

void TrainingEngine::setStepChunk(int images)
{
    d->stepChunkSetting = images;
}

std::int64_t TrainingEngine::trainingPasses() const
{
    return d->passes.load();
}

void TrainingEngine::setBatchSize(int batchSize)
{
    std::lock_guard lock(d->mutex);
    if (batchSize < 1 || batchSize > 60000)
        return;
    d->pendingBatchSize = batchSize;
    d->hasPending = true;
}

bool TrainingEngine::hasModel() const
{
    return !d->running && !d->model.is_empty();
}

TrainingConfig TrainingEngine::modelConfig() const
{
    return d->config;
}

Error TrainingEngine::saveCheckpoint(const std::string &path) const
{
    if (d->model.is_empty() || d->running)
        return {ErrorCode::CheckpointUnreadable, path, "no trained model to save"};
    try {
        torch::serialize::OutputArchive root;
        torch::serialize::OutputArchive modelArchive;
        d->model->save(modelArchive);
        root.write("model", modelArchive);
        torch::serialize::OutputArchive optimizerArchive;
        d->optimizer->save(optimizerArchive);
        root.write("optimizer", optimizerArchive);
        root.write("format", c10::IValue(static_cast<std::int64_t>(checkpointFormat)));
        root.write("config", c10::IValue(configToJson(d->config)));
        root.write("epochs_done", c10::IValue(static_cast<std::int64_t>(d->epochsDone)));
        root.write("steps_done", c10::IValue(d->stepsDone));
        root.write("samples_done", c10::IValue(d->samplesDone));
        // Write-then-rename: an interrupted save never clobbers a good checkpoint.
        const std::string temporary = path + ".tmp";
        root.save_to(temporary);
        if (std::rename(temporary.c_str(), path.c_str()) != 0) {
            std::remove(temporary.c_str());
            return {ErrorCode::WriteFailed, path, "could not move the checkpoint into place"};
        }
    } catch (const std::exception &error) {
        return {ErrorCode::WriteFailed, path, error.what()};
    }
    return {};
}

namespace {

Expected<TrainingConfig> configFromArchive(torch::serialize::InputArchive &root, const std::string &path)
{
    c10::IValue format;
    c10::IValue configText;
    if (!root.try_read("format", format) || !format.isInt() || format.toInt() != checkpointFormat)
        return Error {ErrorCode::CheckpointMismatch, path, "not a cnnlab checkpoint (format 1)"};
    if (!root.try_read("config", configText) || !configText.isString())
        return Error {ErrorCode::CheckpointUnreadable, path, "no config stored"};
    auto config = configFromJson(configText.toStringRef());
    if (!config)
        return Error {ErrorCode::CheckpointUnreadable, path, config.error().detail};
    return config;
}

} // namespace

Error TrainingEngine::Private::restoreCheckpoint(const std::string &path, bool withOptimizer)
{
    try {
        torch::serialize::InputArchive root;
        root.load_from(path, device);
        auto stored = configFromArchive(root, path);
        if (!stored)
            return stored.error();
        if (stored->optimizer != config.optimizer && withOptimizer && optimizer) {
            // Optimizer state of another kind cannot be restored; start it fresh.
            withOptimizer = false;
        }
        torch::serialize::InputArchive modelArchive;
        root.read("model", modelArchive);
        model->load(modelArchive);
        if (withOptimizer && optimizer) {
            torch::serialize::InputArchive optimizerArchive;
            root.read("optimizer", optimizerArchive);
            optimizer->load(optimizerArchive);
        }
        c10::IValue value;
        if (root.try_read("epochs_done", value) && value.isInt())
            epochsDone = static_cast<int>(value.toInt());
        if (root.try_read("steps_done", value) && value.isInt())
            stepsDone = value.toInt();
        if (root.try_read("samples_done", value) && value.isInt())
            samplesDone = value.toInt();
    } catch (const std::exception &error) {
        return {ErrorCode::CheckpointUnreadable, path, error.what()};
    }
    return {};
}

Error TrainingEngine::loadCheckpoint(const std::string &path)
{
    if (d->running)
        return {ErrorCode::Internal, path, "cannot load a checkpoint while training"};
    auto config = readCheckpointConfig(path);
    if (!config)
        return config.error();
    d->device = torch::Device(torch::kCPU);
    d->config = *config;
    d->config.device = "cpu";
    d->buildModel(d->config);
    if (auto error = d->restoreCheckpoint(path, true))
        return error;
    try {
        d->updateInferenceModel();
    } catch (const std::exception &error) {
        return {ErrorCode::Internal, path, error.what()};
    }
    return {};
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
    const float *w = weights.data_ptr<float>();
    const float *b = biases.data_ptr<float>();
    for (std::int64_t f = 0; f < count; ++f) {
        std::array<float, 9> kernel {};
        std::copy(w + f * 9, w + f * 9 + 9, kernel.begin());
        filters.weights.push_back(kernel);
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
    maps.conv2Size = static_cast<int>(features.conv2.size(2));
    maps.conv1 = mapsOf(features.conv1[0]);
    maps.conv2 = mapsOf(features.conv2[0]);
    return maps;
}

Expected<TrainingConfig> readCheckpointConfig(const std::string &path)
{
    try {
        torch::serialize::InputArchive root;
        root.load_from(path, torch::Device(torch::kCPU));
        return configFromArchive(root, path);
    } catch (const std::exception &error) {
        return Error {ErrorCode::CheckpointUnreadable, path, error.what()};
    }
}

} // namespace cnnlab::core
