// The training coach: each note on a history made to show it (and quiet on a
// healthy one), then on two recorded runs (tests/fixtures/coach-*.json).
#include "cnnlab/core/coach.h"
#include "cnnlab/core/runrecord.h"

#include <QTest>

#include <cmath>
#include <limits>
#include <optional>

using namespace cnnlab::core;

namespace {

const double ln10 = std::log(10.0);
constexpr double notANumber = std::numeric_limits<double>::quiet_NaN();

TrainingPosition at(double epochPosition)
{
    TrainingPosition p;
    p.epochPosition = epochPosition;
    // A full evaluation at the end of epoch n sits at n.0 with index n - 1.
    const double whole = std::floor(epochPosition);
    p.epoch = int(whole == epochPosition && whole > 0 ? whole - 1 : whole);
    p.step = std::int64_t(epochPosition * 100);
    return p;
}

// One full evaluation per epoch.
std::vector<EpochMetrics> epochs(const std::vector<double> &trainLoss, const std::vector<double> &valLoss,
    const std::vector<double> &trainAccuracy, const std::vector<double> &valAccuracy)
{
    std::vector<EpochMetrics> history;
    for (std::size_t i = 0; i < trainLoss.size(); ++i) {
        EpochMetrics m;
        m.position = at(double(i + 1));
        m.fullValidation = true;
        m.trainLoss = trainLoss[i];
        m.valLoss = valLoss[i];
        m.trainAccuracy = trainAccuracy[i];
        m.valAccuracy = valAccuracy[i];
        history.push_back(m);
    }
    return history;
}

std::vector<StepMetrics> curve(const std::vector<std::pair<double, double>> &positionAndLoss)
{
    std::vector<StepMetrics> steps;
    for (const auto &[position, loss] : positionAndLoss) {
        StepMetrics s;
        s.position = at(position);
        s.trainLoss = loss;
        steps.push_back(s);
    }
    return steps;
}

std::optional<CoachNote> find(const std::vector<CoachNote> &notes, CoachNoteKind kind)
{
    std::optional<CoachNote> found;
    for (const CoachNote &note : notes) {
        if (note.kind == kind) {
            if (found)
                return std::nullopt; // at most one of a kind
            found = note;
        }
    }
    return found;
}

QByteArray kinds(const std::vector<CoachNote> &notes)
{
    QByteArray text;
    for (const CoachNote &note : notes)
        text += QByteArray(coachNoteKindName(note.kind)) + "@" + QByteArray::number(note.epochPosition) + " ";
    return text;
}

RunRecord fixture(const char *name)
{
    const auto read = readRunRecord(std::string(CNNLAB_SOURCE_DIR "/tests/fixtures/") + name);
    if (!read)
        qWarning("%s", describe(read.error()).c_str());
    return read ? *read : RunRecord {};
}

} // namespace

class TestCoach : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void names();
    void healthyIsQuiet();
    void overfittingByLoss();
    void overfittingByGap();
    void stalling();
    void stallingNeedsTimeAndFlatValidation();
    void divergenceOnNan();
    void divergenceOnRisingLoss();
    void divergenceFromResult();
    void bestEpoch();
    void orderedByPosition();
    void recordedOverfitting();
    void recordedStall();
};

void TestCoach::names()
{
    QCOMPARE(QByteArray(coachNoteKindName(CoachNoteKind::Overfitting)), QByteArray("overfitting"));
    QCOMPARE(QByteArray(coachNoteKindName(CoachNoteKind::Divergence)), QByteArray("divergence"));
    QCOMPARE(QByteArray(coachNoteKindName(CoachNoteKind::Stalling)), QByteArray("stalling"));
    QCOMPARE(QByteArray(coachNoteKindName(CoachNoteKind::BestEpoch)), QByteArray("best-epoch"));
}

