#pragma once

#include "cnnlab/core/comparison.h"
#include "cnnlab/core/experimentplan.h"

#include <string>
#include <vector>

// Lessons: small plans of groups over seeds, each with claims in plain words
// judged by the seed lab's noise rule (comparison.h), and a paragraph saying
// what the class should see. `cnnlab-train --preset <lesson> --seeds N` runs one.
namespace cnnlab::core {

// The lessons' names (also --preset names; presetNames lists them).
inline constexpr const char *lessonRegularization = "lesson-regularization";
inline constexpr const char *lessonLearningRate = "lesson-learning-rate";
inline constexpr const char *lessonBatchSize = "lesson-batch-size";
inline constexpr const char *lessonCapacity = "lesson-capacity";
inline constexpr const char *lessonActivation = "lesson-activation";

// Their groups (PlannedRun::group, RunRecord::group).
// lesson-regularization: one regularizer at a time, nothing else on.
inline constexpr const char *regGroupNone = "reg-none"; // no dropout, L2, augmentation or batch norm
inline constexpr const char *regGroupDropout = "reg-dropout"; // the lab's dropout (0.25 / 0.5)
inline constexpr const char *regGroupL2 = "reg-l2"; // Keras L2 5e-4 on the kernels, Adam
inline constexpr const char *regGroupAugment = "reg-augment"; // shifts up to 2 px, rotations up to 10°
inline constexpr const char *regGroupBatchNorm = "reg-batchnorm";
// lesson-learning-rate: Adam at four rates, constant and with a cosine schedule.
inline constexpr const char *lrGroup1e4 = "lr-0.0001";
inline constexpr const char *lrGroup1e3 = "lr-0.001";
inline constexpr const char *lrGroup1e2 = "lr-0.01";
inline constexpr const char *lrGroup1e1 = "lr-0.1";
inline constexpr const char *lrGroup1e4Cosine = "lr-0.0001-cosine";
inline constexpr const char *lrGroup1e3Cosine = "lr-0.001-cosine";
inline constexpr const char *lrGroup1e2Cosine = "lr-0.01-cosine";
inline constexpr const char *lrGroup1e1Cosine = "lr-0.1-cosine";
// lesson-batch-size: no dropout (as the lab's batch runs).
inline constexpr const char *batchGroup32 = "batch-32";
inline constexpr const char *batchGroup1000 = "batch-1000"; // the same epochs
inline constexpr const char *batchGroup1000Steps = "batch-1000-equal-steps"; // epochs scaled to 32's steps
// lesson-capacity: no dropout; each size on the run's training set and on its
// first 1,000 images.
inline constexpr const char *capGroupSmall = "cap-small"; // 1 block, 8 filters, dense 32
inline constexpr const char *capGroupLab = "cap-lab"; // the lab's network
inline constexpr const char *capGroupWide = "cap-wide"; // 2 blocks, 64 filters, dense 512
inline constexpr const char *capGroupSmall1k = "cap-small-1k";
inline constexpr const char *capGroupLab1k = "cap-lab-1k";
inline constexpr const char *capGroupWide1k = "cap-wide-1k";
// lesson-activation: three conv blocks, the lab's dropout.
inline constexpr const char *actGroupRelu = "act-relu-depth3";
inline constexpr const char *actGroupSigmoid = "act-sigmoid-depth3";

struct LessonClaimInfo {
    std::string id; // "dropout-helps"
    std::string text; // "Dropout lifts validation accuracy over no regularization"
};

struct LessonInfo {
    std::string name; // "lesson-regularization"
    std::string title; // "Regularization: what keeps a network from memorising"
    std::string explanation; // one paragraph, plain English: what the class should see
    std::vector<std::string> groups; // in plan order
    std::vector<LessonClaimInfo> claims; // in judgeLessonClaims' order
};

// The five lessons' names, in teaching order.
std::vector<std::string> lessonNames();
bool isLesson(const std::string &name);
// The lesson's title, explanation, groups and claims; false for an unknown name.
bool lessonInfo(const std::string &name, LessonInfo &out);

// The lesson's runs: every group with `seeds` seeds (base.seed, base.seed + 1,
// ...; 42 unless "seed" is overridden), seed-major like labPlan, names
// "<group>-seed<seed>". Each group starts from the lab's reference configuration,
// takes the fields of `overrides` marked in `overridden` (labPlan's keys:
// "epochs", "train_limit", "device", ...) and then the lesson's own settings, so
// the knob under study is always the lesson's. Equal-steps groups scale their
// epochs after that. Empty for an unknown lesson.
std::vector<PlannedRun> lessonPlan(const std::string &name, int seeds, const TrainingConfig &overrides = {},
    const std::vector<std::string> &overridden = {});

// Epochs batch `largeBatch` needs to take as many optimizer steps as `smallBatch`
// does in `epochs` epochs on `trainImages` images (rounded, 1..1000).
int equalStepsEpochs(int epochs, int smallBatch, int largeBatch, int trainImages);
// The images a configuration trains on (trainLimit, else the training set less
// a holdout).
int trainingImages(const TrainingConfig &config);

// Judges the lesson's claims (LessonInfo::claims' order; ClaimResult id and
// text set) with the seed lab's noise rule: a difference counts when it exceeds
// 2 x the standard error of the difference of the two means with >= 2 seeds per
// side, never below `noiseFloor` (0.1 points); "fails to converge" is the lab's
// threshold rule at `convergedAccuracy`. Empty for an unknown lesson.
std::vector<ClaimResult> judgeLessonClaims(const std::string &name, const std::vector<GroupSummary> &groups,
    double noiseFloor = 0.001, double convergedAccuracy = 0.5);

} // namespace cnnlab::core
