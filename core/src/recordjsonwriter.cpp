#include "recordjson.h"

#include <charconv>
#include <cstdlib>

namespace cnnlab::core::recordjson {

// JSON has no NaN/Infinity: a diverged run's losses are written as null
// (and read back as NaN).
Json number(double value)
{
    return std::isfinite(value) ? Json(value) : Json(nullptr);
}

Json configJson(const TrainingConfig &c)
{
    Json j = Json::object();
    j["dataset"] = datasetName(c.dataset);
    j["data_dir"] = c.dataDir;
    // The architecture (extras, optional on reading: older records are the lab's network).
    j["conv_blocks"] = c.convBlocks;
    j["filters"] = c.filters;
    j["kernel_size"] = c.kernelSize;
    j["dense_units"] = c.denseUnits;
    j["activation"] = activationName(c.activation);
    j["batch_norm"] = c.batchNorm;
    j["optimizer"] = optimizerName(c.optimizer);
    j["learning_rate"] = number(c.learningRate);
    j["momentum"] = number(c.momentum);
    j["adam_epsilon"] = number(c.adamEpsilon);
    // Extras, optional on reading: older records ran without them.
    j["nesterov"] = c.nesterov;
    j["lr_schedule"] = scheduleName(c.schedule);
    j["lr_step_epochs"] = c.lrStepEpochs;
    j["lr_step_factor"] = number(c.lrStepFactor);
    j["warmup_fraction"] = number(c.warmupFraction);
    j["weight_decay"] = number(c.weightDecay);
    j["l1"] = number(c.l1);
    j["label_smoothing"] = number(c.labelSmoothing);
    j["augment_shift"] = c.augmentShift;
    j["augment_rotate"] = number(c.augmentRotate);
    j["early_stop_patience"] = c.earlyStopPatience;
    j["batch_size"] = c.batchSize;
    j["epochs"] = c.epochs;
    j["seed"] = c.seed;
    j["dropout"] = c.dropoutEnabled;
    j["conv_dropout"] = number(c.convDropout);
    j["dense_dropout"] = number(c.denseDropout);
    j["keras_init"] = c.kerasInit;
    j["device"] = c.device;
    j["threads"] = c.threads;
    j["validation"] = validationName(c.validation);
    j["holdout_size"] = c.holdoutSize;
    j["train_limit"] = c.trainLimit;
    j["evaluations_per_epoch"] = c.evaluationsPerEpoch;
    j["quick_evaluation_size"] = c.quickEvaluationSize;
    j["sample_count"] = c.sampleCount;
    j["reports_per_second"] = number(c.reportsPerSecond);
    j["max_misclassified"] = c.maxMisclassified; // extra; optional on reading
    j["resume_from"] = c.resumeFrom; // extra to the fixed list; optional on reading
    return j;
}

Json historyJson(const EpochMetrics &m)
{
    Json j = Json::object();
    j["epoch"] = number(m.position.epochPosition);
    j["epoch_index"] = m.position.epoch;
    j["step"] = m.position.step;
    j["samples_seen"] = m.position.samplesSeen;
    j["seconds"] = number(m.position.elapsedSeconds);
    j["full_validation"] = m.fullValidation;
    j["train_loss"] = number(m.trainLoss);
    j["train_accuracy"] = number(m.trainAccuracy);
    j["val_loss"] = number(m.valLoss);
    j["val_accuracy"] = number(m.valAccuracy);
    j["validation_size"] = m.validationSize;
    return j;
}

Json stepJson(const StepMetrics &m)
{
    Json j = Json::object();
    j["epoch"] = number(m.position.epochPosition);
    j["step"] = m.position.step;
    j["samples_seen"] = m.position.samplesSeen;
    j["seconds"] = number(m.position.elapsedSeconds);
    j["train_loss"] = number(m.trainLoss);
    j["train_accuracy"] = number(m.trainAccuracy);
    j["samples_per_second"] = number(m.samplesPerSecond);
    j["learning_rate"] = number(m.learningRate);
    j["batch_size"] = m.batchSize;
    // Extras (optional on reading) so a record round-trips exactly; steps per
    // epoch changes with the batch size mid-run.
    j["epoch_index"] = m.position.epoch;
    j["steps_per_epoch"] = m.stepsPerEpoch;
    if (m.threads > 0)
        j["threads"] = m.threads;
    return j;
}

// A mid-run event (a setting changed, the thread count changed): where it
// happened, around the event's own fields, in the order run.json has always had.
template<typename Fields>
Json eventJson(const TrainingPosition &p, Fields fields)
{
    Json j = Json::object();
    j["epoch"] = number(p.epochPosition);
    j["step"] = p.step;
    j["seconds"] = number(p.elapsedSeconds);
    fields(j);
    j["epoch_index"] = p.epoch;
    j["samples_seen"] = p.samplesSeen;
    return j;
}

Json changeJson(const ConfigChange &c)
{
    return eventJson(c.position, [&](Json &j) {
        j["parameter"] = c.parameter;
        j["old"] = c.oldValue;
        j["new"] = c.newValue;
    });
}

Json threadChangeJson(const ThreadChange &c)
{
    return eventJson(c.position, [&](Json &j) {
        j["from"] = c.from;
        j["to"] = c.to;
        j["reason"] = c.reason;
    });
}

// Through the float's shortest decimal form: 0.123f is written as 0.123, not
// 0.12300000339746475, and still reads back as the same float.
Json number(float value)
{
    if (!std::isfinite(value))
        return nullptr;
    char text[32];
    const auto end = std::to_chars(text, text + sizeof text, value).ptr;
    return std::strtod(std::string(text, end).c_str(), nullptr);
}

Json sampleJson(const SampleImage &s)
{
    Json j = Json::object();
    j["dataset_index"] = s.datasetIndex;
    j["label"] = s.label;
    Json pixels = Json::array();
    for (const std::uint8_t p : s.pixels)
        pixels.push_back(int(p));
    j["pixels"] = std::move(pixels);
    return j;
}

Json predictionJson(const Prediction &p)
{
    Json j = Json::object();
    j["sample_index"] = p.sampleIndex;
    j["true_label"] = p.trueLabel;
    j["predicted_label"] = p.predictedLabel;
    j["top_classes"] = Json::array({p.topClasses[0], p.topClasses[1], p.topClasses[2]});
    Json probabilities = Json::array();
    for (const float probability : p.topProbabilities)
        probabilities.push_back(number(probability));
    j["top_probabilities"] = std::move(probabilities);
    return j;
}

Json positionJson(const TrainingPosition &p)
{
    Json j = Json::object();
    j["epoch"] = number(p.epochPosition);
    j["epoch_index"] = p.epoch;
    j["step"] = p.step;
    j["samples_seen"] = p.samplesSeen;
    j["seconds"] = number(p.elapsedSeconds);
    return j;
}

Json finalJson(const RunResult &r)
{
    Json j = Json::object();
    j["status"] = runStatusName(r.status);
    if (r.error.isError()) {
        Json error = Json::object();
        error["code"] = static_cast<int>(r.error.code);
        error["name"] = errorCodeName(r.error.code);
        error["path"] = r.error.path;
        error["detail"] = r.error.detail;
        j["error"] = std::move(error);
    } else {
        j["error"] = nullptr;
    }
    j["epochs_completed"] = r.epochsCompleted;
    j["train_loss"] = number(r.trainLoss);
    j["train_accuracy"] = number(r.trainAccuracy);
    j["val_loss"] = number(r.valLoss);
    j["val_accuracy"] = number(r.valAccuracy);
    j["seconds"] = number(r.seconds);
    j["train_seconds"] = number(r.trainSeconds);
    j["position"] = positionJson(r.position); // extra; optional on reading
    if (r.stoppedEarly) { // extras, only when early stopping ended the run
        j["stopped_early"] = true;
        j["best_epoch"] = r.bestEpoch;
    }
    return j;
}

Json misclassifiedJson(const Misclassified &m)
{
    Json j = Json::object();
    j["index"] = m.datasetIndex;
    j["label"] = m.trueLabel;
    j["predicted"] = m.predictedLabel;
    j["top_classes"] = Json::array({m.topClasses[0], m.topClasses[1], m.topClasses[2]});
    Json probabilities = Json::array();
    for (const float probability : m.topProbabilities)
        probabilities.push_back(number(probability));
    j["top_probabilities"] = std::move(probabilities);
    Json pixels = Json::array();
    for (const std::uint8_t p : m.pixels)
        pixels.push_back(int(p));
    j["pixels"] = std::move(pixels);
    return j;
}

Json detailsJson(const EvaluationDetails &d)
{
    Json j = Json::object();
    j["position"] = positionJson(d.position);
    Json confusion = Json::array();
    for (const auto &row : d.confusion.counts) {
        Json counts = Json::array();
        for (const std::int64_t count : row)
            counts.push_back(count);
        confusion.push_back(std::move(counts));
    }
    j["confusion"] = std::move(confusion);
    Json misclassified = Json::array();
    for (const Misclassified &m : d.misclassified)
        misclassified.push_back(misclassifiedJson(m));
    j["misclassified"] = std::move(misclassified);
    return j;
}

} // namespace cnnlab::core::recordjson