void TestCoach::healthyIsQuiet()
{
    // Both losses fall, the gap stays small: only the best epoch is worth a word.
    const auto history = epochs({0.30, 0.12, 0.08, 0.06, 0.05}, {0.10, 0.07, 0.055, 0.05, 0.045},
        {0.91, 0.965, 0.975, 0.981, 0.984}, {0.968, 0.978, 0.982, 0.984, 0.986});
    const auto steps = curve({{0.1, 2.1}, {0.5, 0.6}, {1.0, 0.3}, {1.5, 0.13}, {2.5, 0.09}, {4.9, 0.05}});
    const auto notes = coachNotes(history, steps);
    QCOMPARE(notes.size(), std::size_t(1));
    QCOMPARE(notes[0].kind, CoachNoteKind::BestEpoch);
    QCOMPARE(coachNotes({}, {}).size(), std::size_t(0)); // nothing reported yet
}

void TestCoach::overfittingByLoss()
{
    // Validation loss bottoms out at epoch 3 and climbs while training loss keeps falling.
    const auto history
        = epochs({0.20, 0.09, 0.05, 0.03, 0.02, 0.012}, {0.080, 0.060, 0.050, 0.052, 0.056, 0.060},
            {0.95, 0.975, 0.985, 0.990, 0.993, 0.995}, {0.980, 0.985, 0.986, 0.987, 0.987, 0.9868});
    const auto notes = coachNotes(history, {});
    const auto note = find(notes, CoachNoteKind::Overfitting);
    QVERIFY2(note, kinds(notes).constData());
    // 0.056 is the first value >= 1.1 x 0.050, two full points after the minimum.
    QCOMPARE(note->epoch, 5);
    QCOMPARE(note->epochPosition, 5.0);
    QCOMPARE(note->value, 0.056);
    QCOMPARE(note->reference, 0.050);
    QVERIFY(!find(notes, CoachNoteKind::Stalling));
    QVERIFY(!find(notes, CoachNoteKind::Divergence));

    // The same rise while training loss rises too is not overfitting (rule a).
    auto rising = history;
    for (std::size_t i = 3; i < rising.size(); ++i)
        rising[i].trainLoss = 0.06 + 0.01 * double(i);
    QVERIFY2(
        !find(coachNotes(rising, {}), CoachNoteKind::Overfitting), kinds(coachNotes(rising, {})).constData());

    // A stricter threshold moves it later: 0.060 >= 1.19 x 0.050 at epoch 6.
    CoachThresholds strict;
    strict.overfitLossRise = 0.19;
    const auto later = find(coachNotes(history, {}, nullptr, strict), CoachNoteKind::Overfitting);
    QVERIFY(later);
    QCOMPARE(later->epoch, 6);
}

void TestCoach::overfittingByGap()
{
    // Flat validation loss; the gap grows 0.004 -> 0.008 -> 0.012 -> 0.016.
    const auto history = epochs({0.10, 0.07, 0.05, 0.04}, {0.05, 0.05, 0.05, 0.05},
        {0.984, 0.990, 0.995, 0.999}, {0.980, 0.982, 0.983, 0.983});
    const auto note = find(coachNotes(history, {}), CoachNoteKind::Overfitting);
    QVERIFY(note);
    QCOMPARE(note->epoch, 3); // first point above 1 point that grew twice in a row
    QVERIFY(std::abs(note->value - 0.012) < 1e-12);
    QCOMPARE(note->reference, 0.01);

    // A gap above the threshold that does not keep growing is not flagged.
    const auto steady = epochs({0.10, 0.07, 0.05, 0.04}, {0.05, 0.05, 0.05, 0.05},
        {0.995, 0.996, 0.995, 0.996}, {0.980, 0.983, 0.982, 0.984});
    QVERIFY(!find(coachNotes(steady, {}), CoachNoteKind::Overfitting));
}

void TestCoach::stalling()
{
    // lr 0.01: the loss jumps, then sits at chance level, as does validation.
    const auto history = epochs({2.3030, 2.3021}, {2.3019, 2.3016}, {0.105, 0.112}, {0.1135, 0.1135});
    const auto steps = curve(
        {{0.05, 2.9}, {0.2, 2.41}, {0.4, 2.32}, {0.6, 2.305}, {0.8, 2.303}, {1.2, 2.302}, {1.9, 2.3021}});
    const auto notes = coachNotes(history, steps);
    const auto note = find(notes, CoachNoteKind::Stalling);
    QVERIFY2(note, kinds(notes).constData());
    QCOMPARE(note->epochPosition, 0.6); // in the band since 0.4, said from 0.5 epochs on
    QCOMPARE(note->value, 2.3021);
    QCOMPARE(note->reference, ln10);
    QVERIFY(!find(notes, CoachNoteKind::Overfitting));
    QVERIFY(!find(notes, CoachNoteKind::Divergence)); // 2.9 never rose above 3 x its low
}

