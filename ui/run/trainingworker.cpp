#include "trainingworker.h"

#include "cnnlab/core/runfiles.h"
#include "cnnlab/core/runrecord.h"
#include "cnnlab/core/runstore.h"

#include <QDir>

#include <exception>
#include <new>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace cnnlab::ui {

TrainingWorker::TrainingWorker(QObject *parent)
    : QObject(parent)
{ }

TrainingWorker::~TrainingWorker() = default;

void TrainingWorker::run(const core::TrainingConfig &config, std::stop_token stopToken,
    const std::optional<core::RemoteTarget> &remote)
{
    if (remote)
        m_remote.setTarget(*remote);
    m_active = remote ? static_cast<core::Trainer *>(&m_remote) : &m_engine;
    // The recorder sees every report first and forwards it to us, so a finished
    // run can be saved as run.json exactly as cnnlab-train would write it.
    core::RunRecorder recorder(this);
    recorder.record().config = config; // kept if the run fails before it starts
    core::RunResult result;
    try {
        result = m_active.load()->run(config, &recorder, stopToken);
    } catch (const std::bad_alloc &) {
        // The engine should report these itself; an escaped exception must
        // still not take the window down with it.
        result.status = core::RunStatus::Failed;
        result.error = core::Error {core::ErrorCode::OutOfMemory, {}, "std::bad_alloc"};
    } catch (const std::exception &e) {
        result.status = core::RunStatus::Failed;
        result.error = core::Error {core::ErrorCode::Internal, {}, e.what()};
    } catch (...) {
        result.status = core::RunStatus::Failed;
        result.error = core::Error {core::ErrorCode::Internal, {}, "unknown exception"};
    }
    recorder.record().result = result;
    if (remote)
        if (const auto remoteRecord = m_remote.remoteRecord())
            recorder.record().versions = remoteRecord->versions; // the libraries that trained
#if defined(__GLIBC__)
    // A run frees hundreds of MB of tensors and batches; glibc keeps freed heap
    // pages, so a day of runs in one window grew by steps (+30 % over 200
    // start/stop cycles in tst_ui_soak). Hand them back between runs.
    malloc_trim(0);
#endif
    Q_EMIT recordReady(recorder.record());
    Q_EMIT finished(result);
}

void TrainingWorker::saveRun(const QString &root, core::RunRecord record, quint64 ticket)
{
    const core::RunStore store(root.toStdString());
    record.checkpoint.clear();
    // The record first: if the model cannot be written, the figures survive.
    const core::Expected<std::string> id = store.save(record);
    if (!id) {
        Q_EMIT runSaved(ticket, QString(), QString(), id.error(), core::Error {});
        return;
    }
    const std::optional<core::RunStore::Entry> entry = store.find(*id);
    const QString directory
        = entry ? QString::fromStdString(entry->directory) : QDir(root).filePath(QString::fromStdString(*id));
    core::Error checkpointError;
    core::Trainer &trainer = *m_active.load();
    if (trainer.hasModel()) {
        // core's one save policy, as cnnlab-train saves: checkpoint, then run.json naming it.
        const core::RunFilesErrors errors
            = core::saveRunFiles(trainer, true, record, directory.toStdString());
        checkpointError = errors.checkpoint ? errors.checkpoint : errors.record;
        // A model trained elsewhere: load it here, so the Explain docks and
        // the drawing pad ask it as they ask a local one.
        if (!checkpointError && &trainer == &m_remote)
            checkpointError = m_engine.loadCheckpoint(
                QDir(directory).filePath(QString::fromLatin1(core::checkpointFileName)).toStdString());
    }
    Q_EMIT runSaved(ticket, QString::fromStdString(*id), directory, core::Error {}, checkpointError);
}

void TrainingWorker::onStarted(const core::RunInfo &info)
{
    Q_EMIT started(info);
}

void TrainingWorker::onStep(const core::StepMetrics &metrics)
{
    Q_EMIT stepReported(metrics);
}

void TrainingWorker::onEvaluation(const core::EpochMetrics &metrics)
{
    Q_EMIT evaluated(metrics);
}

void TrainingWorker::onPredictions(const std::vector<core::Prediction> &predictions)
{
    Q_EMIT predictionsReported(predictions);
}

void TrainingWorker::onEvaluationDetails(const core::EvaluationDetails &details)
{
    Q_EMIT evaluationDetailsReported(details);
}

void TrainingWorker::onConfigChanged(const core::ConfigChange &change)
{
    Q_EMIT configApplied(change);
}

void TrainingWorker::onPausedChanged(bool paused)
{
    Q_EMIT pausedChanged(paused);
}

} // namespace cnnlab::ui
