// Comparison of runs: summaries, spreads over seeds, the lab's verdicts, CSV and
// Markdown, the lab plan and sweeps. Hand-built records: every figure is known.
#include "cnnlab/core/comparison.h"

#include <QString>
#include <QStringList>
#include <QTest>

#include <cmath>
#include <limits>

using namespace cnnlab::core;

namespace {

QString qs(const std::string &text)
{
    return QString::fromStdString(text);
}

EpochMetrics point(
    double epochPosition, bool full, double trainAccuracy, double valAccuracy, double valLoss = 0.05)
{
    EpochMetrics m;
    m.position.epochPosition = epochPosition;
    m.position.epoch = full ? int(std::lround(epochPosition)) - 1 : int(epochPosition);
    m.position.elapsedSeconds = epochPosition * 10.0;
    m.fullValidation = full;
    m.trainLoss = 0.1;
    m.trainAccuracy = trainAccuracy;
    m.valLoss = valLoss;
    m.valAccuracy = valAccuracy;
    m.validationSize = full ? 10000 : 2000;
    return m;
}

// A finished run of `epochs` epochs ending at the given accuracies.
RunRecord run(const std::string &name, const std::string &group, double trainAccuracy, double valAccuracy,
    RunStatus status = RunStatus::Completed)
{
    RunRecord r;
    r.name = name;
    r.group = group;
    r.config.epochs = 2;
    r.history.push_back(point(0.5, false, trainAccuracy - 0.02, valAccuracy - 0.02));
    r.history.push_back(point(1.0, true, trainAccuracy - 0.01, valAccuracy - 0.01));
    r.history.push_back(point(2.0, true, trainAccuracy, valAccuracy));
    r.result.status = status;
    r.result.epochsCompleted = 2;
    r.result.trainAccuracy = trainAccuracy;
    r.result.valAccuracy = valAccuracy;
    r.result.trainSeconds = 1800.0;
    return r;
}

// A group of runs, one per value: train accuracy = val + gap.
std::vector<RunSummary> seeds(const std::string &group, const std::vector<double> &values, double gap = 0.005,
    RunStatus status = RunStatus::Completed)
{
    std::vector<RunSummary> runs;
    for (std::size_t i = 0; i < values.size(); ++i)
        runs.push_back(summarize(
            run(group + "-seed" + std::to_string(i + 1), group, values[i] + gap, values[i], status)));
    return runs;
}

std::vector<GroupSummary> lab(const std::vector<double> &baseline, const std::vector<double> &dropout,
    const std::vector<double> &batch1000, const std::vector<double> &lr001)
{
    std::vector<RunSummary> runs;
    for (const auto &[group, values] :
        {std::pair {labGroupBaseline, baseline}, std::pair {labGroupDropout, dropout},
            std::pair {labGroupBatch1000, batch1000}, std::pair {labGroupLr001, lr001}}) {
        const auto added = seeds(group, values, group == std::string(labGroupDropout) ? -0.002 : 0.008);
        runs.insert(runs.end(), added.begin(), added.end());
    }
    return groupRuns(runs);
}

const ClaimResult &claim(const std::vector<ClaimResult> &claims, LabClaim which)
{
    for (const ClaimResult &c : claims)
        if (c.claim == which)
            return c;
    static const ClaimResult none;
    return none;
}

} // namespace

class TestComparison : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void summarizeLastFullPoint();
    void summarizeFallsBackToResult();
    void spreads();
    void grouping();
    void names();
    void verdictsReproduced();
    void verdictsWithinNoise();
    void verdictsNotReproduced();
    void verdictsMissing();
    void singleSeedNoiseNotMeasured();
    void lrVerdicts();
    void csv();
    void markdown();
    void labPlanRuns();
    void labPlanOverrides();
    void sweep();
};

