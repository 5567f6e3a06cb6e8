#include "cnnlab/core/lessons.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <functional>

namespace cnnlab::core {

namespace {

// One group of a lesson: its name and what it changes on the reference
// configuration (after the person's overrides).
struct LessonGroup {
    const char *name;
    std::function<void(TrainingConfig &)> apply;
};

// How a claim is judged.
enum class ClaimKind {
    Higher, // group `a` ends above group `b` in `field`
    FailsToConverge, // every seed of `a` stays below the converged accuracy
    ClosesGap, // equal steps: `a` (small batch) vs `b` (large) vs `c` (large, equal steps)
};

struct LessonClaim {
    const char *id;
    const char *text;
    ClaimKind kind;
    const char *a;
    const char *b = nullptr;
    const char *c = nullptr;
    double RunSummary::*field = &RunSummary::finalValAccuracy;
};

struct Lesson {
    const char *name;
    const char *title;
    const char *explanation;
    std::vector<LessonGroup> groups;
    std::vector<LessonClaim> claims;
};

void noRegularization(TrainingConfig &c)
{
    c.dropoutEnabled = false;
    c.weightDecay = 0.0;
    c.l1 = 0.0;
    c.augmentShift = 0;
    c.augmentRotate = 0.0;
    c.batchNorm = false;
}

std::function<void(TrainingConfig &)> rate(double learningRate, LrSchedule schedule)
{
    return [=](TrainingConfig &c) {
        c.optimizer = OptimizerKind::Adam;
        c.learningRate = learningRate;
        c.schedule = schedule;
    };
}

std::function<void(TrainingConfig &)> size(int blocks, int filters, int dense, bool subset)
{
    return [=](TrainingConfig &c) {
        c.dropoutEnabled = false;
        c.convBlocks = blocks;
        c.filters = filters;
        c.denseUnits = dense;
        if (subset) // the first 1,000 images (fewer if the run is already limited below that)
            c.trainLimit = c.trainLimit > 0 ? std::min(c.trainLimit, 1000) : 1000;
    };
}

const std::vector<Lesson> &lessons()
{
    static const std::vector<Lesson> all = {
        {lessonRegularization, "Regularization: keeping a network from memorising",
            "Five runs of the lab's network for the same number of epochs: one with no regularization at "
            "all, and one each with dropout, L2 weight decay, data augmentation (small shifts and "
            "rotations) and batch norm. Without regularization the training accuracy runs ahead of the "
            "validation accuracy: the network starts to memorise its training digits. Each regularizer "
            "makes memorising harder in its own way, and the class should see validation accuracy rise "
            "and the train-validation gap shrink - by how much, and whether it beats the seed-to-seed "
            "noise, is what the verdicts say.",
            {{regGroupNone, noRegularization},
                {regGroupDropout,
                    [](TrainingConfig &c) {
                        noRegularization(c);
                        c.dropoutEnabled = true;
                        c.convDropout = 0.25;
                        c.denseDropout = 0.5;
                    }},
                {regGroupL2,
                    [](TrainingConfig &c) {
                        noRegularization(c);
                        c.optimizer = OptimizerKind::Adam; // Keras' kernel_regularizer=l2(5e-4)
                        c.weightDecay = 5e-4;
                    }},
                {regGroupAugment,
                    [](TrainingConfig &c) {
                        noRegularization(c);
                        c.augmentShift = 2;
                        c.augmentRotate = 10.0;
                    }},
                {regGroupBatchNorm,
                    [](TrainingConfig &c) {
                        noRegularization(c);
                        c.batchNorm = true;
                    }}},
            {{"dropout-helps", "Dropout lifts validation accuracy over no regularization", ClaimKind::Higher,
                 regGroupDropout, regGroupNone},
                {"l2-helps", "L2 weight decay lifts validation accuracy over no regularization",
                    ClaimKind::Higher, regGroupL2, regGroupNone},
                {"augmentation-helps", "Augmentation lifts validation accuracy over no regularization",
                    ClaimKind::Higher, regGroupAugment, regGroupNone},
                {"batchnorm-helps", "Batch norm lifts validation accuracy over no regularization",
                    ClaimKind::Higher, regGroupBatchNorm, regGroupNone},
                {"dropout-narrows-gap", "Dropout narrows the train-validation gap", ClaimKind::Higher,
                    regGroupNone, regGroupDropout, nullptr, &RunSummary::trainValGap}}},
        {lessonLearningRate, "Learning rate: too small, about right, too large",
            "The lab's network with Adam at four learning rates - 0.0001, 0.001, 0.01 and 0.1 - each "
            "held constant and each with a cosine schedule that lowers it smoothly to zero by the last "
            "epoch. Too small a rate learns slowly: after the same epochs it is still behind. Too large "
            "a rate overshoots: at 0.1 the loss jumps around or blows up and the accuracy stays near "
            "guessing. The schedule lets a large rate make fast progress early and settle at the end, so "
            "the class should see it rescue the rates that are a little too large.",
            {{lrGroup1e4, rate(1e-4, LrSchedule::Constant)}, {lrGroup1e3, rate(1e-3, LrSchedule::Constant)},
                {lrGroup1e2, rate(1e-2, LrSchedule::Constant)},
                {lrGroup1e1, rate(1e-1, LrSchedule::Constant)},
                {lrGroup1e4Cosine, rate(1e-4, LrSchedule::Cosine)},
                {lrGroup1e3Cosine, rate(1e-3, LrSchedule::Cosine)},
                {lrGroup1e2Cosine, rate(1e-2, LrSchedule::Cosine)},
                {lrGroup1e1Cosine, rate(1e-1, LrSchedule::Cosine)}},
            {{"lr0.0001-learns-slower", "lr 1e-4 learns slower than 1e-3 in equal epochs", ClaimKind::Higher,
                 lrGroup1e3, lrGroup1e4},
                {"lr0.1-fails-to-converge", "lr 0.1 fails to converge (validation accuracy stays below 50 %)",
                    ClaimKind::FailsToConverge, lrGroup1e1},
                {"cosine-helps-lr0.01", "A cosine schedule lifts lr 0.01 over the same rate held constant",
                    ClaimKind::Higher, lrGroup1e2Cosine, lrGroup1e2}}},
        {lessonBatchSize, "Batch size: equal epochs are not equal work",
            "The lab's network without dropout at batch 32 and at batch 1000 for the same number of "
            "epochs, and at batch 1000 for as many epochs as it takes to make as many optimizer steps as "
            "batch 32 did. In equal epochs batch 1000 takes about 31 times fewer steps, so it ends "
            "behind - which looks like large batches being worse. Given the same number of steps, it "
            "closes most of that gap: the fair comparison counts steps (or time), not epochs.",
            {{batchGroup32,
                 [](TrainingConfig &c) {
                     c.dropoutEnabled = false;
                     c.batchSize = 32;
                 }},
                {batchGroup1000,
                    [](TrainingConfig &c) {
                        c.dropoutEnabled = false;
                        c.batchSize = 1000;
                    }},
                {batchGroup1000Steps,
                    [](TrainingConfig &c) {
                        c.dropoutEnabled = false;
                        c.epochs = equalStepsEpochs(c.epochs, 32, 1000, trainingImages(c));
                        c.batchSize = 1000;
                    }}},
            {{"batch1000-underperforms", "Batch 1000 ends below batch 32 at equal epochs", ClaimKind::Higher,
                 batchGroup32, batchGroup1000},
                {"equal-steps-closes-gap", "At equal optimizer steps batch 1000 closes most of the gap",
                    ClaimKind::ClosesGap, batchGroup32, batchGroup1000, batchGroup1000Steps}}},
        {lessonCapacity, "Capacity: bigger networks memorise small data sets",
            "Three sizes of network without dropout - a small one (one conv block of 8 filters, dense "
            "32), the lab's, and a wide one (64 filters, dense 512) - each trained on the run's training "
            "set and on only its first 1,000 images. With few images a large network can learn them by "
            "heart: its training accuracy reaches 100 % while validation accuracy lags far behind. The "
            "class should see the train-validation gap grow with the network's size and shrink with "
            "more data.",
            {{capGroupSmall, size(1, 8, 32, false)}, {capGroupLab, size(2, 32, 128, false)},
                {capGroupWide, size(2, 64, 512, false)}, {capGroupSmall1k, size(1, 8, 32, true)},
                {capGroupLab1k, size(2, 32, 128, true)}, {capGroupWide1k, size(2, 64, 512, true)}},
            {{"wide-overfits-small-data",
                 "The wide network overfits the 1,000-image subset more than the small one (larger "
                 "train-validation gap)",
                 ClaimKind::Higher, capGroupWide1k, capGroupSmall1k, nullptr, &RunSummary::trainValGap},
                {"more-data-narrows-gap",
                    "More data narrows the lab network's train-validation gap (1,000 images vs the "
                    "training set)",
                    ClaimKind::Higher, capGroupLab1k, capGroupLab, nullptr, &RunSummary::trainValGap}}},
        {lessonActivation, "Activation: why deep networks use ReLU",
            "The lab's network made three conv blocks deep, once with ReLU and once with sigmoid, for "
            "the same epochs. A sigmoid's slope is at most 1/4 and nearly 0 away from the middle, so "
            "the error signal shrinks at every layer it passes back through: the early layers barely "
            "learn. ReLU passes the signal through unchanged wherever it is active. The class should see "
            "the sigmoid network learn more slowly and end lower.",
            {{actGroupRelu,
                 [](TrainingConfig &c) {
                     c.convBlocks = 3;
                     c.activation = Activation::Relu;
                 }},
                {actGroupSigmoid,
                    [](TrainingConfig &c) {
                        c.convBlocks = 3;
                        c.activation = Activation::Sigmoid;
                    }}},
            {{"sigmoid-trains-slower", "Sigmoid at depth 3 trains slower than ReLU", ClaimKind::Higher,
                actGroupRelu, actGroupSigmoid}}},
    };
    return all;
}

const Lesson *findLesson(const std::string &name)
{
    for (const Lesson &lesson : lessons())
        if (name == lesson.name)
            return &lesson;
    return nullptr;
}

// Equal steps: batch 1000 "closes most of the gap" when the gap left at equal
// steps is within noise, or when the steps made up a real part of it and left
// less than half of the gap at equal epochs. No real gap at equal epochs:
// nothing to close, within noise.
ClaimResult closesGap(const std::vector<GroupSummary> &groups, const LessonClaim &claim, double floor)
{
    const ClaimResult epochsGap = compareGroupMeans(groups, claim.a, claim.b, claim.field, floor);
    const ClaimResult left = compareGroupMeans(groups, claim.a, claim.c, claim.field, floor);
    const ClaimResult closed = compareGroupMeans(groups, claim.c, claim.b, claim.field, floor);
    ClaimResult r = left;
    if (epochsGap.verdict == Verdict::Missing || left.verdict == Verdict::Missing)
        return epochsGap.verdict == Verdict::Missing ? epochsGap : left;
    r.noiseMeasured = epochsGap.noiseMeasured && left.noiseMeasured;
    r.detail = "gap left at equal steps: " + left.detail + "; at equal epochs: " + epochsGap.detail;
    if (epochsGap.verdict != Verdict::Reproduced)
        r.verdict = Verdict::WithinNoise;
    else if (left.verdict != Verdict::Reproduced)
        r.verdict = Verdict::Reproduced; // nothing real left (or batch 1000 ahead)
    else if (closed.verdict == Verdict::Reproduced && left.measured < 0.5 * epochsGap.measured)
        r.verdict = Verdict::Reproduced;
    else
        r.verdict = Verdict::NotReproduced;
    return r;
}

} // namespace

std::vector<std::string> lessonNames()
{
    std::vector<std::string> names;
    for (const Lesson &lesson : lessons())
        names.push_back(lesson.name);
    return names;
}

bool isLesson(const std::string &name)
{
    return findLesson(name) != nullptr;
}

bool lessonInfo(const std::string &name, LessonInfo &out)
{
    const Lesson *lesson = findLesson(name);
    if (!lesson)
        return false;
    LessonInfo info;
    info.name = lesson->name;
    info.title = lesson->title;
    info.explanation = lesson->explanation;
    for (const LessonGroup &group : lesson->groups)
        info.groups.push_back(group.name);
    for (const LessonClaim &claim : lesson->claims)
        info.claims.push_back({claim.id, claim.text});
    out = std::move(info);
    return true;
}

int trainingImages(const TrainingConfig &config)
{
    int images = 60000;
    if (config.validation == ValidationSource::Holdout)
        images -= std::clamp(config.holdoutSize, 0, images);
    if (config.trainLimit > 0)
        images = std::min(images, config.trainLimit);
    return std::max(images, 1);
}

int equalStepsEpochs(int epochs, int smallBatch, int largeBatch, int trainImages)
{
    if (epochs < 1 || smallBatch < 1 || largeBatch < 1 || trainImages < 1)
        return std::max(epochs, 1);
    const double smallSteps = double(epochs) * ((trainImages + smallBatch - 1) / smallBatch);
    const double largeStepsPerEpoch = double((trainImages + largeBatch - 1) / largeBatch);
    return std::clamp(int(std::lround(smallSteps / largeStepsPerEpoch)), 1, 1000);
}

std::vector<PlannedRun> lessonPlan(const std::string &name, int seeds, const TrainingConfig &overrides,
    const std::vector<std::string> &overridden)
{
    std::vector<PlannedRun> plan;
    const Lesson *lesson = findLesson(name);
    if (!lesson)
        return plan;
    // Seed-major, as labPlan: a plan cut short still has a run in every group.
    for (int i = 0; i < seeds; ++i) {
        for (const LessonGroup &group : lesson->groups) {
            PlannedRun run;
            applyOverrides(run.config, overrides, overridden);
            group.apply(run.config);
            run.config.seed += std::uint64_t(i);
            run.group = group.name;
            run.name = run.group + "-seed" + std::to_string(run.config.seed);
            plan.push_back(std::move(run));
        }
    }
    return plan;
}

std::vector<ClaimResult> judgeLessonClaims(const std::string &name, const std::vector<GroupSummary> &groups,
    double noiseFloor, double convergedAccuracy)
{
    std::vector<ClaimResult> results;
    const Lesson *lesson = findLesson(name);
    if (!lesson)
        return results;
    for (const LessonClaim &claim : lesson->claims) {
        ClaimResult r;
        switch (claim.kind) {
        case ClaimKind::Higher:
            r = compareGroupMeans(groups, claim.a, claim.b, claim.field, noiseFloor);
            break;
        case ClaimKind::FailsToConverge: r = judgeFailsToConverge(groups, claim.a, convergedAccuracy); break;
        case ClaimKind::ClosesGap: r = closesGap(groups, claim, noiseFloor); break;
        }
        r.id = claim.id;
        r.text = claim.text;
        results.push_back(std::move(r));
    }
    return results;
}

} // namespace cnnlab::core
