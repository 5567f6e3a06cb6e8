#pragma once

#include "metatypes.h"
#include "run/runsource.h"
#include "runstate.h"

#include "cnnlab/core/runrecord.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <optional>
#include <vector>

namespace cnnlab::ui {

// The one run document: the run the window shows, whatever its source (live
// training here or over ssh, a replay, a record opened from disk). It keeps
// the single record of what has been shown so far and re-emits its source's
// reports after recording them; every view is handed the session and
// connects itself (as Tiled's docks take a MapDocument). Switching the source
// first says cleared(), so no view keeps the last run's data.
class RunSession : public QObject
{
    Q_OBJECT
public:
    enum class Kind {
        Live, // the training engine (this machine or a remote one)
        Replay, // a saved run played back
        Record, // a saved run shown whole, no source
    };

    explicit RunSession(QObject *parent = nullptr);
    ~RunSession() override;

    [[nodiscard]] Kind kind() const { return m_kind; }
    [[nodiscard]] bool isReplay() const { return m_kind == Kind::Replay; }
    // Null while a record is shown.
    [[nodiscard]] RunSource *source() const { return m_source; }
    // The replayed or opened run's name and its run.json (empty for a live run).
    [[nodiscard]] const QString &name() const { return m_name; }
    [[nodiscard]] const QString &recordPath() const { return m_recordPath; }

    // The source's state; Idle while a record is shown.
    [[nodiscard]] RunState state() const;
    [[nodiscard]] bool isActive() const { return ui::isActive(state()); }

    // Shows `source` from now on (Live or Replay): cleared(), then the new
    // source's reports. The old source is disconnected, so nothing it still
    // says reaches a view. Also a Reset (back to the live source, nothing shown).
    void setSource(RunSource *source, Kind kind, const QString &name = {}, const QString &path = {});
    // Shows a saved record whole: cleared(), then recordOpened().
    void openRecord(const core::RunRecord &record, const QString &name, const QString &path);

    // What has been shown: the run so far (live or replayed) or the opened
    // record. Empty (default) before anything was reported.
    [[nodiscard]] const core::RunRecord &record() const;
    [[nodiscard]] bool hasRun() const { return m_recorder.has_value() || m_opened.has_value(); }
    // The run a report or export is about: the opened record, the source's
    // whole record once the run ended, or mid-run what has been reported.
    [[nodiscard]] std::optional<core::RunRecord> currentRecord() const;

    // Run control, for whichever source is shown.
    void pause();
    void resume();
    void stop();
    // Mid-run edits reach the source when it is active and steerable (live
    // training); otherwise they only change what the next Start uses.
    // Each returns whether the running source took it.
    bool setLearningRate(double learningRate);
    bool setDropout(bool enabled, double convRate, double denseRate);
    bool setBatchSize(int batchSize);

Q_SIGNALS:
    void sourceChanged(cnnlab::ui::RunSession::Kind kind);
    // Everything shown so far is gone (a new source or record follows).
    void cleared();
    void recordOpened(const cnnlab::core::RunRecord &record, const QString &path);
    // The source's reports, recorded first (record() already holds them).
    void stateChanged(cnnlab::ui::RunState state);
    void started(const cnnlab::core::RunInfo &info);
    void stepReported(const cnnlab::core::StepMetrics &metrics);
    void evaluated(const cnnlab::core::EpochMetrics &metrics);
    void predictionsReported(const std::vector<cnnlab::core::Prediction> &predictions);
    void evaluationDetailsReported(const cnnlab::core::EvaluationDetails &details);
    void configApplied(const cnnlab::core::ConfigChange &change);
    void finished(const cnnlab::core::RunResult &result);
    // The running source took a new batch size; it applies from the next epoch.
    void batchSizeDeferred(int batchSize);

private:
    void connectSource();
    [[nodiscard]] bool isSteering() const;

    Kind m_kind = Kind::Live;
    QPointer<RunSource> m_source;
    QString m_name;
    QString m_recordPath;
    std::optional<core::RunRecorder> m_recorder; // from the source's started()
    std::optional<core::RunRecord> m_opened;
};

} // namespace cnnlab::ui
