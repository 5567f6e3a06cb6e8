#pragma once

#include "cnnlab/core/expected.h"
#include "cnnlab/core/metrics.h"
#include "cnnlab/core/runinfo.h"
#include "cnnlab/core/trainingconfig.h"
#include "cnnlab/core/trainingobserver.h"

#include <string>
#include <utility>
#include <vector>

namespace cnnlab::core {

// Everything a run leaves behind; written as run.json (schema version 2).
struct RunRecord {
    // 2 added group, details, checkpoint; version 1 records still read (those
    // fields take their defaults). A higher version is an error.
    static constexpr int currentVersion = 2;
    int version = currentVersion; // as read; toJson always writes currentVersion
    std::string name;
    std::string group; // runs of one configuration that differ by seed share it

    std::string createdAt; // ISO 8601, UTC
    TrainingConfig config;
    std::string deviceName;
    int trainSize = 0;
    int validationSize = 0;
    std::int64_t stepsPerEpoch = 0;
    std::vector<EpochMetrics> history; // every evaluation point
    std::vector<StepMetrics> trainCurve; // throttled step reports
    std::vector<ConfigChange> changes;
    bool adaptiveThreads = false; // "adaptive_threads"
    std::vector<ThreadChange> threadChanges; // "thread_changes": when and why the count changed
    std::vector<SampleImage> samples;
    std::vector<Prediction> predictions; // the last evaluation's
    EvaluationDetails details; // the last full evaluation's confusion matrix and mistakes
    std::string checkpoint; // file name of the checkpoint beside run.json, if any (isPlainFileName)
    RunResult result;
    std::vector<std::pair<std::string, std::string>> versions; // read back in name order
};

// Collects a RunRecord from the engine's reports; chain another observer
// behind it with `forwardTo`.
class RunRecorder : public TrainingObserver
{
public:
    explicit RunRecorder(TrainingObserver *forwardTo = nullptr);
    [[nodiscard]] const RunRecord &record() const { return m_record; }
    RunRecord &record() { return m_record; }

    void onStarted(const RunInfo &info) override;
    void onStep(const StepMetrics &metrics) override;
    void onEvaluation(const EpochMetrics &metrics) override;
    void onPredictions(const std::vector<Prediction> &predictions) override;
    void onEvaluationDetails(const EvaluationDetails &details) override;
    void onConfigChanged(const ConfigChange &change) override;
    void onThreadsChanged(const ThreadChange &change) override;
    void onPausedChanged(bool paused) override;
    void onFinished(const RunResult &result) override;

private:
    RunRecord m_record;
    TrainingObserver *m_forward = nullptr;
};

// A name of a file directly inside a folder: not empty, no '/', not "." or
// "..", no NUL. What a record may name as its checkpoint.
bool isPlainFileName(const std::string &name);

std::string toJson(const RunRecord &record, int indent = 2);
Expected<RunRecord> runRecordFromJson(const std::string &text);

// The `config` object of run.json on its own (also stored in checkpoints).
std::string configToJson(const TrainingConfig &config);
Expected<TrainingConfig> configFromJson(const std::string &text);

// Written to a temporary file beside `path`, then renamed over it: a crash
// never leaves a half-written record.
Error writeRunRecord(const RunRecord &record, const std::string &path);
Expected<RunRecord> readRunRecord(const std::string &path);

// One row per evaluation point: epoch, step, samples, seconds, losses, accuracies.
std::string metricsCsv(const RunRecord &record);
Error writeMetricsCsv(const RunRecord &record, const std::string &path);

// Writes `contents` atomically (temp file + rename).
Error writeFileAtomically(const std::string &path, const std::string &contents);

} // namespace cnnlab::core
