#include "cnnlab/core/comparison.h"
#include "cnnlab/core/textformat.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <string_view>

namespace cnnlab::core {

namespace {

std::string signedFixed(double value, int decimals)
{
    const std::string text = fixedNumber(value, decimals);
    return std::isfinite(value) && value > 0 && text.find_first_not_of("0.") != std::string::npos ? "+" + text
                                                                                                  : text;
}

std::string percent(double fraction)
{
    return fixedNumber(fraction * 100.0, 2);
}

// 1-based epoch of a history point: a full evaluation at the end of the first
// epoch sits at position 1.0 with epoch index 0.
int epochNumber(const EpochMetrics &point)
{
    return point.position.epoch + 1;
}

bool countsForVerdict(const RunSummary &run)
{
    // A stopped or failed run says nothing about the configuration; a diverged
    // one does (it is the lr 0.01 run's expected end).
    return run.status == RunStatus::Completed || run.status == RunStatus::Diverged;
}

const GroupSummary *findGroup(const std::vector<GroupSummary> &groups, const char *name)
{
    for (const GroupSummary &group : groups)
        if (group.group == name)
            return &group;
    return nullptr;
}

template<typename Field>
std::vector<double> valuesOf(const GroupSummary &group, Field field)
{
    std::vector<double> values;
    for (const RunSummary &run : group.runs)
        if (countsForVerdict(run))
            values.push_back(run.*field);
    return values;
}

// 2 x the standard error of the difference of two means, never below the floor;
// the floor alone when either side has a single seed (no spread to go by).
double noiseOf(const Spread &a, const Spread &b, double floor)
{
    if (a.n < 2 || b.n < 2)
        return floor;
    const double se = std::sqrt(a.stddev * a.stddev / a.n + b.stddev * b.stddev / b.n);
    return std::max(2.0 * se, floor);
}

double noiseOf(const Spread &a, double floor)
{
    if (a.n < 2)
        return floor;
    return std::max(2.0 * a.stddev / std::sqrt(double(a.n)), floor);
}

Verdict judge(double difference, double noise)
{
    if (!std::isfinite(difference))
        return Verdict::NotReproduced;
    if (std::abs(difference) <= noise)
        return Verdict::WithinNoise;
    return difference > 0 ? Verdict::Reproduced : Verdict::NotReproduced;
}

std::string spreadText(const Spread &s, int decimals = 4)
{
    if (s.n < 2) // one seed has no spread to show
        return fixedNumber(s.mean, decimals) + " (n=" + std::to_string(s.n) + ")";
    return fixedNumber(s.mean, decimals) + " ± " + fixedNumber(s.stddev, decimals)
        + " (n=" + std::to_string(s.n) + ")";
}

std::string pointsText(double fraction)
{
    return signedFixed(fraction * 100.0, 2) + " points";
}

ClaimResult missing(LabClaim claim, double noise, std::string what)
{
    ClaimResult r;
    r.claim = claim;
    r.verdict = Verdict::Missing;
    r.noise = noise;
    r.detail = "no completed runs of " + what;
    return r;
}

ClaimResult compareSides(const GroupSummary *higher, const std::string &higherName, const GroupSummary *lower,
    const std::string &lowerName, double RunSummary::*field, double floor)
{
    std::vector<double> a, b;
    if (higher)
        a = valuesOf(*higher, field);
    if (lower)
        b = valuesOf(*lower, field);
    if (a.empty() || b.empty()) {
        ClaimResult r;
        r.verdict = Verdict::Missing;
        r.noise = floor;
        r.detail = "no completed runs of " + (a.empty() ? higherName : lowerName);
        return r;
    }
    const Spread sa = spreadOf(a);
    const Spread sb = spreadOf(b);
    ClaimResult r;
    r.noise = noiseOf(sa, sb, floor);
    r.noiseMeasured = sa.n >= 2 && sb.n >= 2;
    r.measured = sa.mean - sb.mean;
    r.verdict = judge(r.measured, r.noise);
    r.detail = higherName + " " + spreadText(sa) + " vs " + lowerName + " " + spreadText(sb) + ": "
        + pointsText(r.measured) + ", noise " + fixedNumber(r.noise * 100.0, 2) + " points";
    return r;
}

ClaimResult compareGroups(LabClaim claim, const GroupSummary *higher, const char *higherName,
    const GroupSummary *lower, const char *lowerName, double floor)
{
    ClaimResult r = compareSides(higher, higherName, lower, lowerName, &RunSummary::finalValAccuracy, floor);
    r.claim = claim;
    return r;
}

// Every seed below the threshold: reproduced; every seed at or above it: not;
// a mix depends on the seed: within noise.
ClaimResult failsToConverge(const GroupSummary *group, const std::string &groupName, const std::string &label,
    double convergedAccuracy)
{
    std::vector<double> accuracies;
    if (group)
        accuracies = valuesOf(*group, &RunSummary::finalValAccuracy);
    ClaimResult r;
    if (accuracies.empty()) {
        r.verdict = Verdict::Missing;
        r.noise = 0.0;
        r.detail = "no completed runs of " + groupName;
        return r;
    }
    int failed = 0;
    for (const double accuracy : accuracies)
        if (!(accuracy >= convergedAccuracy)) // NaN counts as not converged
            ++failed;
    const int n = int(accuracies.size());
    r.measured = spreadOf(accuracies).mean;
    r.noise = 0.0;
    r.verdict = failed == n ? Verdict::Reproduced
        : failed == 0       ? Verdict::NotReproduced
                            : Verdict::WithinNoise;
    r.detail = label + " final validation accuracy " + spreadText(spreadOf(accuracies)) + "; "
        + std::to_string(failed) + " of " + std::to_string(n) + " seeds below " + percent(convergedAccuracy)
        + " %";
    return r;
}

const char *labFigure(LabClaim claim)
{
    switch (claim) {
    case LabClaim::OverfitsWithoutDropout:
        return "without dropout, training accuracy ran ahead of validation (~99.07 % val)";
    case LabClaim::DropoutHelps: return "dropout lifted validation accuracy (~99.07 % -> ~99.23 %)";
    case LabClaim::Batch1000Underperforms: return "batch 1000 ended below batch 32";
    case LabClaim::Lr001FailsToConverge: return "lr 0.01 did not converge";
    }
    return "";
}

// ---------------------------------------------------------------- tables

std::string csvField(const std::string &text)
{
    if (text.find_first_of(",\"\n\r") == std::string::npos)
        return text;
    std::string quoted = "\"";
    for (const char c : text) {
        if (c == '"')
            quoted += '"';
        quoted += c;
    }
    return quoted + '"';
}

std::string mdCell(const std::string &text)
{
    std::string out;
    for (const char c : text) {
        if (c == '|')
            out += "\\|";
        else if (c == '\n' || c == '\r')
            out += ' ';
        else
            out += c;
    }
    return out;
}

void mdRow(std::string &out, const std::vector<std::string> &cells)
{
    out += '|';
    for (const std::string &cell : cells)
        out += ' ' + mdCell(cell) + " |";
    out += '\n';
}

void mdHeader(std::string &out, const std::vector<std::string> &cells)
{
    mdRow(out, cells);
    out += '|';
    for (std::size_t i = 0; i < cells.size(); ++i)
        out += " --- |";
    out += '\n';
}

std::string pm(const Spread &s, double scale, int decimals)
{
    if (s.n == 0)
        return "-"; // nothing measured (every run diverged)
    return fixedNumber(s.mean * scale, decimals) + " ± " + fixedNumber(s.stddev * scale, decimals);
}

} // namespace

RunSummary summarize(const RunRecord &record, double dollarsPerHour)
{
    RunSummary s;
    s.name = record.name;
    s.group = record.group;
    s.config = record.config;
    s.status = record.result.status;
    s.epochsCompleted = record.result.epochsCompleted;

    const EpochMetrics *last = nullptr;
    const EpochMetrics *best = nullptr;
    for (const EpochMetrics &point : record.history) {
        if (!point.fullValidation)
            continue;
        last = &point;
        // Strictly better: the earliest epoch wins a tie (that is where it got there).
        if (std::isfinite(point.valAccuracy) && (!best || point.valAccuracy > best->valAccuracy))
            best = &point;
    }
    if (last) {
        s.finalTrainAccuracy = last->trainAccuracy;
        s.finalValAccuracy = last->valAccuracy;
        s.finalTrainLoss = last->trainLoss;
        s.finalValLoss = last->valLoss;
    } else {
        s.finalTrainAccuracy = record.result.trainAccuracy;
        s.finalValAccuracy = record.result.valAccuracy;
        s.finalTrainLoss = record.result.trainLoss;
        s.finalValLoss = record.result.valLoss;
        // A run that diverged or failed before a full evaluation has no
        // validation loss: its 0 is not a figure (a group mean would count it
        // as the best). A stopped run's result holds its last evaluation.
        if (s.status == RunStatus::Diverged || s.status == RunStatus::Failed)
            s.finalValLoss = std::numeric_limits<double>::quiet_NaN();
    }
    if (best) {
        s.bestValAccuracy = best->valAccuracy;
        s.bestEpoch = epochNumber(*best);
    } else {
        s.bestValAccuracy = s.finalValAccuracy;
        s.bestEpoch = 0;
    }
    s.trainValGap = s.finalTrainAccuracy - s.finalValAccuracy;

    s.seconds = record.result.trainSeconds;
    if (!(std::isfinite(s.seconds) && s.seconds > 0.0)) {
        // A record without the final timing (a crash): the last report's clock.
        s.seconds = 0.0;
        if (!record.history.empty())
            s.seconds = std::max(s.seconds, record.history.back().position.elapsedSeconds);
        if (!record.trainCurve.empty())
            s.seconds = std::max(s.seconds, record.trainCurve.back().position.elapsedSeconds);
        if (!std::isfinite(s.seconds))
            s.seconds = 0.0;
    }
    s.cost = s.seconds / 3600.0 * dollarsPerHour;
    return s;
}

Spread spreadOf(const std::vector<double> &values)
{
    Spread s;
    double sum = 0.0;
    for (const double v : values) {
        if (!std::isfinite(v))
            continue;
        if (s.n == 0) {
            s.min = v;
            s.max = v;
        }
        s.min = std::min(s.min, v);
        s.max = std::max(s.max, v);
        sum += v;
        ++s.n;
    }
    if (s.n == 0)
        return s;
    s.mean = sum / s.n;
    if (s.n >= 2) {
        double squares = 0.0;
        for (const double v : values)
            if (std::isfinite(v))
                squares += (v - s.mean) * (v - s.mean);
        s.stddev = std::sqrt(squares / (s.n - 1));
    }
    return s;
}

std::vector<GroupSummary> groupRuns(const std::vector<RunSummary> &runs)
{
    std::vector<GroupSummary> groups;
    std::map<std::string, std::size_t> index;
    for (const RunSummary &run : runs) {
        if (run.group.empty()) {
            GroupSummary own;
            own.group = run.name;
            own.runs.push_back(run);
            groups.push_back(std::move(own));
            continue;
        }
        const auto [it, inserted] = index.emplace(run.group, groups.size());
        if (inserted) {
            GroupSummary group;
            group.group = run.group;
            groups.push_back(std::move(group));
        }
        groups[it->second].runs.push_back(run);
    }
    for (GroupSummary &group : groups) {
        const auto spread = [&](double RunSummary::*field) {
            std::vector<double> values;
            for (const RunSummary &run : group.runs)
                values.push_back(run.*field);
            return spreadOf(values);
        };
        group.finalValAccuracy = spread(&RunSummary::finalValAccuracy);
        group.bestValAccuracy = spread(&RunSummary::bestValAccuracy);
        group.trainValGap = spread(&RunSummary::trainValGap);
        group.finalValLoss = spread(&RunSummary::finalValLoss);
        group.seconds = spread(&RunSummary::seconds);
        group.cost = spread(&RunSummary::cost);
    }
    return groups;
}

const char *labClaimName(LabClaim claim)
{
    switch (claim) {
    case LabClaim::OverfitsWithoutDropout: return "overfits-without-dropout";
    case LabClaim::DropoutHelps: return "dropout-helps";
    case LabClaim::Batch1000Underperforms: return "batch1000-underperforms";
    case LabClaim::Lr001FailsToConverge: return "lr0.01-fails-to-converge";
    }
    return "unknown";
}

std::string claimId(const ClaimResult &result)
{
    return result.id.empty() ? labClaimName(result.claim) : result.id;
}

std::string claimText(const ClaimResult &result)
{
    return result.id.empty() ? labFigure(result.claim) : result.text;
}

ClaimResult compareGroupMeans(const std::vector<GroupSummary> &groups, const std::string &higher,
    const std::string &lower, double RunSummary::*field, double noiseFloor)
{
    return compareSides(findGroup(groups, higher.c_str()), higher, findGroup(groups, lower.c_str()), lower,
        field, noiseFloor);
}

ClaimResult judgeFailsToConverge(
    const std::vector<GroupSummary> &groups, const std::string &group, double convergedAccuracy)
{
    return failsToConverge(findGroup(groups, group.c_str()), group, group, convergedAccuracy);
}

std::string claimVerdictText(const ClaimResult &result)
{
    // One seed has no spread: a difference above the fixed floor is not yet
    // "reproduced" (nor "not reproduced"); say what is missing instead.
    if (!result.noiseMeasured && result.verdict != Verdict::Missing)
        return "1 seed - noise not measured";
    return verdictName(result.verdict);
}

const char *verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Reproduced: return "reproduced";
    case Verdict::NotReproduced: return "not reproduced";
    case Verdict::WithinNoise: return "within noise";
    case Verdict::Missing: return "missing";
    }
    return "missing";
}