void TestComparison::summarizeLastFullPoint()
{
    RunRecord r;
    r.name = "a";
    r.group = "g";
    r.config.epochs = 3;
    r.history.push_back(point(0.5, false, 0.90, 0.995)); // a quick point never counts
    r.history.push_back(point(1.0, true, 0.95, 0.970, 0.10));
    r.history.push_back(point(2.0, true, 0.98, 0.985, 0.06)); // best
    r.history.push_back(point(2.5, false, 0.99, 0.999));
    r.history.push_back(point(3.0, true, 0.995, 0.980, 0.08)); // last
    r.result.status = RunStatus::Completed;
    r.result.epochsCompleted = 3;
    r.result.valAccuracy = 0.5; // the result is not used when there are full points
    r.result.trainSeconds = 7200.0;
    r.result.seconds = 9000.0;

    const RunSummary s = summarize(r, 2.0);
    QCOMPARE(qs(s.name), QStringLiteral("a"));
    QCOMPARE(qs(s.group), QStringLiteral("g"));
    QCOMPARE(s.status, RunStatus::Completed);
    QCOMPARE(s.epochsCompleted, 3);
    QCOMPARE(s.finalValAccuracy, 0.980);
    QCOMPARE(s.finalTrainAccuracy, 0.995);
    QCOMPARE(s.finalValLoss, 0.08);
    QCOMPARE(s.bestValAccuracy, 0.985);
    QCOMPARE(s.bestEpoch, 2);
    QVERIFY(std::abs(s.trainValGap - 0.015) < 1e-12);
    QCOMPARE(s.seconds, 7200.0); // training time, not the wall time with loading
    QCOMPARE(s.cost, 4.0); // 2 h at $2/h
    QVERIFY(std::abs(summarize(r).cost - 2 * 3.06) < 1e-12); // the default rate

    // A tie keeps the earlier epoch: that is where it got there.
    r.history[4].valAccuracy = 0.985;
    QCOMPARE(summarize(r).bestEpoch, 2);
}

void TestComparison::summarizeFallsBackToResult()
{
    RunRecord r;
    r.history.push_back(point(0.25, false, 0.5, 0.6)); // stopped before any full evaluation
    r.result.status = RunStatus::Stopped;
    r.result.trainAccuracy = 0.55;
    r.result.valAccuracy = 0.62;
    r.result.valLoss = 1.5;
    r.result.trainSeconds = 0.0; // no timing: the last report's clock
    const RunSummary s = summarize(r);
    QCOMPARE(s.status, RunStatus::Stopped);
    QCOMPARE(s.finalValAccuracy, 0.62);
    QCOMPARE(s.finalTrainAccuracy, 0.55);
    QCOMPARE(s.finalValLoss, 1.5);
    QCOMPARE(s.bestValAccuracy, 0.62);
    QCOMPARE(s.bestEpoch, 0);
    QCOMPARE(s.seconds, 2.5);

    // Issue 15.10: diverged before any full evaluation: no loss, not a 0 that
    // reads as the best and pulls a group's mean down.
    r.result.status = RunStatus::Diverged;
    r.result.valLoss = 0.0;
    RunSummary diverged = summarize(r);
    QVERIFY(std::isnan(diverged.finalValLoss));
    diverged.group = "g";
    RunSummary completed = diverged;
    completed.status = RunStatus::Completed;
    completed.finalValLoss = 0.25;
    const std::vector<GroupSummary> groups = groupRuns({diverged, completed});
    QCOMPARE(groups.size(), std::size_t(1));
    QCOMPARE(groups[0].finalValLoss.n, 1);
    QCOMPARE(groups[0].finalValLoss.mean, 0.25);
    const std::string md = comparisonMarkdown(groups, {});
    QVERIFY2(md.find("| 0.0000 |") == std::string::npos, md.c_str());
}

