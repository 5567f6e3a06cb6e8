#include "trainingengineprivate.h"
#include "trainingloop.h"

#include "cnnlab/core/dataset.h"
#include "cnnlab/core/modelshape.h"
#include "cnnlab/core/runrecord.h"
#include "cnnlab/core/textformat.h"
#include "cnnnet.h"
#include "losses.h"
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

} // namespace

Error TrainingEngine::Private::prepareModel(const TrainingConfig &c)
{
    // Resuming keeps the checkpoint's weights, optimizer moments and progress,
    // but takes the hyperparameters of `c`.
    epochsDone = 0;
    stepsDone = 0;
    samplesDone = 0;
    TrainingConfig resolved = c;
    if (!c.resumeFrom.empty()) {
        // The checkpoint's weights fit only its own network, whatever `c` asks for.
        auto stored = readCheckpointConfig(c.resumeFrom);
        if (!stored)
            return stored.error();
        copyArchitecture(*stored, resolved);
    }
    config = resolved;
    buildModel(resolved);
    if (!c.resumeFrom.empty()) {
        if (auto error = restoreCheckpoint(c.resumeFrom, true))
            return error;
        model->setDropout(c.dropoutEnabled, c.convDropout, c.denseDropout);
        setOptimizerLearningRate(c.learningRate);
    }
    config = resolved;
    model->train();
    stepChunk = resolveStepChunk();
    passes = 0;
    return {};
}

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
    model = CnnNet(c, c.kerasInit);
    model->setDropout(c.dropoutEnabled, c.convDropout, c.denseDropout);
    model->to(device);
    auto parameters = model->parameters();
    switch (c.optimizer) {
    case OptimizerKind::Adam:
        optimizer = std::make_unique<torch::optim::Adam>(
            parameters, torch::optim::AdamOptions(c.learningRate).eps(c.adamEpsilon));
        break;
    case OptimizerKind::Sgd:
        optimizer = std::make_unique<torch::optim::SGD>(
            parameters, torch::optim::SGDOptions(c.learningRate).momentum(c.momentum).nesterov(c.nesterov));
        break;
    case OptimizerKind::AdamW: // weightDecay is its decoupled decay, not a loss term
        optimizer = std::make_unique<torch::optim::AdamW>(parameters,
            torch::optim::AdamWOptions(c.learningRate).eps(c.adamEpsilon).weight_decay(c.weightDecay));
        break;
    case OptimizerKind::RMSprop: // Keras' defaults: rho 0.9, epsilon as Adam's
        optimizer = std::make_unique<torch::optim::RMSprop>(
            parameters, torch::optim::RMSpropOptions(c.learningRate).alpha(0.9).eps(c.adamEpsilon));
        break;
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
        const auto loss = crossEntropyLoss(logits, y, config.labelSmoothing);
        passes += 1;
        if (checkLoss) {
            out.lossValue = loss.crossEntropy.item<double>();
            if (isDivergedLoss(out.lossValue)) {
                out.diverged = true;
                return out;
            }
        }
        loss.objective.backward();
        backwardWeightPenalty();
        out.loss = loss.crossEntropy.detach();
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
        const double share = static_cast<double>(n) / static_cast<double>(batch);
        const auto loss = crossEntropyLoss(logits, target, config.labelSmoothing);
        loss.objective.mul(share).backward();
        passes += 1;
        const auto lossPart = loss.crossEntropy.detach().mul(share);
        const auto correctPart = logits.detach().argmax(1).eq(target).sum();
        out.loss = out.loss.defined() ? out.loss + lossPart : lossPart;
        out.correct = out.correct.defined() ? out.correct + correctPart : correctPart;
    }
    backwardWeightPenalty(); // once per step, not per chunk
    // The gradients are in, but the caller does not step on a diverged loss.
    if (checkLoss) {
        out.lossValue = out.loss.item<double>();
        out.diverged = isDivergedLoss(out.lossValue);
    }
    return out;
}

void TrainingEngine::Private::backwardWeightPenalty()
{
    // AdamW decays the weights itself (decoupled); the others get Keras' L2 term.
    const double l2 = config.optimizer == OptimizerKind::AdamW ? 0.0 : config.weightDecay;
    if (l2 <= 0.0 && config.l1 <= 0.0)
        return; // the lab: nothing to add, not even the kernels' list, on every step
    const auto penalty = weightPenalty(model->kernels(), l2, config.l1);
    if (penalty.defined())
        penalty.backward();
}

void TrainingEngine::Private::applyPending(
    TrainingObserver *observer, const TrainingPosition &position, bool epochStart)
{
    std::vector<ConfigChange> changes;
    {
        std::lock_guard lock(mutex);
        if (pendingLearningRate) {
            // The base rate; the loop applies the schedule to it from the next step.
            const double old = config.learningRate;
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

        if (auto error = d->prepareModel(config))
            return fail(error);

        TrainingLoop loop(*d, data, observer, stopToken, threads);
        if (observer)
            observer->onStarted(loop.runInfo());
        result = loop.run();
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

} // namespace cnnlab::core