std::vector<ClaimResult> judgeLabClaims(
    const std::vector<GroupSummary> &groups, double noiseFloor, double convergedAccuracy)
{
    const GroupSummary *baseline = findGroup(groups, labGroupBaseline);
    const GroupSummary *dropout = findGroup(groups, labGroupDropout);
    const GroupSummary *batch1000 = findGroup(groups, labGroupBatch1000);
    const GroupSummary *lr001 = findGroup(groups, labGroupLr001);
    std::vector<ClaimResult> claims;

    // Overfitting: the baseline's train-val gap, against the noise of its mean.
    {
        std::vector<double> gaps;
        if (baseline)
            gaps = valuesOf(*baseline, &RunSummary::trainValGap);
        if (gaps.empty()) {
            claims.push_back(missing(LabClaim::OverfitsWithoutDropout, noiseFloor, labGroupBaseline));
        } else {
            const Spread s = spreadOf(gaps);
            ClaimResult r;
            r.claim = LabClaim::OverfitsWithoutDropout;
            r.noise = noiseOf(s, noiseFloor);
            r.noiseMeasured = s.n >= 2;
            r.measured = s.mean;
            r.verdict = judge(r.measured, r.noise);
            r.detail = std::string("baseline train-val gap ") + spreadText(s) + ": " + pointsText(r.measured)
                + ", noise " + fixedNumber(r.noise * 100.0, 2) + " points";
            claims.push_back(r);
        }
    }
    claims.push_back(compareGroups(
        LabClaim::DropoutHelps, dropout, labGroupDropout, baseline, labGroupBaseline, noiseFloor));
    claims.push_back(compareGroups(LabClaim::Batch1000Underperforms, baseline, labGroupBaseline, batch1000,
        labGroupBatch1000, noiseFloor));

    // lr 0.01: a threshold, not a difference.
    {
        ClaimResult r = failsToConverge(lr001, labGroupLr001, "lr 0.01", convergedAccuracy);
        r.claim = LabClaim::Lr001FailsToConverge;
        claims.push_back(r);
    }
    return claims;
}