void TestComparison::spreads()
{
    const Spread s = spreadOf({0.990, 0.992, 0.994});
    QCOMPARE(s.n, 3);
    QVERIFY(std::abs(s.mean - 0.992) < 1e-12);
    QVERIFY(std::abs(s.stddev - 0.002) < 1e-12); // sample sd (n - 1)
    QCOMPARE(s.min, 0.990);
    QCOMPARE(s.max, 0.994);

    const Spread one = spreadOf({0.5});
    QCOMPARE(one.n, 1);
    QCOMPARE(one.mean, 0.5);
    QCOMPARE(one.stddev, 0.0);

    const Spread none = spreadOf({});
    QCOMPARE(none.n, 0);
    QCOMPARE(none.mean, 0.0);

    // A diverged run's NaN loss does not poison the group's figure.
    const Spread withNan = spreadOf({1.0, std::numeric_limits<double>::quiet_NaN(), 3.0});
    QCOMPARE(withNan.n, 2);
    QCOMPARE(withNan.mean, 2.0);
    QVERIFY(std::abs(withNan.stddev - std::sqrt(2.0)) < 1e-12);
}

void TestComparison::grouping()
{
    std::vector<RunSummary> runs;
    runs.push_back(summarize(run("b1", "b", 0.99, 0.98)));
    runs.push_back(summarize(run("solo", "", 0.9, 0.9)));
    runs.push_back(summarize(run("a1", "a", 0.99, 0.97)));
    runs.push_back(summarize(run("b2", "b", 0.99, 0.96)));
    runs.push_back(summarize(run("solo", "", 0.8, 0.8))); // same name, still a group of its own

    const std::vector<GroupSummary> groups = groupRuns(runs);
    QCOMPARE(groups.size(), std::size_t(4));
    QCOMPARE(qs(groups[0].group), QStringLiteral("b"));
    QCOMPARE(qs(groups[1].group), QStringLiteral("solo"));
    QCOMPARE(qs(groups[2].group), QStringLiteral("a"));
    QCOMPARE(qs(groups[3].group), QStringLiteral("solo"));
    QCOMPARE(groups[0].runs.size(), std::size_t(2));
    QCOMPARE(qs(groups[0].runs[1].name), QStringLiteral("b2"));
    QCOMPARE(groups[0].finalValAccuracy.n, 2);
    QVERIFY(std::abs(groups[0].finalValAccuracy.mean - 0.97) < 1e-12);
    QVERIFY(std::abs(groups[0].trainValGap.mean - 0.02) < 1e-12);
    QCOMPARE(groups[0].cost.mean, 1800.0 / 3600.0 * 3.06);
    QCOMPARE(groups[3].finalValAccuracy.mean, 0.8);
}

void TestComparison::names()
{
    QCOMPARE(QString::fromLatin1(labClaimName(LabClaim::OverfitsWithoutDropout)),
        QStringLiteral("overfits-without-dropout"));
    QCOMPARE(QString::fromLatin1(labClaimName(LabClaim::DropoutHelps)), QStringLiteral("dropout-helps"));
    QCOMPARE(QString::fromLatin1(verdictName(Verdict::Reproduced)), QStringLiteral("reproduced"));
    QCOMPARE(QString::fromLatin1(verdictName(Verdict::NotReproduced)), QStringLiteral("not reproduced"));
    QCOMPARE(QString::fromLatin1(verdictName(Verdict::WithinNoise)), QStringLiteral("within noise"));
    QCOMPARE(QString::fromLatin1(verdictName(Verdict::Missing)), QStringLiteral("missing"));
}