void TestCoach::stallingNeedsTimeAndFlatValidation()
{
    // Too early to tell.
    const auto early = curve({{0.1, 2.31}, {0.3, 2.302}, {0.45, 2.303}});
    QVERIFY(!find(coachNotes({}, early), CoachNoteKind::Stalling));
    // Training loss at chance level, but validation says the model learns.
    const auto steps = curve({{0.2, 2.30}, {0.6, 2.30}, {1.0, 2.30}});
    const auto learning = epochs({2.30}, {1.5}, {0.12}, {0.6});
    QVERIFY(!find(coachNotes(learning, steps), CoachNoteKind::Stalling));
    // Out of the band at the end: it got going.
    const auto recovered = curve({{0.2, 2.30}, {0.6, 2.30}, {1.0, 2.0}});
    QVERIFY(!find(coachNotes({}, recovered), CoachNoteKind::Stalling));
    // A wider band catches a loss a little off chance level.
    const auto near = curve({{0.2, 2.35}, {0.6, 2.36}, {1.0, 2.37}});
    QVERIFY(!find(coachNotes({}, near), CoachNoteKind::Stalling));
    CoachThresholds wide;
    wide.stallBand = 0.1;
    QVERIFY(find(coachNotes({}, near, nullptr, wide), CoachNoteKind::Stalling));
}

void TestCoach::divergenceOnNan()
{
    auto history
        = epochs({0.5, 0.3, notANumber}, {0.4, 0.3, notANumber}, {0.8, 0.9, 0.1}, {0.85, 0.9, 0.098});
    const auto notes = coachNotes(history, {});
    const auto note = find(notes, CoachNoteKind::Divergence);
    QVERIFY2(note, kinds(notes).constData());
    QCOMPARE(note->epoch, 3);
    QVERIFY(std::isnan(note->value));
    QCOMPARE(note->reference, 0.3); // the lowest loss before it

    // A NaN in the step curve comes earlier than the evaluation that shows it.
    const auto steps = curve({{0.5, 0.6}, {1.5, 0.35}, {2.25, notANumber}, {2.5, notANumber}});
    const auto early = find(coachNotes(history, steps), CoachNoteKind::Divergence);
    QVERIFY(early);
    QCOMPARE(early->epochPosition, 2.25);

    // Only the validation loss is not finite.
    history = epochs({0.5, 0.3}, {0.4, std::numeric_limits<double>::infinity()}, {0.8, 0.9}, {0.85, 0.9});
    QVERIFY(find(coachNotes(history, {}), CoachNoteKind::Divergence));
}

void TestCoach::divergenceOnRisingLoss()
{
    const auto steps = curve({{0.1, 2.0}, {0.3, 0.4}, {0.5, 0.35}, {0.7, 1.2}, {0.9, 40.0}});
    const auto note = find(coachNotes({}, steps), CoachNoteKind::Divergence);
    QVERIFY(note);
    QCOMPARE(note->epochPosition, 0.7); // 1.2 > 3 x 0.35 and > 1
    QCOMPARE(note->value, 1.2);
    QCOMPARE(note->reference, 0.35);

    // A small loss tripling (0.02 -> 0.07) is noise at the start of an epoch, not divergence.
    const auto small = curve({{0.5, 0.05}, {0.9, 0.02}, {1.05, 0.07}, {1.5, 0.03}});
    QVERIFY(!find(coachNotes({}, small), CoachNoteKind::Divergence));
}

void TestCoach::divergenceFromResult()
{
    // The engine stopped a run on a loss above 1e4 between reports.
    const auto history = epochs({0.5}, {0.4}, {0.8}, {0.85});
    RunResult result;
    result.status = RunStatus::Diverged;
    result.position = at(1.3);
    result.trainLoss = 2e4;
    const auto note = find(coachNotes(history, {}, &result), CoachNoteKind::Divergence);
    QVERIFY(note);
    QCOMPARE(note->epochPosition, 1.3);
    QCOMPARE(note->value, 2e4);
    result.status = RunStatus::Completed;
    QVERIFY(!find(coachNotes(history, {}, &result), CoachNoteKind::Divergence));
}

