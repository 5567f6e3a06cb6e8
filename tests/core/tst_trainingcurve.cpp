// The training curve without cliffs at epoch boundaries (issue 10 item 6):
// step reports carry the running mean over the epoch so far, which restarts
// each epoch; TrainingCurve unrolls and smooths them.

#include "cnnlab/core/trainingcurve.h"

#include <QtTest>

#include <algorithm>
#include <cmath>
#include <vector>

using cnnlab::core::StepMetrics;
using cnnlab::core::TrainingCurve;

namespace {

constexpr int stepsPerEpoch = 300;
constexpr int epochs = 3;
constexpr int reportEvery = 7; // steps between two throttled reports

// The accuracy of the batch at `step` (0-based, whole run): rising fast, then slowly.
double batchAccuracy(int step)
{
    return 1.0 - 0.6 * std::exp(-double(step) / 150.0);
}

// Reports as the engine sends them: running means over the epoch so far.
std::vector<StepMetrics> reports()
{
    std::vector<StepMetrics> out;
    for (int e = 0; e < epochs; ++e) {
        double sum = 0.0;
        for (int s = 1; s <= stepsPerEpoch; ++s) {
            const int step = e * stepsPerEpoch + s - 1;
            sum += batchAccuracy(step);
            if (s % reportEvery != 0 && s != stepsPerEpoch)
                continue;
            StepMetrics m;
            m.stepsPerEpoch = stepsPerEpoch;
            m.position.epoch = s == stepsPerEpoch ? e + 1 : e;
            m.position.epochPosition = e + double(s) / stepsPerEpoch;
            m.position.step = step + 1;
            // The last report of an epoch is the epoch's mean, reported at
            // its end, as the engine does.
            if (s == stepsPerEpoch)
                m.position.epoch = e, m.position.epochPosition = e + 1.0 - 1e-12;
            m.trainAccuracy = sum / s;
            m.trainLoss = 1.0 - sum / s;
            out.push_back(m);
        }
    }
    return out;
}

// The largest change between two neighbouring points across an epoch
// boundary, and elsewhere.
std::pair<double, double> jumps(const std::vector<double> &values, const std::vector<StepMetrics> &at)
{
    double boundary = 0.0, inside = 0.0;
    for (std::size_t i = 1; i < values.size(); ++i) {
        const double d = std::abs(values[i] - values[i - 1]);
        if (at[i].position.epoch != at[i - 1].position.epoch)
            boundary = std::max(boundary, d);
        else
            inside = std::max(inside, d);
    }
    return {boundary, inside};
}

} // namespace

class TestTrainingCurve : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void runningMeansJumpAtEpochBoundaries()
    {
        // The test's premise: drawn raw, the curve has a cliff at each epoch.
        const std::vector<StepMetrics> r = reports();
        std::vector<double> raw;
        for (const StepMetrics &m : r)
            raw.push_back(m.trainAccuracy);
        const auto [boundary, inside] = jumps(raw, r);
        QVERIFY2(boundary > 5 * inside, qPrintable(QStringLiteral("%1 vs %2").arg(boundary).arg(inside)));
    }

    void smoothedCurveDoesNotJumpAtEpochBoundaries_data()
    {
        QTest::addColumn<double>("smoothing");
        QTest::newRow("none") << 0.0;
        QTest::newRow("default") << TrainingCurve::defaultSmoothing;
        QTest::newRow("strong") << 0.9;
    }

    void smoothedCurveDoesNotJumpAtEpochBoundaries()
    {
        QFETCH(double, smoothing);
        const std::vector<StepMetrics> r = reports();
        TrainingCurve curve(smoothing);
        std::vector<double> drawn;
        for (const StepMetrics &m : r)
            drawn.push_back(curve.add(m).accuracy);
        const auto [boundary, inside] = jumps(drawn, r);
        QVERIFY2(boundary <= 1.5 * inside, qPrintable(QStringLiteral("%1 vs %2").arg(boundary).arg(inside)));
        // It is a moving average over steps of what the batches scored: a
        // time constant of smoothing / (1 - smoothing) tenths of an epoch.
        const double timeConstant = smoothing / (1.0 - smoothing) * (stepsPerEpoch / 10.0);
        const double decay = timeConstant > 0 ? std::exp(-1.0 / timeConstant) : 0.0;
        std::vector<double> reference;
        double average = 0.0, weight = 0.0;
        for (int step = 0; step < epochs * stepsPerEpoch; ++step) {
            average = average * decay + batchAccuracy(step) * (1 - decay);
            weight = weight * decay + (1 - decay);
            reference.push_back(average / weight);
        }
        for (std::size_t i = 0; i < r.size(); ++i) {
            const int step = int(r[i].position.step) - 1;
            // A report stands for the steps since the last one: the average
            // at some step of that window.
            const auto from = reference.begin() + std::max(0, step - reportEvery);
            const auto [low, high] = std::minmax_element(from, reference.begin() + step + 1);
            QVERIFY2(drawn[i] >= *low - 0.002 && drawn[i] <= *high + 0.002,
                qPrintable(
                    QStringLiteral("step %1: %2 vs %3..%4").arg(step).arg(drawn[i]).arg(*low).arg(*high)));
        }
    }

    void unsmoothedCurveIsTheMeanOfTheStepsBetweenReports()
    {
        const std::vector<StepMetrics> r = reports();
        TrainingCurve curve(0.0);
        QCOMPARE(curve.add(r[0]).accuracy, r[0].trainAccuracy); // 7 steps: their mean
        double expected = 0.0;
        for (int s = 7; s < 14; ++s)
            expected += batchAccuracy(s) / 7.0;
        QVERIFY(std::abs(curve.add(r[1]).accuracy - expected) < 1e-9);
    }

    void smoothingIsClampedAndRestarts()
    {
        TrainingCurve curve(5.0);
        QCOMPARE(curve.smoothing(), TrainingCurve::maximumSmoothing);
        curve.setSmoothing(std::nan(""));
        QCOMPARE(curve.smoothing(), TrainingCurve::defaultSmoothing);
        const std::vector<StepMetrics> r = reports();
        const double first = curve.add(r[0]).accuracy;
        curve.add(r[1]);
        curve.setSmoothing(0.3); // starts over: the first report again gives its own mean
        QCOMPARE(curve.add(r[0]).accuracy, first);
    }

    void reportsWithoutAStepCountPassThrough()
    {
        StepMetrics m;
        m.trainAccuracy = 0.42;
        m.trainLoss = 1.5;
        TrainingCurve curve;
        QCOMPARE(curve.add(m).accuracy, 0.42);
        QCOMPARE(curve.add(m).loss, 1.5);
    }
};

QTEST_APPLESS_MAIN(TestTrainingCurve)
#include "tst_trainingcurve.moc"
