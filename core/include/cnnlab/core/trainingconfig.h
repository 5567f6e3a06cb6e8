#pragma once

#include "cnnlab/core/error.h"

#include <cstdint>
#include <string>
#include <vector>

namespace cnnlab::core {

enum class OptimizerKind { Adam, Sgd, AdamW, RMSprop };
enum class Activation { Relu, Tanh, Sigmoid };
// How the learning rate moves over the run (scheduledLearningRate, lrschedule.h).
enum class LrSchedule {
    Constant, // the base rate throughout (the lab)
    Step, // times lrStepFactor every lrStepEpochs epochs
    Cosine, // half a cosine from the base rate down to 0 at the last epoch
    OneCycle, // warm-up from base/25 to base over warmupFraction of the run, then cosine to base/250000
};
enum class DatasetKind { Mnist, FashionMnist };
enum class ValidationSource {
    TestSet, // the 10k test set: what the lab called "validation accuracy"
    Holdout, // the last `holdoutSize` training images, never trained on
};

// Everything that defines a run. Defaults are the lab's reference configuration:
// the Keras MNIST CNN with dropout, Adam 1e-3, batch 32, 10 epochs.
struct TrainingConfig {
    DatasetKind dataset = DatasetKind::Mnist;
    std::string dataDir; // empty: look up (CNNLAB_DATA_DIR, XDG data dirs, Debian's)

    // The model: convBlocks conv layers (filters, doubling per block; kernelSize,
    // no padding), each with batch norm if on, then the activation; one max-pool 2,
    // dropout, Dense(denseUnits) (+ batch norm) + activation, dropout, Dense(10).
    // The defaults are the lab's network (1,199,882 parameters).
    int convBlocks = 2; // 1..3
    int filters = 32; // first block's filters, 8..128
    int kernelSize = 3; // 3 or 5
    int denseUnits = 128; // 16..512
    Activation activation = Activation::Relu;
    bool batchNorm = false; // BatchNorm after each conv and the dense layer, before the activation

    OptimizerKind optimizer = OptimizerKind::Adam;
    // The base (peak) rate; the schedule scales it step by step. A mid-run change
    // (TrainingEngine::setLearningRate) replaces the base: the schedule's shape
    // goes on, scaled to the new rate.
    double learningRate = 1e-3;
    double momentum = 0.9; // SGD only
    bool nesterov = false; // SGD only; needs momentum > 0
    double adamEpsilon = 1e-7; // Keras' default (PyTorch's is 1e-8); Adam, AdamW and RMSprop
    LrSchedule schedule = LrSchedule::Constant;
    int lrStepEpochs = 3; // Step: epochs between drops, 1..1000
    double lrStepFactor = 0.5; // Step: multiplier per drop, in (0, 1]
    double warmupFraction = 0.3; // OneCycle: share of the run spent warming up, in [0, 0.9]

    // Regularization. weightDecay means two different things, as in Keras:
    //  - adam, sgd, rmsprop: an L2 penalty weightDecay * sum(w^2) over the conv and
    //    dense kernels (not biases, not batch norm) added to the loss, as Keras'
    //    kernel_regularizer=l2(weightDecay);
    //  - adamw: AdamW's decoupled weight decay (w -= lr * weightDecay * w each
    //    step, on every parameter, as torch.optim.AdamW), nothing added to the loss.
    double weightDecay = 0.0; // [0, 1]
    double l1 = 0.0; // L1 penalty l1 * sum(|w|) over the kernels, added to the loss; [0, 1]
    double labelSmoothing = 0.0; // targets (1 - e) one-hot + e/10; [0, 0.5]
    // Reported losses (train and validation) stay the plain cross-entropy, so runs
    // with and without these three compare; they change only what is minimised.

    // Data augmentation of each training batch, on the training device (never
    // the validation images).
    int augmentShift = 0; // random whole-pixel shift up to this many px each way, 0..4
    double augmentRotate = 0.0; // random rotation up to this many degrees each way, [0, 20]

    // Early stopping on the full validation loss at each epoch's end: after this
    // many epochs without a new lowest loss, the best epoch's weights come back
    // and the run ends Completed with RunResult::stoppedEarly. 0: off; 0..1000.
    int earlyStopPatience = 0;

    int batchSize = 32;
    int epochs = 10;
    std::uint64_t seed = 42;

    bool dropoutEnabled = true;
    double convDropout = 0.25; // after the max-pool
    double denseDropout = 0.5; // after Dense128
    bool kerasInit = true; // Glorot-uniform weights, zero biases (Keras' defaults)

    std::string device = "auto"; // auto | cpu | cuda | cuda:N
    int threads = 0; // 0: every hardware core

    ValidationSource validation = ValidationSource::TestSet;
    int holdoutSize = 10000; // with ValidationSource::Holdout
    int trainLimit = 0; // first N training images; 0: all of them

    int evaluationsPerEpoch = 4; // quick evaluations on a fixed validation subset
    int quickEvaluationSize = 2000;
    int sampleCount = 32; // fixed test digits whose predictions are reported
    int maxMisclassified = 200; // most confident mistakes kept per full evaluation
    double reportsPerSecond = 20; // upper bound on StepMetrics reports

    std::string resumeFrom; // checkpoint to continue from; empty: fresh start
};

// Checks ranges (batch 1..60000, lr in (0, 10], epochs 1..1000, rates in [0, 0.95], ...).
// Returns ErrorCode::InvalidConfig with the offending field in `path`.
Error validate(const TrainingConfig &config);

const char *optimizerName(OptimizerKind kind); // "adam" | "sgd" | "adamw" | "rmsprop"
const char *scheduleName(LrSchedule schedule); // "constant" | "step" | "cosine" | "onecycle"
const char *activationName(Activation activation); // "relu" | "tanh" | "sigmoid"
const char *datasetName(DatasetKind kind); // "mnist" | "fashion-mnist"
const char *validationName(ValidationSource source); // "test" | "holdout"
bool parseOptimizer(const std::string &text, OptimizerKind &out);
bool parseActivation(const std::string &text, Activation &out);
bool parseSchedule(const std::string &text, LrSchedule &out);
bool parseDataset(const std::string &text, DatasetKind &out);
bool parseValidation(const std::string &text, ValidationSource &out);

// The lab's configurations, by name: "seed-lab-baseline" (no dropout),
// "seed-lab-dropout", "seed-lab-batch1000", "seed-lab-lr0.01", and "lab-defaults"
// (the reference model with dropout). Returns false for an unknown name, and
// for "seed-lab": that is the plan of all four runs (labPlan in experimentplan.h).
bool presetConfig(const std::string &name, TrainingConfig &out);
// Every name the CLI's --preset takes: the configurations above, "seed-lab" and
// the lessons (lessonNames in lessons.h; presetConfig returns false for them).
std::vector<std::string> presetNames();

} // namespace cnnlab::core