void TestComparison::verdictsReproduced()
{
    // The lab's story: baseline 99.07 %, dropout 99.23 %, batch 1000 lower, lr 0.01 at chance.
    const auto groups = lab({0.9905, 0.9907, 0.9909}, {0.9921, 0.9923, 0.9925}, {0.9850, 0.9860, 0.9855},
        {0.1135, 0.0980, 0.1135});
    const std::vector<ClaimResult> claims = judgeLabClaims(groups);
    QCOMPARE(claims.size(), std::size_t(4));
    QCOMPARE(claims[0].claim, LabClaim::OverfitsWithoutDropout);
    QCOMPARE(claims[1].claim, LabClaim::DropoutHelps);
    QCOMPARE(claims[2].claim, LabClaim::Batch1000Underperforms);
    QCOMPARE(claims[3].claim, LabClaim::Lr001FailsToConverge);
    for (const ClaimResult &c : claims)
        QVERIFY2(c.verdict == Verdict::Reproduced, c.detail.c_str());

    // Spreads of 0.0002 give 2 x SE well under the floor: the floor (0.1 points) is the noise.
    const ClaimResult &dropout = claim(claims, LabClaim::DropoutHelps);
    QVERIFY(std::abs(dropout.measured - 0.0016) < 1e-9);
    QCOMPARE(dropout.noise, 0.001);
    QVERIFY2(qs(dropout.detail).contains(QStringLiteral("+0.16 points")), dropout.detail.c_str());
    QVERIFY2(qs(dropout.detail).contains(QStringLiteral("0.9923 ± 0.0002 (n=3)")), dropout.detail.c_str());
    const ClaimResult &overfit = claim(claims, LabClaim::OverfitsWithoutDropout);
    QVERIFY(std::abs(overfit.measured - 0.008) < 1e-9);
    const ClaimResult &batch = claim(claims, LabClaim::Batch1000Underperforms);
    QVERIFY(std::abs(batch.measured - (0.9907 - 0.9855)) < 1e-9);
    const ClaimResult &lr = claim(claims, LabClaim::Lr001FailsToConverge);
    QVERIFY(std::abs(lr.measured - (0.1135 * 2 + 0.098) / 3) < 1e-9);
    QVERIFY2(qs(lr.detail).contains(QStringLiteral("3 of 3 seeds below 50.00 %")), lr.detail.c_str());
}

void TestComparison::verdictsWithinNoise()
{
    // A difference under the floor.
    auto claims = judgeLabClaims(lab({0.9907}, {0.9912}, {0.9902}, {0.1}));
    QCOMPARE(claim(claims, LabClaim::DropoutHelps).verdict, Verdict::WithinNoise);
    QCOMPARE(claim(claims, LabClaim::DropoutHelps).noise, 0.001); // one seed: the floor
    QVERIFY2(qs(claim(claims, LabClaim::DropoutHelps).detail)
                 .contains(QStringLiteral("lab-dropout 0.9912 (n=1) vs")),
        claim(claims, LabClaim::DropoutHelps).detail.c_str());
    QCOMPARE(claim(claims, LabClaim::Batch1000Underperforms).verdict, Verdict::WithinNoise);

    // A difference well over the floor, but the seeds scatter more: 2 x SE decides.
    claims = judgeLabClaims(lab({0.985, 0.995}, {0.990, 1.000}, {0.9, 0.9}, {0.1}));
    const ClaimResult &dropout = claim(claims, LabClaim::DropoutHelps);
    QVERIFY(std::abs(dropout.measured - 0.005) < 1e-9);
    QVERIFY2(dropout.noise > 0.014 && dropout.noise < 0.0142, qPrintable(QString::number(dropout.noise)));
    QCOMPARE(dropout.verdict, Verdict::WithinNoise);
    // ... while batch 1000 is 9 points down: beyond any noise.
    QCOMPARE(claim(claims, LabClaim::Batch1000Underperforms).verdict, Verdict::Reproduced);

    // Exactly at the noise is still noise.
    claims = judgeLabClaims(lab({0.25}, {0.375}, {0.5}, {0.1}), 0.125); // exact in binary
    QCOMPARE(claim(claims, LabClaim::DropoutHelps).measured, 0.125);
    QCOMPARE(claim(claims, LabClaim::DropoutHelps).verdict, Verdict::WithinNoise);
    QCOMPARE(claim(claims, LabClaim::Batch1000Underperforms).verdict, Verdict::NotReproduced); // -0.25
}

