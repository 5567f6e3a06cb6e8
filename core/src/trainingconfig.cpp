#include "cnnlab/core/trainingconfig.h"

#include <cmath>
#include <string>

namespace cnnlab::core {

namespace {

Error invalid(const char *field, const std::string &detail)
{
    return Error {ErrorCode::InvalidConfig, field, detail};
}

bool isDeviceSpec(const std::string &device)
{
    if (device == "auto" || device == "cpu" || device == "cuda")
        return true;
    if (device.rfind("cuda:", 0) != 0 || device.size() == 5)
        return false;
    for (std::size_t i = 5; i < device.size(); ++i)
        if (device[i] < '0' || device[i] > '9')
            return false;
    return device.size() <= 8;
}

} // namespace

Error validate(const TrainingConfig &c)
{
    if (!(std::isfinite(c.learningRate) && c.learningRate > 0.0 && c.learningRate <= 10.0))
        return invalid("learning_rate", "must be in (0, 10], got " + std::to_string(c.learningRate));
    if (c.convBlocks < 1 || c.convBlocks > 3)
        return invalid("conv_blocks", "must be in 1..3, got " + std::to_string(c.convBlocks));
    if (c.filters < 8 || c.filters > 128)
        return invalid("filters", "must be in 8..128, got " + std::to_string(c.filters));
    if (c.kernelSize != 3 && c.kernelSize != 5)
        return invalid("kernel_size", "must be 3 or 5, got " + std::to_string(c.kernelSize));
    if (c.denseUnits < 16 || c.denseUnits > 512)
        return invalid("dense_units", "must be in 16..512, got " + std::to_string(c.denseUnits));
    if (!(std::isfinite(c.momentum) && c.momentum >= 0.0 && c.momentum < 1.0))
        return invalid("momentum", "must be in [0, 1), got " + std::to_string(c.momentum));
    if (c.nesterov && c.optimizer == OptimizerKind::Sgd && !(c.momentum > 0.0))
        return invalid("nesterov", "needs a momentum above 0");
    if (c.lrStepEpochs < 1 || c.lrStepEpochs > 1000)
        return invalid("lr_step_epochs", "must be in 1..1000, got " + std::to_string(c.lrStepEpochs));
    if (!(std::isfinite(c.lrStepFactor) && c.lrStepFactor > 0.0 && c.lrStepFactor <= 1.0))
        return invalid("lr_step_factor", "must be in (0, 1], got " + std::to_string(c.lrStepFactor));
    if (!(std::isfinite(c.warmupFraction) && c.warmupFraction >= 0.0 && c.warmupFraction <= 0.9))
        return invalid("warmup_fraction", "must be in [0, 0.9], got " + std::to_string(c.warmupFraction));
    for (auto [name, value] : {std::pair {"weight_decay", c.weightDecay}, std::pair {"l1", c.l1}})
        if (!(std::isfinite(value) && value >= 0.0 && value <= 1.0))
            return invalid(name, "must be in [0, 1], got " + std::to_string(value));
    if (!(std::isfinite(c.labelSmoothing) && c.labelSmoothing >= 0.0 && c.labelSmoothing <= 0.5))
        return invalid("label_smoothing", "must be in [0, 0.5], got " + std::to_string(c.labelSmoothing));
    if (c.augmentShift < 0 || c.augmentShift > 4)
        return invalid("augment_shift", "must be in 0..4 pixels, got " + std::to_string(c.augmentShift));
    if (!(std::isfinite(c.augmentRotate) && c.augmentRotate >= 0.0 && c.augmentRotate <= 20.0))
        return invalid(
            "augment_rotate", "must be in [0, 20] degrees, got " + std::to_string(c.augmentRotate));
    if (c.earlyStopPatience < 0 || c.earlyStopPatience > 1000)
        return invalid("early_stop_patience",
            "must be in 0..1000 epochs (0 = off), got " + std::to_string(c.earlyStopPatience));
    if (!(std::isfinite(c.adamEpsilon) && c.adamEpsilon > 0.0 && c.adamEpsilon < 1.0))
        return invalid("adam_epsilon", "must be in (0, 1), got " + std::to_string(c.adamEpsilon));
    if (c.batchSize < 1 || c.batchSize > 60000)
        return invalid("batch_size", "must be in 1..60000, got " + std::to_string(c.batchSize));
    if (c.epochs < 1 || c.epochs > 1000)
        return invalid("epochs", "must be in 1..1000, got " + std::to_string(c.epochs));
    for (auto [name, rate] :
        {std::pair {"conv_dropout", c.convDropout}, std::pair {"dense_dropout", c.denseDropout}})
        if (!(std::isfinite(rate) && rate >= 0.0 && rate <= 0.95))
            return invalid(name, "must be in [0, 0.95], got " + std::to_string(rate));
    if (!isDeviceSpec(c.device))
        return invalid("device", "must be auto, cpu, cuda or cuda:N, got '" + c.device + "'");
    if (c.threads < 0 || c.threads > 1024)
        return invalid("threads", "must be in 0..1024 (0 = all cores), got " + std::to_string(c.threads));
    if (c.trainLimit < 0)
        return invalid("train_limit", "must be >= 0 (0 = all), got " + std::to_string(c.trainLimit));
    if (c.validation == ValidationSource::Holdout && (c.holdoutSize < 100 || c.holdoutSize > 30000))
        return invalid("holdout_size", "must be in 100..30000, got " + std::to_string(c.holdoutSize));
    if (c.evaluationsPerEpoch < 1 || c.evaluationsPerEpoch > 100)
        return invalid(
            "evaluations_per_epoch", "must be in 1..100, got " + std::to_string(c.evaluationsPerEpoch));
    if (c.quickEvaluationSize < 1)
        return invalid("quick_evaluation_size", "must be >= 1");
    if (c.sampleCount < 0 || c.sampleCount > 256)
        return invalid("sample_count", "must be in 0..256, got " + std::to_string(c.sampleCount));
    if (!(c.reportsPerSecond > 0.0 && c.reportsPerSecond <= 1000.0))
        return invalid("reports_per_second", "must be in (0, 1000]");
    return {};
}

const char *optimizerName(OptimizerKind kind)
{
    switch (kind) {
    case OptimizerKind::Adam: return "adam";
    case OptimizerKind::Sgd: return "sgd";
    case OptimizerKind::AdamW: return "adamw";
    case OptimizerKind::RMSprop: return "rmsprop";
    }
    return "adam";
}

const char *scheduleName(LrSchedule schedule)
{
    switch (schedule) {
    case LrSchedule::Constant: return "constant";
    case LrSchedule::Step: return "step";
    case LrSchedule::Cosine: return "cosine";
    case LrSchedule::OneCycle: return "onecycle";
    }
    return "constant";
}

const char *activationName(Activation activation)
{
    switch (activation) {
    case Activation::Relu: return "relu";
    case Activation::Tanh: return "tanh";
    case Activation::Sigmoid: return "sigmoid";
    }
    return "relu";
}

const char *datasetName(DatasetKind kind)
{
    return kind == DatasetKind::Mnist ? "mnist" : "fashion-mnist";
}

const char *validationName(ValidationSource source)
{
    return source == ValidationSource::TestSet ? "test" : "holdout";
}

bool parseOptimizer(const std::string &text, OptimizerKind &out)
{
    for (const OptimizerKind kind :
        {OptimizerKind::Adam, OptimizerKind::Sgd, OptimizerKind::AdamW, OptimizerKind::RMSprop}) {
        if (text == optimizerName(kind)) {
            out = kind;
            return true;
        }
    }
    return false;
}

bool parseSchedule(const std::string &text, LrSchedule &out)
{
    for (const LrSchedule schedule :
        {LrSchedule::Constant, LrSchedule::Step, LrSchedule::Cosine, LrSchedule::OneCycle}) {
        if (text == scheduleName(schedule)) {
            out = schedule;
            return true;
        }
    }
    return false;
}

bool parseActivation(const std::string &text, Activation &out)
{
    for (const Activation activation : {Activation::Relu, Activation::Tanh, Activation::Sigmoid}) {
        if (text == activationName(activation)) {
            out = activation;
            return true;
        }
    }
    return false;
}

bool parseDataset(const std::string &text, DatasetKind &out)
{
    if (text == "mnist")
        out = DatasetKind::Mnist;
    else if (text == "fashion-mnist")
        out = DatasetKind::FashionMnist;
    else
        return false;
    return true;
}

bool parseValidation(const std::string &text, ValidationSource &out)
{
    if (text == "test")
        out = ValidationSource::TestSet;
    else if (text == "holdout")
        out = ValidationSource::Holdout;
    else
        return false;
    return true;
}

bool presetConfig(const std::string &name, TrainingConfig &out)
{
    TrainingConfig c; // the reference model: dropout on, Adam 1e-3, batch 32, 10 epochs
    if (name == "lab-defaults") {
        // as is
    } else if (name == "seed-lab-baseline") {
        c.dropoutEnabled = false; // the lab's first run had no dropout
    } else if (name == "seed-lab-dropout") {
        c.dropoutEnabled = true;
    } else if (name == "seed-lab-batch1000") {
        c.dropoutEnabled = false;
        c.batchSize = 1000;
    } else if (name == "seed-lab-lr0.01") {
        c.dropoutEnabled = false;
        c.learningRate = 0.01;
    } else {
        return false;
    }
    out = c;
    return true;
}

std::vector<std::string> presetNames()
{
    // "seed-lab" is the plan of all four (labPlan, comparison.h), not one
    // configuration; nor are the lessons (lessonPlan, lessons.h).
    return {"lab-defaults", "seed-lab-baseline", "seed-lab-dropout", "seed-lab-batch1000", "seed-lab-lr0.01",
        "seed-lab", "lesson-regularization", "lesson-learning-rate", "lesson-batch-size", "lesson-capacity",
        "lesson-activation"};
}

} // namespace cnnlab::core
