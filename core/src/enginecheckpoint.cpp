// Checkpoints: weights, optimizer moments, progress and the config that built
// the model, written atomically; loading checks the format and the architecture.
#include "trainingengineprivate.h"

#include "cnnlab/core/modelshape.h"
#include "cnnlab/core/runrecord.h"

namespace cnnlab::core {

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
    // The stored architecture builds the model before any weights are read: a
    // damaged or hostile one must not ask for 10^9 filters.
    TrainingConfig architecture;
    copyArchitecture(*config, architecture);
    if (const Error invalid = validate(architecture))
        return Error {ErrorCode::CheckpointUnreadable, path, "stored architecture: " + describe(invalid)};
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