void TestComparison::verdictsNotReproduced()
{
    // Dropout lower, batch 1000 higher, no overfitting (validation above training).
    std::vector<RunSummary> runs = seeds(labGroupBaseline, {0.9910, 0.9912}, -0.004);
    for (const auto &r : seeds(labGroupDropout, {0.9880, 0.9882}))
        runs.push_back(r);
    for (const auto &r : seeds(labGroupBatch1000, {0.9940, 0.9942}))
        runs.push_back(r);
    const auto claims = judgeLabClaims(groupRuns(runs));
    QCOMPARE(claim(claims, LabClaim::OverfitsWithoutDropout).verdict, Verdict::NotReproduced);
    QVERIFY(claim(claims, LabClaim::OverfitsWithoutDropout).measured < -0.003);
    QCOMPARE(claim(claims, LabClaim::DropoutHelps).verdict, Verdict::NotReproduced);
    QVERIFY(claim(claims, LabClaim::DropoutHelps).measured < 0);
    QCOMPARE(claim(claims, LabClaim::Batch1000Underperforms).verdict, Verdict::NotReproduced);
    QCOMPARE(claim(claims, LabClaim::Lr001FailsToConverge).verdict, Verdict::Missing); // no lr runs
}

void TestComparison::verdictsMissing()
{
    const auto none = judgeLabClaims({});
    QCOMPARE(none.size(), std::size_t(4));
    for (const ClaimResult &c : none)
        QCOMPARE(c.verdict, Verdict::Missing);

    // A group whose only run was stopped (or failed) has nothing to judge.
    std::vector<RunSummary> runs = seeds(labGroupBaseline, {0.99});
    for (const auto &r : seeds(labGroupDropout, {0.995}, 0.0, RunStatus::Stopped))
        runs.push_back(r);
    for (const auto &r : seeds(labGroupBatch1000, {0.95}, 0.0, RunStatus::Failed))
        runs.push_back(r);
    const auto claims = judgeLabClaims(groupRuns(runs));
    QCOMPARE(claim(claims, LabClaim::OverfitsWithoutDropout).verdict, Verdict::Reproduced);
    QCOMPARE(claim(claims, LabClaim::DropoutHelps).verdict, Verdict::Missing);
    QVERIFY2(qs(claim(claims, LabClaim::DropoutHelps).detail).contains(QLatin1String(labGroupDropout)),
        claim(claims, LabClaim::DropoutHelps).detail.c_str());
    QCOMPARE(claim(claims, LabClaim::Batch1000Underperforms).verdict, Verdict::Missing);
}

void TestComparison::singleSeedNoiseNotMeasured()
{
    // One seed a side: a 0.27-point difference beats the 0.10-point floor, but no
    // seed-to-seed noise was measured, so neither comparison.md nor the CLI may call
    // it reproduced (seen in `--preset seed-lab --seeds 1`).
    const auto one = lab({0.9919}, {0.9922}, {0.9892}, {0.1});
    const auto claims = judgeLabClaims(one);
    const ClaimResult &batch = claim(claims, LabClaim::Batch1000Underperforms);
    QCOMPARE(batch.verdict, Verdict::Reproduced); // the difference's sign, kept for the window's colour
    QVERIFY(!batch.noiseMeasured);
    QCOMPARE(qs(claimVerdictText(batch)), QStringLiteral("1 seed - noise not measured"));
    QVERIFY(!claim(claims, LabClaim::OverfitsWithoutDropout).noiseMeasured);
    QVERIFY(!claim(claims, LabClaim::DropoutHelps).noiseMeasured);
    QVERIFY(claim(claims, LabClaim::Lr001FailsToConverge).noiseMeasured); // a threshold, seed by seed
    QCOMPARE(
        qs(claimVerdictText(claim(claims, LabClaim::Lr001FailsToConverge))), QStringLiteral("reproduced"));
    const QString md = qs(comparisonMarkdown(one, claims));
    QVERIFY2(md.contains(QStringLiteral("| batch1000-underperforms |")), qPrintable(md));
    QCOMPARE(md.count(QStringLiteral("| 1 seed - noise not measured |")), 3);
    QCOMPARE(md.count(QStringLiteral("| reproduced |")), 1); // lr 0.01 only

    // Two seeds on each side of a claim: measured, and worded by the verdict again.
    const auto two = judgeLabClaims(lab({0.9905, 0.9907}, {0.9921, 0.9923}, {0.9850, 0.9860}, {0.1}));
    QVERIFY(claim(two, LabClaim::DropoutHelps).noiseMeasured);
    QCOMPARE(qs(claimVerdictText(claim(two, LabClaim::DropoutHelps))), QStringLiteral("reproduced"));
    // A missing claim stays "missing", whatever its seeds.
    const auto none = judgeLabClaims({});
    QCOMPARE(qs(claimVerdictText(claim(none, LabClaim::DropoutHelps))), QStringLiteral("missing"));
}