std::string comparisonCsv(const std::vector<GroupSummary> &groups)
{
    std::string out
        = "kind,name,group,n,status,seed,learning_rate,batch_size,dropout,epochs,epochs_completed,"
          "final_val_accuracy,final_val_accuracy_sd,best_val_accuracy,best_val_accuracy_sd,"
          "best_epoch,train_val_gap,train_val_gap_sd,final_val_loss,final_val_loss_sd,seconds,"
          "seconds_sd,cost,cost_sd\n";
    for (const GroupSummary &group : groups) {
        for (const RunSummary &run : group.runs) {
            const TrainingConfig &c = run.config;
            const std::vector<std::string> fields {"run", csvField(run.name), csvField(group.group), "1",
                runStatusName(run.status), std::to_string(c.seed), shortestNumber(c.learningRate),
                std::to_string(c.batchSize), c.dropoutEnabled ? "on" : "off", std::to_string(c.epochs),
                std::to_string(run.epochsCompleted), shortestNumber(run.finalValAccuracy), "",
                shortestNumber(run.bestValAccuracy), "", std::to_string(run.bestEpoch),
                shortestNumber(run.trainValGap), "", shortestNumber(run.finalValLoss), "",
                shortestNumber(run.seconds), "", shortestNumber(run.cost), ""};
            for (std::size_t i = 0; i < fields.size(); ++i)
                out += (i ? "," : "") + fields[i];
            out += '\n';
        }
    }
    for (const GroupSummary &group : groups) {
        // The configuration columns hold where every run agrees, else stay empty.
        const auto common = [&](auto field) {
            std::string value;
            for (std::size_t i = 0; i < group.runs.size(); ++i) {
                const std::string v = field(group.runs[i].config);
                if (i == 0)
                    value = v;
                else if (v != value)
                    return std::string();
            }
            return value;
        };
        const std::vector<std::string> fields {"group", csvField(group.group), csvField(group.group),
            std::to_string(group.runs.size()), "", "",
            common([](const TrainingConfig &c) { return shortestNumber(c.learningRate); }),
            common([](const TrainingConfig &c) { return std::to_string(c.batchSize); }),
            common([](const TrainingConfig &c) { return std::string(c.dropoutEnabled ? "on" : "off"); }),
            common([](const TrainingConfig &c) { return std::to_string(c.epochs); }), "",
            shortestNumber(group.finalValAccuracy.mean), shortestNumber(group.finalValAccuracy.stddev),
            shortestNumber(group.bestValAccuracy.mean), shortestNumber(group.bestValAccuracy.stddev), "",
            shortestNumber(group.trainValGap.mean), shortestNumber(group.trainValGap.stddev),
            shortestNumber(group.finalValLoss.mean), shortestNumber(group.finalValLoss.stddev),
            shortestNumber(group.seconds.mean), shortestNumber(group.seconds.stddev),
            shortestNumber(group.cost.mean), shortestNumber(group.cost.stddev)};
        for (std::size_t i = 0; i < fields.size(); ++i)
            out += (i ? "," : "") + fields[i];
        out += '\n';
    }
    return out;
}

