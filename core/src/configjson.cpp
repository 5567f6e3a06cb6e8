#include "configjson.h"

namespace cnnlab::core {

nlohmann::json configToJson(const TrainingConfig &c)
{
    return {
        {"dataset", datasetName(c.dataset)},
        {"data_dir", c.dataDir},
        {"optimizer", optimizerName(c.optimizer)},
        {"learning_rate", c.learningRate},
        {"momentum", c.momentum},
        {"adam_epsilon", c.adamEpsilon},
        {"batch_size", c.batchSize},
        {"epochs", c.epochs},
        {"seed", c.seed},
        {"dropout", c.dropoutEnabled},
        {"conv_dropout", c.convDropout},
        {"dense_dropout", c.denseDropout},
        {"keras_init", c.kerasInit},
        {"device", c.device},
        {"threads", c.threads},
        {"validation", validationName(c.validation)},
        {"holdout_size", c.holdoutSize},
        {"train_limit", c.trainLimit},
        {"evaluations_per_epoch", c.evaluationsPerEpoch},
        {"quick_evaluation_size", c.quickEvaluationSize},
        {"sample_count", c.sampleCount},
        {"reports_per_second", c.reportsPerSecond},
    };
}

namespace {

// Reads json[key] into `out` if present; returns false on a type mismatch.
template<typename T>
bool readField(const nlohmann::json &json, const char *key, T &out)
{
    const auto it = json.find(key);
    if (it == json.end() || it->is_null())
        return true;
    if constexpr (std::is_same_v<T, bool>) {
        if (!it->is_boolean())
            return false;
    } else if constexpr (std::is_arithmetic_v<T>) {
        if (!it->is_number())
            return false;
    } else {
        if (!it->is_string())
            return false;
    }
    out = it->get<T>();
    return true;
}

} // namespace

Expected<TrainingConfig> configFromJson(const nlohmann::json &json)
{
    if (!json.is_object())
        return Error {ErrorCode::FileUnreadable, "config", "expected an object"};
    TrainingConfig c;
    std::string dataset = datasetName(c.dataset);
    std::string optimizer = optimizerName(c.optimizer);
    std::string validation = validationName(c.validation);
    const char *bad = nullptr;
    auto field = [&](const char *key, auto &out) {
        if (!bad && !readField(json, key, out))
            bad = key;
    };
    field("dataset", dataset);
    field("data_dir", c.dataDir);
    field("optimizer", optimizer);
    field("learning_rate", c.learningRate);
    field("momentum", c.momentum);
    field("adam_epsilon", c.adamEpsilon);
    field("batch_size", c.batchSize);
    field("epochs", c.epochs);
    field("seed", c.seed);
    field("dropout", c.dropoutEnabled);
    field("conv_dropout", c.convDropout);
    field("dense_dropout", c.denseDropout);
    field("keras_init", c.kerasInit);
    field("device", c.device);
    field("threads", c.threads);
    field("validation", validation);
    field("holdout_size", c.holdoutSize);
    field("train_limit", c.trainLimit);
    field("evaluations_per_epoch", c.evaluationsPerEpoch);
    field("quick_evaluation_size", c.quickEvaluationSize);
    field("sample_count", c.sampleCount);
    field("reports_per_second", c.reportsPerSecond);
    if (bad)
        return Error {ErrorCode::FileUnreadable, std::string("config.") + bad, "unexpected type"};
    if (!parseDataset(dataset, c.dataset))
        return Error {ErrorCode::FileUnreadable, "config.dataset", "unknown dataset '" + dataset + "'"};
    if (!parseOptimizer(optimizer, c.optimizer))
        return Error {ErrorCode::FileUnreadable, "config.optimizer", "unknown optimizer '" + optimizer + "'"};
    if (!parseValidation(validation, c.validation))
        return Error {
            ErrorCode::FileUnreadable, "config.validation", "unknown validation source '" + validation + "'"};
    return c;
}

} // namespace cnnlab::core