void TestComparison::lrVerdicts()
{
    const auto lrOnly = [](const std::vector<double> &values, RunStatus status = RunStatus::Completed) {
        return judgeLabClaims(groupRuns(seeds(labGroupLr001, values, 0.0, status)));
    };
    // Diverged runs count: that is the expected end.
    QCOMPARE(claim(lrOnly({0.098, 0.1135}, RunStatus::Diverged), LabClaim::Lr001FailsToConverge).verdict,
        Verdict::Reproduced);
    QCOMPARE(claim(lrOnly({0.97, 0.98}), LabClaim::Lr001FailsToConverge).verdict, Verdict::NotReproduced);
    const ClaimResult mixed = claim(lrOnly({0.1135, 0.97}), LabClaim::Lr001FailsToConverge);
    QCOMPARE(mixed.verdict, Verdict::WithinNoise); // it depends on the seed
    QVERIFY2(qs(mixed.detail).contains(QStringLiteral("1 of 2 seeds")), mixed.detail.c_str());
    // The threshold is a parameter.
    QCOMPARE(claim(judgeLabClaims(groupRuns(seeds(labGroupLr001, {0.6})), 0.001, 0.7),
                 LabClaim::Lr001FailsToConverge)
                 .verdict,
        Verdict::Reproduced);
}

void TestComparison::csv()
{
    std::vector<RunSummary> runs = seeds("g", {0.99, 0.98});
    runs.push_back(summarize(run("with, comma \"quoted\"", "", 0.5, 0.25)));
    const std::vector<GroupSummary> groups = groupRuns(runs);
    const QString text = qs(comparisonCsv(groups));
    QVERIFY(text.endsWith(QLatin1Char('\n')));
    const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1 + 3 + 2); // header, 3 runs, 2 groups
    QVERIFY(lines[0].startsWith(
        QStringLiteral("kind,name,group,n,status,seed,learning_rate,batch_size,dropout,")));
    const int columns = int(lines[0].count(QLatin1Char(',')));
    QVERIFY(lines[0].contains(QStringLiteral(",final_val_accuracy,final_val_accuracy_sd,")));
    QVERIFY(lines[0].endsWith(QStringLiteral(",cost,cost_sd")));

    QVERIFY2(
        lines[1].startsWith(QStringLiteral("run,g-seed1,g,1,completed,42,0.001,32,on,2,2,0.99,,0.99,,2,")),
        qPrintable(lines[1]));
    QCOMPARE(int(lines[1].count(QLatin1Char(','))), columns);
    QVERIFY2(
        lines[3].startsWith(QStringLiteral("run,\"with, comma \"\"quoted\"\"\",")), qPrintable(lines[3]));
    QVERIFY2(lines[4].startsWith(QStringLiteral("group,g,g,2,,,0.001,32,on,2,,0.98")), qPrintable(lines[4]));
    QVERIFY2(lines[4].contains(QStringLiteral(",0.00707")), qPrintable(lines[4])); // sd of 0.99 and 0.98
    QCOMPARE(int(lines[4].count(QLatin1Char(','))), columns);
    QVERIFY(lines[5].startsWith(QStringLiteral("group,\"with, comma")));
    QVERIFY(!text.contains(QStringLiteral("reproduced"))); // verdicts live in the Markdown
}

