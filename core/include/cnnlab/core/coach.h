#pragma once

#include "cnnlab/core/metrics.h"
#include "cnnlab/core/runinfo.h"

#include <string>
#include <vector>

namespace cnnlab::core {

// The training coach: reads a run's history and says, in codes the UI words,
// what a teacher would point at. The thresholds are documented here and in
// README, and tested on recorded runs.
enum class CoachNoteKind {
    Overfitting, // validation loss bottomed out and rose while training loss kept falling, or the train-val
                 // gap keeps growing
    Divergence, // loss NaN/inf, or rising sharply
    Stalling, // loss stuck near chance level, ln(10) = 2.303
    BestEpoch, // the best validation accuracy so far
};
const char *coachNoteKindName(CoachNoteKind kind); // "overfitting" | "divergence" | "stalling" | "best-epoch"

struct CoachThresholds {
    // Overfitting (a): on full-validation points, validation loss has risen by at
    // least `overfitLossRise` (relative, 0.10 = 10 %) above its minimum, the
    // minimum lies at least `overfitMinPoints` points back, and training loss fell
    // over the same stretch.
    double overfitLossRise = 0.10;
    int overfitMinPoints = 2;
    // Overfitting (b): train accuracy - val accuracy above `gapThreshold`
    // (0.01 = 1 point) and grown on each of the last `gapGrowthPoints` full points.
    double gapThreshold = 0.01;
    int gapGrowthPoints = 2;
    // Divergence: NaN/inf anywhere, or the training loss rising above
    // `divergeFactor` x its lowest value so far and above `divergeFloor`.
    double divergeFactor = 3.0;
    double divergeFloor = 1.0;
    // Stalling: after at least `stallMinEpochs` of training, the training loss
    // (and validation loss where reported) within `stallBand` of ln(10).
    double stallBand = 0.05;
    double stallMinEpochs = 0.5;
};

struct CoachNote {
    CoachNoteKind kind = CoachNoteKind::BestEpoch;
    double epochPosition = 0.0; // where on the chart it is marked
    int epoch = 0; // 1-based epoch the note is about (best epoch, ...)
    double value = 0.0; // the figure behind it (best accuracy, the gap, the loss)
    double reference = 0.0; // what it is compared with (minimum val loss, ln 10, ...)
    // Per kind: Overfitting by loss: value = validation loss, reference = its
    // minimum; by gap: value = the gap, reference = gapThreshold. Divergence:
    // value = the offending loss (NaN/inf possible), reference = the lowest
    // loss before it (0 if none). Stalling: value = the latest training loss,
    // reference = ln 10. BestEpoch: value = the best validation accuracy (the
    // earliest on a tie), reference = the latest full point's.
};

// Every note the history supports, in position order. At most one note per
// kind, except BestEpoch, which gives the current best only. `result` is
// optional (null while a run is live).
std::vector<CoachNote> coachNotes(const std::vector<EpochMetrics> &history,
    const std::vector<StepMetrics> &trainCurve, const RunResult *result = nullptr,
    const CoachThresholds &thresholds = {});

} // namespace cnnlab::core
