#pragma once

#include "metatypes.h"
#include "runstate.h"

#include <QObject>

#include <optional>
#include <vector>

namespace cnnlab::core {
class TrainingEngine;
}

namespace cnnlab::ui {

// Where the reports of a run come from: the local (or ssh) engine, a replay
// of a saved record, later other sources. One interface, so the RunSession
// and every view wire one set of signals, whatever trains or plays.
// All signals arrive on the GUI thread.
class RunSource : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    [[nodiscard]] virtual RunState state() const = 0;
    [[nodiscard]] bool isActive() const { return ui::isActive(state()); }
    virtual void pause() = 0;
    virtual void resume() = 0;
    virtual void stop() = 0;
    // Back to Idle after a run ended (forgets the run). Ignored while active.
    virtual void reset() = 0;

    [[nodiscard]] virtual const std::optional<core::RunInfo> &runInfo() const = 0;
    [[nodiscard]] virtual const std::optional<core::RunResult> &lastResult() const = 0;

    // The run's whole record once it ended on its own terms: a live run's
    // (also a stopped one: it is saved as such), a replay played to its end.
    [[nodiscard]] virtual std::optional<core::RunRecord> endedRecord() const = 0;

    // Whether mid-run edits reach what trains. A replay plays what happened,
    // so it ignores them (the controls keep the next live run's settings).
    [[nodiscard]] virtual bool isSteerable() const { return false; }
    virtual void setLearningRate(double /*learningRate*/) { }
    virtual void setDropout(bool /*enabled*/, double /*convRate*/, double /*denseRate*/) { }
    virtual void setBatchSize(int /*batchSize*/) { }

    // The model to ask for predictions from the GUI thread while this source
    // is shown; null when it has none (a replay: its record's checkpoint is
    // loaded once it ends).
    [[nodiscard]] virtual const core::TrainingEngine *inferenceEngine() const { return nullptr; }

Q_SIGNALS:
    void stateChanged(cnnlab::ui::RunState state);
    void started(const cnnlab::core::RunInfo &info);
    void stepReported(const cnnlab::core::StepMetrics &metrics);
    void evaluated(const cnnlab::core::EpochMetrics &metrics);
    void predictionsReported(const std::vector<cnnlab::core::Prediction> &predictions);
    // Confusion matrix and most confident mistakes of a full evaluation.
    void evaluationDetailsReported(const cnnlab::core::EvaluationDetails &details);
    // A mid-run change the engine applied (not the user's edit: that is the
    // controls' *Edited signal).
    void configApplied(const cnnlab::core::ConfigChange &change);
    void finished(const cnnlab::core::RunResult &result);
};

} // namespace cnnlab::ui