void TestCoach::bestEpoch()
{
    auto history = epochs({0.3, 0.1, 0.08}, {0.1, 0.05, 0.06}, {0.9, 0.97, 0.98}, {0.970, 0.985, 0.980});
    // Quick evaluations on a subset never count, however high.
    EpochMetrics quick = history[1];
    quick.position = at(2.5);
    quick.fullValidation = false;
    quick.valAccuracy = 0.999;
    history.insert(history.begin() + 2, quick);
    const auto note = find(coachNotes(history, {}), CoachNoteKind::BestEpoch);
    QVERIFY(note);
    QCOMPARE(note->epoch, 2);
    QCOMPARE(note->epochPosition, 2.0);
    QCOMPARE(note->value, 0.985);
    QCOMPARE(note->reference, 0.980); // where the run is now
}

void TestCoach::orderedByPosition()
{
    // Overfitting at epoch 5, best epoch 4, divergence at 6.5.
    auto history = epochs({0.20, 0.09, 0.05, 0.03, 0.02}, {0.080, 0.060, 0.050, 0.052, 0.056},
        {0.95, 0.975, 0.985, 0.990, 0.993}, {0.980, 0.985, 0.986, 0.987, 0.987});
    RunResult result;
    result.status = RunStatus::Diverged;
    result.position = at(6.5);
    const auto notes = coachNotes(history, {}, &result);
    QCOMPARE(notes.size(), std::size_t(3));
    QCOMPARE(notes[0].kind, CoachNoteKind::BestEpoch);
    QCOMPARE(notes[0].epoch, 4);
    QCOMPARE(notes[1].kind, CoachNoteKind::Overfitting);
    QCOMPARE(notes[2].kind, CoachNoteKind::Divergence);
}

void TestCoach::recordedOverfitting()
{
    // A real run: the baseline (no dropout) on 500 images for 12 epochs;
    // validation loss bottoms out at epoch 2 while training accuracy reaches 100 %.
    const RunRecord record = fixture("coach-overfitting.json");
    QVERIFY(!record.history.empty());
    QCOMPARE(record.config.dropoutEnabled, false);
    const auto notes = coachNotes(record.history, record.trainCurve, &record.result);
    const auto overfit = find(notes, CoachNoteKind::Overfitting);
    QVERIFY2(overfit, kinds(notes).constData());
    QVERIFY(overfit->epoch >= 2);
    QVERIFY(!find(notes, CoachNoteKind::Stalling));
    QVERIFY(!find(notes, CoachNoteKind::Divergence));
    const auto best = find(notes, CoachNoteKind::BestEpoch);
    QVERIFY(best);
    QVERIFY(best->value > 0.8);
}

void TestCoach::recordedStall()
{
    // A real run: Adam at lr 0.1 without dropout on 2,000 images. The loss
    // exploded in the first steps, then the dead network sat at chance level.
    const RunRecord record = fixture("coach-stall.json");
    QVERIFY(!record.history.empty());
    QCOMPARE(record.config.learningRate, 0.1);
    const auto notes = coachNotes(record.history, record.trainCurve, &record.result);
    const auto stall = find(notes, CoachNoteKind::Stalling);
    QVERIFY2(stall, kinds(notes).constData());
    QVERIFY(stall->epochPosition >= 0.5);
    QVERIFY(std::abs(stall->value - ln10) <= 0.05);
    QCOMPARE(stall->reference, ln10);
    const auto divergence = find(notes, CoachNoteKind::Divergence);
    QVERIFY2(divergence, kinds(notes).constData());
    QVERIFY(divergence->epochPosition < 0.1); // the blow-up came first
    QVERIFY(divergence->value > 100.0);
    QVERIFY(!find(notes, CoachNoteKind::Overfitting));
}

QTEST_GUILESS_MAIN(TestCoach)
#include "tst_coach.moc"
