#include "cnnlab/core/coach.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

namespace cnnlab::core {

namespace {

const double chanceLoss = std::log(10.0); // cross-entropy of a uniform guess over 10 classes

// 1-based epoch of a report: the full evaluation at the end of the first epoch
// sits at position 1.0 with epoch index 0.
int epochNumber(const TrainingPosition &position)
{
    return position.epoch + 1;
}

std::vector<const EpochMetrics *> fullPoints(const std::vector<EpochMetrics> &history)
{
    std::vector<const EpochMetrics *> points;
    for (const EpochMetrics &point : history)
        if (point.fullValidation)
            points.push_back(&point);
    return points;
}

CoachNote note(CoachNoteKind kind, const TrainingPosition &position, double value, double reference)
{
    CoachNote n;
    n.kind = kind;
    n.epochPosition = position.epochPosition;
    n.epoch = epochNumber(position);
    n.value = value;
    n.reference = reference;
    return n;
}

// (a) validation loss rose from its minimum while training loss kept falling.
std::optional<CoachNote> lossOverfitting(
    const std::vector<const EpochMetrics *> &points, const CoachThresholds &t)
{
    std::optional<std::size_t> minimum;
    for (std::size_t i = 0; i < points.size(); ++i) {
        const EpochMetrics &p = *points[i];
        if (!std::isfinite(p.valLoss))
            continue;
        if (minimum && i - *minimum >= std::size_t(std::max(1, t.overfitMinPoints))) {
            const EpochMetrics &m = *points[*minimum];
            if (p.valLoss >= m.valLoss * (1.0 + t.overfitLossRise) && p.trainLoss < m.trainLoss)
                return note(CoachNoteKind::Overfitting, p.position, p.valLoss, m.valLoss);
        }
        if (!minimum || p.valLoss < points[*minimum]->valLoss)
            minimum = i;
    }
    return std::nullopt;
}

// (b) the train-val accuracy gap is above the threshold and grew at each of the last points.
std::optional<CoachNote> gapOverfitting(
    const std::vector<const EpochMetrics *> &points, const CoachThresholds &t)
{
    const std::size_t growth = std::size_t(std::max(1, t.gapGrowthPoints));
    const auto gap = [&](std::size_t i) { return points[i]->trainAccuracy - points[i]->valAccuracy; };
    for (std::size_t i = growth; i < points.size(); ++i) {
        if (!(gap(i) > t.gapThreshold))
            continue;
        bool grew = true;
        for (std::size_t k = i - growth; k < i && grew; ++k)
            grew = gap(k + 1) > gap(k);
        if (grew)
            return note(CoachNoteKind::Overfitting, points[i]->position, gap(i), t.gapThreshold);
    }
    return std::nullopt;
}

struct LossReport {
    TrainingPosition position;
    double loss = 0.0;
};

// The training loss as reported: the step curve where there is one (denser),
// else the evaluation points.
std::vector<LossReport> trainLosses(
    const std::vector<EpochMetrics> &history, const std::vector<StepMetrics> &curve)
{
    std::vector<LossReport> losses;
    if (!curve.empty()) {
        for (const StepMetrics &s : curve)
            losses.push_back({s.position, s.trainLoss});
    } else {
        for (const EpochMetrics &p : history)
            losses.push_back({p.position, p.trainLoss});
    }
    return losses;
}

std::optional<CoachNote> divergence(const std::vector<EpochMetrics> &history,
    const std::vector<LossReport> &losses, const RunResult *result, const CoachThresholds &t)
{
    std::optional<CoachNote> found;
    const auto keepEarliest = [&](const CoachNote &candidate) {
        if (!found || candidate.epochPosition < found->epochPosition)
            found = candidate;
    };
    double lowest = std::numeric_limits<double>::infinity();
    for (const LossReport &r : losses) {
        if (!std::isfinite(r.loss)) {
            keepEarliest(note(CoachNoteKind::Divergence, r.position, r.loss, lowest));
            break;
        }
        if (r.loss > t.divergeFactor * lowest && r.loss > t.divergeFloor) {
            keepEarliest(note(CoachNoteKind::Divergence, r.position, r.loss, lowest));
            break;
        }
        lowest = std::min(lowest, r.loss);
    }
    for (const EpochMetrics &p : history) {
        if (!std::isfinite(p.trainLoss) || !std::isfinite(p.valLoss)) {
            keepEarliest(note(CoachNoteKind::Divergence, p.position,
                std::isfinite(p.trainLoss) ? p.valLoss : p.trainLoss, std::isfinite(lowest) ? lowest : 0.0));
            break;
        }
    }
    if (!found && result && result->status == RunStatus::Diverged)
        found = note(CoachNoteKind::Divergence, result->position, result->trainLoss, lowest);
    if (found && !std::isfinite(found->reference))
        found->reference = 0.0; // diverged before any finite loss
    return found;
}

// The run is stuck at chance level: every training loss since some point past
// `stallMinEpochs` (and every validation loss reported since) within the band.
std::optional<CoachNote> stalling(
    const std::vector<EpochMetrics> &history, const std::vector<LossReport> &losses, const CoachThresholds &t)
{
    const auto inBand
        = [&](double loss) { return std::isfinite(loss) && std::abs(loss - chanceLoss) <= t.stallBand; };
    if (losses.empty() || losses.back().position.epochPosition < t.stallMinEpochs
        || !inBand(losses.back().loss))
        return std::nullopt;
    // Walk back over the stretch that stayed in the band.
    std::size_t first = losses.size() - 1;
    while (first > 0 && inBand(losses[first - 1].loss))
        --first;
    TrainingPosition since = losses[first].position;
    for (const EpochMetrics &p : history) {
        if (p.position.epochPosition < since.epochPosition)
            continue;
        if (!inBand(p.valLoss))
            return std::nullopt; // validation moved: the model is learning something
    }
    // Marked where it has been stuck long enough to say so.
    if (since.epochPosition < t.stallMinEpochs) {
        for (const LossReport &r : losses) {
            if (r.position.epochPosition >= t.stallMinEpochs) {
                since = r.position;
                break;
            }
        }
    }
    return note(CoachNoteKind::Stalling, since, losses.back().loss, chanceLoss);
}

std::optional<CoachNote> bestEpoch(const std::vector<const EpochMetrics *> &points)
{
    const EpochMetrics *best = nullptr;
    for (const EpochMetrics *p : points)
        if (std::isfinite(p->valAccuracy) && (!best || p->valAccuracy > best->valAccuracy))
            best = p;
    if (!best)
        return std::nullopt;
    return note(CoachNoteKind::BestEpoch, best->position, best->valAccuracy, points.back()->valAccuracy);
}

} // namespace

const char *coachNoteKindName(CoachNoteKind kind)
{
    switch (kind) {
    case CoachNoteKind::Overfitting: return "overfitting";
    case CoachNoteKind::Divergence: return "divergence";
    case CoachNoteKind::Stalling: return "stalling";
    case CoachNoteKind::BestEpoch: return "best-epoch";
    }
    return "unknown";
}

std::vector<CoachNote> coachNotes(const std::vector<EpochMetrics> &history,
    const std::vector<StepMetrics> &trainCurve, const RunResult *result, const CoachThresholds &thresholds)
{
    const std::vector<const EpochMetrics *> points = fullPoints(history);
    const std::vector<LossReport> losses = trainLosses(history, trainCurve);
    std::vector<CoachNote> notes;

    // One overfitting note: whichever rule fired first.
    std::optional<CoachNote> overfit = lossOverfitting(points, thresholds);
    if (const auto gap = gapOverfitting(points, thresholds);
        gap && (!overfit || gap->epochPosition < overfit->epochPosition))
        overfit = gap;
    for (const auto &candidate : {overfit, divergence(history, losses, result, thresholds),
             stalling(history, losses, thresholds), bestEpoch(points)})
        if (candidate)
            notes.push_back(*candidate);
    std::stable_sort(notes.begin(), notes.end(),
        [](const CoachNote &a, const CoachNote &b) { return a.epochPosition < b.epochPosition; });
    return notes;
}

} // namespace cnnlab::core
