#pragma once

#include "cnnlab/core/experimentplan.h" // the lab groups judged here
#include "cnnlab/core/runrecord.h"

#include <string>
#include <vector>

namespace cnnlab::core {

// The figures of one run that the comparison table shows.
struct RunSummary {
    std::string name;
    std::string group; // RunRecord::group; runs of one group differ only by seed
    TrainingConfig config;
    RunStatus status = RunStatus::Failed;
    int epochsCompleted = 0;
    double finalTrainAccuracy = 0.0;
    double finalValAccuracy = 0.0;
    double bestValAccuracy = 0.0; // over full-validation points
    int bestEpoch = 0; // 1-based epoch of bestValAccuracy, 0 if none
    double trainValGap = 0.0; // finalTrainAccuracy - finalValAccuracy
    double finalTrainLoss = 0.0;
    double finalValLoss = 0.0; // NaN: diverged or failed before a full evaluation
    double seconds = 0.0; // training time
    double cost = 0.0; // seconds / 3600 * dollarsPerHour
};

// Reads the last full-validation point (falls back to RunResult) and the best one.
RunSummary summarize(const RunRecord &record, double dollarsPerHour = 3.06);

// Mean and sample standard deviation (0 for n < 2), min and max. Non-finite
// values (a diverged run's NaN loss) are left out; n counts the rest.
struct Spread {
    int n = 0;
    double mean = 0.0;
    double stddev = 0.0;
    double min = 0.0;
    double max = 0.0;
};
Spread spreadOf(const std::vector<double> &values);

// Runs that share a group (the same configuration, different seeds).
struct GroupSummary {
    std::string group;
    std::vector<RunSummary> runs;
    Spread finalValAccuracy, bestValAccuracy, trainValGap, finalValLoss, seconds, cost;
};
// In order of first appearance; a run with an empty group is a group of its own
// (named after the run).
std::vector<GroupSummary> groupRuns(const std::vector<RunSummary> &runs);

// The lab's four claims and what cnnlab measured for each.
enum class LabClaim {
    OverfitsWithoutDropout, // no dropout: training accuracy ran ahead of validation (~99.07 % val)
    DropoutHelps, // dropout lifted validation accuracy (~99.07 % -> ~99.23 %)
    Batch1000Underperforms, // batch 1000 ended below batch 32
    Lr001FailsToConverge, // lr 0.01 did not converge
};
enum class Verdict { Reproduced, NotReproduced, WithinNoise, Missing };
const char *labClaimName(LabClaim claim); // "overfits-without-dropout", ...
const char *verdictName(Verdict verdict); // "reproduced" | "not reproduced" | "within noise" | "missing"

struct ClaimResult {
    LabClaim claim = LabClaim::DropoutHelps; // the lab's claims; ignored when `id` is set
    // A lesson's claim (lessons.h) carries its own id ("dropout-helps") and plain
    // words ("Dropout lifts validation accuracy over no regularization"); both
    // empty for the lab's four, which go by `claim`.
    std::string id;
    std::string text;
    Verdict verdict = Verdict::Missing;
    double measured = 0.0; // the difference or figure behind the verdict (fractions)
    double noise = 0.0; // the noise level it was judged against
    // False when a side had a single seed: the noise is then only the fixed
    // floor, not measured seed-to-seed spread, and the verdict says so.
    bool noiseMeasured = true;
    std::string detail; // plain facts for CSV/Markdown/CLI ("dropout 0.9921 ± 0.0004 vs ...")
};
// The claim's id and plain words: `id`/`text` when set, else labClaimName and
// the lab's figure ("dropout lifted validation accuracy (~99.07 % -> ~99.23 %)").
std::string claimId(const ClaimResult &result);
std::string claimText(const ClaimResult &result);
// The verdict as comparison.md and the CLI print it: verdictName, or
// "1 seed - noise not measured" when the noise was not measured.
std::string claimVerdictText(const ClaimResult &result);

// Judges the four claims from the lab groups found in `groups`, in the order of
// LabClaim. Only completed and diverged runs count (a stopped or failed run
// says nothing about its configuration); a group without one is Missing.
// A difference counts as real when it exceeds the noise: 2 x the standard
// error of the difference of the two means when both groups have >= 2 seeds
// (never below `noiseFloor`), else the floor alone, 0.1 percentage points.
// |difference| <= noise is WithinNoise; beyond it the wrong way, NotReproduced.
// The overfitting claim judges the baseline's mean train-val gap against 2 x
// its standard error (same floor). lr 0.01 "fails to converge" when its final
// validation accuracy stays below `convergedAccuracy` (0.5): every seed below
// is Reproduced, every seed at or above NotReproduced, a mix WithinNoise
// (noise 0; measured = the mean accuracy).
std::vector<ClaimResult> judgeLabClaims(
    const std::vector<GroupSummary> &groups, double noiseFloor = 0.001, double convergedAccuracy = 0.5);

// The noise rule above as building blocks (judgeLabClaims and the lessons use
// them). The group named `higher` should end above `lower` in `field` (final
// validation accuracy by default): measured = mean(higher) - mean(lower), noise
// as above; Missing when either has no completed or diverged run. The result's
// claim/id/text are left for the caller to fill.
ClaimResult compareGroupMeans(const std::vector<GroupSummary> &groups, const std::string &higher,
    const std::string &lower, double RunSummary::*field = &RunSummary::finalValAccuracy,
    double noiseFloor = 0.001);
// Every seed of `group` ends below `convergedAccuracy` (final validation
// accuracy; NaN counts as below): Reproduced; every seed at or above it:
// NotReproduced; a mix: WithinNoise (noise 0, measured = the mean accuracy).
ClaimResult judgeFailsToConverge(
    const std::vector<GroupSummary> &groups, const std::string &group, double convergedAccuracy = 0.5);

// The table (one row per run, then one per group with mean ± spread) and, if
// given, the verdicts. CSV: C locale, header row, column `kind` = run | group,
// accuracies as fractions; no verdicts. Markdown: GitHub tables "## Runs",
// "## Groups (mean ± sd over seeds)" and, with claims, "## The lab's claims"
// (accuracies in %, the gap in percentage points); when the claims carry their
// own ids (a lesson's), "## The lesson's claims" with their plain words.
std::string comparisonCsv(const std::vector<GroupSummary> &groups);
std::string comparisonMarkdown(
    const std::vector<GroupSummary> &groups, const std::vector<ClaimResult> &claims = {});

} // namespace cnnlab::core
