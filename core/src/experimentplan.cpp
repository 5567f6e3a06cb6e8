#include "cnnlab/core/experimentplan.h"
#include "cnnlab/core/textformat.h"

#include <algorithm>
#include <cctype>
#include <cstdint>

namespace cnnlab::core {

namespace {

std::string slug(std::string text)
{
    for (char &c : text)
        if (c == ' ' || c == '/')
            c = '-';
    return text;
}

// Copies the fields named by their run.json config keys (the CLI's flags with
// underscores) from `from` to `to`; unknown names are ignored.
void applyOverride(TrainingConfig &to, const TrainingConfig &from, const std::string &name)
{
    if (name == "dataset")
        to.dataset = from.dataset;
    else if (name == "data_dir")
        to.dataDir = from.dataDir;
    else if (name == "optimizer")
        to.optimizer = from.optimizer;
    else if (name == "learning_rate" || name == "lr")
        to.learningRate = from.learningRate;
    else if (name == "momentum")
        to.momentum = from.momentum;
    else if (name == "adam_epsilon")
        to.adamEpsilon = from.adamEpsilon;
    else if (name == "batch_size")
        to.batchSize = from.batchSize;
    else if (name == "epochs")
        to.epochs = from.epochs;
    else if (name == "seed")
        to.seed = from.seed;
    else if (name == "dropout")
        to.dropoutEnabled = from.dropoutEnabled;
    else if (name == "conv_dropout")
        to.convDropout = from.convDropout;
    else if (name == "dense_dropout")
        to.denseDropout = from.denseDropout;
    else if (name == "keras_init")
        to.kerasInit = from.kerasInit;
    else if (name == "device")
        to.device = from.device;
    else if (name == "threads")
        to.threads = from.threads;
    else if (name == "validation")
        to.validation = from.validation;
    else if (name == "holdout_size")
        to.holdoutSize = from.holdoutSize;
    else if (name == "train_limit")
        to.trainLimit = from.trainLimit;
    else if (name == "evaluations_per_epoch")
        to.evaluationsPerEpoch = from.evaluationsPerEpoch;
    else if (name == "quick_evaluation_size")
        to.quickEvaluationSize = from.quickEvaluationSize;
    else if (name == "sample_count")
        to.sampleCount = from.sampleCount;
    else if (name == "max_misclassified")
        to.maxMisclassified = from.maxMisclassified;
    else if (name == "reports_per_second")
        to.reportsPerSecond = from.reportsPerSecond;
}

} // namespace

void applyOverrides(TrainingConfig &to, const TrainingConfig &from, const std::vector<std::string> &names)
{
    for (const std::string &name : names)
        applyOverride(to, from, name);
}

std::vector<PlannedRun> labPlan(
    int seeds, const TrainingConfig &overrides, const std::vector<std::string> &overridden)
{
    struct Step {
        const char *preset;
        const char *group;
    };
    static constexpr Step steps[] = {
        {"seed-lab-baseline", labGroupBaseline},
        {"seed-lab-dropout", labGroupDropout},
        {"seed-lab-batch1000", labGroupBatch1000},
        {"seed-lab-lr0.01", labGroupLr001},
    };
    std::vector<PlannedRun> plan;
    // Seed-major: after the first round every group has a run, so a queue cut
    // short still allows a (single-seed) verdict on every claim.
    for (int i = 0; i < seeds; ++i) {
        for (const Step &step : steps) {
            PlannedRun run;
            presetConfig(step.preset, run.config);
            for (const std::string &name : overridden)
                applyOverride(run.config, overrides, name);
            run.config.seed += std::uint64_t(i);
            run.group = step.group;
            // Named by the seed it trains with, so a record says which seed it is.
            run.name = std::string(step.group) + "-seed" + std::to_string(run.config.seed);
            plan.push_back(std::move(run));
        }
    }
    return plan;
}

std::string configName(const TrainingConfig &config)
{
    return slug("lr" + shortestNumber(config.learningRate) + "-b" + std::to_string(config.batchSize)
        + (config.dropoutEnabled ? "-dropout" : "-nodropout") + "-e" + std::to_string(config.epochs));
}

std::vector<PlannedRun> sweepPlan(const TrainingConfig &base, const SweepSpec &spec)
{
    const std::vector<double> rates
        = spec.learningRates.empty() ? std::vector {base.learningRate} : spec.learningRates;
    const std::vector<int> batches = spec.batchSizes.empty() ? std::vector {base.batchSize} : spec.batchSizes;
    const std::vector<bool> dropouts
        = spec.dropout.empty() ? std::vector {base.dropoutEnabled} : spec.dropout;
    const std::vector<int> epochs = spec.epochs.empty() ? std::vector {base.epochs} : spec.epochs;
    std::vector<PlannedRun> plan;
    for (const double rate : rates) {
        for (const int batch : batches) {
            for (const bool dropout : dropouts) {
                for (const int epochCount : epochs) {
                    PlannedRun run;
                    run.config = base;
                    run.config.learningRate = rate;
                    run.config.batchSize = batch;
                    run.config.dropoutEnabled = dropout;
                    run.config.epochs = epochCount;
                    run.name = configName(run.config);
                    run.group = run.name;
                    plan.push_back(std::move(run));
                }
            }
        }
    }
    return plan;
}

} // namespace cnnlab::core