void TestComparison::markdown()
{
    const auto groups = lab({0.9905, 0.9907, 0.9909}, {0.9921, 0.9923, 0.9925}, {0.9850}, {0.1135});
    const auto claims = judgeLabClaims(groups);
    const QString md = qs(comparisonMarkdown(groups, claims));
    const QStringList lines = md.split(QLatin1Char('\n'));
    QVERIFY(md.contains(QStringLiteral("## Runs")));
    QVERIFY(md.contains(
        QStringLiteral("| name | group | seed | lr | batch | dropout | epochs | final val % | best val % | "
                       "best epoch | train-val gap (points) | final val loss | time s | cost $ |")));
    // A run row: accuracies in %, the gap in points, time, cost.
    QVERIFY2(
        md.contains(QStringLiteral(
            "| lab-baseline-seed2 | lab-baseline | 42 | 0.001 | 32 | on | 2 | 99.07 | 99.07 | 2 | 0.80 | "
            "0.0500 | 1800.0 | 1.5300 |")),
        qPrintable(md));
    QVERIFY(md.contains(QStringLiteral("## Groups (mean ± sd over seeds)")));
    QVERIFY2(md.contains(QStringLiteral("| lab-dropout | 3 | 99.23 ± 0.02 | 99.23 ± 0.02 | -0.20 ± 0.00 |")),
        qPrintable(md));
    QVERIFY(md.contains(QStringLiteral("## The lab's claims")));
    QVERIFY(md.contains(QStringLiteral("| claim | the lab's figure | cnnlab measured | verdict |")));
    int claimRows = 0;
    for (const QString &line : lines)
        if (line.endsWith(QStringLiteral("| reproduced |"))
            || line.endsWith(QStringLiteral("| within noise |"))
            || line.endsWith(QStringLiteral("| not reproduced |"))
            || line.endsWith(QStringLiteral("| missing |"))
            || line.endsWith(QStringLiteral("| 1 seed - noise not measured |")))
            ++claimRows;
    QCOMPARE(claimRows, 4);
    // Batch 1000 has a single seed here: its verdict says the noise is not measured.
    bool batchRow = false;
    for (const QString &line : lines)
        batchRow |= line.startsWith(QStringLiteral("| batch1000-underperforms |"))
            && line.endsWith(QStringLiteral("| 1 seed - noise not measured |"));
    QVERIFY2(batchRow, qPrintable(md));
    QVERIFY(md.contains(QStringLiteral("~99.23 %")));
    QVERIFY(md.contains(QStringLiteral("| dropout-helps |")));

    // Without claims, no claims table; a '|' in a name does not break the table.
    std::vector<RunSummary> runs = seeds("a|b", {0.9});
    const QString plain = qs(comparisonMarkdown(groupRuns(runs)));
    QVERIFY(!plain.contains(QStringLiteral("claims")));
    QVERIFY(plain.contains(QStringLiteral("a\\|b-seed1")));
}

