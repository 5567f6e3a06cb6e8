#pragma once

#include "cnnlab/core/error.h"
#include "cnnlab/core/runinfo.h"
#include "cnnlab/core/trainingconfig.h"
#include "cnnlab/core/trainingobserver.h"

#include <stop_token>
#include <string>

namespace cnnlab::core {

// What trains a run, wherever it trains: TrainingEngine on this machine,
// RemoteTrainer on another one through ssh. run() trains on the calling
// thread; every other member may be called from any thread while it runs and
// takes effect within one optimizer step (batch size: at the next epoch).
class Trainer
{
public:
    virtual ~Trainer() = default;

    // Blocks until the run completes, is stopped (stop() or `stopToken`),
    // diverges or fails. `observer` may be null.
    virtual RunResult run(const TrainingConfig &config, TrainingObserver *observer, std::stop_token stopToken)
        = 0;

    virtual void pause() = 0;
    virtual void resume() = 0;
    virtual void stop() = 0;
    [[nodiscard]] virtual bool isPaused() const = 0;
    [[nodiscard]] virtual bool isRunning() const = 0;

    // The new base rate (TrainingConfig::learningRate) from the next step on; with
    // a schedule, the schedule goes on from where it is, scaled to the new base.
    virtual void setLearningRate(double learningRate) = 0;
    virtual void setDropout(bool enabled, double convRate, double denseRate) = 0;
    virtual void setBatchSize(int batchSize) = 0;

    // After a run: the trained model, as a checkpoint file. Atomic (written
    // beside, then renamed): an interrupted save never leaves half a file.
    [[nodiscard]] virtual bool hasModel() const = 0;
    virtual Error saveCheckpoint(const std::string &path) const = 0;
};

} // namespace cnnlab::core
