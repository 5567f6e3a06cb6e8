#include "recordjson.h"

namespace cnnlab::core::recordjson {

TrainingConfig readConfig(const Node &n)
{
    TrainingConfig c;
    if (!parseDataset(n.string("dataset"), c.dataset))
        fail(at(n.path(), "dataset"), "expected \"mnist\" or \"fashion-mnist\"");
    c.dataDir = n.string("data_dir");
    // Records and checkpoints from before these knobs: the lab's network.
    c.convBlocks = n.integer<int>("conv_blocks", c.convBlocks);
    c.filters = n.integer<int>("filters", c.filters);
    c.kernelSize = n.integer<int>("kernel_size", c.kernelSize);
    c.denseUnits = n.integer<int>("dense_units", c.denseUnits);
    if (n.has("activation") && !parseActivation(n.string("activation"), c.activation))
        fail(at(n.path(), "activation"), "expected \"relu\", \"tanh\" or \"sigmoid\"");
    c.batchNorm = n.boolean("batch_norm", c.batchNorm);
    if (!parseOptimizer(n.string("optimizer"), c.optimizer))
        fail(at(n.path(), "optimizer"), "expected \"adam\", \"sgd\", \"adamw\" or \"rmsprop\"");
    c.learningRate = n.real("learning_rate");
    c.momentum = n.real("momentum");
    c.adamEpsilon = n.real("adam_epsilon");
    c.nesterov = n.boolean("nesterov", c.nesterov);
    if (n.has("lr_schedule") && !parseSchedule(n.string("lr_schedule"), c.schedule))
        fail(at(n.path(), "lr_schedule"), "expected \"constant\", \"step\", \"cosine\" or \"onecycle\"");
    c.lrStepEpochs = n.integer<int>("lr_step_epochs", c.lrStepEpochs);
    c.lrStepFactor = n.real("lr_step_factor", c.lrStepFactor);
    c.warmupFraction = n.real("warmup_fraction", c.warmupFraction);
    c.weightDecay = n.real("weight_decay", c.weightDecay);
    c.l1 = n.real("l1", c.l1);
    c.labelSmoothing = n.real("label_smoothing", c.labelSmoothing);
    c.augmentShift = n.integer<int>("augment_shift", c.augmentShift);
    c.augmentRotate = n.real("augment_rotate", c.augmentRotate);
    c.earlyStopPatience = n.integer<int>("early_stop_patience", c.earlyStopPatience);
    c.batchSize = n.integer<int>("batch_size");
    c.epochs = n.integer<int>("epochs");
    c.seed = n.integer<std::uint64_t>("seed");
    c.dropoutEnabled = n.boolean("dropout");
    c.convDropout = n.real("conv_dropout");
    c.denseDropout = n.real("dense_dropout");
    c.kerasInit = n.boolean("keras_init");
    c.device = n.string("device");
    c.threads = n.integer<int>("threads");
    if (!parseValidation(n.string("validation"), c.validation))
        fail(at(n.path(), "validation"), "expected \"test\" or \"holdout\"");
    c.holdoutSize = n.integer<int>("holdout_size");
    c.trainLimit = n.integer<int>("train_limit");
    c.evaluationsPerEpoch = n.integer<int>("evaluations_per_epoch");
    c.quickEvaluationSize = n.integer<int>("quick_evaluation_size");
    c.sampleCount = n.integer<int>("sample_count");
    c.reportsPerSecond = n.real("reports_per_second");
    c.maxMisclassified = n.integer<int>("max_misclassified", TrainingConfig {}.maxMisclassified);
    c.resumeFrom = n.string("resume_from", {});
    return c;
}

EpochMetrics readHistoryPoint(const Node &n)
{
    EpochMetrics m;
    m.position.epochPosition = n.real("epoch");
    m.position.epoch = n.integer<int>("epoch_index");
    m.position.step = n.integer<std::int64_t>("step");
    m.position.samplesSeen = n.integer<std::int64_t>("samples_seen");
    m.position.elapsedSeconds = n.real("seconds");
    m.fullValidation = n.boolean("full_validation");
    m.trainLoss = n.real("train_loss");
    m.trainAccuracy = n.real("train_accuracy");
    m.valLoss = n.real("val_loss");
    m.valAccuracy = n.real("val_accuracy");
    m.validationSize = n.integer<int>("validation_size");
    return m;
}

int epochIndexFrom(double epochPosition)
{
    return std::isfinite(epochPosition) && epochPosition >= 0.0 && epochPosition < 1e9
        ? static_cast<int>(epochPosition)
        : 0;
}

StepMetrics readStep(const Node &n, std::int64_t stepsPerEpoch)
{
    StepMetrics m;
    m.position.epochPosition = n.real("epoch");
    m.position.step = n.integer<std::int64_t>("step");
    m.position.samplesSeen = n.integer<std::int64_t>("samples_seen");
    m.position.elapsedSeconds = n.real("seconds");
    m.trainLoss = n.real("train_loss");
    m.trainAccuracy = n.real("train_accuracy");
    m.samplesPerSecond = n.real("samples_per_second");
    m.learningRate = n.real("learning_rate");
    m.batchSize = n.integer<int>("batch_size");
    m.position.epoch = n.integer<int>("epoch_index", epochIndexFrom(m.position.epochPosition));
    m.stepsPerEpoch = n.integer<std::int64_t>("steps_per_epoch", stepsPerEpoch);
    m.threads = n.integer<int>("threads", 0);
    return m;
}

ConfigChange readChange(const Node &n)
{
    ConfigChange c;
    c.position.epochPosition = n.real("epoch");
    c.position.step = n.integer<std::int64_t>("step");
    c.position.elapsedSeconds = n.real("seconds");
    c.parameter = n.string("parameter");
    c.oldValue = n.string("old");
    c.newValue = n.string("new");
    c.position.epoch = n.integer<int>("epoch_index", epochIndexFrom(c.position.epochPosition));
    c.position.samplesSeen = n.integer<std::int64_t>("samples_seen", 0);
    return c;
}

ThreadChange readThreadChange(const Node &n)
{
    ThreadChange c;
    c.position.epochPosition = n.real("epoch");
    c.position.step = n.integer<std::int64_t>("step");
    c.position.elapsedSeconds = n.real("seconds");
    c.from = n.integer<int>("from");
    c.to = n.integer<int>("to");
    c.reason = n.string("reason", {});
    c.position.epoch = n.integer<int>("epoch_index", epochIndexFrom(c.position.epochPosition));
    c.position.samplesSeen = n.integer<std::int64_t>("samples_seen", 0);
    return c;
}

// A 28x28 image's "pixels": exactly 784 bytes.
std::vector<std::uint8_t> readPixels(const Node &n)
{
    const InJson &pixels = n.array("pixels");
    const std::string where = at(n.path(), "pixels");
    if (pixels.size() != 28 * 28)
        fail(where, "expected 784 values, found " + std::to_string(pixels.size()));
    std::vector<std::uint8_t> bytes;
    bytes.reserve(pixels.size());
    for (std::size_t i = 0; i < pixels.size(); ++i)
        bytes.push_back(Node::toInteger<std::uint8_t>(pixels[i], at(where, i)));
    return bytes;
}

SampleImage readSample(const Node &n)
{
    SampleImage s;
    s.datasetIndex = n.integer<int>("dataset_index");
    s.label = n.integer<int>("label");
    s.pixels = readPixels(n);
    return s;
}

Prediction readPrediction(const Node &n)
{
    Prediction p;
    p.sampleIndex = n.integer<int>("sample_index");
    p.trueLabel = n.integer<int>("true_label");
    p.predictedLabel = n.integer<int>("predicted_label");
    const InJson &classes = n.array("top_classes");
    const InJson &probabilities = n.array("top_probabilities");
    if (classes.size() != 3)
        fail(at(n.path(), "top_classes"), "expected 3 values");
    if (probabilities.size() != 3)
        fail(at(n.path(), "top_probabilities"), "expected 3 values");
    for (std::size_t i = 0; i < 3; ++i) {
        p.topClasses[i] = Node::toInteger<int>(classes[i], at(at(n.path(), "top_classes"), i));
        p.topProbabilities[i]
            = static_cast<float>(Node::toReal(probabilities[i], at(at(n.path(), "top_probabilities"), i)));
    }
    return p;
}

ErrorCode errorCodeFromName(const std::string &name)
{
    for (int code = 0; code <= static_cast<int>(ErrorCode::Internal); ++code)
        if (name == errorCodeName(static_cast<ErrorCode>(code)))
            return static_cast<ErrorCode>(code);
    return ErrorCode::Internal; // written by a newer build: still an error
}

TrainingPosition readPosition(const Node &p)
{
    TrainingPosition position;
    position.epochPosition = p.real("epoch");
    position.epoch = p.integer<int>("epoch_index");
    position.step = p.integer<std::int64_t>("step");
    position.samplesSeen = p.integer<std::int64_t>("samples_seen");
    position.elapsedSeconds = p.real("seconds");
    return position;
}

RunResult readFinal(const Node &n)
{
    RunResult r;
    const std::string status = n.string("status");
    bool known = false;
    for (const auto &[value, name] : statusNames) {
        if (status == name) {
            r.status = value;
            known = true;
        }
    }
    if (!known)
        fail(at(n.path(), "status"), "unknown status \"" + status + "\"");
    const InJson &error = n.required("error");
    if (!error.is_null()) {
        const Node e(error, at(n.path(), "error"));
        // The name is the stable identifier; the number only where the name is missing.
        if (e.has("name"))
            r.error.code = errorCodeFromName(e.string("name"));
        else {
            // A number outside the known codes (negative included) is an error
            // this build cannot name: Internal, so a re-save writes what it read.
            const int code = e.integer<int>("code");
            r.error.code = code > 0 && code <= static_cast<int>(ErrorCode::Internal)
                ? static_cast<ErrorCode>(code)
                : ErrorCode::Internal;
        }
        if (r.error.code == ErrorCode::None)
            r.error.code = ErrorCode::Internal;
        r.error.path = e.string("path", {});
        r.error.detail = e.string("detail", {});
    }
    r.epochsCompleted = n.integer<int>("epochs_completed");
    r.trainLoss = n.real("train_loss");
    r.trainAccuracy = n.real("train_accuracy");
    r.valLoss = n.real("val_loss");
    r.valAccuracy = n.real("val_accuracy");
    r.seconds = n.real("seconds");
    r.trainSeconds = n.real("train_seconds");
    if (n.has("position"))
        r.position = readPosition(n.object("position"));
    r.stoppedEarly = n.boolean("stopped_early", false);
    r.bestEpoch = n.integer<int>("best_epoch", 0);
    return r;
}

// A class number (0..9) where the reader indexes a 10-entry table with it.
int readClass(const InJson &value, const std::string &where)
{
    const int c = Node::toInteger<int>(value, where);
    if (c < 0 || c > 9)
        fail(where, "expected a class 0..9, found " + std::to_string(c));
    return c;
}

Misclassified readMisclassified(const Node &n)
{
    Misclassified m;
    m.datasetIndex = n.integer<int>("index");
    m.trueLabel = readClass(n.required("label"), at(n.path(), "label"));
    m.predictedLabel = readClass(n.required("predicted"), at(n.path(), "predicted"));
    const InJson &classes = n.array("top_classes");
    const InJson &probabilities = n.array("top_probabilities");
    if (classes.size() != 3)
        fail(at(n.path(), "top_classes"), "expected 3 values");
    if (probabilities.size() != 3)
        fail(at(n.path(), "top_probabilities"), "expected 3 values");
    for (std::size_t i = 0; i < 3; ++i) {
        m.topClasses[i] = readClass(classes[i], at(at(n.path(), "top_classes"), i));
        m.topProbabilities[i]
            = static_cast<float>(Node::toReal(probabilities[i], at(at(n.path(), "top_probabilities"), i)));
    }
    m.pixels = readPixels(n);
    return m;
}

EvaluationDetails readDetails(const Node &n)
{
    EvaluationDetails d;
    d.position = readPosition(n.object("position"));
    const InJson &rows = n.array("confusion");
    const std::string where = at(n.path(), "confusion");
    // An empty matrix is a record from before the first full evaluation.
    if (!rows.empty() && rows.size() != 10)
        fail(where, "expected 10 rows, found " + std::to_string(rows.size()));
    for (std::size_t t = 0; t < rows.size(); ++t) {
        const std::string rowWhere = at(where, t);
        if (!rows[t].is_array())
            fail(rowWhere, "expected array");
        if (rows[t].size() != 10)
            fail(rowWhere, "expected 10 values, found " + std::to_string(rows[t].size()));
        for (std::size_t p = 0; p < 10; ++p) {
            const auto count = Node::toInteger<std::int64_t>(rows[t][p], at(rowWhere, p));
            if (count < 0)
                fail(at(rowWhere, p), "out of range");
            d.confusion.counts[t][p] = count;
        }
    }
    const InJson &mistakes = n.array("misclassified", true);
    d.misclassified.reserve(mistakes.size());
    for (std::size_t i = 0; i < mistakes.size(); ++i)
        d.misclassified.push_back(readMisclassified(Node(mistakes[i], at(at(n.path(), "misclassified"), i))));
    return d;
}

} // namespace cnnlab::core::recordjson