std::string comparisonMarkdown(
    const std::vector<GroupSummary> &groups, const std::vector<ClaimResult> &claims)
{
    std::string out = "## Runs\n\n";
    mdHeader(out,
        {"name", "group", "seed", "lr", "batch", "dropout", "epochs", "final val %", "best val %",
            "best epoch", "train-val gap (points)", "final val loss", "time s", "cost $"});
    for (const GroupSummary &group : groups) {
        for (const RunSummary &run : group.runs) {
            const TrainingConfig &c = run.config;
            std::string epochs = std::to_string(run.epochsCompleted);
            if (run.epochsCompleted != c.epochs)
                epochs += "/" + std::to_string(c.epochs);
            std::string name = run.name;
            if (run.status != RunStatus::Completed)
                name += std::string(" (") + runStatusName(run.status) + ")";
            mdRow(out,
                {name, group.group, std::to_string(c.seed), shortestNumber(c.learningRate),
                    std::to_string(c.batchSize), c.dropoutEnabled ? "on" : "off", epochs,
                    percent(run.finalValAccuracy), percent(run.bestValAccuracy),
                    run.bestEpoch > 0 ? std::to_string(run.bestEpoch) : "-",
                    fixedNumber(run.trainValGap * 100.0, 2),
                    std::isfinite(run.finalValLoss) ? fixedNumber(run.finalValLoss, 4) : "-",
                    fixedNumber(run.seconds, 1), fixedNumber(run.cost, 4)});
        }
    }

    out += "\n## Groups (mean ± sd over seeds)\n\n";
    mdHeader(out,
        {"group", "n", "final val %", "best val %", "train-val gap (points)", "final val loss", "time s",
            "cost $"});
    for (const GroupSummary &group : groups)
        mdRow(out,
            {group.group, std::to_string(group.runs.size()), pm(group.finalValAccuracy, 100.0, 2),
                pm(group.bestValAccuracy, 100.0, 2), pm(group.trainValGap, 100.0, 2),
                pm(group.finalValLoss, 1.0, 4), pm(group.seconds, 1.0, 1), pm(group.cost, 1.0, 4)});

    if (!claims.empty()) {
        // A lesson's claims carry their own ids and plain words.
        const bool lesson = std::any_of(
            claims.begin(), claims.end(), [](const ClaimResult &claim) { return !claim.id.empty(); });
        out += lesson ? "\n## The lesson's claims\n\n" : "\n## The lab's claims\n\n";
        mdHeader(
            out, {"claim", lesson ? "in plain words" : "the lab's figure", "cnnlab measured", "verdict"});
        for (const ClaimResult &claim : claims)
            mdRow(out, {claimId(claim), claimText(claim), claim.detail, claimVerdictText(claim)});
    }
    return out;
}

} // namespace cnnlab::core