void TestComparison::labPlanRuns()
{
    const std::vector<PlannedRun> plan = labPlan(2);
    QCOMPARE(plan.size(), std::size_t(8));
    const char *groups[] = {labGroupBaseline, labGroupDropout, labGroupBatch1000, labGroupLr001};
    for (std::size_t i = 0; i < plan.size(); ++i) {
        // Seed-major: the four configurations of seed 1, then of seed 2.
        QCOMPARE(qs(plan[i].group), QString::fromLatin1(groups[i % 4]));
        QCOMPARE(qs(plan[i].name),
            QString::fromLatin1(groups[i % 4])
                + QStringLiteral("-seed%1").arg(42 + i / 4)); // the seed, not the round
        QCOMPARE(plan[i].config.seed, std::uint64_t(42 + i / 4));
        QCOMPARE(plan[i].config.epochs, 10);
        QVERIFY(!validate(plan[i].config));
    }
    // The presets.
    QCOMPARE(plan[0].config.dropoutEnabled, false);
    QCOMPARE(plan[0].config.batchSize, 32);
    QCOMPARE(plan[0].config.learningRate, 0.001);
    QCOMPARE(plan[1].config.dropoutEnabled, true);
    QCOMPARE(plan[2].config.batchSize, 1000);
    QCOMPARE(plan[2].config.dropoutEnabled, false);
    QCOMPARE(plan[3].config.learningRate, 0.01);
    QCOMPARE(plan[3].config.dropoutEnabled, false);
    QVERIFY(labPlan(0).empty());
}

void TestComparison::labPlanOverrides()
{
    TrainingConfig overrides;
    overrides.epochs = 1;
    overrides.trainLimit = 500;
    overrides.evaluationsPerEpoch = 1;
    overrides.seed = 7;
    overrides.device = "cpu";
    overrides.batchSize = 64; // not listed: the presets keep theirs
    const auto plan
        = labPlan(3, overrides, {"epochs", "train_limit", "evaluations_per_epoch", "seed", "device"});
    QCOMPARE(plan.size(), std::size_t(12));
    for (std::size_t i = 0; i < plan.size(); ++i) {
        QCOMPARE(plan[i].config.epochs, 1);
        QCOMPARE(plan[i].config.trainLimit, 500);
        QCOMPARE(plan[i].config.evaluationsPerEpoch, 1);
        QCOMPARE(qs(plan[i].config.device), QStringLiteral("cpu"));
        QCOMPARE(plan[i].config.seed, std::uint64_t(7 + i / 4));
    }
    QCOMPARE(plan[0].config.batchSize, 32);
    QCOMPARE(plan[2].config.batchSize, 1000);
    QCOMPARE(plan[3].config.learningRate, 0.01);
}

void TestComparison::sweep()
{
    TrainingConfig base;
    base.epochs = 3;
    SweepSpec spec;
    spec.learningRates = {0.001, 0.01};
    spec.batchSizes = {32, 1000};
    const auto plan = sweepPlan(base, spec);
    QCOMPARE(plan.size(), std::size_t(4));
    QCOMPARE(qs(plan[0].name), QStringLiteral("lr0.001-b32-dropout-e3"));
    QCOMPARE(qs(plan[1].name), QStringLiteral("lr0.001-b1000-dropout-e3"));
    QCOMPARE(qs(plan[3].name), QStringLiteral("lr0.01-b1000-dropout-e3"));
    for (const PlannedRun &run : plan)
        QCOMPARE(qs(run.group), qs(run.name));
    QCOMPARE(plan[3].config.learningRate, 0.01);
    QCOMPARE(plan[3].config.batchSize, 1000);
    QCOMPARE(plan[3].config.epochs, 3);

    spec = {};
    spec.dropout = {false, true};
    spec.epochs = {1, 2, 5};
    const auto grid = sweepPlan(base, spec);
    QCOMPARE(grid.size(), std::size_t(6));
    QCOMPARE(qs(grid[0].name), QStringLiteral("lr0.001-b32-nodropout-e1"));
    QCOMPARE(grid[5].config.dropoutEnabled, true);
    QCOMPARE(grid[5].config.epochs, 5);
    QCOMPARE(sweepPlan(base, {}).size(), std::size_t(1)); // every axis from the base
}

QTEST_GUILESS_MAIN(TestComparison)
#include "tst_comparison.moc"
