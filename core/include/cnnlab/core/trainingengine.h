#pragma once

#include "cnnlab/core/evaluationdetails.h"
#include "cnnlab/core/expected.h"
#include "cnnlab/core/metrics.h"
#include "cnnlab/core/runinfo.h"
#include "cnnlab/core/trainer.h"
#include "cnnlab/core/trainingconfig.h"
#include "cnnlab/core/trainingobserver.h"

#include <memory>
#include <stop_token>
#include <string>
#include <vector>

namespace cnnlab::core {

// Trains the lab's CNN on this machine (see Trainer for the threading rules).
class TrainingEngine : public Trainer
{
public:
    TrainingEngine();
    ~TrainingEngine() override;
    TrainingEngine(const TrainingEngine &) = delete;
    TrainingEngine &operator=(const TrainingEngine &) = delete;

    // Blocks until the run completes, is stopped (stop() or `stopToken`),
    // diverges or fails. `observer` may be null.
    RunResult run(
        const TrainingConfig &config, TrainingObserver *observer, std::stop_token stopToken) override;
    RunResult run(const TrainingConfig &config, TrainingObserver *observer)
    {
        return run(config, observer, std::stop_token {});
    }

    void pause() override;
    void resume() override;
    // Stops the run in progress; a stop meant for a run that may not have
    // started yet goes through run()'s stop token instead.
    void stop() override;
    [[nodiscard]] bool isPaused() const override;
    [[nodiscard]] bool isRunning() const override;

    void setLearningRate(double learningRate) override;
    void setDropout(bool enabled, double convRate, double denseRate) override;
    void setBatchSize(int batchSize) override;

    // Largest number of images one forward/backward pass of a training step
    // takes. A larger batch is split into even chunks whose gradients add up
    // to the whole batch's mean-loss gradient, then one optimizer step: the
    // same update, computed where the GEMMs run at full speed. 0 (default):
    // the measured default (or $CNNLAB_STEP_CHUNK); -1: never split. Read
    // when a run starts.
    void setStepChunk(int images);
    // Forward/backward passes of the last run's training steps (steps when
    // nothing was split).
    [[nodiscard]] std::int64_t trainingPasses() const;

    // After (or between) runs: the trained model.
    [[nodiscard]] bool hasModel() const override;
    Error saveCheckpoint(const std::string &path) const override;
    // Loads model weights + config for inference (predict) without training.
    Error loadCheckpoint(const std::string &path);
    // Inference works at any time, also while a run is in progress: it uses a
    // CPU copy of the weights taken at the last evaluation (and at the end of a
    // run, and by loadCheckpoint), never the model being trained.
    [[nodiscard]] bool hasInferenceModel() const;
    // Class probabilities for 28x28 images (784 floats in [0, 1] each).
    [[nodiscard]] std::vector<std::array<float, 10>> predict(
        const std::vector<std::vector<float>> &images) const;
    [[nodiscard]] FirstLayerFilters firstLayerFilters() const; // empty without a model
    [[nodiscard]] FeatureMaps featureMaps(const std::vector<float> &image) const; // 784 floats
    [[nodiscard]] TrainingConfig modelConfig() const;

private:
    class Private;
    friend class TrainingLoop; // the run's epochs and steps (core/src/trainingloop.h)
    std::unique_ptr<Private> d;
};

// Reads only the config stored in a checkpoint (for `--resume` front ends).
Expected<TrainingConfig> readCheckpointConfig(const std::string &path);

// Parameter count of the lab's CNN (1,199,882).
std::int64_t labModelParameterCount();

} // namespace cnnlab::core
